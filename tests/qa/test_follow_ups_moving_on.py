"""Follow-ups that move the talk on without naming what it is about: another phase compared (比二期高几个百分点
after 一期的), a correction to the aspect of a computation (不对，我是问增速比去年低了多少), the same passage topic
at another time (今年呢？ after 去年办了哪些比赛), a figure the plan gives only in words (今年呢？ after 燃煤锅炉关了
几台), and a time the report does not speak of (前年呢？) — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某园区2024年工作报告
（2024年1月15日）
各位代表：
一、2023年工作回顾
2023年，全区实现地区生产总值150亿元，同比增长10%；实现技工贸总收入600亿元，同比增长20%。
（一）平台建设成效明显
1.研发园建设加快。研发园一期、二期入驻率分别达到90%和70%。
2.创业氛围活跃。成功举办第五届创新创业大赛和第二届青年创客大赛，参赛项目大幅增加。
（二）生态环境持续改善
全年关停燃煤锅炉12台，新增绿地20万平方米。
二、2024年工作安排
（一）主要目标
实现地区生产总值165亿元，同比增长10%；技工贸总收入700亿元，同比增长16.7%。
（二）重点工作
1、办好双创赛事。继续办好创新创业大赛、科技成果转化大赛等品牌赛事，吸引优质项目落户。
2、改善生态环境。年内全部关停区内燃煤锅炉，新增绿地15万平方米。
3、进一步优化营商环境。深化审批制度改革。
4、进一步提升城市品质。加快老旧小区改造。
同志们，让我们携手并进，再创佳绩！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("moving_on")
    report = folder / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _history(bot, *questions: str) -> list[tuple[str, str]]:
    return [(q, a.text) for q, a in zip(questions, talk(bot, *questions), strict=True)]


def test_another_phase_compared_with_the_one_chosen(bot):
    history = _history(bot, "研发园入驻率现在到多少了？", "一期的")
    query = bot.understand("比二期高几个百分点？", history)
    assert [p.metric.split()[0] for p in query.parts] == ["一期", "二期"], query.parts
    asked, chosen, compared = talk(bot, "研发园入驻率现在到多少了？", "一期的", "比二期高几个百分点？")
    assert asked.kind == "clarify" and (chosen.kind, chosen.value) == ("number", 90), chosen.text
    assert (compared.kind, compared.value, compared.unit) == ("number", 20, "个百分点"), compared.text


def test_a_correction_to_the_aspect_keeps_the_figures_compared(bot):
    history = _history(bot, "2024年技工贸目标比2023年多多少？")
    query = bot.understand("不对，我是问增速比去年低了多少", history)
    assert [(p.years, p.aspect) for p in query.parts] == [((2024,), "growth"), ((2023,), "growth")], query.parts
    first, corrected = talk(bot, "2024年技工贸目标比2023年多多少？", "不对，我是问增速比去年低了多少")
    assert (first.kind, first.value) == ("number", 100), first.text
    assert corrected.kind == "number" and abs(abs(corrected.value) - 3.3) < 1e-6, corrected.text
    assert corrected.unit == "个百分点", corrected.text


def test_a_passage_topic_asked_again_at_another_time(bot):
    query = bot.understand("今年呢？", _history(bot, "去年办了哪些比赛？"))
    assert query.section is None and "比赛" in query.words and query.time.years == (2024,), query
    last_year, this_year = talk(bot, "去年办了哪些比赛？", "今年呢？")
    assert last_year.kind == "passage" and "青年创客大赛" in last_year.text, last_year.text
    assert this_year.kind == "passage" and "科技成果转化大赛" in this_year.text, this_year.text


def test_a_figure_the_plan_gives_only_in_words_is_quoted(bot):
    counted, planned = talk(bot, "燃煤锅炉关了几台？", "今年呢？")
    assert (counted.kind, counted.value) == ("number", 12), counted.text
    assert planned.kind == "passage" and "年内全部关停区内燃煤锅炉" in planned.text, planned.text


def test_a_time_the_report_does_not_speak_of_gets_no_passage_of_another(bot):
    given, before = talk(bot, "去年GDP多少？", "前年呢？")
    assert (given.kind, given.value) == ("number", 150), given.text
    assert before.kind == "none" and "2022年" in before.text, before.text


def test_items_beginning_with_words_are_listed_and_counted_not_an_opening(bot):
    listed, counted = talk(bot, "重点工作里以“进一步”开头的有哪些", "几项")
    assert listed.kind == "list" and len(listed.options) == 2, listed.text
    assert "优化营商环境" in listed.text and "提升城市品质" in listed.text, listed.text
    assert (counted.kind, counted.value) == ("number", 2), counted.text


def test_a_rise_still_to_come_is_the_one_the_plan_sets(bot):
    turns = talk(bot, "2024年技工贸总收入计划多少？", "去年是多少？", "那要增长多少？")
    assert [a.value for a in turns[:2]] == [700, 600], [a.text for a in turns]
    assert (turns[-1].kind, turns[-1].value, turns[-1].unit) == ("number", 16.7, "%"), turns[-1].text
