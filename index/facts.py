"""Every quantitative statement of a report as a Fact: metric, value, unit, qualifier, year, kind, aspect."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Literal

from index.chunks import Sentence, split_sentences
from index.lexicon import Lexicon, load_lexicon
from index.numbers import Figure, find_figures, to_base, to_number
from index.periods import Period, years_named
from index.sections import Section
from index.tokens import doing_only, tagged

Aspect = Literal["value", "growth", "rank"]

_CLAUSE = re.compile(r"[^,，;；:：]+")


@dataclass(frozen=True)
class _Words:
    """The extractor's patterns, compiled from the lexicon's facts.toml."""

    address: re.Pattern
    year_opener: re.Pattern
    past_year_turn: re.Pattern
    span_opener: re.Pattern
    lead: re.Pattern
    trail: re.Pattern
    plan: re.Pattern
    growth: re.Pattern
    growth_list: re.Pattern
    respectively: re.Pattern
    phase_item: re.Pattern
    falling: tuple[str, ...]
    rate: re.Pattern
    rank: re.Pattern
    first: re.Pattern
    running_totals: tuple[str, ...]
    addition_lead: re.Pattern
    change_from: re.Pattern
    change_to: re.Pattern
    change_tail: re.Pattern
    benchmark: re.Pattern
    per_thing: re.Pattern
    leads: tuple[str, ...]
    milestones: tuple[str, ...]
    rate_noun: re.Pattern
    change_start: re.Pattern
    change_onward: re.Pattern
    change_end: re.Pattern
    reached: re.Pattern
    rank_list: re.Pattern
    rank_respectively: re.Pattern
    rank_extreme: re.Pattern
    not_named: re.Pattern
    measure: re.Pattern
    accumulated: re.Pattern
    state: re.Pattern
    count_units: frozenset[str]
    joiners: tuple[str, ...]
    paired_joiner: str
    growth_units: frozenset[str]
    money_changed: tuple[str, ...]
    growth_rank_suffix: str
    growth_rank_words: frozenset[str]


@cache
def _compiled(folder: Path) -> _Words:
    lex = load_lexicon(folder)

    def pattern(*keys: str) -> re.Pattern:
        return re.compile(lex.pattern("facts", *keys))

    return _Words(
        address=pattern("sentence", "address_pattern"),
        year_opener=pattern("sentence", "year_opener_pattern"),
        past_year_turn=pattern("sentence", "past_year_turn_pattern"),
        span_opener=pattern("sentence", "span_opener_pattern"),
        lead=pattern("clause", "lead_pattern"),
        trail=pattern("clause", "trail_pattern"),
        plan=re.compile(lex.alternation("facts", "clause", "plan_qualifiers")),
        growth=pattern("growth", "pattern"),
        growth_list=pattern("growth", "list_pattern"),
        respectively=pattern("growth", "respectively_pattern"),
        phase_item=pattern("growth", "phase_item_pattern"),
        falling=lex.words("facts", "growth", "falling"),
        rate=pattern("growth", "rate_pattern"),
        rank=pattern("rank", "pattern"),
        first=pattern("rank", "first_pattern"),
        running_totals=lex.words("facts", "clause", "running_totals"),
        addition_lead=pattern("clause", "addition_lead_pattern"),
        change_from=pattern("sentence", "from_pattern"),
        change_to=pattern("sentence", "to_pattern"),
        change_tail=pattern("clause", "change_tail_pattern"),
        benchmark=pattern("clause", "benchmark_pattern"),
        per_thing=pattern("clause", "per_thing_pattern"),
        leads=tuple(lex.words("facts", "units", "leads")),
        milestones=tuple(lex.words("facts", "units", "milestones")),
        rate_noun=pattern("clause", "rate_noun_pattern"),
        change_start=pattern("sentence", "change_start_pattern"),
        change_onward=pattern("sentence", "change_onward_pattern"),
        change_end=pattern("sentence", "change_end_pattern"),
        reached=pattern("sentence", "reached_pattern"),
        rank_list=pattern("rank", "list_after_pattern"),
        rank_respectively=pattern("rank", "respectively_pattern"),
        rank_extreme=pattern("rank", "extreme_pattern"),
        not_named=pattern("sentence", "not_named_pattern"),
        measure=_measure_nouns(lex),
        accumulated=pattern("sentence", "accumulated_pattern"),
        state=pattern("sentence", "state_pattern"),
        count_units=frozenset(lex.words("asking", "unit", "count_units")),
        joiners=("、", *lex.words("asking", "frame", "joiners")),
        paired_joiner=lex.get("facts", "growth", "paired_joiner"),
        growth_units=frozenset(lex.words("facts", "growth", "units")),
        money_changed=tuple(lex.words("facts", "growth", "money_units")),
        growth_rank_suffix=lex.get("facts", "rank", "growth_rank_suffix"),
        growth_rank_words=frozenset(lex.words("facts", "rank", "growth_rank_words")),
    )


def _measure_nouns(lex: Lexicon) -> re.Pattern:
    """Nouns of a measure (进出口总值, 财政收入), as the question parser lists them, less its words of when or how
    (目标) and of asking (多少), and single characters (额)."""
    other = {*lex.words("asking", "soft", "words"), *lex.words("asking", "frame", "words")}
    nouns = [w for w in lex.words("asking", "figure", "measure_nouns") if len(w) > 1 and w not in other]
    return re.compile("|".join(re.escape(w) for w in sorted(nouns, key=len, reverse=True)))


def _words() -> _Words:
    return _compiled(load_lexicon().folder)


@dataclass(frozen=True)
class Fact:
    """A figure of the report with what it measures, for which period, and where it is written."""

    metric: str
    value: float
    unit: str
    aspect: Aspect
    year: int | None
    kind: Literal["result", "target"] | None
    text: str
    sentence: str
    section_path: tuple[str, ...]
    span: tuple[int, int]
    qualifier: str | None = None
    high: float | None = None
    context: str = ""
    siblings: tuple[str, ...] = ()
    period_years: tuple[int, int] | None = None
    sentence_span: tuple[int, int] | None = None
    lead: str = ""  # the short sentence its paragraph opens with (全面加快东山组团建设。): a heading of the paragraph

    def speaks_of(self, year: int) -> bool:
        """Whether the fact is about ``year``; a figure of a span of years (十四五时期…) is about none of them but
        its last: when its own words name that year (到2030年全社会研发投入强度达到3.2%), or when it is the state a
        span ends in, reviewed or planned (高速公路通车里程6895公里: the last year's; 居民人均可支配收入达到9万元左右
        among the plan's goals: 2030's), not an amount or a growth over it (新增就业, 年均增长)."""
        if self.year == year:
            return True
        if self.period_years is None or self.period_years[1] != year:
            return False
        named = f"{year}年" in f"{self.metric} {self.context}"
        return named or (self.aspect == "value" and not accumulated(self))

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)


def accumulated(fact: Fact) -> bool:
    """A figure of a whole span that is an amount over it (累计, 新增, 年均, 提高8个百分点), not the state it ends in
    (高速公路通车里程6895公里, 森林覆盖率)."""
    words = _words()
    if fact.period_years is None or words.state.search(fact.metric):
        return False
    return words.accumulated.search(f"{fact.metric} {fact.context}") is not None


def clean_metric(text: str) -> str:
    """The indicator named by the words before a figure (全区实现地区生产总值 → 地区生产总值)."""
    text = text.strip(" 、,，。;；()（）“”\"'")
    words = _words()
    for _ in range(3):
        text = words.trail.sub("", words.lead.sub("", text)).strip(" 、,，")
    return text


@dataclass(frozen=True)
class _Scope:
    """The time a paragraph speaks of: one year, or a whole span of years (its review or plan), and its kind."""

    year: int | None
    span: tuple[int, int] | None
    kind: Literal["result", "target"] | None


def extract_facts(
    report_text: str, sections: Iterable[Section], report_year: int | None = None, unnamed: list[Fact] | None = None
) -> list[Fact]:
    """All facts of the report, in document order, each with the time its sentence speaks of: a year, or the
    whole span of a multi-year review or plan (``period_years``: 五年来…年均增长5.9%). Figures whose words name
    nothing (`not_named_pattern`) are no facts; ``unnamed`` collects them for `qa facts --coverage`."""
    facts: list[Fact] = []
    running: _Scope | None = None  # the time the paragraphs of a part are on about now
    part = None
    for section in sections:
        if section.path[:1] != part:
            part, running = section.path[:1], None
        for start, end in section.spans:
            running = _paragraph_scope(report_text[start:end], section.period, running, report_year)
            scope = running or _section_scope(section.period)
            sentences = split_sentences(report_text[start:end], start)
            for sentence, heading in zip(sentences, sentence_leads(sentences), strict=True):
                scope = _turned_to_past_year(sentence.text, scope, report_year)
                year = _sentence_year(sentence.text, scope)
                whole = scope.span if year is None else None  # the span itself, no year of it
                found = _sentence_facts(sentence.text, sentence.span[0], section, year, scope.kind)
                found = [replace(f, period_years=whole, sentence_span=sentence.span, lead=heading) for f in found]
                found = [_leaning_on_before(f) for f in found]
                named = [f for f in found if not _words().not_named.search(f.metric + f.unit)]
                if unnamed is not None:
                    unnamed.extend(f for f in found if f not in named)
                found = named
                facts.extend(_with_both_ends(found, year, whole))
    return facts


_LEAD_CHARS = 24  # a paragraph's first sentence this short, with no figure, heads the paragraph
SHORT_NAME = 3  # characters: a name this short (产值, 总产能) says what of, not whose


def _leaning_on_before(fact: Fact) -> Fact:
    """A short name with nothing around it (吉化乙烯项目投产，总产能达190万吨) is of the thing the clause before it
    names, when that clause gives no figure (not the sentence before: whose subject that is, is not written)."""
    if fact.context or fact.sentence_span is None or len(re.sub(r"[^\u4e00-\u9fff]", "", fact.metric)) > SHORT_NAME:
        return fact
    clauses = [c for c in re.split(r"[，,；;]", fact.sentence[: fact.span[0] - fact.sentence_span[0]]) if c.strip()]
    before = clauses[-2] if len(clauses) >= 2 else ""
    if not before.strip() or find_figures(before):
        return fact
    return replace(fact, context=clean_metric(before))


def paragraph_lead(sentences: list[Sentence]) -> str:
    """The sentence a paragraph of several opens with when it is a short one of no figure (全面加快东山组团建设。,
    强化大气污染防治。): the paragraph's own heading, which the report does not number; "" otherwise."""
    if len(sentences) < 2:
        return ""
    first = sentences[0].text.strip()
    return first if len(first) <= _LEAD_CHARS and not find_figures(first) else ""


