"""Ask-backs quoting the report, targets asked without 多少, counts of things a sentence lists, slogans never
spelled out, an item of a colon list — on a literal report of our own."""

from pathlib import Path

import pytest

REPORT = """某园区2024年工作报告
一、2023年工作回顾
（一）创新能力持续增强,平台建设成效明显
园区获得了一系列国家级荣誉，被人才工作小组授予国家级人才创新基地，被科技部批准为首批科技金融试点单位，研发园被科技部批准为首批科技服务试点单位，为园区发展奠定了坚实基础。
1.专利工作成效明显。全年获专利授权600件，其中发明专利90件。成功培育国家火炬计划重点企业3家。
2.人才工作扎实推进。新引进各类人才500名。全面推进“两区一城”建设。
3.招商引资成效明显。全年协议引进资金80亿元，实际引进资金50亿元。总部一期9个项目全面竣工，总部二期基本完成招商。完成固定资产投资50亿元。实现技工贸总收入800亿元,同比增长25%。成功举办第十届创业大赛。成功实现3个海外并购案，其中星河收购德国明德公司入选全国民企并购十大案例。
（二）城市功能不断完善,民生保障有力
1.路网建设提速。全年新建道路8千米。新开工房屋建筑面积90万平方米，竣工面积70万平方米。安置房建设加快，全年新开工安置房30万平方米。
2.出行条件改善。新增公交线路4条。对中心区2平方公里预留地规划进行了整体调整。
在肯定成绩的同时，我们也清醒地看到还存在一些不足：创新能力总体上还不够强；产业的集聚水平还不够高，龙头企业的引进力度还需加大；干部队伍的服务水平还有待提高。
二、2024年工作安排
（一）加快产业发展。新引进各类人才600名，授权专利突破800件。研究“智慧大厦”建设方案并推动招商，引进5家以上有重大支撑力的大项目落户。加快文化创意、检测认证、总部基地等现代服务业基地建设，大力培育科技型服务业，引进注册资本1000万元以上现代服务业项目12家以上。
（二）加快城市建设。新建道路10千米。紧紧围绕“22行动计划”确立的两大任务，制定科技创新、产业升级、城市更新三年提升行动计划。
（三）加大招商力度。协议引进资金90亿元，实际引进资金60亿元。新引进软件企业40家以上，其中具有行业品牌影响力的企业2家以上，注册资本1000万元以上的企业5家以上。
（四）壮大产业规模。全年实现工业总产值300亿元。完成全社会固定资产投资55亿元。技工贸总收入1000亿元,同比增长20%。引进10家以上核心伙伴企业,10家以上大型物流企业。引进现代服务业项目10家以上，全年实现服务业总收入400亿元。
"""


@pytest.fixture
def bot(tmp_path: Path, fake_encoder):
    from qa import Bot

    report = tmp_path / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=tmp_path / "index", encoder=fake_encoder, say=lambda _m: None)


def test_an_ask_back_quotes_each_option_as_the_report_writes_it(bot):
    answer = bot.ask("去年招商引资资金是多少？")
    assert answer.kind == "clarify", answer.text
    for option, source in zip(answer.options, answer.sources, strict=True):
        line = next(line for line in answer.text.splitlines() if option in line)
        clause = line.split("原文：", 1)[1].rstrip("）")
        assert clause in source.text and clause in REPORT, line  # the clause of its sentence, word for word
        assert "，" not in clause and "。" not in clause


def test_a_target_asked_without_how_much_is_a_figure_question(bot):
    answer = bot.ask("今年授权专利的目标？")
    assert answer.kind == "number" and answer.value == 800, answer.text


def test_a_target_word_inside_a_result_name_asks_the_result(bot):
    answer = bot.ask("国家火炬计划重点企业培育了几家？")
    assert answer.kind == "number" and answer.value == 3, answer.text


def test_a_character_narrowing_the_word_after_it_is_kept_with_it(bot):
    answer = bot.ask("大项目要引进多少个？")
    assert answer.kind == "number" and answer.value == 5, answer.text


def test_a_measure_said_by_the_unit_meets_the_noun_asked(bot):
    # 新开工安置房30万平方米 is a 新开工面积 as much as 新开工房屋建筑面积90万平方米; 竣工面积 is not one
    answer = bot.ask("去年新开工面积是多少？")
    assert answer.kind == "clarify", answer.text
    assert "90万平方米" in answer.text and "30万平方米" in answer.text and "70万平方米" not in answer.text


