"""The report's outline: its headings as a tree in document order, each with its sub-headings and chunks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from index.chunks import Chunk
from index.sections import PREAMBLE

# the number a heading opens with (一、 / (三) / 3、 / (2) / 一是)
HEADING_NUMBER = (
    r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[、.]|[（(]\d{1,2}[）)]"
    r"|[一二三四五六七八九十]是)"
)
_HEADING_MARK = re.compile("^" + HEADING_NUMBER)


@dataclass
class Node:
    """A heading of the report with its sub-headings in order, and the chunks under it."""

    path: tuple[str, ...]
    children: list[Node] = field(default_factory=list)
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return self.path[-1] if self.path else ""

    @property
    def section(self) -> str:
        return " > ".join(self.path)

    @property
    def title(self) -> str:
        """The heading without its number (一、/(三)/3、/一是) and without the sentence it runs into; a heading
        short enough to be one title (主导产业进一步壮大,经济发展质量明显提高) is kept whole, commas and all."""
        heading = re.split(r"[。；;]", _HEADING_MARK.sub("", self.heading), maxsplit=1)[0]
        return heading if len(heading) <= _SHORT_HEADING else re.split(r"[,，]", heading, maxsplit=1)[0]

    @property
    def numbered(self) -> str:
        """The title under the report's own number for it ((一)指导思想, 一是加快…), or the title alone."""
        mark = _HEADING_MARK.match(self.heading)
        return f"{mark.group()}{self.title}" if mark else self.title


_SHORT_HEADING = 24


def outline(chunks: Sequence[Chunk]) -> Node:
    """The report's headings as a tree, in document order (the preamble left out)."""
    root = Node(())
    nodes: dict[tuple[str, ...], Node] = {(): root}
    for chunk in chunks:
        path = chunk.section_path
        if path == (PREAMBLE,):
            continue
        for depth in range(1, len(path) + 1):
            prefix = path[:depth]
            if prefix not in nodes:
                nodes[prefix] = Node(prefix)
                nodes[prefix[:-1]].children.append(nodes[prefix])
        nodes[path].chunks.append(chunk)
    return root


def walk(node: Node) -> Iterator[Node]:
    """Every heading under ``node``, in document order."""
    for child in node.children:
        yield child
        yield from walk(child)