def sentence_leads(sentences: list[Sentence]) -> list[str]:
    """What heads each sentence of a paragraph: its `paragraph_lead`, and the latest short sentence of no figure
    before it inside the paragraph (…区域协调发展。雄安新区建设发展成效显著。重点片区…完成投资1104亿元: the run-in
    heading a provincial report writes between the things it reviews); "" for the lead itself."""
    lead = paragraph_lead(sentences)
    leads, run_in = [], ""
    for i, sentence in enumerate(sentences):
        leads.append("" if i == 0 else " ".join(dict.fromkeys(w for w in (lead, run_in) if w)))
        text = sentence.text.strip()
        if i > 0 and len(text) <= _LEAD_CHARS and not find_figures(text):
            run_in = text
    return leads


def unnamed_facts(report_text: str, sections: Iterable[Section], report_year: int | None = None) -> list[Fact]:
    """The figures `extract_facts` leaves out because their words name nothing (for `qa facts --coverage`)."""
    unnamed: list[Fact] = []
    extract_facts(report_text, sections, report_year, unnamed)
    return unnamed


def _turned_to_past_year(sentence: str, scope: _Scope, report_year: int | None) -> _Scope:
    """The scope from a sentence on, inside its paragraph: the year before the report's, as results, when the
    sentence turns to it (过去一年，我们的各项工作取得了很大成绩。 in a paragraph of the plan year); else as it was."""
    if report_year is None or not _words().past_year_turn.match(sentence.strip()):
        return scope
    return _Scope(report_year - 1, None, "result")


