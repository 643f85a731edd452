"""Questions about the report's organisation: how many parts or items a list has, an item by its position,
every item of a list, and what a counted phrase (两大…, 三个…) covers — from the section tree and the text."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from index.chunks import Chunk, split_sentences
from index.facts import Fact
from index.lexicon import current
from index.numbers import to_number
from index.outline import Node, walk
from index.sections import PREAMBLE
from qa.answer import Answer, Source, numbered
from qa.context import Context
from qa.numeric import source_of
from qa.parse import QueryParser
from qa.query import Position, Query, Step

MIN_LIST_COVERAGE = 0.75  # share of the list words' weight the headings must hold


# a list after a colon (colon_list): the word it lists stands this near before the colon, and each item is a clause
_LEAD_REACH = 8
_ITEM_MIN = 4
_LEAD_WITHIN = 4  # _without_lead: a list's lead verb starts within this many characters of its first item
_NAMED_INSIDE = 3  # _after_named: a word this long names the list from inside its clause
_PHRASE_MIN = 4  # items_beside: the question's words the sentence writes, at least this long


def answer_structure(query: Query, context: Context) -> Answer | None:
    """The count, item or items of the list the question names; None when the report has no such list."""
    position = query.position
    if position is None or (position.noun and position.pick is None):
        return None  # 第一个国家级孵化器: an ordinal before a noun, not a place in a list just named
    if position.ask in ("counted", "edge", "place"):
        return _placed(query, position, context)
    if position.ask == "figures":  # fewer than two figures there: how the part opens (or ends), quoted
        return _edge_figures(query, position, context) or _placed(query, replace(position, ask="edge"), context)
    root, parser = context.index.outline, context.parser
    if position.count and not position.path and not _of_report(query, parser):
        return None  # 一共几个？ naming neither a list's unit nor the report: no count of the report's parts
    chain = locate(root, position.path, parser, children=position.ask != "item")
    if chain is None and position.ask in ("count", "every"):
        leaf = locate(root, position.path, parser, children=False)
        if leaf and len(leaf) > 1 and not leaf[-1].children:  # 主要经济指标包括几项: a heading without sub-headings
            return _indicators(leaf[-1], position, query.text, context.facts) or _leaf(leaf, position, query.text)
    if chain is None and position.ask == "item":
        return _indicator_at(position, query.text, context)
    if chain is None or len(chain) < 2 and position.ask == "item":
        return _inline(position, context.index.chunks, query.text) if position.ask == "every" else None
    if position.ask == "item":
        return _item(chain[-2], chain[-1], position, query.text)
    return _of_list(chain, position, query.text, parser)


def _of_list(chain: list[Node], position: Position, question: str, parser: QueryParser) -> Answer | None:
    """How many items the list reached has, or which: all, or those whose headings name a word."""
    node = chain[-1]
    if position.item:  # 重点工作里讲品牌的有哪几条
        return _items_about(node, position, question)
    if not node.children:
        return _leaf(chain, position, question) if len(chain) > 1 else None
    if position.ask == "count":
        counted_with_ge = frozenset(parser.lexicon.words("structure", "counted_with_ge"))
        return _count_below(node, position, question, parser) or _count(node, position, question, counted_with_ge)
    return _every(node, question, position.run)


def _of_report(query: Query, parser: QueryParser) -> bool:
    """Whether a count at the report's top counts its parts: in a list's unit (几个部分), or the report named."""
    reader = parser.structure
    listed = query.position is not None and query.position.unit in reader.list_units
    return listed or bool(reader.wholes.search(query.text))


def _placed(query: Query, position: Position, context: Context) -> Answer | None:
    """What a counted phrase covers, how a part's text opens or ends, or the place of an item named."""
    if position.ask == "place":
        return _place(query, position, context)
    if position.pick is not None and query.figure:
        return None  # 第二个特区今年要新引进多少海外人才: a figure asked of the item, not the item itself
    root, parser = context.index.outline, context.parser
    chain = locate(root, position.path, parser, children=False)
    if position.ask == "edge":
        salutation = context.index.manifest.salutation
        return _edge(chain[-1], position, context.index.chunks, query.text, salutation) if chain else None
    for scope in reversed(chain or [root]):  # the heading named first, then the ones above it
        found = _counted(position, scope, context.index.chunks, query.text)
        if found is not None and (found.kind != "none" or scope is root):
            return found
    return None


def locate(root: Node, path: Sequence[Step], parser: QueryParser, children: bool = True) -> list[Node] | None:
    """The headings the path passes through, from the report's top (``children``: the last must have
    sub-headings); None when a step finds nothing. A place named first that the report's top lists do not hold
    (第九项, 第五项软件园品牌) is looked for in the one list that holds it."""
    chain = _located(root, path, parser, children)
    if chain is not None or not path:
        return chain
    # 第五项软件园品牌下面: the words after the place gloss its item, though read as the list's name
    glossed = len(path) >= 2 and path[0].index is None and path[1].index is not None and not path[0].section
    place, rest = ([path[1], path[0]], path[2:]) if glossed else (list(path[:2]), path[2:])
    if place[0].index is None:
        return None
    holder = _list_holding(root, place, parser)
    if holder is None:
        return None
    return _located(root, [Step(section=holder.section), *place, *rest], parser, children)


def _list_holding(root: Node, path: Sequence[Step], parser: QueryParser) -> Node | None:
    """The one list with an item at the place named, in the unit named (项 for the 1、 items), whose item there
    holds the words said with the place (第五项软件园品牌: 5、进一步做响软件园品牌)."""
    step, k = path[0], path[0].index or 0
    depth = parser.structure.depth(step.unit)
    gloss = path[1] if len(path) > 1 and path[1].index is None and not path[1].section else None
    found = [
        node
        for node in walk(root)
        if 0 < abs(k) <= len(node.children)
        and (depth is None or len(node.children[0].path) == depth)
        and (gloss is None or _glosses(gloss, node.children[k - 1 if k > 0 else k], parser))
    ]
    return found[0] if len(found) == 1 else None


def _located(root: Node, path: Sequence[Step], parser: QueryParser, children: bool) -> list[Node] | None:
    chain = [root]
    for i, step in enumerate(path):
        node = chain[-1]
        if step.section:  # the heading an earlier answer reached
            reached = _at_section(root, step.section)
            if reached is None:
                return None
            chain = _line_to(root, reached)
            continue
        if i == 0 and _below_parts(step, root, parser):
            chain.append(root.children[0])  # 第一个方面: the first part's list (一、2011年工作总结's 方面)
            node = chain[-1]
        if step.index is not None:
            if not node.children and i and path[i - 1].index is not None:
                chain.pop()  # 最后一点 after 头一条: the item just picked holds no list, so the place is beside it
            items, k = chain[-1].children, step.index
            if not 0 < abs(k) <= len(items):
                return None
            chain.append(items[k - 1 if k > 0 else k])
            continue
        if i and path[i - 1].index is not None and _glosses(step, chain[-1], parser):
            continue  # 第二项智慧城市那条: the words only gloss the item just reached
        following = path[i + 1] if i + 1 < len(path) else None
        listed = following.index is not None if following is not None else children
        best = _best_node(node, step, parser, listed)
        if best is None:
            return None
        chain.append(best)
    return chain


