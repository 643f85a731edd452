"""Arithmetic a question asks of figures: its own (我用36比31.2算了一下，是15.4%吗), and a year before the report's
worked back from the next year's figure and growth (倒推一下，2010年的GDP大概是多少). Every step is shown, and every
figure the report holds is cited where it stands."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.facts import Fact
from index.numbers import convert, convertible, find_figures
from qa.answer import Answer, Source
from qa.context import Context
from qa.numeric import MIN_SCORE, fact_label, figure_text, fmt, source_of
from qa.query import Query


@dataclass(frozen=True)
class Pair:
    """Two figures the question sets against each other: ``later`` over ``base``."""

    later: float
    base: float
    unit: str  # the unit the question gives them in, or ""


def answer_own_figures(query: Query, context: Context) -> Answer | None:
    """A growth, multiple, share or difference of two figures the question gives, a claimed result checked against
    it; the report's figures of those values are cited."""
    text = _without_years(query.text)
    pair = _pair(text, context)
    if pair is None or pair.base == 0:
        return None  # nothing is worked out over 0
    claimed = _claimed(text, pair)
    operation = _operation(text, claimed, pair, context)
    if operation is None:
        return None
    cited = _cited(pair, context)
    units = {f.unit for _, f in cited}
    if len(cited) == 2 and len(units) == 1 and _said_in(pair.unit, next(iter(units))):
        pair = replace(pair, unit=next(iter(units)))  # 36亿比31.2亿: in the report's unit (亿元)
    value, unit, formula = _worked_out(operation, pair)
    said = _said(claimed, value, unit, context)
    lines = [f"按您给的数算：{formula}{said}", *(f"- {v:g}：{fact_label(f)}{figure_text(f)}" for v, f in cited)]
    sources = [source_of(f) for _, f in cited]
    return Answer("\n".join(lines), "number", value, unit, sources, query.text)


def _without_years(text: str) -> str:
    return re.sub(r"\d{4}\s*年", "", text)


def _pair(text: str, context: Context) -> Pair | None:
    """The two figures set against each other, the later first (从850到1100: 1100 over 850)."""
    lex = context.parser.lexicon
    found = list(lex.regex("asking", "own_figures", "pair_pattern").finditer(text))
    if len(found) != 1 or "%" in (found[0].group("a_unit") or "") + (found[0].group("b_unit") or ""):
        return None
    match = found[0]
    a, b = float(match.group("a")), float(match.group("b"))
    unit = match.group("a_unit") or match.group("b_unit") or ""
    if lex.regex("asking", "own_figures", "from_pattern").search(text[: match.start() + 2]):
        return Pair(b, a, unit)
    return Pair(a, b, unit)


def _said_in(said: str, unit: str) -> bool:
    """Whether figures said in ``said`` (亿, or no unit) are in the report's ``unit`` (亿元)."""
    return not said or unit.startswith(said) or convertible(said, unit)


def _claimed(text: str, pair: Pair) -> float | None:
    """A result the question claims (是15.4%吗, 增长29.4%): a share figure it writes beside the pair."""
    shares = [f.value for f in find_figures(text) if f.unit == "%"]
    return shares[0] if len(shares) == 1 else None


def _operation(text: str, claimed: float | None, pair: Pair, context: Context) -> str | None:
    lex = context.parser.lexicon
    for operation in ("growth", "times", "share", "difference"):
        if any(w in text for w in lex.words("asking", "own_figures", f"{operation}_words")):
            return operation
    if claimed is None:
        return None
    within = lex.get("asking", "own_figures", "agree_within")
    for operation in ("growth", "share"):  # 36比31.2，是15.4%吗: whichever the claim is of
        if abs(_worked_out(operation, pair)[0] - claimed) <= within:
            return operation
    return "growth"


def _worked_out(operation: str, pair: Pair) -> tuple[float, str, str]:
    """The result, its unit and the formula shown."""
    later, base, unit = pair.later, pair.base, pair.unit
    if operation == "difference":
        value = round(later - base, 4)
        return value, unit, f"{later:g} − {base:g} = {value:g}{unit}"
    if operation == "times":
        value = round(later / base, 2)
        return value, "倍", f"{later:g} ÷ {base:g} ≈ {value:g}倍"
    if operation == "share":
        value = round(later / base * 100, 1)
        return value, "%", f"{later:g} ÷ {base:g} ≈ {value:g}%"
    value = round((later - base) / base * 100, 1)
    return value, "%", f"({later:g} − {base:g}) ÷ {base:g} ≈ {value:g}%"