def _sentence_year(sentence: str, scope: _Scope) -> int | None:
    """A sentence that opens with its own year (2025年，全省…) speaks of that year, when its scope holds it."""
    own = re.match(r"^(?:\S{0,4}?)((?:19|20)\d{2})年[,，]", sentence)
    if own and (scope.span is None or scope.span[0] <= int(own.group(1)) <= scope.span[1]):
        return int(own.group(1))
    return scope.year


def _section_scope(period: Period | None) -> _Scope:
    if period is None:
        return _Scope(None, None, None)
    kind: Literal["result", "target"] = "result" if period.kind == "result" else "target"
    if period.start == period.end:
        return _Scope(period.end, None, kind)
    return _Scope(None, (period.start, period.end), kind)


def _paragraph_scope(
    paragraph: str, period: Period | None, running: _Scope | None, report_year: int | None
) -> _Scope | None:
    """The time a paragraph turns to, or the one before it when it turns to none. In a multi-year review: one year
    (过去一年, 2025年是很不平凡的一年) or the whole span (五年来, 回顾“十四五”, in its first or second sentence).
    Under a heading naming no time: a plan period it opens with (“十四五”时期，…: reviewed when it ended before
    the report's year, else planned). Under a heading of one year, that year until a paragraph turns to a span."""
    turn = _turn(paragraph)
    if period is not None and period.start == period.end:
        return _turned_from_one_year(turn, period, running)
    if period is not None:
        whole = _section_scope(period)
        if turn is None:
            return running or whole
        if turn[0] is None:  # back to the whole span
            return whole
        year = period.end if turn[0] < 0 else turn[0]
        year = (report_year or period.start) if turn[0] == _THIS_YEAR else year
        return replace(whole, year=year, span=None) if period.start <= year <= period.end else running or whole
    if turn is None or turn[1] is None or report_year is None:
        return running
    span = turn[1]
    return _Scope(None, span, "result" if span[1] < report_year else "target")


def _turned_from_one_year(
    turn: tuple[int | None, tuple[int, int] | None] | None, period: Period, running: _Scope | None
) -> _Scope | None:
    """Under a heading of one year (2025年工作回顾): a paragraph turning to a span (五年来, “十四五”时期) speaks of
    it — the plan period it names, else the five years up to the heading's — until one turns back to a year."""
    if turn is None:
        return running
    if turn[0] is not None:
        return None  # the heading's own year again
    span = turn[1] or (period.end - 4, period.end)
    return _Scope(None, span, "result" if period.kind == "result" else "target")


def _turn(paragraph: str) -> tuple[int | None, tuple[int, int] | None] | None:
    """What a paragraph's opening turns to: (year, None) for one year (−1 when unnamed: 过去一年, the span's
    last; `_THIS_YEAR` for 今年), (None, the plan period's years or None) for a span; None when it turns to
    nothing."""
    words = _words()
    body = words.address.sub("", paragraph)
    sentences = re.split(r"(?<=[。！？!?])", body, maxsplit=2)
    first, second = sentences[0][:24], (sentences[1][:24] if len(sentences) > 1 else "")
    spanned = words.span_opener.match(first) or words.span_opener.match(second)
    if spanned:
        named = years_named(spanned.group())
        return None, ((min(named), max(named)) if named else None)
    year = words.year_opener.match(first)
    if year:
        return (int(year.group(1)) if year.group(1) else _THIS_YEAR if year.group(2) else -1), None
    return None


_THIS_YEAR = -2  # a paragraph opening with 今年 (今年是“十五五”开局之年): the report's own year


def both_ends(before: Fact, after: Fact) -> bool:
    """Whether two figures are the start and end of one change the report writes (由7.34万元提升至10.26万元)."""
    return _change_start(before) is not None and _change_end(before, after) is not None


def _change_end(before: Fact, after: Fact, same_unit: bool = True) -> re.Match | None:
    """The words joining the start of a change to its end (提升到2025年的: group 1 the end's year, if named)."""
    if same_unit and before.unit != after.unit:
        return None
    between = _between(before, after)
    return None if between is None else _words().change_to.match(between)


def _between(before: Fact, after: Fact) -> str | None:
    """The words of one sentence between two of its figures; None for figures of two sentences."""
    if before.sentence_span is None or before.sentence_span != after.sentence_span:
        return None
    start = before.sentence_span[0]
    return before.sentence[before.span[1] - start : after.span[0] - start]


def _change_start(fact: Fact) -> re.Match | None:
    """由 / 从 (with the year it names: 由2020年的) just before a figure: a change written with both ends starts."""
    return _words().change_from.search(_before(fact)[-12:])


def in_change(fact: Fact) -> bool:
    """Whether a figure is the start or the end of a change the report writes (由7.34万元…, …增加到1076家): a
    level before or after, not the change itself."""
    return starts_change(fact) or _words().change_end.search(_before(fact)) is not None


def reaches_level(fact: Fact) -> bool:
    """Whether a figure is a level a change reaches, its start unwritten (补助标准增加到人均280元): no change."""
    return _words().reached.search(_before(fact)) is not None


def starts_change(fact: Fact) -> bool:
    """Whether a figure is the level a change the report writes starts from (由7.34万元提升至…, 分别从771家、481家…)."""
    words = _words()
    return words.change_start.search(_before(fact)) is not None and words.change_onward.search(_after(fact)) is not None


def _before(fact: Fact) -> str:
    """The words of a figure's sentence just before it."""
    if fact.sentence_span is None:
        return ""
    return fact.sentence[max(0, fact.span[0] - fact.sentence_span[0] - 40) : fact.span[0] - fact.sentence_span[0]]


def _after(fact: Fact) -> str:
    """The words of a figure's sentence just after it."""
    if fact.sentence_span is None:
        return ""
    return fact.sentence[fact.span[1] - fact.sentence_span[0] :]


