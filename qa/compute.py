"""Computed answers: differences, changes between periods, shares, sums and comparisons of facts.

Each operand is one `Part` of the `Query` (its own years, kind, qualifiers and metric words, the other part's
where it names none), found in the fact table on its own; units are converted (5000万元 = 0.5亿元), and the
answer shows the formula and every operand with its source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from index.fact_table import FactTable
from index.facts import Fact, both_ends
from index.lexicon import current
from index.numbers import GROUP, convert, convertible, to_base
from index.tokens import ReportTokenizer
from qa.answer import Answer
from qa.context import Context
from qa.filters import TOPIC_HELD, TOPIC_MARGIN, alike, without_soft, without_thresholds
from qa.intent import Intent
from qa.numeric import (
    FULL_SCORE,
    MIN_SCORE,
    TIE,
    Match,
    fact_label,
    figure_text,
    fmt,
    is_soft,
    lookup_answer,
    source_of,
    talked_of,
    ties,
)
from qa.passages import question_words
from qa.query import Part, Query

# a figure like the one already taken, among figures the words fit equally (`_likest`): the share of characters
# the two metrics have in common (of all they use) at least LIKE, and LIKE_MARGIN above the next
LIKE = 0.5
LIKE_MARGIN = 0.2


@dataclass(frozen=True)
class Operand:
    fact: Fact
    label: str


def compute(query: Query, intent: Intent, context: Context) -> Answer | None:
    """The computed figure, or None when an operand cannot be found (the passage path then tries)."""
    changed = _from_to(query, intent, context) if intent.operation in ("difference", "change") else None
    operands = _stated_operands(query, context) or changed or find_operands(query, intent, context)
    if operands is not None and intent.operation == "sum":  # 一共几个海外并购: not 3个 + 入选十大案例
        kept = [o for o in operands if not titled_set(o.fact, query.text)]
        if len(kept) == 1 < len(operands):
            return lookup_answer(kept[0].fact, query)  # the one figure counting the things asked
        operands = kept
    if operands is not None and intent.operation == "ratio" and len(operands) == 1:
        whole = whole_of(operands[0].fact, context.facts)
        operands = None if whole is None else [operands[0], Operand(whole, fact_label(whole))]
    if operands is None or len(operands) < 2 or operands[0].fact == operands[1].fact:
        return None  # a figure set against itself (2 ÷ 2) answers nothing
    operate = _OPERATIONS.get(intent.operation or "")
    return operate(query, intent, operands) if operate else None


def titled_set(fact: Fact, question: str) -> bool:
    """入选…十大案例 asked 入选了多少个: the ranked set a thing was chosen into counts nothing the question asks."""
    if fact.text in question or f"几{fact.text[-1]}" in question or not fact.sentence_span:
        return False  # 十大 named, or 几大 asked
    before = fact.sentence[: fact.span[1] - fact.sentence_span[0]]
    return current().regex("asking", "figure", "titled_set_pattern").search(before) is not None


def _unit_said(query: Query, intent: Intent, operands: list[Operand]) -> str:
    """The unit to answer in: the one the question says when it is another scale of the figures' (5000万元 and
    1亿元 in 亿元; 还差多少亿元 of 4万亿元), else the first figure's (人 for 名 is the report's 名)."""
    a = operands[0].fact
    unit_asked = intent.unit or ""
    said = bool(unit_asked) and (unit_asked in query.text or unit_asked[0] in "万亿" and unit_asked[0] in query.text)
    # 多了多少户 of 689万户 and 951万户 names the counter, not a scale: the figures' own 万户
    scaling = unit_asked[:1] in "万亿千百" or len({o.fact.unit for o in operands}) > 1
    scaled = said and scaling and all(convert(1, o.fact.unit, intent.unit) for o in operands)  # 元 of 多少: no scale
    return intent.unit if scaled and convert(1, a.unit, intent.unit) != 1 else a.unit  # type: ignore[return-value]


def _difference(query: Query, intent: Intent, operands: list[Operand]) -> Answer | None:
    a, b = operands[0].fact, operands[1].fact
    unit = _unit_said(query, intent, operands)
    a_value, b_value = convert(a.value, a.unit, unit), convert(b.value, b.unit, unit)
    if a_value is None or b_value is None:
        return None
    if query.remainder and (a.sentence != b.sentence or b_value >= a_value):
        return None  # 不是发明专利的: only a part the report states of its whole (获专利授权725件,其中发明专利90件)
    first, second = a_value, b_value
    falls = a.aspect == b.aspect == "growth" and first < 0 and second < 0 and query.fall
    if falls:  # 起数降幅比死亡人数降幅高多少: the sizes of two falls (15% and 14.5%)
        first, second = -first, -second
    value = first - second
    unit = "个百分点" if unit == "%" else unit
    more = ("高" if falls else "多") if value >= 0 else ("低" if falls else "少")
    labels = [o.label.replace("增速", "降幅") if falls else o.label for o in operands[:2]]
    head = f"{labels[0]}比{labels[1]}{more}{fmt(abs(value))}{unit}"
    if query.remainder:
        head = f"{labels[0]}中，{labels[1]}以外的有{fmt(value)}{unit}"
    formula = f"{fmt(first)} − {fmt(second)} = {fmt(value)}{unit}"
    return _answer(query.text, head, formula, round(abs(value), 10), unit, operands)


def _change(query: Query, intent: Intent, operands: list[Operand]) -> Answer | None:
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if not b_value:
        return None
    value = (a.value - b_value) / b_value * 100
    head = f"{operands[0].label}比{operands[1].label}{'增长' if value >= 0 else '下降'}{fmt(abs(value), 1)}%"
    formula = f"({fmt(a.value)} − {fmt(b_value)}) ÷ {fmt(b_value)} ≈ {fmt(value, 1)}%"
    # 下降了百分之多少: a fall asked is answered by its size, as the head says it (下降16.7%)
    said = abs(value) if value < 0 and query.fall and not query.rise else value
    return _answer(query.text, head, formula, round(said, 1), "%", operands)


def worked_change(query: Query, operands: list[Operand]) -> Answer | None:
    """The rate of change from the second operand to the first, worked out (折算增速)."""
    return _change(query, query.request(), operands)


def _ratio(query: Query, intent: Intent, operands: list[Operand]) -> Answer | None:
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if not b_value or _per_head(a) != _per_head(b):
        return None  # 人均地区生产总值 over 地区生产总值: a figure per head is no part of a total, nor a multiple of it
    if query.unit == "倍":  # 是GDP的几倍: a multiple, not a share
        times = a.value / b_value
        head = f"{operands[0].label}是{operands[1].label}的{fmt(times, 2)}倍"
        formula = f"{fmt(a.value)} ÷ {fmt(b_value)} ≈ {fmt(times, 2)}"
        return _answer(query.text, head, formula, round(times, 2), "倍", operands)
    value = a.value / b_value * 100
    if value > 100 and current().regex("asking", "operation", "part_of_whole_pattern").search(query.text):
        return None  # 风投占多少比例 met by 风险投资6000万元 over 融资贷款5000万元: no part exceeds its whole
    head = f"{operands[0].label}占{operands[1].label}的{fmt(value, 1)}%"
    formula = f"{fmt(a.value)} ÷ {fmt(b_value)} ≈ {fmt(value, 1)}%"
    return _answer(query.text, head, formula, round(value, 1), "%", operands)


def _per_head(fact: Fact) -> bool:
    """Whether a figure is one per head or per thing (人均地区生产总值, 每万人口发明专利拥有量)."""
    return fact.metric.startswith(tuple(current().words("asking", "unit", "per_words")))


def _sum(query: Query, intent: Intent, operands: list[Operand]) -> Answer | None:
    mixed = len({(o.fact.year, o.fact.kind) for o in operands}) > 1 and not (query.time.years or query.time.words)
    if mixed and not all(p.metric and all(w in query.text for w in p.metric.split()) for p in query.parts):
        return None  # 一共几个项目 after 总部一期: a result and a target the question does not name are no total
    unit = _unit_said(query, intent, operands)
    values = [convert(o.fact.value, o.fact.unit, unit) for o in operands]
    if any(v is None for v in values):
        return None
    total = round(sum(values), 10)  # type: ignore[arg-type]
    head = "、".join(o.label for o in operands) + f"合计{fmt(total)}{unit}"
    formula = " + ".join(fmt(v) for v in values) + f" = {fmt(total)}{unit}"  # type: ignore[arg-type]
    return _answer(query.text, head, formula, total, unit, operands)


def total_of(query: Query, intent: Intent, facts: Sequence[Fact]) -> Answer | None:
    """The sum of figures the report lists together, with its formula (融资贷款5000万元、风险投资6000万元)."""
    return _sum(query, intent, [Operand(f, fact_label(f)) for f in facts])


def yearly_average(query: Query, fact: Fact) -> Answer:
    """十四五期间平均每年新增就业多少: an amount the report gives only for a whole span (城镇新增就业265.15万人 over
    2021–2025), divided by its years."""
    start, end = fact.period_years or (0, 0)
    years = end - start + 1
    value = fact.value / years
    label = fact_label(fact)
    head = f"{label}年均约{fmt(value, 2)}{fact.unit}（报告只写了{years}年合计{figure_text(fact)}）"
    formula = f"{fmt(fact.value)} ÷ {years} ≈ {fmt(value, 2)}{fact.unit}"
    return _answer(query.text, head, formula, round(value, 2), fact.unit, [Operand(fact, label)])


def share_of(query: Query, part: Fact, whole: Fact) -> Answer | None:
    """The share one figure is of another, with its formula (服务业总收入490亿元 of 技工贸总收入850亿元)."""
    intent = replace(query.request(), operation="ratio")
    operands = [Operand(part, fact_label(part)), Operand(whole, fact_label(whole))]
    return _ratio(replace(query, unit="%"), intent, operands)


def _compare(query: Query, intent: Intent, operands: list[Operand]) -> Answer | None:
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if b_value is None:
        return None
    bigger = operands[0] if a.value >= b_value else operands[1]
    smaller = operands[1] if bigger is operands[0] else operands[0]
    word = "快" if a.aspect == "growth" else "高" if a.unit == "%" else "大"
    text = (
        f"{bigger.label}（{figure_text(bigger.fact)}）比{smaller.label}（{figure_text(smaller.fact)}）更{word}。"
        + _cited(operands)
    )
    return Answer(text, "passage", None, None, [source_of(o.fact) for o in operands], query.text)


_OPERATIONS: dict[str, Callable[[Query, Intent, list[Operand]], Answer | None]] = {
    "difference": _difference,
    "change": _change,
    "ratio": _ratio,
    "sum": _sum,
    "compare": _compare,
}


def may_be_stated(query: Query) -> bool:
    """Whether a share or total the question asks for may be a figure the report states itself: a share
    (民生投入占公共财政预算支出的比重), or a total of one thing (一共关停了几个锅炉) rather than of several.
    """
    one = len(query.parts) == 1 and (query.count or 0) <= 1  # 三级加起来 counts several
    return query.operation == "ratio" or (query.operation == "sum" and one)


def parts_found(query: Query, intent: Intent, context: Context) -> bool:
    """Whether every part of a computed question names a fact of the report (though it could not be computed)."""
    named = [p for p in query.parts if p.metric]
    for part in named:
        asked = replace(intent, years=part.years or intent.years, kind=part.kind, aspect=part.aspect, unit=None)
        matches = context.resolve(part.metric, replace(asked, cues=part.qualifiers))
        # 三大主导产业占工业总产值的比重: the 三大 of the name said is no figure of the part
        matches = [m for m in matches if not _said_in_name(m.fact.text, part.text)]
        if not matches or matches[0].score < MIN_SCORE:
            return False
    return bool(named)


def _said_in_name(figure: str, text: str) -> bool:
    """Whether a figure in words (三大, 两个) is said in the question itself, as part of what it names."""
    return not any(ch.isdigit() for ch in figure) and figure in text


def _parts_of(query: Query, intent: Intent) -> list[Part]:
    """The parts a computation takes its figures for: the question's, or its one metric at each of two years."""
    parts = list(query.parts)
    if len(parts) != 1 or intent.operation not in ("difference", "change") or len(intent.years) < 2 or not query.whole:
        return parts
    if query.time.compared:
        return [query.whole, query.whole]  # 2012年比2011年增长多少 with one metric: the years differ
    later, earlier = max(intent.years), min(intent.years)  # 从2021年到2025年增加了多少: the later less the earlier
    return [replace(query.whole, years=(later,)), replace(query.whole, years=(earlier,))]


