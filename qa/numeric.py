"""Answering figure questions from the fact table: lookups, and differences, ratios, sums and comparisons."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from index.fact_table import FactTable
from index.facts import Fact, accumulated, in_change, passed_only
from index.lexicon import Lexicon, current, load_lexicon
from index.numbers import convertible, find_figures, to_base
from index.tokens import ReportTokenizer
from qa.aliases import expand_aliases
from qa.answer import Answer, Source, numbered
from qa.filters import (
    asked_bases,
    asked_threshold,
    class_written,
    fact_level,
    fact_threshold,
    of_the_whole_only,
    on_bases,
    planned_verb,
    said_thresholds,
    same_class,
)
from qa.history import shown
from qa.intent import Intent
from qa.passages import Weights, WordGroup, question_words
from qa.query import Query
from qa.synonyms import SYNONYM_CREDIT, Expanded, alternatives

# below this share of the question's word weight met by a fact, no fact answers it; 0.6 before: of the blind sets'
# standalone lookups scoring 0.55-0.6, 10 of 11 had the right fact first (人才公寓住进去多少人 / 人才正式入住), and a
# base the fact lacks (人均GDP / 地区生产总值) is now a typed filter rather than an unmet word
MIN_SCORE = 0.55
FULL_SCORE = 0.9  # a fact that meets this much of a question names all of it
NEAR_SCORE = 0.35  # a refusal names facts at least this close as "related"
TIE = 0.05  # candidates this close to the best one are equally good: ask back rather than pick


@dataclass(frozen=True)
class Match:
    fact: Fact
    score: float


def match_facts(
    facts: Sequence[Fact],
    groups: Sequence[WordGroup],
    weights: Weights,
    aspect: str,
    years: Sequence[int] = (),
    kind: str | None = None,
    unit: str | None = None,
    cues: Sequence[str] = (),
    below: bool = False,
    floor: float = MIN_SCORE - TIE,
    span: tuple[int, int] | None = None,
    span_cued: bool = False,
    ends: bool = False,
    ahead: bool = False,
) -> list[Match]:
    """Facts of the aspect (and unit) asked, of the years (or the whole span of years) asked, best match first
    (kind asked preferred). A figure of a whole span (五年来…年均增长5.9%) answers a question that names no span
    only when nothing else does as well, unless the question says 年均 or 累计.

    A fact's score is the share of the question's word weight it covers through its metric, the words around
    its figure or, at half weight, its sentence and heading; a fifth of the score rewards words met in the
    metric itself, so that 服务业总收入 beats a sub-item that only mentions it.

    Facts that cannot reach ``floor`` are left out unscored. The default keeps every fact that could answer
    or tie with an answer (MIN_SCORE less TIE); the nearest facts named in a refusal need NEAR_SCORE.
    """
    table = FactTable.of(facts)
    groups = _as_figures_are_named(table, weights.expand(groups))
    # a single character read as a report word (拆 → 拆迁) weighs as a word, not as a soft character
    weighted = [(g, weights.group(g) * (0.25 if is_soft(g[0]) and not _read_as_word(g) else 1.0)) for g in groups]
    total = sum(w for _, w in weighted)
    # a word matched only through an everyday word or a synonym counts for less than the question's own word
    weighted = [(g, w * (SYNONYM_CREDIT if isinstance(g, Expanded) else 1.0)) for g, w in weighted]
    ids = _of_time(table, aspect, years, span, ends, ahead, [g[0] for g in groups])
    if total <= 0 or not len(ids):
        return []
    ids = _reachable(table, ids, weighted, total, floor - _MAX_BONUS - 0.06 * len(cues))
    ids = _not_opposite(table, ids, groups, unit)
    if below:  # 不到10亿元的企业 is not 10亿元以上的企业
        ids = ids[~table.column("above")[ids]]
    # the kind and unit asked narrow the choice only when the report has such figures at all
    kinds, units = table.kinds_and_units(aspect, years, below)
    if kind and kind in kinds:
        ids = ids[table.having(ids, "kind", [kind])]
    if unit and any(same_dimension(u, unit) for u in units):
        ids = ids[table.having(ids, "unit", [u for u in table.values("unit") if same_dimension(u, unit)])]
    if not len(ids):
        return []
    scores = _word_scores(table, ids, weighted) / total + _precision(table, ids, groups)
    if cues:  # 确保 20 vs 力争 25万平方米: a little for each qualifier the question names that the figure carries
        scores = scores + 0.06 * table.cue_bonus(ids, cues)
    if years:  # the year itself over a span of years that holds it
        scores = scores + 0.06 * np.isin(table.column("year")[ids], list(years))
    elif span is None and not span_cued:  # one year's figure over the span's, the level reached over the one
        # a change starts from (由7.34万元提升至10.26万元: 10.26万元), when no time is named
        scores = scores - 0.06 * (table.column("of_span")[ids].astype(float) + table.column("starts_change")[ids])
    if unit:  # 几个 counts anything, but a figure counted in 个 itself fits it a little better
        scores = scores + 0.03 * table.having(ids, "unit", [unit])
    kept = scores >= floor
    ids, scores = ids[kept], scores[kept]
    order = np.lexsort((table.column("end")[ids], table.column("start")[ids], table.column("metric_len")[ids], -scores))
    return [Match(table[i], float(s)) for i, s in zip(ids[order].tolist(), scores[order].tolist(), strict=True)]


def _as_figures_are_named(table: FactTable, groups: Sequence[WordGroup]) -> list[WordGroup]:
    """外贸掉了多少 of a report that writes 外贸 (稳外贸) but names no figure with it: the word with the report's words
    for it (everyday words, `alternatives`) that figures are named with (进出口)."""
    out: list[WordGroup] = []
    for group in groups:
        word = group[0]
        if len(group) == 1 and not isinstance(group, Expanded) and len(word) > 1 and not _names_figures(table, word):
            found = tuple(w for w in alternatives(word) if len(table.places(w).metric))
            group = Expanded((word, *found)) if found else group
        out.append(group)
    return out


def _names_figures(table: FactTable, word: str) -> bool:
    places = table.places(word)
    return bool(len(places.metric) or len(places.context))


def _of_time(
    table: FactTable,
    aspect: str,
    years: Sequence[int],
    span: tuple[int, int] | None,
    ends: bool,
    ahead: bool,
    asked: Sequence[str] = (),
) -> np.ndarray:
    """The facts of the aspect and time asked; 十四五末 takes of the span's own figures the states it ends in,
    not its amounts (五年新增就业), unless the amount is asked in its own word (十四五末累计建成的高标准农田:
    累计建成高标准农田4128万亩)."""
    ids = table.ids(aspect, years, span, ends)
    if ends and len(ids):
        lex = current()
        said = " ".join(asked)
        # 累计 or the verb the amount is written with (到十四五末建成了多少个5G基站: 建成5G基站20.6万个) asked
        totals = [w for w in lex.words("asking", "figure", "running_total") if w in said]
        totals += [m.group() for m in lex.regex("facts", "sentence", "accumulated_pattern").finditer(said)]
        ids = ids[[not accumulated(table[i]) or any(w in table[i].metric for w in totals) for i in ids.tolist()]]
    if span is not None and ahead and not ends and not years:
        # a plan period ahead of the report (“十五五”时期…到2030年): the goals set for its last year too
        last = table.ids(aspect, (span[1],))
        ids = np.union1d(ids, last[table.having(last, "kind", ["target"])])
    return ids


def _read_as_word(group: WordGroup) -> bool:
    """A single character the report writes only inside words, expanded to them (拆 → 拆迁, 拆除)."""
    return len(group[0]) == 1 and isinstance(group, Expanded) and any(len(w) > 1 for w in group[1:])


def _not_opposite(table: FactTable, ids: np.ndarray, groups: Sequence[WordGroup], unit: str | None) -> np.ndarray:
    """The facts that say nothing opposite to the question (支出 asked, 财政一般预算收入 named; 竣工 asked,
    新开工安置房 named) and that count things when a count is asked (第十届 is a place in a series, not a count of
    项目), and none per so many of a thing (每万人口…) unless asked so: a figure of the other side or of another kind
    is no answer, however many words it shares."""
    lex = current()
    opposite: dict[str, list[str]] = lex.table("asking", "opposite", "words")
    asked = [w for g in groups for w in g[:1]]
    said = " ".join(asked)  # (城镇和农村居民收入: both sides asked, neither rules the other out)
    # (城镇 inside 城镇居民 is said as much as alone; a single character only alone: 拆 of 拆迁户 is no 拆)
    against = [
        (k, o)
        for k, others in opposite.items()
        if any(k == w or (len(k) > 1 and k in w) for w in asked)
        for o in others
        if o not in said
    ]
    if len(ids) and not any(p in w for w in asked for p in lex.words("asking", "unit", "density_asked")):
        ids = ids[~table.column("per_thing")[ids]]  # 每万人口拥有…19.2人 is no count of people
    if len(ids) and not any(b in w for w in asked for b in lex.words("asking", "operand", "benchmarks")):
        ids = ids[~table.column("gap")[ids]]  # 高于全国8.5个百分点: no answer unless the whole is asked of
    if not against and not unit:
        return ids  # nothing else to rule out: no fact read

    def fits(fact: Fact) -> bool:
        if unit and fact.unit != unit and fact.text.startswith("第"):
            return False
        named = f"{fact.metric} {fact.context}"  # (城镇和农村…分别…增长7.8%: 城镇 named with it)
        return not any(o in fact.metric and w not in named for w, o in against)

    return ids[[fits(table[i]) for i in ids.tolist()]] if len(ids) else ids


def _word_scores(table: FactTable, ids: np.ndarray, weighted: Sequence[tuple[WordGroup, float]]) -> np.ndarray:
    """Each fact's weight of question words met: in its metric or the words around its figure in full, all its
    characters in the metric at 0.8, in its sentence or heading at half (none when another figure of the
    sentence is named by it); a word the fact has nothing to do with counts against it, and one naming the
    other item of its 一期、二期…分别 list costs half. A fifth rewards words met in the metric itself. A noun of a
    measure (面积) is met by a figure in its units (万平方米) as by its name, for a figure whose name meets others.
    """
    covered, in_metric, unmet, by_unit = (np.zeros(len(ids)) for _ in range(4))
    measured_by: dict[str, list[str]] = current().table("asking", "unit", "measured_by")
    for group, weight in weighted:
        places = [table.places(w) for w in group]

        def having(field: str, places: list = places) -> np.ndarray:
            return np.isin(ids, table.union(getattr(p, field) for p in places), kind="table")

        metric = having("metric")
        same = having("same_chars") & ~metric  # 专利授权 for 授权专利, 工业产值 for 工业总产值
        # 面积 met by a figure in 万平方米: its unit says what it measures, as its name would (below)
        measured = table.having(ids, "unit", measured_by.get(group[0], ())) & ~metric & ~same
        context = having("context") & ~metric & ~same & ~measured
        alone = having("alone") & ~metric & ~same & ~context & ~measured
        elsewhere = metric | same | context | measured | having("around")
        covered += weight * metric + weight * 0.8 * same + weight * context + weight * 0.5 * alone
        in_metric += weight * metric + weight * 0.8 * same
        by_unit += weight * measured
        if len(_function_chars().sub("", group[0])) > 1 or _read_as_word(group):
            unmet += weight * ~elsewhere  # 余姚园 of 余姚园的地区生产总值; 拆 (拆迁) of 拆了多少面积
        covered -= weight * 0.5 * having("sibling")  # names the other item of 一期、二期…分别
    # a unit meets its measure's noun only for a figure whose name meets other words (新开工安置房 for 新开工面积,
    # not 2平方公里 of a sentence about 规划 for 总规划面积)
    by_unit *= in_metric > 0
    return 0.8 * (covered + by_unit) + 0.2 * (in_metric + by_unit) - 0.3 * unmet


def _reachable(
    table: FactTable, ids: np.ndarray, weighted: Sequence[tuple[WordGroup, float]], total: float, share: float
) -> np.ndarray:
    """The ids among ``ids`` of facts that meet words weighing at least ``share`` of the question's weight.

    A score is at most the share of word weight a fact meets plus the bonuses, so the facts left out cannot
    reach the floor. The heaviest words are looked up first: a fact meeting none of them meets too little.
    """
    needed = share * total
    if needed <= 0:
        return ids
    measured_by: dict[str, list[str]] = current().table("asking", "unit", "measured_by")
    heaviest: list[str] = []
    units: list[str] = []  # a word its figure's unit meets (面积: 万平方米), as `_word_scores` credits it
    rest = total
    for group, weight in sorted(weighted, key=lambda gw: -gw[1]):
        if rest < needed:
            break
        heaviest.extend(group)
        units.extend(measured_by.get(group[0], ()))
        rest -= weight
    by_unit = ids[table.having(ids, "unit", units)]
    ids = np.union1d(np.intersect1d(ids, table.meeting_any(heaviest), assume_unique=True), by_unit)
    met = np.zeros(len(ids))
    for group, weight in weighted:
        meeting = np.isin(ids, table.meeting_any(group), kind="table")
        met += weight * (meeting | table.having(ids, "unit", measured_by.get(group[0], ())))
    return ids[met >= needed - 1e-12]


_MAX_BONUS = 0.1 + 0.06 + 0.03  # _precision at most, the year's and the unit's


def _precision(table: FactTable, ids: np.ndarray, groups: Sequence[WordGroup]) -> np.ndarray:
    """A little for how much of the metric the question names: 地区生产总值 over 人均地区生产总值."""
    named = np.zeros(len(ids))
    for group in groups:
        for word in group[:1]:
            named += len(word) * np.isin(ids, table.places(word).bare, kind="table")
    length = table.column("bare_len")[ids]
    share = np.divide(named, length, out=np.zeros(len(ids)), where=length > 0)
    return 0.1 * np.minimum(1.0, share)


def is_soft(word: str) -> bool:
    """Words that say when or how, not what (目标, 完成, 确保…; the lexicon's soft words), and single characters;
    they weigh a quarter."""
    return len(word) == 1 or word in _soft_words(os.environ.get("QA_LEXICON"))


@cache
def _soft_words(folder: str | None) -> frozenset[str]:
    return frozenset(load_lexicon(folder).words("asking", "soft", "words"))


def _function_chars() -> re.Pattern:
    return current().regex("tokens", "stop", "function_chars")


def same_dimension(unit: str, asked: str) -> bool:
    """Whether a figure in ``unit`` answers a question asking in ``asked`` (几个 any count, 亿元 any money)."""
    generic, counting = _counters(current())
    if asked in generic:  # 几个: 10名 answers as well as 16个
        return to_base(1.0, unit)[1] in counting  # 1.22万个 too
    if asked == "人":  # people: 704万人次 of 来旅游的人有多少 as well as 500名
        return to_base(1.0, unit)[1] in current().words("asking", "unit", "people_counted")
    if "/" in unit and "/" not in asked:  # 多少钱 of 7226元/年: a rate in the money (or amount) asked, per year
        unit = unit.split("/", 1)[0]
    currencies = current().words("asking", "unit", "currencies")
    if asked == "元" and to_base(1.0, unit)[1] in currencies:
        # 外资多少钱 of 33.8亿美元: money, in the currency the report gives it in; 多少万元 said is not 万美元
        return True
    return unit == asked or convertible(unit, asked)


@cache
def _counters(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    generic = frozenset(lex.words("asking", "unit", "generic_counters"))
    return generic, frozenset(lex.words("asking", "unit", "count_units"))


def fact_name(fact: Fact) -> str:
    """What a fact measures: its metric, with the words around its figure when they add to it
    (发明专利（获专利授权）); not when they name the same thing (累计高新技术企业, leaning on 新认定高新技术企业)."""
    if not fact.context or fact.metric in fact.context or _shared_ending(fact.metric, fact.context) >= 4:
        return fact.metric
    return f"{fact.metric}（{fact.context}）"


def _shared_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def fact_label(fact: Fact) -> str:
    """'2011年地区生产总值' / '2012年目标 技工贸总收入' / '“十四五”时期地区生产总值增速', for answer sentences and
    candidate lists."""
    year = f"{fact.year}年" if fact.year else span_label(fact.period_years)
    kind = "目标" if fact.kind == "target" else ""
    aspect = {"growth": _change_word(fact), "rank": "排名"}.get(fact.aspect, "")
    name = fact_name(fact)
    return f"{'' if name.startswith(year) else year}{name}{kind}{aspect}"  # 2025年全省地区生产总值: its year once


def _change_word(fact: Fact) -> str:
    """How a change is named: 增速 of a rate (增长5.4%), 增长 in times (增长5.1倍), 增加 of an amount (每月提高183元;
    变化 of a fall, which `figure_text` writes as 下降)."""
    if fact.unit == "倍":
        return "增长"
    if fact.unit in current().words("facts", "growth", "units"):
        return "增速"
    return "增加" if fact.value >= 0 else "变化"


def span_label(span: tuple[int, int] | None) -> str:
    """“十四五”时期 for 2021–2025 (a plan period of the lexicon), 2019—2023年 for another span, '' for none."""
    if span is None:
        return ""
    periods: dict[str, list[int]] = current().table("time", "plan_periods")
    named = [name for name, years in periods.items() if tuple(years) == span]
    return f"“{named[0]}”时期" if named else f"{span[0]}—{span[1]}年"


def figure_text(fact: Fact) -> str:
    """The figure as the report writes it, with its qualifier (近200家, 5000名以上); falls for 下降."""
    if fact.aspect == "rank":
        unit = fact.unit or "位"
        if fact.value != 1:
            return f"第{fact.value:g}{unit}"
        return f"第1{unit}（{fact.text}）" if "最" in fact.text else f"第1{unit}（首{unit}）"  # 全国最低: as written
    if fact.aspect == "growth" and fact.value < 0:
        return "下降" + fact.text.lstrip("-")
    text = fact.text
    plan = current().regex("facts", "clause", "plan_qualifiers").match(fact.qualifier or "")
    return f"{plan.group()}{text}" if plan and not text.startswith(plan.group()) else text


def source_of(fact: Fact) -> Source:
    return Source(fact.section, fact.sentence, fact.sentence_span or fact.span, None, cited=True)


def lookup_answer(fact: Fact, query: Query) -> Answer:
    """One figure, exactly as in the report, with its sentence and section (a fall asked: its size)."""
    value = abs(fact.value) if fact.aspect == "growth" and query.fall else fact.value
    text = f"{fact_label(fact)}：{figure_text(fact)}。\n\n原文：{fact.sentence}\n出处：{fact.section}"
    return Answer(text, "number", value, fact.unit, [source_of(fact)], query.text)


def ask_back(matches: Sequence[Match], question: str) -> Answer:
    """Several facts fit equally well: list them and ask which one is meant."""
    options = tuple(f"{fact_label(m.fact)}：{figure_text(m.fact)}" for m in matches)
    quoted = [f"{option}（原文：{_clause_named(m.fact)}）" for option, m in zip(options, matches, strict=True)]
    text = "报告中有几项数据都符合您的问题，请问您指的是哪一项？（可回复“第一个”或直接说名称）\n" + numbered(quoted)
    return Answer(text, "clarify", None, None, [source_of(m.fact) for m in matches], question, options)


def talked_of(matches: Sequence[Match], talked: Sequence[str]) -> list[Match]:
    """Of figures a question fits alike, the one the conversation's latest answers quoted (开工比竣工多多少 after
    新开工房屋建筑面积 and 竣工面积 were given); empty unless exactly one was, the latest answers first."""
    for answer in reversed(talked):
        quoted = [m for m in matches if m.fact.sentence in answer]
        if quoted:  # a passage gave no figure of them: 人才引进目标 after a passage on 人才特区 is asked back about
            return quoted if len(quoted) == 1 and shown(answer).figure else []
    return []


def clause_of(fact: Fact) -> str:
    """The clause of its sentence that states a figure (全年协议引进内外资总额84亿元), as the report writes it."""
    sentence = fact.sentence
    at = [m.start() for m in re.finditer(re.escape(fact.text.lstrip("-")), sentence)] or [0]
    clauses = [_clause_around(sentence, i) for i in at]
    return next((c for c in clauses if fact.metric and fact.metric[-2:] in c), clauses[0])


def _clause_named(fact: Fact) -> str:
    """The clause stating a figure, with the clause before it when it does not name what the figure is of (同比增长
    32% → 实现技工贸总收入850亿元,同比增长32%)."""
    clause = clause_of(fact)
    at = fact.sentence.find(clause)
    if not fact.metric or fact.metric[-2:] in clause or at <= 0:
        return clause
    before = _clause_around(fact.sentence, at - 2) if at >= 2 else ""
    return f"{before}{fact.sentence[at - 1]}{clause}" if before and fact.metric[-2:] in before else clause


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence, as `clause_of` cuts them."""
    return [c.strip() for c in re.split(f"[{_CLAUSE_END}]", sentence) if c.strip()]


