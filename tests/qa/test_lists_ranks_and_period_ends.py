"""Plan figures listed with 以上, places said as the extreme (全国最低) or after the figure they rank, an autonomous
region asked by its short name, rises written in money, changes written with both ends and 和, a span asked from one
year to another, and the level a plan period ends at — on a literal 2026 report of our own with the real model and
index; and words people use on the bundled report (那一块, 多长了, 占地多大, 快了几个百分点)."""

import pytest

from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections
from qa.bot import Bot
from tests.conftest import talk

REPORT = """2026年白云回族自治区政府工作报告
——2026年2月3日在白云回族自治区第十三届人民代表大会第五次会议上
自治区主席　某某
各位代表：
现在，我代表自治区人民政府，向大会报告工作，请予审议。
一、2025年工作总结和“十四五”发展成就
2025年，全年实现地区生产总值5696亿元，增长5.3%。常住人口由上年729万人增加到732万人。
2025年，规上工业增加值增长7.6%、高于全国1.7个百分点。银行业不良贷款率保持全国最低。
2025年，新能源投资增长70%，利用率达94.5%、连续5年保持西北第一。新增新能源装机6482万千瓦。
2025年，最低工资标准每月提高183元，城乡居民基础养老金、低保标准每月分别提高25元、50元。
五年来，新能源装机1.69亿千瓦，常住人口城镇化率提高至64.7%，城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。
二、2026年工作安排
地区生产总值增长5%左右，城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("lists_ranks") / "region_2026.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bot(report, real_bot) -> Bot:
    return Bot(report=report, index_dir=report.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def _facts(report, text):
    parsed = read_report(report)
    return [f for f in extract_facts(parsed.text, split_sections(parsed), parsed.meta.year) if f.text == text]


def test_a_plan_figure_ending_in_yishang_before_another_of_its_list_is_kept(report, bot):
    (fact,) = _facts(report, "47万人以上")
    assert (fact.metric, fact.kind, fact.year) == ("城镇新增就业", "target", 2026)
    assert _figure(talk(bot, "今年城镇新增就业的目标是多少万人？")[0]) == ("number", 47.0, "万人")


def test_the_extreme_in_an_area_is_the_first_place_and_no_value(bot):
    answer = talk(bot, "银行业不良贷款率在全国排第几？")[0]
    assert _figure(answer) == ("number", 1.0, "位")
    assert "全国最低" in answer.text
    assert talk(bot, "银行业不良贷款率是多少？")[0].kind == "none"


def test_a_place_after_a_figure_ranks_the_thing_that_figure_is_of(report, bot):
    (rank,) = _facts(report, "连续5年保持西北第一")
    assert rank.metric == "利用率"
    assert _figure(talk(bot, "新能源利用率在西北地区排第几？")[0]) == ("number", 1.0, "位")


def test_an_autonomous_region_is_asked_by_its_short_name(bot):
    assert _figure(talk(bot, "白云2025年经济增速是多少？")[0]) == ("number", 5.3, "%")


def test_a_rise_written_in_money_is_a_change_not_a_level(report, bot):
    (fact,) = _facts(report, "183元")
    assert (fact.metric, fact.aspect) == ("最低工资标准每月", "growth")
    assert _figure(talk(bot, "2025年最低工资标准每月涨了多少钱？")[0]) == ("number", 183.0, "元")
    assert talk(bot, "2025年最低工资标准是多少？")[0].kind == "none"


def test_a_change_from_the_year_before_gives_that_year_its_figure(report, bot):
    assert [f.year for f in _facts(report, "729万人")] == [2024]
    assert _figure(talk(bot, "2025年底常住人口有多少万人？")[0]) == ("number", 732.0, "万人")


def test_changes_listed_with_he_are_each_parts_of_the_paired_word(report, bot):
    (town,) = _facts(report, "58794元")
    (country,) = _facts(report, "23184元")
    assert (town.metric, country.metric) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")
    assert _facts(report, "46503元")[0].year == 2021
    assert _figure(talk(bot, "“十四五”末城镇居民人均可支配收入提高到了多少元？")[0]) == ("number", 58794.0, "元")
    asked = "从2021年到2025年，农村居民人均可支配收入一共增加了多少元？"
    assert _figure(talk(bot, asked)[0]) == ("number", 6249.0, "元")
    # the town's rise is never the countryside's level
    assert talk(bot, "十四五期间城镇居民人均可支配收入增加了多少元？")[0].value != 23184.0


def test_a_level_reached_is_not_the_years_addition(bot):
    assert _figure(talk(bot, "新能源装机规模达到多少？")[0]) == ("number", 1.69, "亿千瓦")
    assert _figure(talk(bot, "去年新增新能源装机多少？")[0]) == ("number", 6482.0, "万千瓦")


def test_the_end_of_a_plan_period_or_a_span_asked_now_is_its_last_year(bot):
    assert _figure(talk(bot, "十四五期间结束时，常住人口城镇化率提高到了多少？")[0]) == ("number", 64.7, "%")


def test_a_gap_asked_as_faster_is_the_gap_the_report_states(bot):
    asked = "去年规上工业增加值增速比全国快了几个百分点？"
    assert _figure(talk(bot, asked)[0]) == ("number", 1.7, "个百分点")


def test_words_people_use_on_the_bundled_report(real_bot):
    assert _figure(talk(real_bot, "去年高新区服务业那一块一共挣了多少钱？")[0]) == ("number", 490.0, "亿元")
    assert _figure(talk(real_bot, "2011年一般预算财政收入比前年多长了多少？")[0]) == ("number", 27.0, "%")
    # an area asked: the park's investment is no answer
    assert talk(real_bot, "宁波国际智慧物流产业园占地多大？")[0].kind == "none"


COUNTY = """青石县2017年政府工作报告
——2017年1月10日在青石县第十七届人民代表大会第一次会议上
各位代表：
一、2016年工作回顾
2016年，全县节能环保、汽车及零部件、新材料等产业增加值分别同比增长29.2%、16.5%和16%。
二、2017年工作安排
全县生产总值增长8%左右。
"""

NATION = """政府工作报告
——2020年5月22日在第十三届全国人民代表大会第三次会议上
各位代表：
一、2019年工作回顾
去年，国内生产总值达到99.1万亿元，增长6.1%。
二、今年发展主要目标和下一阶段工作总体部署
今年城镇新增就业900万人以上。
三、加大宏观政策实施力度
拟安排地方政府专项债券3.75万亿元。
"""


def _bot_on(text: str, name: str, tmp_path_factory, real_bot) -> Bot:
    path = tmp_path_factory.mktemp(name) / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return Bot(report=path, index_dir=path.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_county_is_asked_by_its_short_name_and_a_listed_item_keeps_its_ji(tmp_path_factory, real_bot):
    bot = _bot_on(COUNTY, "county_2017", tmp_path_factory, real_bot)
    assert _figure(talk(bot, "青石去年汽车及零部件产业增加值增长多少？")[0]) == ("number", 16.5, "%")
    assert _figure(talk(bot, "去年新材料产业增加值增长多少？")[0]) == ("number", 16.0, "%")


def test_the_nations_report_is_its_own_country_and_its_plan_goes_on_in_later_parts(tmp_path_factory, real_bot):
    bot = _bot_on(NATION, "nation_2020", tmp_path_factory, real_bot)
    assert _figure(talk(bot, "2019年咱们国家的GDP是多少？")[0]) == ("number", 99.1, "万亿元")
    assert _figure(talk(bot, "今年地方政府专项债券打算安排多少？")[0]) == ("number", 3.75, "万亿元")
