"""Sentences and chunks: a section's text cut at sentence ends, never inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from index.periods import Period
from index.sections import Section

# 。；！？ and their ASCII forms end a sentence; a closing quote or bracket stays with it.
_SENTENCE = re.compile(r"[^。；;！!？?\n]*(?:[。；;！!？?]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class Sentence:
    """A sentence and its character span in the report."""

    text: str
    span: tuple[int, int]


@dataclass(frozen=True)
class Chunk:
    """A run of whole sentences of one section, the unit of retrieval."""

    id: int
    section_path: tuple[str, ...]
    text: str
    span: tuple[int, int]
    period: Period | None = None

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """The sentences of ``text``; spans are shifted by ``offset`` (the text's start in the report)."""
    out = []
    for m in _SENTENCE.finditer(text):
        raw = m.group()
        stripped = raw.strip(" \t\n\u3000")
        if stripped:
            start = m.start() + raw.index(stripped)
            out.append(Sentence(stripped, (offset + start, offset + start + len(stripped))))
    return out


def chunk_sections(
    report_text: str, sections: Iterable[Section], max_chars: int = 300, overlap: int = 1
) -> list[Chunk]:
    """Chunks of at most ``max_chars`` (a longer single sentence stays whole), ``overlap`` sentences shared."""
    if max_chars <= 0:
        raise ValueError(f"max_chars must be > 0, got {max_chars}")
    if overlap < 0:
        raise ValueError(f"overlap must be >= 0, got {overlap}")
    chunks: list[Chunk] = []
    for section in sections:
        sentences = [s for a, b in section.spans for s in split_sentences(report_text[a:b], a)]
        for window in _windows(sentences, max_chars, overlap):
            start, end = window[0].span[0], window[-1].span[1]
            chunks.append(Chunk(len(chunks), section.path, report_text[start:end], (start, end), section.period))
    return chunks


def _windows(sentences: list[Sentence], max_chars: int, overlap: int) -> list[list[Sentence]]:
    """Greedy windows of consecutive sentences; each starts ``overlap`` sentences before the last ended."""
    windows: list[list[Sentence]] = []
    i = 0
    while i < len(sentences):
        j, size = i, 0
        while j < len(sentences) and (j == i or size + len(sentences[j].text) <= max_chars):
            size += len(sentences[j].text)
            j += 1
        windows.append(sentences[i:j])
        if j >= len(sentences):
            break
        i = max(j - overlap, i + 1)
    return windows


def to_full_stop(at: int, chunks: Sequence[Chunk]) -> str:
    """The report's text from ``at`` to the next full stop, read across chunks (which may overlap)."""
    text, end = "", at
    for chunk in chunks:
        if chunk.span[1] <= end or chunk.span[0] > end:
            continue
        text += chunk.text[end - chunk.span[0] :]
        end = chunk.span[1]
        if "。" in text:
            break
    return text[: text.index("。") + 1] if "。" in text else text