def find_operands(query: Query, intent: Intent, context: Context) -> list[Operand] | None:
    """One fact per part of the question; None when a part names nothing the report has."""
    parts = _parts_of(query, intent)
    # a part that names no metric (比去年多多少) takes the other part's; one that names no year, the other's
    named = [p for p in parts if p.metric]
    if not named:
        return None
    # 其中发明专利占多少比例: the part of its whole (not GDP目标是去年的多少倍, a multiple of another year's)
    against_year = query.unit == "倍" and any(p.years for p in parts if not p.metric)
    if intent.operation == "ratio" and len(named) == 1 and not against_year:
        parts = [named[0]]
    listed = intent.operation in ("sum", "difference") and len(parts) > 1
    heads = _list_heads(named[-1].metric, context.tokenizer) if listed else []
    asked = [_part_asked(i, parts, named, heads, intent, context) for i in range(len(parts))]
    asked = [_points_of_rates(metric, part_intent, intent, context) for metric, part_intent in asked]
    found = [context.resolve(metric, part_intent) for metric, part_intent in asked]
    found[0] = _of_the_part(found[0], named[0].metric, named[-1].metric) if intent.operation == "ratio" else found[0]
    # a part whose words fit several figures (2012年服务业: 服务业总收入, 服务业项目) takes the one like a
    # figure another part names alone
    anchor = next((m[0].fact for m in found if m and len(ties(m)) == 1), None)
    operands: list[Operand] = []
    # two things of their own compared (not a sum, whose parts may name one thing twice, nor a share, whose whole
    # may be named in the part's own figure: 工业增加值占地区生产总值比重)
    compared = intent.operation in ("difference", "change", "compare")
    apart = compared and len(parts) == 2 and len({p.metric for p in named}) == 2
    for part, (metric, part_intent), matches in zip(parts, asked, found, strict=True):
        matches = _not_taken(matches, operands) if apart else matches
        if operands and _elliptic(part, parts[0], context):  # 服务业占比比制造业高多少: 制造业 in 服务业's place
            like = replace(part_intent, aspect=operands[0].fact.aspect)
            matches = _analogue(parts[0].metric, metric, like, operands[0].fact, context) or matches
        if len(ties(matches)) > 1 and not part.years and not part.kind:  # 开工比竣工多多少: the figures the talk quoted
            matches = talked_of(ties(matches), query.talked) or _latest(matches) or matches
        if (not matches or len(ties(matches)) > 1) and anchor is not None:
            taken = operands[0].fact if operands else anchor
            analogue = _analogue(parts[0].metric, metric, part_intent, taken, context) if operands else None
            beside = _in_sentence(matches, taken)
            matches = analogue or beside or _likest(matches, taken) or _in_dimension(matches, taken) or matches
            matches = matches or _worded_apart(taken, part_intent, context, metric)
        if not matches or matches[0].score < MIN_SCORE or len(ties(matches)) > 1:
            return None
        chosen = ties(matches)[0].fact  # the exact figure, not a milestone passed beside it (迈上6万亿元台阶)
        operands.append(Operand(chosen, fact_label(chosen)))
    if len({o.fact for o in operands}) < len(operands):
        return None  # the same figure twice: the parts were not understood
    return operands


