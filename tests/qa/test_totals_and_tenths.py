"""Totals, levels, worked-out rates and claims said the way people talk — whether one figure is above another
asked as a figure (是不是比去年还少), the standing count before the year's addition (去年之前), the total among an
addition and a standing count (全区一共), levels summed (国家、省、市三级一共), a rate worked out from the figures
given (折算增速), a figure restating a year's (跟去年的13%比), shares in tenths (超过九成), the highest less the
lowest of the figures given, a size class said otherwise (一个亿以上), 举几个例子 and 两个分别是什么 as lists
asked, 多少人才 as no unit, a plan's figure named with 新引进, a part of the report named as where to look, and a
figure asked beside a passage, and the figures of a thing named without their own names asked back — on a
literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年政府工作报告
（2024年1月10日）
一、2023年工作回顾
（一）经济运行
全年完成固定资产投资80亿元，同比增长12%。全区实现工业总产值400亿元，同比增长18%；实现服务业总收入300亿元，同比增长40%。企业上台阶取得新突破，新增产值亿元企业12家，全区亿元以上企业达64家，其中10亿元以上9家、50亿元以上4家。
（二）创新与人才
严格落实节能减排目标责任，万元工业增加值综合能耗同比下降8%，全年关停燃煤锅炉6台。
加快创新资源集聚，新引进各类研发机构40家，包括北方材料研究院、东海检测中心、江南设计研究院等一批重点机构。新引进各类人才3000多名。共申报国家人才12名、省人才25名、市人才40名。孵化园一期、二期入驻率分别达到93%和71%。推动设立总规模50亿元、首期投资20亿元的新材料产业基金。
（三）党的建设
在此，我们向全区各部门、驻区单位的全体同志，向全区企业家和创业者表示衷心的感谢！
二、2024年工作安排
（一）主要目标
完成全社会固定资产投资86亿元，同比增长7%；全区全年实现工业总产值460亿元；服务业总收入390亿元。引进各类人才4000名以上，引进海外留学人才150名以上。新引进海外人才150名以上。
（二）重点工作
1、加快园区建设。
一是加快北区物流园建设，引进核心企业10家以上。
二是加快南区软件基地建设，引进重点项目5个。
2、加强人才支撑。深入实施人才工程，完善人才服务体系。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("totals_and_tenths")
    report = folder / "newarea_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


@pytest.mark.parametrize(
    ("question", "value", "said"),
    [("今年固定资产投资目标是不是比去年还少？", 86, "不是"), ("今年固定资产投资目标是不是比去年高？", 86, "是的")],
)
def test_whether_one_figure_is_above_another_is_answered_with_the_figure_asked(bot, question, value, said):
    (claim,) = bot.understand(question).claims
    assert (claim.kind, claim.asked) == ("order", True)
    answer = bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", value, "亿元"), answer.text
    assert answer.text.startswith(said) and "80亿元" in answer.text, answer.text


def test_a_claim_taken_for_granted_about_an_order_is_still_corrected(bot):
    answer = bot.ask("为什么今年固定资产投资目标比去年还少？")
    assert answer.kind == "none" and "高于" in answer.text, answer.text


def test_the_total_and_the_count_before_the_years_addition(bot):
    added, total, before = talk(bot, "去年新增了几家亿元企业？", "现在全区一共多少家？", "那去年之前亿元企业有多少家？")
    assert (added.value, total.value) == (12, 64), (added.text, total.text)
    assert (before.kind, before.value, before.unit) == ("number", 52, "家"), before.text
    assert bot.understand("那去年之前亿元企业有多少家？").metric == "亿元企业"


def test_a_size_class_said_otherwise_is_read_as_the_report_writes_it(bot):
    answer = bot.ask("到去年底，产值一个亿以上的企业总共有多少家？")
    assert (answer.kind, answer.value) == ("number", 64), answer.text


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["国家、省、市三级一共申报了多少名人才？"], 77),
        (["去年申报国家级人才几名？", "省里和市里的加起来呢？"], 65),
        (["去年申报国家级人才几名？", "省级和市级加起来呢"], 65),
    ],
)
def test_levels_are_summed(bot, turns, value):
    answer = talk(bot, *turns)[-1]
    assert (answer.kind, answer.value, answer.unit) == ("number", value, "名"), answer.text


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (["今年工业总产值目标是多少？", "比去年多多少？", "折算增速是多少？"], 15.0),
        (["去年固定资产投资完成了多少？", "增长呢？", "今年目标？", "按这两个数自己算，实际增长是多少？"], 7.5),
    ],
)
def test_a_rate_is_worked_out_from_the_two_figures_given(bot, turns, value):
    answer = talk(bot, *turns)[-1]
    assert (answer.kind, answer.value, answer.unit) == ("number", value, "%"), answer.text


def test_an_increase_of_the_plan_year_is_the_target_less_last_years_result(bot):
    for question in ("今年固投增加多少亿？", "今年固投的增量是多少亿？"):
        answer = bot.ask(question)
        assert (answer.kind, answer.value, answer.unit) == ("number", 6, "亿元"), answer.text


def test_a_figure_restating_a_years_figure_names_no_metric(bot):
    query = bot.understand("比去年的12%低了多少？")
    assert "12" not in query.metric
    answer = talk(bot, "今年固定资产投资增速目标是多少？", "跟去年的12%比低了多少？")[-1]
    assert (answer.kind, answer.value, answer.unit) == ("number", 5, "个百分点"), answer.text


@pytest.mark.parametrize(
    ("question", "value"), [("孵化园一期入驻率是不是超过九成？", 93), ("一期入驻率超过九成了吗", 93)]
)
def test_a_share_said_in_tenths_is_a_claimed_figure(bot, question, value):
    (claim,) = bot.understand(question).claims
    assert (claim.figure.value, claim.figure.unit) == (90, "%")
    answer = bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", value, "%"), answer.text


def test_a_tenths_claim_that_fails_says_so(bot):
    answer = bot.ask("孵化园二期入驻率有没有超过八成")
    assert (answer.kind, answer.value) == ("number", 71) and answer.text.startswith("不是"), answer.text


def test_the_highest_less_the_lowest_of_the_figures_given(bot):
    *_, apart = talk(
        bot,
        "去年工业总产值增长多少？",
        "服务业总收入呢？",
        "固定资产投资呢？",
        "这三个增速里最高的比最低的高几个百分点？",
    )
    assert (apart.kind, apart.value, apart.unit) == ("number", 28, "个百分点"), apart.text


def test_examples_asked_after_a_count_list_the_things(bot):
    for follow_up in ("都有哪些，举几个例子？", "举几个例子", "有哪些呢"):
        query = bot.understand(follow_up, [("去年引进了几家研发机构？", "")])
        assert query.wants != "structure" and query.unit is None, follow_up
        answer = talk(bot, "去年引进了几家研发机构？", follow_up)[-1]
        assert answer.kind == "passage" and "北方材料研究院" in answer.text, (follow_up, answer.text)


def test_two_counted_then_asked_each_lists_the_items(bot):
    count, each = talk(bot, "重点工作第一条下面有几个方面？", "两个分别是什么？")
    assert count.value == 2, count.text
    assert each.kind == "list" and "北区物流园" in each.text and "南区软件基地" in each.text, each.text


def test_a_noun_led_by_a_counter_is_no_unit_asked(bot):
    query = bot.understand("去年新引进了多少人才")
    assert query.unit is None and "人才" in query.metric


def test_a_plans_figure_named_with_an_addition_word_is_the_whole_plan(bot):
    target = talk(bot, "去年新引进了多少人才", "今年目标呢")[-1]
    assert (target.kind, target.value) == ("number", 4000), target.text


def test_a_part_named_is_where_to_look(bot):
    answer = bot.ask("总结部分最后向哪些人表示感谢？")
    assert answer.kind == "passage" and "企业家和创业者" in answer.text, answer.text


def test_a_figure_asked_beside_how_a_thing_went_is_answered_exactly(bot):
    answer = bot.ask("节能这块成绩怎么样，单位能耗降了多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 8, "%"), answer.text


def test_a_thing_named_without_its_figures_names_is_asked_back(bot):
    both = bot.ask("新材料产业基金投多少钱？")
    assert both.kind == "clarify" and "50亿元" in both.text and "20亿元" in both.text, both.text
    first = bot.ask("新材料产业基金首期投多少")
    assert (first.kind, first.value) == ("number", 20), first.text


@pytest.mark.parametrize(("follow_up", "said"), [("是不是比去年还少？", "不是"), ("比去年高吗", "是的")])
def test_whether_the_figure_talked_about_is_above_another_year_is_asked_of_it(bot, follow_up, said):
    *_, answer = talk(bot, "今年固定资产投资目标是多少？", follow_up)
    assert (answer.kind, answer.value, answer.unit) == ("number", 86, "亿元"), answer.text
    assert answer.text.startswith(said) and "80亿元" in answer.text, answer.text


def test_the_count_before_the_years_addition_right_after_the_addition(bot):
    *_, before = talk(bot, "去年新增了几家亿元企业？", "那去年之前亿元企业有多少家？")
    assert (before.kind, before.value, before.unit) == ("number", 52, "家"), before.text
    assert bot.understand("那去年之前亿元企业有多少家？").filter.count == "total"
