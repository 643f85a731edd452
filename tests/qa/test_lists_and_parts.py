"""Lists asked after their count, counts in a list's unit, slogans the report never spells out, and a whole less
a part it states — on a literal report of our own."""

from pathlib import Path

import pytest

REPORT = """某园区2024年工作报告
一、2023年工作回顾
（一）创新能力持续增强
1.专利工作成效明显。全年获专利授权600件，其中发明专利90件。认真落实“四个加快”战略部署。申报科技计划项目300项，其中国家级40项。
2.人才工作扎实推进。新引进各类人才500名。共申报国家人才5名、省人才8名、市人才12名。
3.孵化平台加快建设。新增孵化器3家，引进创业团队12个。
（二）城市功能不断完善
1.路网建设提速。全年新建道路8千米。
2.出行条件改善。新增公交线路4条，优化公交线路6条。
3.招商引资成效明显。全年协议引进资金80亿元，实际引进资金50亿元。
二、2024年工作安排
（一）加快产业发展。新引进各类人才600名。
（二）加快城市建设。新建道路10千米，新开星河、明德2家公办幼儿园。
（三）加大招商力度。协议引进资金90亿元，实际引进资金60亿元。
（四）主要经济指标
地区生产总值达到120亿元；一般公共预算收入达到9亿元；城镇新增就业3000人。
"""


@pytest.fixture
def bot(tmp_path: Path, fake_encoder):
    from qa import Bot

    report = tmp_path / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=tmp_path / "index", encoder=fake_encoder, say=lambda _m: None)


def test_a_count_in_a_lists_unit_counts_the_items_not_a_figure_in_another_unit(bot):
    answer = bot.ask("创新能力那个方面有几点？")
    assert answer.kind == "number" and answer.value == 3 and answer.unit != "个", answer.text
    assert "专利工作成效明显" in answer.text and "孵化平台加快建设" in answer.text


def test_asking_what_they_are_after_a_count_lists_the_items_counted(bot):
    history = [("2023年工作回顾分几个方面？", bot.ask("2023年工作回顾分几个方面？").text)]
    for follow_up in ("分别是什么？", "都列一下。", "分别是？", "列一下各块"):
        answer = bot.ask(follow_up, history)
        assert answer.kind == "list" and answer.options == ("创新能力持续增强", "城市功能不断完善"), answer.text


def test_a_quoted_slogan_never_spelled_out_is_said_to_be_unlisted_with_its_sentence(bot):
    answer = bot.ask("“四个加快”具体是哪四个？")
    assert answer.kind == "none" and "没有列出" in answer.text
    assert answer.sources and "四个加快" in answer.sources[0].text


