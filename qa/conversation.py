"""A conversation as state: each follow-up's `Query` merged slot by slot into the one before it."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.tokens import doing_only
from qa.aliases import alias_groups
from qa.filters import asked_threshold
from qa.history import shown
from qa.listed import abbreviates
from qa.parse import QueryParser
from qa.query import Claim, Lean, MetricFilter, Part, Position, Query, Step, TimeAsked


@dataclass(frozen=True)
class Conversation:
    """The queries of the turns so far, as understood (follow-ups made whole), oldest first."""

    queries: tuple[Query, ...] = ()
    last_answer: str = ""

    @property
    def previous(self) -> Query | None:
        return self.queries[-1] if self.queries else None


def follow(conversation: Conversation, query: Query, parser: QueryParser, answer: str = "") -> Conversation:
    """The conversation with one more turn; ``query`` is merged into the turn before when it leans on it."""
    merged = _each_counted(conversation, merge(_went_on_from(conversation, query), query, parser))
    previous = conversation.previous
    merged = _estimated(conversation, query, merged)
    if query.lean.part_of and merged is not query:
        last = shown(conversation.last_answer)
        merged = replace(merged, near=last.quoted)
        if last.refused and conversation.previous is not None:
            merged = _part_of_refused(merged, conversation.previous)
    if conversation.previous is not None and conversation.last_answer:
        merged = replace(merged, talked=(*conversation.previous.talked, conversation.last_answer)[-_TALKED:])
    asked = tuple(c for c in query.claims if c.kind == "order" and c.asked)
    if previous is not None and asked:  # 那协议引进的目标是不是比去年还少: answered in a follow-up too
        claims = tuple(_claim_of_talk(c, previous) for c in asked)
        merged = replace(merged, claims=claims)
        if claims != asked:  # 是不是比去年还少: of the figure talked about, which the talk goes on with
            merged = replace(merged, time=previous.time, kind=previous.kind)
    if answer:  # where its answer was cited from: a follow-up looks there first
        merged = replace(merged, section=shown(answer).section or merged.section)
        merged = _about_clause(merged, answer)
    return Conversation((*conversation.queries, merged), answer)


def _estimated(conversation: Conversation, query: Query, merged: Query) -> Query:
    """An estimate asked goes on in the talk (那前年的固定资产投资呢 a turn or two after 倒推2010年GDP); asked anew,
    it asks a figure worked back, not the computation the talk made (倒推一下2010年 after 目标增速比去年低了几个点)."""
    if conversation.previous is None or merged is query:
        return merged
    if query.estimate and not query.given & {"operation", "aspect"}:
        return replace(merged, operation="lookup", aspect="value", parts=(), whole=None)
    recent = any(q.estimate for q in conversation.queries[-_ESTIMATE_BACK:])
    return replace(merged, estimate=True) if recent and query.leans else merged


_ESTIMATE_BACK = 3  # turns an estimate asked is carried over


def _went_on_from(conversation: Conversation, query: Query) -> Query | None:
    """The turn a follow-up goes on from: the one before, or, after a passage question the report could not
    answer (是哪一家？ of a count), the figure asked before it (那50亿以上的呢 filters that figure)."""
    queries = conversation.queries
    if _time_of_figure_quoted(conversation, query):
        return queries[-2]  # 今年呢 after 都有哪些重点机构 (quoting 新引进…机构50家): that figure at that time
    figure = _figure_named_back(queries, query)
    if figure is not None:
        return figure
    if len(queries) < 2 or not query.leans or not shown(conversation.last_answer).refused_passage:
        return conversation.previous
    refused = queries[-1]  # 是哪一家？ leaning on the figure, not 今年的目标破千亿了吧 (a question of its own)
    return queries[-2] if queries[-2].wants == "figure" and refused.leans else conversation.previous


def _figure_named_back(queries: tuple[Query, ...], query: Query) -> Query | None:
    """今年还要引进多少家 after passages on other things (哪些龙头企业设了研发中心) that followed 去年引进了多少研发
    机构: a figure question whose own words the passages do not hold but the figure asked just before them does
    (引进) goes on from that figure."""
    if not queries or query.wants != "figure" or not query.own or queries[-1].wants == "figure":
        return None
    for earlier in reversed(queries[-_FIGURE_BACK:]):
        if earlier.wants == "figure":
            return earlier if all(w in earlier.metric for w in query.own) else None
        if any(w in earlier.metric or w in earlier.words for w in query.own):
            return None
    return None


_FIGURE_BACK = 4  # turns a figure question may go back over passages to the figure it goes on from


def _time_of_figure_quoted(conversation: Conversation, query: Query) -> bool:
    """Whether a follow-up naming only a time or kind (今年呢) comes after a passage that quoted the very sentence
    the figure asked before it was given from: it asks that figure at the new time, not the passage's words."""
    queries = conversation.queries
    if len(queries) < 2 or query.own or not query.leans or not query.given <= {"time", "kind"}:
        return False
    figure, passage = queries[-2], queries[-1]
    if figure.wants != "figure" or passage.wants == "figure" or not passage.talked:
        return False
    quoted = shown(passage.talked[-1]).quoted
    return bool(quoted) and quoted in conversation.last_answer


def _part_of_refused(merged: Query, previous: Query) -> Query:
    """其中发明专利呢？ after 专利申请多少件 was refused: a part of a whole the report does not give keeps the whole's
    words (发明专利 of 专利申请), not another whole's part (发明专利 of 专利授权)."""
    if previous.wants != "figure" or not previous.metric or not merged.metric or previous.metric in merged.metric:
        return merged
    return replace(merged, metric=f"{previous.metric}{merged.metric}", own=(*previous.own, *merged.own))


_TALKED = 3  # answers: the figures they quoted settle a tie among figures a follow-up fits alike


def _claim_of_talk(claim: Claim, previous: Query) -> Claim:
    """是不是比去年还少？ after 2012年固定资产投资目标: an order claimed of no metric of its own is of the figure the
    talk is about, its first side at the talk's time and kind; 是不是比工业总产值还高 compares that figure with
    the one named."""
    parts = claim.query.parts
    if claim.kind != "order" or len(parts) not in (1, 2) or parts[0].metric or not previous.metric:
        return claim
    metric = previous.metric
    if len(parts) == 2 and parts[1].metric:  # 是不是比工业总产值还高: the talk's figure against the one named
        first = replace(parts[0], metric=metric, years=previous.years, kind=previous.kind)
        second = replace(parts[1], years=parts[1].years or previous.years)
        return replace(claim, query=replace(claim.query, metric=f"{metric} 比{parts[1].metric}", parts=(first, second)))
    talked = Part(previous.text, previous.years, previous.kind, metric, previous.qualifiers)  # 比去年高吗: 比 first
    first = replace(parts[0], metric=metric, years=previous.years, kind=previous.kind) if len(parts) == 2 else talked
    return replace(claim, query=replace(claim.query, metric=metric, parts=(first, replace(parts[-1], metric=metric))))


def _each_counted(conversation: Conversation, merged: Query) -> Query:
    """两个加起来 after two figures asked in turn: a sum of those figures, each as it was asked, so that 今年两者目标
    加起来呢 sums the same two at another time and kind."""
    n = merged.count or 0
    if merged.operation != "sum" or n < 2 or len(merged.parts) >= n or len(conversation.queries) < n:
        return merged
    asked = [q for q in conversation.queries[-n:] if q.wants == "figure" and not q.computed and q.metric]
    if len(asked) != n:
        return merged
    parts = tuple(Part(q.text, merged.years or q.years, q.kind, q.metric, q.qualifiers, q.fact_aspect) for q in asked)
    return replace(merged, parts=parts)


_SHORT_BODY = 40  # characters: a clause answered this short names the thing a follow-up goes on about


def _about_clause(query: Query, answer: str) -> Query:
    """A clause answering 哪个要建成 (建成老庙安置房), a question naming no thing: what 它 then points at, added to
    the topic."""
    said = shown(answer)
    clause = bool(said.quoted) and said.body != said.quoted and len(said.body) <= _SHORT_BODY
    if query.wants != "passage" or len(query.own) > 1 or not clause:
        return query
    return replace(query, topic=f"{query.topic} {said.body}".strip())


