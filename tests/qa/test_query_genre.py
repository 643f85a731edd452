"""Queries read against reports written by other hands: time anchored on each report's own year, and
structure questions walked through each report's own outline (fake encoder: no model needed)."""

import re
from pathlib import Path

import pytest

from index.outline import walk
from index.report import read_report
from index.tokens import ReportTokenizer, collect_terms
from qa import Bot
from qa.parse import QueryParser
from tests.conftest import FakeEncoder

GENRE = Path(__file__).parent.parent / "fixtures" / "genre"
REPORTS = ["hailar_2015", "shaanxi_2026", "henan_2026"]


def _parser(name: str) -> tuple[QueryParser, int]:
    report = read_report(GENRE / f"{name}.txt")
    tokenizer = ReportTokenizer(collect_terms([report.text]), (report.meta.title, report.meta.publisher or ""))
    year = report.meta.year
    assert year is not None
    return QueryParser(tokenizer, year), year


@pytest.mark.parametrize("name", REPORTS)
def test_relative_years_are_anchored_on_each_reports_own_year(name):
    parser, year = _parser(name)
    last = parser.parse("去年地区生产总值是多少")
    assert (last.years, last.kind, last.aspect, last.metric) == ((year - 1,), "result", "value", "地区生产总值")
    target = parser.parse("今年GDP增长目标是多少")
    assert (target.years, target.kind, target.aspect) == ((year,), "target", "growth")
    assert parser.parse("比上年多多少").operation == "difference"


@pytest.mark.parametrize("name", REPORTS)
def test_a_plan_period_qualifier_and_share_are_slots(name):
    parser, _ = _parser(name)
    period = parser.parse("“十四五”期间累计完成多少")
    assert period.time.period == "十四五" and period.years == ()
    hedge = parser.parse("今年力争增长多少")
    assert (hedge.kind, hedge.qualifiers, hedge.aspect) == ("target", ("力争",), "growth")
    share = parser.parse("一般公共预算收入占比多少")
    assert (share.aspect, share.operation, share.metric) == ("share", "ratio", "一般公共预算收入")


@pytest.mark.parametrize("name", REPORTS)
def test_structure_questions_walk_each_reports_outline(name, tmp_path):
    bot = Bot(GENRE / f"{name}.txt", index_dir=tmp_path, encoder=FakeEncoder(), say=lambda _m: None)
    parts = bot.index.outline.children
    count = bot.ask("报告总共分几个部分？")
    assert (count.kind, count.value) == ("number", float(len(parts)))
    history = [("报告总共分几个部分？", count.text)]
    second = bot.ask("第二部分讲的什么", history)
    assert second.kind == "passage" and parts[1].section in [s.section for s in second.sources]
    history.append(("第二部分讲的什么", second.text))
    below = bot.ask("它下面分几点", history)
    if parts[1].children:
        assert (below.kind, below.value) == ("number", float(len(parts[1].children)))
    else:
        assert below.kind == "none" and "没有" in below.text


@pytest.mark.parametrize("name", REPORTS)
def test_the_place_of_an_item_named_by_its_heading_is_its_number_in_its_list(name, tmp_path):
    bot = Bot(GENRE / f"{name}.txt", index_dir=tmp_path, encoder=FakeEncoder(), say=lambda _m: None)
    lists = [n for n in walk(bot.index.outline) if len(n.children) >= 3 and n.path]
    parent = lists[0]
    item = parent.children[2]
    # the item named by the distinctive words of its own heading (its first six characters after the number)
    words = re.sub(r"^[\W\d一二三四五六七八九十、是（）()]+", "", item.title)[:6]
    answer = bot.ask(f"“{words}”是第几条")
    assert (answer.kind, answer.value) == ("number", 3.0), answer.text
    assert item.section in [s.section for s in answer.sources]