def _of_the_part(matches: list[Match], part: str, whole: str) -> list[Match]:
    """新能源汽车保有量占汽车保有量: the part names its whole with more words before it (新能源), and only a figure
    naming them is the part's (新能源汽车356万辆, not 汽车保有量3230万辆)."""
    more = part.removesuffix(whole).strip() if whole and part.endswith(whole) and whole != part else ""
    if not more:
        return matches
    return [m for m in matches if more in f"{m.fact.metric}{m.fact.text}"]


def _latest(matches: list[Match]) -> list[Match]:
    """汽车保有量由2552万辆增至3230万辆 asked with no time (新能源车占汽车保有量几成): of one figure at several
    times, the latest, the state now; [] when the tied figures are of several things or one time."""
    tied = ties(matches)
    years = [m.fact.year for m in tied]
    if len({m.fact.metric for m in tied}) != 1 or None in years or len(set(years)) != len(tied):
        return []
    if any(m.fact.kind != "result" for m in tied):
        return []  # a plan's figure is no state now (技工贸总收入是GDP的几倍: the results, not 2012's targets)
    return [max(tied, key=lambda m: m.fact.year or 0)]


def _not_taken(matches: list[Match], operands: list[Operand]) -> list[Match]:
    """游客总花费的增速比游客人数增速高几个百分点: a figure one part took is no figure of the other."""
    return [m for m in matches if all(m.fact is not o.fact for o in operands)]