def merge(previous: Query | None, new: Query, parser: QueryParser) -> Query:
    """``new`` made whole from ``previous``: the slots it names replace the earlier ones, the rest are kept."""
    if previous is None:
        return new
    new = _placed_at_earlier(previous, new)
    about = _about_report(previous, new, parser)
    if about is not None:
        return about
    counted = _counted_in_earlier_item(previous, new, parser)
    if counted is not None:
        return counted
    listed = _listed_again(previous, new, parser)
    if listed is not None:
        return listed
    if _on_structure(previous, new, parser):  # 下一点呢: beside the item given; else somewhere in its list
        return _beside(previous, new, parser) or _structure_follow_up(previous, new, parser)
    if _names_heading(new) or (new.position is not None and new.position.ask in ("place", "edge")):
        return new  # 其中资本特区排第几点 / 这个提法出现在哪一节: asked of the outline, not of a figure
    if not _leans(previous, new, parser):
        return _shifted(previous, new, parser.report_year)
    new = _computation_pointed_at(previous, new, parser)
    if (
        new.wants == "passage"
        and not new.given & {"aspect", "operation"}
        and (new.lean.points_back or previous.wants != "figure" or (new.passage and not new.own))
    ):
        return _passage_follow_up(previous, new, parser)
    if new.passage and not new.figure:  # 三期主要招什么样的 after a figure: asks what, not how many
        return _passage_follow_up(previous, replace(new, position=None), parser)
    merged = _figure_follow_up(previous, new, parser)
    return replace(merged, text=render(merged, parser))


def _computation_pointed_at(previous: Query, new: Query, parser: QueryParser) -> Query:
    """2012年按目标算这个倍数呢 after 技工贸是GDP的几倍: the computation just made, asked at the time or kind named."""
    words = parser.lexicon.words
    pointer = parser.lexicon.regex("conversation", "follow_up", "computed_pointer_pattern").search(new.metric)
    if pointer is None or not previous.computed:
        return new
    rest = parser.target_nouns.sub("", new.metric.replace(pointer.group(), ""))
    for word in words("conversation", "follow_up", "computed_framing"):
        rest = rest.replace(word, "")
    if rest.strip():
        return new
    given = (new.given - {"metric", "unit"}) | {"operation"}
    return replace(new, operation=previous.operation, unit=previous.unit, metric="", own=(), given=given)


def _placed_at_earlier(previous: Query, new: Query) -> Query:
    """那是第几个方面 / 在第几项重点工作里: a place asked naming no item is the place of the earlier answer's."""
    position = new.position
    if position is None or position.ask != "place":
        return new
    if previous.section or position.item:
        return replace(new, section=previous.section)
    return replace(new, position=replace(position, item=previous.words))  # no answer given: the words asked


def _points_at_part(text: str, before: Position, parser: QueryParser) -> bool:
    """这部分 after an item picked by another unit (第一条): the part it was picked in."""
    pointer = parser.lexicon.regex("structure", "part_pointers").search(text)
    return pointer is not None and (before.unit is None or before.unit not in pointer.group())


def _about_report(previous: Query, new: Query, parser: QueryParser) -> Query | None:
    """副标题呢？ after 报告的标题是什么: the title page again; 谁作的报告 after a figure: the report itself, not the
    figure's topic; None for a question about what the report says."""
    if previous.wants == "about" and parser.asks_about_report(new.text, named=False):
        return replace(new, wants="about")
    return new if new.wants == "about" else None


def _counts_in_earlier_item(previous: Query, new: Query, parser: QueryParser) -> bool:
    """A count pointing back (这一项一共列了几个方面) at no place of its own, after an answer cited from an item;
    not one pointing at the part an item was picked in (这一方面总共几条 after 第三方面下面第一条)."""
    position, before = new.position, previous.position
    counts = position is not None and position.ask == "count" and not position.path
    if before is not None and before.ask == "item" and _points_at_part(new.text, before, parser):
        return False
    return counts and new.lean.points_back and bool(previous.section)


def _counted_in_earlier_item(previous: Query, new: Query, parser: QueryParser) -> Query | None:
    """这一项一共列了几个方面 / 这一项重点工作下面分几点 after an answer cited from an item: a count in that item."""
    item = previous.section if _counts_in_earlier_item(previous, new, parser) else None
    item = item or _item_of_list_named(previous, new, parser)
    if item is None or new.position is None:
        return None
    return replace(new, position=replace(new.position, path=(Step(section=item),)))


def _item_of_list_named(previous: Query, new: Query, parser: QueryParser) -> str | None:
    """这一项重点工作下面分几点: a pointer at an item, then the name of the list the earlier answer's item is in;
    the section of that item (not of a point inside it the answer was cited from)."""
    position, section = new.position, previous.section
    if position is None or position.ask != "count" or len(position.path) != 1 or not section:
        return None
    words = position.path[0].words
    pointer = parser.lexicon.regex("structure", "part_pointers").match(words)
    if pointer is None or position.path[0].index is not None:
        return None
    named = parser.lexicon.regex("structure", "pointer_pattern").sub("", words[pointer.end() :])
    headings = section.split(" > ")
    at = next((i for i, heading in enumerate(headings[:-1]) if named and named in heading), None)
    return " > ".join(headings[: at + 2]) if at is not None else None


def _names_heading(new: Query) -> bool:
    """A structure question naming a heading of its own (not 具体是哪几条, which points back)."""
    position = new.position
    if new.wants != "structure" or position is None:
        return False
    if position.ask == "counted" and position.counted and (not position.path or "“" in new.text):
        return True  # “四条禁令”具体是哪四条 / 这个“一个行动、两项工程”指什么: a counted phrase of its own
    return position.named and not new.lean.points_back


def _shifted(previous: Query, new: Query, report_year: int | None) -> Query:
    """次年/上一年 in a question of its own: a year counted from the one the conversation was at. A figure asked
    with no time of its own (服务业比工业总产值多多少 after 去年…) is asked at the conversation's time, unless it
    names a kind that time cannot have (GDP目标增速是多少 after 2011年…: a plan is of the year planned)."""
    if not previous.time.years:
        return new
    if new.time.shift is None:
        asks_figure = new.wants == "figure"  # not 报告讲了几方面不足: the outline is timeless
        if asks_figure and previous.figure and "time" not in new.given and not new.time.period:
            if _kind_out_of_time(previous.time.years, new, report_year):
                return new
            first = _first_side_time(previous, report_year)  # not the other side of a comparison (去年)
            return replace(new, time=first or replace(previous.time, compared=new.time.compared))
        return new
    years = tuple(y + new.time.shift for y in previous.time.years)
    return replace(new, time=replace(new.time, years=years))


def _kind_out_of_time(years: tuple[int, ...], new: Query, report_year: int | None) -> bool:
    """A plan asked (目标) of years all before the report's. (A result said, 已 or 完成, is no such sign: 已供地项目
    names a plan's figure.)"""
    if report_year is None or "kind" not in new.given or new.kind != "target":
        return False
    return all(y < report_year for y in years)


def _leans(previous: Query, new: Query, parser: QueryParser) -> bool:
    """Whether ``new`` cannot stand alone: a follow-up word, or a year, aspect or kind without a topic."""
    if new.lean.correction or new.lean.operation_start or new.lean.part_of or new.lean.points_back:
        return True
    own = new.own
    if own and len(new.text) <= 12 and _of_earlier_topic(previous, own):
        # 今年计划改造多少？ after …改造了多少户农村危房？ (去年实际引进了多少 after 引进各类人才): the same thing
        return True
    if new.lean.follow_up:
        return True
    if own and _only_filter(new, parser):
        return True  # 二期 / 国家级的: only a filter on the earlier metric
    if own and _share_of_two(previous) and _share_of_one(new):
        return True  # 工业总产值占多少 after a share of two: of the same whole
    if new.remainder and new.parts and not new.parts[0].metric:
        return True  # 非发明专利有多少件: a part taken out of a whole not named, the one asked before
    if new.computed and len(new.parts) >= 2 and _slight(new.parts):
        return True  # 新增和优化的加起来几条: parts naming only what sets them apart, of the earlier metric
    if own and len(new.text) <= 8 and not new.figure and not new.passage:
        return True  # 新开工的 / 竣工目标: a fragment naming what to look at next
    if own and previous.wants == "figure" and _modifier_only(new, parser):
        return True  # 有行业品牌影响力的？ after a count: which of those counted
    return not own and previous.wants != "structure"


def _modifier_only(new: Query, parser: QueryParser) -> bool:
    """有行业品牌影响力的？: a short phrase ending in 的 with no noun after it, asking nothing of its own (not
    高新区是哪一年成立的？)."""
    text = parser.trail.sub("", new.text)
    ends_in_de = "的" in new.text[len(text) :]  # the ending the trail took: 的？ / 的呢
    short = len(text) <= _MODIFIER_MAX and not parser.structure.which.search(text)
    return short and ends_in_de and not new.figure and not new.passage


_MODIFIER_MAX = 12


def _counts_listed(previous: Query, new: Query, parser: QueryParser) -> bool:
    """几个？/ 一共几项 / 一共几个领域 naming nothing new, after a passage question or a counted phrase's items: a
    count of the things the earlier question asked for, as the report lists them."""
    now, before = new.position, previous.position
    counted = now is not None and now.ask == "count" and not now.path
    by_kind = now is None and bool(parser.lexicon.regex("structure", "counted_by_kind_pattern").search(new.text))
    bare = (counted or by_kind) and set(new.own) <= set(previous.own)
    listed = previous.wants == "passage" or (before is not None and before.ask == "counted")
    return bare and listed and bool(previous.own)


