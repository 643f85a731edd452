"""Choosing the refusal threshold from labelled questions (answerable or not), not by guessing."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from qa.bot import Bot

CANDIDATES = tuple(round(0.05 * i, 2) for i in range(2, 17))


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
    """The share of the question's word weight met by its best answer sentence (what the threshold cuts)."""
    _hits, quotes = bot.find_quotes(question)
    return quotes[0].coverage if quotes else 0.0


def calibrate(bot: Bot, items: Iterable[Labelled], candidates: Iterable[float] = CANDIDATES) -> Calibration:
    """Accuracy of answering iff coverage >= threshold, for each candidate threshold."""
    scored = [(coverage_of(bot, item.question), item.answerable) for item in items]
    if not scored:
        raise ValueError("no labelled questions to calibrate on")
    accuracy = {t: sum((c >= t) == answerable for c, answerable in scored) / len(scored) for t in candidates}
    best = max(accuracy, key=lambda t: (accuracy[t], -t))
    return Calibration(accuracy, best)
