"""report-qa: exact, offline answers to questions about a Chinese government work report."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from qa.answer import Answer, Source
from qa.bot import Bot

__all__ = ["Answer", "Bot", "Source", "ask", "default_bot"]


@cache
def default_bot() -> Bot:
    """The bot for the bundled report with the default model and index folder, built on first use."""
    return Bot()


def ask(question: str, history: Sequence[Any] | None = None) -> Answer:
    """Answer a question about the bundled report; ``history`` lists the earlier (question, answer) turns."""
    return default_bot().ask(question, history)