def _below_parts(step: Step, root: Node, parser: QueryParser) -> bool:
    """A place counted in a unit deeper than the report's parts (方面, 项), named first, when the report is in
    parts that each hold a list (一、2011年工作总结 / 二、2012年工作安排)."""
    if step.index is None or (parser.structure.depth(step.unit) or 0) < _BELOW_PARTS:
        return False
    parts = root.children
    return len(parts) > 1 and all(part.children for part in parts) and abs(step.index) <= len(parts[0].children)


_BELOW_PARTS = 2  # the depth of a unit that counts places inside a part (方面)


def _best_node(scope: Node, step: Step, parser: QueryParser, listed: bool) -> Node | None:
    """The heading under ``scope`` that shares the most weight of the step's words, rarer words weighing
    more; a word met only as an abbreviation (党建 in 党的建设) counts for less."""
    nodes = list(walk(scope))
    wanted = _wanted(step, parser)
    wanted += _heading_words(step, nodes, wanted, parser) if wanted else []
    if not wanted:
        return scope
    candidates = [n for n in nodes if n.children] if listed else nodes

    def weight(word: str) -> float:
        having = sum(word in n.heading for n in nodes)
        return math.log(1 + len(nodes) / (1 + having))

    def met(node: Node) -> float:
        return sum(weight(w) * max(_met(w, h) for h in node.path) for w in wanted)

    def score(node: Node) -> tuple[float, float, int]:
        """The words its path holds first, then those its own heading holds, then the shallower."""
        own = sum(weight(w) * _met(w, node.heading) for w in wanted)
        return round(met(node), 6), own, -len(node.path)

    best = max(candidates, key=score, default=None)
    total = sum(weight(w) for w in wanted)
    # the list must be named by its headings, not by words that merely occur in them (申报科技计划项目多少项)
    return best if best is not None and total > 0 and met(best) / total >= MIN_LIST_COVERAGE else None


def _heading_words(step: Step, nodes: Sequence[Node], wanted: Sequence[str], parser: QueryParser) -> list[str]:
    """Words of the step a question would not search by (安排 of 工作安排) that the headings write: they name one."""
    lex = parser.lexicon
    not_naming = {*lex.words("structure", "not_naming"), *lex.words("structure", "frame_words")}
    said = (step.words[a:b] for a, b in parser.tokenizer.dictionary_words(step.words))
    return [w for w in said if w not in wanted and w not in not_naming and any(w in n.heading for n in nodes)]


def _wanted(step: Step, parser: QueryParser) -> list[str]:
    """The words of a step that name a heading (not frames, units or pointers), and its years."""
    lex = parser.lexicon
    not_naming = {
        *lex.words("structure", "not_naming"),
        *lex.words("structure", "units"),
        *lex.words("structure", "frame_words"),
    }
    count_word = parser.lexicon.regex("structure", "count_word_pattern")
    words = [w for w in parser.tokenizer.words(step.words) if not w.isdigit() and not count_word.fullmatch(w)]
    wanted = [w for w in words if w not in not_naming]  # 三个 of 讲三个特区的 names no heading
    return wanted + [f"{y}" for y in step.years]


def _glosses(step: Step, node: Node, parser: QueryParser) -> bool:
    """Whether the node's own heading holds every word of the step (第二项智慧城市那条: 加快智慧城市产业基地建设)."""
    wanted = _wanted(step, parser)
    return bool(wanted) and all(_met(w, node.heading) for w in wanted)


def _met(word: str, heading: str) -> float:
    """1 when the heading holds the word or a word the genre's headings use for it (总结 in 工作回顾); 0.8 when it
    holds its characters in order, close together (党建 in 党的建设, 一般预算 in 一般公共预算); else 0."""
    alike = current().table("structure", "heading_alike").get(word, [])
    if word in heading or any(w in heading for w in alike):
        return 1.0
    if len(word) < 2:
        return 0.0
    pattern = ".{0,2}".join(re.escape(ch) for ch in word)
    return 0.8 if re.search(pattern, heading) else 0.0


def _count_below(node: Node, position: Position, question: str, parser: QueryParser) -> Answer | None:
    """工作总结五个方面下面一共有多少条: the list's size said in one unit (五个方面, its items) and a deeper unit
    counted (条): the items under each of them, added up; None when the size said is not the list's."""
    reader = parser.structure
    said = reader.list_size_unit.search(question)
    counted, of = reader.depth(position.unit), reader.depth(said.group(2) if said else None)
    if said is None or counted is None or of is None or counted <= of:
        return None
    size = int(to_number(said.group(1)) or 0)
    if size != len(node.children) or not all(child.children for child in node.children):
        return None
    counts = [len(child.children) for child in node.children]
    lines = "\n".join(
        f"{i}. {c.title}：{n}{position.unit}" for i, (c, n) in enumerate(zip(node.children, counts, strict=True), 1)
    )
    total = sum(counts)
    text = f"“{node.title}”{said.group()}下面共{total}{position.unit}：\n{lines}\n\n出处：{node.section or '报告全文'}"
    return Answer(text, "number", float(total), None, _sources(node.children), question, _titles(node))


def _count(node: Node, position: Position, question: str, counted_with_ge: frozenset[str]) -> Answer:
    n = len(node.children)
    noun = position.unit or "项"
    unit = "个" if noun in counted_with_ge else noun
    where = f"“{node.title}”" if node.path else "报告"
    lines = _lines(node.children)
    counted = f"{n}个{noun}" if unit == "个" and noun != "个" else f"{n}{noun}"
    text = f"{where}共{counted}：\n{lines}\n\n出处：{node.section or '报告全文'}"
    return Answer(text, "number", float(n), unit, _sources(node.children), question, _titles(node))


def _leaf(chain: list[Node], position: Position, question: str) -> Answer | None:
    """A heading without sub-headings: asked how many, it says so; asked for its items, the heading itself."""
    node = chain[-1]
    # 这条一共几点, of the item just given (not 这条下面有几点: inside it)
    pointed = bool(position.path) and bool(position.path[-1].section)
    pointed = pointed and not any(w in question for w in current().words("structure", "into"))
    if position.ask == "count" and pointed and len(chain) > 2:  # the list that item is in (社会管理那条)
        counted_with_ge = frozenset(current().words("structure", "counted_with_ge"))
        whole = _count(chain[-2], position, question, counted_with_ge)
        said = f"“{node.title}”下面没有再分条目；它所在的{whole.text}"
        return replace(whole, text=said)
    if position.ask == "count":
        text = f"“{node.title}”下面没有再分条目（报告在这里没有分点的小标题）。\n\n出处：{node.section}"
        return Answer(text, "none", None, None, _sources([node]), question)
    parent = next((n for n in [chain[0], *walk(chain[0])] if any(c is node for c in n.children)), None)
    return _item(parent, node, position, question, whole=True) if parent is not None else None


