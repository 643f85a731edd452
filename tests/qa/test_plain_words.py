"""Plain words for the report's terms and checks people add — a single character for a report word (拆 for
拆迁, 修路 for 新建道路), 实际 with 目标完成了吗 of a year only planned, a whole less a level (国家级之外), a run of
items closed by 等 and a stated count, a plan asked after a year of results, two growths compared, a change of
topic said — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新城2024年工作报告
一、2023年工作回顾
（一）城市建设
1.新城拆迁推进。全年完成拆迁面积30.5万平方米，新开工房屋建筑面积90万平方米。
2.新城路网建设。全年新建道路总长4.2千米，打通东环路连接线。
3.新城科技项目。申报各类科技计划项目240项,其中国家级36项。
4.新城经济运行。全年实现地区生产总值108亿元，同比增长12%。完成固定资产投资50亿元，同比增长8%。
二、2024年工作安排
（一）主要目标
1、新城经济指标。实现地区生产总值120亿元，同比增长10%。
（二）重点工作
着力推进产业基地建设、专业园区品牌提升、生态环境治理等八项工作。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("plain")
    report = folder / "newtown_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_single_character_reads_as_the_report_word_it_stands_in(bot):
    pulled = bot.ask("去年拆了多少面积的房子？")  # 拆 is 拆迁 here, the opposite of 新开工
    assert (pulled.kind, pulled.value, pulled.unit) == ("number", 30.5, "万平方米"), pulled.text
    built = bot.ask("新开工房屋面积多少？")
    assert built.value == 90, built.text
    road = bot.ask("去年修了多少路？")
    assert (road.kind, road.value) == ("number", 4.2), road.text
    assert bot.understand("去年修了多少路？").own == ("路",)  # 路 names a topic; 修, a doing, names none
    assert bot.understand("几套房？").own == ()  # after its counter, 房 is what is counted: a follow-up


def test_a_thing_named_in_one_character_is_a_new_question_not_a_follow_up(bot):
    *_, road = talk(bot, "去年拆了多少面积的房子？", "去年修了多少路？")
    assert (road.kind, road.value, road.unit) == ("number", 4.2, "千米"), road.text


def test_whether_a_plan_was_met_is_refused_for_a_year_only_planned(bot):
    query = bot.understand("2024年GDP实际做到了多少，目标完成了吗？")
    assert query.years == (2024,)
    met = bot.ask("2024年GDP实际做到了多少，目标完成了吗？")
    assert met.kind == "none" and met.value is None and "120" in met.text, met.text  # says what the plan is
    planned = bot.ask("2024年GDP目标多少？")
    assert (planned.kind, planned.value) == ("number", 120), planned.text


def test_a_whole_less_a_level_is_their_difference(bot):
    query = bot.understand("申报的科技项目里，国家级之外的有多少项？")
    assert query.operation == "difference" and query.filter.level is None  # the level is taken out, not asked
    rest = bot.ask("申报的科技项目里，国家级之外的有多少项？")
    assert (rest.kind, rest.value, rest.unit) == ("number", 204, "项"), rest.text


def test_a_run_closed_by_a_stated_count_gives_that_count_and_the_items_named(bot):
    counted = bot.ask("着力推进的工作涉及几个领域？")
    assert counted.kind == "number" and counted.value == 8, counted.text
    assert counted.options[-1] == "生态环境治理" and len(counted.options) == 3, counted.options


def test_a_plan_asked_after_a_year_of_results_is_of_the_year_planned(bot):
    *_, planned = talk(bot, "2023年固投增速是多少", "GDP目标增速是多少")
    assert (planned.kind, planned.value, planned.unit) == ("number", 10, "%"), planned.text
    *_, done = talk(bot, "2023年固投增速是多少", "GDP增速是多少")
    assert done.value == 12, done.text  # no kind named: the conversation's year


def test_two_growths_compared_differ_in_points(bot):
    query = bot.understand("GDP目标增幅比2023年实际增幅低多少")
    assert query.operation == "difference", query  # not a change of an amount
    apart = bot.ask("GDP目标增幅比2023年实际增幅低多少")
    assert (apart.kind, abs(apart.value), apart.unit) == ("number", 2, "个百分点"), apart.text


def test_a_change_of_topic_said_frames_the_question(bot):
    *_, road = talk(bot, "2023年固投增速是多少", "换个话题，去年新建道路多少？")
    assert bot.understand("换个话题，去年新建道路多少？").text.startswith("去年")
    assert (road.kind, road.value) == ("number", 4.2), road.text
