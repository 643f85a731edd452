"""How many there are against a year's addition or a batch, units written per month or per voyage, a plan asked
of a year that has only results, a ranked set no count, a size never a count, two qualifiers set apart, a
follow-up naming several things in place of one, and a piece of a question naming no time — on a literal 2026
report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某省政府工作报告
——2026年1月18日在某省第十四届人民代表大会第四次会议上

一、2025年和“十四五”时期工作回顾
五年来，资本市场稳步发展，新增上市公司40家、总量达115家。汽车保有量由2000万辆增至2600万辆，其中新能源汽车由40万辆增至300万辆。
2025年，全省经济运行稳中有进。新引进创业企业近300家，新增上市公司5家。城市低保人均保障标准从780元/月提高至830元/月。
邮轮母港接待邮轮85艘次、旅客28万人次。新退出政府融资平台300家、超计划20家。
鼓励企业走出去，成功实现甲集团、乙集团等3个海外并购案，其中甲集团收购某公司入选2025年中国民企并购十大案例。
新引进各类人才3000多名，首批400名人才正式入住80套人才公寓。着力做好人才申报工作，共申报国家人才12名、省人才25名、市人才40名。

二、2026年工作安排
确保完成房屋拆迁面积30万平方米，力争完成36万平方米；新开工房屋建筑面积150万平方米。
引进10家以上有重大支撑力的大项目落户。加快原老城区2平方公里预留地等重点区域的规划修编工作。总部二期6个已供地项目全面开工建设，剩余地块年内完成招商并开工。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("stocks_and_units")
    report = folder / "province_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def test_how_many_there_are_is_not_a_years_addition(bot):
    total = talk(bot, "截至“十四五”末，上市公司总数有多少家？")[0]
    assert _figure(total) == ("number", 115, "家"), total.text
    assert _figure(talk(bot, "上市公司总量达到多少家？")[0]) == ("number", 115, "家")
    assert _figure(talk(bot, "十四五期间新增上市公司多少家？")[0]) == ("number", 40, "家")
    assert _figure(talk(bot, "去年新增上市公司几家？")[0]) == ("number", 5, "家")


def test_a_rise_asked_per_month_of_a_change_written_with_both_ends(bot):
    rise = talk(bot, "去年城市低保标准每月提高了多少元？")[0]
    assert _figure(rise) == ("number", 50, "元/月"), rise.text
    assert _figure(talk(bot, "城市低保标准现在每月多少钱？")[0]) == ("number", 830, "元/月")


def test_voyages_are_counted_in_their_own_unit(bot):
    ships = talk(bot, "去年邮轮母港接待了多少艘次邮轮？")[0]
    assert _figure(ships) == ("number", 85, "艘次"), ships.text


def test_a_plan_asked_of_a_year_with_only_results_is_not_the_result(bot):
    planned = talk(bot, "去年原本计划退出多少家政府融资平台？")[0]
    assert planned.kind != "number", planned.text
    assert _figure(talk(bot, "去年退出了多少家政府融资平台？")[0]) == ("number", 300, "家")


def test_a_ranked_set_counts_nothing(bot):
    deals = talk(bot, "去年省里企业出海收购一共成了几单？")[0]
    assert deals.value != 10, deals.text
    assert _figure(talk(bot, "去年一共实现了几个海外并购案？")[0]) == ("number", 3, "个")


def test_how_big_a_thing_is_is_never_a_count(bot):
    size = talk(bot, "今年规划修编的重点区域是哪里？", "那块地多大？")[1]
    assert not (size.kind == "number" and size.unit == "个"), size.text


def test_two_qualifiers_set_apart_are_of_the_thing_talked_about(bot):
    answers = talk(bot, "今年新开工房屋建筑面积目标是多少？", "拆迁确保完成多少？", "确保和力争差多少？")
    assert _figure(answers[1]) == ("number", 30, "万平方米"), answers[1].text
    assert _figure(answers[2]) == ("number", 6, "万平方米"), answers[2].text


def test_a_follow_up_naming_several_things_answers_each_and_they_add_up(bot):
    answers = talk(bot, "去年新引进了多少人才？", "申报国家人才多少名？", "省、市的呢？", "这三级加起来多少？")
    assert _figure(answers[1]) == ("number", 12, "名")
    assert "省人才（申报国家人才）：25名" in answers[2].text, answers[2].text
    assert "市人才（申报国家人才）：40名" in answers[2].text, answers[2].text
    assert _figure(answers[3]) == ("number", 77, "名"), answers[3].text


def test_a_batch_is_not_how_many_there_are_now(bot):
    now = talk(bot, "现在人才公寓一共住了多少人？")[0]
    assert now.value != 400, now.text
    last_year = talk(bot, "去年一共有多少人才入住人才公寓？")[0]  # the batch, or an ask-back offering it
    assert "400名" in last_year.text and last_year.unit != "套", last_year.text


def test_a_piece_naming_no_time_is_of_the_time_of_the_piece_before(bot):
    answer = talk(bot, "去年来省里创业的公司有多少，大项目有几个？")[0]
    assert "2026年有重大支撑力的大项目" not in answer.text, answer.text


def test_the_place_of_an_item_asked_in_other_words_and_one_level_down(real_bot):
    assert _figure(talk(real_bot, "今年的节能减排安排在重点工作第几项？")[0]) == ("number", 9, None)
    assert _figure(talk(real_bot, "节能减排属于第几项重点工作？")[0]) == ("number", 9, None)
    placed = talk(real_bot, "人才公寓的内容在第一部分哪个方面？", "是这个方面的第几条？")
    assert _figure(placed[0]) == ("number", 2, None), placed[0].text
    assert _figure(placed[1]) == ("number", 4, None), placed[1].text


def test_a_share_of_a_part_named_with_more_words_than_its_whole_at_the_latest_time(bot):
    share = talk(bot, "新能源汽车保有量占汽车保有量的比重是多少？")[0]
    assert share.kind == "number" and share.unit == "%", share.text
    assert abs(share.value - 300 / 2600 * 100) < 0.1, share.text
