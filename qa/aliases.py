"""The genre's standard abbreviations, expanded before a question is searched.

Each key is how people ask; the value is how government work reports write it. Only abbreviations (and the
few synonyms) that are standard across the genre belong here; a report's own names are found in the report.
"""

from __future__ import annotations

import re

ALIASES: dict[str, tuple[str, ...]] = {
    "GDP": ("地区生产总值",),
    "财政收入": ("财政一般预算收入", "一般公共预算收入", "财政总收入"),
    "固投": ("固定资产投资",),
    "招商引资到位资金": ("实际引进内外资",),
    "招商引资到位": ("实际引进内外资",),
    "到位资金": ("实际引进内外资",),
    "实际到位资金": ("实际引进内外资", "实际到位"),
    "实际到位": ("实际引进内外资", "实际到位"),
    "高企": ("高新技术企业",),
    "软著": ("软件著作权",),
    "社零": ("社会消费品零售总额",),
    "风投": ("风险投资",),
    "规上": ("规模以上",),
    "棚改": ("棚户区改造",),
    "R&D": ("研发投入", "研究与试验发展"),
    "研发强度": ("研发投入强度",),
    "人均收入": ("人均可支配收入",),
    "CPI": ("居民消费价格",),
    # the paragraph on shortcomings that every report has, in the words reports use for it
    "问题": ("不足", "困难", "挑战", "短板"),
}
_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(ALIASES, key=len, reverse=True)), re.IGNORECASE)
_BY_UPPER = {k.upper(): v for k, v in ALIASES.items()}


def expand_aliases(question: str) -> str:
    """The question with each abbreviation followed by the report's words for it (GDP → GDP 地区生产总值)."""
    return _PATTERN.sub(lambda m: " ".join((m.group(), *_BY_UPPER[m.group().upper()])) + " ", question)


def alias_groups(question: str) -> tuple[str, list[tuple[str, ...]]]:
    """The question without its abbreviations, and for each one the report's alternative words for it, the
    abbreviation last (some reports write 规上 or GDP themselves; figures are matched in lower case).
    """
    groups = [(*_BY_UPPER[m.group().upper()], m.group().lower()) for m in _PATTERN.finditer(question)]
    return _PATTERN.sub(" ", question), groups
