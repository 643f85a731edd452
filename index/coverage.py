"""Which numbers of a report did not become facts, and why: so that gaps in extraction are visible."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from index.facts import Fact

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_REASONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("日期或年份", re.compile(r"^\d+(?:年|月|日|号)|^\d{4}-\d{1,2}")),
    ("年代或时段", re.compile(r"^\d+(?:年代|年间|个月|天|周)")),
    ("编号或期次", re.compile(r"^\d+(?:期|号|#|楼|层|路|线)")),
    ("比例式名称", re.compile(r"^\d+\s*[+＋]\s*\d+|^\d+[+＋]")),
)


@dataclass(frozen=True)
class Uncovered:
    """A number of the report that is not part of any fact, with the reason it is not one."""

    text: str
    span: tuple[int, int]
    reason: str
    context: str


def uncovered_numbers(report_text: str, facts: Sequence[Fact], body_start: int = 0) -> list[Uncovered]:
    """Every run of digits outside the facts' figures, each with a reason ("未识别" when none applies)."""
    covered = sorted(f.span for f in facts)
    out = []
    for m in _DIGITS.finditer(report_text):
        start, end = m.span()
        if any(a <= start < b for a, b in covered):
            continue
        out.append(
            Uncovered(
                m.group(), (start, end), _reason(report_text, start, end, body_start), _around(report_text, start, end)
            )
        )
    return out


def _reason(text: str, start: int, end: int, body_start: int) -> str:
    if start < body_start:
        return "报告目录信息（索引号、成文日期等）"
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start], text[start:]
    if not before.strip(" \t\u3000(（") and re.match(r"\d+\s*[、.．)）]", after):
        return "标题编号"
    if before.endswith("第"):
        return "序数"
    quote_open = max(before.rfind("“"), before.rfind('"'))
    if quote_open > max(before.rfind("”"), -1):
        return "名称中的数字（引号内）"
    for reason, pattern in _REASONS:
        if pattern.match(after):
            return reason
    if re.match(r"^\d+(?:\.\d+)?(?:万亿|亿|万|千)?(?:美元|元|家|个|名|项|件|人)?(?:以上|以下|的)", after):
        return "门槛值（指标名称的一部分，如“10亿元以上企业”）"
    if re.match(r"^\d+(?:\.\d+)?(?:强|佳|优|星级|A级)", after):
        return "名称中的数字（排名类称号）"
    if re.match(r"^\d+(?:\.\d+)?[A-Za-z]", after) or re.search(r"[A-Za-z]$", before):
        return "型号或英文名称中的数字"
    return "未识别"


def _around(text: str, start: int, end: int, width: int = 12) -> str:
    return text[max(0, start - width) : end + width].replace("\n", " ")