def _with_both_ends(found: list[Fact], year: int | None, span: tuple[int, int] | None) -> list[Fact]:
    """A change written with both ends (人均生产总值由7.34万元提升至10.26万元; 分别从645元/月、4318元/年提高到
    801元/月、7226元/年, each start with the end in its place): a start is of the year it names, else of the year
    before the sentence's time (2020 before 2021–2025); an end is of the year it names, else of the sentence's time
    (the last year of a span, still a figure of the span)."""
    out = list(found)
    i = 0
    while i < len(out) - 1:
        count = _starts(out, i)
        if count:
            _join_ends(out, i, count, year, span)
        i += 2 * count or 1
    return out


def _starts(found: list[Fact], i: int) -> int:
    """How many figures from the i-th start one change each (2 in 分别从645元/月、4318元/年提高到801元/月、7226元/年),
    their ends following in the same order and units; 0 when the i-th starts none."""
    start = _change_start(found[i])
    count = 1
    while start is not None and i + count < len(found):
        joined = _between(found[i + count - 1], found[i + count])
        if joined not in _words().joiners:  # the starts or the ends of changes listed together
            ends = found[i + count : i + 2 * count]
            if len(ends) < count or _change_end(found[i + count - 1], ends[0], count == 1) is None:
                return 0
            listed = all(_between(a, b) in _words().joiners for a, b in zip(ends, ends[1:], strict=False))
            same = all(a.unit == b.unit for a, b in zip(found[i : i + count], ends, strict=True))
            return count if listed and same else 0
        count += 1
    return 0


def _join_ends(found: list[Fact], i: int, count: int, year: int | None, span: tuple[int, int] | None) -> None:
    """Give the starts and ends of ``count`` changes from the i-th figure their years and a metric each: the one
    named before 由 / 从, or an end's own part (城镇低保平均标准 of 城乡…分别) for its start too."""
    words = _words()
    start = _change_start(found[i])
    joined = _change_end(found[i + count - 1], found[i + count], same_unit=False)
    base = year if year is not None else (span[0] if span else None)
    then = int(start.group(1)) if start.group(1) else (base - 1 if base is not None else None)
    end = int(joined.group(1)) if joined.group(1) else year if year is not None else (span[1] if span else None)
    # (从2004年人均每月700元: 人均每月 stays the thing's, as the per-head figure it is)
    named = words.change_from.sub(lambda m: m.group("per") or "", found[i].metric).strip() or found[i].metric
    # 城乡居民人均可支配收入从…A和B分别提高到C和D: the town's, then the countryside's
    paired = _paired(named.removesuffix("分别"), count)
    for j in range(count):
        first, second = found[i + j], found[i + count + j]
        metric = named if count == 1 else paired[j] if paired else second.metric
        context = "" if count == 1 or paired else second.context  # not 城乡…, which would meet the other part
        # the level a change starts from is a result, in a plan too (从2025年的77%提高到80%以上)
        found[i + j] = replace(first, metric=metric, context=context, year=then, period_years=None, kind="result")
        found[i + count + j] = replace(second, metric=metric, context=context, year=end)


def _paired(named: str, count: int | None = None) -> list[str]:
    """The names of the things a word naming two at once stands for (城乡居民人均可支配收入: 城镇…, 农村…), in its
    order, when a list gives as many figures (any number when ``count`` is None); [] otherwise."""
    pairs = load_lexicon().table("facts", "growth", "paired_words")
    word = next((w for w in pairs if w in named), None)
    if word is None or count not in (None, len(pairs[word])):
        return []
    return [named.replace(word, each) for each in pairs[word]]


def _sentence_facts(sentence: str, offset: int, section: Section, year: int | None, kind) -> list[Fact]:
    out: list[Fact] = []
    previous = ("", "")  # the last (metric, context) named in this sentence: 同比增长25%, 其中…7家 lean on it
    whole, head = "", ""  # the figure a run of 其中… parts belongs to, and the head noun of those parts
    opened = False  # a clause 其中 alone: the parts follow
    items = None  # the items of the last clause's 分别 list (城乡居民收入分别达…), for a clause of growths after it
    run: list[str] = []  # the things of the clauses just read, each giving one figure of its own
    for clause_match in _CLAUSE.finditer(sentence):
        clause, base = clause_match.group(), offset + clause_match.start()
        quoted = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", clause)]
        figures = [f for f in find_figures(clause) if not any(a < f.span[0] < b for a, b in quoted)]
        # 跃居全国第3位: the place is a rank (`_ranks`), no count of 位 to name by the words before it
        ranks = (*_words().rank.finditer(clause), *_words().rank_respectively.finditer(clause))
        ranked = [m.span() for m in ranks]
        # 全国第11个: a place, no count (its noun's figures stay: 首批300名人才正式入住60套)
        ranked += [(m.start(), m.start("noun")) for m in _words().first.finditer(clause)]
        figures = [f for f in figures if not any(a <= f.span[0] < b for a, b in ranked)]
        parent = previous
        found = _item_growths(clause, figures, items) or _clause_facts(clause, figures, parent)
        items = _respectively(clause, figures) or (items if found and found[0][2] == "growth" else None)
        # 接待国内游客4.16亿人次、入境游客936万人次，分别增长6.7%、39.6%: the things the clause before gave figures of
        items = items or _valued_items(found)
        # 城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%: the things
        # of a run of clauses each giving one figure of its own thing
        run = [*run, found[0][0]] if len(found) == 1 and found[0][2] == "value" and found[0][0] else run
        run = run if not figures or len(found) == 1 else []
        items = items or (_valued_items([(m, None, "value", "", ()) for m in run]) if len(run) > 1 else None)
        if clause.lstrip().startswith("其中"):
            whole, head = parent[0], (found[-1][0][-2:] if found else "")
            opened = not found and bool(whole)
        elif opened and found:
            # 其中，工业类3个、城市建设类28个: the parts come in the clause after 其中, each a part of the whole
            found = [(m, f, a, whole, sib) for m, f, a, _c, sib in found]
            head, opened = found[-1][0][-2:], False
        elif whole and found and not found[0][3] and found[0][0][-2:] == head:
            # 其中品牌企业3家以上,注册资本1000万元以上的企业6家以上: the list of parts goes on
            found = [(m, f, a, c or whole, sib) for m, f, a, c, sib in found]
        else:
            whole = ""
        for metric, figure, aspect, context, siblings in found:
            qualifier = _plan_qualifier(clause[: figure.span[0]], figure.qualifier)
            out.append(
                Fact(
                    metric,
                    figure.value,
                    figure.unit,
                    aspect,
                    year,
                    kind,
                    figure.text,
                    sentence,
                    section.path,
                    (base + figure.span[0], base + figure.span[1]),
                    qualifier,
                    figure.high,
                    context,
                    siblings,
                )
            )
            if aspect == "value" or metric:
                previous = (metric, context)  # 地区生产总值增长7.5%,达到326.4亿元: the value leans on the growth
        named = _measure_named(clause) if not figures else ""
        if not figures and not ranked and (named or not previous[0]):
            # 基本完成总部一期楼宇招商,力争产值突破30亿元: a clause of no figure says what the next bare one is of;
            # …东盟进出口分别增长…，全省进出口总值创历史新高，达到5379亿元: one naming a measure, whatever came before
            previous = (named, clean_metric(clause))
        for metric, value, unit, span, text, context, then in _ranks(clause, previous):
            out.append(
                Fact(
                    metric,
                    value,
                    unit,
                    "rank",
                    _start_year(then, year),
                    kind,
                    text,
                    sentence,
                    section.path,
                    (base + span[0], base + span[1]),
                    None,
                    None,
                    context,
                )
            )
    return out