def _clause_around(sentence: str, at: int) -> str:
    start = max((sentence.rfind(p, 0, at) for p in _CLAUSE_END), default=-1) + 1
    ends = [e for e in (sentence.find(p, at) for p in _CLAUSE_END) if e >= 0]
    return sentence[start : min(ends, default=len(sentence))].strip()


_CLAUSE_END = ",，;；。:："  # not 、: 新开锦诚明都、皇冠花园2家 is one clause


def ties(matches: Sequence[Match]) -> list[Match]:
    """The best match and those as good, one per distinct figure."""
    if not matches:
        return []
    best = matches[0].score
    out: list[Match] = []
    for m in matches:
        if m.score < best - TIE:
            break
        if not any(o.fact.value == m.fact.value and o.fact.unit == m.fact.unit for o in out):
            out.append(m)
    return exact_over_bounds(out[:4])


def exact_over_bounds(tied: list[Match]) -> list[Match]:
    """Of one thing's figures in one sentence (突破2万亿元、达到23562亿元; 迈上6万亿元台阶，达到62661亿元), the exact
    one over the bounds and milestones it passed."""
    if len(tied) < 2 or len({(m.fact.sentence, m.fact.metric) for m in tied}) > 1:
        return tied
    exact = [m for m in tied if not passed_only(m.fact)]
    return exact if len(exact) == 1 else tied


