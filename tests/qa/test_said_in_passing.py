"""How people put things in passing — a question correcting itself, a year said twice or from a point of view,
the items of a list about a word, points of a list asked by their 一二三, a count in points, the report's closing
call, a short name of one figure compared, a genre abbreviation ending in 额, a rate asked as 多投了百分之几, a thing
the report gives for another year only, a bare name after figures, a titled set that counts nothing, 第一期 as 首期,
wonder beside how much, a figure measuring another thing of the one asked, follow-ups naming one side of a
comparison or 实际 of another figure, yes/no questions about a figure's size, a level rejected for another — on a
literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某开发区2024年工作报告
（2024年1月10日）
各位代表：
一、2023年工作回顾
（一）经济运行平稳向好
1.主要指标。全年实现地区生产总值108亿元，同比增长12%。万元工业增加值综合能耗下降6%。完成固定资产投资50亿元，同比增长8%。全年协议引进内外资总额60亿元，实际引进内外资总额45亿元。
2.土地保障有力。全年完成土地农转用报批500亩，完成供地800亩。全年新开工安置房30万平方米。全年新开工房屋建筑面积90万平方米，竣工面积70万平方米。
3.基金设立。推动设立总规模50亿元、首期投资10亿元的产业基金。
4.人才申报。共申报国家人才8名、省人才15名、海外高端创新创业团队6个。东方电子收购案入选2023年全国制造业并购十大案例。
（二）存在的不足
在肯定成绩的同时，我们也认识到工作中还存在一些不足：创新能力还不够强；产业集聚度还不高；服务效率还有待提高。
二、2024年工作安排
（一）主要目标
1、经济指标。实现地区生产总值120亿元，同比增长10%。新开工房屋建筑面积80万平方米。力争全年交通领域投资额达到40亿元。
2、招商指标。协议引进内外资总额70亿元，实际引进内外资总额50亿元。
（二）重点工作
1、加快产业基地建设。一是加快制造业基地建设，新引进项目10个。二是加快服务业基地建设，新引进机构5家。三是加快物流基地建设，建成仓储面积20万平方米。
2、进一步提升科技园品牌。一是加快园区建设，建成科研楼3幢。二是加快机构集聚，引进研发机构12家。
3、进一步做响软件园品牌。一是引进品牌企业，新引进软件企业30家。二是培育本土企业，新增规模企业4家。
4、加强人才支撑。一是引进高层次人才，引进各类人才800名。二是完善人才服务，建设人才公寓200套。
同志们，让我们团结一心，奋力开创开发区发展新局面！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("passing")
    report = folder / "devzone_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_question_correcting_itself_keeps_what_it_says_last(bot):
    assert bot.understand("明年……哦不，2024年GDP要到多少？").time.years == (2024,)
    planned = bot.ask("明年……哦不，2024年GDP要到多少？")
    assert (planned.kind, planned.value) == ("number", 120), planned.text


def test_a_year_said_twice_or_from_a_point_of_view_is_the_explicit_one(bot):
    assert bot.understand("明年（2024年）GDP目标多少？").time.years == (2024,)
    assert bot.understand("站在2023年底看，明年也就是2024年，GDP准备做到多少？").time.years == (2024,)
    assert bot.understand("2024年比去年多多少").time.years == (2024, 2023)  # a comparison keeps both
    assert bot.understand("那次年，也就是2025年的GDP目标呢？").time.years == (2025,)
    planned = bot.ask("站在2023年底看，明年也就是2024年，GDP准备做到多少？")
    assert (planned.kind, planned.value) == ("number", 120), planned.text


def test_the_items_of_a_list_about_a_word_and_their_count(bot):
    query = bot.understand("重点工作里讲品牌的有哪几条")
    assert query.position is not None and (query.position.ask, query.position.item) == ("every", "品牌")
    listed, counted = talk(bot, "重点工作里讲品牌的有哪几条", "几条？")
    assert listed.kind == "list" and listed.options == ("进一步提升科技园品牌", "进一步做响软件园品牌"), listed.text
    assert (counted.kind, counted.value) == ("number", 2), counted.text


def test_points_asked_by_their_numerals_and_counted_in_points(bot):
    listed = bot.ask("加快产业基地建设那条里，一二三分别讲什么")
    assert listed.kind == "list" and len(listed.options) == 3, listed.text
    first, third = talk(bot, "重点工作第一条下面的一是是什么", "三是呢")
    assert "加快制造业基地建设" in first.text and "加快物流基地建设" in third.text, (first.text, third.text)
    shortcomings = bot.ask("报告里提到几点不足？")
    assert (shortcomings.kind, shortcomings.value) == ("number", 3), shortcomings.text
    assert bot.understand("计划增长几个点").wants == "figure"  # percentage points: a figure first, no list


def test_the_closing_call_is_the_last_line_of_the_report(bot):
    closing = bot.ask("报告最后号召大家做什么")
    assert closing.kind == "passage" and "团结一心" in closing.text, closing.text


def test_short_names_and_abbreviations_of_figures_compared(bot):
    more = bot.ask("供地比农转用报批多出多少")  # 供地 names one figure: it is not completed with 报批
    assert (more.kind, more.value, more.unit) == ("number", 300, "亩"), more.text
    share = bot.ask("2023年实际到位占协议额多少比例")  # 协议额 keeps its 额: the genre's word for 协议引进内外资
    assert (share.kind, share.value) == ("number", 75), share.text


def test_a_rate_asked_as_more_spent_is_the_stated_growth(bot):
    rate = bot.ask("去年固定资产投资比前一年多投了百分之几")
    assert (rate.kind, rate.value, rate.unit) == ("number", 8, "%"), rate.text


def test_a_thing_the_report_gives_for_another_year_only_is_refused(bot):
    missing = bot.ask("2024年新开工安置房面积是多少？")
    assert missing.kind == "none" and missing.value is None and "30万平方米" in missing.text, missing.text


def test_a_bare_name_after_figures_asks_its_figure(bot):
    *_, teams = talk(bot, "去年申报国家人才几名？", "省里的呢", "海外高端创新创业团队？")
    assert (teams.kind, teams.value, teams.unit) == ("number", 6, "个"), teams.text


def test_a_titled_set_counts_nothing(bot):
    refused = bot.ask("入选了多少个案例？")
    assert refused.kind == "none" and refused.value is None, refused.text


def test_a_first_phase_said_as_di_yi_qi(bot):
    first = bot.ask("产业基金第一期投资多少？")
    assert (first.kind, first.value) == ("number", 10), first.text


def test_wonder_beside_how_much_asks_the_figure(bot):
    *_, rate = talk(bot, "去年GDP是多少", "增速怎么这么高，多少来着")
    assert (rate.kind, rate.value) == ("number", 12), rate.text
    assert bot.understand("GDP增速怎么这么高？").wants == "passage"  # alone, it asks why


def test_a_figure_measuring_another_thing_of_the_one_asked_answers_nothing(bot):
    refused = bot.ask("2023年工业增加值比上一年增长了多少？")  # 综合能耗 of 工业增加值 is another measure
    assert refused.kind == "none" and refused.value is None, refused.text
    energy = bot.ask("2023年万元工业增加值综合能耗下降多少")
    assert (energy.kind, energy.value) == ("number", 6), energy.text
    planned = bot.ask("2024年交通领域投资力争达到多少？")  # 额 of 投资额 is the same measure
    assert (planned.kind, planned.value) == ("number", 40), planned.text


def test_a_follow_up_names_one_side_of_the_comparison_or_another_figure(bot):
    *_, planned = talk(bot, "2023年新开工房屋建筑面积比竣工多出多少？", "今年新开工的目标？")
    assert (planned.kind, planned.value) == ("number", 80), planned.text
    *_, actual = talk(bot, "2024年协议引进内外资总额目标多少？", "那实际引进的目标比去年多多少？")
    assert (actual.kind, actual.value) == ("number", 5), actual.text  # 50 − 45, not the 协议 figures


def test_a_yes_no_question_about_a_figures_size_is_answered_with_it(bot):
    over = bot.ask("2023年GDP有没有过百亿？")
    assert (over.kind, over.value) == ("number", 108), over.text
    rate = bot.ask("2024年GDP增速才定了10%？")
    assert (rate.kind, rate.value, rate.unit) == ("number", 10, "%"), rate.text


def test_a_level_rejected_for_another(bot):
    *_, provincial = talk(bot, "去年申报国家级人才多少名？", "不是国家的，我问省里的")
    assert (provincial.kind, provincial.value) == ("number", 15), provincial.text
    assert bot.understand("我问一下，2023年GDP多少").lean.correction is False  # 我问一下 corrects nothing


def test_everyday_words_for_growth_and_arrivals(bot):
    fast = bot.ask("去年GDP长得多快？")
    assert (fast.kind, fast.value) == ("number", 12), fast.text


def test_chatty_openings_frame_the_question(bot):
    for opening in ("顺便问下", "对了换个话题，"):
        query = bot.understand(f"{opening}去年GDP多少")
        assert query.text.startswith("去年"), query.text
        assert bot.ask(f"{opening}去年GDP多少").value == 108
