"""The genre's standard abbreviations (index/lexicon/aliases.toml), expanded before a question is searched."""

from __future__ import annotations

import re
from functools import cache

from index.lexicon import Lexicon, load_lexicon


@cache
def _compiled(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    aliases = {k: tuple(v) for k, v in lexicon.table("aliases", "aliases").items()}
    pattern = re.compile("|".join(re.escape(k) for k in sorted(aliases, key=len, reverse=True)), re.IGNORECASE)
    return pattern, {k.upper(): v for k, v in aliases.items()}


def expand_aliases(question: str, lexicon: Lexicon | None = None) -> str:
    """The question with each abbreviation followed by the report's words for it (GDP → GDP 地区生产总值)."""
    pattern, by_upper = _compiled(lexicon or load_lexicon())
    return pattern.sub(lambda m: " ".join((m.group(), *by_upper[m.group().upper()])) + " ", question)


def alias_groups(question: str, lexicon: Lexicon | None = None) -> tuple[str, list[tuple[str, ...]]]:
    """The question without its abbreviations, and for each one the report's alternative words for it, the
    abbreviation last (some reports write 规上 or GDP themselves; figures are matched in lower case).
    """
    pattern, by_upper = _compiled(lexicon or load_lexicon())
    groups = [(*by_upper[m.group().upper()], m.group().lower()) for m in pattern.finditer(question)]
    return pattern.sub(" ", question), groups
