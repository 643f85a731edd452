"""A report's own place read past a web page's leftovers, figures of a 分别 list (a unit or a name left to the last
item, a word naming two things), places in a series asked as figures, a share's rise over a plan period from its
written change, a span's paragraph opened by 各位代表！“十四五”以来, the amount a span ends with asked in its own verb,
a question of several things, and a figure the question itself states — on a literal 2026 report of our own with
the real model."""

import pytest

from qa.bot import Bot
from tests.conftest import talk

REPORT = """政府工作报告
来源：青云日报
2026-02-01 09:00:00
【字体：
大
中
小
】
——2026年1月26日在青云省第十四届人民代表大会第四次会议上
省长　某某
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、“十四五”时期和2025年工作回顾
五年来，累计建成高标准农田4128万亩，产业投资占全部投资比重从26.7%提高到52.1%，人均预期寿命从2020年的78.4岁提升至79.9岁。
各位代表！“十四五”以来，我们迎难而上，GDP年均增长4.4%，居民人均可支配收入年均增长5%。
2025年，完成地区生产总值32765亿元、增长4.1%，城镇调查失业率均值5.2%。银行机构本外币存贷款余额分别达38.7万亿元、29.9万亿元。东城、西城地铁线网单日最高客运量分别达140万、130万人次。国家级、部级创新平台分别达到22家、182家。庄重迎接第十二批援外医疗队归国。新增公交线路3条。
旅游人数和总花费分别增长10.6%、9%，其中接待入境游客突破240万人次、增长19.1%，东城入境游客增长32.5%。新材料项目投产，总产能达190万吨。实际使用外资33.8亿美元。民生支出占一般公共预算支出77.9%。
举办大型活动2295场、增长25.8%。新能源装机同比增加1829万千瓦、达到9048万千瓦。
二、2026年工作安排
办好第十三届省艺术节。授权专利突破1000件。新引进软件企业50家以上，软件外包产值突破20亿元。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    folder = tmp_path_factory.mktemp("lists_and_spans")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def test_the_place_is_read_from_the_occasion_line_after_a_pages_leftovers(bot):
    # the title names no place; the place asked with the report's own words is no other place's figure
    gdp = talk(bot, "青云去年全省GDP总量是多少亿元？")[0]
    assert _figure(gdp) == ("number", 32765, "亿元"), gdp.text
    growth = talk(bot, "青云2025年经济增速是多少？")[0]
    assert _figure(growth) == ("number", 4.1, "%"), growth.text


def test_an_average_asked_is_the_mean_the_report_writes(bot):
    rate = talk(bot, "2025年城镇调查失业率平均下来是多少？")[0]
    assert _figure(rate) == ("number", 5.2, "%"), rate.text


def test_the_amount_a_span_ends_with_asked_in_its_own_verb(bot):
    farmland = talk(bot, "到十四五末，累计建成的高标准农田有多少万亩？")[0]
    assert _figure(farmland) == ("number", 4128, "万亩"), farmland.text


def test_a_span_opened_by_its_name_and_since(bot):
    gdp = talk(bot, "“十四五”期间经济年均增速是多少？")[0]
    assert _figure(gdp) == ("number", 4.4, "%"), gdp.text
    income = talk(bot, "十四五这几年居民人均可支配收入平均每年涨多少？")[0]
    assert _figure(income) == ("number", 5, "%"), income.text


def test_a_share_risen_over_a_span_is_the_difference_of_its_written_ends(bot):
    asked = ("十四五期间产业投资占全部投资的比重一共提高了几个百分点？", "五年来产业投资占全部投资比重提高了多少？")
    for question in asked:
        risen = talk(bot, question)[0]
        assert risen.kind == "number" and round(risen.value, 1) == 25.4 and risen.unit == "个百分点", risen.text


def test_a_rise_set_against_a_year_said_first(bot):
    years = talk(bot, "和2020年比，人均预期寿命在十四五期间提高了几岁？")[0]
    assert years.kind == "number" and round(years.value, 1) == 1.5 and years.unit == "岁", years.text


def test_a_list_leaving_its_unit_to_the_last_figure(bot):
    west = talk(bot, "去年西城地铁单日最高客运量是多少？")[0]
    assert _figure(west) == ("number", 130, "万人次"), west.text
    both = talk(bot, "去年东城、西城地铁单日最高客运量加起来是多少？")[0]
    assert _figure(both) == ("number", 270, "万人次"), both.text


def test_a_list_leaving_its_name_to_the_last_item(bot):
    national = talk(bot, "国家级创新平台有多少家？")[0]
    assert _figure(national) == ("number", 22, "家"), national.text
    both = talk(bot, "国家级和部级创新平台加起来一共有多少家？")[0]
    assert _figure(both) == ("number", 204, "家"), both.text


def test_a_word_naming_two_things_gives_each_its_figure(bot):
    deposits = talk(bot, "去年末银行存款余额是多少？")[0]
    assert _figure(deposits) == ("number", 38.7, "万亿元"), deposits.text
    both = talk(bot, "去年末银行机构本外币存款和贷款余额加起来一共多少？")[0]
    assert both.kind == "number" and round(both.value, 1) == 68.6 and both.unit == "万亿元", both.text


def test_a_place_in_a_series_is_a_figure(bot):
    festival = talk(bot, "今年的省艺术节是第几届？")[0]
    assert _figure(festival) == ("number", 13, "届"), festival.text
    batch = talk(bot, "去年迎接归国的援外医疗队是第几批？")[0]
    assert _figure(batch) == ("number", 12, "批"), batch.text


def test_a_question_of_several_things_answers_each(bot):
    both = talk(bot, "今年软件园要引进多少软件企业，软件外包产值目标多少？")[0]
    # each piece's figure before the quoted sentences: what the chat shows (the body) holds both
    assert both.kind == "passage" and "50家以上" in both.body and "20亿元" in both.body, both.text
    # one piece the report cannot answer is said so, not left out behind the other's figure
    half = talk(bot, "今年搞研发的钱要涨多少？专利要拿到多少件？")[0]
    assert half.kind == "passage" and "1000件" in half.body and "报告中没有" in half.body, half.text


def test_a_figure_the_question_states_is_not_what_it_asks(bot):
    routes = talk(bot, "去年新开的那3条公交线是几路？")[0]
    assert routes.kind != "number", routes.text
    claimed = talk(bot, "去年新增公交线路是不是3条？")[0]
    assert claimed.kind == "number" and claimed.value == 3, claimed.text


def test_a_growth_listed_after_a_figure_is_that_figures(bot):
    visitors = talk(bot, "去年接待的入境游客比上年增长了多少？")[0]
    assert _figure(visitors) == ("number", 19.1, "%"), visitors.text


def test_a_short_name_is_of_the_clause_before_it(bot):
    capacity = talk(bot, "新材料项目投产以后，总产能达到多少万吨？")[0]
    assert _figure(capacity) == ("number", 190, "万吨"), capacity.text


def test_money_asked_in_everyday_words_is_money_in_any_currency(bot):
    foreign = talk(bot, "去年实际利用外资规模有多大？")[0]
    assert _figure(foreign) == ("number", 33.8, "亿美元"), foreign.text
    welfare = talk(bot, "去年花在民生上的钱占一般公共预算支出的比例是多少？")[0]
    assert _figure(welfare) == ("number", 77.9, "%"), welfare.text


def test_one_figure_asked_twice_in_two_ways_is_one_question(bot):
    gdp = talk(bot, "去年全省GDP是多少，地区生产总值是多少？")[0]
    assert _figure(gdp) == ("number", 32765, "亿元"), gdp.text


def test_a_count_worked_back_from_its_growth(bot):
    events = talk(bot, "按去年大型活动场次和增速倒推，2024年大概举办了多少场大型活动？")[0]
    assert events.kind == "number" and round(events.value, 1) == 1824.3 and events.unit == "场", events.text


def test_the_level_a_years_rise_started_from(bot):
    before = talk(bot, "2024年底新能源装机有多少？")[0]
    assert _figure(before) == ("number", 7219, "万千瓦"), before.text


def test_a_fall_asked_as_a_rate_is_its_size(real_bot):
    fall = talk(real_bot, "今年协议引进内外资总额目标比去年下降了百分之多少？")[0]
    assert fall.kind == "number" and fall.value == 16.7 and fall.unit == "%", fall.text
    assert "下降16.7%" in fall.text, fall.text


def test_a_fee_asked_is_money_not_the_count_the_question_says(real_bot):
    fee = talk(real_bot, "锦诚明都、皇冠花园这两家公办幼儿园收费多少？")[0]
    assert fee.kind != "number", fee.text
