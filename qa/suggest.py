"""Follow-ups worth offering after an answer: the same figure in another year, its growth, the plan beside the
result or the result beside the plan. Built from the question as understood (its `Query`), said as people say a
follow-up (那2011年呢？), and offered only when the report answers them with a figure other than the one given."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from index.lexicon import current
from qa.answer import Answer
from qa.history import Turn

if TYPE_CHECKING:
    from qa.bot import Bot
    from qa.query import Query

MAX_FOLLOW_UPS = 3


def follow_ups(bot: Bot, question: str, history: Sequence[Turn], answer: Answer) -> list[str]:
    """Up to `MAX_FOLLOW_UPS` follow-ups to ``answer`` that the report answers, best first; none after an answer
    that gave no figure."""
    if answer.kind != "number" or answer.value is None:
        return []
    earlier = list(history)
    query = bot.understand(question, earlier)
    talk = [*earlier, (question, answer.text)]
    offered: list[str] = []
    for candidate in _candidates(query, bot.report_year, bot.index.years):
        found = bot.ask(candidate, talk)
        if found.kind == "number" and (found.value, found.unit) != (answer.value, answer.unit):
            offered.append(candidate)
        if len(offered) == MAX_FOLLOW_UPS:
            break
    return offered


def _candidates(query: Query, report_year: int | None, years: frozenset[int]) -> list[str]:
    """Follow-ups in the order they are offered: the aspect not asked, the kind not asked, the years beside (as
    the lexicon says them: conversation.toml [suggest])."""
    said = current().table("conversation", "suggest")
    other_aspect = {"value": "growth", "growth": "value"}.get(query.aspect)
    other_kind = {"result": "target", "target": "result"}.get(query.kind or "")
    out = [said[key] for key in (other_aspect, other_kind) if key]
    asked = query.time.years[0] if len(query.time.years) == 1 else report_year
    if asked is not None:
        out += [said["year"].format(year=year) for year in (asked - 1, asked + 1) if year in years]
    return out
