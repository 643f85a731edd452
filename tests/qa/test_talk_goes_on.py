"""How a conversation goes on from a figure or a passage — a growth asked after a difference over two years, 实际
alone naming the counterpart figure, 这个倍数 redoing a computation at the plan, a multiple answered in 倍, sides set
apart by their years keeping their own metric, a figure of a thing pointed at, a frame said in other words, a
yes/no question claiming a bound, the things a passage lists counted, a figure's own name after a share, 翻倍 as a
growth, the text's own 一是、二是 as points, 正文 as the report, everyday words and abbreviations, a catalogue field
asked with 谁 — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """发布机构: 区政府办公室
成文日期: 2024-01-12
某高新区2024年工作报告
（2024年1月12日）
各位代表：
一、2023年工作回顾
（一）经济发展稳中有进
1.主要指标。全年实现地区生产总值150亿元，同比增长10%；实现技工贸总收入600亿元，同比增长20%；实现服务业总收入300亿元，同比增长30%，其中软件与互联网营业收入突破12亿元，同比增长98%。全区实现工业总产值280亿元，同比增长8%。获专利授权640件，其中发明专利75件。
2.招商引资。全年协议引进内外资总额90亿元，实际引进内外资总额66亿元。已形成由30余家企业组成的上市培育梯队。
3.城市建设。全年新开工房屋建筑面积110万平方米，竣工面积95万平方米。全年完成拆迁面积40万平方米。
4.重大项目。总投资约25亿元的东湖智慧物流园开工建设。成功实现东湖集团、西湖集团、南湖集团等3个海外并购案，其中东湖集团收购德国某电子公司入选2023年中国民企并购十大案例。
5.创新平台。扎实推进国家知识产权试点园区工作，为考核验收奠定坚实基础。申报各类科技计划项目250项。
（二）社会事业全面进步
新启动东庄、西庄的整村拆迁，基本完成李家、王家、张村、马桥等村的拆迁。
二、2024年工作安排
2024年，我们将着力推进产业基地建设、园区品牌提升、新城建设等八项工作。
（一）主要目标
1、经济指标。实现地区生产总值170亿元，同比增长13%；技工贸总收入700亿元；服务业总收入390亿元；全区全年实现工业总产值310亿元。
2、招商指标。协议引进内外资总额80亿元，实际引进内外资总额70亿元。
3、创新指标。申报科技计划200项以上，顺利通过国家知识产权试点园区评估验收。
4、建设指标。确保完成房屋拆迁面积15万平方米，力争完成20万平方米；新开工房屋建筑面积120万平方米，竣工100万平方米。
（二）重点工作
1、加快产业基地建设。一是加快制造业基地建设，加快推进南山智能装备产业园建设。二是加快服务业基地建设，新引进机构5家。
2、加快科技园区建设。一是加快园区建设，建成科研楼3幢。二是加快机构集聚，引进研发机构12家。
3、加强社会保障。扩大社会保险覆盖面，重点做好灵活就业人员、农民工的参保工作。
同志们，让我们团结一心，奋力开创高新区发展新局面！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("goes_on")
    report = folder / "hightech_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_growth_asked_after_a_difference_over_two_years_is_the_rise_in_percent(bot):
    *_, more, rise = talk(bot, "2024年工业总产值目标多少？", "比2023年多多少亿？", "换算成增速呢？")
    assert (more.value, rise.kind, rise.unit) == (30, "number", "%"), rise.text
    assert rise.value == pytest.approx(10.7, abs=0.05), rise.text
    query = bot.understand("换算成增速呢？", [("2024年工业总产值目标多少？", ""), ("比2023年多多少亿？", more.text)])
    assert (query.operation, len(query.parts)) == ("change", 2)
    assert query.text == "2024年工业总产值目标比2023年增长百分之多少？"


def test_the_plans_own_growth_named_after_a_difference_is_the_growth_stated(bot):
    growth = talk(bot, "2024年地区生产总值目标比2023年多多少", "目标增速")[-1]
    assert (growth.value, growth.unit) == (13, "%"), growth.text


def test_actual_alone_names_the_counterpart_of_the_figure_talked_of(bot):
    *_, signed, actual = talk(bot, "2024年协议引进内外资目标", "跟2023年比少了多少？", "实际的呢？跟2023年比多多少？")
    assert (signed.value, actual.kind) == (10, "number"), signed.text
    assert actual.value == pytest.approx(4), actual.text
    assert talk(bot, "2024年协议引进内外资目标", "实际的呢")[-1].value == 70


def test_this_multiple_asked_again_at_the_plan_redoes_the_computation(bot):
    *_, times, planned = talk(bot, "2023年技工贸总收入", "技工贸是GDP的几倍？", "2024年按目标算这个倍数呢？")
    assert (times.value, times.unit) == (4, "倍"), times.text
    assert (planned.unit, round(planned.value, 2)) == ("倍", round(700 / 170, 2)), planned.text


