"""Splitting a report into its section tree: parts, sections, numbered items, inline enumerations."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from index.periods import Period, period_by_year, period_of_heading, period_of_opening, years_named
from index.report import ReportText, squeeze

PREAMBLE = "引言"
_CN = "一二三四五六七八九十"
# (level, pattern) — level 1 parts 一、, level 2 sections (一), level 3 items 1、; (1) and 一是 nest one level
# under an item of a shallower kind (一是 under 3、, (1) under 1.), else stand at the level below their parent
_HEADINGS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^[{_CN}]{{1,3}}、")),
    (2, re.compile(rf"^[（(][{_CN}]{{1,3}}[）)]")),
    (3, re.compile(r"^\d{1,2}\s*[、.]\s*(?!\d)")),
    (4, re.compile(r"^[（(]\d{1,2}[）)]")),
    (5, re.compile(rf"^[{_CN}]是")),
)
_INLINE_ENUM = re.compile(rf"(?:(?<=^)|(?<=[。；;！!？?]))\s*([{_CN}]是)")
_SENTENCE_END = re.compile(r"[。；;！!？?]")
_MAX_HEADING = 60


@dataclass(frozen=True)
class Section:
    """A heading with its own paragraphs (not its children's), as character spans of the report."""

    heading: str
    level: int
    path: tuple[str, ...]
    period: Period | None
    spans: tuple[tuple[int, int], ...]


def heading_level(line: str, above: Sequence[tuple[int, int]] = ()) -> int | None:
    """1 for 一、, 2 for (一)/（一）, 3 for 1、; (1) and 一是 one level below the deepest heading ``above`` them
    (level, kind) of a shallower kind, 3 at most under a section; None for a paragraph."""
    kind = heading_kind(line)
    if kind is None or kind <= _ITEMS:
        return kind
    parent = max((level for level, other in above if other < kind), default=0)
    return min(kind, max(parent, _ITEMS - 1) + 1)


def heading_kind(line: str) -> int | None:
    """The kind of heading a line opens with, as the level it has at its deepest (一、1 … 一是 5)."""
    probe = unicodedata.normalize("NFKC", line[:8])
    return next((level for level, pattern in _HEADINGS if pattern.match(probe)), None)


_ITEMS = 3  # the level of numbered items (1、), under which (1) and 一是 nest


def heading_text(line: str) -> tuple[str, bool]:
    """The heading of a heading line, and whether the line is also prose (it has a sentence end)."""
    end = _SENTENCE_END.search(line)
    first = line if end is None else line[: end.start()]
    return (first if len(first) <= _MAX_HEADING else first[:_MAX_HEADING] + "…"), end is not None


def year_shown(text: str) -> int | None:
    """The year a report without title or date was given, as its first part headings naming one year show it: the
    year after a year reviewed (一、2021年工作回顾), the year planned (二、2022年重点工作); None when none does."""
    for line in text.splitlines()[:_HEADINGS_SCANNED]:
        line = line.strip()
        years = set(years_named(line, plans=False))
        if heading_level(line) not in (1, 2) or len(years) != 1:
            continue
        period = period_of_heading(line, None)
        if period is not None:
            return years.pop() + (1 if period.kind == "result" else 0)
    return None


_HEADINGS_SCANNED = 400  # lines read for a part heading naming a year; a report's first part starts well before


def split_sections(report: ReportText) -> list[Section]:
    """The report's sections in document order, each with its heading path and period."""
    text, year = report.text, report.meta.year
    stack: list[tuple[int, str, Period | None]] = []
    kinds: list[tuple[int, int]] = []  # (level, kind) of the headings on the stack
    out: list[Section] = []
    own: list[tuple[int, int]] = []

    def flush() -> None:
        if own:
            heading, level, period = (stack[-1][1], stack[-1][0], stack[-1][2]) if stack else (PREAMBLE, 0, None)
            path = tuple(h for _, h, _ in stack) or (PREAMBLE,)
            out.extend(_with_enumerations(text, Section(heading, level, path, period, tuple(own))))
            own.clear()

    numbered = False  # whether a numbered part (一、) came yet: after one, unnumbered lines head no part
    for start, end in _body_lines(text, report.meta.title):
        line = text[start:end]
        level = heading_level(line, kinds)
        numbered = numbered or level == 1
        bare = level is None and not numbered and unnumbered_part(line, year)
        if bare:
            level = 1  # “十四五”时期工作回顾 on a line of its own: a part the page left unnumbered
        if level is None:
            if stack and stack[-1][2] is None and not own:  # a heading naming no period: its first sentence may
                stack[-1] = (stack[-1][0], stack[-1][1], period_of_opening(line, year))
            if stack or _is_prose(line):
                own.append((start, end))
            continue
        flush()
        heading, runs_on = heading_text(line)
        while stack and stack[-1][0] >= level:
            stack.pop()
            kinds.pop()
        period = _period(heading, stack[-1][2] if stack else None, year) or (
            period_by_year(heading, year) if bare else None
        )
        stack.append((level, heading, period or _plan_going_on(level, out)))
        kinds.append((level, heading_kind(line) or level))
        if runs_on:
            own.append((start, end))
    flush()
    return out


_PART_LINE = 30  # characters: a longer line is prose, not a part's heading
_PUNCTUATION = re.compile(r"[。，,；;：:！!？?]")


def unnumbered_part(line: str, year: int | None = None) -> bool:
    """A short line standing alone that names a time and announces a review or a plan, one kind only (“十四五”时期
    工作回顾, 2026年重点工作, “十五五”时期主要目标和2026年重点工作; 2023年主要工作 in the report of 2023, by its
    year): a part heading the page left unnumbered."""
    if len(line) > _PART_LINE or _PUNCTUATION.search(line) or not years_named(line):
        return False
    return period_of_heading(line, None) is not None or period_by_year(line, year) is not None


def _body_lines(text: str, title: str | None) -> list[tuple[int, int]]:
    """The lines from the first top-level heading on (a line equal to the title opens the body too, unread)."""
    lines = _lines(text)
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if heading_level(line) == 1:
            return lines[i:]
        if squeeze(line) == title:
            return lines[i + 1 :]
    return []


def _plan_going_on(level: int, before: list[Section]) -> Period | None:
    """The plan a part naming no period goes on with: the one the part before it planned (三、加大宏观政策实施力度
    after 二、今年发展主要目标和下一阶段工作总体部署; the list of the year's 民生实事 after the year's work)."""
    last = before[-1].period if before else None
    return last if level == 1 and last is not None and last.kind == "plan" else None


def _period(heading: str, inherited: Period | None, year: int | None) -> Period | None:
    """The period a heading speaks of: its own when it names years (or nothing above it has one), else its parent's."""
    if inherited is None or years_named(heading):
        return period_of_heading(heading, year) or inherited
    return inherited


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of non-empty lines, without their indentation and trailing blanks."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip(" \t\u3000\u00a0")
        if stripped:
            start = m.start() + raw.index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def _is_prose(line: str) -> bool:
    """A preamble line worth keeping: a sentence, not a slogan, date, caption or page control."""
    return len(line) >= 15 and bool(_SENTENCE_END.search(line)) and "记者" not in line


def _with_enumerations(text: str, section: Section) -> list[Section]:
    """The section, and one child per inline enumeration (一是……二是……) inside its paragraphs."""
    head_spans: list[tuple[int, int]] = []
    children: list[Section] = []
    for start, end in section.spans:
        para = text[start:end]
        marks = [m for m in _INLINE_ENUM.finditer(para)]
        if len(marks) < 2 or marks[0].group(1)[0] != "一":
            head_spans.append((start, end))
            continue
        if marks[0].start(1) > 0:
            head_spans.append((start, start + marks[0].start(1)))
        bounds = [m.start(1) for m in marks] + [len(para)]
        for a, b in zip(bounds, bounds[1:], strict=False):
            heading, _ = heading_text(para[a:b])
            children.append(
                Section(heading, section.level + 1, (*section.path, heading), section.period, ((start + a, start + b),))
            )
    parent = [Section(section.heading, section.level, section.path, section.period, tuple(head_spans))]
    return (parent if head_spans else []) + children
