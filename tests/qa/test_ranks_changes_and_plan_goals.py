"""Places, changes and plan goals as provincial reports write them: a place of the clause's subject, a place a
change runs to, the places of a list; a change written with both ends asked as how much it rose or fell; a
plan's goals asked by the plan's last year; a list of bare figures sharing the noun after it; the genre's words
(涨幅, 物价, 利用外资, 规上工业, PM2.5, 人次) — on a literal 2026 report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第五次会议上

一、2025年和“十四五”时期工作回顾
五年来，全省生产总值年均增长5.8%，规模稳居全国第6位。一般公共预算收入从3100亿元提高到3900亿元，跃居全国第7位。
某某港航运发展指数从全球第12位跃升至第8位。省属企业营收和利润分别居全国第4、第9位。
深化国资国企改革，市属重点国企由42家整合为27家，开发区和工业园区由150个整合为118个。
高等教育毛入学率提高9个百分点，关键业务环节全面数字化企业占比居全国第三，内陆开放口岸数量稳居西部第一。
2025年，全省实际使用外资96.5亿美元，规模工业增加值增长6.4%、高于全国平均0.3个百分点，细颗粒物年均浓度29微克/立方米。
人均生产总值由6.1万元提升至8.2万元。
全年投资80.5亿元，完成2.3万户、160万平方米棚改任务。旅游接待人数达到850万人次。
社会民生事业全面进步，主要经济指标增速保持全省前列。

二、2026年工作安排
主要预期目标是：地区生产总值增长5%左右，居民消费价格涨幅2%左右，城镇新增就业60万人。
“十五五”时期的主要目标是：到2030年，居民人均可支配收入达到5万元左右，常住人口城镇化率达到72%左右。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("ranks_and_changes")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def test_a_place_without_words_of_its_own_is_of_the_clauses_subject(bot):
    assert _figure(_one(bot, "一般公共预算收入在全国排第几？")) == ("number", 7, "位")
    assert _figure(_one(bot, "全省经济总量在全国排第几？")) == ("number", 6, "位")
    # the place is no count of 位 named by the words before it
    assert all(not (f.aspect == "value" and f.unit == "位") for f in bot.index.facts)


def test_a_place_a_change_runs_to_is_the_place_now(bot):
    answer = _one(bot, "某某港航运发展指数现在在全球排第几？")
    assert _figure(answer) == ("number", 8, "位"), answer.text


def test_the_places_of_a_list_are_each_items(bot):
    assert _figure(_one(bot, "省属企业利润在全国排第几？")) == ("number", 9, "位")
    assert _figure(_one(bot, "省属企业营收全国排名第几？")) == ("number", 4, "位")


def test_a_rank_asked_how_it_stands_and_a_rank_of_a_share(bot):
    assert _figure(_one(bot, "内陆开放口岸数量在西部地区排名如何？")) == ("number", 1, "位")
    assert _figure(_one(bot, "关键业务环节全面数字化的企业占比在全国排第几？")) == ("number", 3, "位")


def test_a_change_written_with_both_ends_answers_how_much_it_fell(bot):
    merged = _one(bot, "这几年市属重点国企合并整合之后少了多少家？")
    assert _figure(merged) == ("number", 15, "家"), merged.text
    assert _figure(_one(bot, "开发区和工业园区整合后减少了多少个？")) == ("number", 32, "个")


def test_a_rates_rise_is_in_points(bot):
    assert _figure(_one(bot, "十四五期间高等教育毛入学率提高了多少？")) == ("number", 9, "个百分点")


def test_a_plans_goals_are_its_last_years(bot):
    income = _one(bot, "到2030年，居民人均可支配收入要达到多少万元？")
    assert _figure(income) == ("number", 5, "万元"), income.text
    assert _figure(_one(bot, "2030年常住人口城镇化率目标是多少？")) == ("number", 72, "%")


def test_bare_figures_of_a_list_share_the_noun_after_it(bot):
    answer = _one(bot, "去年完成了多少户棚改？")
    assert _figure(answer) == ("number", 2.3, "万户"), answer.text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("今年物价涨幅目标是多少？", 2, "%"),
        ("今年CPI涨幅目标定在多少？", 2, "%"),
        ("去年实际利用外资是多少亿美元？", 96.5, "亿美元"),
        ("2025年规上工业增加值涨了多少？", 6.4, "%"),
        ("2025年PM2.5年均浓度降到了多少？", 29, "微克/立方米"),
        ("去年来旅游的人有多少？", 850, "万人次"),
        ("今年城镇新增就业人数目标是多少？", 60, "万人"),
    ],
)
def test_the_genres_words_for_its_measures(bot, question, value, unit):
    answer = _one(bot, question)
    assert _figure(answer) == ("number", value, unit), answer.text


def test_a_rank_asked_how_it_stands_with_no_number_is_the_passage(bot):
    answer = _one(bot, "主要经济指标增速在全省排名怎么样？")  # 保持全省前列: no place as a number
    assert answer.kind == "passage" and "前列" in answer.text, answer.text


def test_points_asked_after_a_share_are_never_an_amount(real_bot):
    answers = talk(real_bot, "去年服务业占技工贸总收入的比重呢", "提高了几个百分点？")
    assert answers[0].kind == "number" and answers[0].unit == "%", answers[0].text
    assert not (answers[1].kind == "number" and answers[1].unit not in ("%", "个百分点")), answers[1].text


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("我想了解一下，高新区2011年一整年的经济总量大概有多大？", 170, "亿元"),
        ("去年高新区一年工业产出有多少？", 370, "亿元"),
        ("2011年高新区绿地新增了多大面积？", 29, "万平方米"),
        ("去年关掉了几台烧煤的锅炉？", 9, "台"),
        ("去年搬迁了多少家企业？", 40, "家"),
    ],
)
def test_everyday_words_of_the_bundled_report(real_bot, question, value, unit):
    answer = _one(real_bot, question)
    assert _figure(answer) == ("number", value, unit), answer.text


def test_a_figure_of_the_whole_is_not_the_places_own_nor_its_gap(bot):
    assert _figure(_one(bot, "2025年规上工业增加值增速比全国高多少？")) == ("number", 0.3, "个百分点")
    # the whole's own figure is worked back from the two the report gives (6.4 − 0.3), shown as such
    whole = _one(bot, "2025年全国规上工业增加值增速是多少？")
    assert _figure(whole) == ("number", 6.1, "%") and "6.4 − 0.3" in whole.text, whole.text


def test_a_place_the_report_never_writes_is_not_its_own(bot):
    from qa.numeric import foreign_places

    tokenizer, weights = bot.index.tokenizer, bot.context.weights
    # a place jieba's dictionary knows that the report never writes; the report's own words name no other place
    assert foreign_places("满洲里旅游接待人数", tokenizer, weights) == ["满洲里"]
    assert foreign_places("全省旅游接待人数", tokenizer, weights) == []
    assert _figure(_one(bot, "去年来旅游的人有多少？")) == ("number", 850, "万人次")
    elsewhere = _one(bot, "满洲里去年旅游接待了多少人次？")
    assert elsewhere.kind == "none", elsewhere.text


def test_a_rise_asked_of_a_change_written_with_both_ends(bot):
    answer = _one(bot, "十四五期间人均GDP提高了多少万元？")
    assert _figure(answer) == ("number", 2.1, "万元"), answer.text