def _part_asked(
    i: int, parts: list[Part], named: list[Part], heads: list[str], intent: Intent, context: Context
) -> tuple[str, Intent]:
    """The metric words part ``i`` is looked up by, and its years, kind, aspect and qualifiers."""
    part = parts[i]
    metric, aspect = _operand_metric(i, parts, named, heads, intent, context)
    span, ends = _operand_span(part, parts, intent)
    years = part.years if part.span else _operand_years(i, parts, intent, context)  # 十五五目标: the plan's span
    if aspect == "value" and intent.operation in ("difference", "compare") and any(p.aspect == "growth" for p in named):
        aspect = "growth"  # 增加值增速比六大优势产业高几个百分点: the other part's growth too
    asked = replace(intent, years=years, kind=part.kind, aspect=aspect, cues=part.qualifiers, unit=None)
    return metric, replace(asked, span=span, ends=ends)


def _points_of_rates(metric: str, part: Intent, intent: Intent, context: Context) -> tuple[str, Intent]:
    """比2011年降了几个百分点 of an amount (固定资产投资63亿元): points set rates apart, so the part is its growth;
    a rate that is the figure itself (入驻率92%) stays as it is."""
    if intent.unit != "个百分点" or part.aspect != "value":
        return metric, part
    found = ties(context.resolve(metric, part))
    if not found or any(m.fact.unit == "%" for m in found):
        return metric, part
    return metric, replace(part, aspect="growth")


