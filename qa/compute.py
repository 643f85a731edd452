"""Computed answers: differences, changes between periods, shares, sums and comparisons of facts.

Each operand is found in the fact table on its own (its own words, years, kind and qualifiers, the other
operand's where it names none), units are converted (5000万元 = 0.5亿元), and the answer shows the formula
and every operand with its source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from index.fact_table import FactTable
from index.facts import Fact
from index.numbers import UNIT_PATTERN, find_figures, to_base
from index.tokens import ReportTokenizer
from qa.answer import Answer
from qa.intent import Intent
from qa.numeric import MIN_SCORE, convert, fact_label, figure_text, is_soft, resolve_metric, source_of, ties
from qa.parse import QueryParser
from qa.passages import Weights, question_words

_SPLIT = {
    "ratio": re.compile(r"占(?!比)|相当于|是(?=.{0,12}的(?:百分之|几倍|多少倍))"),
    "sum": re.compile(r"(?<![其])和|加上|加(?!起|在)|与|及|跟|、"),
}
_PAIR = re.compile(r"(?<![同可])比(?![重例率])|相比|和|与|跟|同|还是|、")
_OPERATION_WORDS = re.compile(
    r"哪个|哪一个|谁|更|最|相差|差距|差多少|差几|[多少高低]了?(?:多少|几个?)|一共|合计|总共|还剩|剩下|剩余|之后"
)


@dataclass(frozen=True)
class Operand:
    fact: Fact
    label: str


def compute(
    question: str,
    intent: Intent,
    facts: Sequence[Fact],
    tokenizer: ReportTokenizer,
    weights: Weights,
    parser: QueryParser,
) -> Answer | None:
    """The computed figure, or None when an operand cannot be found (the passage path then tries)."""
    operands = _stated_operands(question, facts) or find_operands(
        question, intent, facts, tokenizer, weights, parser
    )
    if operands is None and intent.operation in ("difference", "change"):
        operands = _from_to(question, intent, facts, tokenizer, weights, parser)
    if operands is None:
        return None
    if intent.operation == "ratio" and len(operands) == 1:
        whole = _whole_of(operands[0].fact, facts)
        if whole is None:
            return None
        operands = [operands[0], Operand(whole, fact_label(whole))]
    if len(operands) < 2:
        return None
    a, b = operands[0].fact, operands[1].fact
    b_value = convert(b.value, b.unit, a.unit)
    if intent.operation in ("difference", "change", "ratio", "compare") and b_value is None:
        return None
    if intent.operation == "difference":
        first, second = a.value, b_value
        falls = a.aspect == b.aspect == "growth" and first < 0 and second < 0 and re.search(r"降幅|下降|减少", question)
        if falls:  # 起数降幅比死亡人数降幅高多少: the sizes of two falls (15% and 14.5%)
            first, second = -first, -second
        value = first - second
        unit = "个百分点" if a.unit == "%" else a.unit
        more = ("高" if falls else "多") if value >= 0 else ("低" if falls else "少")
        labels = [o.label.replace("增速", "降幅") if falls else o.label for o in operands[:2]]
        head = f"{labels[0]}比{labels[1]}{more}{_fmt(abs(value))}{unit}"
        formula = f"{_fmt(first)} − {_fmt(second)} = {_fmt(value)}{unit}"
        return _answer(question, head, formula, round(abs(value), 10), unit, operands)
    if intent.operation == "change":
        if b_value == 0:
            return None
        value = (a.value - b_value) / b_value * 100
        head = f"{operands[0].label}比{operands[1].label}{'增长' if value >= 0 else '下降'}{_fmt(abs(value), 1)}%"
        formula = f"({_fmt(a.value)} − {_fmt(b_value)}) ÷ {_fmt(b_value)} ≈ {_fmt(value, 1)}%"
        return _answer(question, head, formula, round(value, 1), "%", operands)
    if intent.operation == "ratio":
        if b_value == 0:
            return None
        value = a.value / b_value * 100
        head = f"{operands[0].label}占{operands[1].label}的{_fmt(value, 1)}%"
        formula = f"{_fmt(a.value)} ÷ {_fmt(b_value)} ≈ {_fmt(value, 1)}%"
        return _answer(question, head, formula, round(value, 1), "%", operands)
    if intent.operation == "sum":
        unit = intent.unit if intent.unit and all(convert(1, o.fact.unit, intent.unit) for o in operands) else a.unit
        values = [convert(o.fact.value, o.fact.unit, unit) for o in operands]
        if any(v is None for v in values):
            return None
        total = round(sum(values), 10)  # type: ignore[arg-type]
        head = "、".join(o.label for o in operands) + f"合计{_fmt(total)}{unit}"
        formula = " + ".join(_fmt(v) for v in values) + f" = {_fmt(total)}{unit}"  # type: ignore[arg-type]
        return _answer(question, head, formula, total, unit, operands)
    if intent.operation == "compare":
        bigger = operands[0] if a.value >= b_value else operands[1]
        smaller = operands[1] if bigger is operands[0] else operands[0]
        word = "快" if a.aspect == "growth" else "高" if a.unit == "%" else "大"
        text = (
            f"{bigger.label}（{figure_text(bigger.fact)}）比{smaller.label}（{figure_text(smaller.fact)}）更{word}。"
            + _cited(operands)
        )
        return Answer(text, "passage", None, None, [source_of(o.fact) for o in operands], question)
    return None


def may_be_stated(question: str, intent: Intent) -> bool:
    """Whether a share or total the question asks for may be a figure the report states itself: a share
    (民生投入占公共财政预算支出的比重), or a total of one thing (一共关停了几个锅炉) rather than of several.
    """
    if intent.operation == "ratio":
        return True
    return intent.operation == "sum" and len([p for p in _SPLIT["sum"].split(question) if p.strip()]) == 1


def compute_parts_found(
    question: str,
    intent: Intent,
    facts: Sequence[Fact],
    tokenizer: ReportTokenizer,
    weights: Weights,
    parser: QueryParser,
) -> bool:
    """Whether every part of a computed question names a fact of the report (though it could not be computed)."""
    splitter = _SPLIT.get(intent.operation or "", _PAIR)
    specs = [_spec(p, parser, tokenizer) for p in splitter.split(question) if p.strip()]
    named = [s for s in specs if s[2]]
    for years, kind, text, cues, aspect in named:
        part = replace(intent, years=tuple(years) or intent.years, kind=kind, aspect=aspect, cues=cues, unit=None)
        matches = resolve_metric(text, part, facts, tokenizer, weights)
        if not matches or matches[0].score < MIN_SCORE:
            return False
    return bool(named)


def find_operands(
    question: str,
    intent: Intent,
    facts: Sequence[Fact],
    tokenizer: ReportTokenizer,
    weights: Weights,
    parser: QueryParser,
) -> list[Operand] | None:
    """One fact per part of the question; None when a part names nothing the report has."""
    splitter = _SPLIT.get(intent.operation or "", _PAIR)
    parts = [p for p in splitter.split(question) if p.strip()]
    if len(parts) == 1 and intent.operation in ("difference", "change") and len(intent.years) >= 2:
        parts = [question, question]  # 2012年比2011年增长多少 with one metric: the years differ
    specs = [_spec(p, parser, tokenizer) for p in parts]
    if not specs:
        return None
    # a part that names no metric (比去年多多少) takes the other part's; one that names no year, the other's
    named = [s for s in specs if s[2]]
    if not named:
        return None
    if intent.operation == "ratio" and len(named) == 1:
        specs, parts = [named[0]], [parts[specs.index(named[0])]]  # 其中发明专利占多少比例: the part of its whole
    operands: list[Operand] = []
    listed = intent.operation in ("sum", "difference") and len(parts) > 1
    heads = _list_heads(named[-1][2], tokenizer) if listed else []
    for i, (years, kind, text, cues, aspect) in enumerate(specs):
        other = next((s for s in named if s[2] != text), None)
        modifier = _modifier(parts[i], tokenizer, parser) if intent.operation == "sum" and not text else ""
        short = not text or len(text.split()[-1]) <= 2
        if heads and i < len(specs) - 1 and short and (text or modifier):
            # 报批、征收、出让和盘活的土地 / 国家、省、市人才: each item's 土地, 人才
            text = _with_head(
                text or modifier, heads, replace(intent, years=tuple(years), kind=kind), facts, tokenizer, weights
            )
        elif modifier and named:
            text = f"{modifier} {named[-1][2].split()[-1]}"  # 新增和优化的公交线路: 新增 公交线路
        elif not text:
            text, aspect = named[0][2], named[0][4]  # 比2011年实际低几个百分点: the other part's metric and aspect
        elif i > 0 and other and _another_time((years, kind), other) and _within(text, other[2], tokenizer):
            text, aspect = f"{other[2]} {text}", other[4]  # 比2011年实际申报少多少: 申报 of the same 科技计划
        elif len(text) <= 2 and len(named) > 1:
            head = next(s[2] for s in named if s[2] != text)
            text = f"{text} {head.split()[-1]}"  # 新增和优化的公交线路: 新增 of the same 公交线路
        if not years and kind == "target" and parser.report_year and any(s[0] for s in specs):
            years = (parser.report_year,)  # GDP目标比去年多多少: the target is this year's
        if not years:
            years = next((s[0] for s in specs if s[0]), intent.years)
        if len(parts) == 2 and len(intent.years) >= 2 and len(set(specs[0][0]) | set(specs[1][0])) < 2:
            years = (intent.years[i],)
        if aspect == "value" and intent.operation in ("difference", "compare") and any(s[4] == "growth" for s in named):
            aspect = "growth"  # 增加值增速比六大优势产业高几个百分点: the other part's growth too
        part_intent = replace(intent, years=tuple(years), kind=kind, aspect=aspect, cues=cues, unit=None)
        matches = resolve_metric(text, part_intent, facts, tokenizer, weights)
        if (not matches or len(ties(matches)) > 1) and i > 0 and operands:
            # 服务业增加值占GDP比重比制造业高多少: 制造业 in the place of 服务业, the rest as before
            for analogue in _in_place_of(specs[0][2], text, tokenizer):
                tried = resolve_metric(analogue, part_intent, facts, tokenizer, weights)
                unique = tried and tried[0].score >= MIN_SCORE and len(ties(tried)) == 1
                if unique and tried[0].fact != operands[0].fact:
                    matches = tried
                    break
        if not matches or matches[0].score < MIN_SCORE or len(ties(matches)) > 1:
            return None
        fact = matches[0].fact
        operands.append(Operand(fact, fact_label(fact)))
    if len({o.fact for o in operands}) < len(operands):
        return None  # the same figure twice: the parts were not understood
    return operands


# 一共多少名 / 多少亿元: the unit asked for, after 多少 or 几 (国家 ends in 家 but asks for nothing)
_UNIT_TAIL = re.compile(rf"((?:多少|几)个?)(?:(?:万亿|亿|万|千)?(?:{UNIT_PATTERN}))?[?？。!！\s]*$")


_BARE_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万)(?![元\d])")


def _stated_operands(question: str, facts: Sequence[Fact]) -> list[Operand] | None:
    """用1100亿和850亿算一下 / 从725件到1000件: the figures the question states, each found in the report by value."""
    stated = [(f.value, f.unit, f.span[0]) for f in find_figures(question) if not f.ordinal]
    stated += [(float(m.group(1)), m.group(2) + "元", m.start()) for m in _BARE_AMOUNT.finditer(question)]
    if len(stated) != 2:
        return None
    stated.sort(key=lambda s: s[2])
    if re.search(r"从.{0,12}到", question):
        stated.reverse()  # 从725件到1000件: the change is from the first to the second
    operands = []
    table = FactTable.of(facts)
    for value, unit, _ in stated:
        found = table.with_base_value(to_base(value, unit))
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


_FROM = re.compile(r"[从由]\s*$")
_TO = re.compile(r"^\s*(?:增至|增加到|增长到|提高到|提升到|上升到|扩大到|减少到|减至|降至|下降到|降低到|压减到|到)\s*$")


def _from_to(
    question: str,
    intent: Intent,
    facts: Sequence[Fact],
    tokenizer: ReportTokenizer,
    weights: Weights,
    parser: QueryParser,
) -> list[Operand] | None:
    """经营主体从689万户增至951万户: the one metric the question names, before and after, in one sentence."""
    years, _kind, text, cues, _aspect = _spec(question, parser, tokenizer)
    if not text:
        return None
    part = replace(intent, years=tuple(years) or intent.years, kind=None, aspect="value", cues=cues, unit=None)
    tied = ties(resolve_metric(text, part, facts, tokenizer, weights))
    if len(tied) != 2 or tied[0].score < MIN_SCORE:
        return None
    before, after = sorted((m.fact for m in tied), key=lambda f: f.span)
    if before.sentence_span != after.sentence_span or before.metric != after.metric or not before.sentence_span:
        return None
    start = before.sentence_span[0]
    lead = before.sentence[: before.span[0] - start]
    middle = before.sentence[before.span[1] - start : after.span[0] - start]
    if not _FROM.search(lead) or not _TO.match(middle):
        return None
    return [Operand(after, f"{fact_label(after)}（后）"), Operand(before, f"{fact_label(before)}（前）")]


def _another_time(part: tuple, other: tuple) -> bool:
    """Whether two parts ask of different years, or of a result and a target: then they may share a metric."""
    (years, kind), (other_years, other_kind) = part, other[:2]
    return bool(years and other_years and years != other_years) or bool(kind and other_kind and kind != other_kind)


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


def _with_head(
    item: str, heads: list[str], intent: Intent, facts: Sequence[Fact], tokenizer: ReportTokenizer, weights: Weights
) -> str:
    """The item with the first shared noun that names one figure of the report (the first noun if none does)."""
    texts = [f"{item} {head}" for head in heads if head not in item]
    for text in texts:
        matches = resolve_metric(text, replace(intent, unit=None), facts, tokenizer, weights)
        if matches and matches[0].score >= MIN_SCORE and len(ties(matches)) == 1:
            return text
    return texts[0] if texts else item


def _modifier(part: str, tokenizer: ReportTokenizer, parser: QueryParser) -> str:
    """The words of a part too slight to name a metric alone (新增, 省), which qualify the others' head noun."""
    cleaned = _OPERATION_WORDS.sub(" ", _UNIT_TAIL.sub(r"\1", part))
    return " ".join(tokenizer.content_words(parser.metric_words(cleaned)))


def _spec(part: str, parser: QueryParser, tokenizer: ReportTokenizer):
    cleaned = _OPERATION_WORDS.sub(" ", _UNIT_TAIL.sub(r"\1", part))
    intent = parser.parse(cleaned).request()
    text = parser.metric_words(cleaned)
    if all(is_soft(g[0]) for g in question_words(tokenizer, text)):
        text = ""  # 确保目标高多少: no metric of its own
    # in 比2011年增长多少 the growth is the operation; a part asks for a growth rate only by naming one
    aspect = "growth" if re.search(r"增速|增幅|降幅|增长率|增长速度", part) else intent.aspect
    if aspect == "growth" and not re.search(r"增速|增幅|降幅|增长率|增长速度|同比", part):
        aspect = "value"
    return parser.years(part), intent.kind, text, intent.cues, aspect


def _whole_of(part: Fact, facts: Sequence[Fact]) -> Fact | None:
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


def _fmt(value: float, digits: int = 4) -> str:
    """170 → '170', 2.7000000001 → '2.7', 38.7755 → '38.8' (digits=1)."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"
