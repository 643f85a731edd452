"""`qa bench`: cold start, warm latency per category, throughput, memory and index build time (medians of runs)."""

from __future__ import annotations

import compileall
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from eval.dataset import load_items
from index.report import read_report
from index.store import build_index, read_manifest, verify_files
from qa.bot import Bot

_COLD = (
    "import sys, time; t = time.perf_counter(); from qa import Bot; "
    "b = Bot(report={report!r}, index_dir={index!r}, model={model!r}); a = b.ask({question!r}); "
    "print(time.perf_counter() - t, 'torch' in sys.modules)"
)


def compile_sources() -> None:
    """Byte-compile the product's modules, as pip does for an installed package, so a cold start reads bytecode
    (with PYTHONDONTWRITEBYTECODE set nothing else writes it, and every process compiles ~50 modules again)."""
    root = Path(__file__).resolve().parent.parent
    for package in ("index", "qa", "report_qa"):
        compileall.compile_dir(root / package, quiet=1)


def cold_start(bot: Bot, question: str, runs: int) -> tuple[float, bool]:
    """Median seconds from a new process to its first answer, and whether torch was imported."""
    compile_sources()
    code = _COLD.format(
        report=str(bot.settings.report), index=str(bot.settings.index_dir), model=bot.settings.model, question=question
    )
    times, torch = [], False
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        times.append(float(out[0]))
        torch = out[1] == "True"
    return statistics.median(times), torch


def time_items(bot: Bot, items: list) -> tuple[dict[str, list[float]], int]:
    """Milliseconds per turn by category, each item's turns asked with their history; and the turns answered."""
    per: dict[str, list[float]] = {}
    answered = 0
    for item in items:
        history: list[tuple[str, str]] = []
        for turn in item.turns:
            start = time.perf_counter()
            answer = bot.ask(turn.question, history)
            per.setdefault(item.category, []).append((time.perf_counter() - start) * 1000)
            answered += answer.kind != "none"
            history.append((turn.question, answer.text))
    return per, answered


def warm_latency(bot: Bot, repeats: int) -> dict[str, dict[str, float]]:
    """p50/p95/p99 in milliseconds per eval category, over ``repeats`` passes of the public eval set."""
    per: dict[str, list[float]] = {}
    for _ in range(repeats):
        for category, ms in time_items(bot, load_items())[0].items():
            per.setdefault(category, []).extend(ms)
    return {cat: percentiles(ms) for cat, ms in sorted(per.items())}


def encoding_latency(bot: Bot, repeats: int) -> dict[str, float]:
    """p50/p95/p99 milliseconds to encode one question (the public eval set's first turns)."""
    questions = [item.turns[0].question for item in load_items()]
    ms = []
    for _ in range(repeats):
        for question in questions:
            start = time.perf_counter()
            bot.encoder.encode([question])
            ms.append((time.perf_counter() - start) * 1000)
    return percentiles(ms)


def long_history(bot: Bot, runs: int) -> float:
    """Median milliseconds to answer a follow-up after 1,000 turns (only the latest are read: `qa.history.kept`)."""
    ms = []
    for run in range(max(runs, 3)):  # a new history each run: none is answered from the conversation cache
        turns = [(f"2011年地区生产总值是多少？（{run}）", "2011年地区生产总值：170亿元。")] * 1000
        start = time.perf_counter()
        bot.ask("那2012年呢？", turns)
        ms.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(ms), 2)


def index_check(bot: Bot, runs: int) -> float:
    """Median milliseconds to check every index file's size and sha256 (done on every load)."""
    folder = bot.settings.index_dir
    manifest = read_manifest(folder)
    ms = []
    for _ in range(max(runs, 3)):
        start = time.perf_counter()
        verify_files(folder, manifest)
        ms.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(ms), 2)