def _listed_again(previous: Query, new: Query, parser: QueryParser) -> Query | None:
    """几个？ after 三年提升行动计划涵盖哪几个领域: the things just listed, counted; 把这几点列一下 after
    这一方面下面分了几点: the items just counted, listed; else None."""
    if _counts_listed(previous, new, parser):
        said = {"own": previous.own, "metric": previous.metric, "words": previous.words, "time": previous.time}
        position = new.position or Position(ask="count", unit="个")  # 一共几个领域: counted by their kind
        # (一共几个: the things counted, no sum of figures)
        return replace(new, wants="structure", position=position, operation="lookup", **said)
    if _lists_counted(previous, new, parser) and previous.position is not None:
        return replace(new, wants="structure", position=replace(previous.position, ask="every"))
    return None


def _lists_counted(previous: Query, new: Query, parser: QueryParser) -> bool:
    """Whether a list asked naming no list of its own, pointing back (把这几点列一下), follows a count of a
    heading's items."""
    before = previous.position
    if before is None or before.ask != "count" or not before.path or new.position is not None:
        return False
    pointer = parser.lexicon.words("asking", "figure", "pointing_words")
    asked = parser.structure.listing.search(new.text)
    return asked is not None and any(w in new.text[: asked.start()] for w in pointer)


def _next_to(previous: Query, new: Query, parser: QueryParser) -> int:
    """+1 for 下一点呢 and −1 for 上一条 after an item given by its place; 0 for anything else."""
    before = previous.position
    if before is None or before.ask != "item" or not before.path or before.path[-1].index is None:
        return 0
    lex = parser.lexicon
    if lex.regex("structure", "next_item_pattern").search(new.text):
        return 1
    return -1 if lex.regex("structure", "previous_item_pattern").search(new.text) else 0


def _beside(previous: Query, new: Query, parser: QueryParser) -> Query | None:
    """下一点呢 / 上一条: the place next to the item given, in the same list (倒数第二条 counts from the end, so 下一条
    is the last); None when the follow-up asks no such place or it runs off the list's start or end."""
    step = _next_to(previous, new, parser)
    before = previous.position
    index = before.path[-1].index if step and before is not None else None
    if index is None or not (index + step > 0 if index > 0 else index + step < 0):
        return None
    path = (*before.path[:-1], replace(before.path[-1], index=index + step))  # type: ignore[union-attr]
    return replace(new, position=replace(before, path=path), time=previous.time, wants="structure")


def _on_structure(previous: Query, new: Query, parser: QueryParser) -> bool:
    """第五项呢？/ 它下面分几点？/ 具体包括哪些？ after a question about the outline: it goes on from there."""
    before, now = previous.position, new.position
    if before is None or before.noun:
        return False
    if _next_to(previous, new, parser):
        return True  # 下一点呢: the item beside the one given
    if now is not None and before.ask == "edge" and now.ask == "count" and not now.path:
        return False  # 几个？ after 开头报了哪几个指标: the opening is a paragraph, none of its parts are counted
    if now is not None:  # 报告开头说了什么 names the report itself: not a place under the earlier one
        return not now.named and not (now.ask == "edge" and parser.structure.wholes.search(new.text))
    if before.ask == "place" and new.lean.follow_up and new.own and not new.figure:
        return True  # 资本特区呢 after 讲科技特区的是第几点: the place of another item
    asks_list = parser.list_asked.search(new.text) or parser.structure.listing.search(new.text)
    listing = new.passage or (new.wants == "passage" and bool(asks_list))
    naming = [w for w in new.own if not parser.structure.not_naming.fullmatch(w)]  # 各自的标题: 标题 names none
    if before.ask in ("count", "every") and not naming and listing and not new.figure:
        return True  # 分别是什么？/ 分别是？ after 总共分几部分？: the items just counted
    # (那家科技银行叫什么名字 names a thing the report writes, not the item just given; 具体包括哪些指标 and 它说的
    # 要素主要指哪些 name none but the item's own words)
    words = parser.lexicon.words
    said = {*words("structure", "counted_followers"), *words("structure", "item_nouns")}
    written = parser.report_text or ""
    named = any(len(w) > 1 and w not in said and w in written and w not in (previous.section or "") for w in new.own)
    return new.lean.points_back and before.ask == "item" and new.passage and not new.figure and not named


def _structure_follow_up(previous: Query, new: Query, parser: QueryParser) -> Query:
    """A place reached from the earlier turn's: the same list (第五项呢), the item just named (它下面分几点,
    具体包括哪些), a sibling of it (第四条), or an item of the counted phrase just listed (第三个特区)."""
    before = previous.position
    assert before is not None
    now = new.position or Position(ask="every")
    other = _asked_of_another(before, new, parser)
    if other is not None:  # 资本特区呢 / 第9条呢: the same asked of another item
        return replace(new, position=other, time=previous.time, wants="structure")
    if before.ask == "counted" and now.ask == "item" and len(now.path) == 1:
        position = replace(before, pick=now.path[0].index, noun="")
    elif now.ask == "counted":
        position = replace(now, path=before.path)
    elif now.ask == "place" and not now.path:
        position = _placed_again(previous, now, parser)
    else:
        base = before.path
        if before.ask == "place" and previous.section:  # 它分几点 after 第几项: that item
            base = (Step(section=previous.section),)
        lead = now.path[0] if now.path and now.path[0].index is not None else None
        if before.ask == "item" and lead is not None and not (new.lean.points_back or new.lean.into):
            if not _finer(before.unit, lead.unit, parser):
                base = _list_of(base, lead.unit, parser)  # 第四条 after 第三条, 第三节下面几项 after 第一节
        elif before.ask == "item" and len(base) > 1 and _points_at_part(new.text, before, parser):
            base = base[:-1]  # 这部分一共几条 after 党建部分第一条: the part, not the item picked in it
        elif before.ask == "item" and now.count and now.unit == before.unit and not new.lean.into:
            base = base[:-1]  # 一共几点 after 最后一点: the list that item is in
        unit = now.unit or (before.unit if base == before.path else None)  # 最后一个 of 几个方面: a 方面
        # 几条？ after 讲品牌的有哪几条: those items, not the whole list
        kept = before.item if before.ask in ("every", "count") and not now.path and not now.item else now.item
        position = replace(now, path=base + now.path, noun="", unit=unit, item=kept)
    time = new.time if "time" in new.given else previous.time
    return replace(new, position=position, time=time, wants="structure")


def _asked_of_another(before: Position, new: Query, parser: QueryParser) -> Position | None:
    """资本特区呢 after 讲科技特区的是第几点: the same place asked of another item; 第9条呢 after 重点工作第2条有几个
    小点 / 都有哪些: the earlier count or list asked of the item at the place now named, in the same list (a place in
    the unit of the earlier place, said with 呢 and nothing else). None for other follow-ups."""
    now = new.position
    if now is None:
        return replace(before, item=parser.trail.sub("", new.text)) if before.ask == "place" else None
    if before.ask not in ("count", "every") or now.ask != "item" or len(now.path) != 1 or not new.lean.follow_up:
        return None
    place, last = now.path[0], before.path[-1] if before.path else None
    if last is None or last.index is None or place.index is None or place.unit != last.unit or new.own:
        return None
    return replace(before, path=(*before.path[:-1], place))


def _list_of(path: tuple[Step, ...], unit: str | None, parser: QueryParser) -> tuple[Step, ...]:
    """The list a place in no deeper unit than the item reached counts in: the list of the item's own place, or,
    for a coarser unit (第一部分 after 第二个方面), the list of the first place counted as deep as it."""
    depth = parser.structure.depth(unit)
    for i, step in enumerate(path if depth is not None else ()):
        counted = parser.structure.depth(step.unit)
        if step.index is not None and counted is not None and counted >= depth:
            return path[:i]
    return path[:-1]


def _placed_again(previous: Query, now: Position, parser: QueryParser) -> Position:
    """A place asked after a place, naming no part: 那是第几个方面 in the part the earlier place was asked in; 是这个
    方面的第几条 after 人才公寓的内容在第一部分哪个方面, the same item's place in the heading just given."""
    before = previous.position
    assert before is not None
    if before.ask == "place" and before.item and not now.item and _finer(before.unit, now.unit, parser):
        path = (Step(section=previous.section),) if previous.section else before.path
        return replace(now, path=path, item=before.item)
    return replace(now, path=before.path if before.ask == "place" and not now.item else ())


def _finer(before: str | None, now: str | None, parser: QueryParser) -> bool:
    """第二点 after 第六项 / 最后一点呢 after 第四个方面: a place counted in a deeper unit than the item just named
    is a place inside that item (倒数第一条 after 第三项 stays in the same list)."""
    deeper, depth = parser.structure.depth(now), parser.structure.depth(before)
    return deeper is not None and depth is not None and deeper > depth  # 第三个: gone into only by 下面, 里面