def _listed_indicators(node: Node, facts: Iterable[Fact]) -> dict[str, Fact]:
    """The first figure of each metric a heading's own text gives, in order."""
    found: dict[str, Fact] = {}
    for fact in facts:
        if fact.section_path == node.path and fact.aspect == "value":
            found.setdefault(fact.metric, fact)
    return found


def _indicators(node: Node, position: Position, question: str, facts: Iterable[Fact]) -> Answer | None:
    """The indicators a heading without sub-headings lists in its text (主要经济指标: 地区生产总值, 技工贸总收入…):
    one per metric its figures name, in order; None for fewer than two."""
    found = _listed_indicators(node, facts)
    if len(found) < 2:
        return None
    lines = "\n".join(f"{i}. {m}{f.text}" for i, (m, f) in enumerate(found.items(), start=1))  # as written
    count = f"“{node.title}”共{len(found)}项"
    sources = [source_of(f) for f in dict.fromkeys(found.values())]
    if position.ask == "count":
        text = f"{count}：\n{lines}\n\n出处：{node.section}"
        return Answer(text, "number", float(len(found)), "项", sources, question, tuple(found))
    return Answer(f"{count}：\n{lines}\n\n出处：{node.section}", "list", None, None, sources, question, tuple(found))


def _indicator_placed(query: Query, position: Position, scope: Node, context: Context) -> Answer | None:
    """技工贸总收入在主要经济指标里是第几项: the place of an indicator among those a heading without sub-headings
    lists in its text: the heading the path names (``scope``), or one the words name (of the years asked, when
    several are so named)."""
    words = position.item
    named = [scope] if scope.path and not scope.children else []
    leaves = (n for n in walk(context.index.outline) if not n.children and len(n.title) > 1)
    named = named or [n for n in leaves if n.title in words]
    named = [n for n in named if not query.years or any(str(y) in n.section for y in query.years)] or named
    for node in named:
        found = list(_listed_indicators(node, context.facts).items())
        rest = words.replace(node.title, " ")
        at = [i for i, (metric, _) in enumerate(found) if metric and len(_longest_run(rest, metric)) >= _NAMED_MIN]
        if len(found) >= 2 and len(at) == 1:
            n, (metric, fact) = at[0] + 1, found[at[0]]
            unit = _place_word(position)
            text = f"“{metric}”是“{node.title}”的第{n}{unit}（共{len(found)}{unit}）。"
            source = source_of(fact)
            text += f"\n\n原文：{source.text}\n出处：{source.section}"
            return Answer(text, "number", float(n), None, [source], query.text)
    return None


_NAMED_MIN = 4  # characters of an indicator's name the words must write (固定资产投资 of 全社会固定资产投资)


def _indicator_at(position: Position, question: str, context: Context) -> Answer | None:
    """最后一项是什么 after 主要经济指标列了几项: the indicator at that place among those a heading without
    sub-headings lists in its text."""
    *path, last = position.path or (Step(),)
    leaf = locate(context.index.outline, path, context.parser, children=False) if path else None
    if leaf is None or leaf[-1].children or last.index is None:
        return None
    found = list(_listed_indicators(leaf[-1], context.facts).items())
    if len(found) < 2 or not 0 < abs(last.index) <= len(found):
        return None
    n = last.index if last.index > 0 else len(found) + last.index + 1
    metric, fact = found[n - 1]
    source = source_of(fact)
    head = f"“{leaf[-1].title}”的第{n}{_place_word(position)}：{metric}{fact.text}"
    text = f"{head}\n\n原文：{source.text}\n出处：{source.section}"
    return Answer(text, "passage", None, None, [source], question, (metric,))


def _place(query: Query, position: Position, context: Context) -> Answer | None:
    """讲研发园的是第几项重点工作 / “人才特区”建设那条属于第一部分哪个方面: the item the words name (or the one the
    earlier answer was cited from), and the place that holds it in the list or part named, or at the depth of the
    unit asked; its number, or with ``heading`` its heading."""
    root, parser = context.index.outline, context.parser
    # 主要经济指标中，技工贸总收入排第几项: an indicator the text of a heading named lists
    leaf = locate(root, position.path, parser, children=False) if position.path else None
    listed = _indicator_placed(query, position, leaf[-1] if leaf else root, context) if position.item else None
    if listed is not None:
        return listed
    chain = locate(root, position.path, parser) if position.path else [root]
    if chain is None:
        return None
    scope = chain[-1]
    earlier = _at_section(root, query.section)
    item = _named_item(scope, position.item, parser) if position.item else earlier
    depth = parser.structure.depth(position.unit)
    if position.item and item is not None and earlier is not None and _lists(item, earlier, depth):
        scope, item = item, earlier  # 这些在重点工作里是第几条: the words name the list
    elif not position.path and position.item and earlier is not None:
        # 讲研发园的是第几项 after the list of 重点工作: the list just given is where the item is looked for first
        talked = _list_talked(root, earlier, position.item, parser)
        scope, item = (talked, _named_item(talked, position.item, parser)) if talked else (scope, item)
    if item is None or item is scope:
        return None
    if scope is root and depth is not None and len(item.path) <= depth - _DEPTH_SLACK:
        return None  # 第几点 of a heading two levels above any point: the words name no item counted so
    line = _line_to(root, item)
    owner = _owner(line, scope, parser.structure.depth(position.unit))
    parent = line[line.index(owner) - 1]
    n, unit = parent.children.index(owner) + 1, _place_word(position)
    where = f"“{parent.title}”" if parent.path else "报告"
    within = f"“{item.title}”在" if item is not owner else ""
    if position.heading:  # the heading asked, and its place as the answer's figure
        text = f"{within}{where}的第{n}{unit}：{owner.title}\n\n出处：{owner.section}"
        return Answer(text, "number", float(n), None, _sources([owner]), query.text)
    text = f"{within or f'“{owner.title}”是'}{where}的第{n}{unit}（共{len(parent.children)}{unit}）"
    text += f"：{owner.title}\n\n出处：{owner.section}" if within else f"。\n\n出处：{owner.section}"
    return Answer(text, "number", float(n), None, _sources([owner]), query.text)