def test_a_whole_less_a_part_it_states(bot):
    answer = bot.ask("去年授权的专利中，不是发明专利的有多少件？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (510, "件"), answer.text
    assert "600 − 90 = 510" in answer.text


def test_a_part_not_stated_of_the_whole_is_not_subtracted_from_it(bot):
    answer = bot.ask("去年引进的人才里，不算创业团队的有多少名？")
    assert answer.kind != "number" or answer.value != 500 - 12, answer.text


def test_a_hedge_is_no_difference(bot):
    answer = bot.ask("去年新建道路差不多多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (8, "千米"), answer.text


def test_more_done_than_last_year_is_a_difference(bot):
    answer = bot.ask("今年新引进人才比去年要多做多少？")
    assert answer.kind == "number" and answer.value == 100, answer.text


def test_a_figure_chosen_from_an_ask_back_is_the_one_follow_ups_ask_about(bot):
    history: list[tuple[str, str]] = []
    for question, kind in (("去年引进资金多少？", "clarify"), ("实际的那个", "number"), ("今年目标呢？", "number")):
        answer = bot.ask(question, history)
        assert answer.kind == kind, answer.text
        history.append((question, answer.text))
    assert answer.value == 60
    more = bot.ask("比去年多多少？", history)
    assert more.kind == "number" and more.value == 10, more.text
    head = more.text.splitlines()[0]  # the sentences quoted below it name both
    assert "实际引进资金" in head and "协议" not in head


@pytest.mark.parametrize("question", ["这份报告的标题是什么？", "这个报告是哪天在会上作的？", "报告的题目叫什么"])
def test_questions_about_the_report_itself_get_its_title_page(county_bot, question):
    answer = county_bot.ask(question)
    assert answer.kind == "passage" and "青禾县2024年政府工作报告" in answer.text, answer.text
    assert "2024年1月20日" in answer.text and "王某" in answer.text


def test_a_question_about_a_thing_the_report_names_is_not_about_the_report(county_bot):
    assert county_bot.parser.parse("报告里讲的智能工厂叫什么名字").wants != "about"


def _talk(bot, *questions: str):
    history: list[tuple[str, str]] = []
    answer = None
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
    return answer


def test_a_sum_of_the_figures_given_passes_over_a_passage_between_them(bot):
    answer = _talk(bot, "去年新引进了多少人才？", "孵化平台建设得怎么样", "今年新引进多少人才？", "两年合起来多少名？")
    assert answer.kind == "number" and answer.value == 1100, answer.text


def test_a_bare_metric_after_a_computed_question_is_the_same_computation_of_it(bot):
    answer = _talk(bot, "今年新引进人才比去年多多少？", "新建道路呢")
    assert answer.kind == "number" and (answer.value, answer.unit) == (2, "千米"), answer.text


def test_items_naming_only_what_sets_them_apart_share_the_earlier_metric(bot):
    answer = _talk(bot, "去年新增公交线路几条？", "新增和优化的加起来几条")
    assert answer.kind == "number" and (answer.value, answer.unit) == (10, "条"), answer.text


def test_the_other_option_of_an_ask_back(bot):
    answer = _talk(bot, "去年引进资金多少？", "实际的那个", "另一个呢")
    assert answer.kind == "number" and answer.value == 80, answer.text


def test_asking_their_names_after_a_figure_quotes_the_figures_sentence(bot):
    answer = _talk(bot, "今年新开几所公办幼儿园？", "叫什么名字")
    assert answer.kind == "passage" and "星河" in answer.text and "明德" in answer.text, answer.text


def test_a_lists_size_names_no_heading_and_words_after_a_place_only_gloss_it(bot):
    listed = bot.ask("把2023年工作回顾的两个方面都列一下")
    assert listed.kind == "list" and listed.options == ("创新能力持续增强", "城市功能不断完善"), listed.text
    counted = bot.ask("2023年工作回顾第一项创新那条分几点？")
    assert counted.kind == "number" and counted.value == 3, counted.text


def test_a_question_of_several_found_nowhere_whole_answers_each_piece(bot):
    answer = bot.ask("去年专利授权多少件？新增孵化器几家？")
    assert answer.kind == "passage" and "600件" in answer.text and "3家" in answer.text, answer.text


def test_a_heading_without_sub_headings_counts_the_indicators_its_text_lists(bot):
    answer = _talk(bot, "主要经济指标包括几项？")
    assert answer.kind == "number" and answer.value == 3, answer.text
    listed = _talk(bot, "主要经济指标包括几项？", "是哪几项？")
    assert listed.kind == "list" and "一般公共预算收入" in listed.options, listed.text


def test_a_part_not_named_of_the_earlier_figure_is_its_remainder(bot):
    answer = _talk(bot, "去年申报了多少科技计划项目？", "国家级的占多少项？", "非国家级的呢？")
    assert answer.kind == "number" and answer.value == 260, answer.text
    assert _talk(bot, "去年获专利授权多少件？", "发明专利占多少件？").value == 90


def test_a_count_asked_is_never_answered_with_a_measure(bot):
    answer = bot.ask("去年新建的道路能惠及多少户？")
    assert answer.kind != "number" or answer.unit == "户", answer.text
    assert bot.ask("去年新建道路多少千米？").value == 8


def test_a_count_of_figures_after_one_of_them_sums_its_sentences_figures(bot):
    answer = _talk(bot, "去年申报了多少国家人才？", "三级加起来多少名？")
    assert answer.kind == "number" and answer.value == 25, answer.text


def test_a_heading_whose_indicators_are_counted_however_the_count_is_put(bot):
    """主要经济指标里列了几项: 列了 only puts the question; the heading's indicators are counted."""
    for question in ("主要经济指标包括几项？", "主要经济指标里列了几项？"):
        answer = bot.ask(question)
        assert answer.kind == "number" and answer.value == 3, answer.text


def test_who_gave_the_report_is_its_speaker_line_and_the_sentence_saying_on_whose_behalf(county_bot):
    answer = county_bot.ask("这份报告是谁作的？")
    assert answer.kind == "passage" and "县长" in answer.text and "我代表" in answer.text, answer.text
    assert all(s.cited for s in answer.sources)


def test_a_speakers_name_the_report_never_writes_is_said_to_be_missing(real_bot):
    answer = real_bot.ask("报告人叫什么名字")
    assert answer.kind == "none" and "我代表" in answer.text, answer.text
    assert real_bot.ask("谁作的报告").kind == "passage"


def test_who_gave_the_report_asked_after_a_figure_is_still_the_report_itself(real_bot):
    figure = real_bot.ask("去年专利授权多少件？")
    answer = real_bot.ask("谁作的报告", [("去年专利授权多少件？", figure.text)])
    assert answer.kind == "passage" and "我代表" in answer.text, answer.text
