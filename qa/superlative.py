"""哪一项增速目标最高 / 哪类最多: the largest or smallest of figures the report lists together."""

from __future__ import annotations

from index.facts import Fact
from index.numbers import convert
from qa.answer import Answer
from qa.context import Context
from qa.numeric import fact_label, figure_text, is_soft, source_of
from qa.passages import question_words
from qa.query import Query

_MAX_SET = 12


def answer_superlative(query: Query, context: Context) -> Answer | None:
    """The top figure of a set: the items the question names, or the figures listed under the heading it names."""
    extreme, intent, facts = query.extreme, query.request(), context.facts
    if extreme is None or intent.operation != "compare":
        return None
    aspect = "growth" if extreme.growth else "value"
    asked = question_words(context.tokenizer, extreme.metric)
    # the set is named by what, or (主要预期目标) only by when and how
    words = [g for g in asked if not is_soft(g[0])] or [g for g in asked if len(g[0]) > 1]
    if not words:
        return None
    pool = [f for f in (facts[i] for i in facts.ids(aspect, intent.years)) if not intent.kind or f.kind == intent.kind]
    members = _named_items(pool, words) or _listed_under(pool, words)
    if len(members) < 2 or len({f.metric for f in members}) < len(members):
        return None
    unit = members[0].unit
    values = [convert(f.value, f.unit, unit) for f in members]
    if any(v is None for v in values):
        return None
    ranked = sorted(zip(values, members, strict=True), key=lambda vf: -vf[0] if extreme.high else vf[0])
    top = ranked[0][1]
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None  # a tie: no single answer
    lines = "\n".join(f"- {fact_label(f)}：{figure_text(f)}" for _, f in ranked)
    text = f"{fact_label(top)}{extreme.word}，为{figure_text(top)}。\n报告中的{len(ranked)}项：\n{lines}"
    sources = [source_of(f) for _, f in ranked]
    if _asks_amount(query, context):  # 哪个增速最低？多少: the top figure is the answer, the others its setting
        return Answer(text, "number", top.value, top.unit, sources, query.text)
    return Answer(text, "passage", None, None, sources, query.text)


def _asks_amount(query: Query, context: Context) -> bool:
    """哪项最高，是多少: the question asks the top figure as well as which it is (not 哪几项 alone)."""
    amount = context.parser.lexicon.regex("asking", "figure", "amount_words")
    return any(m.start() == 0 or query.text[m.start() - 1] != "哪" for m in amount.finditer(query.text))


def _named_items(pool: list[Fact], words: list[tuple[str, ...]]) -> list[Fact]:
    """国家人才、省人才、市人才里哪类最多: in one sentence, a figure whose metric names each item asked."""
    by_sentence: dict[object, list[Fact]] = {}
    for fact in pool:
        by_sentence.setdefault(fact.sentence_span or fact.sentence, []).append(fact)
    best: list[Fact] = []
    for group in by_sentence.values():
        named = [f for f in group if any(w in f.metric for g in words for w in g)]
        items = [g for g in words if any(w in f.metric for f in named for w in g)]
        if len(named) >= 2 and len(items) >= 2 and len(named) > len(best):
            best = named
    return best


def _listed_under(pool: list[Fact], words: list[tuple[str, ...]]) -> list[Fact]:
    """四项主要经济指标中哪一项增速最高: the figures of the section whose headings name every word."""
    members = [f for f in pool if all(any(w in " ".join(f.section_path) for w in g) for g in words)]
    sections = {f.section_path for f in members}
    return members if len(sections) == 1 and len(members) <= _MAX_SET else []