def _edge(
    node: Node, position: Position, chunks: Sequence[Chunk], question: str, salutation: str = ""
) -> Answer | None:
    """How a part's text opens (its lead paragraph, before its sub-headings; the report's: the words before its
    first part) or ends (the last paragraph of the last text under it)."""
    if position.edge == "start":
        preamble = [c for c in chunks if c.section_path == (PREAMBLE,)] if not node.path else []
        holding = next((n for n in (node, *node.children[:1]) if n.chunks), None)
        own = preamble or (holding.chunks if holding is not None else [])
        said = next((p for p in _paragraphs(own) if p.strip() not in node.heading), "")
        where, at = "开头", None if preamble else holding
    else:
        # the text that ends last: an inline point (二是…) may hold an earlier chunk than its item's closing words
        holding = max((n for n in [node, *walk(node)] if n.chunks), key=lambda n: n.chunks[-1].span[1], default=None)
        paragraphs = _paragraphs(holding.chunks) if holding is not None else []
        said = _edge_paragraph(paragraphs[-_EDGE_WINDOW:][::-1], question) if paragraphs else ""
        where, at = "结尾", holding
    if not said:
        return None
    said = said if len(said) <= _EDGE_MAX else said[:_EDGE_MAX] + "…"
    if position.edge == "start" and not node.path and salutation:  # 同志们： the speaker opens with
        said = f"{salutation}\n{said}"
    name = f"“{node.title}”" if node.path else "报告"
    section = at.section if at is not None and at.path else PREAMBLE  # the words before the first part: 引言
    text = f"{name}{where}：\n\n{said}\n\n出处：{section}"
    return Answer(text, "passage", None, None, [Source(section, said, None, None, cited=True)], question)


_EDGE_MAX = 400  # characters of an opening or closing paragraph shown
_EDGE_WINDOW = 3  # closing paragraphs a question naming what it wants of the end (结尾向哪些人表示感谢) may pick from


def _edge_figures(query: Query, position: Position, context: Context) -> Answer | None:
    """总结开头列了几项主要经济指标: the things the opening (or closing) text of the part named gives amounts of, in
    order, each with its figure; None when that text gives fewer than two."""
    chain = locate(context.index.outline, position.path, context.parser, children=False)
    if not chain:
        return None
    node = chain[-1]
    if position.edge == "start":
        holding = next((n for n in (node, *node.children[:1]) if n.chunks), None)
        chunks = holding.chunks if holding is not None else []
    else:
        holding = max((n for n in [node, *walk(node)] if n.chunks), key=lambda n: n.chunks[-1].span[1], default=None)
        chunks = holding.chunks[-1:] if holding is not None else []
    given: dict[str, Fact] = {}
    for fact in sorted(context.facts, key=lambda f: f.span):
        inside = any(c.span[0] <= fact.span[0] < c.span[1] for c in chunks)
        written = any(ch.isdigit() for ch in fact.text)  # an indicator's figure, not 三部委 of a list of names
        if inside and written and fact.aspect == "value" and fact.metric and fact.metric not in given:
            given[fact.metric] = fact
    if len(given) < _FIGURES_MIN or holding is None:
        return None
    unit = position.unit or "项"
    items = [f"{metric}{fact.text}" for metric, fact in given.items()]
    where = "开头" if position.edge == "start" else "结尾"
    text = f"{where}{LISTED_IN_TEXT}{len(items)}{unit}：\n{numbered(items)}\n\n出处：{holding.section}"
    sources = [source_of(f) for f in given.values()]
    return Answer(text, "number", float(len(items)), unit, sources, query.text, tuple(items))


_FIGURES_MIN = 2  # figures an opening gives for its list of them to be counted
SOME_NAMED = "具体点名了其中"  # a counted phrase of which the report names only some: 共10项，具体点名了其中4项
LISTED_IN_TEXT = "列出了"  # how a count of things a text lists is said: 第二个 then picks one of them


