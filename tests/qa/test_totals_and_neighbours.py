"""Figures named by a neighbour — a running total after the year's addition, a bare figure after a clause with no
figure, a figure listed beside another of its kind — asked alone and in follow-ups, on a literal report of our
own with the real model."""

import pytest

from index.facts import extract_facts
from index.report import ReportText, parse_meta
from index.sections import split_sections
from tests.conftest import talk

REPORT = """某新区2024年工作报告
一、2023年工作回顾
（一）创新能力持续增强
1.高新技术企业加快集聚。新认定高新技术企业20家，累计达90家，居全市第三位。
2.城市建设加快。全年新开工房屋建筑面积110万平方米，竣工面积95万平方米。全年新建道路总长4.5千米。
3.研发园功能凸显。研发园一期、二期入驻率分别达到90%和70%。
4.企业上台阶。新增产值亿元企业12家，全区亿元以上企业达60家，其中10亿元以上5家。
5.创业服务加强。推动资本与项目对接，为创业企业获得融资贷款4000万元、风险投资7000万元。
6.招商引资和投资。全年协议引进内外资总额80亿元，实际引进内外资总额50亿元。完成固定资产投资50亿元，同比增长10%。全区实现工业总产值300亿元。实现服务业总收入400亿元。实现技工贸总收入800亿元。
7.出行和绿化。全年新增公交线路3条，优化公交线路5条。新增绿化面积29万平方米。加强节能管理，全年关停燃煤锅炉9台。
8.研发机构集聚。新引进各类研发机构20家，包括东湖材料研究院、西岭软件研究院等。首批200名人才入住50套人才公寓。
二、2024年工作安排
（一）重点工作
1、加快新城建设。新开工房屋建筑面积130万平方米，竣工100万平方米。
2、发展总部经济。基本完成总部一期楼宇招商，力争产值突破20亿元。
3、扩大有效投资。协议引进内外资总额90亿元，实际引进内外资总额60亿元。完成全社会固定资产投资55亿元，同比增长8%。
4、加强环境保护。完成“禁燃区”建设任务，年内全部关停区内燃煤锅炉。
5、加快物流园建设。引进10家以上核心伙伴企业。完善产业园功能布局，定制特色楼宇，确保年内进入主体施工。
6、提升研发园。再引进研发机构10家以上。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("totals")
    report = folder / "district_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _facts():
    report = ReportText("t", REPORT, "0" * 64, parse_meta(REPORT))
    return extract_facts(REPORT, split_sections(report))


def test_a_running_total_is_named_by_the_thing_it_counts():
    total = next(f for f in _facts() if f.value == 90)
    assert total.metric == "累计高新技术企业"
    assert total.context == "新认定高新技术企业"  # the addition it follows, for 之前 questions


def test_a_bare_figure_after_a_clause_without_one_is_of_that_clause():
    output = next(f for f in _facts() if f.value == 20 and f.unit == "亿元")
    assert output.metric == "产值"
    assert "总部一期" in output.context


def test_a_running_total_is_answered_and_the_count_before_the_year_computed(bot):
    total, before = talk(bot, "2023年高新技术企业累计有多少家", "那新认定之前累计是多少家？")
    assert (total.kind, total.value, total.unit) == ("number", 90, "家"), total.text
    assert (before.kind, before.value) == ("number", 70), before.text


def test_a_figure_named_after_its_neighbour_is_carried_without_the_neighbours_words(bot):
    # 竣工 borrows 新开工房屋建筑面积 as its context; 新开工比去年多多少 then asks the other figure, not 竣工 again
    *_, done, more = talk(bot, "今年新开工目标？", "不对，我要的是竣工的", "新开工比去年多多少")
    assert (done.kind, done.value) == ("number", 100), done.text
    assert (more.kind, more.value, more.unit) == ("number", 20, "万平方米"), more.text


def test_a_bare_figure_is_found_by_the_words_of_the_clause_before(bot):
    answer = bot.ask("今年总部一期产值目标是多少")
    assert (answer.kind, answer.value, answer.unit) == ("number", 20, "亿元"), answer.text


@pytest.mark.parametrize(
    ("questions", "value", "unit"),
    [
        (("去年新建道路有多长",), 4.5, "千米"),
        (("研发园入驻率多少？", "二期", "一期比二期高几个点？"), 20, "个百分点"),
    ],
)
def test_how_long_and_points_are_asked_as_people_say_them(bot, questions, value, unit):
    answer = talk(bot, *questions)[-1]
    assert (answer.kind, answer.value, answer.unit) == ("number", value, unit), answer.text


@pytest.mark.parametrize(
    ("questions", "values"),
    [
        (("亿元以上企业有多少家", "去年新增了几家"), [60, 12]),
        (("去年产值过亿的企业新冒出来几家", "全区一共有多少家", "其中超过10个亿的"), [12, 60, 5]),
    ],
)
def test_the_count_asked_moves_between_the_years_addition_and_the_total(bot, questions, values):
    answers = talk(bot, *questions)
    assert [(a.kind, a.value) for a in answers] == [("number", v) for v in values], [a.text for a in answers]


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("去年新增了几家", "addition"),
        ("产值过亿的企业新冒出来几家", "addition"),
        ("全区一共有多少家", "total"),
        ("亿元以上企业有多少家", None),
    ],
)
def test_the_count_asked_is_a_slot_of_the_query(question, count):
    from index.tokens import ReportTokenizer
    from qa.parse import QueryParser

    assert QueryParser(ReportTokenizer(), 2012).parse(question).filter.count == count


def test_a_part_naming_only_a_size_class_is_of_the_other_parts_thing(bot):
    answer = bot.ask("2023年10亿以上的占亿元以上企业的比重是多少？")
    assert (answer.kind, answer.unit) == ("number", "%"), answer.text
    assert answer.value == pytest.approx(5 / 60 * 100, abs=0.05)


def test_a_question_naming_only_the_lead_of_listed_figures_is_asked_back(bot):
    lead_only = bot.ask("帮创业企业拿到了多少钱？")
    assert lead_only.kind == "clarify" and len(lead_only.options) == 2, lead_only.text
    named = bot.ask("去年风投多少")  # an abbreviation names the item
    assert (named.kind, named.value) == ("number", 7000), named.text


@pytest.mark.parametrize(
    ("questions", "value", "unit"),
    [
        (
            ("固定资产投资2023年完成多少", "今年打算投多少", "计划增长多少？", "去年增速呢", "今年比去年多投多少"),
            5,
            "亿元",
        ),
        (("2023年引进内外资总额是多少？", "实际的那个", "协议和实际差了多少", "今年实际引资目标呢？"), 60, "亿元"),
        (("2023年工业总产值占技工贸总收入的比重是多少", "服务业总收入呢"), 50, "%"),
    ],
)
def test_a_follow_up_keeps_what_it_does_not_change(bot, questions, value, unit):
    # 多投 asks amounts after growths; 引资 is the short name of the metric talked about; another share of the
    # same whole
    answer = talk(bot, *questions)[-1]
    assert (answer.kind, answer.unit) == ("number", unit), answer.text
    assert answer.value == pytest.approx(value), answer.text


def test_a_new_thing_named_without_a_time_is_found_in_the_one_year_the_report_gives_it(bot):
    # the talk is at this year's plan, but the report gives the roads built only for last year
    target, roads = talk(bot, "今年新开工目标？", "新建了多长的道路")
    assert (target.kind, target.value) == ("number", 130), target.text
    assert (roads.kind, roads.value, roads.unit) == ("number", 4.5, "千米"), roads.text
    planned = talk(bot, "去年新建道路有多长", "目标呢")[-1]  # a target asked is never last year's result
    assert planned.kind == "none", planned.text


def test_two_actions_on_one_thing_are_asked_back_also_after_an_addition_of_another_thing(bot):
    # 优化公交线路 is no total of 新增公交线路: neither is picked for 公交线路 alone, nor after 绿化面积新增了多少
    lines = bot.ask("去年公交线路有多少条")
    assert lines.kind == "clarify" and len(lines.options) == 2, lines.text
    green, asked, added = talk(bot, "去年绿化面积新增了多少", "公交线路呢", "新增的")
    assert (green.kind, green.value) == ("number", 29), green.text
    assert asked.kind == "clarify" and len(asked.options) == 2, asked.text
    assert (added.kind, added.value) == ("number", 3), added.text


def test_a_passage_question_is_asked_again_where_the_talk_is(real_bot):
    # alone, the words find nothing near enough; after figures of one park, that park's plan says it
    assert real_bot.ask("今年施工进度有什么要求").kind == "none"
    *_, progress = talk(
        real_bot, "宁波国际智慧物流产业园总投资多少", "今年这个园区要引进多少家核心伙伴企业？", "今年施工进度有什么要求"
    )
    assert progress.kind == "passage" and "主体施工" in progress.text, progress.text


def test_a_figure_asked_after_a_passage_follow_up_is_of_the_metric_talked_about(bot):
    # 主要有哪些 asks the passage; 今年还打算引多少 then asks the institutes again, not 有哪些
    *_, planned, both = talk(bot, "去年新引进了多少家研发机构", "主要有哪些", "今年还打算引多少", "两年加起来呢")
    assert (planned.kind, planned.value) == ("number", 10), planned.text
    assert (both.kind, both.value) == ("number", 30), both.text


def test_money_or_a_rate_asked_is_never_answered_by_a_count(bot):
    assert bot.ask("人才公寓有多少套").value == 50
    for question in ("人才公寓租金是多少？", "人才公寓入住率是多少？"):
        answer = bot.ask(question)
        assert answer.kind != "number", answer.text


def test_a_target_compared_with_last_year_after_a_year_was_asked_is_this_years_target(real_bot):
    # the talk is at 2011 after 那2011年呢, but GDP目标 is the plan's year, set against 去年
    *_, compared = talk(real_bot, "2012年服务业收入目标是多少？", "那2011年呢？", "GDP目标比去年多多少？")
    assert (compared.kind, compared.unit) == ("number", "亿元"), compared.text
    assert "2012" in compared.text and "2011" in compared.text and "地区生产总值" in compared.text
