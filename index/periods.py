"""The period a heading speaks of: a span of years, and whether it reviews results or plans targets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from index.lexicon import load_lexicon

PeriodKind = Literal["result", "plan"]

_LEXICON = load_lexicon()  # the genre's words (facts.toml), read when the module loads
_RESULT_WORDS = _LEXICON.words("facts", "periods", "result_headings")
_PLAN_WORDS = _LEXICON.words("facts", "periods", "plan_headings")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:年|(?!\d))")
_TITLE_PAGE = re.compile(_LEXICON.pattern("facts", "periods", "title_page_pattern"))
_FIVE_YEAR = re.compile(_LEXICON.pattern("facts", "periods", "five_year_pattern"))
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True)
class Period:
    """Years ``start``..``end`` (inclusive), reviewed as results or planned as targets."""

    start: int
    end: int
    kind: PeriodKind

    @property
    def label(self) -> str:
        years = f"{self.start}年" if self.start == self.end else f"{self.start}—{self.end}年"
        return years + ("工作回顾" if self.kind == "result" else "工作安排")

    def covers(self, year: int) -> bool:
        return self.start <= year <= self.end


def five_year_plan_years(ordinal: int) -> tuple[int, int]:
    """Years of the n-th five-year plan (十二五 → 2011–2015); regular since the third (1966)."""
    start = 1966 + 5 * (ordinal - 3)
    return start, start + 4


def _chinese_ordinal(text: str) -> int | None:
    """十二 → 12, 十四 → 14, 九 → 9; None for anything else."""
    if text.startswith("十"):
        rest = text[1:]
        return 10 + (_CN_DIGITS.get(rest, 0) if rest else 0) if len(rest) <= 1 else None
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def years_named(text: str, plans: bool = True) -> list[int]:
    """Every year a text names, in order: four-digit years and (with ``plans``) the years of five-year plans."""
    years: list[int] = [int(m.group(1)) for m in _YEAR.finditer(text)]
    for m in _FIVE_YEAR.finditer(text) if plans else ():
        ordinal = _chinese_ordinal(m.group(1))
        if ordinal and ordinal >= 3:
            start, end = five_year_plan_years(ordinal)
            years.extend(range(start, end + 1))
    return years


_PLAN_OPENINGS = _LEXICON.words("facts", "periods", "plan_openings")


def period_of_opening(paragraph: str, report_year: int | None) -> Period | None:
    """The period a part whose heading names none (一鼓作气勇争先…) plans, from its first sentence: the report's
    own year (2026年是“十五五”开局之年) or 今年 there makes it that year's plan; None otherwise."""
    if report_year is None:
        return None
    first = re.split(r"[。！？!?]", paragraph, maxsplit=1)[0]
    named = years_named(first, plans=False)
    if (named and named[0] == report_year) or any(w in first for w in _PLAN_OPENINGS):
        return Period(report_year, report_year, "plan")
    return None


def period_by_year(heading: str, report_year: int | None) -> Period | None:
    """The period a part's line naming years and no kind of its own speaks of (2023年主要工作 in the report of 2023):
    the report's year or later is planned, years before it are reviewed; None when it names both or no year."""
    years = years_named(heading)
    if report_year is None or not years or period_of_heading(heading, report_year) is not None:
        return None
    if _TITLE_PAGE.search(heading):
        return None  # 2026年1月27日在…会议上, 陕西省2026年政府工作报告: the title page, no part
    if min(years) >= report_year:
        return Period(min(years), max(years), "plan")
    return Period(min(years), max(years), "result") if max(years) < report_year else None


def period_of_heading(heading: str, report_year: int | None) -> Period | None:
    """The period a heading announces, or None when it announces none or both kinds."""
    is_result = any(w in heading for w in _RESULT_WORDS)
    is_plan = any(w in heading for w in _PLAN_WORDS)
    if is_result == is_plan:
        return None
    kind: PeriodKind = "result" if is_result else "plan"
    years = years_named(heading)
    if years:
        return Period(min(years), max(years), kind)
    if report_year is None:
        return None
    year = report_year - 1 if kind == "result" else report_year
    return Period(year, year, kind)
