"""A plan period's figures asked by a year: the level a change is counted from, worked back; the state a reviewed
span ends in is its last year's; a goal naming its year; a level reached named after a list mark; a plan's verb of
holding a figure names nothing — on a literal 2026 report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月25日在某省第十四届人民代表大会第五次会议上

一、2025年和“十四五”时期工作回顾
过去五年，全省地区生产总值连续迈上2个万亿元台阶、达6.3万亿元、年均增长5.6%。全省人均预期寿命较2020年提高1.3岁、达到79.1岁，常住人口城镇化率提高到70.2%，高速公路通车里程8120公里，森林覆盖率达到46.2%，累计新增城镇就业310万人。
2025年，全省地区生产总值增长5.4%，一般公共预算收入3620亿元，中心城区绿色出行比例从74.8%提升至75.9%。

二、2026年工作安排
主要预期目标是：地区生产总值增长5%左右，城镇调查失业率5.5%左右，居民消费价格涨幅2%左右。
“十五五”时期，我们将加快建设科技强省，到2030年全社会研发投入强度达到3%左右。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("spans_and_levels")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def test_the_level_a_change_is_counted_from_is_worked_back(bot):
    answer = _one(bot, "2020年全省人均预期寿命是多少岁？")
    assert answer.kind == "number" and answer.value == pytest.approx(77.8) and answer.unit == "岁"
    assert "79.1 − 1.3" in answer.text


def test_the_state_a_reviewed_span_ends_in_is_its_last_years(bot):
    assert (_one(bot, "去年全省人均预期寿命多少岁？").value, "岁") == (79.1, "岁")
    road = _one(bot, "到“十四五”末，全省高速公路通车里程有多少公里？")
    assert road.kind == "number" and road.value == 8120
    # an amount over the span is no year's figure, and a rate gives no count of people
    assert _one(bot, "2025年全省新增城镇就业多少万人？").kind == "none"
    assert _one(bot, "2025年末全省常住人口总数是多少？").kind == "none"
    assert _one(bot, "去年全省常住人口城镇化率是多少？").value == 70.2


def test_the_level_reached_after_a_list_mark_is_of_the_thing_named_before(bot):
    answer = _one(bot, "“十四五”末全省地区生产总值达到多少？")
    assert answer.kind == "number" and answer.value == 6.3 and answer.unit == "万亿元"


def test_a_goal_naming_its_year_and_a_plans_verb_of_holding(bot):
    goal = _one(bot, "到2030年全社会研发投入强度要达到多少？")
    assert goal.kind == "number" and goal.value == 3
    held = _one(bot, "今年城镇调查失业率控制目标是多少？")
    assert held.kind == "number" and held.value == 5.5


def test_a_rates_rise_asked_in_points_is_the_difference_of_the_two_rates(bot):
    answer = _one(bot, "去年中心城区绿色出行比例提高了几个百分点？")
    assert answer.kind == "number" and answer.value == pytest.approx(1.1) and answer.unit == "个百分点"
