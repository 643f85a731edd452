"""`qa bench --scaling`: build and query cost on a corpus of 1×, 10×, 100×, 1000× synthetic copies of a report.

Copy i is the report's body with every year shifted by 2·(i mod 40), so that forty copies in a row speak of
distinct years; past forty the years repeat and questions meet several equally good figures, as they would in a
large archive. Each size runs in its own process so that its peak memory is its own.

Embedding every copy with the real model would take ~27 ms per chunk here (36 minutes at 1000×). Copies differ
from the report only in their years, so a chunk whose text equals an embedded one up to its digits reuses that
vector plus small seeded noise (cosine ≈ 0.99, like two texts that differ in a year). The model runs for real on
every distinct text; the time a full embedding would take is projected from its measured rate and shown apart.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from eval.bench import percentiles, time_items
from eval.dataset import load_items
from index.embedder import Encoder, SentenceTransformerEncoder
from index.report import ReportText, parse_meta, read_report
from index.sections import split_sections
from index.store import build_index, save_index
from qa.bot import Bot
from qa.config import Settings

SIZES = (1, 10, 100, 1000)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=\s*年)")
_DIGITS = re.compile(r"\d")
_NOISE = 0.006  # per-dimension noise on a reused 512-d vector: cosine ≈ 0.99 to the original


def replicate(report: ReportText, copies: int) -> ReportText:
    """The report's header once, then ``copies`` copies of its body, copy i with its years shifted by 2·(i mod 40)."""
    if copies < 1:
        raise ValueError(f"copies must be >= 1, got {copies}")
    sections = split_sections(report)
    start = min(s.spans[0][0] for s in sections if s.spans) if sections else 0
    head, body = report.text[:start], report.text[start:]
    parts = [head]
    for i in range(copies):
        shift = 2 * (i % 40)
        parts.append(_YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), body) if shift else body)
    text = "\n".join(parts)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return ReportText(f"{report.name}-x{copies}", text, digest, parse_meta(text))


class ReusingEncoder:
    """Embeds each text that differs from the others beyond its digits; the rest reuse a vector plus noise."""

    def __init__(self, encoder: Encoder) -> None:
        self._encoder = encoder
        self._vectors: dict[str, np.ndarray] = {}
        self._sources: dict[str, str] = {}  # the text each vector was embedded from
        self.model_id = encoder.model_id
        self.encoded = 0
        self.reused = 0
        self.seconds = 0.0

    @property
    def dim(self) -> int:
        return self._encoder.dim

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        keys = [_DIGITS.sub("0", t) for t in texts]
        fresh: dict[str, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key not in self._vectors and key not in fresh:
                fresh[key] = text
        if fresh:
            start = time.perf_counter()
            vectors = self._encoder.encode(list(fresh.values()))
            self.seconds += time.perf_counter() - start
            self.encoded += len(fresh)
            self._vectors.update(zip(fresh, vectors, strict=True))
            self._sources.update(fresh)
        rows = []
        for key, text in zip(keys, texts, strict=True):
            if self._sources[key] == text:
                rows.append(self._vectors[key])
            else:
                rows.append(_jitter(self._vectors[key], text))
                self.reused += 1
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, self.dim), np.float32)


def _jitter(vector: np.ndarray, text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
    noisy = vector + np.random.default_rng(seed).standard_normal(vector.shape).astype(np.float32) * _NOISE
    return noisy / np.linalg.norm(noisy)


def measure(copies: int, settings: Settings, step: int = 1, vectors: str | None = None) -> dict:
    """Build, save, load and query a corpus of ``copies`` copies; seconds, milliseconds and megabytes."""
    base = read_report(settings.report)
    encoder = ReusingEncoder(SentenceTransformerEncoder(settings.model))
    encoder.encode(["预热"])  # load the model before anything is timed
    encoder.seconds = 0.0
    corpus = replicate(base, copies)
    with tempfile.TemporaryDirectory(prefix="report-qa-scaling-") as tmp:
        report_path = Path(tmp) / f"{corpus.name}.txt"
        report_path.write_text(corpus.text, "utf-8")
        corpus = read_report(report_path)
        start = time.perf_counter()
        index = build_index(corpus, encoder, vector_kind=vectors or "auto")
        build_s = time.perf_counter() - start
        folder = Path(tmp) / "index"
        start = time.perf_counter()
        save_index(index, folder)
        save_s = time.perf_counter() - start
        del index
        bot = Bot(report=report_path, index_dir=folder, encoder=encoder._encoder, say=lambda _m: None)
        start = time.perf_counter()
        index = bot.index  # loaded from the folder just written, with the lookups questions need
        load_s = time.perf_counter() - start
        items = load_items()[::step]
        start = time.perf_counter()
        bot.ask(items[0].turns[0].question)
        first_ms = (time.perf_counter() - start) * 1000
        per, answered = time_items(bot, items)
    every = [ms for values in per.values() for ms in values]
    rate = encoder.seconds / max(encoder.encoded, 1)
    return {
        "copies": copies,
        "chars": len(corpus.text),
        "chunks": len(index.chunks),
        "facts": len(index.facts),
        "vectors": index.manifest.vectors,
        "build_s": round(build_s - encoder.seconds, 2),
        "embed_s": round(encoder.seconds, 2),
        "embed_full_s_projected": round(rate * len(index.chunks), 1),
        "save_s": round(save_s, 2),
        "load_s": round(load_s, 2),
        "first_question_ms": round(first_ms, 1),
        "latency_ms": percentiles(every),
        "latency_ms_by_category": {c: percentiles(v) for c, v in sorted(per.items())},
        "answered": round(answered / len(every), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def run(
    settings: Settings,
    sizes: Sequence[int] = SIZES,
    step: int = 1,
    vectors: str | None = None,
    out: str | Path = "eval/out",
) -> list[dict]:
    """Each size in its own process; prints a table and writes scaling.json."""
    rows = []
    for copies in sizes:
        command = [sys.executable, "-m", "eval.scaling", "--copies", str(copies), "--step", str(step)]
        command += ["--report", str(settings.report), "--model", settings.model]
        if vectors:
            command += ["--vectors", vectors]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"scaling run at {copies}× failed:\n{done.stderr[-2000:]}")
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
        print(format_row(rows[-1]), flush=True)
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scaling.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), "utf-8")
    return rows


HEADER = (
    "| copies | chunks | facts | vectors | build s (+embed s; full embed projected) | load s | first q ms "
    "| p50 ms | p95 ms | p99 ms | peak MB |\n|---|---|---|---|---|---|---|---|---|---|---|"
)


def format_row(row: dict) -> str:
    latency = row["latency_ms"]
    return (
        f"| {row['copies']}× | {row['chunks']:,} | {row['facts']:,} | {row['vectors']} | {row['build_s']} "
        f"(+{row['embed_s']}; {row['embed_full_s_projected']}) | {row['load_s']} | {row['first_question_ms']} "
        f"| {latency['p50']} | {latency['p95']} | {latency['p99']} | {row['peak_rss_mb']:,} |"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m eval.scaling", description="one size of the scaling benchmark")
    parser.add_argument("--copies", type=int, required=True)
    parser.add_argument("--step", type=int, default=1, help="ask every step-th eval item")
    parser.add_argument("--report")
    parser.add_argument("--model")
    parser.add_argument("--vectors", choices=["auto", "flat", "hnsw"])
    args = parser.parse_args(argv)
    settings = Settings.resolve(args.report, args.model, None)
    print(json.dumps(measure(args.copies, settings, args.step, args.vectors), ensure_ascii=False))


if __name__ == "__main__":
    main()