def _edge_paragraph(paragraphs: Sequence[str], question: str) -> str:
    """The last paragraph, or one just before it that writes more of the question's words (结尾向哪些人表示感谢:
    the paragraph that thanks, before the closing one on shortcomings)."""
    edge = current().regex("structure", "edge_words")
    rest = edge.split(question)[-1] if edge.search(question) else ""
    pairs = {rest[i : i + 2] for i in range(len(rest) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", rest[i : i + 2])}

    def met(paragraph: str) -> int:
        return sum(pair in paragraph for pair in pairs)

    return max(paragraphs, key=met)  # the first of the best: the last paragraph when none writes more


def _paragraphs(chunks: Sequence[Chunk]) -> list[str]:
    """The paragraphs of consecutive chunks, the sentences they share written once."""
    text, end = "", -1
    for chunk in sorted(chunks, key=lambda c: c.span):
        start = chunk.span[0]
        if end < 0:
            text = chunk.text
        elif start < end:
            text += chunk.text[end - start :]
        else:
            text += "\n\n" + chunk.text
        end = max(end, chunk.span[1])
    return [p.strip() for p in re.split(r"\n+", text) if p.strip()]  # a line is a paragraph


def _lists(named: Node, earlier: Node, depth: int | None) -> bool:
    """Whether the heading named sits above the depth of the unit asked and holds the earlier answer's."""
    return depth is not None and len(named.path) < depth and earlier.path[: len(named.path)] == named.path


_DEPTH_SLACK = 2  # a unit's depth is a rule of thumb (节 may count sections one level up), not two levels off


def _list_talked(root: Node, earlier: Node, words: str, parser: QueryParser) -> Node | None:
    """讲研发园的是第几项 after the list of 重点工作 (or an item of it): the list just talked about, or the one the
    item just given is in, when the words name an item of it; None otherwise."""
    line = _line_to(root, earlier)
    for node in (earlier, line[-2] if len(line) > 1 else root):
        inside = _named_item(node, words, parser) if node.children and node is not root else None
        if inside is not None and inside is not node:
            return node
    return None


def _named_item(scope: Node, words: str, parser: QueryParser) -> Node | None:
    """The heading under ``scope`` the words name, else the heading whose own text holds them."""
    step = Step(words)
    found = _best_node(scope, step, parser, listed=False)
    wanted = _wanted(step, parser)
    if found is not None and found is not scope and all(max(_met(w, h) for h in found.path) for w in wanted):
        return found
    # 保障房建设是在哪一块讲的: words no heading holds all of, written together in one heading's text
    phrase = "".join(wanted)
    said = [n for n in walk(scope) if len(wanted) > 1 and any(phrase in c.text for c in n.chunks)]
    if len(said) == 1:
        return said[0]
    if found is not None and found is not scope:
        return found
    nodes = [n for n in walk(scope) if n.chunks]
    held = [(sum(len(w) for w in wanted if any(w in c.text for c in n.chunks)), n) for n in nodes]
    total = sum(len(w) for w in wanted)
    best = max(held, key=lambda pair: pair[0], default=(0, None))
    return best[1] if total and best[0] / total >= MIN_LIST_COVERAGE else None


def _at_section(root: Node, section: str | None) -> Node | None:
    """The heading an earlier answer was cited from (出处: its path), or the deepest one its path begins with."""
    if not section:
        return None
    return max((n for n in walk(root) if section.startswith(n.section)), key=lambda n: len(n.path), default=None)


def _line_to(root: Node, item: Node) -> list[Node]:
    """The headings from the report's top down to ``item``."""
    line = [root]
    while line[-1] is not item:
        line.append(next(c for c in line[-1].children if item.path[: len(c.path)] == c.path))
    return line


def _owner(line: list[Node], scope: Node, depth: int | None) -> Node:
    """The heading on the line to an item that the place is asked of: the one in the list named (``scope``),
    else the one at the depth of the unit asked, else the item itself."""
    if scope is not line[0] and scope in line and line[-1] is not scope:
        return line[line.index(scope) + 1]
    if depth is not None and 0 < depth < len(line):
        return line[depth]
    return line[-1]


def _every(node: Node, question: str, run: int | None = None) -> Answer:
    """All items of a list, or a run of them from one end (前五项: ``run`` 5; 后五项: -5), under their numbers."""
    where = f"“{node.title}”" if node.path else "报告"
    items = node.children
    said = f"共{len(items)}项"
    if run:
        items = items[:run] if run > 0 else items[run:]
        said = f"共{len(node.children)}项，{'前' if run > 0 else '后'}{len(items)}项是"
    text = f"{where}{said}：\n{_lines(items)}\n\n出处：{node.section or '报告全文'}"
    return Answer(text, "list", None, None, _sources(items), question, tuple(c.title for c in items))


def _items_about(node: Node, position: Position, question: str) -> Answer | None:
    """The items of a list whose headings name a word (重点工作里讲品牌的有哪几条), in order with their places;
    how many when a count is asked; None when no heading names it."""
    found = [(i, c) for i, c in enumerate(node.children, start=1) if position.item in c.title]
    if not found:
        return None
    unit = position.unit or "项"
    where = f"“{node.title}”" if node.path else "报告"
    lines = "\n".join(f"第{i}{unit}：{c.title}" for i, c in found)
    text = f"{where}中讲“{position.item}”的有{len(found)}{unit}：\n{lines}\n\n出处：{node.section or '报告全文'}"
    titles = tuple(c.title for _, c in found)
    sources = _sources([c for _, c in found])
    if position.ask == "count":
        return Answer(text, "number", float(len(found)), unit, sources, question, titles)
    return Answer(text, "list", None, None, sources, question, titles)


def _item(parent: Node, item: Node, position: Position, question: str, whole: bool = False) -> Answer:
    """An item of a list: its heading and first sentences (``whole``: all it says, for 具体包括哪些)."""
    n = parent.children.index(item) + 1
    unit = _place_word(position)
    first = _first_sentence(item, 600 if whole else 200, 12 if whole else 2)
    where = f"“{parent.title}”" if parent.path else "报告"
    text = f"{where}的第{n}{unit}：{item.title}"
    if first and first not in item.heading:
        text += f"\n\n{first}"
    text += f"\n\n出处：{item.section}"
    return Answer(text, "passage", None, None, _sources([item]), question)


def _lines(items: Sequence[Node]) -> str:
    """The items one per line under the report's own numbers ((一)指导思想), or numbered from 1 when unnumbered."""
    if all(item.numbered != item.title for item in items):
        return "\n".join(item.numbered for item in items)
    return numbered(item.title for item in items)


def _place_word(position: Position) -> str:
    """The word a place in the list is counted in (第3项, 第2个方面)."""
    unit = position.unit or "项"
    return f"个{unit}" if unit in current().words("structure", "ordinal_with_ge") else unit


def _first_sentence(node: Node, limit: int = 200, most: int = 2) -> str:
    own = node.chunks or [c for child in node.children[:1] for c in child.chunks]
    if not own:
        return ""
    sentences = [s.text for s in split_sentences(own[0].text) if s.text.strip()]
    body = [s for s in sentences if s.strip() not in node.heading]
    text = "".join(body[:most]) if body else ""
    return text[:limit] + ("…" if len(text) > limit else "")


def _sources(nodes: Sequence[Node]) -> list[Source]:
    out = []
    for node in nodes:
        chunk = node.chunks[0] if node.chunks else next((c for n in walk(node) for c in n.chunks), None)
        span = chunk.span if chunk else None
        out.append(Source(node.section, node.heading, span, None, cited=True))
    return out


def _titles(node: Node) -> tuple[str, ...]:
    return tuple(c.title for c in node.children)


_QUOTED = re.compile(r"[“\"]([^”\"]{1,16})[”\"]")


def _counted(position: Position, scope: Node, chunks: Sequence[Chunk], question: str) -> Answer | None:
    """两大基地是哪两个？: the items the report names beside the counted phrase, in the part of the report the
    question points at first; the sub-headings under it when the sentence lists none. With ``pick``
    (第三个特区下面要做些什么), what the report says of that item."""
    phrase = position.counted or ""
    if not position.counter:  # a slogan (“三区一城”): its items are not a run of one noun beside it
        return _slogan(phrase, scope, chunks, question) if position.pick is None and phrase else None
    found = _listed(
        position.counter + position.counted_noun, position.counted_noun, position.counted_number or 0, scope, chunks
    )
    if found is None and position.pick is None and position.counted_number:
        some = _some_named(phrase, position.counted_number, position.counter, scope, chunks, question)
        if some is not None:  # A、B等十项工作: the ones it names, and that it names no more
            return some
    if found is None:  # 哪几个特区 not listed anywhere: a passage question after all
        unlisted = position.pick is None and phrase and position.counted_number
        # 四项专题行动是哪四项, of 扎实开展四项专题行动 and no list of four anywhere: the report does not say
        return _unlisted(phrase, scope, chunks, question, quoted=False) if unlisted else None
    items, sentence, section, span = found
    phrase = phrase if position.counted_number else f"这{phrase}"  # 哪几个特区: 这几个特区指…
    if position.pick is not None:
        k = position.pick
        if not 0 < abs(k) <= len(items):
            return None
        item = items[k - 1 if k > 0 else k]
        near = next((n for n in walk(scope) if n.section == section), None)  # the list's own heading first
        about = (_about(item, near, sentence, question) if near is not None else None) or _about(
            item, scope, sentence, question
        )
        if about is not None:  # the item named first, then what the report says of it
            return replace(about, text=f"{phrase}的第{k if k > 0 else len(items) + 1 + k}个：{item}\n\n{about.text}")
        said = f"{item}\n\n原文：{sentence}\n出处：{section}"  # the report says no more of it than the list
        return Answer(said, "passage", None, None, [Source(section, sentence, span, None, cited=True)], question)
    return _list_answer(phrase, found, question)


def _slogan(phrase: str, scope: Node, chunks: Sequence[Chunk], question: str) -> Answer | None:
    """“五优联动”指什么: the items listed right beside the quoted slogan (优土、优种、优产、优储、优销“五优联动”).
    A slogan counting several things (“三区一城”) whose items the report never lists: it says so. Else None: the
    items may be written further off (the passage path looks)."""
    numerals = _NUMERALS.findall(phrase)
    number = int(to_number(numerals[0]) or 0) if len(numerals) == 1 else 0
    for chunk in chunks:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            where = _phrase_in(sentence.text, phrase)
            items = _items_near(sentence.text, where, number) if where else []
            if items:
                return _list_answer(phrase, (items, sentence.text, chunk.section, sentence.span), question)
    return _unlisted(phrase, scope, chunks, question) if len(numerals) >= 2 else None


_NUMERALS = re.compile(r"[一两二三四五六七八九十]")


def _some_named(
    phrase: str, number: int, counter: str, scope: Node, chunks: Sequence[Chunk], question: str
) -> Answer | None:
    """产业基地建设、…、社会管理创新等十项工作 asked which ten: the items the report names before 等, fewer than
    counted, said to be only some of them; None when no sentence names some of the phrase's items so."""
    said = [s.text for c in chunks for s in split_sentences(c.text, c.span[0]) if _phrase_in(s.text, phrase)]
    run = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}、){{{number - 1},}}[\u4e00-\u9fff]{{2,8}}")
    if any(run.search(text) for text in said):
        return None  # “六大科技专项”: a note elsewhere lists all six (the passage path quotes it)
    nodes = [scope, *walk(scope)]
    for chunk in [*(c for n in nodes for c in n.chunks), *chunks]:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            where = _phrase_in(sentence.text, phrase)
            if where is None or not _some_listed(sentence.text, where[0]):
                continue
            items = _named_before(sentence.text, where[0])
            if not 2 <= len(items) < number:
                continue
            lines = "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))
            counted = f"{number}{counter if counter != '大' else '个'}"  # 十项 → 10项, 五大 → 5个
            text = (
                f"报告说的“{phrase}”共{counted}，{SOME_NAMED}{len(items)}项（其余没有列出）：\n{lines}"
                f"\n\n原文：{sentence.text}\n出处：{chunk.section}"
            )
            source = Source(chunk.section, sentence.text, sentence.span, None, cited=True)
            return Answer(text, "list", None, None, [source], question, tuple(items))
    return None


