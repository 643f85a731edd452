"""A count written before its noun (为5.01万名农民工追回欠薪6.83亿元), the thing said after 多少 choosing among the
figures of a sentence, a growth written in 倍, a bound said after the question word, letters and subscripts as
people type them, a figure asked in other words than the report's found by meaning, and the nation's figure worked
back from the report's own and its gap — on a literal 2026 report of our own with the real model and index."""

import pytest

from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections
from qa.bot import Bot
from tests.conftest import talk

REPORT = """2026年青云省政府工作报告
——2026年1月26日在青云省第十四届人民代表大会第四次会议上
省长　某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、“十四五”时期和2025年工作回顾
五年来，高速公路总里程达到9000公里，新能源汽车产量增长5.1倍，累计建成5G基站8.99万个。
2025年，为5.01万名农民工追回欠薪6.83亿元。1550个省重点项目完成投资7398亿元。PM₂.₅平均浓度25.9微克/立方米，新设外资企业463家。
新开锦诚明都幼儿园2家。实际使用外资33.8亿美元。地区生产总值增长5.1%、高于全国0.4个百分点。民间投资增长2.8%，快于全国9.2个百分点。
高中阶段毛入学率96.9%、高于全国平均水平4.9个百分点。
二、2026年工作安排
城镇调查失业率5.5%左右。在14个市州城区增补义务教育学位2万个。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("counts_heads") / "province_2026.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bot(report, real_bot) -> Bot:
    return Bot(report=report, index_dir=report.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def _fact(report, text):
    parsed = read_report(report)
    return next(f for f in extract_facts(parsed.text, split_sections(parsed), parsed.meta.year) if f.text == text)


def test_a_count_before_its_noun_counts_that_noun_not_what_is_done_with_it(report):
    assert _fact(report, "5.01万名").metric == "农民工"
    assert _fact(report, "6.83亿元").metric == "追回欠薪"
    assert _fact(report, "1550个").metric == "省重点项目"
    assert _fact(report, "7398亿元").metric == "投资"
    assert _fact(report, "14个").metric == "市州城区"
    assert _fact(report, "2万个").metric == "增补义务教育学位"


def test_the_thing_said_after_the_question_word_picks_the_figure_of_a_sentence(bot):
    assert _figure(talk(bot, "2025年为农民工追回了多少欠薪？")[0]) == ("number", 6.83, "亿元")
    assert _figure(talk(bot, "去年为多少农民工追回了欠薪？")[0]) == ("number", 5.01, "万名")
    places = talk(bot, "今年要在市州城区增补多少个义务教育学位？")[0]
    assert _figure(places) == ("number", 2, "万个"), places.text
    invested = talk(bot, "去年省重点项目完成投资多少亿元？")[0]
    assert _figure(invested) == ("number", 7398, "亿元"), invested.text


def test_a_growth_written_in_times_answers_a_growth_asked_in_times(report, bot):
    assert (_fact(report, "5.1倍").aspect, _fact(report, "5.1倍").metric) == ("growth", "新能源汽车产量")
    for question in ("十四五期间新能源汽车产量翻了几倍？", "新能源汽车产量增长了多少倍？"):
        grown = talk(bot, question)[0]
        assert _figure(grown) == ("number", 5.1, "倍"), grown.text


def test_a_bound_said_after_the_question_word_is_no_word_of_the_name(bot):
    rate = talk(bot, "今年城镇调查失业率打算控制在多少以内？")[0]
    assert _figure(rate) == ("number", 5.5, "%"), rate.text


def test_letters_and_subscripts_as_people_type_them(bot):
    stations = talk(bot, "这几年一共建了多少个5G基站？")[0]
    assert _figure(stations) == ("number", 8.99, "万个"), stations.text
    for question in ("2025年PM2.5平均浓度是多少？", "去年pm2.5平均浓度多少？"):
        air = talk(bot, question)[0]
        assert _figure(air) == ("number", 25.9, "微克/立方米"), air.text


def test_a_figure_asked_in_other_words_is_found_by_meaning_and_says_so(bot):
    road = talk(bot, "高速公路通车里程有多少公里？")[0]
    assert _figure(road) == ("number", 9000, "公里"), road.text
    assert "按意思" in road.text and "高速公路总里程" in road.text
    firms = talk(bot, "去年新设立的外资企业有几家？")[0]
    assert _figure(firms) == ("number", 463, "家"), firms.text


def test_meaning_never_answers_another_thing_time_or_figure(bot):
    # a fee or children are no count of kindergartens; a year before the report's is no 2025 figure
    for question in (
        "锦诚明都幼儿园一个月收费多少？",
        "锦诚明都幼儿园能招多少孩子？",
        "2024年高速公路通车里程有多少公里？",
    ):
        refused = talk(bot, question)[0]
        assert refused.kind != "number", (question, refused.text)


def test_the_nations_figure_is_worked_back_from_the_reports_own_and_its_gap(bot):
    asked = {
        "2025年全国GDP增速是多少？": 4.7,
        "根据报告里的数字，去年全国民间投资增速是多少？": -6.4,
        "照报告的说法，全国高中阶段毛入学率大概是多少？": 92,
    }
    for question, value in asked.items():
        worked = talk(bot, question)[0]
        assert worked.kind == "number" and round(worked.value, 1) == value and worked.unit == "%", worked.text
        assert "计算" in worked.text and len(worked.sources) == 2, worked.text
    gap = talk(bot, "去年GDP增速比全国高多少？")[0]
    assert _figure(gap) == ("number", 0.4, "个百分点"), gap.text


def test_a_wider_areas_figure_is_never_the_reports_own(real_bot):
    # the bundled report gives no national figure and no gap to it: its own target is no answer, nor worked out
    for question in ("全国的GDP增速目标是多少？", "今年全国GDP要增长多少？"):
        refused = talk(real_bot, question)[0]
        assert refused.kind != "number", refused.text
    own = talk(real_bot, "今年GDP增速目标是多少？")[0]
    assert _figure(own) == ("number", 23.5, "%"), own.text


def test_money_said_in_one_currency_is_not_answered_in_another(bot):
    said = talk(bot, "去年实际使用外资多少亿元？")[0]
    assert said.kind != "number", said.text  # 33.8亿美元 is no number of 亿元
    money = talk(bot, "去年实际使用外资规模有多大？")[0]
    assert _figure(money) == ("number", 33.8, "亿美元"), money.text
