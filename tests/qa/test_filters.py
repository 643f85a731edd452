"""Typed filters: a size class (过亿, 50亿以上) and a level (省级) compared as values, not spelled alike."""

from __future__ import annotations

import pytest

from index.facts import Fact
from qa.filters import asked_threshold, fact_level, fact_threshold, same_class


def _fact(metric: str, context: str = "") -> Fact:
    return Fact(metric, 1.0, "家", "value", 2011, "result", "1家", metric, ("一",), (0, 1), context=context)


@pytest.mark.parametrize(
    ("said", "amount"),
    [
        ("产值过亿的企业", 1e8),
        ("产值上亿元的", 1e8),
        ("50亿以上的大企业", 5e9),
        ("过百亿的", 1e10),
        ("投资千万以上的项目", 1e7),
        ("两千万以上", 2e7),
        ("五十亿以上", 5e9),
        ("1000万元以上", 1e7),
    ],
)
def test_a_size_class_as_people_say_it(said: str, amount: float) -> None:
    assert asked_threshold(said)[0] == pytest.approx(amount)


def test_an_amount_without_over_or_above_is_no_size_class() -> None:
    assert asked_threshold("技工贸总收入850亿元是多少") == (None, "")


def test_the_last_size_class_is_the_one_asked() -> None:
    assert asked_threshold("亿元以上企业中,10亿元以上的有几家")[0] == pytest.approx(1e9)


def test_a_facts_size_class_from_its_metric_then_its_context() -> None:
    assert fact_threshold(_fact("50亿元以上", "亿元以上企业")) == pytest.approx(5e9)
    assert fact_threshold(_fact("亿元以上企业")) == pytest.approx(1e8)
    assert fact_threshold(_fact("注册资本1000万元以上的企业")) == pytest.approx(1e7)
    assert fact_threshold(_fact("地区生产总值")) is None


def test_a_level_where_it_stands_in_a_metric() -> None:
    assert fact_level(_fact("申报国家人才")) == "国家级"
    assert fact_level(_fact("省人才", context="申报国家人才")) == "省级"  # the context's level is not its own
    assert fact_level(_fact("国家级孵化器")) == "国家级"
    assert fact_level(_fact("市场主体")) is None  # 市场 is no 市级


def test_another_class_or_level_cannot_answer() -> None:
    assert not same_class(_fact("10亿元以上"), 5e9, None)
    assert same_class(_fact("50亿元以上"), 5e9, None)
    assert same_class(_fact("研发机构"), 5e9, None)  # names no size class: still a candidate
    assert not same_class(_fact("申报国家人才"), None, "省级")


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["2011年申报省级人才多少名"], 20),
        (["去年市级人才申报了多少名？"], 35),
        (["去年新冒出来多少家产值过亿的企业？"], 15),
        (["2011年亿元以上企业中,10亿元以上的有几家?"], 7),
        (["去年亿元以上企业有多少家", "其中10亿以上的呢", "50亿以上的呢"], 3),
    ],
)
def test_the_bundled_report_answers_by_class_and_level(real_bot, turns: list[str], value: float) -> None:
    history: list[tuple[str, str]] = []
    for question in turns:
        answer = real_bot.ask(question, history)
        history.append((question, answer.text))
    assert (answer.kind, answer.value) == ("number", value), answer.text


def test_a_generic_counter_does_not_outweigh_the_metric(real_bot) -> None:
    """几个 counts anything: 申报国家人才几个 is the 10名 of 国家人才, not the 16个 of the team listed beside it."""
    answer = real_bot.ask("去年申报国家人才几个")
    assert (answer.kind, answer.value, answer.unit) == ("number", 10, "名"), answer.text


def test_a_list_of_phases_asked_without_one_asks_back_and_a_reply_picks(real_bot) -> None:
    """研发园一期、二期入驻率分别…: 研发园入驻率 names no phase, so both are offered; 第二个 takes the second."""
    question = "研发园入驻率达到多少了？"
    asked = real_bot.ask(question)
    assert asked.kind == "clarify" and len(asked.options) == 2
    picked = real_bot.ask("第二个", [(question, asked.text)])
    assert picked.kind == "number" and figure_in(picked.value, asked.options[1])
    named = real_bot.ask("研发园二期入驻率多少")
    assert named.kind == "number" and figure_in(named.value, asked.options[0] + asked.options[1])


def figure_in(value: float | None, text: str) -> bool:
    return value is not None and f"{value:g}" in text


def test_a_size_class_said_with_a_counter_is_an_amount():
    assert asked_threshold("其中超过10个亿的")[0] == 1e9
