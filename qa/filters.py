"""Typed filters on a metric: the size class asked (过亿的企业, 50亿元以上), the level asked (省级人才) and the
base a figure is taken over (人均, 亩均).

A question's threshold and a fact's are read as amounts and compared as numbers, so that 过亿 meets 亿元以上企业
and 过百亿 meets 100亿元以上; a level is read where it stands in a fact's metric (申报国家人才: 国家). A fact of
another size class or another level cannot answer; facts that name none stay candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from index.facts import SHORT_NAME, Fact
from index.lexicon import Lexicon, current
from index.numbers import UNITS, Figure, to_number


def asked_threshold(text: str) -> tuple[float | None, str]:
    """The amount a question sorts things by (过亿 → 1e8 元) and the words saying it (过亿); None and "" when it
    names none. An amount is a threshold only with an "over" word before it or 以上 after it."""
    # the last one: in 亿元以上企业中10亿元以上的有几家 the first names the whole, the last the class asked
    found = _thresholds(text)
    return (_value(found[-1]), found[-1].group()) if found else (None, "")


def said_thresholds(text: str) -> list[str]:
    """Every size class a question says (产值过亿企业 超过10个亿: 过亿, 超过10个亿), in order."""
    return [m.group() for m in _thresholds(text)]


def said_amounts(text: str) -> list[Figure]:
    """Sums of money said the way people talk (破千亿, 过1000亿, 两千亿), as figures in 亿元: an amount of 亿 or
    one said in 元, not a size class (千亿级) nor a count in another unit (上万人)."""
    amounts = []
    for m in _amount(current()).finditer(text):
        after = text[m.end() : m.end() + 1]
        money = "亿" in m.group("mag") or m.group("yuan")
        said = m.group("n") or m.group("over") or len(m.group("mag")) > 1  # 30亿, 过亿, 千亿; not 亿元 of 亿元企业
        if not money or not said or m.group("above") == "级" or (after and any(u.startswith(after) for u in UNITS)):
            continue
        value = _value(m) / 1e8
        start = m.start("n") if m.group("n") else m.start("mag")
        qualifier = m.group("above") or None
        amounts.append(Figure(value, "亿元", None, qualifier, text[start : m.end()], (start, m.end())))
    return amounts


def without_thresholds(text: str) -> str:
    """The text without the size classes it says (亿元以上企业 → 企业, 10亿以上 → "")."""
    for said in said_thresholds(text):
        text = text.replace(said, "")
    return text


def _thresholds(text: str) -> list[re.Match[str]]:
    """The amounts a question sorts things by: an "over" word before them or 以上 after them."""
    return [m for m in _amount(current()).finditer(text) if m.group("over") or m.group("above") == "以上"]


def char_pairs(text: str) -> set[str]:
    """The two-character pieces of a name (亿元以上企业: 亿元, 元以, 以上, 上企, 企业), to tell names alike."""
    return {text[i : i + 2] for i in range(len(text) - 1)}


def planned_verb(word: str) -> str | None:
    """The verb of an addition word said with 新 (新引进 → 引进): a plan's figure is the year's addition however the
    report words it (引进各类人才5000名以上); None for any other word (新增)."""
    return word[1:] if word.startswith("新") and len(word) > 2 else None


def said_tenths(text: str) -> list[Figure]:
    """Shares said in tenths the way people talk (超过九成, 三成半), as figures in %."""
    tenths = current().regex("asking", "direction", "tenths_pattern")
    out = []
    for m in tenths.finditer(text):
        value = (to_number(m.group("n")) or 0.0) * 10 + (5 if m.group("half") else 0)
        out.append(Figure(value, "%", None, None, m.group(), m.span()))
    return out


def fact_threshold(fact: Fact) -> float | None:
    """The size class a fact counts (50亿元以上 → 5e9), from its metric, else from the words around it."""
    for text in (fact.metric, fact.context):
        m = next((m for m in _amount(current()).finditer(text) if m.group("yuan") or m.group("above")), None)
        if m is not None:
            return _value(m)
    return None


def class_written(threshold: float, facts: Sequence[Fact]) -> str:
    """How the report writes a size class a question says otherwise (亿元以上 for 一个亿以上, 过亿): the words of a
    figure name of that class, one with 以上 first; "" when no figure names it."""
    spellings = []
    for fact in facts:
        for m in _amount(current()).finditer(fact.metric):
            if (m.group("yuan") or m.group("above")) and abs(_value(m) - threshold) <= 1e-6 * threshold:
                spellings.append(m)
    spellings.sort(key=lambda m: not m.group("above"))
    return spellings[0].group() if spellings else ""


def _value(m: re.Match[str]) -> float:
    count = to_number(m.group("n")) if m.group("n") else 1.0
    return (count or 1.0) * float(_magnitudes(current())[m.group("mag")])


@cache
def _magnitudes(lex: Lexicon) -> dict[str, float]:
    return lex.table("conversation", "filter", "magnitudes")


@cache
def _amount(lex: Lexicon) -> re.Pattern[str]:
    magnitudes = "|".join(re.escape(m) for m in sorted(_magnitudes(lex), key=len, reverse=True))
    return re.compile(lex.pattern("conversation", "filter", "amount_pattern").replace("{magnitudes}", magnitudes))


def fact_level(fact: Fact) -> str | None:
    """The level a fact's metric names (国家级 or its root 国家 where the metric starts, after 申报 and the
    like), as the level word (国家级); None when it names none. A short name (投资 of 1000个省级重点产业项目完成
    投资1865.7亿元) is of the thing around it: its level is that thing's."""
    level = _level_of(fact.metric, current())
    return level or (_level_of(fact.context, current()) if len(fact.metric) <= SHORT_NAME else None)