def test_sides_set_apart_by_their_years_keep_their_own_metric(bot):
    last = talk(
        bot, "今年新开工房屋建筑面积目标比去年多多少？", "竣工呢？", "今年拆迁确保目标比去年实际完成少了多少？"
    )[-1]
    assert (last.kind, last.value) == ("number", 25), last.text


def test_a_figure_of_a_thing_pointed_at_comes_from_where_it_is_named(bot):
    found = talk(bot, "东湖智慧物流园是什么情况", "这个项目投资多少？")[-1]
    assert (found.kind, found.value) == ("number", 25), found.text
    refused = talk(bot, "南山智能装备产业园是什么项目", "这个项目投资多少？")[-1]
    assert refused.kind == "none", refused.text


def test_a_frame_said_in_other_words_offers_the_figures_sharing_it(bot):
    asked = talk(bot, "去年新开工的房屋面积多少？", "竣工呢？", "今年房屋建设的面积目标是多少？")[-1]
    assert asked.kind == "clarify", asked.text
    assert "新开工房屋建筑面积" in asked.text and "竣工" in asked.text, asked.text


def test_a_yes_no_question_claiming_a_bound_is_answered_with_the_figure(bot):
    above = bot.ask("去年专利授权是不是超过600件了？")
    assert (above.kind, above.value) == ("number", 640), above.text
    wrong = bot.ask("去年专利授权是不是超过700件了？")
    assert wrong.kind in ("number", "none") and "640" in wrong.text, wrong.text
    assert bot.understand("去年专利授权是不是超过600件了？").metric == "专利授权"
    passed = talk(bot, "2024年GDP目标是多少", "那2024年目标过160亿没有？")[-1]
    assert (passed.kind, passed.value) == ("number", 170), passed.text


def test_the_things_a_passage_lists_are_counted(bot):
    listed, counted = talk(bot, "去年基本完成拆迁的村有哪些？", "一共几个村？")
    assert listed.kind == "passage", listed.text
    assert (counted.kind, counted.value) == ("number", 4), counted.text
    assert "李家、王家、张村、马桥" in counted.text, counted.text


def test_a_figures_own_name_after_a_share_is_no_short_name(bot):
    *_, share, target = talk(
        bot, "2023年服务业总收入", "服务业收入占技工贸总收入的比例大概多少？", "2024年服务业总收入目标呢？"
    )
    assert share.value == pytest.approx(50), share.text
    assert (target.value, target.unit) == (390, "亿元"), target.text


def test_doubled_asks_a_growth(bot):
    doubled = talk(bot, "软件和互联网那块收入有多少？", "翻倍了吗？")[-1]
    assert (doubled.value, doubled.unit) == (98, "%"), doubled.text


def test_the_texts_own_numbering_and_the_body_of_the_report(bot):
    counted = bot.ask("重点工作第二条下面有几个“一是、二是”？")
    assert (counted.kind, counted.value) == ("number", 2), counted.text
    first = bot.ask("重点工作第一条里“一是”讲什么？")
    assert "加快制造业基地建设" in first.text, first.text
    parts = bot.ask("报告正文分几大部分？")
    assert (parts.kind, parts.value) == ("number", 2), parts.text


def test_an_everyday_word_for_the_reports_term(bot):
    reserve = bot.ask("上市后备的企业大概有多少家？")
    assert (reserve.kind, reserve.value) == ("number", 30), reserve.text


def test_an_addition_asked_after_a_passage_is_no_count_of_its_names(bot):
    asked = talk(bot, "去年基本完成拆迁的村有哪些？", "具体新增几个村？")[-1]
    assert asked.kind != "number" or asked.value != 4, asked.text


def test_a_count_the_text_states_after_a_run_is_the_count(bot):
    counted = talk(bot, "2024年要着力推进哪些工作？", "一共几项？")[-1]
    assert (counted.kind, counted.value) == ("number", 8), counted.text


def test_notable_and_social_insurance_said_in_everyday_words(bot):
    notable = talk(bot, "去年海外并购做成了几单？", "最有名的是哪个案子？")[-1]
    assert notable.kind == "passage" and "十大案例" in notable.text, notable.text
    insured = bot.ask("今年社保重点盯哪些人？")
    assert insured.kind == "passage" and "农民工" in insured.text, insured.text


def test_a_catalogue_field_asked_with_who_is_the_field(bot):
    field = bot.ask("发布机构是谁？")
    assert field.kind == "passage" and "区政府办公室" in field.text, field.text


def test_a_multiple_of_last_year_and_less_reported(bot):
    times = bot.ask("GDP目标是去年的多少倍？")
    assert (times.kind, times.unit, round(times.value, 2)) == ("number", "倍", round(170 / 150, 2)), times.text
    fewer = talk(bot, "今年申报计划定了多少？", "比去年少报多少？")[-1]
    assert (fewer.kind, abs(fewer.value)) == ("number", 50), fewer.text


def test_a_yes_no_question_with_a_colloquial_verb_is_answered_with_the_figure(bot):
    reached = talk(bot, "去年技工贸总收入是多少", "今年是不是要冲七百亿？")[-1]
    assert (reached.kind, reached.value) == ("number", 700), reached.text
