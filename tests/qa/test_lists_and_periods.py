"""Figures of lists and periods in a report nobody tuned on, asked as people ask: growths given respectively after
a clause of figures of several things, the item of a 分别 list the question names whole, a count asked back
rather than answered by names listed elsewhere, a plan period's growth no two years of the report give, a rise
between two ends named, the difficulties the report admits, what was done under a counted name, a figure asked
with a rumour beside it, an average per thing asked first, money asked of a rate per year, a share stated of a
whole the question abbreviates, town people in everyday words, and phases listed with the thing before the first
and the measure after the last — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第四次会议上

一、2025年和“十四五”时期工作回顾
过去的一年，全年接待国内游客3.2亿人次、入境游客520万人次，分别增长5.1%、28.4%。生产安全事故起数、死亡人数分别下降12%、9.5%。全省地区生产总值5.2万亿元、增长5.4%，地方一般公共预算收入4211亿元。国家高新技术企业1.1万家。1550个省重点项目完成投资7398亿元。城乡低保平均标准分别提高到801元/月、7226元/年。工业增加值占地区生产总值比重提高到25.5%。城乡居民人均可支配收入分别达6.9万元、3.4万元。科创园一期、二期入驻率分别达到92%和74%。汽车保有量由2552万辆增至3230万辆，其中新能源汽车由45万辆增至356万辆。
五年来，新增黄山、青山、绿水等全国文明城市8个，总数达到15个。
“三个全覆盖”工程扎实推进，完成了12个村的道路硬化；解决了3000人的安全饮水问题。
在看到成绩的同时，我们也清醒地认识到，发展中还存在不少困难和问题：产业结构不够合理；县域经济实力不强；民生保障还有短板。

二、2026年工作安排
全省地区生产总值增长5%左右。实施1000个以上省重点项目，年度完成投资1万亿元。国家高新技术企业达到1.3万家。支持东湖、南岭、西岗等地创建全国文明城市。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("lists_and_periods")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def test_growths_given_respectively_after_figures_of_several_things(bot):
    inbound = _one(bot, "去年入境游客增长了多少？")
    assert (inbound.kind, inbound.value, inbound.unit) == ("number", 28.4, "%")
    domestic = _one(bot, "去年国内游客增长了多少")
    assert (domestic.kind, domestic.value) == ("number", 5.1)


def test_the_item_of_a_respective_list_named_whole(bot):
    deaths = _one(bot, "去年生产安全事故死亡人数下降了多少？")
    assert (deaths.kind, deaths.value) == ("number", 9.5)  # not 起数's 12, which shares 生产安全事故
    accidents = _one(bot, "去年生产安全事故起数下降了多少？")
    assert (accidents.kind, accidents.value) == ("number", 12.0)


def test_a_count_with_figures_is_not_answered_by_names_listed_elsewhere(bot):
    count = _one(bot, "全国文明城市有几个？")
    assert count.kind == "clarify" and "15个" in count.text  # 新增8 or 总数15, never the 3 places named in 2026
    before = _one(bot, "十四五之前有几个全国文明城市？")
    assert before.value != 3.0


def test_a_plan_period_s_growth_is_not_worked_out_from_two_other_years(bot):
    answer = _one(bot, "十三五期间全省地区生产总值年均增长多少？")
    assert answer.kind == "none"


def test_a_rise_between_two_ends_named_is_not_one_end(bot):
    answer = _one(bot, "国家高新技术企业要从现在的数量增加到今年的目标，还要增加多少家？")
    assert answer.value != 1.3  # the target is one end of the rise, not the rise


def test_the_difficulties_the_report_admits(bot):
    from qa.shortcomings import answer_shortcomings

    admitted = _one(bot, "报告里承认现在发展还有哪些问题？")
    assert admitted.kind == "passage" and "产业结构不够合理" in admitted.text
    assert "民生保障还有短板" in admitted.text  # to the full stop, past the clauses cut at ；
    topic = bot.understand("教育方面还有哪些问题")  # a topic of its own: not the report's account of them all
    assert answer_shortcomings(topic, bot.context) is None


def test_what_was_done_under_a_counted_name_is_a_passage(bot):
    done = _one(bot, "去年“三个全覆盖”工程具体干了哪些事？")
    assert done.kind == "passage" and "道路硬化" in done.text


def test_a_figure_asked_with_a_rumour_beside_it(bot):
    answer = _one(bot, "去年地方一般公共预算收入是多少，听说破了4000亿？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 4211.0, "亿元")


def test_an_average_per_thing_asked_first(bot):
    answer = _one(bot, "去年省重点项目平均每个完成投资大概多少亿元？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 4.77, "亿元")  # 7398 ÷ 1550


def test_money_asked_of_a_rate_per_year(bot):
    answer = _one(bot, "农村低保标准现在一年多少钱？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 7226.0, "元/年")


def test_a_share_stated_of_a_whole_the_question_abbreviates(bot):
    answer = _one(bot, "工业增加值占GDP比重去年是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 25.5, "%")


def test_town_people_in_everyday_words(bot):
    answer = _one(bot, "城里人去年人均一年能挣多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 6.9, "万元")


def test_phases_listed_share_the_thing_and_the_measure(bot):
    first = _one(bot, "科创园一期现在住进去几成了，入驻率多少？")
    assert (first.kind, first.value, first.unit) == ("number", 92.0, "%")
    second = _one(bot, "科创园二期入驻率是多少")
    assert (second.kind, second.value) == ("number", 74.0)
    either = _one(bot, "入驻率多少")
    assert either.kind == "clarify"  # 一期 or 二期: neither named


def test_tenths_more_than_the_year_before_is_the_year_s_growth(bot):
    answer = _one(bot, "2025年全省地区生产总值比上年多了几成？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 5.4, "%")


def test_a_part_named_after_its_whole_and_money_asked_after_its_count(bot):
    part = _one(bot, "现在新能源汽车保有量大概多少万辆？")
    assert (part.kind, part.value, part.unit) == ("number", 356.0, "万辆")  # not the whole's 3230万辆
    money = _one(bot, "今年省重点项目计划一年完成多少投资？")
    assert money.value != 1000.0  # 多少投资: money, never the count of projects
