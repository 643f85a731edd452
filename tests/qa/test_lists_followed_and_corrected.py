"""Lists gone on with and corrections said with fillers — 各是什么 / 分别是 after a count, the items under the
report's own numbers, the last point of a list after its first (最后一点 after 头一条), an indicator by place in
a heading without sub-headings (最后一项是什么 after 主要指标列了几项), names run to the end of their clause and
joined by 和 (A、B和C: three), a correction said with fillers or naming what it rejects after (不对，我刚才其实想问
的是…目标 / …，不是…), a name asked of a thing the report names without one, the sides of a comparison set apart
by their kinds, a size class counting things, a part named with 里, the part an item was picked in, 一是二是
counted, the sub-headings of a part, on whose behalf the report is given, a ratio said with 除以, what is left of
a whole after the share just asked, a figure restated in surprise (才增长13%？), a sentence listing the things
asked, a plan's figure after a share (今年目标？) against the share redone (按今年的目标算呢), an option chosen by an
abbreviation (风投那部分) and a sum of two metrics named after a share — on a literal report of our own with the real
model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年政府工作报告
（2024年1月10日）
现在，我代表新区管委会，作2023年工作总结和2024年工作安排的报告。
一、2023年工作回顾
（一）经济运行
全年完成地区生产总值150亿元，同比增长11%；技工贸总收入700亿元，同比增长20%。全年协议引进内外资总额80亿元，实际引进内外资总额50亿元。推动设立总规模60亿元、首期投资20亿元的智能产业基金。先进制造业基地加快建设，新开工工业项目5个。完成拆迁面积30.5万平方米。全年新开工房屋建筑面积90万平方米，竣工面积80万平方米。
（二）创新创业
新能源、新材料、生物医药等先进制造业稳步壮大。为创业企业获得融资贷款3000万元、风险投资4000万元。新引进各类人才2000多名。成功举办第五届全国青年创新创业大赛、第二届长三角智能制造论坛和第三届新区发明创新大赛，创新氛围更加活跃。新认定高新技术企业16家，省级创新型试点企业3家，新认定工程技术中心18家。新引进创业企业近150家，其中投资1000万元以上项目9个；新增销售收入超500万元的企业18家。新成立新安社区卫生服务站。成立全市首家科技银行，推出“科创通”金融产品。重点扶持东方光电、南海电池、西部汽车电子等重点骨干企业发展，全区全年实现工业总产值500亿元。
（三）社会事业
1、社会公共事业加快发展。成功举办“和谐新区”大型文艺晚会。
2、就业工作稳步开展。加强劳动就业平台建设。
3、社会管理不断加强。完善网格化管理。
在肯定成绩的同时，我们也认识到工作中还存在一些不足：创新能力还不够强；产业集群化水平还不够高；服务效率有待提高；营商环境仍需优化。
二、2024年工作安排
（一）指导思想
坚持创新驱动，加快高质量发展。
（二）工作目标
1、主要经济指标
实现地区生产总值170亿元，同比增长13%；技工贸总收入820亿元，同比增长17%；财政一般预算收入26亿元，同比增长10%；全社会固定资产投资58亿元，同比增长6%。
2、新城建设指标
引进各类人才3000名以上，引进海外留学人才100名以上。确保完成房屋拆迁面积15万平方米，力争完成18万平方米。新开工房屋建筑面积100万平方米，竣工70万平方米。
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


@pytest.mark.parametrize(
    ("asked", "named"),
    [
        ("那家科技银行叫什么名字？", ""),
        ("晚会叫什么名字？", "“和谐新区”大型文艺晚会"),
        ("去年新成立的社区卫生服务站叫啥？", "新安社区卫生服务站"),
    ],
)
def test_a_name_asked_is_given_only_where_the_report_writes_one(bot, asked, named):
    answer = bot.ask(asked)
    if named:
        assert answer.kind == "passage" and named in answer.text, answer.text
    else:
        assert answer.kind == "none" and "科技银行" in answer.text and "名称" in answer.text, answer.text
        assert "原文：" in answer.text and answer.sources, answer.text


def test_a_name_asked_of_a_thing_the_report_never_mentions_is_refused(bot):
    answer = bot.ask("软件园的总经理叫什么？")
    assert answer.kind == "none" and "原文" not in answer.text, answer.text


def test_the_sides_of_a_comparison_set_apart_by_kind_keep_the_metric_named_first(bot):
    *_, answer = talk(bot, "今年新开工房屋建筑面积目标是多少？", "竣工目标比去年完成的少多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 10, "万平方米"), answer.text


def test_a_size_class_said_without_its_unit_counts_things(bot):
    assert bot.understand("销售收入超500万的新增多少？").unit is None
    *_, answer = talk(bot, "去年新引进的创业企业有多少？", "销售收入超500万的新增多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 18, "家"), answer.text


@pytest.mark.parametrize("asked", ["工作回顾里提到几点不足？", "工作回顾部分讲了几方面不足？"])
def test_things_counted_under_a_part_are_those_a_sentence_of_it_lists(bot, asked):
    count, second = talk(bot, asked, "第二点是什么？")
    assert (count.kind, count.value) == ("number", 4), count.text  # not the part's three 方面
    assert second.kind == "passage" and second.text.startswith("产业集群化水平还不够高"), second.text


def test_this_aspect_after_an_item_picked_in_it_is_the_aspect(bot):
    item, count = talk(bot, "2023年第三方面下面第一条是什么？", "这一方面总共几条？")
    assert "社会公共事业加快发展" in item.text, item.text
    assert (count.kind, count.value) == ("number", 3), count.text


@pytest.mark.parametrize("asked", ["重点工作第一条里有几个“一是二是”？", "重点工作第一条里有几个“一是、二是”？"])
def test_the_reports_own_numbering_named_is_counted(bot, asked):
    answer = bot.ask(asked)
    assert (answer.kind, answer.value) == ("number", 3), answer.text


def test_the_sub_headings_of_a_part_are_listed(bot):
    listed, count = talk(bot, "2023年社会事业那部分的小标题？", "分几条？")
    assert listed.kind == "list" and "就业工作稳步开展" in listed.text, listed.text
    assert (count.kind, count.value) == ("number", 3), count.text


def test_on_whose_behalf_the_report_is_given(bot):
    answer = bot.ask("这是以谁的名义作的报告？")
    assert "新区管委会" in answer.text, answer.text


def test_a_ratio_said_with_divided_by_between_two_sides_named_by_how(bot):
    *_, answer = talk(bot, "2023年引进内外资总额是多少？", "去年实际除以协议，到位率多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 62.5, "%"), answer.text


def test_what_is_left_of_a_whole_after_the_share_just_asked(bot):
    *_, share, left = talk(bot, "那个智能产业基金总规模多大？", "首期呢？", "首期占总规模几成？", "首期之外还剩多少？")
    assert share.value == pytest.approx(33.3, abs=0.05), share.text
    assert (left.kind, left.value, left.unit) == ("number", 40, "亿元"), left.text


def test_a_figure_restated_in_surprise_is_answered_with_the_figure(bot):
    *_, answer = talk(bot, "2023年地区生产总值是多少？", "2024年目标呢？", "才增长13%？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 13, "%"), answer.text


def test_a_sentence_listing_the_things_asked_weighs_more_for_which_ones(bot):
    from qa.passages import pick_quotes, question_words

    context = bot.context
    groups = question_words(context.tokenizer, "先进制造业有哪些？", context.weights, passage=True)
    chunks = [c for c in bot.index.chunks if "先进制造业" in c.text]
    plain, listing = (pick_quotes(chunks, groups, context.weights, listing=flag) for flag in (False, True))
    top = [max(quotes, key=lambda q: q.score).sentence.text for quotes in (plain, listing)]
    assert top[0].startswith("先进制造业基地加快建设"), top  # as many of the question's words, nearer in meaning
    assert top[1].startswith("新能源、新材料、生物医药"), top  # the members of the thing asked


@pytest.mark.parametrize(("asked", "value", "unit"), [("今年目标？", 170, "亿元"), ("按今年的目标算呢？", 20.7, "%")])
def test_after_a_share_a_plan_asks_the_figure_unless_the_share_is_redone(bot, asked, value, unit):
    share, answer = talk(bot, "2023年地区生产总值占技工贸总收入的比重是多少？", asked)
    assert share.value == pytest.approx(21.4, abs=0.05), share.text
    assert (answer.kind, answer.unit) == ("number", unit) and answer.value == pytest.approx(value, abs=0.05), (
        answer.text
    )


def test_an_option_chosen_by_an_abbreviation_and_then_summed(bot):
    asked, chosen, summed = talk(bot, "去年帮创业企业拿到多少钱？", "风投那部分", "两项加起来呢？")
    assert asked.kind == "clarify", asked.text
    assert (chosen.kind, chosen.value, chosen.unit) == ("number", 4000, "万元"), chosen.text
    assert (summed.kind, summed.value) == ("number", 7000), summed.text


def test_a_sum_of_two_metrics_named_after_a_share(bot):
    *_, answer = talk(bot, "2023年地区生产总值占技工贸总收入的比重是多少？", "那GDP加技工贸合计多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 850, "亿元"), answer.text


def test_a_thing_named_after_an_item_of_the_outline_is_not_that_item(bot):
    *_, item, named = talk(bot, "2024年工作安排部分分几块？", "最后一项是什么？", "那家科技银行叫什么名字？")
    assert "工作举措" in item.text, item.text
    assert named.kind == "none" and "科技银行" in named.text, named.text
