"""Sums, pairs and replies: a share of the sum just given, no share above its whole, no total of a result and a
target, a count the report gives only together, two figures of one noun asked back about, a reply that asks
another aspect, a plan said with 要, a passage asked of the sentence a figure came from, a year against
the one before it, the year's net rise, the addition's share of the whole, a choice said with 按…说, places counted
from the start, a list counted where it is written, words joined as the report joins them, and the options of an
ask-back quoted with their names — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某高新区2021年工作总结和2022年工作安排

一、2021年工作总结
2021年，高新区获得了一系列国家级荣誉，被科技部批准为国家级孵化示范基地，被商务部批准为国家外贸转型升级基地，被工信部批准为国家新型工业化示范基地。全区实现地区生产总值200亿元，同比增长20%；实现技工贸总收入900亿元，同比增长30%，实现服务业总收入500亿元，同比增长40%，其中软件与互联网营业收入突破20亿元，同比增长90%。
（一）产业发展
1、企业壮大。全区实现工业总产值400亿元，同比增长15%。新增产值亿元企业12家，全区亿元以上企业达60家，其中10亿元以上6家。成功实现甲集团、乙集团等2家企业上市。为创业企业获得融资贷款4000万元、风险投资6000万元。企业主持和参与国际、国内标准制修订30项。总部一期8个项目全面竣工，总部二期基本完成招商。
2、城市建设。全年新开工房屋建筑面积110万平方米，竣工面积90万平方米。全年新开工安置房40万平方米。全年完成拆迁面积40万平方米。
（二）社会事业
1、教育发展。新建幼儿园3所。
2、医疗卫生。新建社区卫生服务站2家。
3、文化体育。举办首届文化艺术节。
二、2022年工作安排
（一）工作目标
实现地区生产总值240亿元，同比增长20%；技工贸总收入1080亿元，同比增长20%；全区全年实现工业总产值460亿元。确保完成房屋拆迁面积20万平方米，力争完成25万平方米。新开工房屋建筑面积120万平方米，竣工100万平方米。总部二期5个已供地项目全面开工建设。
（二）重点工作
1、做强软件产业。积极申报国家火炬计划软件产业基地。
2、建设智慧城。增加公交线路、车辆和站点。引进8家以上龙头企业落户，把基地打造为最能展示全市智慧城市建设水平的“智慧谷”。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("sums_pairs")
    report = folder / "zone_2022.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_share_of_the_sum_just_given(bot):
    total, share = talk(bot, "去年帮创业企业一共融到多少钱？", "风投占了多少比例？")
    assert (total.kind, total.value) == ("number", 10000.0)
    assert (share.kind, share.value, share.unit) == ("number", 60.0, "%")  # 6000 ÷ 10000


def test_no_part_is_shown_larger_than_its_whole(bot):
    over = talk(bot, "去年风险投资占融资贷款的多少比例？")[0]
    assert over.kind != "number"  # 6000 over 4000: no share of a whole


def test_a_result_and_a_target_the_question_does_not_name_are_no_total(bot):
    _, asked = talk(bot, "总部一期现在什么情况？", "一共几个项目？")
    assert asked.kind != "number"  # not 8 done in 2021 and 5 planned for 2022, which the talk only brought up


def test_a_count_given_only_together_is_not_split(bot):
    _, apart = talk(bot, "企业参与制定了多少项标准？", "国际的和国内的分别多少？")
    assert apart.kind == "none" and "30" in apart.text  # refused, naming the figure of both


def test_two_figures_of_one_noun_are_asked_back_about(bot):
    built = talk(bot, "去年盖了多少面积的房子？")[0]
    assert built.kind == "clarify" and "110" in built.text and "90" in built.text
    done = talk(bot, "去年竣工面积多少？")[0]
    assert (done.kind, done.value) == ("number", 90.0)  # the verb named chooses


def test_two_figures_asked_at_once_are_both_given(bot):
    both = talk(bot, "今年新开工和竣工的计划分别是多少？")[0]
    assert both.kind == "passage" and "120万平方米" in both.text and "100万平方米" in both.text  # never one of them


def test_a_reply_asking_another_aspect_is_no_choice(bot):
    offered, growth = talk(bot, "工业总产值多少？", "比上年增长？")
    assert offered.kind == "clarify"
    assert (growth.kind, growth.value, growth.unit) == ("number", 15.0, "%")


def test_a_passage_asked_of_the_sentence_a_figure_came_from(bot):
    _, made = talk(bot, "今年要引进多少家龙头企业？", "最后要打造成什么？")
    assert made.kind == "passage" and "智慧谷" in made.text


def test_a_plan_said_with_yao(bot):
    planned = talk(bot, "要申报什么国家级基地？")[0]
    assert planned.kind == "passage" and "国家火炬计划软件产业基地" in planned.text


def test_a_year_against_the_one_before_it_is_its_growth(bot):
    _, rise = talk(bot, "去年GDP做到多少了？", "比前年涨了多少？")
    assert (rise.kind, rise.value, rise.unit) == ("number", 20.0, "%")
    _, planned = talk(bot, "今年技工贸总收入目标多少？", "比上年增长？")
    assert (planned.kind, planned.value) == ("number", 20.0)  # the plan's growth, not 2021's 30 %


def test_the_net_rise_the_plan_asks(bot):
    *_, net = talk(bot, "技工贸总收入去年是多少？", "今年打算做到多少？", "那要净增多少收入？")
    assert (net.kind, net.value, net.unit) == ("number", 180.0, "亿元")


def test_the_addition_s_share_of_the_whole(bot):
    _, share = talk(bot, "全区产值上亿的企业现在有几家？", "去年新增的占全部亿元企业几成？")
    assert (share.kind, share.value, share.unit) == ("number", 20.0, "%")  # 12 ÷ 60
    _, pointed = talk(bot, "全区产值上亿的企业现在有几家？", "10亿以上的在这60家里占百分之几？")
    assert (pointed.kind, pointed.value) == ("number", 10.0)  # 6 ÷ 60: 这60家 is the figure given, no claim


def test_a_choice_said_with_an_ask_to_go_by_it(bot):
    offered, chosen, less = talk(bot, "今年拆迁目标多少？", "按保底的那个说", "保底目标比去年少了多少？")
    assert offered.kind == "clarify"
    assert (chosen.kind, chosen.value) == ("number", 20.0)
    assert (less.kind, less.value) == ("number", 20.0)  # 40 − 20


def test_a_place_counted_from_the_start(bot):
    last, first = talk(bot, "重点工作倒数第一条是什么？", "那正数第一条呢？")
    assert "建设智慧城" in last.text
    assert first.kind == "passage" and "做强软件产业" in first.text


def test_a_list_counted_where_it_is_written(bot):
    honours = talk(bot, "开篇列举的国家级荣誉有几项？")[0]
    assert (honours.kind, honours.value) == ("number", 3.0)


def test_words_joined_as_the_report_joins_them(bot):
    _, part = talk(bot, "去年服务业收入多少？", "其中软件和互联网的呢？")
    assert (part.kind, part.value, part.unit) == ("number", 20.0, "亿元")


def test_the_matching_rate_of_a_rise_just_given(bot):
    *_, rate = talk(bot, "技工贸总收入去年多少？", "今年目标呢？", "要多挣多少？", "对应的增长率是多少？")
    assert (rate.kind, rate.value, rate.unit) == ("number", 20.0, "%")


def test_an_ask_back_quotes_each_figure_with_its_name(bot):
    offered = talk(bot, "去年总收入涨了多少？")[0]
    assert offered.kind == "clarify"
    assert "实现技工贸总收入900亿元，同比增长30%" in offered.text


def test_a_unit_bounding_a_class_is_not_the_unit_asked(bot):
    total = talk(bot, "全区现在一共有多少亿元以上企业？")[0]
    assert (total.kind, total.value, total.unit) == ("number", 60.0, "家")  # 亿元以上 is the class, 家 counted


def test_a_thing_listed_among_others_is_no_list_of_its_own(bot):
    lines = talk(bot, "今年公交线路具体要增加几条？")[0]
    assert lines.kind != "number"  # 增加公交线路、车辆和站点: no count of lines, not the 2 items beside it


def test_a_fall_in_points_is_a_difference_of_rates(bot):
    *_, fall = talk(bot, "今年技工贸总收入增幅定的多少？", "跟去年实际增幅比，掉了多少个百分点？")
    assert (fall.kind, fall.value, fall.unit) == ("number", 10.0, "个百分点")  # 30 − 20


def test_the_items_just_counted_are_listed_when_pointed_at(bot):
    count, listed = talk(bot, "“产业发展”这一方面下面分了几点？", "把这几点列一下")
    assert (count.kind, count.value) == ("number", 2.0)
    assert listed.kind == "list" and listed.options == ("企业壮大", "城市建设")


def test_a_lookup_after_a_computation_keeps_none_of_its_points(bot):
    turns = talk(
        bot,
        "2021年GDP是多少？",
        "增速呢？",
        "今年的增速目标定了多少？",
        "比去年实际增速低了几个百分点？",
        "总量目标是多少？",
        "比去年多多少？",
    )
    assert (turns[4].kind, turns[4].value) == ("number", 240.0)
    assert (turns[5].kind, turns[5].value, turns[5].unit) == ("number", 40.0, "亿元")  # 240 − 200, not growths
