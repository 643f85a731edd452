"""The eval table in the terminal, as JSON, and as a chart."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from eval.run import Summary, TurnResult


def format_table(summaries: dict[str, Summary]) -> str:
    """One column per system, one row per metric."""
    systems = list(summaries)
    categories = sorted({c for s in summaries.values() for c in s.accuracy})
    rows: list[tuple[str, list[str]]] = []
    for category in categories:
        rows.append((f"accuracy: {category}", [_pct(s.accuracy.get(category)) for s in summaries.values()]))
    rows.append(("numeric exact match (all figure turns)", [_pct(s.numeric_exact) for s in summaries.values()]))
    rows.append(("wrong figures given (count)", [str(s.wrong_figures) for s in summaries.values()]))
    rows.append(("figure quoted (numeric, lenient)", [_pct(s.figure_in_text) for s in summaries.values()]))
    rows.append(("refusal precision", [_pct(s.refusal_precision) for s in summaries.values()]))
    rows.append(("refusal recall", [_pct(s.refusal_recall) for s in summaries.values()]))
    for k in (1, 3, 5):
        rows.append((f"evidence hit@{k}", [_pct(s.hit_at.get(k)) for s in summaries.values()]))
    rows.append(("evidence MRR", [f"{s.mrr:.3f}" for s in summaries.values()]))
    rows.append(("latency p50 (ms)", [f"{s.latency_ms_p50:.1f}" for s in summaries.values()]))
    rows.append(("latency p95 (ms)", [f"{s.latency_ms_p95:.1f}" for s in summaries.values()]))
    width = max(len(name) for name, _ in rows)
    lines = [
        f"| {'metric'.ljust(width)} | " + " | ".join(systems) + " |",
        "|" + "-" * (width + 2) + "|---" * len(systems) + "|",
    ]
    lines += [f"| {name.ljust(width)} | " + " | ".join(cells) + " |" for name, cells in rows]
    return "\n".join(lines)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def write_json(summaries: dict[str, Summary], failures: list[TurnResult], path: Path) -> None:
    data = {
        "systems": {name: asdict(s) for name, s in summaries.items()},
        "failures": [
            {"id": r.item_id, "category": r.category, "question": r.question, "answer": r.answer.text[:300]}
            for r in failures
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), "utf-8")


def write_chart(summaries: dict[str, Summary], path: Path) -> None:
    """Grouped bars: accuracy per category, one bar per system."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    categories = sorted({c for s in summaries.values() for c in s.accuracy})
    width = 0.8 / max(1, len(summaries))
    fig, ax = plt.subplots(figsize=(max(6, 1.3 * len(categories)), 3.6))
    for i, (name, summary) in enumerate(summaries.items()):
        xs = [j + i * width for j in range(len(categories))]
        ax.bar(xs, [summary.accuracy.get(c, 0) * 100 for c in categories], width, label=name)
    ax.set_xticks([j + width * (len(summaries) - 1) / 2 for j in range(len(categories))], categories)
    ax.set_ylabel("accuracy (%)")
    ax.set_ylim(0, 100)
    ax.legend()
    ax.set_title("report-qa eval: accuracy per category")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
