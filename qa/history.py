"""Earlier turns of a conversation, accepted as (question, answer) pairs or Gradio-style messages."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Turn = tuple[str, str]

# what a conversation keeps: the last turns, within a size; a follow-up leans on the last few, never on the 21st
MAX_TURNS = 20
MAX_HISTORY_BYTES = 20_000


def kept(turns: list[Turn]) -> tuple[list[Turn], int]:
    """The newest turns within `MAX_TURNS` and `MAX_HISTORY_BYTES` (UTF-8), and how many older turns were left
    out: answering costs the same however long the conversation has run. The newest turn is always kept, cut to
    the size limit if it alone is larger."""
    if not turns:
        return [], 0
    question, answer = turns[-1]
    newest = (question[: MAX_HISTORY_BYTES // 16], answer[: MAX_HISTORY_BYTES // 8])  # ≤ 4 bytes a character
    size, start = _size(newest), len(turns) - 1
    while start > 0 and len(turns) - start < MAX_TURNS:
        size += _size(turns[start - 1])
        if size > MAX_HISTORY_BYTES:
            break
        start -= 1
    return [*turns[start:-1], newest], start


def left_out_note(read: int, left_out: int) -> str:
    """What an answer says beside itself when only the latest ``read`` turns of a conversation were read."""
    return f"对话已较长：只接着最近{read}轮来理解，更早的{left_out}轮没有参考。"


def _size(turn: Turn) -> int:
    return sum(len(text.encode("utf-8", "replace")) for text in turn)


def normalize_history(history: Sequence[Any] | None) -> list[Turn]:
    """(question, answer) pairs from pairs or from [{"role": "user"|"assistant", "content": str}, ...]."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise TypeError(
            f"history must be a list of (question, answer) pairs or of messages, got {type(history).__name__}"
        )
    if all(isinstance(item, dict) for item in history):
        return _pairs_from_messages(history)
    turns: list[Turn] = []
    for i, item in enumerate(history):
        if isinstance(item, (str, bytes, dict)) or not isinstance(item, Sequence) or len(item) != 2:
            raise ValueError(f"history[{i}] must be a (question, answer) pair, got {item!r:.80}")
        question, answer = item
        if not isinstance(question, str) or not isinstance(answer, (str, type(None))):
            raise TypeError(
                f"history[{i}] must hold two strings, got {type(question).__name__}, {type(answer).__name__}"
            )
        turns.append((question, answer or ""))
    return turns


def _pairs_from_messages(messages: Sequence[dict]) -> list[Turn]:
    turns: list[Turn] = []
    for i, message in enumerate(messages):
        role, content = message.get("role"), message.get("content")
        if role not in ("user", "assistant", "system"):
            raise ValueError(f"history[{i}]['role'] must be 'user' or 'assistant', got {role!r}")
        if isinstance(content, list):  # multimodal content blocks: keep their text
            content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
        if not isinstance(content, str):
            raise TypeError(f"history[{i}]['content'] must be a string, got {type(content).__name__}")
        if role == "user":
            turns.append((content, ""))
        elif role == "assistant" and turns and not turns[-1][1]:
            turns[-1] = (turns[-1][0], content)
    return turns


@dataclass(frozen=True)
class Shown:
    """An earlier answer as its text shows it, whether as `ask` wrote it (body, 原文：, 出处：) or as the web chat's
    plain text (body, 出处：…, 来源 1：section   sentence): what it said, where from, and the sentence it quoted."""

    body: str
    section: str | None
    quoted: str
    figure: bool = False  # it gave a figure (ask's 原文： line, or the chat's figure shown first)

    @property
    def refused(self) -> bool:
        """Whether it said the report has no figure for what was asked."""
        return self.body.startswith(NO_FIGURE)

    @property
    def refused_passage(self) -> bool:
        """Whether it said the report has nothing on what a passage question asked."""
        return self.body.startswith(NO_PASSAGE)


NO_FIGURE = "报告中没有“"  # how a refusal of a figure begins
NO_PASSAGE = "报告中没有找到关于“"  # how a refusal of a passage question begins


_BODY_END = re.compile(r"\n\n(?:原文|出处)：|\s+出处：|\s+来源\s*1：")
# the section: 出处：… as `ask` writes it, or the chat's first source (来源 1：section, its sentence after a gap)
_SECTION = re.compile(r"(?:出处|来源\s*1)：\s*(.+?)\s*(?:\n|\s{2,}|来源\s*\d|$)")
_QUOTED = re.compile(r"^原文：(.+)$", re.MULTILINE)
_CHAT_QUOTED = re.compile(r"来源\s*1：.+?\s{2,}(.+?)\s*(?:\n|来源\s*\d|$)")
_UNDERSTOOD = re.compile(r"^理解为：\S+\s+")
_FIGURE_LINE = re.compile(r"^\s*-?[\d,]+(?:\.\d+)?[^\s\d]{0,6}[ \t]*\n\s*")  # the chat shows the figure first


def shown(answer: str) -> Shown:
    """The parts of an earlier answer's text (see `Shown`)."""
    cut = _BODY_END.search(answer)
    body = _FIGURE_LINE.sub("", (answer[: cut.start()] if cut else answer).strip())
    body = _UNDERSTOOD.sub("", body)
    section = _SECTION.search(answer)
    quoted = _QUOTED.search(answer) or _CHAT_QUOTED.search(answer)
    figure = bool(_QUOTED.search(answer) or _FIGURE_LINE.match(answer.strip()))
    return Shown(body, section.group(1).strip() if section else None, quoted.group(1).strip() if quoted else "", figure)
