"""How a question names a year (2011年, 二〇一一年, 去年, 上一年), as one pattern from the lexicon."""

from __future__ import annotations

import re
from functools import cache

from index.lexicon import load_lexicon


@cache
def _year_expression(folder: str) -> re.Pattern[str]:
    lexicon = load_lexicon(folder)
    words = {**lexicon.table("time", "relative_years"), **lexicon.table("time", "shifted_years")}
    relative = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\d)(?:19|20)\d{{2}}年?|[〇零○一二三四五六七八九]{{4}}年|{relative}")


def year_expression() -> re.Pattern[str]:
    """Any way a question names a year."""
    return _year_expression(str(load_lexicon().folder))
