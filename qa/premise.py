"""Questions built on a false premise (GDP为什么达到300亿元, 为什么GDP下降了) are corrected, not answered."""

from __future__ import annotations

import re
from dataclasses import replace

from index.facts import Fact
from index.numbers import find_figures
from index.store import ReportIndex
from qa.answer import Answer
from qa.compute import find_operands
from qa.numeric import MIN_SCORE, convert, fact_label, figure_text, resolve_metric, source_of, ties
from qa.parse import QueryParser
from qa.passages import Weights, question_words

_FALL = re.compile(r"下降|下滑|减少|回落|降低|负增长")
_CLAIMED_ORDER = re.compile(r"(?<![同可])比(?P<other>.{1,15}?)(?:还|更)?(?P<dir>低|少|高|多)(?!多少|少|几|了?多少)")


def check_premise(question: str, index: ReportIndex, weights: Weights, parser: QueryParser) -> Answer | None:
    """A correction when the question states a figure, a fall or an order that the report contradicts."""
    return (
        _stated_figure(question, index, weights, parser)
        or _stated_fall(question, index, weights, parser)
        or _stated_order(question, index, weights, parser)
    )


def _correction(text: str, question: str, facts) -> Answer:
    return Answer(
        text + "报告没有支持这一说法的内容。", "none", question=question, sources=[source_of(f) for f in facts]
    )


def _stated_figure(question, index, weights, parser) -> Answer | None:
    figures = [f for f in find_figures(question) if not f.ordinal]
    if len({f.unit for f in figures}) < len(figures):
        return None  # 用1100亿和850亿算一下: figures to compute with, not claims
    for figure in figures:
        after = question[figure.span[1] : figure.span[1] + 2]
        if (figure.qualifier or "").endswith(("以上", "以下")) or after.startswith(("的", "以")):
            continue  # a threshold inside a name (注册资本1000万元以上的项目), not a claim
        rest = question[: figure.span[0]] + question[figure.span[1] :]
        intent = replace(parser.parse(rest).request(), unit=figure.unit, operation=None, aspect="value")
        fact = _only_fact(intent, index, weights)
        if fact is None:
            continue
        stated = convert(figure.value, figure.unit, fact.unit)
        if stated is not None and abs(stated - fact.value) > 1e-9 and not (fact.high and stated <= fact.high):
            return _correction(f"报告中{fact_label(fact)}是{figure_text(fact)}，不是{figure.text}；", question, [fact])
    return None


def rise_asked_as_fall(fact: Fact, question: str) -> Answer | None:
    """去年GDP下降了多少？ answered by a growth the report gives as a rise: say so, give no fall."""
    rise_asked = re.search(r"增长|增速|增幅", question)
    if fact.aspect != "growth" or fact.value <= 0 or not _FALL.search(question) or rise_asked:
        return None
    return _correction(f"报告中{fact_label(fact)}为增长{figure_text(fact)}，并未下降；", question, [fact])


def _stated_fall(question, index, weights, parser) -> Answer | None:
    """为什么2011年GDP下降了？ when the report gives a growth."""
    fall = _FALL.search(question)
    if not fall or re.search(r"多少|几|百分之", question):
        return None
    rest = question[: fall.start()] + question[fall.end() :]
    intent = replace(parser.parse(rest).request(), operation=None, aspect="growth", unit=None)
    fact = _only_fact(intent, index, weights)
    if fact is not None and fact.value > 0:
        return _correction(f"报告中{fact_label(fact)}是增长{figure_text(fact)}，并未{fall.group()}；", question, [fact])
    return None


def _stated_order(question, index, weights, parser) -> Answer | None:
    """为什么2012年财政收入目标比2011年还低？ when the report's figures say otherwise."""
    claim = _CLAIMED_ORDER.search(question)
    if not claim or re.search(r"多少|几|哪个|哪一|谁", question):
        return None
    pair = question[: claim.end("other")]
    intent = replace(parser.parse(pair).request(), operation="compare")
    operands = find_operands(pair, intent, index.facts, index.tokenizer, weights, parser)
    if not operands or len(operands) != 2:
        return None
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if b_value is None or a.value == b_value:
        return None
    if (a.value > b_value) != (claim.group("dir") in ("高", "多")):
        order = "高于" if a.value > b_value else "低于"
        text = f"报告中{operands[0].label}（{figure_text(a)}）{order}{operands[1].label}（{figure_text(b)}）；"
        return _correction(text, question, [a, b])
    return None


def _only_fact(intent, index: ReportIndex, weights: Weights):
    if not question_words(index.tokenizer, intent.metric_text):
        return None
    matches = resolve_metric(intent.metric_text, intent, index.facts, index.tokenizer, weights)
    if not matches or matches[0].score < MIN_SCORE or len(ties(matches)) > 1:
        return None
    return matches[0].fact
