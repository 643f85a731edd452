"""Turning an elliptical follow-up (那2012年呢？/ 财政收入呢？) into a whole question from earlier turns."""

from __future__ import annotations

import re

from index.tokens import ReportTokenizer
from qa.history import Turn
from qa.years import YEAR_EXPRESSION, question_years, replace_years

_LEAD = re.compile(r"^(?:那么|那|还有|另外|再问一下|再问|那请问)[,，\s]*")
_TRAIL = re.compile(r"(?:又|的)?(?:呢|怎么样|如何|怎样)?[?？。!！\s]*$")
_FOLLOW_UP = re.compile(r"^(?:那么|那|还有|另外)|呢[?？。!！\s]*$")


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn (那……呢？ and its kin)."""
    return bool(_FOLLOW_UP.search(question))


def resolve_follow_up(question: str, turns: list[Turn], tokenizer: ReportTokenizer, report_year: int | None) -> str:
    """The question made whole with the previous question's topic and years; unchanged when it stands alone."""
    if not turns or not is_follow_up(question):
        return question
    previous = resolve_follow_up(turns[-1][0], turns[:-1], tokenizer, report_year)
    core = _TRAIL.sub("", _LEAD.sub("", question))
    years = question_years(core, report_year)
    topic = YEAR_EXPRESSION.sub("", core).strip(" ,，的")
    if not tokenizer.words(topic):
        # only a new year (那2012年呢？): the previous question, asked of that year
        return replace_years(previous, years, report_year) if years else previous
    previous_years = question_years(previous, report_year)
    prefix = "".join(f"{y}年" for y in (years or previous_years))
    return f"{prefix}{topic}是多少？" if _asks_figure(previous) else f"{prefix}{topic}"


def _asks_figure(question: str) -> bool:
    return bool(re.search(r"多少|几|多大|多高|增长|比重|占比", question))
