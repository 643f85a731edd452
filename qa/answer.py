"""What `ask` returns: the answer as shown, its kind and figure, and the sources it came from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Literal

from index.outline import HEADING_NUMBER

# number: a figure; passage: sentences quoted; none: the report does not say; clarify: an ask-back whose
# options are in ``options``; list: the items of a list of the report, in order, in ``options``
AnswerKind = Literal["number", "passage", "none", "clarify", "list"]


def numbered(items: Iterable[str]) -> str:
    """Items one per line, numbered from 1 (1. 科技创新)."""
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))


# a list as shown: items numbered from 1 (1. 科技创新), or under the report's own numbers ((一)指导思想, 一是…) after
# the line announcing them (共4项：), in plain text or as the web chat shows it
_LIST_LINE = re.compile(rf"\d+\. |：(?:\n|<br>){HEADING_NUMBER}")


_SOURCE_LINES = re.compile(r"\n\n(?:原文|出处)：")  # where `text` goes on to quote and place its sources


def shows_list(text: str) -> bool:
    """Whether an answer's text shows a list, one item per line."""
    return bool(_LIST_LINE.search(text))


@dataclass(frozen=True)
class Source:
    """A sentence the answer quotes (``cited``) or a chunk found beside it, with its heading path and span."""

    section: str
    text: str
    span: tuple[int, int] | None = None
    score: float | None = None
    cited: bool = False


@dataclass(frozen=True)
class Answer:
    """An answer: ``text`` as shown to the user; ``value``/``unit`` only when ``kind == "number"``; ``note`` a
    remark beside it."""

    text: str
    kind: AnswerKind
    value: float | None = None
    unit: str | None = None
    sources: list[Source] = field(default_factory=list)
    question: str = ""
    options: tuple[str, ...] = ()
    note: str = ""  # said beside the answer, not part of it (e.g. that only the latest turns were read)

    @property
    def body(self) -> str:
        """What the answer says, without the 原文/出处 lines that repeat its cited sources (shown from `sources`)."""
        return _SOURCE_LINES.split(self.text, maxsplit=1)[0]

    def to_dict(self) -> dict:
        data = asdict(self)
        for source in data["sources"]:
            source["span"] = list(source["span"]) if source["span"] else None
        data["options"] = list(self.options)
        return data