def _passage_follow_up(previous: Query, new: Query, parser: QueryParser) -> Query:
    """具体有哪些措施？/ 它是哪一年建成的？: the earlier topic asked further, in its section."""
    # after a figure follow-up (二期的), the metric it was merged into (研发园入驻率) is what the talk is about
    metric = previous.metric if previous.wants == "figure" else ""
    said = parser.question_tail.sub("", previous.words)
    topic = " ".join(dict.fromkeys(w for w in (previous.topic, said, metric) if w))
    # 准备什么时候开工 after 去年办了哪些比赛: a plan asked is not of the results year the talk was at
    own_time = new.given & {"time"} or _kind_out_of_time(previous.time.years, new, parser.report_year)
    years = new.time if own_time else previous.time
    # 今年呢？ after 去年办了哪些比赛: the same topic at another time, which the earlier section does not speak of
    moved = bool(years.years) and bool(previous.time.years) and set(years.years) != set(previous.time.years)
    section = None if moved else previous.section
    followed = replace(new, topic=topic, time=years, section=section, wants="passage")
    bare = not parser.lead_word.sub("", parser.trail.sub("", parser.year_re.sub("", new.text))).strip()
    if moved and bare:  # 今年呢？: nothing said but the time, the earlier question asked again at that time
        again = asked_at(previous, years, parser)
        followed = replace(followed, words=again, own=previous.own, passage=previous.passage)
    # 今年还打算引多少 after 主要有哪些: a figure asked next is of the metric talked about, not of 有哪些
    return replace(followed, metric=metric, own=previous.own) if metric and not new.own else followed


def asked_at(previous: Query, time: TimeAsked, parser: QueryParser) -> str:
    """The earlier question's words at the time a follow-up names (今年呢？ after 去年办了哪些比赛)."""
    return f"{''.join(time.words)}{parser.year_re.sub(' ', previous.words).strip()}"


def _unit_kept(previous: Query, new: Query, aspect: str, operation: str, own: bool) -> str | None:
    """The unit a figure follow-up asks in: its own, else the earlier one's when it asks the same kind of figure."""
    if "unit" in new.given:
        return new.unit
    if own or (aspect != "value" and aspect != previous.aspect):
        return None  # 在全市排第几 after 累计呢 (76家): a rank is no count in 家
    if aspect != "value":
        return previous.unit
    points = previous.unit in ("个百分点", "倍")
    if points and (previous.aspect == "growth" or (operation == "lookup" and previous.operation != "lookup")):
        # 总量目标是多少 / 绝对额比去年多多少 after 低了几个百分点: the points were the growths', not an amount's
        return None
    return previous.unit


def _figure_follow_up(previous: Query, new: Query, parser: QueryParser) -> Query:
    """A figure follow-up: a new year, aspect, kind, filter, qualifier or metric in place of the earlier one."""
    given = new.given
    # 国家级的呢 / 其中10亿以上的呢 / 百亿的呢: a filter on the earlier metric, which keeps its unit and aspect
    new = _unabbreviated(previous, _sized(previous, new), parser.result_names)
    filtered = bool(new.filter.words) and _only_filter(new, parser)
    previous = _part_talked_of(previous, new)
    # 那实际引进的目标呢 after 协议引进内外资总额: 实际 names the figure set against the one talked of (not 上一年实际
    # 引进了多少 after 引进各类人才, where it says what was done)
    other = _actual_against(previous, new, parser)
    new = _counterpart_named(previous, new, other)
    own = bool(new.own) and (other is not None or not _same_topic(previous, new, parser)) and not filtered
    time = _time(previous, new, parser)
    # 比去年多多少: 去年 names the other side of the comparison, not the kind asked
    kind = new.kind if "kind" in given and not new.time.compared else previous.kind
    year = parser.report_year
    past = bool(year and time.years and all(y < year for y in time.years))
    if "kind" not in given and "time" in given and previous.kind == "target" and past:
        kind = None  # 那2011年呢？ after a 2012 target: 2011 has results
    planned = bool(year and time.years and all(y >= year for y in time.years))
    if "kind" not in given and "time" in given and previous.kind == "result" and planned:
        kind = "target"  # 2012年要冲到多少 after 2011年挣了多少: the year the report plans has targets
    if "kind" in given and "time" not in given and kind == "target" and past and year:
        time = replace(time, years=(year,), shift=None)  # 目标增速呢？ after 上一年实际: the year the report plans
    # 出口呢 after 进口增长多少 keeps the growth; 其中软件的收入有多少 asks an amount of its own
    # 其中软件和互联网那块呢 after 增长呢: a part of the whole is asked as an amount
    # 那今年投资额目标呢 after a growth: the amount of a metric named (投资额) asks the amount
    amount = (
        own
        and "aspect" not in given
        and (
            new.lean.part_of
            or bool(parser.lexicon.regex("asking", "figure", "amount_words").search(new.text))
            or bool(parser.amount_suffix.search(new.text))
        )
    )
    kept = previous.aspect if not own or (previous.aspect in ("growth", "share") and not amount) else "value"
    ranked_amount = previous.aspect == "rank" and bool(parser.amount_suffix.search(new.text))  # 执行额是多少
    if any(n in new.text for n in parser.amount_nouns) or parser.amount_reached.search(new.text) or ranked_amount:
        kept = "value"  # 绝对值呢 / 今年要做到多少 after a growth, 执行额具体是多少 after a rank: the amount
    # 今年目标呢 after a growth asks the target's value; 不是，我说的是去年实际完成的 corrects the time, not the aspect
    # (比去年低多少个百分点 names 去年 as the other side: no kind renewed, the growth stays)
    said = "kind" in given and parser.kind(parser.year_re.sub(" ", new.text)) is not None  # 目标, not 今年 alone
    renewed = said and not own and not new.lean.correction and not new.time.compared
    # 不对，我问的是技工贸总收入的2012年目标: a correction naming metric, year and kind asks the question anew
    renewed = renewed or (said and own and new.lean.correction and "time" in given)
    # 财政收入2012年目标呢 after a difference of growths: the plan's figure of the metric named, no growth carried;
    # 今年预算收入目标呢 after 比前年涨了几成: a metric, a time and a kind named anew ask the plan's figure
    renewed = renewed or (said and own and (previous.computed or "time" in given))
    # 上一年呢 / 服务业总收入呢 after 增速呢: the growth was asked on the side of the value the talk is about
    swap = parser.lexicon.regex("conversation", "follow_up", "swaps").match(new.text)
    # 不对，我问的是服务业的 after 增速？ corrects the metric of the growth just asked
    aside = _aspect_aside(previous) and ("time" in given or own) and not swap and not new.lean.correction
    # 今年比去年多投多少 after 去年增速呢: more money put in is an amount, never a growth
    spent = parser.lexicon.regex("asking", "operation", "amount_difference_pattern").search(new.text)
    # 是不是已经超过160亿了 after 增速: a size claimed in an amount's unit is of the amount
    spent = spent or any(c.figure is not None and c.figure.unit not in ("", *parser.share_units) for c in new.claims)
    aspect = new.aspect if "aspect" in given else ("value" if renewed or aside or spent else kept)
    # 财政收入呢 after 去年和今年的固定资产投资增速差多少: the same computation of the metric named
    # (not 团队呢 after 三级加起来: figures of several metrics are no computation of one to redo)
    redo = own and previous.computed and _bare(new) and (_one_metric(previous) or _share_of_two(previous))
    # 今年计划申报多少 after 国家级的占多大比例: the topic named again with 多少 asks its figure, not the ratio
    # (今年申报目标？/ 今年目标是多少: a kind and time named anew with the topic or 多少 ask the figure too)
    amount_asked = bool(parser.lexicon.regex("asking", "figure", "amount_words").search(new.text))
    restated = (bool(new.own) and (amount_asked or "kind" in given)) or (amount_asked and "kind" in given)
    # 今年目标？ after 占技工贸总收入的比重: the plan's figure of the part, not the share (按今年目标算呢 redoes it)
    # (今年的呢 names a time, no kind: the share again at that time)
    share_left = previous.operation == "ratio" and said and not _share_redone(new, parser)
    kept_operation = ((not own and not restated) or redo) and not share_left
    operation = new.operation if "operation" in given else (previous.operation if kept_operation else "lookup")
    if "operation" not in given and "aspect" in given and operation in ("difference", "sum"):
        operation = "lookup"  # 目标增速 after 要多收多少: the growth of the figure asked, not a difference of growths
    operation, aspect = _recast(previous, new, operation, aspect, parser.report_year)
    time = _time_of_its_own(previous, new, operation, time, parser.report_year) if own else time
    metric, filt = _metric_and_filter(previous, new, parser, own)
    if share_left and previous.parts and not new.own:  # (今年申报目标 after 国家级的占比: the topic named is the whole)
        metric = previous.parts[0].metric or metric  # the part whose share was asked
    # 其中去年新增了几家 / 全区一共有多少家: the count said; else the one asked before, of the same thing and class
    # (公交线路呢 after 绿化面积去年新增了多少: another thing is not assumed to be asked the same count of; where
    # the report has its addition and another action, 新增3条 and 优化5条, the reader chooses)
    kept_count = previous.filter.count if not own and not new.filter.words else None
    filt = replace(filt, count=new.filter.count or kept_count)
    # 全区一共有多少家 after 新冒出来几家: the thing, not its addition; 超过10亿的呢 after 新增了几家: a size class
    # of all of them (the report sorts the total by size, not the year's addition)
    dropped = previous.filter.count == "addition" and not filt.count and bool(new.filter.words)
    if new.filter.count == "total" or dropped:
        metric = _without_additions(metric, parser)
    if _total_after_addition(previous, new):
        operation = "lookup"  # 全区一共有多少家 after 新增了几家: the total figure, not a sum of what was given
    qualifiers = new.qualifiers if "qualifiers" in given else previous.qualifiers
    unit = _unit_kept(previous, new, aspect, operation, bool(own))
    if kind == "result" and previous.kind == "target" and "kind" in given and not new.time.compared:
        metric = parser.target_nouns.sub("", metric).strip()
    merged = replace(
        new,
        wants="figure",
        figure=True,
        time=time,
        kind=kind,
        aspect=aspect,
        operation=operation,
        metric=metric,
        filter=filt,
        qualifiers=qualifiers,
        unit=unit,
        lean=Lean(follow_up=True, correction=new.lean.correction),
        # 这一条里拆迁扫尾有重大进展的村有几个: a count naming its own things may be a count of what a sentence lists
        position=new.position if own and new.position is not None and new.position.ask == "count" else None,
        own=new.own if own else previous.own,
        claims=(),
    )
    return _with_parts(previous, new, merged, own, parser)