def _said(claimed: float | None, value: float, unit: str, context: Context) -> str:
    """Whether the claimed result holds."""
    if claimed is None or unit != "%":
        return "。"
    if abs(value - claimed) <= context.parser.lexicon.get("asking", "own_figures", "agree_within"):
        return f"，与您说的{claimed:g}%相符。"
    return f"，不是您说的{claimed:g}%。"


def _cited(pair: Pair, context: Context) -> list[tuple[float, Fact]]:
    """The report's figure of each value given, where exactly one figure (of one name) has it."""
    cited = []
    for value in (pair.later, pair.base):
        facts = [f for f in context.facts if f.value == value and f.aspect == "value"]
        if len({fact_label(f) for f in facts}) == 1:
            cited.append((value, facts[0]))
    return cited


def answer_worked_back(query: Query, context: Context) -> Answer | None:
    """倒推一下，2010年的GDP大概是多少: the year before the report's results, from that year's figure and its
    stated growth (170 ÷ (1 + 25%)), or the growth the question gives (按25%的增速倒推), or the rise over it (去年比
    2010年多了多少: 170 − 136); only when the question asks to work it back."""
    lex = context.parser.lexicon
    year = context.report_year
    rates = [s.value for s in query.stated if s.unit == "%"]
    # (2011年GDP增长25%，倒推一下2010年: the year worked from may be named beside it)
    if not year or year - 2 not in query.years or not set(query.years) <= {year - 2, year - 1}:
        return None
    if query.operation not in ("lookup", "difference") or len(rates) > 1:
        return None
    cues = lex.words("asking", "own_figures", "worked_back")
    if not query.estimate or (query.aspect not in ("value", "count") and not rates):  # (said, or said before)
        return None
    metric = " ".join(w for w in query.own if w not in cues and not any(c.isdigit() for c in w))
    results = replace(query.request(), years=(year - 1,), kind="result", aspect="value", metric_text=metric)
    found = context.resolve(metric, results) if metric else []
    if not found or found[0].score < MIN_SCORE:
        return None
    level = found[0].fact
    growth = [f for f in context.facts.in_sentence(level) if f.aspect == "growth" and f.metric == level.metric]
    if not rates and len(growth) != 1:
        return None
    rate = rates[0] if rates else growth[0].value
    if rate <= -100:
        return None  # no figure falls by all of itself and more
    said = f"按您给的增速{rate:g}%" if rates else f"按{fact_label(level)}{figure_text(level)}、同比增长{rate:g}%"
    before = round(level.value / (1 + rate / 100), 2)
    text = f"报告没有直接给出{year - 2}年的数字；{said}倒推："
    text += f"{level.value:g} ÷ (1 + {rate:g}%) ≈ {before:g}{level.unit}。"
    value = before
    if query.operation == "difference":  # 去年比2010年多了多少: the rise the worked-back year leaves
        value = round(level.value - before, 2)
        text += f"\n{year - 1}年比{year - 2}年多：{level.value:g} − {before:g} ≈ {value:g}{level.unit}。"
    text += f"\n\n原文：{level.sentence}\n出处：{level.section}"
    sources: list[Source] = [source_of(level)]
    return Answer(text, "number", value, level.unit, sources, query.text)


