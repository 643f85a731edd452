"""FactTable lookups agree with scanning every fact, on the bundled report and a genre-style one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.fact_table import FactTable
from index.facts import extract_facts
from index.numbers import convert, to_base
from index.report import read_report
from index.sections import split_sections
from qa.config import bundled_report

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _facts(path: Path) -> FactTable:
    report = read_report(path)
    return FactTable(extract_facts(report.text, split_sections(report)))


TABLES = {"bundled": _facts(bundled_report()), "county": _facts(FIXTURES / "county_2024.txt")}


def _holds(fact, word: str) -> bool:
    quotes = str.maketrans("", "", "“”\"'‘’《》「」()（）")
    text = f"{fact.metric} {fact.context} {fact.sentence} {fact.lead} {' '.join(fact.section_path)}"
    text = text.lower().translate(quotes)
    metric = fact.metric.lower().translate(quotes)
    same_chars = len(word) >= 3 and not any(ch.isdigit() for ch in word)
    return word in text or (same_chars and all(ch in metric for ch in word))


@pytest.mark.parametrize("name", sorted(TABLES))
@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_lookups_agree_with_scanning_every_fact(name: str, data: st.DataObject) -> None:
    table = TABLES[name]
    facts = list(table)
    source = data.draw(st.sampled_from(facts))
    text = data.draw(st.sampled_from([source.sentence, source.metric, source.section_path[-1]])).lower() or "x"
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    word = text[start : start + data.draw(st.integers(1, 6))]
    aspect = data.draw(st.sampled_from(["value", "growth", "rank"]))
    years = data.draw(st.sampled_from([(), (source.year,) if source.year else (), (2011, 2012), (2024,)]))
    assert [facts[i] for i in table.ids(aspect, years)] == [
        f for f in facts if f.aspect == aspect and (not years or f.year in years)
    ]
    assert [facts[i] for i in table.places(word).any] == [f for f in facts if _holds(f, word)]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_value_lookup_agrees_with_converting_each_fact(name: str) -> None:
    table = TABLES[name]
    for fact in table:
        if fact.aspect != "value":
            continue
        for unit in {fact.unit, "亿元", "万元", "元", "万平方米"}:
            value = convert(fact.value, fact.unit, unit)
            if value is None:
                continue
            expected = [
                f
                for f in table
                if f.aspect == "value" and (v := convert(f.value, f.unit, unit)) is not None and abs(v - value) < 1e-6
            ]
            assert list(table.with_base_value(to_base(value, unit))) == expected


def test_sentence_lookup_and_kinds_profile() -> None:
    table = TABLES["bundled"]
    for fact in table:
        assert fact in table.in_sentence(fact)
        assert all(o.sentence == fact.sentence for o in table.in_sentence(fact))
    kinds, units = table.kinds_and_units("value", (2012,))
    assert kinds == {f.kind for f in table if f.aspect == "value" and f.year == 2012}
    assert units == {f.unit for f in table if f.aspect == "value" and f.year == 2012}
    assert table == FactTable(list(table)) and FactTable.of(table) is table
