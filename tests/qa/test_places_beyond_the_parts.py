"""A place named first that the report's top lists do not hold (第五项, 第四项软件园品牌下面), and the items of a
phrase asked with 哪几 (要建哪几个特区) — on a literal report of our own with the real model."""

import pytest

REPORT = """某园区2024年工作报告
一、2023年工作回顾
（一）产业发展提速
1.龙头企业做大做强。新增产值亿元企业6家。
2.孵化平台加快建设。新增孵化器3家。
（二）城市功能不断完善
1.路网建设提速。全年新建道路8千米。
2.出行条件改善。新增公交线路4条。
二、2024年工作安排
（一）重点工作
1.加快制造业基地建设。培育骨干企业。
2.加快创业园建设。制定三年行动计划。
3.加强科技和人才支撑。加快建成全市最具影响力的“科技特区”、“人才特区”和“资本特区”。
4.进一步做响软件园品牌。
一是加快载体建设。建成软件大楼。
二是加快企业引进。新引进软件企业20家。
三是优化服务环境。完善公共服务平台。
5.加强城市管理和环境保护。
一是提高城市管理水平。推进网格化管理。
二是加强节能减排。关停燃煤锅炉。
（二）工作举措
1.强化作风效能。同志们，让我们团结一心，为建成一流园区而努力奋斗！
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("beyond")
    report = folder / "park_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _talk(bot, *questions: str):
    history, answers = [], []
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
        answers.append(answer)
    return answers


def test_a_place_beyond_the_parts_lists_is_in_the_one_list_that_holds_it(bot):
    count, second = _talk(bot, "第五项有几点", "第二点讲的什么？")
    assert (count.kind, count.value) == ("number", 2), count.text
    assert "加强城市管理和环境保护" in count.text
    assert second.kind == "passage" and "加强节能减排" in second.text, second.text


def test_words_after_a_place_gloss_its_item(bot):
    count, second = _talk(bot, "第四项软件园品牌下面分几点", "第二点讲什么")
    assert (count.kind, count.value) == ("number", 3), count.text
    assert second.kind == "passage" and "加快企业引进" in second.text, second.text


def test_which_of_a_noun_without_a_number_lists_the_run_the_report_writes(bot):
    listed, third = _talk(bot, "要建哪几个特区？", "第三个是哪个")
    assert listed.kind == "list" and listed.options == ("科技特区", "人才特区", "资本特区"), listed.text
    assert third.kind == "passage" and "资本特区" in third.text, third.text
