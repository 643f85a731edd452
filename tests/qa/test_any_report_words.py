"""Figures of a report nobody tuned on, asked as people ask: 总量 said with the thing, another city of the
province, a figure per so many people, people counted, the state now, an everyday word beside the report's,
the end of a plan period, a milestone passed beside the exact figure, a gap to the whole country, a difference
in the unit asked, a span of years that counts nothing, a growth over the span, the figure reached over a
milestone, the whole over unnamed items, a plan's growth against last year's, a level said with 建到 — on a literal
report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第五次会议上
某省人民政府省长

一、2025年和“十四五”时期工作回顾
过去的一年，全省地区生产总值达到5.2万亿元、增长5.3%，进出口总额增长4.1%，对东盟、欧盟进出口分别增长8.1%、12.3%，外贸企业达到1200家。社会消费品零售总额增长3.6%。研发设计、检测认证、企业总部等现代服务业较快增长，实现服务业总收入900亿元。全社会研发经费支出跨上1000亿元台阶，达到1050亿元。民间投资增长2.1%、高于全国6.5个百分点。青岛港货物吞吐量达到7亿吨，青岛都市圈新增企业1200家。
五年来，全省一般公共预算收入突破3000亿元、达到3456亿元。货物进出口总额年均增长8.5%。居民人均可支配收入增长31.2%。推动济南、青岛两个都市圈协同发展，青岛港货物吞吐量增长6%。全省常住人口城镇化率达到66.1%、5年提高4.2个百分点。每万城镇常住人口拥有社区工作者达到18.5人。原煤产量达1.5亿吨。五年改造城镇老旧小区6500个。高标准农田达到520万亩。

二、2026年工作安排
主要预期目标是：地区生产总值增长5%左右；社会消费品零售总额增长5%左右；原煤产量1.6亿吨。力争到2030年，全省地区生产总值迈上6万亿元新台阶。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("any_report_words")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def test_total_said_with_the_thing_asks_the_thing(bot):
    answer = _one(bot, "去年GDP总量是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 5.2, "万亿元")


def test_another_city_of_the_province_gets_no_figure_of_the_province(bot):
    assert _one(bot, "济南去年GDP是多少？").kind != "number"
    assert _one(bot, "青岛市去年GDP是多少？").kind != "number"  # named by figures of its own, written as a place


def test_a_gap_to_the_whole_country_is_the_one_the_report_states(bot):
    gap = _one(bot, "去年民间投资增速比全国高出多少个点？")
    assert (gap.kind, gap.value, gap.unit) == ("number", 6.5, "个百分点")
    own = _one(bot, "去年民间投资增长多少？")
    assert (own.kind, own.value, own.unit) == ("number", 2.1, "%")  # not the gap


def test_a_figure_per_so_many_people_is_no_count_of_them(bot):
    assert _one(bot, "常住人口现在有多少？").kind != "number"  # not 18.5人 per 10,000, nor 66.1 %
    per = _one(bot, "每万城镇常住人口拥有多少社区工作者？")
    assert (per.kind, per.value) == ("number", 18.5)


def test_the_state_now_is_the_result_not_the_plan(bot):
    answer = _one(bot, "原煤产量现在有多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 1.5, "亿吨")


def test_an_everyday_word_beside_the_report_s_word_adds_nothing(bot):
    answer = _one(bot, "十四五期间外贸进出口每年平均增长多少？")
    assert (answer.kind, answer.value) == ("number", 8.5)


def test_the_end_of_a_plan_period_and_a_milestone_passed_beside_the_exact_figure(bot):
    answer = _one(bot, "十四五结束时财政收入总量到了多少亿元？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 3456.0, "亿元")


def test_a_difference_is_given_in_the_unit_asked(bot):
    answer = _one(bot, "2030年GDP要迈上6万亿，比去年还差多少亿元？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 8000.0, "亿元")


def test_a_span_of_years_counts_no_figures(bot):
    answer = _one(bot, "这五年一共改造了多少个城镇老旧小区？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 6500.0, "个")


def test_a_growth_over_the_span_said_with_yigong(bot):
    answer = _one(bot, "十四五这五年居民人均可支配收入一共涨了百分之多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 31.2, "%")


def test_the_figure_reached_over_the_milestone_passed(bot):
    answer = _one(bot, "研发经费支出达到多少亿元？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 1050.0, "亿元")


def test_the_whole_over_items_of_a_list_the_question_does_not_name(bot):
    whole = _one(bot, "去年外贸进出口增长了多少？")
    assert (whole.kind, whole.value) == ("number", 4.1)
    item = _one(bot, "去年对欧盟进出口增长了多少？")
    assert (item.kind, item.value) == ("number", 12.3)


def test_a_plan_s_growth_against_last_year_s(bot):
    answer = _one(bot, "今年社零增长目标比去年实际增速高出多少个百分点？")
    assert (answer.kind, answer.unit) == ("number", "个百分点") and answer.value == pytest.approx(1.4)


def test_a_level_reached_said_with_a_verb(bot):
    answer = _one(bot, "高标准农田总共建到多少万亩了？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 520.0, "万亩")


def test_a_thing_listed_as_an_example_of_a_whole_has_no_figure_of_the_whole(bot):
    assert _one(bot, "检测认证产业收入多少？").kind != "number"  # 900亿元 is all services'
    whole = _one(bot, "服务业总收入多少？")
    assert (whole.kind, whole.value) == ("number", 900.0)
