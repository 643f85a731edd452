"""Forms of reports nobody tuned on, asked as people ask: a yearly average of a span's total, the rise between
the two ends of a change, a share's change in points, a paragraph headed by a short lead of its own, a measure
the figure does not name, a class of a thing, a word the report writes but names no figure with, a unit that
starts a word, two figures of one sentence compared, a figure named by a clause of no figure — on a literal
report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月22日在某省第十四届人民代表大会第五次会议上
某省人民政府省长

一、2025年和“十四五”时期工作回顾
过去的一年，全省一般公共预算教育经费980亿元、增长3.1%。全年接待游客总人数、游客总花费分别增长8.2%、11.5%。对东盟、欧盟进出口分别增长7.3%、9.1%，全省进出口总值再创新高，达到4120亿元、增长6.6%。全年实施重点项目52个，完成投资63.5亿元，其中投资5.2亿元实施农业类重点项目9个。稳外贸政策落地见效，实际使用台资5.6亿美元。
持续改善民生。全年民生支出1200亿元，新建学校40所，新增养老床位8000张。
五年来，城镇新增就业180万人，高校毕业生留省就业创业每年超过35万人。技术合同成交额从900亿元增加到2100亿元，5G基站从2.1万座增加到11.6万座。工业投资占比提高6.4个百分点。

二、2026年工作安排
推动城西新区建设。坚持规划先行，年内计划投资52.8亿元，实施重点项目26个，建成主干道路4条。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("unseen_report_forms")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def test_a_yearly_average_of_a_span_s_total_is_worked_out(bot):
    average = _one(bot, "十四五期间平均每年城镇新增就业多少万人？")
    assert (average.kind, average.value, average.unit) == ("number", 36.0, "万人")
    assert "180 ÷ 5" in average.text
    total = _one(bot, "十四五期间城镇新增就业多少万人？")
    assert (total.kind, total.value) == ("number", 180.0)
    stated = _one(bot, "十四五期间平均每年有多少高校毕业生留省就业创业？")  # already a year's: not divided
    assert (stated.kind, stated.value, stated.unit) == ("number", 35.0, "万人")


def test_the_rise_between_the_two_ends_of_a_change_is_their_difference(bot):
    rise = _one(bot, "十四五期间技术合同成交额一共多了多少亿元？")
    assert (rise.kind, rise.value, rise.unit) == ("number", 1200.0, "亿元")
    added = _one(bot, "这五年5G基站新增了多少万座？")
    assert (added.kind, added.value, added.unit) == ("number", 9.5, "万座")


def test_a_share_s_change_in_points_is_the_change_stated(bot):
    answer = _one(bot, "十四五期间工业投资的占比提高了多少个点？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 6.4, "个百分点")


def test_a_paragraph_s_short_lead_heads_its_figures_and_its_passage(bot):
    figure = _one(bot, "城西新区今年计划投资多少钱？")
    assert (figure.kind, figure.value, figure.unit) == ("number", 52.8, "亿元")
    passage = _one(bot, "今年城西新区建设有什么安排？")
    assert passage.kind == "passage"
    assert "52.8亿元" in passage.text and "主干道路4条" in passage.text  # the paragraph, not its first sentence


def test_a_figure_of_another_measure_or_of_a_class_is_no_answer(bot):
    assert _one(bot, "2025年一般公共预算支出一共多少亿元？").kind != "number"  # 教育经费 is no 支出 total
    projects = _one(bot, "去年的重点项目一共投了多少钱？")
    assert (projects.kind, projects.value) == ("number", 63.5)  # not the 农业类 projects' 5.2亿元


def test_an_everyday_word_the_report_writes_but_names_no_figure_with(bot):
    answer = _one(bot, "去年外贸总额有多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 4120.0, "亿元")  # 进出口总值, not 东盟's


def test_a_unit_that_starts_a_word_the_report_writes_is_no_unit(bot):
    answer = _one(bot, "去年实际用了多少台资？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 5.6, "亿美元")


def test_two_figures_of_one_sentence_are_compared_each_once(bot):
    answer = _one(bot, "去年游客总花费的增速比游客人数增速高几个百分点？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 3.3, "个百分点")


def test_a_figure_under_a_heading_naming_the_topic_only_is_no_answer(bot):
    assert _one(bot, "去年在养老上一共投了多少钱？").kind != "number"  # 民生支出 names no 养老
    spending = _one(bot, "去年民生支出多少？")
    assert (spending.kind, spending.value) == ("number", 1200.0)