def resolve_metric(
    text: str,
    intent: Intent,
    facts: Sequence[Fact],
    tokenizer: ReportTokenizer,
    weights: Weights,
    years: Sequence[int] | None = None,
    kind: str | None = None,
    floor: float = MIN_SCORE - TIE,
) -> list[Match]:
    """The best facts for a piece of a question naming one metric (those that can reach ``floor``); a size class
    (过亿的企业) and a level (省级) asked narrow them as typed filters, not as words."""
    threshold, _ = asked_threshold(text)
    # said as the report writes it (亿元以上), the words match too; said otherwise (过亿, 50亿以上), the filter only
    planned = (intent.kind if kind is None else kind) == "target"
    words = _planned_verbs(text) if planned else text
    for said in said_thresholds(text):
        # the year's addition in a size class is written otherwise (新增产值亿元企业 of 亿元以上企业): a filter only
        if intent.count == "addition":
            words = words.replace(said, " ")
        elif not weights.writes(said):  # 一个亿以上 企业有几家: the words the report writes the class in (亿元以上)
            counted = intent.unit in current().words("asking", "unit", "count_units")  # not 金额过亿了吗
            written = class_written(asked_threshold(said)[0] or 0.0, facts) if counted else ""
            words = words.replace(said, f" {written} ")
    groups = _narrowed(question_words(tokenizer, words, weights), words, facts, weights)
    groups += [(_bare_figure(f.text),) for f in find_figures(words)]

    def matching(groups: list[WordGroup]) -> list[Match]:
        asked_years = intent.years if years is None else years
        found = _matching(groups, asked_years, intent.span, intent.ends)
        return found or _at_span_end(facts, asked_years, intent.span, lambda span: _matching(groups, (), span, True))

    def _matching(groups: list[WordGroup], asked_years, span, ends) -> list[Match]:
        return match_facts(
            facts,
            groups,
            weights,
            intent.aspect,
            asked_years,
            intent.kind if kind is None else kind,
            intent.unit,
            intent.cues,
            below=current().regex("asking", "qualifier", "below").search(text) is not None,
            floor=floor,
            span=span,
            span_cued=intent.span_cued,
            ends=ends,
            ahead=intent.ahead,
        )

    bases = asked_bases(text)  # 人均GDP: only a figure per head answers it, never the total
    if intent.level and any(fact_level(f) == intent.level for f in facts):
        # 申报省级人才 for 省人才: the level stands as its root where the metric starts; only facts of the level
        root = current().table("conversation", "filter", "level_roots").get(intent.level, intent.level)
        rooted = [(*g, root) if g[0] == intent.level else g for g in groups]
        found = _of_class([m for m in matching(rooted) if fact_level(m.fact) == intent.level], threshold, None)
    else:
        found = _of_class(matching(groups), threshold, intent.level)
    # a plan's figure is its year's addition however it is named (引进各类人才5000名以上): no filter on targets
    count = None if planned else intent.count
    found = [m for m in found if on_bases(m.fact, bases, expand_aliases(text))]
    if foreign_places(text, tokenizer, weights):
        return []  # 满洲里 asked of a 海拉尔区 report that never writes it: no figure of the report is that place's
    places = places_asked(text, tokenizer)
    if places:  # 济南 asked of a 山东 report: a figure of the whole province is no answer
        found = [m for m in found if all(p in f"{m.fact.sentence} {m.fact.lead} {m.fact.section}" for p in places)]
    asked = [w for g in groups for w in g[:1] if len(w) > 1 and not is_soft(w)]
    found = [m for m in found if not listed_part_only(m.fact, asked)]
    if intent.operation != "ratio":  # 今年GDP增长目标: not a share of GDP (研发经费支出相当于全市生产总值的比例)
        words = [w for g in groups for w in g]
        found = [m for m in found if not of_the_whole_only(m.fact, words)]
    return _of_count(found, count, intent.stock, text)