def test_a_difference_of_measures_takes_the_figures_written_together(bot):
    answer = bot.ask("去年新开工面积比竣工面积多多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (20, "万平方米"), answer.text


def test_a_unit_alone_does_not_name_what_is_asked(bot):
    assert bot.ask("总规划面积多少平方公里？").kind == "none"


def test_a_count_of_things_a_sentence_lists_before_their_name_is_the_list_not_a_loose_figure(bot):
    answer = bot.ask("三年提升行动计划有几个？")
    assert answer.kind == "number" and answer.value == 3, answer.text
    assert all(item in REPORT for item in answer.options)
    assert answer.options[0] == "科技创新"  # 制定 opens the run, it is no part of the first item
    things = bot.ask("三年提升行动计划涉及几个领域？")  # 领域 is no unit of the report's lists
    assert things.kind == "number" and things.options == answer.options, things.text


def test_a_slogan_never_spelled_out_is_said_so_with_its_sentence(bot):
    answer = bot.ask("“两区一城”具体指哪两区一城？")
    assert answer.kind == "none" and "“两区一城”" in answer.sources[0].text, answer.text


def test_an_item_of_a_colon_list_is_quoted_when_the_question_names_its_words(bot):
    answer = bot.ask("产业方面存在什么不足？")
    assert answer.kind == "passage" and "产业的集聚水平" in answer.text, answer.text


def test_a_list_shows_two_clause_headings_whole(bot):
    answer = bot.ask("2023年工作回顾分几个方面？")
    assert answer.kind == "number" and answer.value == 2, answer.text
    assert "创新能力持续增强,平台建设成效明显" in answer.options


def test_a_count_under_an_item_said_with_xia(bot):
    answer = bot.ask("工作回顾第一个方面下有几条？")
    assert answer.kind == "number" and answer.value == 3, answer.text


def _talk(bot, *questions):
    history = []
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
    return answer


def test_a_phrase_ending_in_de_after_a_count_asks_which_of_those(bot):
    answer = _talk(bot, "今年要引进多少软件企业？", "有行业品牌影响力的？")
    assert answer.kind == "number" and answer.value == 2, answer.text


def test_a_new_metric_in_a_follow_up_keeps_the_measure_of_the_figure_before(bot):
    answer = _talk(bot, "今年工业总产值目标是多少？", "服务业呢？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (400, "亿元"), answer.text


def test_a_count_after_a_passage_is_the_figure_the_passage_quoted(bot):
    answer = _talk(bot, "总部一期去年怎么样了？", "几个项目？")
    assert answer.kind == "number" and answer.value == 9, answer.text


def test_a_year_compared_takes_its_figure_worded_apart(bot):
    # 2024 writes 全社会固定资产投资, 2023 固定资产投资: the one figure of 2023 whose name the other holds
    answer = _talk(bot, "今年全社会固定资产投资目标是多少？", "比去年多多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (5, "亿元"), answer.text


def test_money_asked_after_a_passage_quoting_no_money_is_not_answered_from_it(bot):
    answer = _talk(bot, "哪个并购入选了全国民企并购十大案例？", "收购花了多少钱？")
    assert answer.kind == "none", answer.text


def test_things_listed_after_the_clause_naming_them_are_counted_and_listed_again(bot):
    answer = _talk(bot, "去年获得的国家级荣誉一共几项？")
    assert answer.kind == "number" and answer.value == 3, answer.text
    for again in ("都列出来", "分别是？"):
        listed = _talk(bot, "去年获得的国家级荣誉一共几项？", again)
        assert listed.kind == "list" and listed.options == answer.options, listed.text
    assert all(item in REPORT for item in answer.options)


def test_a_comparison_with_last_year_after_a_growth_compares_the_growths(bot):
    answer = _talk(bot, "今年技工贸增速目标", "比去年低多少个百分点？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (5, "个百分点"), answer.text


def test_two_figures_of_one_sentence_with_one_value_are_both_added(bot):
    answer = _talk(bot, "今年要引进多少核心伙伴企业？", "大型物流企业呢", "加起来至少多少家")
    assert answer.kind == "number" and answer.value == 20, answer.text


def test_a_place_in_a_series_counts_nothing(bot):
    assert bot.ask("去年大赛一共有多少个参赛项目？").kind != "number"
    assert bot.ask("创业大赛办到第几届了？").value == 10


def test_a_year_compared_after_an_option_chosen_compares_the_option(bot):
    answer = _talk(bot, "今年引进资金目标多少？", "第一个", "比去年的协议资金多了多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (10, "亿元"), answer.text


def test_a_name_the_next_figure_takes_up_asked_without_what_sets_it_apart_offers_both(bot):
    # 新开工房屋建筑面积90万平方米，竣工面积70万平方米: 竣工面积 is a 房屋建筑面积 too
    answer = bot.ask("去年房屋建筑面积是多少？")
    assert answer.kind == "clarify" and "90万平方米" in answer.text and "70万平方米" in answer.text, answer.text
    started = bot.ask("去年新开工房屋建筑面积是多少？")
    assert started.kind == "number" and started.value == 90, started.text


def test_what_was_actually_done_in_a_year_the_report_only_plans_is_not_its_target(real_bot):
    answer = real_bot.ask("2012年GDP实际完成多少")
    assert answer.kind == "none" and answer.value is None and "目标" in answer.text, answer.text


def test_the_end_of_a_plan_period_the_report_does_not_reach_is_a_year_it_does_not_cover(real_bot):
    answer = real_bot.ask("“十二五”末高新区GDP要达到多少?")
    assert answer.kind == "none" and "2015" in answer.text, answer.text


def test_compared_with_the_year_just_asked_the_two_figures_given_are_compared(real_bot):
    history: list[tuple[str, str]] = []
    for question in ("2012年GDP目标是多少？", "那2011年呢？"):
        history.append((question, real_bot.ask(question, history).text))
    answer = real_bot.ask("比去年多多少？", history)
    assert (answer.kind, answer.value, answer.unit) == ("number", 40.0, "亿元"), answer.text


def test_a_count_of_things_the_report_names_with_a_verb_before_it_counts_those_things(real_bot):
    answer = real_bot.ask("报告指出了几方面不足？")
    assert (answer.kind, answer.value) == ("number", 3.0), answer.text
    assert (real_bot.ask("报告讲了几个方面").value) == 2.0  # the report's own parts
