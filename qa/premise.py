"""Questions built on a false premise (GDP为什么达到300亿元, 为什么GDP下降了) are corrected, not answered.

The parser reads what a question takes for granted into `Claim`s; here each is checked against the facts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.facts import Fact
from index.numbers import convert, to_number
from qa.answer import Answer
from qa.compute import find_operands
from qa.context import Context
from qa.numeric import MIN_SCORE, fact_label, figure_text, source_of, ties
from qa.passages import question_words
from qa.query import Claim, Query, Stated


def answer_premise(query: Query, context: Context) -> Answer | None:
    """A correction when the question states a figure, a fall or an order that the report contradicts."""
    for claim in query.claims:
        answer = _CHECKS[claim.kind](claim, query.text, context)
        if answer is not None:
            return answer
    return None


def _correction(text: str, question: str, facts: list[Fact]) -> Answer:
    return Answer(
        text + "报告没有支持这一说法的内容。", "none", question=question, sources=[source_of(f) for f in facts]
    )


def _stated_figure(claim: Claim, question: str, context: Context) -> Answer | None:
    figure = claim.figure
    assert figure is not None
    intent = replace(claim.query.request(), unit=figure.unit, operation=None, aspect="value")
    fact = _only_fact(intent, claim.query, context)
    if fact is None:
        return None
    stated = convert(figure.value, figure.unit, fact.unit)
    share = float(context.parser.lexicon.get("asking", "direction", "approximate_share"))
    if stated is None or _holds(figure.bound, stated, fact, share):
        return None
    if abs(stated - fact.value) > 1e-9 and not (fact.high and stated <= fact.high):
        if claim.asked:
            return _figure_instead(fact, figure, question, context)
        return _correction(f"报告中{fact_label(fact)}是{figure_text(fact)}，不是{figure.text}；", question, [fact])
    return None


def _figure_instead(fact: Fact, figure: Stated, question: str, context: Context) -> Answer:
    """是不是超过1000亿？ when the report says 850亿元: no, and the report's figure, as a figure answer."""
    words = context.parser.lexicon.words
    bare = figure.text
    for word in sorted(
        words("asking", "direction", "bound_above") + words("asking", "direction", "bound_below"), key=len, reverse=True
    ):
        bare = bare.removeprefix(word)
    said = {"above": "未达到", "below": "并不低于"}.get(figure.bound, "不是")
    text = (
        f"不是。{fact_label(fact)}：{figure_text(fact)}（{said}{bare}）。\n\n"
        f"原文：{fact.sentence}\n出处：{fact.section}"
    )
    return Answer(text, "number", fact.value, fact.unit, [source_of(fact)], question)


def _holds(bound: str, stated: float, fact: Fact, share: float) -> bool:
    """Whether a bound claimed (超过700件, 不到100件, 近200家) holds of the report's figure (a rough one within
    ``share`` of it)."""
    if bound == "above":
        return fact.value > stated or bool(fact.high and fact.high > stated)
    if bound == "below":
        return fact.value < stated
    return bound == "about" and abs(stated - fact.value) <= share * abs(fact.value)


def rise_asked_as_fall(fact: Fact, query: Query) -> Answer | None:
    """去年GDP下降了多少？ answered by a growth the report gives as a rise: say so, give no fall."""
    if fact.aspect != "growth" or fact.value <= 0 or not query.fall or query.rise:
        return None
    return _correction(f"报告中{fact_label(fact)}为增长{figure_text(fact)}，并未下降；", query.text, [fact])


def _stated_fall(claim: Claim, question: str, context: Context) -> Answer | None:
    """为什么2011年GDP下降了？ when the report gives a growth."""
    intent = replace(claim.query.request(), operation=None, aspect="growth", unit=None)
    fact = _only_fact(intent, claim.query, context)
    if fact is not None and fact.value > 0:
        return _correction(f"报告中{fact_label(fact)}是增长{figure_text(fact)}，并未{claim.word}；", question, [fact])
    return None


def _stated_order(claim: Claim, question: str, context: Context) -> Answer | None:
    """为什么2012年财政收入目标比2011年还低？ when the report's figures say otherwise."""
    operands = find_operands(claim.query, claim.query.request(), context)
    if not operands or len(operands) != 2:
        return None
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if b_value is None or a.value == b_value:
        return None
    holds = (a.value > b_value) == claim.higher
    order = "高于" if a.value > b_value else "低于"
    if claim.asked:  # 今年竣工目标是不是比去年还高？: yes or no, and the figure asked about with the other beside it
        said = "是的" if holds else "不是"
        text = (
            f"{said}。{operands[0].label}：{figure_text(a)}，{order}{operands[1].label}（{figure_text(b)}）。\n\n"
            f"原文：{a.sentence}\n出处：{a.section}"
        )
        return Answer(text, "number", a.value, a.unit, [source_of(a), source_of(b)], question)
    if holds:
        return None
    text = f"报告中{operands[0].label}（{figure_text(a)}）{order}{operands[1].label}（{figure_text(b)}）；"
    return _correction(text, question, [a, b])


_CHECKS = {"figure": _stated_figure, "fall": _stated_fall, "order": _stated_order}
# how an answer to a yes/no question opens (是的。/ 不是。), before the figure's line
VERDICT = re.compile(r"^(?:是的|不是)。")


def _only_fact(intent, claim_query: Query, context: Context) -> Fact | None:
    """The one fact a claim's words name, in the phase it names (一期入驻率超过九成了吗)."""
    if not question_words(context.tokenizer, intent.metric_text):
        return None
    matches = [m for m in context.resolve(intent.metric_text, intent) if not other_phase(claim_query, m.fact, context)]
    if not matches or matches[0].score < MIN_SCORE or len(ties(matches)) > 1:
        return None
    return matches[0].fact


def other_phase(query: Query, fact: Fact, context: Context) -> bool:
    """二期呢 after 总部一期9个项目全面竣工: a fact naming another phase than the one asked answers nothing."""
    asked = query.filter.phase
    if not asked:
        return False
    numbered = context.parser.phase_item.match(asked)
    first = context.parser.lexicon.words("conversation", "filter", "first_phases")
    if numbered and to_number(numbered.group(1)) == 1 and any(w in fact.metric for w in first):
        return False  # 第一期 asked, 首期投资 named: the same phase
    named = context.parser.phase.search(fact.metric)
    if named is not None:
        return named.group() not in asked and asked not in named.group()
    return asked not in fact.sentence  # 一期的呢: a figure of a sentence never naming 一期 is of no phase of it
