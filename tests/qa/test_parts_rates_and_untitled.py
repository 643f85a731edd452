"""Two growths joined by 和 after two things joined by 和 (each its own), and growths after a run of clauses
each giving one figure (扣除价格因素 only frames them); a place a rank rises from is the year before's; a rise the
report states only as a rate answers 增加了多少 (not 增加了多少钱); a level a change reaches is no increase;
多补了多少钱 is a difference of two years; the year before worked back from a level and its change a few words on
(…资金支持再就业，比上年增加…), a fall added back; one part of a two-part word (进口 of 进出口) as the whole less the
other part; words in brackets only explaining a term; a rate written as a level (涨幅控制在2.6%) is a growth;
figures in a sentence are no named things to count; an everyday word the report also writes elsewhere; a report
without title or date takes its year from its part headings, and a report its opening says the State Council
gives is the nation's; the thing counted named after a figure (获得3枚金牌, asked 几块) — on literal reports of
our own, with the real model and index."""

import pytest

from qa.bot import Bot
from tests.conftest import talk

CITY = """青川市2009年政府工作报告
——2009年1月10日在青川市第十届人民代表大会第二次会议上
各位代表：
一、2008年工作回顾
全市生产总值完成1600亿元，比上年增长10%。城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和6.2%。全市进出口总额完成38亿美元，增长49%，其中出口总值23.3亿美元，增长37%。城镇新增就业28万人，创历史新高。全年开发就业岗位的渠道进一步拓宽，创造了更多就业岗位。居民消费价格涨幅控制在2.6%。城乡居民医保财政补助标准增加到人均280元。市财政扶贫资金增长43.4%。农村低保标准提高17.7%。新开工改造城镇老旧小区560个，惠及近10万户家庭。职工人均工资52000元，农民工人均月工资3100元，扣除价格因素，分别实际增长7.7%和6.8%。地区生产总值由上年居全省第五位上升为第四位。2个项目列入国家重点新产品计划，占全省立项总数的三分之一。全市运动员在省运会上获得3枚金牌，残运会获得12枚金牌。
二、2009年主要任务
今年拟安排市本级财政赤字75亿元，全市财政赤字合计95亿元。
城乡居民医保财政补助标准提高到人均320元。市财政安排109亿元资金支持再就业，比上年增加26亿元。拟发行建设债券80亿元，比上年减少30亿元。今年市财政用于“三农”的投入拟安排1228亿元，比上年增加186亿元。
"""

