"""Choosing the refusal threshold from labelled questions (answerable or not), not by guessing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qa.bot import Bot

CANDIDATES = tuple(round(0.05 * i, 2) for i in range(2, 17))
# The labelled set is half unanswerable by construction; people's questions are not. Accuracy is weighed to this
# share of answerable questions, measured on the standalone passage and unanswerable questions of the blind sets
# (eval/blind_*: 476 of 542 answerable).
ANSWERABLE_SHARE = 0.87


@dataclass(frozen=True)
class Labelled:
    """A question and whether the report answers it."""

    question: str
    answerable: bool


@dataclass(frozen=True)
class Calibration:
    """Accuracy of each candidate threshold, and the best one (the lowest among equals)."""

    accuracy: dict[float, float]
    best: float


def read_labelled(path: str | Path) -> list[Labelled]:
    """Questions from a JSON Lines file of {"question": str, "answerable": bool}."""
    with Path(path).open(encoding="utf-8") as lines:
        return [Labelled(d["question"], bool(d["answerable"])) for d in map(json.loads, lines) if d]


def coverage_of(bot: Bot, question: str) -> float:
    """The question's relevance: its best answer sentence's word coverage, weighed with meaning (what the
    threshold cuts)."""
    found = bot.find_quotes(question)
    return found.relevance if found.quotes else 0.0


def calibrate(
    bot: Bot, items: Iterable[Labelled], candidates: Iterable[float] = CANDIDATES, share: float = ANSWERABLE_SHARE
) -> Calibration:
    """Accuracy of answering iff relevance >= threshold, for each candidate threshold, weighed to ``share``
    answerable questions (the labelled set's own share when it has only one kind)."""
    scored = [(coverage_of(bot, item.question), item.answerable) for item in items]
    if not scored:
        raise ValueError("no labelled questions to calibrate on")
    yes = [c for c, answerable in scored if answerable]
    no = [c for c, answerable in scored if not answerable]
    if not yes or not no:
        share = len(yes) / len(scored)
    accuracy = {t: share * _share_at_least(yes, t) + (1 - share) * (1 - _share_at_least(no, t)) for t in candidates}
    best = max(accuracy, key=lambda t: (accuracy[t], -t))
    return Calibration(accuracy, best)


def _share_at_least(scores: list[float], threshold: float) -> float:
    return sum(c >= threshold for c in scores) / len(scores) if scores else 0.0