def _started(began: re.Match | None) -> int | None:
    """The year a change of rank starts in, as its words name it (由2020年的: 2020; 由上年: -1, the year before)."""
    if began is None:
        return None
    return int(began.group(1)) if began.group(1) else (-1 if began.group("last") else None)


def _start_year(then: int | None, year: int | None) -> int | None:
    """The year of a place a change of rank starts from: the year named (由2020年的第5位), the year before the
    sentence's (-1: 由上年居世界第四位), else the sentence's own."""
    if then is None or year is None:
        return year
    return year - 1 if then == -1 else then


def _measure_named(clause: str) -> str:
    """The measure a clause of no figure names, up to its measure noun (全省进出口总值创历史新高 → 进出口总值); ""
    when it names none."""
    found = list(_words().measure.finditer(clause))
    return clean_metric(clause[: found[-1].end()]) if found else ""


def _valued_items(found):
    """The (items, subject, sign) a clause of bare growths after it may go with: the things of a clause giving two
    or more figures, each of its own thing (国内游客4.16亿人次、入境游客936万人次); None otherwise."""
    values = [metric for metric, _f, aspect, _c, _s in found if aspect == "value" and metric]
    if len(values) < 2 or len(set(values)) != len(values) or len(values) != len(found):
        return None
    return values, "", ""


def _item_growths(clause: str, figures: list[Figure], items):
    """…分别达6.9万元、3.4万元，增长4.2%、5.3%: a clause of bare growths, one for each item of the list before."""
    lead = _words().growth_list.match(clause.lstrip())
    if not items or not lead or len(figures) != len(items[0]) or any(f.unit != "%" for f in figures):
        return []
    parts, subject, _ = items
    falling = lead.group(1) in _words().falling
    return [
        (part, _negated(f) if falling else f, "growth", subject, tuple(p for p in parts if p != part))
        for part, f in zip(parts, figures, strict=True)
    ]


def _plan_qualifier(prefix: str, qualifier: str | None) -> str | None:
    plan = _words().plan.search(prefix)
    return (plan.group() + (qualifier or "")) if plan else qualifier


def _is_bare(metric: str) -> bool:
    """A metric too short to name anything alone (累计, 竣工, 国家级): it leans on the one before."""
    return len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", metric)) < 3


@dataclass
class _Reading:
    """Where the reading of one clause stands: the next figure's words start at ``cursor``."""

    cursor: int = 0
    pending: str = ""  # thresholds like 10亿元以上 belong to the name of the next figure
    last: tuple[str, str] = ("", "")  # the last (metric, context) named
    listed: str = ""  # the first metric of a list joined by 、 (贷款5000万元、风险投资6000万元): later items share it
    counted: bool = False  # the figure before counted the noun after it: this one's words start with its verb
    counted_before: bool = False  # so did the one before the figure being read
    growth_unit: str = ""  # the unit of the figure before when it was a change (分别提高221元、90元: 90元 is one too)


def _clause_facts(clause: str, figures: list[Figure], parent: tuple[str, str]):
    """(metric, figure, aspect, context, siblings) for each figure of a clause."""
    facts = []
    respectively = _respectively(clause, figures)
    reading = _Reading(last=parent)
    for i, figure in enumerate(figures):
        later = figures[i + 1] if i + 1 < len(figures) else None
        after = clause[figure.span[1] : figure.span[1] + 1]
        bound = (figure.qualifier or "").endswith(("以上", "以下")) and after not in "、，,；;"
        if later and (after == "的" or bound) and not respectively:
            continue  # a threshold or attribute inside the next figure's name (投资1000万元以上项目11个), not one
            # ending a figure of a list (城镇新增就业47万人以上、城镇调查失业率控制在5.5%以内)
        fact = _against_benchmark(_figure_fact(clause, figures, i, respectively, parent, reading), reading)
        facts.append(fact)
        if fact[2] == "value" or fact[0]:
            reading.last = (fact[0], fact[3])
    return _of_entity(clause, facts)