UNTITLED = """各位代表：
现在，我代表国务院，向大会报告政府工作，请予审议。
一、2021年工作回顾
过去一年，全国城镇新增就业1269万人，城镇调查失业率平均为5.1%。国内生产总值达到114万亿元，增长8.1%。
二、2022年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    return _bot(tmp_path_factory, real_bot, "qingchuan_2009.txt", CITY)


@pytest.fixture(scope="module")
def untitled(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    return _bot(tmp_path_factory, real_bot, "untitled.txt", UNTITLED)


def _bot(factory: pytest.TempPathFactory, real_bot, name: str, text: str) -> Bot:
    path = factory.mktemp("parts_rates") / name
    path.write_text(text, encoding="utf-8")
    return Bot(report=path, index_dir=path.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


@pytest.mark.parametrize(
    ("question", "value"),
    [("去年农村居民人均纯收入实际增长了多少？", 6.2), ("去年城镇居民人均可支配收入实际增长多少？", 8.4)],
)
def test_two_growths_joined_by_he_are_each_things_own(city, question, value):
    assert _figure(talk(city, question)[0]) == ("number", value, "%")


@pytest.mark.parametrize(
    ("question", "value"),
    [("去年市财政扶贫资金增加了多少？", 43.4), ("2008年农村低保标准提高了多少？", 17.7)],
)
def test_a_rise_stated_only_as_a_rate_answers_an_increase_asked(city, question, value):
    assert _figure(talk(city, question)[0]) == ("number", value, "%")


def test_a_rate_is_no_answer_to_an_increase_asked_in_money(city):
    assert talk(city, "去年市财政扶贫资金增加了多少钱？")[0].kind == "none"


def test_a_level_a_change_reaches_is_no_increase(city):
    answer = talk(city, "2008年城乡居民医保财政补助标准增加了多少？")[0]
    assert answer.kind == "none"  # 增加到人均280元 is the level, not the rise


def test_more_given_per_head_than_the_year_before_is_a_difference(city):
    assert _figure(talk(city, "城乡居民医保的财政补助，今年比去年每人多补了多少钱？")[0]) == ("number", 40.0, "元")


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("2008年市财政支持再就业的资金是多少？", 83.0),  # 109 − 26, the level's words before the comma
        ("2008年建设债券发行了多少亿元？", 110.0),  # 80 + 30: a fall added back
        ("根据今年三农投入的安排数和比上年增加的数，倒推一下去年市财政三农投入是多少亿元？", 1042.0),
    ],
)
def test_the_year_before_is_worked_back_from_a_level_and_its_change(city, question, value):
    answer = talk(city, question)[0]
    assert _figure(answer) == ("number", value, "亿元")


@pytest.mark.parametrize(
    "question", ["2008年进口总额是多少？", "2008年进口总额大约是多少亿美元？（用进出口总额减出口）"]
)
def test_one_part_of_a_two_part_word_is_the_whole_less_the_other(city, question):
    answer = talk(city, question)[0]
    assert answer.kind == "number" and answer.value == pytest.approx(14.7) and answer.unit == "亿美元"
    assert "38" in answer.text and "23.3" in answer.text


def test_the_part_the_report_writes_is_looked_up(city):
    assert _figure(talk(city, "2008年出口总值是多少？")[0]) == ("number", 23.3, "亿美元")


@pytest.mark.parametrize("question", ["去年物价（CPI）涨了多少？", "去年CPI涨幅是多少？"])
def test_a_rate_written_as_a_level_is_a_growth_and_brackets_only_explain(city, question):
    assert _figure(talk(city, question)[0]) == ("number", 2.6, "%")


def test_figures_in_a_sentence_are_no_named_things_to_count(city):
    assert _figure(talk(city, "去年新开工改造了多少个城镇老旧小区？")[0]) == ("number", 560.0, "个")


def test_an_everyday_word_the_report_also_writes_still_reads_as_its_report_words(city):
    """就业岗位 is written elsewhere in the report; 新增了多少就业岗位 still asks 城镇新增就业."""
    assert _figure(talk(city, "去年城镇新增了多少就业岗位？")[0]) == ("number", 28.0, "万人")


def test_a_report_without_title_or_date_takes_its_year_from_its_part_headings(untitled):
    assert untitled.report_year == 2022
    assert _figure(talk(untitled, "去年城镇新增就业多少人？")[0]) == ("number", 1269.0, "万人")
    assert talk(untitled, "今年GDP增长目标是多少？")[0].value == 5.5


@pytest.mark.parametrize(
    ("question", "value"),
    [("2021年我国经济增速是多少？", 8.1), ("请问去年全国城镇调查失业率全年平均是多少？", 5.1)],
)
def test_a_report_the_state_council_gives_is_the_nations(untitled, question, value):
    assert _figure(talk(untitled, question)[0]) == ("number", value, "%")


@pytest.mark.parametrize(
    ("question", "value"),
    [("扣除物价因素，去年农民工人均月工资实际增长多少？", 6.8), ("去年职工人均工资实际增长多少？", 7.7)],
)
def test_growths_after_a_run_of_clauses_are_each_clauses_things(city, question, value):
    assert _figure(talk(city, question)[0]) == ("number", value, "%")


@pytest.mark.parametrize(("question", "value"), [("2008年GDP在全省排第几？", 4.0), ("2007年GDP在全省排第几？", 5.0)])
def test_a_place_a_rank_rises_from_is_the_year_befores(city, question, value):
    assert _figure(talk(city, question)[0]) == ("number", value, "位")


def test_the_thing_counted_after_a_figure_is_what_is_asked(city):
    assert _figure(talk(city, "省运会上拿了几块金牌？")[0]) == ("number", 3.0, "枚")
