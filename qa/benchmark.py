"""A wider area's figure worked back from the report's own and its stated gap.

A provincial report writes 地区生产总值增长5.4%、高于全国0.4个百分点; a reader asks 2025年全国GDP增速是多少. The
report never gives the nation's figure, but it follows from the two it gives: 5.4 − 0.4 = 5.0 (a gap 低于 the
whole adds instead). The answer shows the sum and cites both figures; the report's own figure or the gap alone is
never given as the whole's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from index.facts import Fact, is_gap
from index.lexicon import Lexicon
from qa.answer import Answer
from qa.context import Context
from qa.numeric import MIN_SCORE, fact_label, figure_text, fmt, source_of
from qa.query import Query


def answer_benchmark(query: Query, context: Context) -> Answer | None:
    """全国…是多少 of a report that states its own figure and how far it lies above or below the nation's."""
    asked = _wider_asked(query, context)
    if asked is None or not query.figure:
        return None
    wider, clause = asked
    metric = context.parser.metric_words(clause).replace(wider, " ")  # 根据山西报告里的数字，去年全国…: the clause
    intent = replace(query.request(), unit=None)
    pairs = {own: gap for gap in _gaps(context, wider) if (own := _own_before(gap, context)) is not None}
    matches = [m for m in context.resolve(metric, intent) if m.fact in pairs and m.score >= MIN_SCORE]
    if not matches or len({(m.fact.value, pairs[m.fact].value) for m in matches}) > 1:
        return None
    own = matches[0].fact
    gap = pairs[own]
    above = context.parser.lexicon.words("asking", "operand", "above_benchmark")
    sign = -1 if any(w in gap.context for w in above) else 1
    value = round(own.value + sign * gap.value, 4)
    formula = f"{fmt(own.value)} {'−' if sign < 0 else '+'} {fmt(gap.value)} = {fmt(value)}{own.unit}"
    lines = [
        f"报告没有直接给出{wider}的数字；按报告中的本地数字和与{wider}的差距推算，{wider}约为{fmt(value)}{own.unit}。",
        f"计算：{formula}",
        f"① {fact_label(own)}：{figure_text(own)}",
        f"② 与{wider}的差距：{gap.context}{figure_text(gap)}",
    ]
    return Answer("\n".join(lines), "number", value, own.unit, [source_of(own), source_of(gap)], query.text)


def _wider_asked(query: Query, context: Context) -> tuple[str, str] | None:
    """The wider area whose own figure the question's last clause asks (推算2025年全国GDP增速是多少), not a gap to
    it (比全国高多少) nor an area a report says of itself (全省)."""
    clause = re.split(r"[，,；;]", query.text.rstrip("？?。！! "))[-1]
    wholes = [w for w in wider_areas(context) if w in clause]
    if not wholes or context.parser.lexicon.regex("asking", "operand", "gap_asked_pattern").search(clause):
        return None
    return wholes[0], clause


def _gaps(context: Context, wider: str) -> list[Fact]:
    """The report's figures that are gaps to ``wider`` (高于全国0.4个百分点)."""
    return [f for f in context.facts if is_gap(f) and wider in f.context]


def _own_before(gap: Fact, context: Context) -> Fact | None:
    """The report's own figure a gap is of: the figure before it in its sentence, of the gap's name, in % for a
    gap in points, else in the gap's unit."""
    sentence = context.facts.in_sentence(gap)
    at = sentence.index(gap)
    points = gap.unit in ("个百分点", "百分点")
    before = [f for f in sentence[:at] if f.metric == gap.metric and not is_gap(f) and _in(f, gap.unit, points)]
    return before[-1] if before else None


def _in(fact: Fact, unit: str, points: bool) -> bool:
    return fact.unit == "%" if points else fact.unit == unit


def asks_wider(query: Query, context: Context) -> bool:
    """Whether a question names a wider area than the report's own (全国, 全国平均)."""
    return any(w in query.text for w in wider_areas(context))


def of_wider_unnamed(query: Query, fact: Fact, context: Context) -> bool:
    """Whether the question asks of a wider area (全国的GDP增速目标) that the fact's name and context do not name:
    the report's own figure is no answer."""
    named = f"{fact.metric} {fact.context}"
    return any(w in query.text and w not in named for w in wider_areas(context))


def wider_areas(context: Context) -> tuple[str, ...]:
    """The wider areas a question may ask of (全国, 全国平均): no area words any report says of itself (全省, 全市),
    nor this report's own (全国 of the nation's report)."""
    return _wider_areas(context.parser.lexicon, context.parser.own_area)


@cache
def _wider_areas(lex: Lexicon, own_area: frozenset[str]) -> tuple[str, ...]:  # once per report: every fact is checked
    own = {w for words in lex.table("asking", "frame", "own_area").values() for w in words}
    wider = [w for w in lex.words("asking", "operand", "benchmarks") if w not in own]
    return tuple(w for w in wider if not any(a in w for a in own_area))