def _at_span_end(
    facts: Sequence[Fact],
    years: Sequence[int],
    span: tuple[int, int] | None,
    matching: Callable[[tuple[int, int]], list[Match]],
) -> list[Match]:
    """2010年农村居民人均纯收入 of a report reviewing 十一五 (2006–2010), which gives it as the level the span reached
    (农民人均纯收入达到5919元): the states the span ends in, in the year it ends; no amount of the span
    (城镇新增就业年均超过70万人 is no 2025 figure)."""
    ended = _span_ended(facts, years) if span is None else None  # (a span asked is matched as asked)
    return [m for m in matching(ended) if not accumulated(m.fact)] if ended else []


def _span_ended(facts: Sequence[Fact], years: Sequence[int]) -> tuple[int, int] | None:
    """The one span of years the report reviews that ends in the one year asked, if any (2006–2010 for 2010)."""
    if len(years) != 1:
        return None
    spans = {f.period_years for f in facts if f.period_years and f.period_years[1] == years[0]}
    return next(iter(spans)) if len(spans) == 1 else None


def listed_part_only(fact: Fact, words: Sequence[str]) -> bool:
    """Whether the figure's sentence names a word asked only as one item of a list (研发设计、检测认证、企业总部…等
    现代服务业…服务业总收入490亿元: 检测认证 is a part of the whole the figure measures, not its thing)."""
    named = f"{fact.metric} {fact.context}"
    for word in words:
        if word in named or word not in fact.sentence:
            continue
        rest = re.search(rf"{re.escape(word)}([^，,。；;]*)", fact.sentence)
        if rest and rest.group(1).startswith(("、", "等")) and "等" in rest.group(1):
            return True  # an example of a wider whole (…、检测认证、企业总部…等现代服务业), not 大漕、大池整村拆迁
    return False


