"""Talk that goes on from what was just given: a share of the whole a part was asked of, a figure set against the
one just given, the standing count before an addition, a counterpart worded apart in a difference, the amount
after a growth, the item next to the one given, the members a figure's sentence lists; and a question's own
forms: a list added up, a superlative asked with its figure, a piece restating the one before, a whole item
asked by its heading, the title lines and the salutation — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2021年工作总结和2022年工作计划

创新驱动  协调发展

奋力开创“一区两园”建设新局面

（2022年1月10日）

同志们：

现在，我代表新区管委会作工作报告。

一、2021年工作总结
2021年，新区被省政府批准为省级生态示范园区创建单位。全年实现营业总收入900亿元，同比增长20%；完成财政一般预算收入45亿元，同比增长12%；完成固定资产投资80亿元，同比增长8%。
（一）产业发展
1、产业规模扩大。全区亿元以上企业达60家，其中10亿元以上9家、50亿元以上4家。全区实现工业总产值400亿元，同比增长15%。实现服务业总收入500亿元，同比增长30%。
2、创新主体壮大。新认定高新技术企业18家，累计达90家。获专利授权800件，其中发明专利100件。新引进各类研发机构40家，包括甲研究院、乙研究院、丙研究院等一批重点研发机构。为科技企业获得融资贷款4000万元、风险投资7000万元。
3、用地保障。全年完成土地农转用报批800亩，征收集体土地2100亩。
4、载体建设。总投资约20亿元的智慧物流产业园开工建设。
（二）社会事业
1、教育发展。新建幼儿园3所。
2、医疗卫生。新建社区卫生服务站2家。
3、文化体育。举办首届文化艺术节。
4、生态建设。积极推进省级生态示范园区建设，示范区规划通过市政府批准。
二、2022年工作计划
（一）主要经济指标
实现营业总收入1050亿元，同比增长16.7%；财政一般预算收入50亿元，同比增长11.1%；固定资产投资84亿元，同比增长5%。
（二）重点工作
1、做强主导产业。全年实现工业总产值460亿元，进一步提高三大主导产业占工业总产值比重。全年实现服务业总收入590亿元。争取报批土地600亩、征收集体土地500亩。
2、建设三个特区。一是加快“科技特区”建设。增加财政对科技的投入，促使企业研发经费增长20%。二是加快“资本特区”建设。推动科技银行创新金融产品；筹备成立股权投资协会，探索设立投资引导基金、科技担保公司。加大企业上市培育力度，力争3家企业上市。三是加快“人才特区”建设。新引进海外人才300名以上。
3、提升研发园。再引进研发机构25家以上。
4、加快智慧物流产业园建设。完善园区功能布局，确保年内进入主体施工；引进物流企业10家以上。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("talk_goes_on")
    report = folder / "district_2022.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_share_naming_no_whole_is_of_the_whole_the_part_was_asked_of(bot):
    whole, part, share = talk(bot, "去年营业总收入多少", "其中服务业收入有多少", "大概占了几成？")
    assert (whole.value, part.value) == (900.0, 500.0)
    assert (share.kind, share.value, share.unit) == ("number", 55.6, "%")  # 500 ÷ 900
    assert "营业总收入" in share.text and "营业总收入" in share.question  # the “理解为” line names the whole


def test_a_share_after_a_part_the_report_gives_of_a_whole_is_of_that_whole(bot, real_bot):
    whole, part, share = talk(bot, "去年专利授权多少件", "发明专利呢", "发明占几成")
    assert (whole.value, part.value) == (800.0, 100.0)
    assert (share.kind, share.value, share.unit) == ("number", 12.5, "%")
    *_, bundled = talk(real_bot, "高新区2011年专利授权多少件", "发明专利呢", "发明占几成")
    assert (bundled.kind, bundled.value, bundled.unit) == ("number", 12.4, "%")  # 90 ÷ 725


def test_a_figure_named_is_set_against_the_figure_just_given(bot):
    _, _, summed, apart = talk(
        bot, "今年工业总产值要达到多少", "服务业总收入呢", "两个加起来多少", "跟营业总收入目标差多少"
    )
    assert (summed.value, summed.unit) == (1050.0, "亿元")
    assert (apart.kind, apart.value, apart.unit) == ("number", 0.0, "亿元")  # 1050 against 1050
    alone = talk(bot, "今年工业总产值要达到多少", "跟营业总收入目标差多少")[1]
    assert (alone.kind, alone.value) == ("number", 590.0)  # 1050 − 460


def test_parts_named_short_and_added_together_at_another_time(bot):
    answers = talk(bot, "今年工业总产值要达到多少", "服务业总收入呢", "两个加起来多少", "去年工业和服务业加一起呢")
    assert (answers[-1].kind, answers[-1].value) == ("number", 900.0)  # 400 + 500


def test_the_count_before_an_addition_just_given_is_the_total_less_it(bot):
    total, added, before = talk(bot, "高新技术企业累计有多少家", "去年新认定了几家", "那认定之前原来有多少家？")
    assert (total.value, added.value) == (90.0, 18.0)
    assert (before.kind, before.value, before.unit) == ("number", 72.0, "家")


def test_a_difference_after_a_counterpart_worded_apart_uses_that_counterpart(bot):
    _, planned, less = talk(bot, "去年农转用报批多少亩", "今年报批打算批多少亩", "比去年少了多少亩")
    assert planned.value == 600.0  # 争取报批土地, the plan's word for it
    assert (less.kind, less.value, less.unit) == ("number", 200.0, "亩")  # 800 − 600


@pytest.mark.parametrize("asked", ["今年要做到多少？", "今年要完成多少"])
def test_an_amount_reached_after_a_growth_asks_the_amount(bot, asked):
    _, growth, amount = talk(bot, "去年工业总产值多少", "涨了几个点", asked)
    assert (growth.value, growth.unit) == (15.0, "%")
    assert (amount.kind, amount.value, amount.unit) == ("number", 460.0, "亿元")  # not 三大 of 三大主导产业


def test_a_return_to_an_earlier_topic_names_it_anew(bot):
    answers = talk(bot, "去年新引进了多少研发机构", "融资贷款呢", "回到研发机构，今年目标是多少")
    assert answers[0].value == 40.0
    assert (answers[-1].kind, answers[-1].value, answers[-1].unit) == ("number", 25.0, "家")


def test_the_item_next_to_the_one_given(bot):
    second, following, back = talk(bot, "2021年工作总结的社会事业下面第2点是什么", "下一点呢", "上一条呢")
    assert "医疗卫生" in second.text
    assert "文化体育" in following.text and "医疗卫生" not in following.text.split("\n")[0]
    assert "医疗卫生" in back.text.split("\n")[0]


def test_which_ones_after_a_figure_are_the_members_its_sentence_lists(bot):
    count, which = talk(bot, "去年新引进了多少研发机构", "都有哪些重点研发机构")
    assert count.value == 40.0
    assert which.kind == "passage" and all(n in which.text for n in ("甲研究院", "乙研究院", "丙研究院"))


def test_a_total_of_figures_listed_under_one_lead_adds_them(bot):
    answer = bot.ask("为科技企业一共融了多少钱？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 11000.0, "万元")
    assert bot.ask("为科技企业融了多少钱？").kind == "clarify"  # no 一共: which one is meant


def test_a_superlative_asked_with_its_figure_gives_the_figure(bot):
    answer = bot.ask("2022年哪项主要经济指标的目标增速最低，是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 5.0, "%")
    assert "固定资产投资" in answer.text.split("\n")[0]
    assert bot.ask("2022年哪项主要经济指标的目标增速最低").kind == "passage"  # which one only
    counted = bot.ask("今年几个主要经济指标里哪个目标增速最高？是多少")  # 几个 says the set: no count of parts
    assert (counted.kind, counted.value, counted.unit) == ("number", 16.7, "%")


def test_a_piece_restating_the_one_before_names_what_it_asks(bot):
    answer = bot.ask("全区企业去年一共挣了多少？就是那个营业总收入")
    assert (answer.kind, answer.value, answer.unit) == ("number", 900.0, "亿元")


def test_an_item_asked_by_its_heading_is_quoted_whole(bot):
    answer = bot.ask("资本特区今年要做什么")
    assert answer.kind == "passage"
    assert all(w in answer.text for w in ("科技银行", "股权投资协会", "投资引导基金", "力争3家企业上市"))


def test_an_item_pointed_at_after_the_time_is_the_one_just_talked_of(bot):
    _, plans = talk(bot, "资本特区今年力争几家企业上市", "今年这个特区还有什么安排")
    assert plans.kind == "passage" and "资本特区" in plans.sources[0].section
    invested, park = talk(bot, "智慧物流产业园投资有多大", "今年这个园区有什么安排")
    assert (invested.value, invested.unit) == (20.0, "亿元")
    assert park.kind == "passage" and "确保年内进入主体施工" in park.text


@pytest.mark.parametrize("asked", ["报告的完整标题是什么", "副标题是什么", "主标题是什么"])
def test_the_title_lines_are_answered_from_the_title_page(bot, asked):
    answer = bot.ask(asked)
    assert answer.kind == "passage"
    assert "创新驱动" in answer.text and "一区两园" in answer.text


def test_the_opening_says_the_salutation(bot):
    answer = bot.ask("报告开头怎么称呼听众")
    assert "同志们" in answer.text and "我代表新区管委会" in answer.text


@pytest.mark.parametrize("asked", ["去年这个示范园区有什么进展？", "这个示范园区去年有什么进展？"])
def test_a_follow_up_asking_past_the_passage_given_is_answered_from_other_sentences(bot, asked):
    first, progress = talk(bot, "省级生态示范园区创建单位是谁批准的？", asked)
    assert "省政府" in first.text
    assert progress.kind == "passage" and "示范区规划通过市政府批准" in progress.text


def test_a_share_of_a_thing_the_report_never_names_is_not_worked_out_from_another(bot):
    answer = bot.ask("研发投入占营业总收入的比重是多少？")
    assert answer.kind == "none" and answer.value is None


def test_a_size_class_the_report_does_not_state_is_worked_out_from_those_it_does(bot):
    below = bot.ask("去年亿元企业里不到10亿的有多少家？")
    assert (below.kind, below.value, below.unit) == ("number", 51.0, "家")  # 60 − 9
    between = bot.ask("去年10亿到50亿之间的企业有几家")
    assert (between.kind, between.value, between.unit) == ("number", 5.0, "家")  # 9 − 4
    assert bot.ask("去年10亿元以上但不到50亿元的企业有几家？").value == 5.0  # the bound below is the upper class
    assert bot.ask("不到10亿的工业项目有几个").value is None  # no class of projects is stated
