"""A question, understood once: what time, kind, aspect, operation, metric and filter it asks for.

`QueryParser` (qa/parse.py) builds a `Query` from the text; follow-ups merge into the earlier `Query` slot by slot
(qa/conversation.py); the answerers read the slots and never the raw question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from qa.intent import Count, Intent

Kind = Literal["result", "target"]
Aspect = Literal["value", "growth", "share", "rank", "count"]
Operation = Literal["lookup", "difference", "change", "ratio", "sum", "comparison", "superlative"]
Wants = Literal["figure", "passage", "structure", "about"]  # about: the report itself (标题, 哪天作的)
COMPUTED: frozenset[str] = frozenset({"difference", "change", "ratio", "sum"})


@dataclass(frozen=True)
class TimeAsked:
    """The time a question asks about: years (relative words resolved), a plan period, or a shift in time."""

    years: tuple[int, ...] = ()
    period: str | None = None  # 十四五
    words: tuple[str, ...] = ()  # as asked: 去年, 2011年, 上一年
    shift: int | None = None  # 上一年 −1, 次年 +1: from the year asked before
    compared: bool = False  # 比去年多多少: the year is the other side of a comparison
    span: tuple[int, int] | None = None  # the years of the plan period or recent span asked (十四五期间, 过去五年)
    span_cued: bool = False  # 年均, 累计: a figure of a whole span is asked, its span unnamed
    yearly: bool = False  # 年均, 平均每年: a yearly average over the span is asked
    ends: bool = False  # 十四五末, 十四五收官之年: the span's last year, or the state the span ends in
    ahead: bool = False  # the span is a plan the report sets (十五五 in a 2026 report): its last year's goals too


@dataclass(frozen=True)
class MetricFilter:
    """What narrows a metric: a level (国家级), a threshold (5000万元以上), a phase (三期)."""

    level: str | None = None
    threshold: str | None = None
    phase: str | None = None
    below: bool = False  # 不到10亿元的企业
    count: Count | None = None  # 新增了几家 / 全区一共有多少家: the year's addition or the total
    stock: bool = False  # 现在总共有多少条: how many there are, asked with 有 and no verb of doing

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(w for w in (self.level, self.threshold, self.phase) if w)


@dataclass(frozen=True)
class Step:
    """One step from the report's top towards the heading asked about: a heading named by its words (with the
    years they name), or the n-th item of the list reached so far (negative from the end)."""

    words: str = ""
    years: tuple[int, ...] = ()
    index: int | None = None
    unit: str | None = None  # 方面 of 第一个方面: what the place is counted in
    section: str = ""  # the heading an earlier answer reached (它分几点 after 讲研发园的是第几项), by its path


PositionAsk = Literal["count", "every", "item", "counted", "place", "edge", "figures"]


@dataclass(frozen=True)
class Position:
    """A place in the report's outline and what is asked of it: how many items its list has (``count``), all
    of them (``every``), the item itself (``item``), what a counted phrase in it covers (``counted``), or which
    place in its list the item named holds (``place``: 讲软件园的是第几条; ``path`` then names the list or the
    part it is counted in, ``item`` the words naming the item, and ``heading`` asks the heading that holds it:
    “人才特区”建设那条属于第一部分哪个方面), or how its text opens or ends (``edge``: 第二部分开头怎么说)."""

    path: tuple[Step, ...] = ()  # from the report's top; empty for the report itself
    ask: PositionAsk = "item"
    unit: str | None = None  # 点, 条, 部分
    counted: str | None = None  # 两大基地: the phrase whose items are asked
    counted_number: int | None = None
    counter: str = ""  # 大 of 两大基地, 个 of 三个特区
    counted_noun: str = ""  # 基地, 特区: what the counted items are
    pick: int | None = None  # 第三个特区下面要做些什么: the n-th item of the counted phrase
    noun: str = ""  # 第一个国家级…: an ordinal before a noun, a list position only when a list was just named
    item: str = ""  # 讲研发园的 of 讲研发园的是第几项重点工作; empty: the item the earlier answer was cited from
    heading: bool = False  # 属于哪个方面: the heading of the place asked, not its number
    edge: Literal["start", "end"] = "start"  # with ask ``edge``: the opening (开头) or the end (最后一句)
    run: int | None = None  # with ask ``every``: the first n items (前五项), or the last n when negative (后五项)

    @property
    def count(self) -> bool:
        return self.ask == "count"

    @property
    def every(self) -> bool:
        return self.ask == "every"

    @property
    def index(self) -> int | None:
        """The place of the item asked (1-based, negative from the end), when an item is asked."""
        return self.path[-1].index if self.ask == "item" and self.path else None

    @property
    def list_words(self) -> str:
        return "".join(step.words for step in self.path)

    @property
    def named(self) -> bool:
        """Whether the question names a heading of its own (not only places in a list named before)."""
        return any(step.words for step in self.path)


@dataclass(frozen=True)
class Lean:
    """How a question leans on the turn before it."""

    follow_up: bool = False  # 那……呢, a bare aspect or year
    points_back: bool = False  # 它…, 这一项…, 具体有哪些
    operation_start: bool = False  # 比去年多多少
    part_of: bool = False  # 其中…呢
    correction: bool = False  # 不对，我问的是…
    choice: int | None = None  # 第二个: an option of an ask-back, by position
    chooser: str = ""  # 力争的那个: an option, by its words
    other: bool = False  # 另一个呢: the option of an ask-back not chosen yet
    where: bool = False  # 它在哪一节提到的: where the earlier answer stands in the report
    into: bool = False  # 下面第三点讲啥: a place inside the item just named, not beside it


@dataclass(frozen=True)
class Part:
    """One figure a computed or compared question names (2012年目标 | 2011年): its own time, kind and metric."""

    text: str
    years: tuple[int, ...] = ()
    kind: Kind | None = None
    metric: str = ""  # empty when the part names no metric of its own (比去年多多少)
    qualifiers: tuple[str, ...] = ()
    aspect: Literal["value", "growth", "rank"] = "value"
    modifier: str = ""  # words too slight to name a metric alone (新增, 省), which qualify the others' noun
    span: tuple[int, int] | None = None  # the plan period the part names (“十四五”末城镇化率)
    ends: bool = False  # the part asks the span's end (十四五末)


@dataclass(frozen=True)
class Stated:
    """A figure the question writes itself (用1100亿和850亿算一下, GDP为什么达到300亿元)."""

    value: float
    unit: str
    text: str
    threshold: bool = False  # 注册资本1000万元以上的项目: part of a name, not a claim
    bound: Literal["", "above", "below", "about"] = ""  # 是不是超过700件: the claim is a bound, not the figure


@dataclass(frozen=True)
class Claim:
    """What a question takes for granted: a figure (GDP达到300亿元), a fall (GDP下降了), an order (比2011年还低)."""

    kind: Literal["figure", "fall", "order"]
    query: Query  # the claim's own words, understood (for an order: a comparison of its two parts)
    figure: Stated | None = None
    word: str = ""  # the fall claimed (下降)
    higher: bool = False  # an order: the first part claimed the higher
    asked: bool = False  # 是不是超过1000亿: the question asks whether it holds, not takes it for granted


@dataclass(frozen=True)
class Extreme:
    """哪一项增速目标最高: the highest or lowest of a set named by ``metric``."""

    word: str  # 最高
    high: bool
    growth: bool
    metric: str


@dataclass(frozen=True)
class Query:
    """A question, understood; ``given`` names the slots its own words set (the rest came from earlier turns)."""

    text: str
    wants: Wants = "passage"
    time: TimeAsked = field(default_factory=TimeAsked)
    kind: Kind | None = None
    qualifiers: tuple[str, ...] = ()  # 确保, 力争, 以上…
    aspect: Aspect = "value"
    operation: Operation = "lookup"
    metric: str = ""  # the words naming the metric
    filter: MetricFilter = field(default_factory=MetricFilter)
    unit: str | None = None
    position: Position | None = None
    words: str = ""  # the words of a passage question
    lean: Lean = field(default_factory=Lean)
    given: frozenset[str] = frozenset()
    section: str | None = None  # the section an earlier answer was cited from (where a follow-up looks first)
    topic: str = ""  # an earlier passage question's words: context for a follow-up, weighing less than its own
    near: str = ""  # the sentence the earlier figure was quoted from, for 其中… (a part of it)
    talked: tuple[str, ...] = ()  # the conversation's latest answers, as shown: of figures tied, the one they quoted
    figure: bool = False  # a figure is asked (多少, 几, 增长…), whatever else is
    passage: bool = False  # words asking what, which or how (哪些, 什么, 如何)
    own: tuple[str, ...] = ()  # the words naming its topic (not time, frame, aspect or qualifier words)
    field: str = ""  # 在教育上花了多少钱: the field money went to, which a figure answering it names
    parts: tuple[Part, ...] = ()  # a computed or compared question's figures, in the order named
    count: int | None = None  # 三级加起来, 两个加起来: how many figures the question counts
    remainder: bool = False  # 不是发明专利的有多少件: the first part less the second, a part stated of it
    whole: Part | None = None  # the question as one part (经营主体从689万户增至951万户)
    stated: tuple[Stated, ...] = ()  # figures the question writes, in order (from … to: the change's order)
    fall: bool = False  # a fall is named (下降了多少, 降幅)
    rise: bool = False  # a rise is named (增长, 增速)
    estimate: bool = False  # 倒推 / 大概: a figure the report does not give may be worked back from one it does
    claims: tuple[Claim, ...] = ()
    extreme: Extreme | None = None
    head: str = ""  # 讨回了多少欠薪: the thing the figure is asked of, said right after 多少

    @property
    def years(self) -> tuple[int, ...]:
        return self.time.years

    @property
    def cues(self) -> tuple[str, ...]:
        return self.qualifiers

    @property
    def metric_text(self) -> str:
        return self.metric

    @property
    def computed(self) -> bool:
        """Whether the answer is worked out from several figures (difference, change, ratio, sum)."""
        return self.operation in COMPUTED

    @property
    def fact_aspect(self) -> Literal["value", "growth", "rank"]:
        """The aspect of the facts that answer it: shares and counts are values."""
        if self.aspect == "growth":
            return "growth"
        return "rank" if self.aspect == "rank" else "value"

    @property
    def leans(self) -> bool:
        lean = self.lean
        return lean.follow_up or lean.points_back or lean.operation_start or lean.part_of or lean.correction

    def request(self) -> Intent:
        """What to look up in the fact table for this query."""
        operation = {"lookup": None, "comparison": "compare", "superlative": "compare"}.get(
            self.operation, self.operation
        )
        return Intent(
            self.years,
            self.kind,
            self.fact_aspect,
            operation,
            self.metric,
            self.unit,
            self.qualifiers,  # type: ignore[arg-type]
            self.filter.level,
            self.filter.count if len(self.parts) < 2 else None,  # 新增和优化的: each part says its own
            self.time.span,
            self.time.span_cued,
            self.time.ends,
            self.time.ahead,
            self.filter.stock,
        )
