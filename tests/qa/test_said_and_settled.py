"""Claims asked about and ties settled by the talk — a yes/no question claiming a figure answered with the report's
figure (千亿, 1000亿 said as people say them), a target named without a year taken at the plan's year, a short word
of the talk's metric, a computed answer's figures not read as a passage's, the sum of an ask-back's options after one
was chosen, a tie settled by the figures the talk quoted, a short metric kept as named, the things another clause
lists counted, 几个亿 as an amount, the items a colon opens and one picked from them, 举几个 as a list asked — on a
literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年政府工作报告
（2024年1月10日）
一、2023年工作回顾
（一）经济运行
全年实现地区生产总值150亿元，同比增长10%；实现技工贸总收入600亿元，同比增长20%；实现服务业总收入300亿元，同比增长25%。全区实现工业总产值280亿元，同比增长8%，万元工业增加值综合能耗下降5%。
（二）招商与创业
新认定高新技术企业14家，累计达76家。全年协议引进内外资总额90亿元，实际引进内外资总额66亿元。为创业企业获得融资贷款5000万元、风险投资6000万元。
（三）城市建设
全年新开工安置房40万平方米，新开工工业项目5个。全年新开工房屋建筑面积110万平方米，竣工面积95万平方米。
二、2024年工作安排
（一）主要目标
实现地区生产总值170亿元，同比增长13%；技工贸总收入700亿元；服务业总收入390亿元；全区全年实现工业总产值310亿元。协议引进内外资总额80亿元，实际引进内外资总额70亿元。新开工房屋建筑面积120万平方米，竣工100万平方米。确保完成房屋拆迁面积15万平方米，力争完成20万平方米。
（二）重点工作
加快拆迁工作步伐，新启动东庄、西庄两个成片村拆迁，基本完成李家、王家、张村、马桥等村的拆迁。
（三）工作举措
为全面完成2024年各项工作任务，重点采取以下三个方面的工作举措：
1、强化招商引资。把招商引资摆在突出位置，完善招商考核激励机制。
2、强化要素保障。统筹调配土地、资金等要素资源。
3、强化作风建设。深入开展效能建设，提高办事效率。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("said_and_settled")
    report = folder / "newarea_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


@pytest.mark.parametrize("question", ["去年技工贸总收入是不是已经破千亿了？", "去年技工贸总收入是不是超过1000亿了？"])
def test_a_claim_asked_about_is_answered_with_the_reports_figure(bot, question):
    query = bot.understand(question)
    (claim,) = query.claims
    assert (claim.asked, claim.figure.value, claim.figure.unit, claim.figure.bound) == (True, 1000, "亿元", "above")
    assert "破" not in query.metric and "千亿" not in query.metric and "1000" not in query.metric
    answer = bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", 600, "亿元"), answer.text
    assert answer.text.startswith("不是"), answer.text


def test_a_claim_taken_for_granted_is_corrected_not_answered(bot):
    answer = bot.ask("为什么2023年技工贸总收入达到1000亿元？")
    assert answer.kind == "none" and "600亿元" in answer.text, answer.text


def test_the_talk_after_a_claim_keeps_the_metric_without_the_claim(bot):
    *_, growth = talk(bot, "去年技工贸总收入是不是已经破千亿了？", "同比涨了多少？")
    assert (growth.value, growth.unit) == (20, "%"), growth.text


def test_a_target_named_without_a_year_is_the_plans_against_last_years_result(bot):
    *_, points = talk(bot, "去年地区生产总值多少？", "目标增速比去年实际增速高了几个点？")
    assert (points.value, points.unit) == (3, "个百分点"), points.text


def test_a_word_of_the_talks_metric_names_that_metric(bot):
    *_, more = talk(bot, "去年技工贸总收入多少？", "今年要比去年多做多少收入？")
    assert (more.value, more.unit) == (100, "亿元"), more.text


def test_a_computed_answer_is_no_passage_whose_figures_a_follow_up_picks_from(bot):
    *_, more, growth = talk(
        bot, "技工贸总收入今年目标比去年多多少？", "服务业总收入呢？", "那服务业的目标增速大概多少？"
    )
    assert more.value == 90, more.text
    assert (growth.kind, growth.unit) == ("number", "%"), growth.text
    assert growth.value == pytest.approx(30), growth.text  # (390 − 300) ÷ 300, not last year's 25 %


def test_two_targets_compared_in_a_talk_of_two_years_are_both_the_plans(bot):
    *_, share = talk(bot, "技工贸总收入今年目标比去年多多少？", "服务业目标占技工贸总收入目标的比例是多少？")
    assert share.unit == "%" and share.value == pytest.approx(55.7, abs=0.05), share.text


def test_the_options_of_an_ask_back_add_up_after_one_was_chosen(bot):
    asked, chosen, total = talk(bot, "去年帮创业企业融到了多少钱？", "风投那块", "加起来一共多少？")
    assert (asked.kind, chosen.value) == ("clarify", 6000), chosen.text
    assert (total.value, total.unit) == (11000, "万元"), total.text


def test_a_tie_is_settled_by_the_figures_the_talk_quoted(bot):
    *_, apart = talk(bot, "去年新开工房屋面积多少？", "竣工呢？", "开工比竣工多多少？")
    assert (apart.value, apart.unit) == (15, "万平方米"), apart.text
    query = bot.understand(
        "开工比竣工多多少？", [("去年新开工房屋面积多少？", "x"), ("竣工呢？", "2023年竣工面积：95万平方米。")]
    )
    assert query.talked[-1] == "2023年竣工面积：95万平方米。"


def test_a_short_metric_keeps_its_own_name_when_it_names_figures_alone(bot):
    more = bot.ask("去年服务业比工业多多少？")
    assert (more.value, more.unit) == (20, "亿元"), more.text


def test_a_count_of_what_another_clause_lists_counts_those_things(bot):
    query = bot.understand("要基本完成拆迁的村有几个？")
    assert query.aspect == "count"
    answer = bot.ask("要基本完成拆迁的村有几个？")
    assert (answer.kind, answer.value) == ("number", 4), answer.text
    assert "马桥" in answer.text, answer.text


def test_some_hundred_millions_asked_is_an_amount_not_a_count(bot):
    query = bot.understand("比去年实际到位的多了几个亿？")
    assert (query.aspect, query.unit) == ("value", "亿元") and "亿" not in query.metric
    *_, more = talk(bot, "今年实际引进的目标是多少？", "比去年实际到位的多了几个亿？")
    assert (more.value, more.unit) == (4, "亿元"), more.text


def test_a_question_asking_what_grounds_a_claim_takes_it_for_granted(bot):
    answer = bot.ask("报告里2024年地区生产总值目标定为200亿元，依据是什么")
    assert not any(c.asked for c in bot.understand("报告里2024年地区生产总值目标定为200亿元，依据是什么").claims)
    assert answer.kind != "number", answer.text


def test_the_headings_a_sentences_colon_opens_are_its_counted_items(bot):
    listed = bot.ask("三个方面的工作举措分别是什么？")
    assert listed.kind == "list" and len(listed.options) == 3, listed.text
    assert listed.options[1] == "强化要素保障", listed.text


def test_an_item_picked_inside_a_counted_phrase_is_that_item(bot):
    position = bot.understand("三个方面工作举措里第二条讲的什么？").position
    assert (position.counted_number, position.pick) == (3, 2)
    assert "强化要素保障" in bot.ask("三个方面工作举措里第二条讲的什么？").text


def test_giving_a_few_asks_for_the_things_not_their_number(bot):
    assert bot.understand("举几个重点工作举措").wants != "figure"


def test_a_plans_rise_is_its_target_less_last_years_result(bot):
    rise = bot.ask("工业总产值计划增加多少？")
    assert (rise.value, rise.unit) == (30, "亿元"), rise.text


def test_what_kind_after_a_figure_is_answered_from_the_figures_sentence(bot):
    *_, kinds = talk(bot, "去年帮创业企业风险投资多少？", "都是什么类型的？")
    assert kinds.kind == "passage" and "风险投资6000万元" in kinds.text, kinds.text


def test_an_option_chosen_by_a_word_of_its_own_name_is_that_option(bot):
    asked, chosen, other = talk(bot, "今年房屋面积的目标是多少？", "开工的", "那竣工呢？")
    assert asked.kind == "clarify", asked.text
    assert (chosen.value, other.value) == (120, 100), (chosen.text, other.text)


def test_a_count_pointing_at_the_item_just_quoted_is_not_a_count_of_the_reports_parts(bot):
    *_, count = talk(bot, "重点工作里拆迁怎么安排的？", "这一项一共列了几个方面？")
    assert "2023年工作回顾" not in count.text, count.text


@pytest.mark.parametrize("question", ["去年房子盖了多少面积？", "2023年房屋建了多少平方米？"])
def test_a_frame_said_in_everyday_words_or_by_its_unit_offers_both_figures_sharing_it(bot, question):
    answer = bot.ask(question)
    assert answer.kind == "clarify", answer.text
    assert any("110" in o for o in answer.options) and any("95" in o for o in answer.options), answer.options


def test_the_total_asked_after_an_addition_is_the_running_total(bot):
    *_, total = talk(bot, "去年新认定了多少家高新技术企业？", "不对，我想问的是总共有多少家。")
    assert (total.value, total.unit) == (76, "家"), total.text


def test_the_top_of_the_figures_just_given_is_one_of_them(bot):
    *_, top = talk(bot, "去年地区生产总值增速多少？", "技工贸总收入呢？", "服务业呢？", "这三个里增速最高的是多少？")
    assert (top.kind, top.value, top.unit) == ("number", 25, "%"), top.text


def test_a_figure_the_question_states_settles_which_option_it_means(bot):
    stated = bot.ask("今年要拆15万平方米是吧？")
    assert (stated.kind, stated.value) == ("number", 15), stated.text
    assert bot.ask("今年房屋拆迁面积目标是多少？").kind == "clarify"


def test_a_correction_is_not_settled_by_the_sentence_it_corrects(bot):
    *_, corrected = talk(bot, "去年新开工工业项目几个？", "不对，我是问高新技术企业")
    assert "高新技术企业" in corrected.text and corrected.value != 5, corrected.text
