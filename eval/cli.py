"""`qa eval` / `python -m eval`: the eval set through the system and the BM25-only and dense-only baselines."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from eval.dataset import load_items
from eval.report import format_table, write_chart, write_json
from eval.run import baseline, run_items, summarize
from qa.bot import Bot


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--only", help="one category (lookup, growth, rank, computed, passage, dialogue, unanswerable)")
    parser.add_argument("--limit", type=int, help="the first N items only")
    parser.add_argument("--failures", action="store_true", help="print every miss of the system with its answer")
    parser.add_argument("--no-baselines", action="store_true", help="evaluate the system only")
    parser.add_argument("--file", help="eval set (JSON Lines); default: the bundled one")
    parser.add_argument("--out", default="eval/out", help="folder for report.json and accuracy.png")
    parser.add_argument("--reports", help="folder holding the reports a genre set names (items with a 'report' field)")


def run(bot: Bot, args: argparse.Namespace) -> int:
    items = load_items(args.file)
    if args.only:
        items = [i for i in items if i.category == args.only]
        if not items:
            raise SystemExit(f"eval: no items in category {args.only!r}")
    if args.limit is not None:
        if args.limit <= 0:
            raise SystemExit(f"eval: --limit must be > 0, got {args.limit}")
        items = items[: args.limit]
    if any(item.report for item in items):
        return _run_genre(items, args)
    bot.index  # noqa: B018 — load (or build) once, before timing
    systems = {"system": bot.ask}
    if not args.no_baselines:
        systems |= {"bm25-only": baseline(bot, "bm25"), "dense-only": baseline(bot, "dense")}
    results = {name: run_items(system, items, name) for name, system in systems.items()}
    summaries = {name: summarize(r) for name, r in results.items()}
    print(f"{len(items)} items, {summaries['system'].n_turns} turns")
    print(format_table(summaries))
    failures = [r for r in results["system"] if not r.correct]
    if args.failures:
        for r in failures:
            print(f"\n✗ {r.item_id} [{r.category}] {r.question}\n  → ({r.answer.kind}) {r.answer.text[:200]}")
    out = Path(args.out)
    write_json(summaries, failures, out / "report.json")
    write_chart(summaries, out / "accuracy.png")
    print(f"\nwrote {out / 'report.json'} and {out / 'accuracy.png'}")
    return 0


def _run_genre(items: list, args: argparse.Namespace) -> int:
    """A set over other reports of the genre: each item asked of its own report, the system only."""
    if not args.reports:
        raise SystemExit("eval: this set names other reports; pass the folder that holds them with --reports DIR")
    results = []
    for name in sorted({item.report for item in items}):
        path = Path(args.reports) / name
        if not path.is_file():
            raise SystemExit(f"eval: report {path} not found; check --reports")
        bot = Bot(report=path)
        results += run_items(bot.ask, [i for i in items if i.report == name], name)
    summary = summarize(results)
    print(f"{len(items)} items over {len({i.report for i in items})} reports")
    print(format_table({"system": summary}))
    if args.failures:
        for r in (r for r in results if not r.correct):
            print(f"\n✗ {r.item_id} [{r.category}] {r.question}\n  → ({r.answer.kind}) {r.answer.text[:200]}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    add_arguments(parser)
    parser.add_argument("--report")
    parser.add_argument("--model")
    parser.add_argument("--index-dir")
    args = parser.parse_args(argv)
    return run(Bot(report=args.report, model=args.model, index_dir=args.index_dir), args)