def _worded_apart(taken: Fact, asked: Intent, context: Context, metric: str = "") -> list[Match]:
    """比去年多多少 after 2012年全社会固定资产投资 when 2011 writes 固定资产投资: the one figure of the year asked
    whose name holds the other's or is held by it, in the same aspect and dimension; else, when the part's own
    words (``metric``) name the figure it is set against (农转用报批 of 土地农转用报批), the one whose name without its
    words of when and how (争取报批土地 → 报批土地) is clearly the likest."""
    found = [
        f
        for f in context.facts
        if f.year in asked.years
        and f.aspect == taken.aspect
        and f is not taken
        and convertible(f.unit, taken.unit)
        and (asked.kind is None or f.kind == asked.kind)
    ]
    held = [f for f in found if f.metric in taken.metric or taken.metric in f.metric]
    if len(held) == 1:
        return [Match(held[0], MIN_SCORE)]
    soft = context.parser.soft
    name = without_soft(taken.metric, soft)
    if not metric or alike(without_soft(metric, soft), name) < TOPIC_HELD:
        return []  # 研发投入占GDP: a thing of its own, not the figure set against it worded apart
    ranked = sorted(((alike(without_soft(f.metric, soft), name), f) for f in found), key=lambda p: -p[0])
    if not ranked or ranked[0][0] < TOPIC_HELD or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < TOPIC_MARGIN):
        return []
    return [Match(ranked[0][1], MIN_SCORE)]


