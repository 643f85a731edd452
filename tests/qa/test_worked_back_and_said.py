"""Figures worked back and figures said: a year before the report's worked back from its growth when asked so, the
standing count at the end of that year, a share said with its whole first, a share or difference of the figure
just given against a whole or a figure the question says, the figure asked when the computation carried over has
nothing to work with, a rate of another thing refused, a quoted name the report never spells out, places said
alone and the same count asked of another item, a list counted in the sentence just quoted, the points an
item numbers, an amount after a rank — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某开发区2021年工作总结和2022年工作安排

一、2021年工作总结
2021年，开发区获得了一系列国家级荣誉，被科技部批准为国家级孵化示范基地，被商务部批准为国家外贸转型升级基地，被工信部批准为国家新型工业化示范基地。全年实现营业总收入900亿元，同比增长20%；完成固定资产投资80亿元，同比增长8%。
（一）产业发展
1、规模扩大。实现服务业总收入500亿元，同比增长25%，其中软件外包执行额居全市首位。新认定高新技术企业12家，累计达70家，居全市第三位。全年协议引进内外资总额90亿元，实际引进内外资总额60亿元。
2、城市建设。全年新开工房屋建筑面积110万平方米。新启动东村的整村拆迁，拆迁完成率超过70%。全年完成征收集体土地2000亩。深入推进“双百计划”，加快引进培育成长型企业。
3、交通出行。全年新增公交线路4条，优化公交线路6条。
（二）社会事业
1、教育发展。新建幼儿园3所。
2、医疗卫生。新建社区卫生服务站2家。
3、文化体育。举办首届文化艺术节。
二、2022年工作安排
（一）指导思想
坚持稳中求进。
（二）工作目标
实现营业总收入1050亿元，同比增长16.7%；服务业总收入600亿元；固定资产投资84亿元，同比增长5%。
（三）重点工作
1、做强主导产业。提升主导产业比重。
2、保障用地。争取报批土地600亩、征收集体土地500亩、盘活存量土地120亩。
3、提升研发园。再引进研发机构20家以上。
4、建设智慧城。一是建设物流园。总投资约20亿元的智慧物流园开工建设。二是建设加速器。完成加速器二期的规划和选址，力争年底前开工建设。三是打造“智慧谷”。把园区打造为最能展示全市智慧城市建设水平的“智慧谷”。
（四）工作举措
1、强化招商。
2、优化机制。
3、提升能力。
4、改进作风。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("worked_back")
    report = folder / "zone_2022.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_year_before_the_report_is_worked_back_only_when_asked_so(bot):
    _, back, carried = talk(
        bot, "去年营业总收入多少", "按去年20%的增速倒推一下，2020年大概是多少？", "那前年的固定资产投资呢？"
    )
    assert (back.kind, back.value, back.unit) == ("number", 750.0, "亿元")  # 900 ÷ 1.2
    assert "倒推" in back.text and "900" in back.text
    assert "大概" in back.question  # the “理解为” line says it is worked back, not stated
    assert (carried.kind, round(carried.value, 2)) == ("number", 74.07)  # 80 ÷ 1.08, asked the same way
    plain = talk(bot, "2020年营业总收入是多少？")[0]
    assert plain.kind == "none"  # not asked as an estimate: the report does not give it


def test_the_end_of_the_year_before_is_the_count_before_its_addition(bot):
    *_, before = talk(bot, "去年新认定了多少家高新技术企业？", "累计多少了？", "那2020年底累计应该是多少家？")
    assert (before.kind, before.value, before.unit) == ("number", 58.0, "家")  # 70 − 12


def test_a_share_said_with_its_whole_first(bot):
    share = talk(bot, "去年服务业收入在营业总收入里大概占几成？")[0]
    assert (share.kind, share.value, share.unit) == ("number", 55.6, "%")  # 500 ÷ 900


def test_a_share_of_the_figure_just_given(bot):
    _, share = talk(bot, "去年固定资产投资多少", "这笔钱相当于去年营业总收入的几成？按百分比说")
    assert (share.kind, share.value, share.unit) == ("number", 8.9, "%")  # 80 ÷ 900
    _, said = talk(bot, "去年服务业总收入多少", "500亿在营业总收入里占多大比例？")
    assert (said.kind, said.value) == ("number", 55.6)
    _, other = talk(bot, "去年服务业总收入多少", "300亿在营业总收入里占多大比例？")
    assert other.value != 33.3  # a figure said that is not the one just given is no share of it


def test_a_difference_against_a_figure_said_of_the_year_before(bot):
    _, apart, rate = talk(bot, "今年服务业总收入目标多少", "跟去年的500亿比多了多少？", "那增速要到多少？")
    assert (apart.kind, apart.value, apart.unit) == ("number", 100.0, "亿元")
    assert (rate.kind, rate.value, rate.unit) == ("number", 20.0, "%")  # 600 ÷ 500 − 1


def test_the_figure_asked_when_the_computation_carried_over_has_nothing_to_work_with(bot):
    _, less, stock = talk(bot, "去年征收集体土地多少亩", "今年征收目标比去年少多少亩？", "盘活存量土地呢？")
    assert (less.value, less.unit) == (1500.0, "亩")
    assert (stock.kind, stock.value, stock.unit) == ("number", 120.0, "亩")
    assert "算不出" in stock.text  # said: no figure of it to compare with


def test_a_rate_of_another_thing_is_no_answer(bot):
    asked = talk(bot, "去年新开工的完成率是多少？")[0]
    assert asked.kind == "none"  # 拆迁完成率 is of demolition
    own = talk(bot, "去年拆迁完成率多少")[0]
    assert (own.kind, own.value) == ("number", 70.0)


def test_a_quoted_name_never_spelled_out_is_said_to_be_unexplained(bot):
    bare = talk(bot, "“双百计划”具体是什么内容？")[0]
    assert bare.kind == "none" and "双百计划" in bare.text and bare.sources
    described = talk(bot, "“智慧谷”是什么意思？")[0]
    assert described.kind == "passage" and "最能展示" in described.text  # the sentence describes it


def test_places_said_alone(bot):
    _, last = talk(bot, "2021年社会事业包括哪几点？", "倒数第一条是哪条")
    assert "文化体育" in last.text
    _, also_last = talk(bot, "工作举措第二条是什么？", "最末一条呢？")
    assert "改进作风" in also_last.text
    _, third = talk(bot, "工作举措有哪几条？", "四个里排第三的是哪个？")
    assert "提升能力" in third.text
    _, titles = talk(bot, "2022年工作安排分为几个部分？", "这四部分各自的标题是？")
    assert titles.kind == "list" and all(t in titles.text for t in ("指导思想", "工作目标", "重点工作", "工作举措"))


def test_a_list_counted_in_the_sentence_just_quoted(bot):
    _, _, counted = talk(bot, "去年拿了哪些国家级称号？", "外贸基地是谁批准的？", "一共几项？")
    assert (counted.kind, counted.value) == ("number", 3.0)
    assert "工信部" in counted.text
    alone = talk(bot, "2021年获得了几项国家级荣誉？")[0]
    assert (alone.kind, alone.value) == ("number", 3.0)


def test_a_restated_share_and_the_plan_met(bot):
    *_, rate = talk(bot, "去年实际引进内外资多少", "到位率呢？就是实际占协议的比例")
    assert (rate.kind, rate.value, rate.unit) == ("number", 66.7, "%")  # 60 ÷ 90
    *_, short = talk(bot, "去年营业总收入多少", "那今年的目标呢？", "要多挣多少才能达标？")
    assert (short.kind, short.value, short.unit) == ("number", 150.0, "亿元")


def test_the_points_an_item_numbers_counted_as_its_shi(bot):
    counted, second = talk(bot, "建设智慧城那项下面有几个“是”？", "第二个“是”讲的啥")
    assert (counted.kind, counted.value) == ("number", 3.0)
    assert "加速器" in second.text


def test_an_amount_after_a_rank_and_a_figure_of_another_thing(bot):
    rank, amount = talk(bot, "软件外包执行额在全市排第几", "执行额具体是多少")
    assert (rank.kind, rank.value) == ("number", 1.0)
    assert amount.kind == "none"  # the report ranks it and gives no amount
    _, cost = talk(bot, "加速器二期什么时候开工", "它总投资多少？")
    assert cost.kind == "none"  # 20亿元 is the 物流园's