def _with_parts(previous: Query, new: Query, merged: Query, own: bool, parser: QueryParser) -> Query:
    """The figures a computed follow-up works on: 比去年多多少 sets the earlier figure beside the year it names;
    an operation kept from before keeps its parts; a superlative keeps its way over the merged metric."""
    if merged.operation != "lookup":
        merged = _operands(previous, new, merged, own, parser)
    else:
        merged = replace(merged, parts=(), whole=None, stated=())
    extreme = new.extreme or previous.extreme
    if merged.operation == "superlative" and extreme is not None:
        extreme = replace(extreme, metric=merged.metric)
    else:
        extreme = None
    return replace(merged, extreme=extreme)


def _operands(previous: Query, new: Query, merged: Query, own: bool, parser: QueryParser) -> Query:
    """``merged`` with the parts its operation works on, taken from the earlier turn and the new one."""
    earlier = Part(previous.text, merged.years, merged.kind, merged.metric, merged.qualifiers, merged.fact_aspect)
    done = replace(merged, whole=earlier, stated=())
    kept = _corrected_parts(previous, new)
    kept = kept if kept is not None else _kept_parts(previous, new, merged, own)
    if kept is not None:
        return replace(done, parts=kept)
    if merged.operation == "ratio" and new.filter.words and _only_filter(new, parser):
        part = replace(earlier, metric=" ".join((merged.metric, *new.filter.words)))
        return replace(done, parts=(part,))  # 国家级占比多少 after 国家级的呢: the part over its whole
    started = _started(previous, new, merged) if own else None
    if started is not None:
        return replace(done, parts=started)
    filtered = _each_filtered(previous, new, done, parser) or _share_of_another_time(previous, new, done)
    if filtered is not None:
        return filtered
    if new.remainder and len(new.parts) == 2:  # 非国家级的呢: the earlier figure less the part it names
        return replace(done, parts=_remainder_of(previous, new.parts), filter=MetricFilter())
    shared = _share_of_earlier(previous, new, done) if merged.operation == "ratio" else None
    if shared is not None:
        return shared
    if own and any(p.metric for p in new.parts):
        return replace(done, parts=_named_parts(previous, new, merged), whole=new.whole, stated=new.stated)
    if merged.operation == "sum":
        return replace(done, parts=(earlier,))  # 一共多少家: the total of what was asked before
    if new.unit and new.unit not in ("%", "个百分点") and "unit" in new.given:  # 多几个亿 after growths: amounts
        earlier = replace(earlier, aspect="value")
    return replace(done, parts=_beside_earlier(earlier, new.parts))


def _kept_parts(previous: Query, new: Query, merged: Query, own: bool) -> tuple[Part, ...] | None:
    """今年目标呢 after 占比多少 / 今年两者的目标差多少 after a difference: the same parts at the new time and kind."""
    if "operation" not in new.given or redone(previous, new):
        return _redone_parts(previous, new, merged, own)
    return None


def _corrected_parts(previous: Query, new: Query) -> tuple[Part, ...] | None:
    """不对，我是问增速比去年低了多少 after 2012年技工贸目标比2011年多多少: a correction naming no metric works on
    the same figures, in the aspect it now says (each year as the earlier parts had it unless it names one)."""
    if not new.lean.correction or len(previous.parts) != len(new.parts) or any(p.metric for p in new.parts):
        return None
    aspect = "growth" if any(p.aspect == "growth" for p in new.parts) else None
    return tuple(
        replace(old, years=part.years or old.years, kind=old.kind or part.kind, aspect=aspect or old.aspect)
        for old, part in zip(previous.parts, new.parts, strict=True)
    )


def _started(previous: Query, new: Query, merged: Query) -> tuple[Part, ...] | None:
    """The parts of a follow-up naming its own metric that works on the earlier figure or whole, if it does."""
    again = _shared_again(previous, new, merged)
    return again or (_started_from_earlier(previous, new, merged) if new.lean.operation_start else None)


def _shared_again(previous: Query, new: Query, merged: Query) -> tuple[Part, ...] | None:
    """工业总产值占多少 after 服务业总收入占技工贸总收入的比重: the metric named over the earlier whole."""
    if not (_share_of_two(previous) and _share_of_one(new)):
        return None
    named = next((p.metric for p in new.parts if p.metric), merged.metric)
    moved = tuple(_moved(p, new, merged) for p in previous.parts)
    return (replace(moved[0], metric=named), *moved[1:])


def _started_from_earlier(previous: Query, new: Query, merged: Query) -> tuple[Part, ...] | None:
    """加上风投一共多少 / 比去年实际到位的多了几个亿 (after this year's target): the earlier figure, then the one
    the follow-up names."""
    if merged.operation == "sum" and new.parts:
        return (Part(previous.text, merged.years, previous.kind, previous.metric, previous.qualifiers), *new.parts)
    if merged.operation == "difference" and len(new.parts) == 1:
        return (Part(previous.text, previous.years, previous.kind, previous.metric, previous.qualifiers), *new.parts)
    return None


def _named_parts(previous: Query, new: Query, merged: Query) -> tuple[Part, ...]:
    """The parts a follow-up names; a left side naming no time is at the time talked about (新开工比去年多多少
    after 今年…目标: this year's target against last year's)."""
    parts = _completed(new.parts, _one_metric_talked(previous))
    if sum(bool(p.metric) for p in parts) == 1:  # 今年要比去年多做多少收入: the one word named is of the talk's metric
        parts = tuple(_within(p, previous.metric) for p in parts)
    if parts and not parts[0].years and parts[0].kind != "target":  # GDP目标比去年: the plan's year, not the talk's
        parts = (replace(parts[0], years=merged.years, kind=parts[0].kind or merged.kind), *parts[1:])
    return parts


def _share_redone(new: Query, parser: QueryParser) -> bool:
    """按今年的目标算呢 / 今年目标下呢 / 这个比例呢: the share asked again at another time or kind."""
    return bool(parser.lexicon.regex("conversation", "follow_up", "share_redone_pattern").search(new.text))


def _one_metric_talked(previous: Query) -> str:
    """The one metric the earlier turn talked of: its metric, or the one its computed parts share (实际引资今年比去年
    多多少); "" when they are of two metrics (那工业加服务业合计多少 after 工业总产值占技工贸总收入的比重)."""
    if previous.wants == "passage" and previous.own:  # 公交线路方面有什么变化: the thing it names first
        return previous.own[0]
    if not previous.computed or not previous.parts:
        return previous.metric
    nouns = {p.metric.split()[-1] for p in previous.parts if p.metric.strip()}
    return nouns.pop() if len(nouns) == 1 else ""


def _within(part: Part, earlier: str) -> Part:
    """多做多少收入 after 技工贸总收入: a part naming only a word of the earlier metric names that metric."""
    said = part.metric.replace(" ", "")
    if alias_groups(said)[1]:
        return part  # GDP增速目标比去年实际低多少: GDP, an abbreviation of the genre, names a metric of its own
    return replace(part, metric=earlier) if said and said != earlier and said in earlier.replace(" ", "") else part


