"""Sums and differences of the figures earlier turns gave."""

from qa.answer import Answer
from qa.query import Query
from qa.turns import combine_turns


def _figure(value: float, unit: str, question: str) -> Answer:
    return Answer(f"{question}：{value:g}{unit}。", "number", value, unit, [], question)


def test_a_sum_passes_over_a_passage_between_the_figures_and_stops_at_another_dimension():
    earlier = [Query(f"第{i}问") for i in range(4)]
    given = {
        "第0问": _figure(3.7, "千米", "第0问"),
        "第1问": _figure(50, "家", "第1问"),
        "第2问": Answer("有哪些重点机构的原文。", "passage"),
        "第3问": _figure(30, "家", "第3问"),
    }
    asked = Query("两年合起来多少家", operation="sum")
    total = combine_turns(asked, asked, earlier, lambda q: [given[q.text]])
    assert total is not None and (total.value, total.unit) == (80, "家"), total


def test_a_difference_naming_a_rate_takes_that_rate_of_each_amount_given():
    earlier = [Query("去年"), Query("今年", kind="target")]
    rates = {("去年", "growth"): 27.0, ("今年", "growth"): 15.4}
    asked = Query("增速差几个百分点", operation="difference", aspect="growth")

    def answer(q: Query) -> list[Answer]:
        if q.aspect == "growth":
            return [_figure(rates[(q.text, q.aspect)], "%", q.text)]
        return [_figure(31.2 if q.text == "去年" else 36, "亿元", q.text)]

    gap = combine_turns(asked, asked, earlier, answer)
    assert gap is not None and (round(gap.value, 6), gap.unit) == (11.6, "个百分点"), gap


def test_a_turn_that_gave_a_figure_of_each_thing_gives_each_to_a_sum():
    earlier = [Query("国家"), Query("省、市")]
    given = {"国家": [_figure(10, "名", "国家")], "省、市": [_figure(20, "名", "省"), _figure(35, "名", "市")]}
    asked = Query("这三级加起来多少", operation="sum", count=3)
    total = combine_turns(asked, asked, earlier, lambda q: given[q.text])
    assert total is not None and (total.value, total.unit) == (65, "名"), total