def places_asked(text: str, tokenizer: ReportTokenizer) -> list[str]:
    """The places of the report other than its own that a question names (成都, 成都市: the index keeps those its
    report writes as places); read from the question's plain words, not its content words re-cut for the report
    (城镇居民 stays one word)."""
    suffixes = tuple(current().words("tokens", "stop", "place_suffixes"))
    out = []
    for word in tokenizer.words(text):
        stem = word[:-1] if word.endswith(suffixes) else ""
        if word in tokenizer.places or stem in tokenizer.places:
            out.append(word if word in tokenizer.places else stem)
    return out


def foreign_places(text: str, tokenizer: ReportTokenizer, weights: Weights) -> list[str]:
    """The places a question names that the report never writes and that are not its own (满洲里 of a 海拉尔区
    report)."""
    own = [n for n in tokenizer.own_names if len(n) > 1]
    unwritten = [w for w in tokenizer.words(text) if len(w) > 1 and not weights.writes(w)]  # the places read last
    return [w for w in unwritten if w in tokenizer.place_words and not any(w in n or n in w for n in own)]


def _planned_verbs(text: str) -> str:
    """今年新引进人才的目标: a plan's figure is the year's addition however the report words it (引进各类人才
    5000名以上), so an addition word said with 新 asks its verb."""
    for word in current().words("conversation", "filter", "additions"):
        verb = planned_verb(word)
        text = text.replace(word, verb) if verb else text
    return text