def answer_level_before(query: Query, context: Context) -> Answer | None:
    """2020年人均预期寿命是多少 of a report that writes only 较2020年提高1.16岁、达到79.72岁: the level of the year
    the change is counted from, worked back (79.72 − 1.16 = 78.56岁), with both figures cited."""
    if len(query.years) != 1 or query.operation != "lookup" or query.aspect not in ("value", "count"):
        return None
    lex = context.parser.lexicon
    since = tuple(lex.regex("facts", "clause", f"{name}_pattern") for name in ("since_year", "since_last_year"))
    pairs = [p for p in (_change_and_level(f, since, query.years[0], context) for f in context.facts) if p]
    pairs += _levels_then_changes(query.years[0], context)
    if not pairs:
        return None
    intent = replace(query.request(), years=(), kind=None)
    near = [m for m in context.resolve(intent.metric_text, intent) if m.score >= MIN_SCORE]
    levels = {id(m.fact) for m in near[:_NEAR_LEVELS]}
    found = [(change, level, fall) for change, level, fall in pairs if id(level) in levels]
    if len(found) != 1:
        return None
    change, level, fall = found[0]
    size = abs(change.value) if fall else change.value  # 比上年减少300亿元: a fall, read as −300 or as 300
    value = round(level.value + size if fall else level.value - size, 2)
    sign = "+" if fall else "−"
    said = f"{fact_label(level)}{figure_text(level)}、{change.metric}{figure_text(change)}"
    text = f"报告没有直接写{query.years[0]}年的数字；按{said}倒推："
    text += f"{fmt(level.value)} {sign} {fmt(size)} = {fmt(value)}{level.unit}。"
    text += f"\n\n原文：{level.sentence}\n出处：{level.section}"
    return Answer(text, "number", value, level.unit, [source_of(level)], query.text)


_NEAR_LEVELS = 3  # the best matches of the metric asked among which the level reached must be


def _change_and_level(
    change: Fact, since: tuple[re.Pattern[str], re.Pattern[str]], year: int, context: Context
) -> tuple | None:
    """(change, level, whether a fall) when ``change`` is counted since ``year`` (较2020年, or 同比 of the year
    before its own) and its sentence gives the level reached in the same unit, of the thing the change is of."""
    m = since[0].search(change.metric)
    start = int(m.group("year")) if m else None
    if m is None and (m := since[1].search(change.metric)) is not None:
        start = change.year - 1 if change.year else None
    if m is None or start != year or change.aspect != "value":
        return None
    head = change.metric[: m.start()]
    same = (f for f in context.facts.in_sentence(change) if f is not change and f.metric == head)
    level = next((f for f in same if f.unit == change.unit), None)
    return (change, level, bool(m.group("fall"))) if level is not None and head else None


def answer_other_part(query: Query, context: Context) -> Answer | None:
    """2008年进口总额是多少 of a report that writes 进出口总额完成380亿美元，其中出口总值233亿美元: one part of a word
    naming two (the lexicon's wholes) that the report gives no figure of, worked out as the whole less the other
    part (380 − 233 = 147亿美元), both figures cited. None when the report writes the part asked."""
    if query.operation != "lookup" or query.aspect not in ("value", "count") or len(query.years) != 1:
        return None
    asked = _part_asked(query.text, context)
    if asked is None:
        return None
    whole, part, other = asked
    intent = query.request()
    if _best(context, intent, intent.metric_text, part) is not None:
        return None  # the report writes the part asked
    total = _best(context, intent, intent.metric_text.replace(part, whole), whole)
    rest = _best(context, intent, intent.metric_text.replace(part, other), other, whole)
    if total is None or rest is None or total.unit != rest.unit or not 0 < rest.value < total.value:
        return None
    if total.sentence_span != rest.sentence_span:
        return None  # the two figures of one sentence (…总额380亿美元，其中出口233亿美元), not of two places
    value = round(total.value - rest.value, 6)
    said = f"{fact_label(total)}{figure_text(total)}、{fact_label(rest)}{figure_text(rest)}"
    text = f"报告没有直接写{part}的数字；按{said}算："
    text += f"{fmt(total.value)} − {fmt(rest.value)} = {fmt(value)}{total.unit}。"
    text += f"\n\n原文：{total.sentence}\n出处：{total.section}"
    return Answer(text, "number", value, total.unit, [source_of(total)], query.text)


def _part_asked(text: str, context: Context) -> tuple[str, str, str] | None:
    """(whole, part asked, the other part) of a two-part word (进出口: 进口, 出口) whose part the question names first,
    said apart from the whole."""
    for whole, parts in context.parser.lexicon.table("aliases", "wholes").items():
        rest = text.replace(whole, " ")
        said = sorted((rest.find(p), p) for p in parts if p in rest)
        if len(parts) == 2 and said:
            part = said[0][1]
            return whole, part, next(p for p in parts if p != part)
    return None


