"""Counting what a sentence lists and picking among what was given, asked as people ask — on the bundled report
with the real model: which of them stood out, a count after a list, the shortcomings counted by their own noun,
a list named after its count, the items named rather than the count stated."""

from tests.conftest import talk


def test_which_stood_out_goes_on_about_the_thing_just_given(real_bot):
    asked = ("去年引进了多少家研发和科技服务机构？", "有哪些比较重要的？", "今年还打算引进多少家？", "比去年少了多少")
    figure, picked, plan, less = talk(real_bot, *asked)
    assert (figure.kind, figure.value) == ("number", 50.0)
    assert picked.kind == "passage" and "中国安全生产科学研究院宁波分院" in picked.text  # not the report's parts
    assert (plan.kind, plan.value, plan.unit) == ("number", 30.0, "家")  # still 研发及科技服务机构
    assert (less.kind, less.value) == ("number", 20.0)


def test_a_count_after_a_numbered_list_counts_its_items(real_bot):
    listed, count = talk(real_bot, "第七项里说要建成哪几个“特区”？", "一共几个")
    assert "人才特区" in listed.text
    assert (count.kind, count.value) == ("number", 3.0)


def test_shortcomings_counted_by_a_noun_the_report_writes(real_bot):
    answer = talk(real_bot, "报告列了几条不足？")[0]
    assert (answer.kind, answer.value) == ("number", 3.0)


def test_a_list_named_after_its_count(real_bot):
    count, items = talk(real_bot, "要制定几个方面的三年提升行动计划？", "是哪几个方面")
    assert (count.kind, count.value) == ("number", 4.0)
    assert "创业孵化" in items.text and "新城建设" in items.text


def test_the_items_named_not_the_count_stated(real_bot):
    listed, named = talk(real_bot, "指导思想里的“十项工作”点名提到了哪些？", "点名的有几项")
    assert "旧村改造和新城建设" in named.text  # one item: 和 joins two things inside it
    assert (named.kind, named.value) == ("number", 4.0)  # four named, of the ten the report counts
