"""The `qa` command: ask, chat, serve, evaluate and build the index; the composition root of the layers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence

from eval.cli import add_arguments as add_eval_arguments
from eval.cli import run as run_eval
from index.errors import IndexMismatchError, IndexMissingError, ModelNotFoundError, ReportError
from index.facts import Fact
from index.store import ensure_index
from qa.answer import Answer
from qa.bot import Bot
from qa.history import Turn
from ui.cli import add_arguments as add_serve_arguments

_USER_ERRORS = (ReportError, ModelNotFoundError, IndexMissingError, IndexMismatchError)


def _add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--report",
        help="report file (.txt, .md, .docx, .pdf with text, or a saved .html page); default: the bundled report, "
        "or $QA_REPORT",
    )
    parser.add_argument("--model", help="sentence-transformers model name or path; default: m3e-small, or $QA_MODEL")
    parser.add_argument(
        "--index-dir", help="index folder; default: a folder under ~/.cache/report-qa, or $QA_INDEX_DIR"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Ask questions about a Chinese government work report.")
    commands = parser.add_subparsers(dest="command", required=True)

    ask = commands.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print the answer as JSON")
    _add_config(ask)

    chat = commands.add_parser("chat", help="multi-turn conversation in the terminal")
    _add_config(chat)

    serve = commands.add_parser("serve", help="the web chat on http://127.0.0.1:7860")
    _add_config(serve)
    add_serve_arguments(serve)

    bench = commands.add_parser("bench", help="cold start, warm latency, throughput, memory, index build time")
    bench.add_argument("--runs", type=int, default=3, help="runs for cold start and build (median)")
    bench.add_argument("--repeats", type=int, default=3, help="passes over the eval set for warm latency")
    bench.add_argument("--out", default="eval/out", help="folder for bench.json / scaling.json")
    bench.add_argument(
        "--scaling",
        nargs="?",
        const="1,10,100,1000",
        metavar="SIZES",
        help="instead: build and query cost on synthetic copies of the report (default 1,10,100,1000)",
    )
    bench.add_argument(
        "--parse",
        nargs="?",
        const="1,5,20",
        metavar="MB",
        help="instead: parse time of a large report made of copies of this one, by size in MB (default 1,5,20)",
    )
    bench.add_argument("--step", type=int, default=1, help="with --scaling: ask every STEP-th eval item")
    bench.add_argument("--vectors", choices=["auto", "flat", "hnsw"], help="with --scaling: force the vector index")
    _add_config(bench)

    load = commands.add_parser("load", help="load-test a running web chat's /ask endpoint (loopback only)")
    load.add_argument("--url", default="http://127.0.0.1:7860/")
    load.add_argument("--clients", type=int, default=16)
    load.add_argument("--seconds", type=float, default=60)

    facts = commands.add_parser("facts", help="the table of facts extracted from the report")
    form = facts.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="print CSV")
    form.add_argument("--json", action="store_true", help="print JSON Lines")
    form.add_argument("--coverage", action="store_true", help="list every number that is not a fact, and why")
    _add_config(facts)

    calib = commands.add_parser("calibrate", help="choose the refusal threshold from labelled questions")
    calib.add_argument("file", nargs="?", help="JSON Lines of {question, answerable}; default: eval/calibration.jsonl")
    _add_config(calib)

    evaluate = commands.add_parser("eval", help="accuracy on the eval set, beside BM25-only and dense-only baselines")
    _add_config(evaluate)
    add_eval_arguments(evaluate)

    index = commands.add_parser("index", help="build the index")
    index_commands = index.add_subparsers(dest="index_command", required=True)
    build = index_commands.add_parser("build", help="build the index if it is missing or stale")
    build.add_argument("--force", action="store_true", help="rebuild even when the index is up to date")
    _add_config(build)
    return parser


def format_answer(answer: Answer, asked: str = "") -> str:
    """The answer and the sentences it quotes, as shown in a terminal."""
    lines = []
    if answer.question and answer.question != asked.strip():
        lines.append(f"（理解为：{answer.question}）")
    lines.append(answer.text)
    cited = [s for s in answer.sources if s.cited]
    if len(cited) > 1:  # one quote is already the answer text above
        lines += [f"  [{i}] {s.text}" for i, s in enumerate(cited, start=1)]
    if answer.note:
        lines.append(f"（{answer.note}）")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "load":  # talks to a running server: no report, model or index needed here
        from eval.load import load_test

        try:
            result = load_test(args.url, args.clients, args.seconds)
        except ValueError as exc:
            print(f"qa load: {exc}", file=sys.stderr)
            return 2
        print(result)
        return 0 if result.passed else 1
    try:
        bot = Bot(report=args.report, model=args.model, index_dir=args.index_dir)
        return _COMMANDS[args.command](bot, args) or 0
    except _USER_ERRORS as exc:
        print(f"qa: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _ask(bot: Bot, args: argparse.Namespace) -> None:
    answer = bot.ask(args.question)
    print(
        json.dumps(answer.to_dict(), ensure_ascii=False, indent=2)
        if args.json
        else format_answer(answer, args.question)
    )


def _serve(bot: Bot, args: argparse.Namespace) -> None:
    # files the browser uploads land in the cache folder, not in the system's temporary folder (read on import)
    os.environ.setdefault("GRADIO_TEMP_DIR", str(bot.settings.index_dir.parent / "gradio"))
    from ui.app import serve  # gradio loads only for this command

    serve(bot, args.host, args.port, args.share, args.feedback_log)


def _bench(bot: Bot, args: argparse.Namespace) -> None:
    from eval.bench import run as run_bench

    if args.runs <= 0 or args.repeats <= 0 or args.step <= 0:
        raise SystemExit("qa: --runs, --repeats and --step must be > 0")
    if args.scaling:
        _scaling(bot, args)
    elif args.parse:
        _parsing(bot, args)
    else:
        run_bench(bot, args.runs, args.repeats, args.out)


def _stage(share: float, stage: str) -> None:
    """A build's stages as lines in the terminal (a large report parses for about a second per MB)."""
    print(f"[{share:4.0%}] {stage}", file=sys.stderr, flush=True)


