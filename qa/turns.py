"""Operations on the figures of earlier turns: 一共多少名？ after three figures, 差几个百分点？ after two."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from index.facts import Fact
from index.lexicon import Lexicon, current
from index.numbers import convert, convertible
from qa.answer import Answer
from qa.numeric import clause_of, fmt, source_of
from qa.query import Query

GivenFigures = Callable[[Query], list[Answer]]  # the figures an earlier turn gave
# how `combine` begins its answers (以上2项合计…, 两者相差…): an earlier turn that was itself such a sum or difference
COMBINED = re.compile(r"^(?:以上\d+项合计|两者相差)")


def combine_turns(query: Query, asked: Query, earlier: Sequence[Query], answer: GivenFigures) -> Answer | None:
    """The sum or difference of the figures just given, when the question (``asked``, as parsed alone) names no
    figure of its own. A rate it names (增速差几个百分点 after two amounts) is that rate of each figure given.

    Each earlier turn is answered once from its own (already merged) query, never through its history.
    """
    if len(earlier) < 2 or query.time.compared or query.operation not in ("sum", "difference"):
        return None
    if asked.own and not _names_given(asked, earlier[-2:]):
        return None  # (两项加起来一共多少条线路 after 新增 and 优化公交线路: its words name the figures given)
    if asked.time.years:
        return None  # 去年实际增速和今年目标增速差几个百分点: the times it names are its own figures
    if len({p.qualifiers for p in asked.parts}) > 1:
        return None  # 确保和力争差多少: two figures of the thing talked about, told apart by their qualifiers
    aspect = asked.whole.aspect if asked.whole is not None else asked.aspect
    if query.operation == "sum":  # 两者加起来 after two growth rates: rates are not added, their amounts are
        earlier = [replace(q, aspect="value") if q.aspect == "growth" and not q.computed else q for q in earlier]
    elif aspect == "growth":
        earlier = [q if q.aspect == aspect or q.computed else replace(q, aspect=aspect) for q in earlier]
    answers = [(q, a) for q in earlier[-4:] for a in answer(q)]
    if query.unit and "unit" in query.given:  # 两年差了多少亿: only the figures in the unit asked
        answers = [(q, a) for q, a in answers if _in_unit(a, query.unit)]
    figures = (
        _compared(answers, query.count)
        if query.operation == "difference"
        else _summed([a for _, a in answers], query.count)
    )
    return combine(query.operation, figures, query.text)


def _names_given(asked: Query, earlier: Sequence[Query]) -> bool:
    """Whether a question counting the figures given (两项, 二者) names only what they are of (线路 of 公交线路)."""
    counted = asked.count is not None and asked.count >= len(earlier)
    talked = "".join(q.metric.replace(" ", "") for q in earlier)
    # 报批、征收、出让、盘活四项 / 国家、省、市三级: the question lists figures of its own
    listed = "、" in asked.text or sum(bool(part.metric) for part in asked.parts) > 1
    return counted and not listed and all(word in talked for word in asked.own)


def combine(operation: str, figures: Sequence[Answer], question: str) -> Answer | None:
    """The sum or difference of figures already answered, with the formula and each figure's source; None for
    fewer than two figures or figures of different dimensions. A "share" is the first figure over the second."""
    if len(figures) < 2 or any(not _is_figure(a) for a in figures):
        return None
    unit = figures[-1].unit or ""
    values = [convert(a.value, a.unit or "", unit) for a in figures]  # type: ignore[arg-type]
    if any(v is None for v in values):
        return None
    if operation == "share":
        return _share(figures, values, question)  # type: ignore[arg-type]
    if operation == "difference":
        a, b = values[-2], values[-1]
        value, shown = round(abs(a - b), 10), "个百分点" if unit == "%" else unit
        text = f"两者相差{fmt(value)}{shown}。\n计算：|{fmt(a)} − {fmt(b)}| = {fmt(value)}{shown}"
        used, unit = figures[-2:], shown
    else:
        value = round(sum(values), 10)  # type: ignore[arg-type]
        text = f"以上{len(values)}项合计{fmt(value)}{unit}。\n计算：" + " + ".join(fmt(v) for v in values)  # type: ignore[arg-type]
        text += f" = {fmt(value)}{unit}"
        used = figures
    text += "\n" + "\n".join(f"- {a.text.splitlines()[0]}" for a in figures)  # each figure as it was given
    sources = [s for a in used for s in a.sources[:1]]
    return Answer(text, "number", value, unit, sources, question)


def _share(figures: Sequence[Answer], values: list[float], question: str) -> Answer | None:
    """The first figure's share of the second (风投6000万元 of the 11000万元 just summed), or None when it is no
    part of it."""
    part, whole = values[0], values[1]
    if not 0 < part <= whole:
        return None
    value = round(part / whole * 100, 1)
    text = f"{figures[0].text.splitlines()[0].rstrip('。')}，占{fmt(whole)}{figures[1].unit}的{fmt(value)}%。"
    text += f"\n计算：{fmt(part)} ÷ {fmt(whole)} ≈ {fmt(value)}%"
    return Answer(text, "number", value, "%", [s for a in figures for s in a.sources[:1]], question)


def _in_unit(answer: Answer, unit: str) -> bool:
    """Whether a figure is in ``unit`` or converts to it (a difference of percentages is in 个百分点)."""
    if not _is_figure(answer):
        return False
    return convertible(answer.unit or "", "%" if unit == "个百分点" else unit)


def _is_figure(answer: Answer) -> bool:
    return answer.kind == "number" and answer.value is not None and answer.unit is not None


def _summed(answers: list[Answer], count: int | None = None) -> list[Answer]:
    """The figures just given in one dimension, oldest first; a passage between them (有哪些重点机构) is passed
    over, a figure of another dimension ends them. With a ``count`` (三级加起来), exactly that many or none."""
    figures: list[Answer] = []
    for a in reversed(answers):
        if count is not None and len(figures) == count:
            break
        if a.kind in ("passage", "list"):
            continue
        if not _is_figure(a) or (figures and convert(a.value, a.unit, figures[0].unit or "") is None):  # type: ignore[arg-type]
            break
        if any(_same_figure(a, f) for f in figures):
            continue  # the same figure asked again (as a rate, then as its amount)
        figures.insert(0, a)
    return figures if count is None or len(figures) == count else []


def _compared(answers: list[tuple[Query, Answer]], count: int | None = None) -> list[Answer]:
    """The last figure and the one it is compared with: of the earlier figures in its dimension, the latest of
    those whose metric shares most with its own (差多少 after 去年31.2亿元, 增速27%, 今年目标36亿元: 31.2 and 36;
    少了多少 after 征收2536亩, 供地1037亩, 今年征收500亩: 2536 and 500); 两者 counts the latest two."""
    numbers = [(q, a) for q, a in answers if _is_figure(a)]
    if len(numbers) < 2:
        return []
    last_query, last = numbers[-1]
    before = [
        (q, a)
        for q, a in numbers[:-1]
        if convert(a.value, a.unit, last.unit or "") is not None and not _same_figure(a, last)  # type: ignore[arg-type]
    ]
    if not before:
        return []
    if count == 2:  # 两者相差几个百分点: the two figures given last
        return [before[-1][1], last]
    mine = _named(last_query, last)
    # what the two share, over all either names (获专利授权 is nearer 授权专利 than 发明专利（获专利授权）is)
    shared = [len(mine & _named(q, a)) / len(mine | _named(q, a) or {""}) for q, a in before]
    best = max(shared)
    pick = max(i for i, n in enumerate(shared) if n == best)  # the latest of those sharing most of its metric
    return [before[pick][1], last]


def _named(query: Query, answer: Answer) -> set[str]:
    """The characters of what a figure is of: the metric asked, and the label its answer gave it (2012年授权专利目标:
    its year, brackets and the words of a plan, time.toml's target cues, left out)."""
    label = re.sub(r"\d{4}年|[（）]", "", answer.text.partition("：")[0]) if answer.text else ""
    for word in current().words("time", "cues", "target"):
        label = label.replace(word, "")
    return set(query.metric.replace(" ", "")) | set(label)


def _same_figure(a: Answer, b: Answer) -> bool:
    """Two answers giving the same figure of the report (asked twice: as a rate, then its amount asked again
    gives the amount twice), from the same sentence."""
    same_source = bool(a.sources and b.sources) and a.sources[0].span == b.sources[0].span
    same_label = a.text.partition("：")[0] == b.text.partition("：")[0]  # not 10家 of two things in one sentence
    return (a.value, a.unit) == (b.value, b.unit) and same_source and same_label


def per_thing(question: str, given: Sequence[Sequence[Fact]], lex: Lexicon) -> Answer | None:
    """平均一套住几个人 after 首批500名人才正式入住100套人才公寓: the amount over the count of the things named
    after 平均/每, both figures among those the talk gave: the figures answered first, then those of the sentences
    quoted (the same sentence's first); None unless one pair fits."""
    for facts in given:
        found = _per_thing(question, facts, lex)
        if found is not None:
            return found
    return None


def asks_per(question: str, lex: Lexicon) -> re.Match | None:
    """平均一套 / 每家: an average per thing counted is asked; the match's group names the counter."""
    units = lex.alternation("asking", "unit", "count_units")
    return re.search(rf"(?:{lex.alternation('asking', 'unit', 'per_words')})个?({units})", question)


def _per_thing(question: str, given: Sequence[Fact], lex: Lexicon) -> Answer | None:
    units = lex.alternation("asking", "unit", "count_units")
    per = asks_per(question, lex)
    if per is None:
        return None
    counter = per.group(1)
    asked = re.search(rf"(?:多少|几)个?({units})", question[per.end() :])
    people = frozenset(lex.words("asking", "unit", "person_units"))
    generic = frozenset(lex.words("asking", "unit", "generic_counters"))

    def fits(fact: Fact) -> bool:
        unit = asked.group(1) if asked else None
        same = unit is None or unit in generic or fact.unit == unit or {fact.unit, unit} <= people
        return fact.aspect == "value" and fact.unit != counter and same

    counted = [f for f in given if f.unit == counter and f.aspect == "value" and f.value]
    pairs = [(a, c) for c in counted for a in given if fits(a)]
    pairs = [(a, c) for a, c in pairs if a.sentence == c.sentence] or pairs
    # 1000个省级重点产业项目完成投资1865.7亿元、…，243个重点项目建成投产: the count in the amount's own clause
    pairs = [(a, c) for a, c in pairs if clause_of(a) == clause_of(c)] or pairs
    if len(pairs) != 1:
        return None
    amount, count = pairs[0]
    value = round(amount.value / count.value, 2)
    text = (
        f"平均每{counter}{fmt(value)}{amount.unit}。\n计算：{fmt(amount.value)}{amount.unit} ÷ "
        f"{fmt(count.value)}{counter} = {fmt(value)}{amount.unit}\n\n原文：{amount.sentence}\n出处：{amount.section}"
    )
    sources = list(dict.fromkeys([source_of(amount), source_of(count)]))
    return Answer(text, "number", value, amount.unit, sources, question)
