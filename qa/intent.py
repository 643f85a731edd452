"""What to look up in the fact table for a `Query`: its years, kind, the facts' aspect, the metric words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Operation = Literal["difference", "change", "ratio", "sum", "compare"]
Count = Literal["addition", "total"]  # the year's addition (新增了几家) or the total (全区一共有多少家)


@dataclass(frozen=True)
class Intent:
    """A request to the fact table, derived from a `Query` (``Query.request()``); computed answers derive one
    per operand."""

    years: tuple[int, ...]
    kind: Literal["result", "target"] | None
    aspect: Literal["value", "growth", "rank"]
    operation: Operation | None
    metric_text: str
    unit: str | None = None
    cues: tuple[str, ...] = ()  # qualifiers the question names: 力争, 确保, 突破, 以上…
    level: str | None = None  # the level asked (省级), read by qa.filters
    count: Count | None = None  # the year's addition (新增) or the total asked
    span: tuple[int, int] | None = None  # a whole span of years asked (十四五期间, 过去五年): only its figures
    span_cued: bool = False  # 年均, 累计 asked: a span's figure is not passed over for one year's
    ends: bool = False  # 十四五末: the span's last year, or a state the span's review gives (its end)
    ahead: bool = False  # a plan period ahead of the report (十五五 in 2026): goals set for its last year count
    stock: bool = False  # 现在总共有多少条: how many there are, which a count of a year's doing does not give