def _figure_fact(clause: str, figures: list[Figure], i: int, respectively, parent: tuple[str, str], reading: _Reading):
    """The (metric, figure, aspect, context, siblings) of figure ``i``, moving ``reading`` past it."""
    figure = figures[i]
    prefix = clause[reading.cursor : figure.span[0]]
    reading.cursor = figure.span[1]
    words = _words()
    changed = figure.unit in words.growth_units or any(u in (figure.unit or "") for u in words.money_changed)
    growth = words.growth.search(prefix) if changed else None
    listed = prefix.strip() == "、" and bool(reading.growth_unit) and figure.unit == reading.growth_unit
    listed = listed and figure.unit not in words.growth_units
    aspect = "growth" if growth or listed or (respectively and respectively[2]) else "value"
    if growth:
        prefix = prefix[: growth.start()]
    metric = clean_metric(reading.pending + _own_words(prefix, i))
    rate = _words().rate.search(metric) if figure.unit == "%" else None
    if rate:  # R&D经费年增长率达到30%: a growth rate written as a value
        aspect, metric = "growth", metric[: rate.start()]
    reading.pending = ""
    end = figures[i + 1].span[0] if i + 1 < len(figures) else len(clause)
    raw_following = clause[figure.span[1] : end]
    listing = raw_following.lstrip().startswith(("、", "和", "及"))
    following = _list_tail(clause, figures, i) if listing else clean_metric(raw_following)
    # 首批500名高层次人才正式入住100套人才公寓: after a count of the noun before, words only of doing name nothing
    reading.counted_before, reading.counted = reading.counted, False
    doing = reading.counted_before and doing_only(metric)
    named = _named(clause, figures, i, metric, following, aspect, prefix, respectively, parent, doing)
    metric, context, siblings, named_after = named
    if aspect == "growth" and not metric and i > 0 and reading.last[0] and prefix.lstrip().startswith("、"):
        metric, context = reading.last  # 其中接待入境游客突破240万人次、增长19.1%: the growth of the figure before
    if named_after:
        counted = _counted(raw_following, figure, i + 1 < len(figures))
        if counted:  # 为5.01万名农民工追回欠薪6.83亿元: 农民工 is what 5.01万 counts, 追回欠薪 what was done
            metric, following = clean_metric(counted), clean_metric(raw_following[len(counted) :])
        reading.counted = bool(counted)
        reading.cursor = figure.span[1] + (len(counted) or len(raw_following))  # this figure's words, not the next's
    context = _borrowed_context(metric, context, prefix, named_after, reading)
    if not context and _is_bare(metric):
        metric, context = _leaning(metric, reading.last)
    if aspect == "value" and following and following not in context:
        context = f"{context} {following}".strip()  # 总部一期9个项目全面竣工: the words after a figure
    if aspect == "value" and not prefix.lstrip().startswith("、"):
        reading.listed = metric
    falling = growth and any(w in growth.group(1) for w in _words().falling)
    if falling or (respectively and respectively[2] == "-"):
        figure = _negated(figure)
    reading.growth_unit = figure.unit if aspect == "growth" else ""
    return metric, figure, aspect, context, siblings


def _counted(following: str, figure: Figure, more: bool) -> str:
    """What a count written before its noun counts when another figure follows in the clause: the noun up to the
    verb (在14个市州城区和兰州新区增补义务教育学位2万个: 14 counts 市州城区和兰州新区; the verb and what follows are
    the 2万个's); "" when the words after it are all its own."""
    written = any(ch.isdigit() for ch in figure.text)  # not 六大, 十三届: a group's or a series' name
    if not more or not written or to_base(1.0, figure.unit)[1] not in _words().count_units:
        return ""
    words = tagged(following)
    if not words or words[0][1][:1] != "n" or following.rstrip().endswith(_words().joiners):
        return ""  # 新建7家高质量概念验证平台和6家高质量孵化器: a list of things counted, each its own words
    end = next((i for i, (w, flag) in enumerate(words) if i > 0 and _ends_noun(w, flag)), len(words))
    noun = "".join(w for w, _f in words[:end])
    # 2个项目列入国家重点新产品计划: a noun this short (项目, 企业) names nothing alone; the words after are its own
    return noun if len(noun) > 2 and following[len(noun) :].strip(" ，," + "".join(_words().joiners)) else ""


def _ends_noun(word: str, flag: str) -> bool:
    """Whether a word ends the noun a count counts: a verb of two characters or more (jieba tags one-character
    verbs inside names: 国考断面), a preposition, an adverb or a mark."""
    return (flag in ("v", "vd") and len(word) > 1) or flag in ("p", "d", "ad", "x")


def _list_tail(clause: str, figures: list[Figure], i: int) -> str:
    """The words after the last of a run of bare figures joined by 、 that all of them measure (完成1.8万户、189万平方米
    棚改任务: both are of 棚改任务); "" when an item has words of its own (新增A企业5家、B企业3家)."""
    j = i
    while j + 1 < len(figures) and clause[figures[j].span[1] : figures[j + 1].span[0]].strip() == "、":
        j += 1
    if j == i:
        return ""
    end = figures[j + 1].span[0] if j + 1 < len(figures) else len(clause)
    return clean_metric(clause[figures[j].span[1] : end])


def _own_words(prefix: str, i: int) -> str:
    """The words before figure ``i`` that are its own: after a list mark that closes the figure before's words
    (迈上4个万亿元台阶、达14.2万亿元: 万亿元台阶 is the 4's, 达 the 14.2's), not the whole run since that figure."""
    before, mark, after = prefix.rpartition("、")
    return after if i > 0 and mark and before.strip() else prefix


def is_gap(fact: Fact) -> bool:
    """Whether a figure is a gap to a whole the report's place is part of (高于全国8.5个百分点)."""
    return _words().benchmark.search(fact.context) is not None


def passed_only(fact: Fact) -> bool:
    """Whether a figure is a bound or milestone passed, not the figure reached (突破4000亿元, 迈上6万亿元台阶)."""
    words = _words()
    return fact.text.startswith(words.leads) or _after(fact).startswith(words.milestones)


def is_per_thing(fact: Fact) -> bool:
    """Whether a figure is per so many of a thing (每万城镇常住人口拥有社区工作者19.2人)."""
    return _words().per_thing.search(fact.metric) is not None