def _of_count(matches: list[Match], count: str | None, stock: bool = False, text: str = "") -> list[Match]:
    """The matches of the year's addition, when one is asked and the report has them: 新增了几家 the facts naming
    an addition (新增产值亿元企业). How many there are (``stock``: 现在总共有多少条) is not the count of a year's doing
    (优化公交线路5条): when the best figure is one, only a figure of how many as near answers; a total asked
    otherwise (一共) filters nothing: most figures name no addition, and among equals the total is preferred."""
    if stock and count != "addition" and matches and _a_doing(matches[0].fact, text):
        # 现在总共有多少条: how many there are, which a year's doing does not give; a state as near as the best
        # doing answers (上市公司达162家 beside 新增上市公司5家), else none
        return [m for m in matches if not _a_doing(m.fact, text) and m.score >= matches[0].score - _STATE_NEAR]
    if count != "addition":
        return matches
    matches = [m for m in matches if not in_change(m.fact)]  # 新增了多少 is no level a change starts or ends at
    additions = current().regex("conversation", "filter", "additions")
    # not the running total whose context names the addition (累计达76家 after 新认定14家);
    # 其中具有行业品牌影响力的企业3家 is a part of 新引进…企业: an addition too
    matches = [m for m in matches if not running_total(m.fact)] or matches
    return [m for m in matches if additions.search(f"{m.fact.metric} {m.fact.context}")] or matches


