"""Figures that would answer another question than the one asked: a count of a list's items for a value (三大举措
for 招商目标), the whole of a pair for one part (内外资 for 外资, 进出口 for 出口), a section count for a paragraph's
things (几个？ after 开头报了哪几个指标); and the comparisons and choices a conversation leaves implicit (是不是比…
还高 of the figure talked about; 确保的数 some turns after an ask-back offered 确保 and 力争) — on a literal report
of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年工作报告
（2024年1月12日）
各位代表：
一、2023年工作回顾
2023年，全区实现地区生产总值150亿元，同比增长10%；完成固定资产投资40亿元，同比增长9%。
（一）产业发展稳中有进
1.主导产业加快壮大。全区实现工业总产值300亿元，同比增长12%。实现服务业总收入360亿元，同比增长30%，有力支撑了财政增收。全年规模以上工业增加值80亿元。全年协议引进内外资总额80亿元，实际引进内外资总额52亿元，招商引资总额居历年之最。全年进出口总额25亿美元，同比增长8%。
2.创新平台加快建设。企业主持和参与国际、国内标准制修订15项。院士工作室、技术转移中心等机构全年服务企业300余家。
综合保税区、内陆开放口岸数量稳居西部第一。推动设立总规模50亿元、首期投资10亿元的产业基金。
3.拆迁工作扎实推进。全年完成拆迁面积30万平方米，完成企业拆迁20家。全年征收集体土地2000亩。
（二）社会事业稳步发展
新开东园、西园2家公办幼儿园，新增养老床位300张。
二、2024年工作安排
（一）指导思想
2024年，我们将围绕强化招商引资、优化营商环境、提升服务效能三大举措，全力推动高质量发展。
（二）工作目标
1、经济指标。实现地区生产总值165亿元，同比增长10%；城乡居民人均可支配收入分别增长7%。
2、招商指标。协议引进内外资总额90亿元，实际引进内外资总额60亿元。
3、建设指标。确保完成房屋拆迁面积25万平方米，力争完成30万平方米。
（三）重点工作
1、加快征地拆迁。新启动东村、西村两个成片村拆迁，基本完成南村、北村等村的拆迁。
2、加快园区建设。新建标准厂房10万平方米，征收集体土地500亩，引进注册资本1000万元以上现代服务业项目20家以上。
同志们，让我们团结一心，开创新区发展新局面！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("another_thing")
    report = folder / "newarea_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_count_of_listed_items_answers_only_a_count_or_its_noun(bot):
    for question in ("今年招商目标是多少？", "今年引资目标多少？", "今年招商的目标定了多少？"):
        answer = bot.ask(question)
        assert answer.kind == "clarify" and answer.value is None, (question, answer.text)
        assert "90亿元" in answer.text and "60亿元" in answer.text and "三大" not in answer.text, answer.text
    counted = bot.ask("今年有几大举措？")
    assert (counted.kind, counted.value) == ("number", 3), counted.text
    villages = bot.ask("今年新启动多少成片村拆迁？")
    assert (villages.kind, villages.value) == ("number", 2), villages.text


def test_the_verb_setting_a_target_is_no_word_of_its_metric(bot):
    assert bot.understand("GDP目标定了多少？").metric == bot.understand("GDP目标是多少？").metric
    answer = bot.ask("今年GDP的目标定的多少？")
    assert (answer.kind, answer.value) == ("number", 165), answer.text


def test_one_part_of_a_pair_is_not_answered_by_the_whole(bot):
    part = talk(bot, "去年招商引资在历史上算什么水平？", "其中外资有多少？")[-1]
    assert part.kind == "none" and part.value is None, part.text
    assert "其中" not in part.text.split("。")[0], part.text  # the part named as asked, without the word asking it
    exports = bot.ask("去年出口额增长多少？")
    assert exports.value is None, exports.text
    whole = bot.ask("去年进出口总额增长多少？")
    assert (whole.kind, whole.value) == ("number", 8), whole.text


def test_a_comparison_with_its_subject_left_out_is_of_the_figure_talked_about(bot):
    asked, compared = talk(bot, "服务业总收入去年是多少？", "是不是已经比工业总产值还高了？")
    assert (asked.kind, asked.value) == ("number", 360), asked.text
    assert compared.kind == "number" and compared.value == 360, compared.text
    assert compared.text.startswith("是的") and "300亿元" in compared.text, compared.text


def test_a_qualifier_named_alone_picks_from_the_latest_ask_back(bot):
    turns = talk(
        bot,
        "2024年拆迁面积目标是多少？",
        "力争的那个",
        "那去年实际拆了多少？",
        "今年新启动哪些村的拆迁？",
        "那今年确保的数是多少？",
    )
    assert turns[0].kind == "clarify" and turns[1].value == 30, turns[1].text
    assert (turns[2].kind, turns[2].value) == ("number", 30), turns[2].text
    assert (turns[-1].kind, turns[-1].value, turns[-1].unit) == ("number", 25, "万平方米"), turns[-1].text


def test_a_count_after_an_opening_counts_no_sections(bot):
    opening, counted = talk(bot, "2023年工作回顾开头报了哪几个主要指标？", "几个？")
    assert "地区生产总值150亿元" in opening.text and "固定资产投资40亿元" in opening.text, opening.text
    # the figures the opening gives, not the review's sections
    assert (counted.value, "固定资产投资" in counted.text) == (2, True), counted.text


def test_a_count_of_listed_things_answers_no_question_counting_other_things(bot):
    other = bot.ask("去年新开的东园幼儿园能招多少孩子？")
    assert other.value is None, other.text
    counted = bot.ask("去年新开了几家公办幼儿园？")
    assert (counted.kind, counted.value) == ("number", 2), counted.text


def test_another_kind_of_the_same_head_is_no_answer(bot):
    other = bot.ask("去年财政总收入是多少？")
    assert other.value is None and "服务业总收入" not in other.text, other.text  # not even as related data
    abbreviated = bot.ask("去年规上工业增加值多少？")
    assert (abbreviated.kind, abbreviated.value) == ("number", 80), abbreviated.text
    shortened = bot.ask("去年服务业收入多少？")
    assert (shortened.kind, shortened.value) == ("number", 360), shortened.text


def test_what_follows_from_a_figure_and_a_claim_about_its_size_keep_the_figure_talked_about(bot):
    turns = talk(bot, "好，换个问题，今年GDP目标是多少？", "那意味着要增长百分之多少？", "是不是已经超过160亿了？")
    assert [(a.kind, a.value) for a in turns] == [("number", 165), ("number", 10), ("number", 165)], turns[-1].text


def test_a_computation_naming_no_year_is_worked_out_for_the_results_year_and_the_plans(bot):
    answer = bot.ask("GDP是协议引进内外资总额的几倍？")
    assert answer.kind == "number" and abs(answer.value - 1.88) < 0.01, answer.text
    assert "2023年" in answer.text and "2024年" in answer.note and "1.83" in answer.note, answer.note


def test_one_side_of_a_listed_pair_is_not_answered_by_the_count_of_both(bot):
    one = bot.ask("去年国际标准有几项？")
    assert one.value is None, one.text
    both = bot.ask("去年参与国际、国内标准制修订多少项？")
    assert (both.kind, both.value) == ("number", 15), both.text
    by_example = bot.ask("院士工作室服务了多少企业？")  # a class named by examples (…等机构): the class is asked
    assert (by_example.kind, by_example.value) == ("number", 300), by_example.text


def test_after_a_difference_of_two_figures_neither_settles_an_ask_back(bot):
    turns = talk(bot, "去年实际引进内外资多少？", "协议的呢？", "两者差了多少？", "今年招商的目标定了多少？")
    assert [a.value for a in turns[:3]] == [52, 80, 28], [a.text for a in turns]
    assert turns[-1].kind == "clarify" and "90亿元" in turns[-1].text and "60亿元" in turns[-1].text, turns[-1].text


def test_a_rank_or_a_rate_said_of_listed_things_is_each_ones(bot):
    rank = bot.ask("综合保税区数量在西部排第几？")
    assert (rank.kind, rank.value) == ("number", 1), rank.text
    rate = bot.ask("今年农村居民人均可支配收入计划增长多少？")
    assert (rate.kind, rate.value) == ("number", 7), rate.text


def test_a_thing_the_earlier_answer_never_named_is_no_pointer_to_it(bot):
    passage, fund = talk(bot, "去年国际、国内标准制修订了多少项？", "那个产业基金总规模多大？")
    assert (fund.kind, fund.value) == ("number", 50), fund.text


def test_a_threshold_asked_is_the_bound_in_the_figures_name(bot):
    bar = bot.ask("现代服务业项目注册资本门槛是多少？")
    assert (bar.kind, bar.value, bar.unit) == ("number", 1000, "万元"), bar.text
    none = bot.ask("GDP的门槛是多少？")
    assert none.kind == "none" and none.value is None, none.text


def test_a_share_of_the_same_thing_at_another_time(bot):
    planned, share = talk(bot, "今年征收集体土地目标多少？", "只有去年的百分之多少？")
    assert (planned.kind, planned.value) == ("number", 500), planned.text
    assert (share.kind, share.value, share.unit) == ("number", 25, "%"), share.text
    said = bot.ask("服务业总收入是工业总产值的百分之几？")
    assert said.kind == "number" and said.unit == "%" and abs(said.value - 120) < 1e-6, said.text