def _build(bot: Bot, args: argparse.Namespace) -> int:
    folder = bot.settings.index_dir
    try:
        settings = bot.settings
        done = ensure_index(settings.report, bot.encoder, folder, args.force, _stage, settings.max_report_bytes)
    except OSError as exc:  # a read-only or full disk, a file where the folder should be
        print(f"qa: 索引无法写入 {folder}（{exc.strerror or exc}）；请用 --index-dir 指定可写的目录。", file=sys.stderr)
        return 1
    if done.index is None:
        print(f"索引已是最新：{folder}")
        return 0
    if done.reason not in ("missing", "forced"):
        print(f"索引已过期，已重建（{done.reason}）")
    manifest = done.index.manifest
    print(f"索引已建好：{folder}，{manifest.n_chunks} 个段落，模型 {manifest.model}，维度 {manifest.dim}")
    return 0


_UNNAMED = "前面的词不是指标名称（所指在后文，或是名称的一部分）"
_FACT_FIELDS = ("year", "kind", "aspect", "metric", "value", "unit", "qualifier", "text", "context", "section")


def _scaling(bot: Bot, args: argparse.Namespace) -> None:
    from eval.scaling import HEADER, run

    try:
        sizes = [int(s) for s in args.scaling.split(",")]
    except ValueError:
        raise SystemExit(f"qa: --scaling takes sizes like 1,10,100, not {args.scaling!r}") from None
    if not sizes or min(sizes) < 1:
        raise SystemExit("qa: --scaling sizes must be >= 1")
    print(HEADER, flush=True)
    run(bot.settings, sizes, args.step, args.vectors, args.out)


def _parsing(bot: Bot, args: argparse.Namespace) -> None:
    from eval.parsing import run

    try:
        sizes = tuple(float(s) for s in args.parse.split(","))
    except ValueError:
        raise SystemExit(f"qa: --parse takes sizes in MB like 1,5,20, not {args.parse!r}") from None
    if not sizes or min(sizes) <= 0:
        raise SystemExit("qa: --parse sizes must be > 0")
    run(bot.settings.report, sizes)


def _facts(bot: Bot, args: argparse.Namespace) -> None:
    import csv
    from collections import Counter
    from dataclasses import asdict

    facts = bot.index.facts
    if args.coverage:
        from index.coverage import uncovered_numbers
        from index.facts import unnamed_facts
        from index.report import read_report
        from index.sections import split_sections

        report = read_report(bot.settings.report, bot.settings.max_report_bytes)
        sections = split_sections(report)
        body = min((a for s in sections for a, _ in s.spans), default=0)
        unnamed = unnamed_facts(report.text, sections, report.meta.year)
        gaps = [g for g in uncovered_numbers(report.text, facts, body) if not any(_within(g.span, f) for f in unnamed)]
        print(f"{len(facts)} facts; {len(gaps) + len(unnamed)} numbers of the report are not facts:")
        reasons = Counter(g.reason for g in gaps) + Counter({_UNNAMED: len(unnamed)})
        for reason, count in reasons.most_common():
            print(f"  {reason}: {count}")
        for gap in gaps:
            print(f"{gap.reason}\t{gap.text}\t…{gap.context}…")
        for fact in unnamed:
            print(f"{_UNNAMED}\t{fact.text}\t…{fact.metric}{fact.text}…")
        return
    rows = [{**{k: v for k, v in asdict(f).items() if k in _FACT_FIELDS}, "section": f.section} for f in facts]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    elif args.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=_FACT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for f in facts:
            kind = {"result": "实际", "target": "目标"}.get(f.kind or "", "")
            print(f"{f.year or ''}\t{kind}\t{f.aspect}\t{f.metric}\t{f.value:g}\t{f.unit}\t{f.text}")


def _within(span: tuple[int, int], fact: Fact) -> bool:
    return fact.span[0] <= span[0] < fact.span[1]


def _calibrate(bot: Bot, args: argparse.Namespace) -> None:
    from importlib import resources

    from qa.calibrate import ANSWERABLE_SHARE, calibrate, read_labelled

    path = args.file or str(resources.files("eval") / "calibration.jsonl")
    result = calibrate(bot, read_labelled(path))
    for threshold, accuracy in result.accuracy.items():
        mark = "  <- best" if threshold == result.best else ""
        print(f"min_coverage {threshold:.2f}: accuracy {accuracy:.1%}{mark}")
    print(f"(accuracy weighed to {ANSWERABLE_SHARE:.0%} answerable questions)")
    print(f"current: {bot.min_coverage:.2f}")


def _chat(bot: Bot, args: argparse.Namespace) -> None:
    print(f"报告问答 — {bot.index.manifest.title}。输入问题，回车提问；空行或 Ctrl-D 退出。")
    turns: list[Turn] = []
    while True:
        try:
            question = input("\n问：").strip()
        except EOFError:
            print()
            return
        if not question:
            return
        answer = bot.ask(question, turns)
        print("答：" + format_answer(answer, question))
        turns.append((question, answer.text))


_COMMANDS: dict[str, Callable[[Bot, argparse.Namespace], int | None]] = {
    "ask": _ask,
    "chat": _chat,
    "index": _build,
    "eval": run_eval,
    "serve": _serve,
    "bench": _bench,
    "facts": _facts,
    "calibrate": _calibrate,
}