def running_total(fact: Fact) -> bool:
    """Whether a figure is a running total by its name (累计高新技术企业: 累计达76家 after 新认定14家)."""
    return any(w in fact.metric for w in current().words("asking", "figure", "running_total"))


def _counted(fact: Fact) -> bool:
    """Whether a figure counts things (家, 条, 个): only a count can be a year's doing set against how many there are;
    an amount (完成地区生产总值32765亿元) answers 总量 however its name is led."""
    return to_base(1.0, fact.unit)[1] in current().words("asking", "unit", "count_units")  # 20.6万个 too


_STATE_NEAR = 0.1  # score by which a figure of how many there are may trail the best figure of a year's doing


def _a_doing(fact: Fact, text: str) -> bool:
    """Whether a figure counts what a year's work did to things (优化公交线路5条, 新增公交线路3条: its metric led by a
    verb of doing the question does not say), not how many there are, unless written as a running total (累计…)."""
    lex = current()
    if fact.metric.endswith(tuple(lex.words("conversation", "filter", "flow_tails"))):
        return True  # 常住人口省际净流入: a year's flow, not how many there are
    if not _counted(fact):  # 完成地区生产总值32765亿元: an amount, which answers 总量 however its name is led, unless
        # it names an addition the question does not (新增新能源装机6482万千瓦, asked 新能源装机规模达到多少)
        added = next((w for w in lex.words("conversation", "filter", "additions") if fact.metric.startswith(w)), "")
        return bool(added) and added not in text
    doing = next((d for d in lex.words("conversation", "filter", "doings") if fact.metric.startswith(d)), None)
    if doing is None or doing in text or (len(doing) > 2 and doing.removeprefix("新") in text):  # 新引进: 引进了
        return False
    return not any(w in f"{fact.text} {fact.context}" for w in lex.words("asking", "figure", "running_total"))