def _against_benchmark(fact: tuple, reading: _Reading) -> tuple:
    """民间投资增长2.1%、高于全国8.5个百分点: a gap to the whole country (province, average) is of the thing named
    before it, the comparison its context; a gap in points of a thing that is no rate is a gap of growths."""
    metric, figure, aspect, context, siblings = fact
    gap = _words().benchmark.search(metric)
    if gap is None:
        return fact
    named = metric[: gap.start()].strip() or reading.last[0]
    if not named:
        return fact
    growth = figure.unit in ("个百分点", "百分点") and not _words().rate_noun.search(named)
    return named, figure, "growth" if growth else aspect, gap.group(), siblings


def _named(clause, figures, i, metric, following, aspect, prefix, respectively, parent, doing=False):
    """What figure ``i`` measures when its own words do not say it alone: (metric, context, siblings, named after)."""
    figure = figures[i]
    after = clause[figure.span[1] : figure.span[1] + 1]
    if figure.ordinal and following:
        return following, metric, (), False  # 成功举办第十届中国科技创业计划大赛: the tenth of what follows
    if respectively:
        parts, shared, _ = respectively
        k = i - (len(figures) - len(parts))
        if 0 <= k < len(parts):
            return parts[k], shared, tuple(p for j, p in enumerate(parts) if j != k), False
        return metric, "", (), False
    if clause.lstrip().startswith("其中") and parent[0]:
        return metric, parent[0], (), False  # 其中10亿元以上7家: a part of the metric before
    if after == "的" and _is_bare(metric) and not _is_bare(following):
        return following, metric, (), True  # 努力完成4000户的改造任务: what the figure is of follows it
    if after == "的":
        return metric, following, (), False  # 总投资约30亿元的宁波国际智慧物流产业园
    bare = _is_bare(metric) or doing
    if (prefix.rstrip().endswith("等") or bare) and not _is_bare(following) and aspect == "value":
        return following, metric, (), True  # 围海集团、均胜集团等2家企业上市; 确保2-3个项目完成…
    return metric, "", (), False


def _leaning(metric: str, last: tuple[str, str]) -> tuple[str, str]:
    """(metric, context) of a figure whose own words are too few: the figure before names it. A running total
    (累计达76家 after 新认定高新技术企业14家) is that thing's total: 累计高新技术企业."""
    if not metric:  # 较2020年提高1.16岁、达到79.72岁: the level is of 人均预期寿命, not of its change
        named = _words().change_tail.sub("", last[0])
        return (named, last[1]) if named else last
    if metric in _words().running_totals and last[0]:
        thing = _words().addition_lead.sub("", last[0])
        return (metric[:2] + thing if len(thing) >= 2 else metric), last[0]
    return metric, last[0] or last[1]


def _borrowed_context(metric: str, context: str, prefix: str, named_after: bool, reading: _Reading) -> str:
    """The context a figure borrows from the one before it: a list's first item, or the same kind of figure."""
    if context or _is_bare(metric):
        return context
    last = reading.last[0]
    if reading.counted_before:  # 37家中央定点帮扶单位援助资金31.08亿元: the things counted are whose it is
        return last
    if prefix.lstrip().startswith("、") and reading.listed and not named_after:
        return reading.listed
    if last and len(metric) <= 4 and metric[-2:] == last[-2:] and last not in metric:
        return last  # 新开工房屋建筑面积117万平方米,竣工面积104万平方米: the same kind of figure
    return context


def _of_entity(clause: str, facts: list) -> list:
    """总规模100亿元、首期投资30亿元的海洋产业基金: the items of a list ending in 的 are all of that entity."""
    if not facts or clause[facts[-1][1].span[1] : facts[-1][1].span[1] + 1] != "的":
        return facts
    entity = facts[-1][3]
    return [
        (m, f, a, c if entity in c else f"{c} {entity}".strip(), sib)
        if clause[f.span[1] : f.span[1] + 1] == "、"
        else (m, f, a, c, sib)
        for m, f, a, c, sib in facts
    ]


def _respectively(clause: str, figures: list[Figure]):
    """For 一期、二期入驻率分别达到92%和74%: the items, the whole subject, and '+'/'-' for a growth, else ''."""
    m = re.search(r"分别", clause)
    if not m:
        return _paired_two(clause, figures)
    if len(figures) < 2:
        return None
    subject = clause[: m.start()]
    parts = [clean_metric(p) for p in re.split(r"[、和及与]", subject) if clean_metric(p)]
    listed = [clean_metric(p) for p in subject.split("、") if clean_metric(p)]
    if len(parts) != len(figures) and len(listed) == len(figures):
        parts = listed  # 汽车及零部件、新材料…分别增长: 及 inside an item (汽车及零部件) joins no two items
    if len(parts) == 1:  # 城乡居民人均可支配收入分别达6.9万元、3.4万元: the town's figure, then the countryside's
        parts = _paired(parts[0]) or parts
    if len(parts) < 2:
        return None
    parts = _phases_shared(parts)  # 研发园一期、二期入驻率: 研发园一期入驻率, 研发园二期入驻率
    tail = _shared_tail(parts)
    parts = [p + tail for p in parts[:-1]] + [parts[-1]] if tail else parts
    growth = _words().respectively.match(clause[m.start() :])
    if growth and clause[m.start() + growth.end() :].startswith(("到", "至")):
        growth = None  # 分别提高到801元/月、7226元/年: the levels reached, no growth
    sign = "" if not growth else ("-" if growth.group(1) in _words().falling else "+")
    return parts, clean_metric(subject), sign


def _paired_two(clause: str, figures: list[Figure]):
    """城乡居民人均可支配收入达到2.36万元和1.53万元: two figures joined by 和 after a word naming two things at once
    are each one's, in its order, without 分别."""
    if len(figures) != 2 or clause[figures[0].span[1] : figures[1].span[0]] != _words().paired_joiner:
        return None
    before = clause[: figures[0].span[0]]
    if figures[0].unit != figures[1].unit:
        return None
    if "，" not in before and "," not in before and (grown := _grown_two(before)):
        return grown
    if any(joiner in before for joiner in (*_words().joiners, "，", ",")):
        return None  # 城乡居民参加养老保险和基本医疗保险参保率…90%和98%: the two things are named apart
    subject = clean_metric(clause[: figures[0].span[0]])
    parts = _paired(subject, 2)
    return (parts, subject, "") if parts else None