def _named_before(text: str, at: int) -> list[str]:
    """The items a clause names before the 等 that ends it at ``at`` (着力推进A、B、C等), its lead verb apart."""
    clause_start = max(text.rfind(p, 0, at) for p in "，,：:；;") + 1
    before = text[clause_start:at].rstrip('“"')
    for ending in sorted(current().words("structure", "listed_some_endings"), key=len, reverse=True):
        before = before.removesuffix(ending)
    parts = [p.strip('“”" ') for p in _split_items(before) if p.strip('“”" ')]
    return _without_lead(parts) if len(parts) >= 2 and all(2 <= len(p) <= 16 for p in parts) else []


def _list_answer(phrase: str, found: tuple[list[str], str, str, tuple[int, int]], question: str) -> Answer:
    """The items of a phrase, in order, with the sentence naming them."""
    items, sentence, section, span = found
    lines = "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))
    text = f"{phrase}指：\n{lines}\n\n原文：{sentence}\n出处：{section}"
    return Answer(text, "list", None, None, [Source(section, sentence, span, None, cited=True)], question, tuple(items))


def _unlisted(phrase: str, scope: Node, chunks: Sequence[Chunk], question: str, quoted: bool = True) -> Answer | None:
    """“六个加快”具体是哪六个 / “333行动计划”的三大任务是哪三个: the report names the counted phrase only as a quoted
    slogan (or a quoted name's) and never spells out its items; it says so, with the sentence naming it. None when
    the report does not quote the phrase (its items may be written in other words elsewhere: the passage path
    looks), unless ``quoted`` is off: a counted phrase (四项专题行动) whose items no list of its count gives."""
    nodes = [scope, *walk(scope)]
    inside = [c for n in nodes for c in n.chunks]
    for chunk in [*inside, *chunks]:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            where = _phrase_in(sentence.text, phrase)
            if where is None or (quoted and not _named_as_slogan(sentence.text, where[0])):
                continue
            if not quoted and _some_listed(sentence.text, where[0]):
                return None  # 产业基地建设、…、社会管理创新等十项工作: some of them are named (the passage path)
            text = f"报告提到了“{phrase}”，但没有列出它具体包括哪些。\n\n原文：{sentence.text}\n出处：{chunk.section}"
            source = Source(chunk.section, sentence.text, sentence.span, None, cited=True)
            return Answer(text, "none", None, None, [source], question)
    return None


def answer_unexplained(query: Query, context: Context) -> Answer | None:
    """“双十计划”具体是什么内容: a name the report writes in quotes, asked what it means, when the report never spells
    it out (only a bare clause names it, with no list or description in its sentence, and no heading of its own):
    the report does not say, with the sentence naming it. None for any other question."""
    lex = context.parser.lexicon
    if not lex.regex("structure", "definition_asked_pattern").search(query.text):
        return None
    chunks = context.index.chunks
    names = {m.group(1) for c in chunks for m in _QUOTED.finditer(c.text)}
    asked = sorted((n for n in names if n in query.text), key=len, reverse=True)
    if not asked or len(asked[0]) < _NAME_MIN:
        return None
    name = asked[0]
    said = [(c, s) for c in chunks for s in split_sentences(c.text, c.span[0]) if f"“{name}”" in s.text]
    if not said or any(name in c.section for c, _ in said) or any(_spelled_out(s.text, name) for _, s in said):
        return None
    chunk, sentence = said[0]
    text = f"报告提到了“{name}”，但没有说明它具体指什么。\n\n原文：{sentence.text}\n出处：{chunk.section}"
    source = Source(chunk.section, sentence.text, sentence.span, None, cited=True)
    return Answer(text, "none", None, None, [source], query.text)


def _spelled_out(sentence: str, name: str) -> bool:
    """Whether the sentence may say what the quoted name is: anything but a bare clause of a short verb and the name
    (深入推进“双十计划”,…), a list anywhere in it (抓好外贸“五新”，加快引育新主体，…、…), or words such as 即 or a
    colon right after the name."""
    at = sentence.index(f"“{name}”")
    end = at + len(name) + 2
    if current().regex("structure", "spelled_after_pattern").match(sentence[end:]) or "、" in sentence:
        return True
    start = max(sentence.rfind(p, 0, at) for p in _CLAUSE_ENDS) + 1
    stop = min((i for i in (sentence.find(p, end) for p in _CLAUSE_ENDS) if i >= 0), default=len(sentence))
    before, after = sentence[start:at], sentence[end:stop]
    return len(before) > _BARE_VERB or "的" in before or bool(after.strip())


_CLAUSE_ENDS = "，,；;：:。"
_BARE_VERB = 4  # characters before a quoted name in a clause that only names it (深入推进, 抓好外贸)


_NAME_MIN = 2  # characters: a quoted name asked about (“3+3”), not a quoted word


def _some_listed(sentence: str, at: int) -> bool:
    """Whether the items just before a counted phrase are listed, some of them (A、B等十项工作)."""
    before = sentence[:at].rstrip('“"')
    return before.endswith(tuple(current().words("structure", "listed_some_endings")))