def _best(context: Context, intent, metric: str, word: str, unlike: str = "") -> Fact | None:
    """The one fact best matching ``metric`` whose name writes ``word`` (and not ``unlike``), at the time asked."""
    found = [
        m
        for m in context.resolve(metric, replace(intent, metric_text=metric))
        if m.score >= MIN_SCORE and word in m.fact.metric and not (unlike and unlike in m.fact.metric)
    ]
    return found[0].fact if found else None


def answer_stock_before(query: Query, context: Context) -> Answer | None:
    """新认定之前原有的高新技术企业有多少家 of a report that writes 新认定高新技术企业14家,累计达76家: the stock
    before the additions, the total less the added (76 − 14 = 62家), both figures cited."""
    lex = context.parser.lexicon
    text = query.text
    for name in ("before_added_pattern", "stock_before_pattern"):
        text = lex.regex("asking", "own_figures", name).sub("", text)
    if text == query.text or query.operation != "lookup" or query.aspect not in ("value", "count"):
        return None
    inner = context.parser.parse(text, claims=False)
    intent = replace(inner.request(), kind=None)
    near = [m.fact for m in context.resolve(intent.metric_text, intent) if m.score >= MIN_SCORE][:_NEAR_LEVELS]
    added = lex.regex("asking", "own_figures", "added_pattern")
    found = (_added_and_total(f, added, context) for f in near)
    pairs = {(p[0].text, p[0].sentence): p for p in found if p}
    if len(pairs) != 1:
        return None
    add, total = next(iter(pairs.values()))
    value = round(total.value - add.value, 4)
    said = f"{fact_label(total)}{figure_text(total)}、{fact_label(add)}{figure_text(add)}"
    text = f"报告没有直接写新增之前的数字；按{said}算："
    text += f"{fmt(total.value)} − {fmt(add.value)} = {fmt(value)}{total.unit}。"
    text += f"\n\n原文：{total.sentence}\n出处：{total.section}"
    return Answer(text, "number", value, total.unit, [source_of(total)], query.text)


def _added_and_total(fact: Fact, added: re.Pattern[str], context: Context) -> tuple[Fact, Fact] | None:
    """(the added, the total) of ``fact``'s sentence: an addition (新认定高新技术企业14家) and, right after it, the
    total it joins (累计达76家) in the same unit, larger, of the same thing (their names share most characters)."""
    facts = [f for f in context.facts.in_sentence(fact) if f.aspect == "value"]
    for first, second in zip(facts, facts[1:], strict=False):
        if fact not in (first, second) or not added.match(first.metric) or added.match(second.metric):
            continue
        thing = added.sub("", first.metric)
        shared = sum(c in second.metric for c in thing) / max(len(thing), 1)
        if first.unit == second.unit and second.value > first.value and shared >= _SHARED_THING:
            return first, second
    return None


_SHARED_THING = 0.5  # of the added thing's characters, at least this share are in the total's name


def _levels_then_changes(year: int, context: Context) -> list[tuple[Fact, Fact, bool]]:
    """(change, level, whether a fall) for each level of the year after ``year`` whose change on the year before
    the report writes in the clause right after it (今年…投入拟安排9884.5亿元，比上年增加1304.8亿元: 2010's is
    9884.5 − 1304.8)."""
    pattern = context.parser.lexicon.regex("facts", "clause", "level_then_change_pattern")
    found = []
    for level in context.facts:
        if level.aspect != "value" or level.year != year + 1 or level.sentence_span is None:
            continue
        after = [f for f in context.facts.in_sentence(level) if f.span[0] > level.span[1]][:1]
        change = after[0] if after else None
        if change is None or not convertible(change.unit, level.unit) or change.metric not in ("", level.metric):
            continue
        start = level.sentence_span[0]
        between = pattern.match(level.sentence[level.span[1] - start : change.span[0] - start])
        if between:  # (1.3万亿元，比上年增加1800亿元: the change in the level's unit)
            value = round(convert(change.value, change.unit, level.unit) or change.value, 6)
            found.append((replace(change, value=value, unit=level.unit), level, bool(between.group("fall"))))
    return found
