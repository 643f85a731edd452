"""Questions as typed, made readable to the rules: full-width forms, traditional characters, control codes."""

from __future__ import annotations

import unicodedata
from functools import cache

MAX_QUESTION_CHARS = 500
# Full-width digits, Latin letters, point, percent and space become ASCII (２０１２ → 2012); other characters stay
# as reports write them: Chinese punctuation, （）, and Roman numerals (Ⅲ类水体), which NFKC would rewrite.
_HALF_WIDTH = {
    **{0xFF10 + i: ord("0") + i for i in range(10)},
    **{0xFF21 + i: ord("A") + i for i in range(26)},
    **{0xFF41 + i: ord("a") + i for i in range(26)},
    0xFF0E: ord("."),
    0xFF05: ord("%"),
    0x3000: ord(" "),
    **{0x2080 + i: ord("0") + i for i in range(10)},  # subscripts as reports are read (PM₂.₅ → PM2.5)
}


@cache
def _to_simplified():
    import opencc  # a converter with its own dictionaries, loaded once on first use

    return opencc.OpenCC("t2s")


def normalize_question(text: str) -> str:
    """２０１２年 → 2012年, 目標 → 目标, zero-width and other format characters dropped, control codes
    as blanks, blanks collapsed, length capped."""
    # format characters (zero-width space and joiner, BOM, direction marks) vanish; control codes part words
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text if unicodedata.category(ch) != "Cf"
    )
    text = " ".join(text.translate(_HALF_WIDTH).split())[:MAX_QUESTION_CHARS]
    return _to_simplified().convert(text) if text else text
