"""Questions about the report's organisation: how many parts or items a list has, an item by its position,
every item of a list, and what a counted phrase (两大…, 三个…) covers — from the section tree and the text."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from index.chunks import Chunk, split_sentences
from index.lexicon import current
from index.outline import Node, walk
from qa.answer import Answer, Source
from qa.context import Context
from qa.parse import QueryParser
from qa.query import Position, Query

MIN_LIST_COVERAGE = 0.75  # share of the list words' weight the headings must hold


def answer_structure(query: Query, context: Context) -> Answer | None:
    """The count, item or items of the list the question names; None when the report has no such list."""
    position, parser = query.position, context.parser
    if position is None:
        return None
    if position.counted:
        return _counted(position, context.index.chunks, query.text)
    node = find_list(context.index.outline, position, query, parser)
    if node is None or not node.children:
        return None
    items = node.children
    if position.count:
        return _count(node, position, query.text, frozenset(parser.lexicon.words("structure", "counted_with_ge")))
    if position.every:
        return _every(node, query.text)
    if position.index is not None and 0 < abs(position.index) <= len(items):
        item = items[position.index - 1 if position.index > 0 else position.index]
        return _item(node, item, position, query.text)
    return None


def find_list(root: Node, position: Position, query: Query, parser: QueryParser) -> Node | None:
    """The heading whose sub-headings form the list the question names (the report's parts when none)."""
    node = root
    lex = parser.lexicon
    words = lex.regex("structure", "pointer_pattern").sub("", position.list_words)
    if not lex.regex("structure", "whole_pattern").match(words.strip()):
        node = _best_node(root, words, query.years, parser)
    if node is not None and position.item_of is not None:
        items = node.children
        k = position.item_of
        node = items[k - 1 if k > 0 else k] if 0 < abs(k) <= len(items) else None
    return node


def _best_node(root: Node, words: str, years: Sequence[int], parser: QueryParser) -> Node | None:
    """The heading with sub-headings that shares the most weight of ``words``, rarer words weighing more."""
    nodes = list(walk(root))
    wanted = [w for w in parser.tokenizer.words(words) if not w.isdigit()]
    wanted += [f"{y}" for y in years]
    if not wanted:
        return None
    listed = [n for n in nodes if n.children]

    def weight(word: str) -> float:
        having = sum(word in n.heading for n in nodes)
        return math.log(1 + len(nodes) / (1 + having))

    def score(node: Node) -> float:
        own = sum(weight(w) for w in wanted if w in node.heading)
        above = sum(weight(w) for w in wanted if w not in node.heading and any(w in h for h in node.path))
        return own + 0.5 * above - 0.01 * len(node.path)

    best = max(listed, key=score, default=None)
    if best is None:
        return None
    total = sum(weight(w) for w in wanted)
    met = sum(weight(w) for w in wanted if any(w in h for h in best.path))
    # the list must be named by its headings, not by words that merely occur in them (申报科技计划项目多少项)
    return best if total > 0 and met / total >= MIN_LIST_COVERAGE else None


def _count(node: Node, position: Position, question: str, counted_with_ge: frozenset[str]) -> Answer:
    n = len(node.children)
    noun = position.unit or "项"
    unit = "个" if noun in counted_with_ge else noun
    where = f"“{node.title}”" if node.path else "报告"
    lines = "\n".join(f"{i}. {c.title}" for i, c in enumerate(node.children, start=1))
    counted = f"{n}个{noun}" if unit == "个" else f"{n}{noun}"
    text = f"{where}共{counted}：\n{lines}\n\n出处：{node.section or '报告全文'}"
    return Answer(text, "number", float(n), unit, _sources(node.children), question, _titles(node))


def _every(node: Node, question: str) -> Answer:
    where = f"“{node.title}”" if node.path else "报告"
    lines = "\n".join(f"{i}. {c.title}" for i, c in enumerate(node.children, start=1))
    text = f"{where}共{len(node.children)}项：\n{lines}\n\n出处：{node.section or '报告全文'}"
    return Answer(text, "list", None, None, _sources(node.children), question, _titles(node))


def _item(node: Node, item: Node, position: Position, question: str) -> Answer:
    n = node.children.index(item) + 1
    unit = position.unit or "项"
    first = _first_sentence(item)
    where = f"“{node.title}”" if node.path else "报告"
    text = f"{where}的第{n}{unit}：{item.title}"
    if first and first not in item.heading:
        text += f"\n\n{first}"
    text += f"\n\n出处：{item.section}"
    return Answer(text, "passage", None, None, _sources([item]), question)


def _first_sentence(node: Node) -> str:
    own = node.chunks or [c for child in node.children[:1] for c in child.chunks]
    if not own:
        return ""
    sentences = [s.text for s in split_sentences(own[0].text) if s.text.strip()]
    body = [s for s in sentences if s.strip() not in node.heading]
    text = "".join(body[:2]) if body else ""
    return text[:200] + ("…" if len(text) > 200 else "")


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


def _counted(position: Position, chunks: Sequence[Chunk], question: str) -> Answer | None:
    """两大基地是哪两个？: the items the report names beside the counted phrase."""
    phrase = position.counted or ""
    number = position.counted_number or 0
    for chunk in chunks:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            where = _phrase_in(sentence.text, phrase)
            if where is None:
                continue
            items = _items_near(sentence.text, where, number)
            if items:
                lines = "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))
                text = f"{phrase}指：\n{lines}\n\n原文：{sentence.text}\n出处：{chunk.section}"
                source = Source(chunk.section, sentence.text, sentence.span, None, cited=True)
                return Answer(text, "list", None, None, [source], question, tuple(items))
    return None


def _phrase_in(text: str, phrase: str) -> tuple[int, int] | None:
    """Where the counted phrase stands in a sentence, quotes allowed around its noun (三个“特区”)."""
    bare = phrase.replace("“", "").replace("”", "")
    pattern = "".join(f'{re.escape(ch)}[“”"]?' for ch in bare)
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


def _items_near(text: str, where: tuple[int, int], number: int) -> list[str]:
    """The ``number`` items listed right before the phrase (A、B、C三个特区), or quoted after it."""
    clause_start = max(text.rfind(p, 0, where[0]) for p in "，,：:；;") + 1
    before = text[clause_start : where[0]]
    quoted_before = _QUOTED.findall(before)
    if len(quoted_before) >= number > 0:
        return quoted_before[-number:]
    parts = [
        p.strip('“”" ') for p in current().regex("structure", "item_joiners_pattern").split(before) if p.strip('“”" ')
    ]
    if len(parts) == number and all(len(p) <= 16 for p in parts):
        return parts
    after = text[where[1] :]
    quoted_after = _QUOTED.findall(after)
    if len(quoted_after) >= number > 0:
        return quoted_after[:number]
    after_clause = re.split(r"[。；;]", after.lstrip("：:，,即是为"), maxsplit=1)[0]
    parts = [
        p.strip('“”" ')
        for p in current().regex("structure", "item_joiners_pattern").split(after_clause)
        if p.strip('“”" ')
    ]
    return parts if len(parts) == number and all(len(p) <= 16 for p in parts) else []