def _in_sentence(matches: list[Match], taken: Fact) -> list[Match] | None:
    """新开工面积比竣工面积多多少: of figures the words fit equally (新开工房屋建筑面积, 新开工安置房), the one
    written in the sentence of the figure it is set against (竣工面积104万平方米)."""
    beside = [m for m in ties(matches) if m.fact.sentence == taken.sentence and m.fact != taken]
    return beside if len(beside) == 1 else None


def _in_dimension(matches: list[Match], taken: Fact) -> list[Match] | None:
    """Of figures the words fit equally, the one in the dimension of the figure it is set against (亿元, not 家)."""
    alike = [m for m in ties(matches) if convertible(m.fact.unit, taken.unit)]
    return alike if len(alike) == 1 else None


def _operand_metric(
    i: int, parts: list[Part], named: list[Part], heads: list[str], intent: Intent, context: Context
) -> tuple[str, str]:
    """The metric words of part ``i``, completed from the other parts where it names too little."""
    part = parts[i]
    text, aspect = part.metric, part.aspect
    other = next((p for p in named if p.metric != text), None)
    modifier = part.modifier if intent.operation == "sum" and not text else ""
    short = not text or len(text.split()[-1]) <= 2
    if text and short and _names_one_figure(text, replace(intent, years=part.years or intent.years), context):
        return text, aspect  # 供地 of 供地比农转用报批多出多少: a short word naming one figure in full
    if heads and i < len(parts) - 1 and short and (text or modifier):
        # 报批、征收、出让和盘活的土地 / 国家、省、市人才: each item's 土地, 人才
        return _with_head(text or modifier, heads, replace(intent, years=part.years, kind=part.kind), context), aspect
    if modifier:
        return f"{modifier} {named[-1].metric.split()[-1]}", aspect  # 新增和优化的公交线路: 新增 公交线路
    if not text:
        return named[0].metric, named[0].aspect  # 比2011年实际低几个百分点: the other part's metric and aspect
    if i > 0 and other and _another_time(part, other) and _within(text, other.metric, context.tokenizer):
        return f"{other.metric} {text}", other.aspect  # 比2011年实际申报少多少: 申报 of the same 科技计划
    if other is not None and (len(text) <= 2 or _size_class_only(text)):
        # 新增和优化的公交线路: 新增 of the same 公交线路; 10亿以上的占亿元以上企业: 10亿以上 of the same 企业
        completed = f"{text} {other.metric.split()[-1]}"
        if _size_class_only(text) or _fits_better(completed, text, replace(intent, years=part.years), context):
            return completed, aspect
    return text, aspect


def _fits_better(completed: str, alone: str, intent: Intent, context: Context) -> bool:
    """新增 公交线路 over 新增; not 工业 服务业 over 工业 (服务业比工业多多少): a short part takes the other's noun
    only when the figures found so fit at least as well as those its own word finds."""
    with_noun, own = context.resolve(completed, intent), context.resolve(alone, intent)
    return bool(with_noun) and (not own or with_noun[0].score >= own[0].score - TIE)


def _names_one_figure(text: str, intent: Intent, context: Context) -> bool:
    """供地 of 供地比农转用报批多出多少: a short word naming one figure in full is a part of its own."""
    found = context.resolve(text, intent)
    return bool(found) and found[0].score >= FULL_SCORE and len(ties(found)) == 1


def _size_class_only(text: str) -> bool:
    """10亿以上: a part naming a size class and nothing else."""
    rest = without_thresholds(text)
    return rest.strip() == "" and rest != text


def _operand_span(part: Part, parts: list[Part], intent: Intent) -> tuple[tuple[int, int] | None, bool]:
    """The plan period of a part: its own (“十四五”末), else another part's when it names no year of its own
    (服务业占比“十四五”末比制造业高多少: 制造业's too), else the question's when no part names a time."""
    if part.span:
        return part.span, part.ends
    if part.years:
        return None, False
    spanned = next((p for p in parts if p.span), None)
    if spanned is not None:
        return spanned.span, spanned.ends
    return (None, False) if any(p.years for p in parts) else (intent.span, intent.ends)


