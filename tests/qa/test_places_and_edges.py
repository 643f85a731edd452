"""Where an item stands (its number in a list, the heading that holds it), how a part opens and ends, counts and
picks of things just listed, and figures worked out from what the talk gave — on a literal report of our own."""

import pytest

REPORT = """某园区2024年工作报告
现在，我代表园区管委会，向大会报告工作。
一、2023年工作回顾
2023年，园区各项工作稳步推进，全年实现地区生产总值100亿元。主要做了以下三个方面的工作：
（一）产业发展提速
1.龙头企业做大做强。新增产值亿元企业6家。
2.孵化平台加快建设。新增孵化器3家，孵化园一期入驻企业18家，二期基本完成招商。
（二）人才工作扎实推进
1.人才引进成效明显。新引进各类人才400名，首批200名人才入住50套人才公寓。
2.人才申报有序开展。共申报国家人才5名、省人才8名、市人才12名。
（三）城市功能不断完善
全年新开工房屋建筑面积80万平方米，竣工面积60万平方米。
1.路网建设提速。全年新建道路8千米。全年协议引进资金80亿元，实际引进资金50亿元。
2.出行条件改善。新增公交线路4条，优化公交线路6条。
二、2024年工作安排
2024年是园区跨越发展的关键一年。我们将强化招商引资、要素保障、作风效能等三大举措。
（一）重点工作
1.加快制造业基地建设。培育骨干企业，新引进各类人才600名，协议引进资金90亿元，实际引进资金60亿元。
2.加快软件园建设。
一是加快载体建设。建成软件大楼。
二是加快企业引进。新引进软件企业20家。
三是优化服务环境。完善公共服务平台。
3.加快创业园建设。制定科技创新、人才发展、城市建设三年行动计划。
（二）工作举措
1.强化作风效能。同志们，让我们团结一心，为建成一流园区而努力奋斗！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    """The literal report with the real model: passages are found by meaning as well as words."""
    from qa import Bot

    folder = tmp_path_factory.mktemp("places")
    report = folder / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _talk(bot, *questions: str):
    history, answers = [], []
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
        answers.append(answer)
    return answers


def test_the_place_of_an_item_named_in_the_list_named_after_it(bot):
    answer = bot.ask("讲软件园的是第几项重点工作？")
    assert (answer.kind, answer.value) == ("number", 2.0), answer.text
    assert answer.sources[0].section.endswith("2.加快软件园建设")


def test_a_count_after_a_place_counts_the_points_of_the_item_answered(bot):
    _place, count, second = _talk(bot, "讲软件园的是第几项重点工作？", "它分几点", "第二点呢")
    assert (count.kind, count.value) == ("number", 3.0), count.text
    assert second.kind == "passage" and "加快企业引进" in second.text


def test_the_heading_that_holds_an_item_and_then_its_number(bot):
    owner, number = _talk(bot, "人才申报那条属于第一部分哪个方面", "那是第几个方面")
    assert (owner.kind, owner.value) == ("number", 2.0) and "人才工作扎实推进" in owner.text, owner.text
    assert (number.kind, number.value) == ("number", 2.0), number.text


def test_the_place_of_an_item_in_the_part_named_before_the_place(bot):
    answer = bot.ask("城市功能是去年回顾的第几个方面")
    assert (answer.kind, answer.value) == ("number", 3.0), answer.text


def test_a_heading_only_above_the_unit_asked_is_no_item_of_it(bot):
    assert bot.ask("重点工作是第几点").kind != "number"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("第二部分开头怎么定位2024年", "跨越发展的关键一年"),
        ("第一部分第三个方面开头说了什么", "新开工房屋建筑面积80万平方米"),
        ("报告最后一句是什么", "为建成一流园区而努力奋斗"),
        ("报告开头说了什么", "我代表园区管委会"),
    ],
)
def test_how_a_part_opens_or_ends_is_its_first_or_last_paragraph(bot, question, said):
    answer = bot.ask(question)
    assert answer.kind == "passage" and said in answer.text, answer.text


def test_the_report_s_opening_is_cited_from_the_words_before_its_first_part(bot):
    answer = bot.ask("报告开头说了什么")
    assert answer.sources[0].section == "引言" and "出处：引言" in answer.text, answer.text


def test_the_report_s_opening_asked_after_a_part_is_still_the_report_s(bot):
    _part, opening = _talk(bot, "第一部分标题是什么", "报告开头说了什么")
    assert "我代表园区管委会" in opening.text, opening.text


def test_a_count_asked_of_a_part_s_opening_counts_its_items(bot):
    answer = bot.ask("第一部分开头说做了几个方面的工作")
    assert (answer.kind, answer.value) == ("number", 3.0), answer.text


def test_a_part_s_title_is_its_heading(bot):
    first, second = _talk(bot, "第一部分标题是什么", "第二部分呢")
    assert "2023年工作回顾" in first.text and "2024年工作安排" in second.text, (first.text, second.text)


def test_a_bare_count_after_a_list_counts_the_things_just_listed(bot):
    _listed, count = _talk(bot, "三年行动计划涵盖哪几个领域", "一共几个")
    assert (count.kind, count.value) == ("number", 3.0), count.text


def test_an_item_of_a_counted_phrase_is_named_before_what_the_report_says_of_it(bot):
    _listed, third = _talk(bot, "三大举措是哪三个", "第三个呢")
    assert third.kind == "passage" and "作风效能" in third.text, third.text
    assert "强化作风效能" in third.text  # the heading that spells it out


def test_an_average_per_thing_counted_from_the_figures_just_given(bot):
    *_given, average = _talk(bot, "去年人才公寓住了多少人", "多少套？", "平均一套住几个人")
    assert (average.kind, average.value, average.unit) == ("number", 4.0, "名"), average.text
    assert "200名 ÷ 50套" in average.text


def test_two_levels_summed_are_each_the_earlier_metric_at_that_level(bot):
    _national, summed = _talk(bot, "申报国家人才几名？", "省级和市级加起来呢")
    assert (summed.kind, summed.value) == ("number", 20.0), summed.text


def test_a_correction_naming_what_it_rejects_asks_the_new_metric_alone(bot):
    _first, corrected = _talk(bot, "去年新增公交线路几条", "不是新增，我问的是优化公交线路")
    assert (corrected.kind, corrected.value) == ("number", 6.0), corrected.text


def test_where_the_thing_just_asked_about_stands(bot):
    _asked, where = _talk(bot, "三年行动计划包括哪些领域", "这个提法出现在哪一节")
    assert where.kind == "number" and "加快创业园建设" in where.text, where.text


def test_another_phase_asked_after_a_figure_is_not_that_figure(bot):
    _first, other = _talk(bot, "一期入驻了几家企业", "二期呢？")
    said = other.text.split("原文")[0]  # what the answer says, before the sentence it quotes
    assert other.kind == "passage" and "二期基本完成招商" in said and "18" not in said, other.text


def test_a_figure_answered_for_one_year_keeps_the_talk_in_that_year(bot):
    history = [("孵化器新增了几家", bot.ask("孵化器新增了几家").text)]
    assert "3家" in history[0][1] and bot.understand("新建道路呢", history).years == (2023,)


def test_a_topic_asked_as_a_field_of_work_after_a_figure_asks_what_was_done(bot):
    _figure, field = _talk(bot, "去年新建道路多少千米", "出行方面呢")
    assert field.kind == "passage" and "公交线路" in field.text, field.text


def test_a_sum_after_a_passage_adds_the_figures_it_quotes_in_the_unit_asked(bot):
    _passage, summed = _talk(bot, "2023年公交线路方面做了什么", "加起来多少条")
    assert (summed.kind, summed.value) == ("number", 10.0), summed.text


def test_a_count_by_the_kind_of_thing_just_listed_counts_them(bot):
    _listed, count = _talk(bot, "三年行动计划包括哪些领域", "一共几个领域")
    assert (count.kind, count.value) == ("number", 3.0), count.text


def test_a_bare_count_naming_no_list_never_counts_the_report_s_parts(bot):
    answer = bot.ask("一共几个")
    assert answer.kind != "number", answer.text


def test_which_n_things_asks_the_items_of_the_counted_phrase(bot):
    answer = bot.ask("要强化哪三大举措？")
    assert answer.kind == "list" and answer.options == ("招商引资", "要素保障", "作风效能"), answer.text


def test_this_item_asked_after_an_item_is_what_that_item_says(bot):
    _item, said = _talk(bot, "重点工作第二项是什么", "这条具体讲了什么")
    assert said.kind in ("passage", "list") and "加快企业引进" in said.text, said.text


@pytest.mark.parametrize("question", ["讲软件园的是重点工作哪一项", "重点工作里讲软件园的那条排第几"])
def test_which_item_of_a_list_holds_the_words_named(bot, question):
    answer = bot.ask(question)
    assert (answer.kind, answer.value) == ("number", 2.0) and "加快软件园建设" in answer.text, answer.text


def test_a_point_named_inside_an_item_and_then_another_point(bot):
    *_before, point, other = _talk(bot, "重点工作第二项是什么", "第二项里面讲企业引进的是第几点", "优化服务环境呢")
    assert (point.kind, point.value) == ("number", 2.0), point.text
    assert (other.kind, other.value) == ("number", 3.0), other.text


def test_an_ordinal_alone_after_a_list_is_a_place_in_it(bot):
    _count, second_last = _talk(bot, "重点工作有几项", "倒数第二")
    assert second_last.kind == "passage" and "加快软件园建设" in second_last.text, second_last.text


def test_compared_with_a_year_named_after_gen_the_figure_talked_about_is_the_first(bot):
    _asked, compared = _talk(bot, "今年新引进人才目标多少", "跟去年实际比多多少")
    assert (compared.kind, compared.value) == ("number", 200.0), compared.text


def test_two_figures_summed_are_summed_again_at_another_time(bot):
    *_given, summed, again = _talk(bot, "2023年协议引进资金多少", "实际引进资金呢", "两个加起来", "今年两者加起来呢")
    assert (summed.value, summed.unit) == (130.0, "亿元"), summed.text
    assert (again.kind, again.value, again.unit) == ("number", 150.0, "亿元"), again.text
