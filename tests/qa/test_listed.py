"""Figures a sentence lists after one lead, read on sentences of our own."""

import pytest

from index.facts import extract_facts
from index.report import ReportText, parse_meta
from index.sections import split_sections
from qa.listed import abbreviates, item_names, listed_with, names_an_item


def _facts(body: str):
    text = f"某区政府工作报告\n一、2023年工作回顾\n{body}\n"
    report = ReportText("t", text, "0" * 64, parse_meta(text))
    return extract_facts(text, split_sections(report))


def test_figures_joined_by_a_list_mark_are_listed_together_and_named_after_their_lead():
    facts = _facts("为创业企业获得融资贷款4000万元、风险投资7000万元，新增就业300人。")
    loan = next(f for f in facts if f.value == 4000)
    items = listed_with(loan, facts)
    assert [f.value for f in items] == [4000, 7000]  # not the figure after the comma
    assert item_names(items) == ["融资贷款", "风险投资"]
    assert not names_an_item(["创业企业"], items)
    assert names_an_item(["风投"], items)


def test_a_figure_standing_alone_is_listed_with_nothing():
    facts = _facts("全年新建道路10千米，新增绿地20万平方米。")
    assert listed_with(facts[0], facts) == []


@pytest.mark.parametrize(
    ("word", "name", "expected"),
    [
        ("风投", "风险投资", True),
        ("引资", "引进内外资总额", True),
        ("投资", "风险投资", False),
        ("资引", "引进内外资", False),
    ],
)
def test_an_abbreviation_is_characters_of_the_name_in_order_not_written_together(word, name, expected):
    assert abbreviates(word, name) is expected


def test_the_noun_every_item_ends_in_names_none_of_them():
    facts = _facts("争取报批土地500亩、征收集体土地500亩、出让土地200亩。")
    items = listed_with(facts[0], facts)
    assert len(items) == 3
    assert not names_an_item(["土地"], items)
    assert names_an_item(["出让", "土地"], items)