@cache
def _level_of(metric: str, lex: Lexicon) -> str | None:
    roots: dict[str, str] = lex.table("conversation", "filter", "level_roots")
    for level in lex.words("conversation", "filter", "levels"):
        if level in metric:
            return level
    bare = _leads(lex).sub("", metric)
    if any(bare.startswith(word) for word in lex.words("conversation", "filter", "level_root_not")):
        return None
    return next((level for level, root in roots.items() if bare.startswith(root)), None)


@cache
def _leads(lex: Lexicon) -> re.Pattern[str]:
    return re.compile(rf"^(?:{lex.alternation('conversation', 'filter', 'level_leads')})+")


def same_class(fact: Fact, threshold: float | None, level: str | None) -> bool:
    """Whether a fact may answer a question of this size class and level (one that names neither may)."""
    if threshold is not None:
        own = fact_threshold(fact)
        if own is not None and abs(own - threshold) > 1e-6 * threshold:
            return False
    if level is not None:
        own_level = fact_level(fact)
        if own_level is not None and own_level != level:
            return False
    return True


def of_the_whole_only(fact: Fact, words: Sequence[str]) -> bool:
    """Whether the question's ``words`` met in a share's metric all stand in the whole it is a share of, after 占
    or 相当于 (今年GDP增长目标 against 研发经费支出相当于全市生产总值的比例): the share is not what is asked."""
    markers = current().words("conversation", "filter", "share_markers")
    at = min((fact.metric.find(m) for m in markers if m in fact.metric), default=-1)
    if at <= 0:
        return False
    met = [fact.metric.find(w) for w in words if w and w in fact.metric]
    if fact.metric.startswith("在"):  # 在国内生产总值中占比 (its thing named before it): the whole is all it names
        return bool(met) and max(met) < at
    return bool(met) and min(met) > at


def asked_bases(text: str) -> tuple[str, ...]:
    """The bases a question takes its figure over (人均GDP: per head), as the lexicon lists them."""
    return tuple(w for w in current().words("conversation", "filter", "bases") if w in text)


def on_bases(fact: Fact, bases: tuple[str, ...], asked: str = "") -> bool:
    """Whether a fact is taken over every base asked (人均可支配收入 for 人均; 地区生产总值 is not), and over no
    base when the question ``asked`` names a total and none (人均地区生产总值 is no answer to 地区生产总值多少,
    单位生产总值能耗 none to GDP增长多少)."""
    if not all(b in fact.metric or b in fact.context for b in bases):
        return False
    lex = current()
    per = lex.words("conversation", "filter", "total_bases")
    if any(b in asked for b in per):  # 单位工业增加值能耗 asked: a figure per unit (万元工业增加值综合能耗) is meant
        return True
    totals = [t for t in lex.words("conversation", "filter", "totals") if t in asked]
    return not any(b in fact.metric and t in fact.metric for b in per for t in totals)


TOPIC_HELD = 0.8  # the share of a name another holds for the two to name one thing (`alike`)
TOPIC_MARGIN = 0.15  # by how much the likest name must beat the next to be the one meant


def alike(metric: str, other: str) -> float:
    """How far one metric's name holds the other's, either way round (申报科技计划 in 申报各类科技计划项目, 企业上市
    in 企业上市或挂牌交易)."""
    return max(share_held(metric, other), share_held(other, metric))


def share_held(metric: str, label: str) -> float:
    """The share of a metric's characters that a label holds."""
    chars = [c for c in metric if not c.isspace()]
    return sum(c in label for c in chars) / len(chars) if chars else 0.0


def without_soft(metric: str, soft: frozenset[str] | set[str]) -> str:
    """A metric without the words that say when or how (争取报批土地 → 报批土地)."""
    for word in sorted((w for w in soft if len(w) > 1), key=len, reverse=True):
        metric = metric.replace(word, "")
    return metric
