"""Superlatives over a set of figures the report lists together, on text of our own."""

from __future__ import annotations

import pytest

from qa import Bot
from tests.conftest import FakeEncoder

REPORT = (
    "某县政府工作报告\n一、2025年工作回顾\n地区生产总值增长5.8%。\n二、2026年工作安排\n（一）主要预期目标\n"
    "地区生产总值增长6%左右；一般公共预算收入增长4%；固定资产投资增长8%；社会消费品零售总额增长7%。\n"
    "（二）重点工作\n新建学校3所，改造道路40公里。\n"
)


@pytest.fixture
def bot(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(REPORT, "utf-8")
    return Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("2026年主要预期目标中哪一项增速最高？", "固定资产投资"),
        ("2026年主要预期目标里哪一项增长目标最低？", "一般公共预算收入"),
    ],
)
def test_the_top_of_the_figures_under_a_named_heading(bot, question, expected):
    answer = bot.ask(question)
    assert answer.kind == "passage" and answer.text.startswith(f"2026年{expected}"), answer.text
    assert len(answer.sources) == 4  # every figure of the set, as its evidence


def test_no_superlative_without_a_set(bot):
    assert "最高" not in bot.ask("2026年哪一项工作投入最高？").text.split("\n")[0]
