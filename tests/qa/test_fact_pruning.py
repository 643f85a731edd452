"""Leaving out facts that cannot reach the floor changes no result above it (the lookups that make a large
corpus cheap are exact, not approximate)."""

from __future__ import annotations

import pytest

from eval.dataset import load_items
from qa import Bot
from qa.config import bundled_report
from qa.numeric import MIN_SCORE, NEAR_SCORE, TIE, resolve_metric
from qa.parse import QueryParser

QUESTIONS = [t.question for item in load_items() for t in item.turns][::3]


@pytest.fixture(scope="module")
def bundled_bot(tmp_path_factory):
    from tests.conftest import FakeEncoder

    bot = Bot(bundled_report(), index_dir=tmp_path_factory.mktemp("i"), encoder=FakeEncoder(), say=lambda _m: None)
    bot.index  # noqa: B018
    return bot


@pytest.mark.parametrize("floor", [MIN_SCORE - TIE, NEAR_SCORE])
def test_pruned_matches_equal_scoring_every_fact(bundled_bot, floor):
    index, compared = bundled_bot.index, 0
    for question in QUESTIONS:
        intent = QueryParser(index.tokenizer, bundled_bot.report_year).parse(question).request()
        for years in (None, ()):
            args = (intent.metric_text, intent, index.facts, index.tokenizer, bundled_bot.weights, years)
            every = [m for m in resolve_metric(*args, floor=-10.0) if m.score >= floor]
            pruned = [m for m in resolve_metric(*args, floor=floor) if m.score >= floor]
            assert pruned == every, question
            compared += len(every)
    assert compared > 100  # the questions do meet facts above the floor