def _of_class(matches: list[Match], threshold: float | None, level: str | None) -> list[Match]:
    """The matches of the size class and level asked; when some fact names the level asked, only those."""
    if threshold is None and level is None:
        return matches
    kept = [m for m in matches if same_class(m.fact, threshold, level)]
    if threshold is not None:  # 10亿元以上企业: the facts of that size class, when the report has them
        kept = [m for m in kept if fact_threshold(m.fact) is not None] or kept
    named = [m for m in kept if level is not None and fact_level(m.fact) == level]
    return named or [m for m in kept if level is None or fact_level(m.fact) is None]


def _narrowed(groups: list[WordGroup], question: str, facts: Sequence[Fact], weights: Weights) -> list[WordGroup]:
    """A narrowing character cut off the word after it (大 | 项目 for 大项目) joins it when the question writes the
    two together and a figure's name holds the phrase (有重大支撑力的大项目落户): the phrase names that thing, the
    word alone something else (现代服务业项目). Not a phrase the report writes only after a count (五大举措)."""
    narrowing = current().regex("tokens", "stop", "narrowing_chars")
    table = FactTable.of(facts)
    out: list[WordGroup] = []
    for group in groups:
        before = out[-1][0] if out and len(out[-1]) == 1 else ""
        joined = before + group[0]
        narrows = bool(before) and narrowing.fullmatch(before) is not None and joined in question
        if narrows and len(table.places(joined).metric) > 0 and weights.names(joined):
            out[-1] = (joined,)
            continue
        out.append(group)
    return out


def _bare_figure(text: str) -> str:
    """10亿元以上 → 10亿元: a figure named in a question, as it appears inside a metric."""
    return _bounds(current()).sub("", text)


@cache
def _bounds(lex: Lexicon) -> re.Pattern:
    """The words that make a figure approximate or a bound, before or after it (近, 以上)."""
    return re.compile(
        rf"^(?:{lex.alternation('facts', 'units', 'leads')})|(?:{lex.alternation('facts', 'units', 'tails')})$"
    )


def fmt(value: float, digits: int = 4) -> str:
    """A computed figure as shown: 170 → '170', 2.7000000001 → '2.7', 38.7755 → '38.8' (digits=1); never in
    scientific notation."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"
