"""Regression gate: the whole eval set through the real system; no category may drop below its floor.

Floors are the measured numbers rounded down; raise them as the system improves, never lower them.
"""

import argparse

import pytest

from eval.cli import run
from eval.dataset import load_items
from eval.run import baseline, run_items, summarize

FLOORS = {
    "lookup": 0.95,
    "growth": 0.99,
    "rank": 0.90,
    "computed": 0.89,
    "passage": 0.91,
    "unanswerable": 0.96,
    "dialogue": 0.95,
}
NUMERIC_EXACT_FLOOR = 0.95
LENIENT_FIGURE_FLOOR = 0.92
HIT_AT_1_FLOOR = 0.92
REFUSAL_PRECISION_FLOOR = 0.77
REFUSAL_RECALL_FLOOR = 0.96


@pytest.fixture(scope="module")
def system_summary(real_bot):
    return summarize(run_items(real_bot.ask, load_items(), "system"))


@pytest.mark.parametrize("category", sorted(FLOORS))
def test_category_accuracy_stays_above_its_floor(system_summary, category):
    assert system_summary.accuracy[category] >= FLOORS[category]


def test_answers_quote_the_asked_figure_and_cite_the_evidence_first(system_summary):
    assert system_summary.numeric_exact >= NUMERIC_EXACT_FLOOR
    assert system_summary.wrong_figures == 0  # never a wrong figure
    assert system_summary.figure_in_text >= LENIENT_FIGURE_FLOOR
    assert system_summary.hit_at[1] >= HIT_AT_1_FLOOR
    assert system_summary.refusal_precision >= REFUSAL_PRECISION_FLOOR
    assert system_summary.refusal_recall >= REFUSAL_RECALL_FLOOR


def test_system_beats_each_single_retriever_baseline(real_bot, system_summary):
    items = load_items()
    for ranking in ("bm25", "dense"):
        base = summarize(run_items(baseline(real_bot, ranking), items, ranking))
        assert system_summary.accuracy["passage"] > base.accuracy["passage"]
        assert system_summary.refusal_recall > base.refusal_recall


def test_eval_command_writes_report_and_chart(real_bot, tmp_path, capsys):
    args = argparse.Namespace(file=None, only="passage", limit=5, failures=True, no_baselines=False, out=str(tmp_path))
    assert run(real_bot, args) == 0
    printed = capsys.readouterr().out
    assert "| system | bm25-only | dense-only |" in printed
    assert (tmp_path / "report.json").is_file() and (tmp_path / "accuracy.png").stat().st_size > 1000