# the speed targets (the people's-words issue): what is measured, its limit, and whether it is met
_TARGETS = (
    ("cold start to first passage answer (s)", lambda r: r["cold_start_s"]["passage_question"], 1.0),
    ("cold start to first figure answer (s)", lambda r: r["cold_start_s"]["figure_question"], 0.8),
    ("query encoding p50 (ms)", lambda r: r["query_encoding_ms"]["p50"], 10.0),
    ("warm passage answer p50 (ms)", lambda r: r["warm_latency_ms"].get("passage", {}).get("p50", 0.0), 20.0),
    ("rules (lookup) p50 (ms)", lambda r: r["warm_latency_ms"].get("lookup", {}).get("p50", 0.0), 5.0),
    ("follow-up after 1,000 turns (ms)", lambda r: r["history_1000_turns_ms"], 50.0),
    (
        "torch imported on a question path",
        lambda r: r["figure_path_imports_torch"] or r["passage_path_imports_torch"],
        False,
    ),
)


def targets(result: dict) -> list[dict]:
    """Each speed target with the value measured and whether it is met."""
    rows = []
    for name, measure, limit in _TARGETS:
        value = measure(result)
        met = value == limit if isinstance(limit, bool) else value <= limit
        rows.append({"target": name, "value": value, "limit": limit, "met": bool(met)})
    return rows


def percentiles(ms: list[float]) -> dict[str, float]:
    """p50, p95 and p99 of ``ms``, and how many there are."""
    ms = sorted(ms)

    def at(q: float) -> float:
        return round(ms[min(len(ms) - 1, int(q * len(ms)))], 2)

    return {"p50": round(statistics.median(ms), 2), "p95": at(0.95), "p99": at(0.99), "n": len(ms)}


def run(bot: Bot, runs: int = 3, repeats: int = 3, out: str | Path = "eval/out") -> dict:
    bot.index  # noqa: B018 — built or loaded before anything is timed
    report = read_report(bot.settings.report)
    builds = []
    for _ in range(runs):
        start = time.perf_counter()
        build_index(report, bot.encoder)
        builds.append(time.perf_counter() - start)
    numeric_cold, numeric_torch = cold_start(bot, "2011年地区生产总值是多少？", runs)
    passage_cold, passage_torch = cold_start(bot, "2011年高新区获得了哪些国家级荣誉？", runs)
    encoding = encoding_latency(bot, repeats)
    start = time.perf_counter()
    latency = warm_latency(bot, repeats)
    elapsed = time.perf_counter() - start
    questions = sum(v["n"] for v in latency.values())
    result = {
        "cold_start_s": {"figure_question": round(numeric_cold, 3), "passage_question": round(passage_cold, 3)},
        "figure_path_imports_torch": numeric_torch,
        "passage_path_imports_torch": passage_torch,
        "encoder": type(bot.encoder).__name__,
        "query_encoding_ms": encoding,
        "warm_latency_ms": latency,
        "throughput_qps": round(questions / elapsed, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "index_build_s": round(statistics.median(builds), 2),
        "index_check_ms": index_check(bot, runs),
        "history_1000_turns_ms": long_history(bot, runs),
        "runs": runs,
        "repeats": repeats,
    }
    result["targets"] = targets(result)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bench.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), "utf-8")
    print(format_bench(result))
    return result


def format_bench(result: dict) -> str:
    lines = [
        f"cold start, figure question: {result['cold_start_s']['figure_question']} s "
        f"(torch imported: {result['figure_path_imports_torch']})",
        f"cold start, passage question: {result['cold_start_s']['passage_question']} s",
        f"index build: {result['index_build_s']} s · throughput: {result['throughput_qps']} q/s · "
        f"peak memory: {result['peak_rss_mb']} MB · index check on load: {result['index_check_ms']} ms",
        "| category | p50 ms | p95 ms | p99 ms | n |",
        "|---|---|---|---|---|",
    ]
    for category, v in result["warm_latency_ms"].items():
        lines.append(f"| {category} | {v['p50']} | {v['p95']} | {v['p99']} | {v['n']} |")
    lines += ["", f"encoder: {result['encoder']}", "| target | measured | limit | met |", "|---|---|---|---|"]
    for row in result["targets"]:
        lines.append(f"| {row['target']} | {row['value']} | {row['limit']} | {'yes' if row['met'] else 'no'} |")
    return "\n".join(lines)