def _named_as_slogan(sentence: str, at: int) -> bool:
    """Whether the phrase at ``at`` is quoted (“六个加快”) or belongs to a quoted name just before it (“333行动计划”
    确立的三大任务): a name the report uses, not a run of items it goes on to list."""
    before = sentence[: at + 1]
    return before.count("“") > before.count("”") or "”" in sentence[max(0, at - _OWNER_GAP) : at]


_OWNER_GAP = 6  # characters between a quoted name and the counted phrase that belongs to it (”确立的)


def _inline(position: Position, chunks: Sequence[Chunk], question: str) -> Answer | None:
    """三年提升行动计划涉及哪几个领域: a list the text runs inline beside the words named, not a heading."""
    words = position.list_words
    if len(words) < 2:
        return None
    listed = _listed(words, words, 0, Node(()), chunks)
    return _list_answer(words, listed, question) if listed is not None else None


def _listed(
    phrase: str, noun: str, number: int, scope: Node, chunks: Sequence[Chunk]
) -> tuple[list[str], str, str, tuple[int, int]] | None:
    """The items of the phrase, the sentence naming it, its section and span: in ``scope`` first."""
    nodes = [scope, *walk(scope)]
    inside = [(n, c) for n in nodes for c in n.chunks]
    held = {id(c) for _, c in inside}
    everywhere = inside + [(None, c) for c in chunks if id(c) not in held]
    for node, chunk in everywhere:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            where = _phrase_in(sentence.text, phrase)
            if where is None:
                continue
            items = _items_near(sentence.text, where, number)
            # 两大产业基地: its two sub-headings; 重点采取以下五个方面的工作举措: the five headings its colon opens
            opens = sentence.text.rstrip().endswith((":", "：")) and node is not None and len(node.children) == number
            if not items and node is not None and number and (_headed(node, noun, number) or opens):
                items = [c.title for c in node.children]
            if items:
                return items, sentence.text, chunk.section, sentence.span
    # 它提到的三个特区: “科技特区”、“人才特区”和“资本特区”, the count not written; 哪几个特区: the longest run
    runs = (
        (items, sentence.text, chunk.section, sentence.span)
        for _, chunk in inside
        for sentence in split_sentences(chunk.text, chunk.span[0])
        if (items := _run_of(sentence.text, noun, number))
    )
    return next(runs, None) if number else max(runs, key=lambda run: len(run[0]), default=None)


def _headed(node: Node, noun: str, number: int) -> bool:
    """Whether the node's sub-headings are the counted things: as many, and one names the noun's head (基地 of
    产业基地), unlike 两大系统 beside two sub-headings about 产业基地."""
    head = noun[-2:]
    return len(node.children) == number and len(head) == 2 and any(head in c.title for c in node.children)


def _run_of(text: str, noun: str, number: int) -> list[str]:
    """Items that end in ``noun`` written one after another, joined by 、和及与 (“科技特区”、“人才特区”)."""
    if len(noun) < 2:
        return []
    item = rf"[“\"]?[\u4e00-\u9fff]{{1,8}}?{re.escape(noun)}[”\"]?"
    joiner = current().pattern("structure", "item_joiners_pattern")
    for m in re.finditer(rf"{item}(?:(?:{joiner}){item})+", text):
        if not number and "、" not in m.group():
            continue  # 哪几种教育: a list the report writes with 、, not 基础教育和职业教育 in a verb's object
        items = [i.strip('“”"') for i in re.findall(item, m.group())]
        if _fits(items, number):
            return items
    return []


def _about(item: str, scope: Node, named_in: str, question: str) -> Answer | None:
    """What the report says of one item of a counted phrase: its heading under ``scope`` with the sentences
    after it, else the first other sentence naming it, else a heading writing its characters close together
    (能力提升: 强化干部能力水平提升)."""
    bare = item.strip('“”"')
    headed = next((n for n in walk(scope) if bare in n.heading), None)
    if headed is not None:
        return _headed_answer(headed, question)
    for node in [scope, *walk(scope)]:
        for chunk in node.chunks:
            for sentence in split_sentences(chunk.text, chunk.span[0]):
                if bare in sentence.text and sentence.text != named_in:
                    source = Source(chunk.section, sentence.text, sentence.span, None, cited=True)
                    text = f"{sentence.text}\n\n出处：{chunk.section}"
                    return Answer(text, "passage", None, None, [source], question)
    headed = next((n for n in walk(scope) if len(bare) >= _PHRASE_MIN and _met(bare, n.heading)), None)
    return _headed_answer(headed, question) if headed is not None else None


def _headed_answer(node: Node, question: str) -> Answer:
    body = _first_sentence(node, 400, 8)
    heading = "" if body.startswith(node.heading.rstrip("。.")) else node.heading  # the body opens with it
    text = "\n\n".join(t for t in (heading, body, f"出处：{node.section}") if t)
    return Answer(text, "passage", None, None, _sources([node]), question)


def _phrase_in(text: str, phrase: str) -> tuple[int, int] | None:
    """Where the counted phrase stands in a sentence, quotes allowed around its noun (三个“特区”) and 的 inside it
    (五个方面工作举措 as 五个方面的工作举措)."""
    bare = phrase.replace("“", "").replace("”", "")
    pattern = "".join(f'{re.escape(ch)}[“”"]?的?' for ch in bare)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def _split_items(text: str) -> list[str]:
    """The items of a run: cut at 、, and the last one at 和/及/与 too (A、B和C); a 和 inside an earlier item joins
    two things of one item (产业基地建设、旧村改造和新城建设、社会管理创新)."""
    joiners = current().regex("structure", "item_joiners_pattern")
    pieces = text.split("、")
    if len(pieces) < 2:
        return joiners.split(text)
    return [*pieces[:-1], *joiners.split(pieces[-1])]


def _items_near(text: str, where: tuple[int, int], number: int) -> list[str]:
    """The ``number`` items listed right before the phrase (A、B、C三个特区), or quoted after it."""
    clause_start = max(text.rfind(p, 0, where[0]) for p in "，,：:；;") + 1
    before = re.sub(r"[一二三四五六七八九十两\d]+$", "", text[clause_start : where[0]])  # 品牌三 of 品牌三大战略
    # “一个行动、两项工程”: the phrase is inside a quoted name, not after its items
    if before.rstrip("“").count("“") > before.count("”"):
        before = ""
    quoted_before = _QUOTED.findall(before)
    if _fits(quoted_before, number, at_least=True):
        return quoted_before[-number:] if number else quoted_before
    parts = [p.strip('“”" ') for p in _split_items(before) if p.strip('“”" ')]
    if _fits(parts, number) and all(2 <= len(p) <= 16 for p in parts):
        return _without_lead(parts)
    after = text[where[1] :]
    if _names_after(text, where[1]):
        return []  # 弘扬“三思三创”精神,…: the phrase names what follows it, no items of its own come next
    # quoted items follow the phrase at once (两大战略：“A”、“B”), not further on in the sentence
    quoted_after = _QUOTED.findall(after) if after.lstrip('”"：:，,即是为 ').startswith("“") else []
    if _fits(quoted_after, number, at_least=True):
        return quoted_after[:number] if number else quoted_after
    after_clause = re.split(r"[。；;]", after.lstrip("：:，,即是为"), maxsplit=1)[0]
    run = re.split(r"[，,]", after_clause, maxsplit=1)[0]
    # 钱家、…、老庙等村的拆迁,其中…: a run closed by 等 ends its clause
    after_clause = run if "、" in run and "等" in run.rsplit("、", 1)[-1] else after_clause
    parts = [p.strip('“”" ') for p in _split_items(after_clause) if p.strip('“”" ')]
    if len(parts) >= 2 and "等" in parts[-1]:  # 基本完成钱家、…、老庙等村的拆迁,其中…: the run ends at 等
        parts[-1] = parts[-1][: parts[-1].rindex("等")]
    return parts if _fits(parts, number) and all(len(p) <= 16 for p in parts) else []


