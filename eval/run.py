"""Running the eval set through the system and the single-retriever baselines, and summing up per category."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tqdm import tqdm

from eval.dataset import Expect, Item
from eval.scoring import evidence_rank, figure_in_text, is_correct
from qa.answer import Answer, Source
from qa.bot import Bot
from qa.passages import pick_quotes, question_words
from qa.retrieve import Hit, search_bm25, search_dense

# A system answers a question given the earlier turns.
System = Callable[[str, list[tuple[str, str]]], Answer]


@dataclass(frozen=True)
class TurnResult:
    item_id: str
    category: str
    question: str
    expect: Expect
    answer: Answer
    correct: bool
    evidence_rank: int | None
    seconds: float


@dataclass
class Summary:
    """Per-category accuracy, refusal precision/recall, retrieval hit@k and MRR, latency."""

    accuracy: dict[str, float] = field(default_factory=dict)
    numeric_exact: float = 0.0
    figure_in_text: float = 0.0
    wrong_figures: int = 0
    refusal_precision: float = 0.0
    refusal_recall: float = 0.0
    hit_at: dict[int, float] = field(default_factory=dict)
    mrr: float = 0.0
    latency_ms_p50: float = 0.0
    latency_ms_p95: float = 0.0
    n_turns: int = 0


def baseline(bot: Bot, ranking: str) -> System:
    """Answer with the best sentence of the top chunk of one retriever alone (no history, no refusal)."""

    def answer(question: str, _history: list[tuple[str, str]]) -> Answer:
        index = bot.index
        if ranking == "bm25":
            hits: list[Hit] = search_bm25(index, question, 5)
        else:
            hits = search_dense(index, bot.encoder.encode([question])[0], 5)
        if not hits:
            return Answer("报告中没有找到相关内容。", "none", question=question)
        groups = question_words(index.tokenizer, question) or [(question,)]
        quotes = pick_quotes([hits[0].chunk], groups, bot.weights)[:1]
        text = quotes[0].sentence.text if quotes else hits[0].chunk.text
        sources = [Source(h.chunk.section, h.chunk.text, h.chunk.span, h.score) for h in hits]
        return Answer(text, "passage", sources=sources, question=question)

    return answer


def run_items(system: System, items: Sequence[Item], label: str = "") -> list[TurnResult]:
    """Every turn of every item through ``system``, dialogues carrying their own history."""
    results = []
    for item in tqdm(items, desc=label or "eval", unit="q", leave=False):
        history: list[tuple[str, str]] = []
        for turn in item.turns:
            start = time.perf_counter()
            answer = system(turn.question, list(history))
            seconds = time.perf_counter() - start
            rank = (
                evidence_rank(turn.expect.evidence, [s.text for s in answer.sources]) if turn.expect.evidence else None
            )
            correct = is_correct(turn.expect, answer)
            results.append(
                TurnResult(item.id, item.category, turn.question, turn.expect, answer, correct, rank, seconds)
            )
            history.append((turn.question, answer.text))
    return results


def summarize(results: Sequence[TurnResult]) -> Summary:
    summary = Summary(n_turns=len(results))
    for category in sorted({r.category for r in results}):
        turns = [r for r in results if r.category == category]
        summary.accuracy[category] = _share(r.correct for r in turns)
    numeric = [r for r in results if r.expect.kind == "number"]
    summary.numeric_exact = _share(r.correct for r in numeric)
    # the worst failure: a figure given for a question, and not the right one
    summary.wrong_figures = sum(r.answer.kind == "number" and not r.correct for r in results)
    summary.figure_in_text = _share(
        r.answer.kind != "none" and figure_in_text(r.expect, r.answer.text) for r in numeric
    )
    refused = [r for r in results if r.answer.kind == "none"]
    expected = [r for r in results if r.expect.kind == "none"]
    summary.refusal_precision = _share(r.expect.kind == "none" for r in refused)
    summary.refusal_recall = _share(r.correct for r in expected)
    ranked = [r for r in results if r.expect.evidence]
    for k in (1, 3, 5):
        summary.hit_at[k] = _share(r.evidence_rank is not None and r.evidence_rank <= k for r in ranked)
    summary.mrr = sum(1 / r.evidence_rank for r in ranked if r.evidence_rank) / len(ranked) if ranked else 0.0
    millis = sorted(r.seconds * 1000 for r in results)
    if millis:
        summary.latency_ms_p50 = statistics.median(millis)
        summary.latency_ms_p95 = millis[min(len(millis) - 1, int(0.95 * len(millis)))]
    return summary


def _share(flags) -> float:
    flags = list(flags)
    return sum(bool(f) for f in flags) / len(flags) if flags else 0.0
