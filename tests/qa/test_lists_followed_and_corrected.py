"""Lists gone on with and corrections said with fillers — 各是什么 / 分别是 after a count, the items under the
report's own numbers, the last point of a list after its first (最后一点 after 头一条), an indicator by place in
a heading without sub-headings (最后一项是什么 after 主要指标列了几项), names run to the end of their clause and
joined by 和 (A、B和C: three), and a correction said with fillers or
naming what it rejects after (不对，我刚才其实想问的是…目标 / …，不是…) — on a literal report of our own with the
real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年政府工作报告
（2024年1月10日）
一、2023年工作回顾
（一）经济运行
全年完成地区生产总值150亿元，同比增长11%；技工贸总收入700亿元，同比增长20%。完成拆迁面积30.5万平方米。
（二）创新创业
成功举办第五届全国青年创新创业大赛、第二届长三角智能制造论坛和第三届新区发明创新大赛，创新氛围更加活跃。新认定高新技术企业16家，省级创新型试点企业3家，新认定工程技术中心18家。
二、2024年工作安排
（一）指导思想
坚持创新驱动，加快高质量发展。
（二）工作目标
1、主要经济指标
实现地区生产总值170亿元，同比增长13%；技工贸总收入820亿元，同比增长17%；财政一般预算收入26亿元，同比增长10%；全社会固定资产投资58亿元，同比增长6%。
2、新城建设指标
确保完成房屋拆迁面积15万平方米，力争完成18万平方米。
（三）重点工作
1、做强软件基地。
一是加快软件园三期工程建设，力争年内主体结构封顶。
二是加快软件企业的引进培育，新引进软件企业40家以上。
三是加快软件园品牌推广，扩大产业集群效应。
2、建设物流产业园。
一是加快北区物流园建设。
二是加快南区冷链基地建设。
（四）工作举措
加强组织领导，完善考核机制。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("lists_followed")
    report = folder / "newarea_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


@pytest.mark.parametrize("asked", ["各是什么？", "分别是？", "各自是什么？"])
def test_the_items_just_counted_are_listed_under_the_reports_own_numbers(bot, asked):
    count, items = talk(bot, "2024年工作安排部分分几块？", asked)
    assert (count.kind, count.value) == ("number", 4), count.text
    assert items.kind == "list", items.text
    lines = ["（一）指导思想", "（二）工作目标", "（三）重点工作", "（四）工作举措"]  # as the report numbers them
    assert [line for line in items.text.splitlines() if line.startswith("（")] == lines, items.text


def test_the_last_point_after_the_first_is_in_the_same_list(bot):
    count, first, last = talk(bot, "做强软件基地这条分几点？", "头一条讲什么？", "最后一点呢？")
    assert count.value == 3, count.text
    assert "软件园三期" in first.text, first.text
    assert last.kind == "passage" and "第3点" in last.text and "品牌推广" in last.text, last.text
    history = [("做强软件基地这条分几点？", count.text), ("头一条讲什么？", first.text)]
    position = bot.understand("最后一点呢？", history).position
    assert position is not None and position.ask == "item" and position.path[-1].index == -1, position


@pytest.mark.parametrize(
    ("asked", "said"), [("最后一项是什么？", "全社会固定资产投资58亿元"), ("第二项呢？", "技工贸总收入820亿元")]
)
def test_an_indicator_is_found_by_its_place_under_a_heading_without_sub_headings(bot, asked, said):
    count, item = talk(bot, "2024年主要经济指标列了几项？", asked)
    assert (count.kind, count.value) == ("number", 4), count.text
    assert item.kind == "passage" and said in item.text and "原文：" in item.text, item.text


def test_names_run_to_their_clauses_end_and_the_last_joined_by_he_counts(bot):
    listed, counted = talk(bot, "去年成功举办的大赛和论坛有哪些？", "一共几个？")
    assert "长三角智能制造论坛" in listed.text, listed.text
    assert (counted.kind, counted.value) == ("number", 3), counted.text
    assert "第二届长三角智能制造论坛" in counted.text, counted.text


def test_a_correction_said_with_fillers_asks_anew_what_it_names(bot):
    *_, corrected = talk(bot, "2023年地区生产总值增速是多少？", "不对，我刚才其实想问的是技工贸总收入的2024年目标")
    assert (corrected.kind, corrected.value, corrected.unit) == ("number", 820, "亿元"), corrected.text


def test_a_correction_naming_what_it_rejects_after_drops_those_words(bot):
    corrected_as = "不对，我要问的是省级创新型试点企业，不是工程技术中心"
    first, corrected = talk(bot, "去年新认定的工程技术中心有多少家？", corrected_as)
    assert first.value == 18, first.text
    assert (corrected.kind, corrected.value) == ("number", 3), corrected.text
    assert "工程技术中心" not in bot.understand("我要问的是省级创新型试点企业，不是工程技术中心").metric