def _names_after(text: str, end: int) -> bool:
    """Whether a quoted phrase ending at ``end`` runs straight into a noun it names (“三思三创”精神), rather than
    into its items (a colon, a comma, 即, 是, 为 or a quote)."""
    quoted = text[end - 1 : end] in ("”", '"') or text[end : end + 1] in ("”", '"')
    rest = text[end:].lstrip('”"')
    return quoted and bool(re.match(r"[\u4e00-\u9fff]", rest)) and not rest.startswith(("即", "是", "为"))


def _without_lead(items: list[str]) -> list[str]:
    """制定科技创新、产业发展、创业孵化: the verb opening the run is no part of its first item, when the item is
    longer than every other without it; 等 closing the run (作风效能等) is no part of its last."""
    if len(items) >= 2 and "等" in items[-1][1:]:  # 作风效能等, 澳嘉桥等村的: 等 closes the run
        items = [*items[:-1], items[-1][: items[-1].rindex("等")]]
    first, rest = items[0], items[1:]
    # the lead verb, after any subject before it (我们将强化招商引资)
    lead = current().regex("structure", "list_lead_verbs").search(first, 0, _LEAD_WITHIN + 2)
    if lead is None or not rest or len(first) <= max(len(i) for i in rest):
        return items
    return [first[lead.end() :], *rest] if len(first) - lead.end() >= 2 else items


def _fits(items: Sequence[str], number: int, at_least: bool = False) -> bool:
    """Whether the items are the number counted (at least that many, ``at_least``), or two or more uncounted."""
    if not number:
        return len(items) >= 2
    return len(items) >= number if at_least else len(items) == number


def colon_led(sentence: str, words: Sequence[str]) -> bool:
    """Whether a word of ``words`` (two characters or more) leads a colon of the sentence (还存在一些不足：)."""
    leads = (sentence[max(0, m.start() - _LEAD_REACH) : m.start()] for m in re.finditer(r"[：:]", sentence))
    return any(len(w) > 1 and w in lead for lead in leads for w in words)


def colon_list(sentence: str, words: Sequence[str]) -> list[str]:
    """The items a sentence lists after a colon that follows one of ``words`` (还存在一些不足：A；B；C。), one per
    clause; empty when it lists none after them."""
    for m in re.finditer(r"[：:]", sentence):
        lead = sentence[max(0, m.start() - _LEAD_REACH) : m.start()]
        if not any(w in lead for w in words):
            continue
        items = [i.strip(" 。.") for i in re.split(r"[；;]", sentence[m.end() :])]
        items = [i for i in items if i]
        if len(items) >= 2 and all(len(i) >= _ITEM_MIN for i in items):
            return items
    return _after_named(sentence, words)


def _after_named(sentence: str, words: Sequence[str]) -> list[str]:
    """获得了一系列国家级荣誉,被…授予A,被…批准为B,…。: the clauses after a clause that announces several of the
    things named (一系列…荣誉), to the full stop, when no colon opens the list."""

    def named(lead: str) -> bool:  # the clause ends with a word of the question's, or holds a longer one (国家级)
        return any(w and (lead.endswith(w) or len(w) >= _NAMED_INSIDE and w in lead) for w in words)

    return _after_lead(sentence, named)


def announced_list(sentence: str) -> list[str]:
    """The clauses after the first clause of a sentence that announces several things (获得了一系列国家级荣誉,
    被…授予A,被…批准为B…), whatever they are named; for a list counted in a sentence just quoted."""
    return _after_lead(sentence, lambda lead: True)


def _after_lead(sentence: str, named: Callable[[str], bool]) -> list[str]:
    collective = current().regex("structure", "collective_pattern")
    for m in re.finditer(r"[,，]", sentence):
        lead = re.split(r"[,，；;：:]", sentence[: m.start()])[-1]
        if not named(lead) or not collective.search(lead):
            continue  # 总部一期9个项目全面竣工,…: no list announced
        items = [i.strip(" 。.") for i in re.split(r"[,，；;]", sentence[m.end() :])]
        items = _alike_run([i for i in items if i])
        if len(items) >= 2 and all(len(i) >= _ITEM_MIN for i in items):
            return items
    return []


def _alike_run(items: list[str]) -> list[str]:
    """The clauses that go on as the first began (被…授予A, 被…批准为B, 研发园被…批准为C), not the conclusion after
    them (为园区发展奠定了坚实基础)."""
    if not items:
        return items
    marker = items[0][0]
    run = [items[0]]
    for item in items[1:]:
        if marker not in item:
            break
        run.append(item)
    return run


def items_beside(sentence: str, words: str, unit: str | None = None) -> list[str]:
    """The items a sentence lists right beside the longest run of ``words`` it writes (制定科技创新、产业发展、
    创业孵化、新城建设三年提升行动计划 for 三年提升行动计划有几个); empty when it writes no run of them, lists
    nothing there, or writes their count in ``unit`` right after the run (国际、国内标准制修订26项)."""
    run = _longest_run(words, sentence)
    if len(run) < _PHRASE_MIN:
        return []
    if unit and re.match(rf"\s*\d+(?:\.\d+)?{re.escape(unit)}", sentence[sentence.index(run) + len(run) :]):
        return []
    start = sentence.index(run)
    end = start + len(run)
    if "、" in sentence[end : end + _WORD_REST] or "、" in sentence[max(0, start - _WORD_REST) : start]:
        return []  # 增加公交线路、车辆和站点: the thing named (公交线) is itself one of the items, no list of its own
    return _items_near(sentence, (start, end), 0)


_WORD_REST = 2  # characters a word named may go on by before the 、 after it (公交线 | 路、)


def _longest_run(words: str, text: str) -> str:
    """The longest piece of ``words`` that ``text`` writes."""
    best = ""
    for i in range(len(words)):
        for j in range(len(words), i + len(best), -1):
            if words[i:j] in text:
                best = words[i:j]
                break
    return best
