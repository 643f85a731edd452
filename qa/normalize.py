"""Questions as typed, made readable to the rules: full-width forms, traditional characters, control codes."""

from __future__ import annotations

import unicodedata
from functools import cache

MAX_QUESTION_CHARS = 500


@cache
def _to_simplified():
    import opencc  # a converter with its own dictionaries, loaded once on first use

    return opencc.OpenCC("t2s")


def normalize_question(text: str) -> str:
    """２０１２年 → 2012年, 目標 → 目标, control characters and NUL dropped, blanks collapsed, length capped."""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs") else ch for ch in text)
    text = " ".join(unicodedata.normalize("NFKC", text).split())[:MAX_QUESTION_CHARS]
    return _to_simplified().convert(text) if text else text
