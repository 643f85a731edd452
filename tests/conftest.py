"""Shared fixtures: a deterministic fake encoder for unit tests, the real model and report for integration."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from qa.config import bundled_report

FIXTURES = Path(__file__).parent / "fixtures"


class FakeEncoder:
    """SHA-256-seeded, L2-normalised vectors: the same text always gets the same vector."""

    model_id = "fake"
    dim = 16

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        self.calls += 1
        rows = []
        for text in texts:
            seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
            vector = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            rows.append(vector / np.linalg.norm(vector))
        return np.stack(rows) if rows else np.zeros((0, self.dim), np.float32)


@pytest.fixture
def fake_encoder() -> FakeEncoder:
    return FakeEncoder()


@pytest.fixture
def county_report() -> Path:
    """A genre-style report of our own: full-width punctuation, headings run into paragraphs, web leftovers."""
    return FIXTURES / "county_2024.txt"


@pytest.fixture
def county_bot(county_report: Path, fake_encoder: FakeEncoder, tmp_path: Path):
    from qa import Bot

    return Bot(report=county_report, index_dir=tmp_path / "index", encoder=fake_encoder, say=lambda _m: None)


@pytest.fixture(scope="session")
def real_bot(tmp_path_factory: pytest.TempPathFactory):
    """The bundled report with the real m3e-small model, indexed once per test session."""
    from qa import Bot

    bot = Bot(report=bundled_report(), index_dir=tmp_path_factory.mktemp("real") / "index", say=lambda _m: None)
    bot.index  # noqa: B018 — build the index up front, once
    return bot


def talk(bot, *questions: str) -> list:
    """The answers to ``questions`` asked one after another in one conversation."""
    history: list[tuple[str, str]] = []
    answers = []
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
        answers.append(answer)
    return answers