def _each_filtered(previous: Query, new: Query, done: Query, parser: QueryParser) -> Query | None:
    """一期比二期 / 省级和市级加起来: parts naming only a phase or a level, each the earlier metric at it."""
    earlier = done.whole
    assert earlier is not None
    if len(new.parts) >= 2 and all(parser.phase_item.match(p.metric.replace(" ", "")) for p in new.parts):
        parts = tuple(replace(earlier, metric=_phased(done.metric, p.metric, parser)) for p in new.parts)
        return replace(done, parts=parts, filter=replace(done.filter, phase=None))  # each part names its phase
    if len(new.parts) == 1 and previous.filter.phase and parser.phase_item.match(new.parts[0].metric.replace(" ", "")):
        # 比二期高几个百分点 after 一期的: the phase talked about against the one named
        phases = (previous.filter.phase, new.parts[0].metric)
        parts = tuple(replace(earlier, metric=_phased(done.metric, phase, parser)) for phase in phases)
        return replace(done, parts=parts, filter=replace(done.filter, phase=None))
    levelled = _levelled(previous.metric, new.parts, parser)
    if levelled:  # 省级和市级加起来呢 after 申报国家人才: each part the earlier metric at its level
        parts = tuple(replace(earlier, metric=metric) for metric in levelled)
        return replace(done, parts=parts, filter=replace(done.filter, level=None))
    return None


def _levelled(metric: str, parts: tuple[Part, ...], parser: QueryParser) -> list[str]:
    """The earlier metric at the level each part names alone (省级, 市级); empty unless two or more parts each
    name only a level and the metric names a level to move."""
    named = [(p.metric or p.modifier).replace(" ", "") for p in parts]  # 省里: the level said alone, 里 and all
    levels = [n if n in parser.level_roots else parser.level_of_root.get(n) for n in named]  # 省 alone: 省级
    moved = [_other_level(metric, level, parser) for level in levels]
    return [m for m in moved if m] if len(parts) >= 2 and all(moved) else []


def _share_of_another_time(previous: Query, new: Query, done: Query) -> Query | None:
    """只有去年的百分之多少 after 今年征收目标多少: the figure talked about over the same thing at the time named."""
    if done.operation != "ratio" or len(new.parts) != 1 or new.parts[0].metric or not new.parts[0].years:
        return None
    if previous.computed:
        return None  # 2012年目标下占比呢 after a share: the share redone, not one of its parts over another year
    mine = Part(previous.text, previous.years, previous.kind, done.metric, previous.qualifiers)
    return replace(done, parts=(mine, replace(new.parts[0], metric=done.metric)))


def _share_of_earlier(previous: Query, new: Query, done: Query) -> Query | None:
    """占技工贸总收入的比重？/ 这个数占…的比重 after 服务业总收入490亿元: the earlier figure over the whole the
    follow-up names, at the earlier time unless the whole names its own; None for a share asked otherwise."""
    if not new.lean.operation_start or not previous.figure:
        return None
    pointed = new.parts[1:] if len(new.parts) == 2 and not new.parts[0].metric else new.parts  # 这个数占…
    if len(pointed) != 1:
        return None
    part = Part(previous.text, done.years, previous.kind, previous.metric, previous.qualifiers)
    whole = pointed[0]
    whole = replace(whole, years=whole.years or done.years, kind=whole.kind or previous.kind)
    return replace(done, parts=(part, whole), metric=previous.metric, own=previous.own, filter=previous.filter)


def redone(previous: Query | None, new: Query) -> bool:
    """今年两者的目标差多少 after 服务业比工业总产值多多少: the earlier computation asked again at another time or
    kind, naming nothing else."""
    if previous is None or not previous.computed or not previous.parts or new.own:
        return False
    if len(new.parts) > 1 or new.time.compared:
        return False  # 目标增速比去年实际增速低几个百分点: figures of its own set side by side
    return new.operation == previous.operation and bool(new.given & {"time", "kind"})


