"""Judging one answer against what the eval set expects."""

from __future__ import annotations

import re
from collections.abc import Sequence

from eval.dataset import Expect
from index.lexicon import current
from qa.answer import Answer

SCREENFUL = 600  # characters: a passage answer longer than this is not an answer but a dump
# unit → (base unit, factor): figures compare after 万/亿 are normalised
_SCALE = {
    "亿元": ("元", 1e8),
    "万元": ("元", 1e4),
    "元": ("元", 1.0),
    "万平方米": ("平方米", 1e4),
    "平方米": ("平方米", 1.0),
    # counters of people: 5名 and 5人 are the same figure
    "人": ("人", 1.0),
    "名": ("人", 1.0),
    "位": ("人", 1.0),
    # counters of items in a list: 5条, 5项, 5个 and 5点 count the same items
    "个": ("项", 1.0),
    "项": ("项", 1.0),
    "条": ("项", 1.0),
    "点": ("项", 1.0),
}
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _base(value: float, unit: str | None) -> tuple[float, str | None]:
    if unit in _SCALE:
        base, factor = _SCALE[unit]
        return value * factor, base
    return value, unit


def numbers_match(expect: Expect, value: float | None, unit: str | None) -> bool:
    """Value and unit equal after 万/亿 normalisation, within the item's tolerance (scaled alike)."""
    if value is None or expect.value is None:
        return False
    if expect.unit is None:  # a count of parts or items: any counter word (个, 项, 部分) will do
        return abs(expect.value - value) <= expect.tolerance + 1e-9
    want, want_unit = _base(expect.value, expect.unit)
    got, got_unit = _base(value, unit)
    if want_unit != got_unit:
        return False
    scale = _base(1.0, expect.unit)[0]
    return abs(want - got) <= expect.tolerance * scale + 1e-9 * max(1.0, abs(want)) or _rounded_alike(
        expect.value, value
    )


def _decimals(value: float) -> int:
    text = f"{value:.6f}".rstrip("0")
    return len(text.split(".")[1])


def _rounded_alike(want: float, got: float) -> bool:
    """A worked-out share written to fewer decimals than expected (12.4 for 12.41 %): equal when both are
    rounded to the fewer decimals, and both carry at least one (12 never matches 12.4)."""
    places = min(_decimals(want), _decimals(got))
    return places >= 1 and _decimals(want) != _decimals(got) and round(want, places) == round(got, places)


def _same_place(expect: Expect, answer: Answer) -> bool:
    """A place asked in 位 and answered in the counter the report writes it in (全国第11个获批: 排名第11个; 第十六届
    市运会): the same place, when the answer says it is one (排名, 第…届)."""
    counters = current().words("asking", "unit", "count_units")
    if expect.unit != "位" or answer.unit not in counters or expect.value != answer.value:
        return False
    return "排名" in answer.body or re.search(rf"第[一二三四五六七八九十百千\d]+{answer.unit}", answer.body) is not None


def figure_in_text(expect: Expect, text: str) -> bool:
    """Lenient: the expected figure is written in the answer text (a passage quoting the right sentence)."""
    if expect.value is None:
        return False
    return any(abs(float(m) - expect.value) <= max(expect.tolerance, 1e-9) for m in _FIGURE.findall(text))


def is_correct(expect: Expect, answer: Answer) -> bool:
    """Strict judgement: an exact figure, enough key phrases in a screenful, or a refusal without figures."""
    if expect.kind == "number":
        return answer.kind == "number" and (
            numbers_match(expect, answer.value, answer.unit) or _same_place(expect, answer)
        )
    if expect.kind == "clarify":  # an ask-back naming the options
        found = sum(phrase in answer.text for phrase in expect.key_phrases)
        return answer.kind == "clarify" and found >= max(1, expect.min_phrases)
    if expect.kind == "passage":
        found = sum(phrase in answer.text for phrase in expect.key_phrases)
        return answer.kind != "none" and len(answer.text) <= SCREENFUL and found >= max(1, expect.min_phrases)
    return answer.kind == "none" and answer.value is None


def evidence_rank(evidence: Sequence[str], texts: Sequence[str]) -> int | None:
    """1-based rank of the first source text holding any evidence string, or None."""
    for rank, text in enumerate(texts, start=1):
        if any(e in text for e in evidence):
            return rank
    return None
