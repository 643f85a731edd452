import pytest

from index.tokens import ReportTokenizer
from qa.followup import is_follow_up, resolve_follow_up

TOKENIZER = ReportTokenizer(["地区生产总值", "财政一般预算收入"])


@pytest.mark.parametrize(
    ("history", "question", "resolved"),
    [
        ([("2011年地区生产总值是多少？", "")], "那2012年呢？", "2012年地区生产总值是多少？"),
        ([("2011年地区生产总值是多少？", "")], "去年呢？", "2011年地区生产总值是多少？"),
        ([("2011年地区生产总值是多少？", "")], "财政一般预算收入呢？", "2011年财政一般预算收入是多少？"),
        (
            [("2011年地区生产总值是多少？", ""), ("那2012年呢？", "")],
            "财政一般预算收入呢？",
            "2012年财政一般预算收入是多少？",
        ),
        ([("2011年获得了哪些荣誉？", "")], "那2012年呢？", "2012年获得了哪些荣誉？"),
        ([], "那2012年呢？", "那2012年呢？"),
        ([("2011年地区生产总值是多少？", "")], "2012年财政一般预算收入是多少？", "2012年财政一般预算收入是多少？"),
        ([("2011年地区生产总值是多少？", "")], "同比增长多少？", "2011年地区生产总值同比增长多少"),
        ([("2012年地区生产总值目标是多少？", "")], "比去年多多少？", "2012年地区生产总值目标比去年多多少？"),
        ([("2011年地区生产总值同比增长多少？", "")], "那2012年的目标呢？", "2012年地区生产总值的目标是多少？"),
        ([("研发园一期入驻率达到多少？", "")], "二期呢？", "研发园二期入驻率达到多少？"),
        ([("2012年房屋拆迁面积确保完成多少？", "")], "力争呢？", "2012年房屋拆迁面积力争完成是多少？"),
        # another metric keeps the aspect asked before
        ([("2011年地区生产总值增长了多少？", "")], "财政一般预算收入呢？", "2011年财政一般预算收入增长了多少？"),
        # the result after a target phrased 要控制在…以内
        ([("今年失业率要控制在多少以内？", "")], "那去年实际是多少？", "2011年失业率实际是多少"),
        # a verb alone after a question about that verb's object: the same thing, another time
        ([("2011年改造了多少户农村危房？", "")], "今年计划改造多少？", "2012年改造了多少户农村危房计划改造多少"),
        # a year in place of a plan period
        ([("“十四五”时期研发投入强度达到多少？", "")], "今年的目标呢？", "2012年研发投入强度达到的目标是多少？"),
    ],
)
def test_follow_up_question_takes_topic_and_year_from_earlier_turns(history, question, resolved):
    assert resolve_follow_up(question, history, TOKENIZER, 2012) == resolved


def test_standalone_questions_are_not_follow_ups():
    assert not is_follow_up("2011年高新区获得了哪些国家级荣誉？")
    assert is_follow_up("那2011年呢？")
    assert is_follow_up("财政收入呢")


def test_sum_and_difference_of_the_figures_just_given(county_bot):
    turns = [("2023年一般公共预算收入完成多少？", ""), ("2023年技改投资完成多少？", "")]
    total = county_bot.ask("一共多少？", turns)
    assert (total.kind, total.value, total.unit) == ("number", 21.4 + 45, "亿元")
    assert "21.4 + 45" in total.text and len(total.sources) == 2
    gap = county_bot.ask("相差多少？", turns)
    assert gap.value == pytest.approx(45 - 21.4) and gap.unit == "亿元"


def test_an_operation_naming_its_own_metric_is_not_a_sum_of_earlier_turns(county_bot):
    turns = [("2023年一般公共预算收入完成多少？", ""), ("2023年技改投资完成多少？", "")]
    answer = county_bot.ask("老旧小区改造和新建示范村一共多少个", turns)
    assert (answer.value, answer.unit) == (30, "个")


@pytest.mark.parametrize("question", ["那2012年呢？", "增速呢？", "比去年多多少？", "一共多少？", "其中省级的呢？"])
def test_follow_up_without_an_earlier_turn_gets_a_clarifying_question(county_bot, question):
    answer = county_bot.ask(question)
    assert answer.kind == "none" and answer.value is None
    assert "请问您问的是哪一项" in answer.text


@pytest.mark.parametrize(
    ("history", "question", "value", "unit"),
    [
        ([("2023年地区生产总值是多少？", "")], "同比增长多少？", 6.2, "%"),
        ([("2023年地区生产总值是多少？", "")], "一般公共预算收入呢？", 21.4, "亿元"),
        ([("去年建成智能工厂几家？", "")], "其中省级的呢？", 2, "家"),
        ([("今年计划完成投资多少？", "")], "比去年技改投资多多少？", 155, "亿元"),
    ],
)
def test_dialogue_turns_resolve_to_the_right_figure(county_bot, history, question, value, unit):
    answer = county_bot.ask(question, history)
    assert (answer.kind, answer.unit) == ("number", unit), answer.text
    assert answer.value == pytest.approx(value)
    assert answer.question != question  # the understood question is shown


@pytest.mark.parametrize(
    ("history", "question"),
    [
        ([("2023年地区生产总值是多少？", "")], "那2019年呢？"),
        ([("2023年地区生产总值是多少？", "")], "进出口总额呢？"),
        ([("2023年一般公共预算收入完成多少？", "")], "今年的目标呢？"),  # only a growth target: named, not a value
    ],
)
def test_follow_up_to_something_the_report_lacks_is_refused(county_bot, history, question):
    answer = county_bot.ask(question, history)
    assert answer.kind == "none" and answer.value is None


def test_share_of_a_sub_item_asked_as_a_follow_up(real_bot):
    turns = [("2011年专利授权多少件？", ""), ("其中发明专利呢？", "")]
    answer = real_bot.ask("占多少比例？", turns)
    assert (answer.kind, answer.unit) == ("number", "%")
    assert answer.value == pytest.approx(90 / 725 * 100, abs=0.05)
    assert "90 ÷ 725" in answer.text