def _beside_earlier(earlier: Part, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """比去年多多少: the earlier figure beside the year named; 目标比去年实际多几个亿: the left side's time and kind
    on the earlier figure; 要多挣多少亿 after a year's target, naming no other side: the year before's result."""
    if len(parts) == 1 and _bare_part(parts[0]) and earlier.kind == "target" and len(earlier.years) == 1:
        return (earlier, replace(parts[0], years=(earlier.years[0] - 1,), kind="result"))
    if len(parts) < 2:
        return (earlier, *parts)
    left = parts[0]
    # 目标增速比去年实际增速 after last year's figure: a target named without a year is the plan's, not the talk's
    planned = left.kind == "target" and earlier.kind != "target"
    earlier = replace(
        earlier,
        years=left.years or (() if planned else earlier.years),
        kind=left.kind or earlier.kind,
        qualifiers=left.qualifiers or earlier.qualifiers,
        aspect=left.aspect if left.aspect != "value" else earlier.aspect,  # 目标增速比去年实际增速
    )
    return (earlier, *parts[1:])


def _bare_part(part: Part) -> bool:
    """A side naming no time, kind, metric or words that set it apart (要多挣多少亿)."""
    return not (part.years or part.kind or part.metric.strip() or part.modifier.strip() or part.qualifiers)


def _remainder_of(previous: Query, parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """非国家级的呢 after 国家级的占多少项: the whole is the earlier metric, the part named is of its noun."""
    whole, part = parts
    if previous.operation == "ratio" and len(previous.parts) == 2:  # 首期之外还剩多少 after 首期占总规模几成: the
        share, of = previous.parts  # whole the share was of, less the part it named
        named = part.metric.replace(" ", "")
        taken = share if named and named in share.metric.replace(" ", "") else part
        return (replace(whole, metric=of.metric, years=of.years or whole.years, kind=of.kind), taken)
    noun = previous.metric.split()[-1] if previous.metric else ""
    return (
        replace(whole, metric=whole.metric or previous.metric),
        replace(part, metric=f"{part.metric} {noun}".strip()),
    )


_SLIGHT = 3  # characters: a part naming no more than this names only what sets it apart (新增, 省, 协议额)


def _slight(parts: tuple[Part, ...]) -> bool:
    """Whether every part names only what sets it apart (新增, 省, 协议额), no metric of its own."""
    return all(len(p.metric.replace(" ", "")) <= _SLIGHT for p in parts)


def names_only_apart(query: Query) -> bool:
    """协议的呢？ after 实际到位的: a follow-up naming only what sets its figure apart from the one before."""
    return query.lean.follow_up and bool(query.own) and 0 < len(query.metric.replace(" ", "")) <= _SLIGHT


def _completed(parts: tuple[Part, ...], earlier: str) -> tuple[Part, ...]:
    """新增和优化的加起来几条 after 公交线路新增几条: items that name only what sets them apart share the earlier
    metric's noun; the last item takes it (the computation completes the others from the last)."""
    if not earlier or not _slight(parts) or not all(p.metric.strip() or p.modifier for p in parts):
        return parts  # 新开工比去年多多少: a side naming only a time is the other side's metric then
    by_years = all(p.years for p in parts) and len({p.years for p in parts}) == len(parts)
    apart = by_years or (all(p.kind for p in parts) and len({p.kind for p in parts}) == len(parts))
    if parts[0].metric.strip() and apart:  # 今年拆迁目标比去年实际完成少多少 / 竣工目标比去年完成的少多少: the sides
        return parts  # are set apart by their years or kinds, and the first names the metric (拆迁, 竣工)
    rest = earlier
    for part in parts:
        for word in (part.metric or part.modifier).split():
            rest = rest.replace(word, " ")
    if not rest.split():
        return parts
    last = parts[-1]  # the noun of the earlier metric: its last word (申报 国家人才 → 人才)
    if alias_groups(last.metric)[1] and not alias_groups(earlier)[1]:
        return parts  # 技工贸是GDP的几倍: GDP, an abbreviation of the genre, names a metric of its own
    noun = rest.split()[-1]
    # 实际除以协议: a side named by a word that says only how (实际) names no metric the computation could lend it
    firsts = tuple(replace(p, metric=f"{p.modifier} {noun}") if not p.metric.strip() else p for p in parts[:-1])
    return (*firsts, replace(last, metric=f"{last.metric or last.modifier} {noun}"))


def _phased(metric: str, phase: str, parser: QueryParser) -> str:
    """The earlier metric at another phase (研发园入驻率 → 二期 研发园入驻率; 一期入驻率 → 二期入驻率)."""
    phase = phase.replace(" ", "")
    named = parser.phase.search(metric)
    return metric.replace(named.group(), phase) if named else f"{phase} {metric}"


def _moved(part: Part, new: Query, merged: Query) -> Part:
    """A part of an earlier computed question, at the time and kind the follow-up names."""
    if part.years and "time" in new.given:
        part = replace(part, years=merged.years)
    if part.kind and "kind" in new.given:
        part = replace(part, kind=merged.kind)
    return part


def _without_additions(metric: str, parser: QueryParser) -> str:
    lex = parser.lexicon
    for key in ("additions", "additions_said"):
        metric = lex.regex("conversation", "filter", key).sub(" ", metric)
    return " ".join(metric.split())


def _actual_against(previous: Query, new: Query, parser: QueryParser) -> tuple[str, str] | None:
    """实际 said after a figure it is set against (协议引进内外资): the two words, else None."""
    actual = parser.lexicon.regex("time", "cues", "actual").search(new.text)
    against = parser.lexicon.regex("conversation", "follow_up", "actual_against").search(previous.metric)
    if actual is None or against is None or actual.group() in previous.metric:
        return None
    return actual.group(), against.group()


def _counterpart_named(previous: Query, new: Query, other: tuple[str, str] | None) -> Query:
    """实际的呢 after 协议引进内外资总额: 实际 alone names the figure set against the one talked of, at the same
    time and kind (the report plans both)."""
    if other is None or new.own:
        return new
    actual, against = other
    metric = previous.metric.replace(against, actual, 1)
    given = (new.given - {"kind"}) | {"metric"}
    return replace(new, metric=metric, own=(metric,), kind=previous.kind, given=given)


def _recast(previous: Query, new: Query, operation: str, aspect: str, year: int | None) -> tuple[str, str]:
    """The operation and aspect asked once the earlier computation is read against the new turn."""
    if _growth_of_difference(previous, new, aspect, operation, year):
        return "change", "value"  # 换算成增速呢 after 比2011年多多少: the rise in percent
    if operation == "lookup" and previous.operation == "ratio" and "aspect" not in new.given:
        return operation, "value"  # 2012年服务业总收入目标呢 after a share computed of two figures: the figure itself
    return operation, aspect


def _growth_of_difference(previous: Query, new: Query, aspect: str, operation: str, year: int | None) -> bool:
    """增速呢 after 今年目标比去年多多少: one metric's difference between two times asked as a rate of change (a plan
    naming no year is of the report's ``year``)."""
    # (目标增速 names the plan's own growth, which the report states)
    asked = operation == "lookup" and aspect == "growth" and new.unit != "个百分点" and "kind" not in new.given
    times = {p.years or ((year,) if year and p.kind == "target" else ()) for p in previous.parts}
    over_time = previous.operation == "difference" and len(previous.parts) == 2 and len(times) == 2 and all(times)
    return asked and over_time and not new.own and _one_metric(previous)


def _total_after_addition(previous: Query, new: Query) -> bool:
    """全区一共有多少家 after 去年新增了几家: the total asked, not the figures given added up."""
    return new.filter.count == "total" and previous.filter.count == "addition" and len(new.parts) < 2


def _aspect_aside(previous: Query) -> bool:
    """增速呢？/ 占比多少: a follow-up that named only another aspect of the figure just given."""
    return previous.lean.follow_up and "aspect" in previous.given and not previous.given & _TOPIC_SLOTS


_TOPIC_SLOTS = frozenset({"time", "metric", "operation"})


def _redone_parts(previous: Query, new: Query, merged: Query, own: bool) -> tuple[Part, ...]:
    """The earlier computation's parts at the new time and kind; a metric named takes the place of the one
    computed over, or of the part whose share was asked."""
    parts = tuple(_moved(p, new, merged) for p in previous.parts)
    if own and _share_of_two(previous):  # 服务业总收入呢 after 工业总产值占技工贸总收入的比重: another share
        return (replace(parts[0], metric=merged.metric), *parts[1:])
    if own:  # 财政收入呢: each part that named the earlier metric names the new one
        return tuple(replace(p, metric=merged.metric) if p.metric else p for p in parts)
    return parts


def _one_metric(previous: Query) -> bool:
    """去年和今年的固定资产投资增速差多少: a computation over one metric (not 三级加起来, figures of several)."""
    return len({p.metric for p in previous.parts if p.metric}) <= 1


def _share_of_two(previous: Query) -> bool:
    """工业总产值占技工贸总收入的比重: one metric's share of another; 服务业总收入呢 asks that one's share."""
    return previous.operation == "ratio" and len(previous.parts) == 2 and all(p.metric for p in previous.parts)


def _share_of_one(new: Query) -> bool:
    """工业总产值占多少: a share asked of one metric without the whole it is a share of."""
    return new.operation == "ratio" and len([p for p in new.parts if p.metric]) <= 1


def _bare(new: Query) -> bool:
    """财政收入呢: a follow-up naming only a metric, with no time, kind, aspect, operation or part of its own."""
    lean = new.lean
    return lean.follow_up and not lean.part_of and not new.given & {"time", "kind", "aspect", "operation"}


def _part_talked_of(previous: Query, new: Query) -> Query:
    """今年新开工的目标？ after 新开工的比竣工多出多少: the part of the comparison the follow-up names, not the two."""
    named = [p for p in previous.parts if p.metric]
    hit = [p for p in named if new.own and all(w in p.metric for w in new.own)]
    if len(named) < 2 or len(hit) != 1 or new.remainder:  # 首期之外还剩多少: the share's whole less the part
        return previous
    return replace(previous, metric=hit[0].metric, parts=(), operation="lookup")


def _set_against(previous: Query, word: str, parser: QueryParser) -> bool:
    """协议额 after 实际到位 was kept of 实际到位占协议额: a word of the figure 实际 is set against, said after 实际."""
    actual = parser.lexicon.regex("time", "cues", "actual").search(previous.metric)
    against = parser.lexicon.regex("conversation", "follow_up", "actual_against").search(word)
    return actual is not None and against is not None


def _same_topic(previous: Query, new: Query, parser: QueryParser) -> bool:
    """今年计划改造多少 after …改造了多少户: words of the earlier topic, not a new one; 比2011年的协议额少了多少 after
    协议引进内外资总额 was chosen: words of the metric chosen, compared with another year (协议额 after 实际到位 was
    kept of 实际到位占协议额 is the other figure)."""
    own = new.own
    if (len(new.text) <= 12 or new.lean.follow_up) and _of_earlier_topic(previous, own):
        return not _set_against(previous, own[0], parser)
    return new.time.compared and bool(own) and all(w in previous.metric for w in own)


def _of_earlier_topic(previous: Query, own: tuple[str, ...]) -> bool:
    """One word naming a topic, a word of the earlier topic, or a doing of its metric (引进 of 引进各类人才)."""
    if len(own) != 1:
        return False
    # the verb a metric opens with (引进 of 引进各类人才) goes on with the thing it was done to; a word inside it
    # (收入 of 技工贸总收入, 总收入 of 服务业总收入) names a topic of its own
    opens = previous.metric.replace(" ", "").startswith(own[0])
    inside = opens and own[0] not in previous.own and doing_only(own[0])
    return set(own) < set(previous.own) or inside


def _time(previous: Query, new: Query, parser: QueryParser) -> TimeAsked:
    """The new year or period, a shift from the year before (上一年, 次年), or the earlier time kept."""
    if new.time.shift is not None and previous.time.years and not new.time.compared:
        if previous.time.shift == new.time.shift and new.given & {"metric", "aspect"}:
            return replace(new.time, years=previous.time.years)  # 上一年技工贸总收入呢 after 上一年…: the year again
        years = tuple(y + new.time.shift for y in previous.time.years)
        return replace(new.time, years=years)
    before = tuple(y - 1 for y in previous.time.years)
    if new.time.compared and new.operation == "lookup" and len(before) == 1 and new.time.years == before:
        # 比前年涨了多少 after 去年GDP, 比上年增长 after 今年目标: against the year before the one talked of, its growth
        return replace(new.time, years=previous.time.years, compared=False)
    if "time" in new.given and not (new.time.compared and new.operation != "lookup"):
        return new.time
    if new.time.compared and new.time.years:
        return replace(previous.time, compared=True, words=new.time.words)
    return previous.time


def _time_of_its_own(
    previous: Query, new: Query, operation: str, time: TimeAsked, report_year: int | None
) -> TimeAsked:
    """The time of a figure of its own asked after a comparison: its first side's (see `_first_side_time`)."""
    if operation != "lookup" or "time" in new.given:
        return time
    return _first_side_time(previous, report_year) or time


def _first_side_time(previous: Query, report_year: int | None) -> TimeAsked | None:
    """文化创意企业再集聚多少家 after 服务业总收入目标比去年多多少: a figure of its own asked after a comparison is
    at the time of the comparison's first side (the plan's year), not at the other side's (去年)."""
    if not previous.time.compared or previous.operation == "lookup" or not previous.parts:
        return None
    first = previous.parts[0]
    years = first.years
    if not years and (first.kind or previous.kind) == "target" and report_year:
        years = (report_year,)
    return TimeAsked(years=years) if years else None


def _metric_and_filter(previous: Query, new: Query, parser: QueryParser, own: bool) -> tuple[str, MetricFilter]:
    """The metric words: the new ones for a new metric or a part (其中…), else the earlier ones with any
    aspect words the follow-up adds (累计呢？); a phase (二期呢？) takes the earlier phase's place."""
    phase = parser.phase_item.match(new.metric.replace(" ", ""))
    if phase and previous.filter.phase and phase.group(2) in previous.filter.phase:
        metric = previous.metric.replace(previous.filter.phase, phase.group())
        return metric, replace(previous.filter, phase=phase.group())
    moved = _other_level(previous.metric, new.filter.level, parser)
    levels_only = all(w in parser.level_roots for w in new.own)
    # 省里的呢 after 申报国家人才: 申报省人才 (not 省级创新型试点企业呢, a metric of its own)
    if moved is not None and (not own or levels_only):
        return moved, replace(previous.filter, level=new.filter.level)
    if new.filter.threshold and _only_filter(new, parser):  # 其中10亿以上的呢 / 50亿以上的呢: a size class of it
        # the class asked last is the one asked (亿元以上企业 10亿以上); an earlier narrower one gives way
        earlier = previous.filter.threshold
        # 50亿以上 after 100亿以上的呢 (added last, so it ends the metric), not after 亿元以上企业有多少家
        narrower = earlier and previous.metric.rstrip().endswith(f" {earlier}")
        kept = previous.metric.rstrip()[: -len(earlier)] if narrower else previous.metric
        return f"{kept} {new.filter.threshold}", replace(previous.filter, threshold=new.filter.threshold)
    if new.filter.count == "addition" and _addition_only(new, parser):  # 我是问去年新认定的: of the thing talked about
        totals = parser.lexicon.words("conversation", "filter", "totals_said")  # not its total (累计) any more
        thing = " ".join(w for w in previous.metric.split() if w not in totals)
        return f"{new.metric} {thing}", replace(previous.filter, count="addition")
    if own or (new.lean.correction and new.own):  # 不对，我问的是今年的目标: a correction of time and kind only
        filt = new.filter if new.filter.words else MetricFilter(below=new.filter.below)
        return new.metric, filt
    modifiers = {*parser.lexicon.words("conversation", "follow_up", "aspect_words"), *parser.soft}
    extra = [w for w in parser.tokenizer.words(new.metric) if w in modifiers and w not in previous.metric]
    extra = [w for w in extra if not _kind_only(w, parser)]
    metric = " ".join([previous.metric, *extra]).strip()
    if new.filter.words:
        return metric, new.filter
    # 今年的申报目标呢 after 国家级的有多少: the topic named again is the whole, not the part last asked
    return metric, MetricFilter(below=previous.filter.below) if new.own else previous.filter


def _addition_only(new: Query, parser: QueryParser) -> bool:
    """Whether the follow-up names nothing but the year's addition (新认定的, 新增的): no thing of its own."""
    additions = parser.lexicon.words("conversation", "filter", "additions")
    return bool(new.own) and all(any(a.endswith(w) for a in additions) for w in new.own)


def _unabbreviated(previous: Query, new: Query, names: tuple[str, ...]) -> Query:
    """今年实际引资目标呢 after 实际引进内外资总额: a short name of a metric talked about (引资) stands for it; a
    figure's own name (服务业总收入 after 服务业收入占技工贸总收入) is no short name."""
    if len(new.own) != 1 or not new.lean.follow_up or new.own[0] in names:
        return new
    word = new.own[0]
    earlier = [w for m in (previous.metric, *(p.metric for p in previous.parts)) for w in m.split()]
    meant = next((w for w in earlier if abbreviates(word, w)), None)
    if meant is None:
        return new
    return replace(new, metric=new.metric.replace(word, meant), own=(meant,))


def _sized(previous: Query, new: Query) -> Query:
    """百亿的呢 after a size class: the next size class, said as an amount alone."""
    if previous.filter.threshold and not new.filter.threshold and _is_amount(new.metric):
        said = f"{new.metric.strip()}以上"
        return replace(new, filter=replace(new.filter, threshold=said), own=(said,))
    return new


def _is_amount(text: str) -> bool:
    """百亿 / 50亿元 alone: after a size class, the next size class (百亿的呢)."""
    said = f"{text.strip()}以上"
    return bool(text.strip()) and asked_threshold(said)[1] == said


def _only_filter(new: Query, parser: QueryParser) -> bool:
    """Whether the follow-up names nothing but filters (二期, 国家级的, 10亿以上的, 一期比二期)."""
    filters = set(new.filter.words) | {w for f in new.filter.words for w in parser.tokenizer.words(f)}
    return all(w in filters or parser.phase_item.match(w) for w in new.own)


def _other_level(metric: str, level: str | None, parser: QueryParser) -> str | None:
    """The earlier metric with the level it names replaced by ``level``; None when it names none."""
    roots = parser.level_roots
    if level is None or level not in roots:
        return None
    for other, root in roots.items():
        if other == level:
            continue
        if other in metric:  # 申报国家级人才 → 申报省人才: the root matches 省人才 and 省级人才 alike
            return metric.replace(other, roots[level])
        if root in metric:
            return metric.replace(root, roots[level], 1)
    return None


def _kind_only(word: str, parser: QueryParser) -> bool:
    """目标, 实际, 完成得怎样, 保底 (确保): words of kind, qualifier or frame that add nothing to the metric."""
    return (parser.kind(word) is not None or bool(parser.qualifiers(word))) and not parser.own_words(word)


def render(query: Query, parser: QueryParser) -> str:
    """The question as understood, in plain Chinese, built from the slots (shown as “理解为：…”)."""
    years = "、".join(f"{y}年" for y in query.time.years)
    if not years and query.time.period:
        years = f"“{query.time.period}”期间"
    metric = re.sub(r"\s+", "", query.metric)
    # 其中国家级的 / 10亿以上的 / 二期: the filter the follow-up set, when the metric words do not say it
    narrowed = "".join(f"{w}的" for w in query.filter.words if w not in metric)
    metric = f"{metric}中{narrowed}" if narrowed and metric else metric
    actual = query.kind == "result" and "kind" in query.given and not parser.result.search(metric)
    head = _named(years, metric, query.kind, query.qualifiers, parser) + ("实际" if actual else "")
    sides = _sides(query, parser)
    return sides if sides is not None else head + _asking(query)


def _named(years: str, metric: str, kind: str | None, qualifiers: tuple[str, ...], parser: QueryParser) -> str:
    """A figure as named in the “理解为” line: its years, 力争/确保, its metric and 目标 for a plan."""
    qualifier = "".join(q for q in qualifiers if q in ("力争", "确保") and q not in metric)
    planned = "目标" if kind == "target" and not parser.target_nouns.search(metric) and not qualifier else ""
    return f"{years}{qualifier}{metric}{planned}"


_BETWEEN = {"difference": "{0}比{1}多多少？", "change": "{0}比{1}增长百分之多少？", "ratio": "{0}占{1}的比重是多少？"}


def _sides(query: Query, parser: QueryParser) -> str | None:
    """今年GDP目标比去年多多少: a figure set against another, each side said with its own time and kind."""
    form = "{0}是{1}的几倍？" if query.unit == "倍" else _BETWEEN.get(query.operation)
    if query.operation == "difference" and parser.lexicon.regex(
        "conversation", "follow_up", "shortfall_asked_pattern"
    ).search(query.text):
        form = "{0}比{1}少多少？"  # 比去年少了多少: said as asked
    if form is None or len(query.parts) != 2 or not all(p.metric or p.years for p in query.parts):
        return None
    first, second = query.parts
    same = not second.metric or re.sub(r"\s+", "", second.metric) == re.sub(r"\s+", "", first.metric)
    return form.format(_side(first, parser, False), _side(second, parser, same and bool(second.years)))


def _side(part: Part, parser: QueryParser, time_only: bool) -> str:
    """One side of a comparison: 2012年地区生产总值目标 (or 2011年 beside a side of the same metric)."""
    planned = (parser.report_year,) if part.kind == "target" and parser.report_year else ()
    years = "、".join(f"{y}年" for y in part.years or planned)  # a plan, naming no year, is of the year planned
    metric = "" if time_only else re.sub(r"\s+", "", part.metric)
    return _named(years, metric, part.kind, part.qualifiers, parser)


def _asking(query: Query) -> str:
    """How the figure is asked: 是多少, 增长多少, 排名第几, 比2011年多多少…"""
    other = "、".join(w for w in query.time.words if w) if query.time.compared else ""
    unit = query.unit if query.unit and query.unit not in ("元", "%") else ""
    if query.operation == "difference":
        return f"比{other}多多少？" if other else "相差多少？"
    if query.operation == "change":
        return f"比{other}增长百分之多少？" if other else "增长百分之多少？"
    if query.operation == "ratio":
        return "是几倍？" if unit == "倍" else "占比多少？"
    if query.operation == "sum":
        return f"一共多少{unit}？"
    if query.operation in ("comparison", "superlative"):
        return "哪个更高？" if query.operation == "comparison" else "哪个最高？"
    if query.aspect == "growth":
        return "增长多少？"
    if query.aspect == "rank":
        return "排第几？"
    if query.aspect == "share":
        return "占比多少？"
    if query.estimate:
        return "大概是多少（按增速倒推）？"  # 前年大概多少: a figure worked back, said so
    return f"有多少{unit}？" if unit else "是多少？"
