"""Arithmetic a question asks of its own figures (我用36比30算了一下，是20%吗), a year worked back from its growth
(倒推一下), and talk that goes on from a comparison, a refusal or a quoted sentence — on a literal report of our own
with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某园区2024年工作报告
（2024年1月15日）
各位代表：
一、2023年工作回顾
2023年，全区实现地区生产总值150亿元，同比增长25%；全区实现工业总产值300亿元，同比增长12%；实现技工贸总收入600亿元，同比增长20%，完成财政一般预算收入30亿元，同比增长10%。
（一）产业发展
1.服务业加快发展。实现服务业总收入330亿元，同比增长30%，其中软件与互联网营业收入突破19亿元。成功实现围海集团、均胜集团等2家企业上市。全年协议引进内外资总额80亿元，实际引进内外资总额50亿元。
2.创新能力提升。获专利授权500件，其中发明专利60件。申报各类科技计划项目300项,其中国家级50项,2个项目列入国家重点新产品计划,占全市立项总数的三分之一。
3.人才工作。首批300名人才正式入住60套人才公寓。为创业企业获得融资贷款5000万元、风险投资6000万元。共申报国家人才10名、省人才20名、市人才35名。举办首届园区十佳青年人才评选，评出青年人才10名。
（二）城市建设
新启动东坝、西坝的整村拆迁，拆迁完成率超过70%，新开工安置房30万平方米，新增绿化面积29万平方米。
（三）民生保障
全面完成社保扩面任务，实施养老保险跨省转移制度。
二、2024年工作安排
（一）主要目标
实现地区生产总值180亿元，同比增长20%；工业总产值360亿元；技工贸总收入720亿元，同比增长20%；财政一般预算收入36亿元，同比增长20%；服务业总收入400亿元。
（二）重点工作
1、加快产业升级。推动制造业提质增效。
2、加快文化产业发展。再集聚10家以上文化创意企业，再引进检测认证机构5家以上。
3、进一步做响软件园品牌。一是加快推进软件园二期建设。二是加快企业的引进培育。三是加快软件园品牌创建。
4、办好创业赛事。继续办好创新创业大赛、创意设计大赛。
（三）新城建设
新开工房屋建筑面积120万平方米，竣工100万平方米。
同志们，让我们携手并进，再创佳绩！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("own_figures")
    report = folder / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _history(bot, *questions: str) -> list[tuple[str, str]]:
    return [(q, a.text) for q, a in zip(questions, talk(bot, *questions), strict=True)]


@pytest.mark.parametrize(
    ("question", "value", "agrees"),
    [
        ("我用36比30算了一下，是20%吗？", 20.0, "相符"),
        ("我用36比30算了一下，是25%吗？", 20.0, "不是您说的25%"),
        ("你帮我按720和600算一下增长多少", 20.0, ""),
        ("从600增加到720，增长百分之几", 20.0, ""),
    ],
)
def test_arithmetic_on_the_figures_a_question_gives(bot, question, value, agrees):
    answer = bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", value, "%"), answer.text
    assert "÷" in answer.text and agrees in answer.text, answer.text
    assert answer.sources, answer.text  # the report's figures of those values are cited


def test_a_year_before_the_results_worked_back_from_its_growth(bot):
    answer = bot.ask("倒推一下，2022年的GDP大概是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 120.0, "亿元"), answer.text
    assert "150 ÷ (1 + 25%)" in answer.text, answer.text
    assert bot.ask("2022年的GDP是多少？").kind == "none"  # not worked back unless asked to


def test_a_difference_with_last_year_and_no_time_of_its_own_is_the_plans(bot):
    answer = bot.ask("工业总产值比去年多多少？")
    assert (answer.kind, answer.value) == ("number", 60.0), answer.text
    said = bot.ask("工业总产值比GDP多了多少？")  # 了 says results, no year: the results year alone
    assert (said.kind, said.value) == ("number", 150.0), said.text


def test_a_figure_said_before_a_comparison_is_claimed_of_its_first_side(bot):
    query = bot.understand("服务业总收入目标400亿，比去年多多少？")
    claim = query.claims[0].query
    assert claim.time.years == () and claim.kind == "target" and claim.operation == "lookup", claim
    answer = bot.ask("服务业总收入目标400亿，比去年多多少？")
    assert (answer.kind, answer.value) == ("number", 70.0), answer.text


def test_a_figure_of_its_own_after_a_comparison_is_at_the_first_sides_time(bot):
    history = _history(bot, "服务业总收入目标比去年多多少？")
    query = bot.understand("文化创意企业再集聚多少家？", history)
    assert query.time.years == (2024,), query.time
    *_, culture, testing = talk(bot, "服务业总收入目标比去年多多少？", "文化创意企业再集聚多少家？", "检测认证机构呢？")
    assert (culture.kind, culture.value) == ("number", 10.0), culture.text
    assert (testing.kind, testing.value) == ("number", 5.0), testing.text


def test_a_part_of_a_whole_the_report_does_not_give_is_refused(bot):
    refused, part = talk(bot, "去年专利申请多少件？", "其中发明专利呢？")
    assert refused.kind == "none" and part.kind == "none", part.text
    granted, its_part = talk(bot, "去年专利授权多少件？", "其中发明专利呢？")
    assert (its_part.kind, its_part.value) == ("number", 60.0), its_part.text


def test_sides_named_by_what_sets_them_apart_share_the_talks_metric(bot):
    *_, share = talk(bot, "去年引进内外资多少？", "实际到位的", "协议的呢？", "实际的占协议的比例大概多少？")
    assert (share.kind, share.value, share.unit) == ("number", 62.5, "%"), share.text


def test_a_count_in_the_unit_of_a_figure_in_the_sentence_just_quoted(bot):
    *_, flats = talk(bot, "人才公寓入住了多少人？", "几套房子？")
    assert (flats.kind, flats.value, flats.unit) == ("number", 60.0, "套"), flats.text
    *_, cars = talk(bot, "人才公寓入住了多少人？", "几辆车？")
    assert cars.kind != "number", cars.text  # 辆 counts no people: not 300名


def test_a_pointer_at_things_just_named_asks_nothing_of_its_own(bot):
    query = bot.understand("东坝、西坝那两个村拆迁完成率多少？")
    assert "两个" not in query.metric, query.metric
    answer = bot.ask("东坝、西坝那两个村拆迁完成率多少？")
    assert (answer.kind, answer.value) == ("number", 70.0), answer.text


def test_which_time_of_an_event_is_quoted_where_the_report_says_it_in_words(bot):
    answer = bot.ask("十佳青年人才评选是第几届？")
    assert answer.kind == "passage" and "首届园区十佳青年人才评选" in answer.text, answer.text


def test_the_item_a_point_was_picked_in_is_counted(bot):
    *_, counted = talk(bot, "软件园那项重点工作，第二点讲的什么？", "这项一共几点？")
    assert (counted.kind, counted.value) == ("number", 3.0), counted.text


def test_the_place_of_the_item_just_quoted(bot):
    *_, placed = talk(bot, "创意设计大赛在哪里提到？", "这是在第几项重点工作里讲的？")
    assert (placed.kind, placed.value) == ("number", 4.0), placed.text


def test_whether_a_figure_is_enough_is_answered_with_the_reports(bot):
    answer = bot.ask("今年GDP目标够不够200亿？")
    assert (answer.kind, answer.value) == ("number", 180.0), answer.text
    assert answer.text.startswith("不是"), answer.text


def test_both_figures_compared_are_the_two_given_last(bot):
    questions = ("去年财政收入增长了多少？", "不对，我问的是工业产值的增速", "那服务业呢？", "两者相差几个百分点？")
    *_, both = talk(bot, *questions)
    assert (both.kind, both.value, both.unit) == ("number", 18.0, "个百分点"), both.text  # 30 − 12, not 30 − 10


def test_a_figure_is_never_set_against_itself(bot):
    *_, share = talk(bot, "列入国家重点新产品计划的有几个？", "这个在全市占多少？")
    assert not (share.kind == "number" and share.value == 100.0), share.text  # not 2 ÷ 2


def test_items_counted_by_what_they_are(bot):
    counted, listed = talk(bot, "主要目标里列了几个指标？", "列一下")
    assert (counted.kind, counted.value) == ("number", 5.0), counted.text
    assert listed.kind == "list" and "服务业总收入400亿元" in listed.text, listed.text


def test_whether_the_report_says_a_thing_it_never_writes(bot):
    assert bot.ask("报告里有没有说税收收入具体是多少？").kind == "none"
    assert bot.ask("研发经费总额有没有说？").kind == "none"  # 研发 and 经费 are written, never together
    said = bot.ask("报告有没有提到人才公寓？")
    assert said.kind == "passage" and "60套人才公寓" in said.text, said.text


def test_a_name_written_elsewhere_is_another_subjects_figure(bot):
    answer = bot.ask("均胜集团2023年营业收入是多少？")
    assert answer.kind == "none", answer.text  # not 软件与互联网营业收入, a sentence that never names it
    own = bot.ask("2023年软件与互联网营业收入是多少？")
    assert (own.kind, own.value) == ("number", 19.0), own.text


def test_two_figures_asked_at_once_are_both_given(bot):
    both = bot.ask("去年GDP和工业总产值分别是多少？")
    assert both.kind == "passage" and "150亿元" in both.text and "300亿元" in both.text, both.text
    assert len(both.sources) == 2, both.sources


def test_a_rank_among_peers_is_no_place_in_a_series(bot):
    assert bot.ask("十佳青年人才评选是第几届？").kind != "number"  # 首届, written in words
    ranked = bot.ask("园区在全国排名第几？")
    assert ranked.kind != "number", ranked.text  # 首届 is the first of a series, no rank among peers


def test_a_figure_the_next_one_takes_up_is_asked_back_when_neither_is_named(bot):
    asked = bot.ask("创业企业拿到了多少融资？")
    assert asked.kind == "clarify" and "5000万元" in asked.text and "6000万元" in asked.text, asked.text
    named = bot.ask("创业企业获得融资贷款多少？")
    assert (named.kind, named.value) == ("number", 5000.0), named.text


def test_a_part_after_a_comma_is_no_item_listed_beside(bot):
    answer = bot.ask("去年服务业增长多少？")  # 其中软件与互联网营业收入… is a part of it, not a second option
    assert (answer.kind, answer.value) == ("number", 30.0), answer.text


def test_the_talk_is_at_the_year_a_yes_no_answer_gave(bot):
    *_, growth = talk(bot, "那今年GDP目标是不是200亿以上？", "财政收入到25亿了吗？", "工业产值增长是不是超过了20%？")
    assert (growth.kind, growth.value) == ("number", 12.0), growth.text  # 2023's, as 财政收入 was answered


def test_a_share_redone_at_the_plans_figures(bot):
    *_, planned = talk(bot, "去年服务业收入占技工贸总收入多少？", "工业总产值占多少？", "按今年目标算，服务业占比呢？")
    assert (planned.kind, planned.value) == ("number", 55.6), planned.text  # 400 ÷ 720, not 330 ÷ 600


def test_a_thing_of_its_own_named_in_two_words(bot):
    answer = bot.ask("今年安置房开工面积定了多少？")  # only 2023 gives 新开工安置房; no 2024 area of all building
    assert answer.kind != "number", answer.text


def test_items_of_one_kind_listed_together_are_asked_back_unless_one_is_named(bot):
    asked = bot.ask("去年报上去多少个人才？")
    assert asked.kind == "clarify" and "10名" in asked.text and "20名" in asked.text, asked.text
    named = bot.ask("去年申报省人才多少？")
    assert (named.kind, named.value) == ("number", 20.0), named.text


def test_a_difference_naming_growths_is_of_growths(bot):
    *_, gap = talk(bot, "技工贸收入今年增速目标？", "和去年实际增速差多少？")
    assert (gap.kind, gap.value, gap.unit) == ("number", 0.0, "个百分点"), gap.text  # 20 − 20, not 720 − 600


def test_a_later_piece_naming_nothing_asks_of_the_piece_before(bot):
    *_, answer = talk(bot, "新增绿化面积有多少？", "那今年能耗要降多少，有具体数吗？")
    assert answer.kind != "number", answer.text  # not the 绿化 figure of the turn before


def test_a_rise_asked_in_an_amounts_unit_is_the_amount(bot):
    rise = bot.ask("今年GDP目标增长多少亿？")
    assert (rise.kind, rise.value, rise.unit) == ("number", 30.0, "亿元"), rise.text  # 180 − 150, not 20 %
    assert bot.ask("GDP比去年增长多少亿？").unit != "%"