def _operand_years(i: int, parts: list[Part], intent: Intent, context: Context) -> tuple[int, ...]:
    """The years of part ``i``: its own, this year's for a target beside a dated part, else another part's."""
    part, years = parts[i], parts[i].years
    dated = any(p.years for p in parts) or len(intent.years) >= 2
    if not years and part.kind == "target" and context.report_year and dated:
        return (context.report_year,)  # GDP目标比去年多多少 / 服务业目标占技工贸总收入目标: the target is this year's
    if not years:
        years = next((p.years for p in parts if p.years), intent.years)
    if len(parts) == 2 and len(intent.years) >= 2 and len(set(parts[0].years) | set(parts[1].years)) < 2:
        years = (intent.years[i],)
    return tuple(years)


def _elliptic(part: Part, first: Part, context: Context) -> bool:
    """A part naming one word where the first part names several (制造业 after 服务业增加值占GDP比重): it means the
    first part's measure with that word in its place."""
    words = context.tokenizer.content_words
    return len(words(part.metric)) == 1 and len(words(first.metric)) > 1


def _analogue(first: str, metric: str, asked: Intent, taken: Fact, context: Context) -> list[Match] | None:
    """服务业增加值占GDP比重比制造业高多少: 制造业 in the place of 服务业, the rest as before."""
    for analogue in _in_place_of(first, metric, context.tokenizer):
        tried = context.resolve(analogue, asked)
        if tried and tried[0].score >= MIN_SCORE and len(ties(tried)) == 1 and tried[0].fact != taken:
            return tried
    return None


def _likest(matches: list[Match], taken: Fact) -> list[Match] | None:
    """比上一年多多少 after 2012年全社会固定资产投资 when 2011 has several 投资 figures: the one whose metric is
    most like the figure already taken (固定资产投资), when it stands out."""
    tied = ties(matches)
    if len(tied) < 2:
        return None
    said = set(taken.metric)
    alike = [len(said & set(m.fact.metric)) / len(said | set(m.fact.metric)) for m in tied]
    ranked = sorted(alike, reverse=True)
    if ranked[0] < LIKE or ranked[0] - ranked[1] < LIKE_MARGIN:
        return None
    return [tied[alike.index(ranked[0])]]


def _stated_operands(query: Query, context: Context) -> list[Operand] | None:
    """用1100亿和850亿算一下 / 从725件到1000件: the figures the question states, each found in the report by value."""
    if len(query.stated) != 2:
        return None
    operands = []
    table = FactTable.of(context.facts)
    for stated in query.stated:
        found = table.with_base_value(to_base(stated.value, stated.unit))
        if len({(f.value, f.unit, f.metric) for f in found}) != 1:
            return None  # not in the report, or in it more than once under different names
        operands.append(Operand(found[0], fact_label(found[0])))
    return operands


def _in_place_of(first: str, second: str, tokenizer: ReportTokenizer) -> list[str]:
    """The first part's metric with one of its leading words replaced by the second part, in order
    (服务业增加值占GDP比重 → 制造业增加值占GDP比重).
    """
    words = [g[0] for g in question_words(tokenizer, first) if not is_soft(g[0]) and g[0] not in second]
    return [first.replace(w, second.strip(), 1) for w in words[:3] if w in first and not first.endswith(w)]


def _from_to(query: Query, intent: Intent, context: Context) -> list[Operand] | None:
    """经营主体从689万户增至951万户: the one metric the question names, before and after, in one sentence."""
    whole = query.whole
    if whole is None or not whole.metric:
        return None
    years = whole.years or intent.years
    asked = replace(  # both ends, though the start is of the year before the year or span asked (去年提高了多少:
        intent,  # 从796元/月提高至842元/月, the start of 2024; 十四五期间增加了多少)
        years=(years[0] - 1, years[0]) if len(years) == 1 else years,
        kind=None,
        aspect="value",
        cues=whole.qualifiers,
        unit=None,
        span=None,
        span_cued=True,
    )
    tied = ties(context.resolve(whole.metric, asked))
    if not tied or tied[0].score < MIN_SCORE or not _named_first(tied[0], whole.metric):
        return None
    facts = sorted((m.fact for m in tied), key=lambda f: f.span)
    pairs = [(a, b) for a, b in zip(facts, facts[1:], strict=False) if a.metric == b.metric and both_ends(a, b)]
    if len(pairs) != 1:  # none, or the changes of several things: not one change asked
        return None
    before, after = pairs[0]
    return [Operand(after, f"{fact_label(after)}（后）"), Operand(before, f"{fact_label(before)}（前）")]