def _grown_two(before: str):
    """城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: two things joined by 和 before one growth verb
    and two growths joined by 和 are each one's, in order, as with 分别; None otherwise."""
    growth = _words().growth.search(before)
    if not growth:
        return None
    subject = before[: growth.start()]
    parts = [clean_metric(p) for p in subject.split(_words().paired_joiner)]
    if len(parts) != 2 or not all(parts) or any(j in subject for j in _words().joiners if j != _words().paired_joiner):
        return None
    return parts, clean_metric(subject), "-" if any(w in growth.group(1) for w in _words().falling) else "+"


def _shared_tail(parts: list[str]) -> str:
    """The name the last item of a list carries for all (交通、水利、能源领域投资额: 领域投资额; 国家级、部级创新平台:
    创新平台, the last item ending as the others do, in 级); "" when the items stand whole."""
    lengths = {len(p) for p in parts[:-1]}
    last = parts[-1]
    ending = {p[-1] for p in parts[:-1]}
    if len(ending) == 1 and min(lengths) <= 4:
        at = last.find(next(iter(ending)))
        if 0 < at < len(last) - 2:
            return last[at + 1 :]
    if len(lengths) == 1 and len(last) > min(lengths) + 1 and min(lengths) <= 4:
        return last[min(lengths) :]
    return ""


def _phases_shared(parts: list[str]) -> list[str]:
    """Phases listed with the thing named before the first and the measure after the last (研发园一期、二期入驻率):
    each phase with both; the parts as they are otherwise."""
    found = [_words().phase_item.match(p) for p in parts]
    if len(parts) < 2 or not all(found):
        return parts
    head, tail = found[0].group("head"), found[-1].group("tail")
    bare = all(not m.group("head") and not m.group("tail") for m in found[1:-1])
    if not head or not tail or found[0].group("tail") or found[-1].group("head") or not bare:
        return parts
    return [f"{head}{m.group('phase')}{tail}" for m in found]


def _listed_ranks(clause: str):
    """营收和利润分别居全国第5、第6位: each item's place, the items sharing the first one's head (省属企业利润)."""
    for m in _words().rank_respectively.finditer(clause):
        items = [i for i in re.split(r"[和、及与]", clean_metric(m.group("items"))) if i]
        places = [to_number(n) for n in re.findall(r"第([一二三四五六七八九十\d]+)", m.group("places"))]
        if len(items) != len(places) or None in places:
            continue
        head = items[0][:-2] if len(items[0]) > 2 else ""
        for k, (item, place) in enumerate(zip(items, places, strict=True)):
            metric = item if k == 0 or len(item) > 2 else head + item
            yield metric, float(place), "位", m.span(), m.group(), m.group("scope") or "", None


def _ranked(before: str, previous: tuple[str, str]) -> tuple[str, str]:
    """The thing a place in a clause is of, and its context: the words before it (光热在建规模居全国首位), or the
    thing named before when those words are too few or give a figure of it (利用率达94.5%、连续5年保持西北第一:
    利用率, not 利用率达94.5%)."""
    own = clean_metric(before)
    if own in _words().growth_rank_words and previous[0]:  # …增长13.8%，增速全省第一: the growth's place
        return f"{previous[0]}{_words().growth_rank_suffix}", previous[1]
    figures = find_figures(own)
    valued = bool(figures) and not re.sub(r"[\W_]", "", own[figures[-1].span[1] :])  # 14种农产品产量 names things
    if not _is_bare(own) and not valued:
        return own, ""
    # 地区生产总值增长6.0%、全省第二: the place right after a growth is the growth's (its 增速), not the level's
    grown = valued and figures[-1].unit in _words().growth_units and _words().growth.search(own[: figures[-1].span[0]])
    return (f"{previous[0]}{_words().growth_rank_suffix}", previous[1]) if grown and previous[0] else previous


def _negated(figure: Figure) -> Figure:
    return replace(figure, value=-figure.value)


def _ranks(clause: str, previous: tuple[str, str]):
    """Rank statements: 居全市第四位 (of the clause's or the previous metric), 全市首家科技银行, 第四个研发基地;
    each with its counter (位, 家, 个)."""
    yield from _listed_ranks(clause)
    start: tuple[str, str] | None = None  # the place a change of rank starts from (从全球第11位跃升至第7位)
    for m in _words().rank.finditer(clause):
        value = 1.0 if m.group("first") else to_number(m.group("n"))
        if value is None or _words().rank_list.match(clause[m.end() :]):
            continue  # 营收和利润分别居全国第5、第6位: a list of places, each its item's, not read here
        before = clause[: m.start()]
        began = _words().change_from.search(before[-12:])  # 由上年居世界第四位: the place a change starts from
        metric, context = _ranked(before[: len(before) - len(began.group())] if began else before, previous)
        scope = m.group("scope") or m.group("scope2") or ""
        then = None
        if start is not None:  # …跃升至第7位: the place the change ends at, of the same thing in the same scope
            (metric, scope), start = start, None
        elif began or _words().change_start.search(before):
            start = (metric, scope)
            then = _started(began)
        yield metric, value, "位", m.span(), m.group(), f"{context} {scope}".strip(), then
    for m in _words().rank_extreme.finditer(clause):  # 不良贷款率保持全国最低: the first place, said as the extreme
        metric, context = _ranked(clause[: m.start()], previous)
        if metric:  # 全球最大、国内首制…海船下水: an extreme said before its thing is the thing's attribute
            yield metric, 1.0, "位", m.span(), m.group(), f"{context} {m.group('scope')}".strip(), None
    for m in _words().first.finditer(clause):
        value = 1.0 if m.group("cls") else to_number(m.group("n") or "")
        if value is None:
            continue
        noun = re.split(r"[“”\"]", m.group("noun"))[0] or m.group("noun")
        # 第四个研发基地 is the fourth in 个, 全市首家 the first in 家
        yield clean_metric(noun), value, m.group("cls") or m.group("cls2"), m.span(), m.group(), clause, None