def _named_first(match: Match, asked: str) -> bool:
    """Whether a figure names all the question asks, or its name leads what the question asks (市属重点国企 of
    市属重点国企合并整合之后: the rest is how it changed; 占全国比重 of 占全国经济比重); 新能源汽车保有量 is not
    汽车保有量's change."""
    metric, asked = match.fact.metric, re.sub(r"\s", "", asked)
    group = GROUP.match(asked)  # 六大高耗能行业…占比 of 高耗能行业增加值占比: the count of the group names no other
    asked = asked[group.end() :] if group and group.group() not in metric else asked
    share = next((w for w in current().words("asking", "aspect", "share") if metric.endswith(w)), "")
    metric = metric.removesuffix(share) if share and share not in asked else metric  # 占比 asked as the aspect
    rest = iter(asked)  # 占全国比重 of 占全国经济比重: its characters in order, from the first on
    # or both its ends (城市低保标准 of 城市低保人均保障标准: the words between only say which 标准)
    ends = asked[:2] == metric[:2] and (asked[-2:] == metric[-2:] or all(c in rest for c in metric))
    return match.score >= FULL_SCORE or ends


def _another_time(part: Part, other: Part) -> bool:
    """Whether two parts ask of different years, or of a result and a target: then they may share a metric."""
    return bool(part.years and other.years and part.years != other.years) or bool(
        part.kind and other.kind and part.kind != other.kind
    )


def _within(text: str, other: str, tokenizer: ReportTokenizer) -> bool:
    """Whether every word of a part that says what, not when, is also a word of the other part."""
    words = [g[0] for g in question_words(tokenizer, text) if not is_soft(g[0])]
    return bool(words) and all(w in other for w in words)


def _list_heads(last: str, tokenizer: ReportTokenizer) -> list[str]:
    """What the items of a list may share, written once after the last item, longest first: what follows each
    of its leading words (农村 牧区 常住居民…收入 → 牧区常住居民…收入, 常住居民…收入), then the words ending it
    (市人才 → 人才).
    """
    words = tokenizer.content_words(last)
    heads, start = [], 0
    for word in words[:-1]:
        start = last.find(word, start)
        if start < 0:
            break
        start += len(word)
        heads.append(last[start:].strip())
    word = last.strip()
    heads += sorted((t for t in tokenizer.tokenize(word) if t != word and word.endswith(t) and len(t) >= 2), key=len)[
        ::-1
    ]
    return [h for h in dict.fromkeys(heads) if len(h) >= 2]


def _with_head(item: str, heads: list[str], intent: Intent, context: Context) -> str:
    """The item with the first shared noun that names one figure of the report (the first noun if none does)."""
    texts = [f"{item} {head}" for head in heads if head not in item]
    for text in texts:
        matches = context.resolve_unit_free(text, intent)
        if matches and matches[0].score >= MIN_SCORE and len(ties(matches)) == 1:
            return text
    return texts[0] if texts else item


def whole_of(part: Fact, facts: Sequence[Fact]) -> Fact | None:
    """The figure a sub-item (其中国家级55项) is a part of: the fact its context names, in its sentence."""
    for fact in FactTable.of(facts).in_sentence(part):
        if fact.aspect == "value" and fact.metric and fact.metric in part.context:
            return fact
    return None


def _answer(question: str, head: str, formula: str, value: float, unit: str, operands: list[Operand]) -> Answer:
    text = f"{head}。\n计算：{formula}\n" + _cited(operands)
    return Answer(text, "number", value, unit, [source_of(o.fact) for o in operands], question)


def _cited(operands: list[Operand]) -> str:
    marks = "①②③④⑤⑥"
    return "\n".join(
        f"{marks[i]} {o.label}：{figure_text(o.fact)}（原文：{o.fact.sentence}　出处：{o.fact.section}）"
        for i, o in enumerate(operands)
    )
