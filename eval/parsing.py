"""`qa bench --parse`: how reading and parsing a large report grows with its size (1, 5, 20 MB of copies of the
report's body): read, sections, chunks, facts; everything before the model runs. The time should grow in
proportion to the size; embedding, which follows, shows its own progress bar."""

from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path

from eval.scaling import replicate
from index.chunks import chunk_sections
from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections

SIZES_MB = (1, 5, 20)
HEADER = "| size MB | read s | sections s | chunks s | facts s | total s | s per MB |\n|---|---|---|---|---|---|---|"


def parse_time(report_path: Path, megabytes: float) -> dict:
    """Seconds for each step of parsing ``megabytes`` of copies of the report's body, written to a file first."""
    report = read_report(report_path)
    copies = max(1, math.ceil(megabytes * 2**20 / len(report.text.encode("utf-8"))))
    text = replicate(report, copies).text
    with tempfile.TemporaryDirectory(prefix="report-qa-parse-") as tmp:
        path = Path(tmp) / "large.txt"
        path.write_text(text, "utf-8")
        size = path.stat().st_size / 2**20
        steps: dict[str, float] = {}
        start = time.perf_counter()
        large = read_report(path, max_bytes=path.stat().st_size)
        steps["read"] = time.perf_counter() - start
        start = time.perf_counter()
        sections = split_sections(large)
        steps["sections"] = time.perf_counter() - start
        start = time.perf_counter()
        chunk_sections(large.text, sections)
        steps["chunks"] = time.perf_counter() - start
        start = time.perf_counter()
        extract_facts(large.text, sections, large.meta.year)
        steps["facts"] = time.perf_counter() - start
    total = sum(steps.values())
    return {
        "mb": round(size, 1),
        **{k: round(v, 2) for k, v in steps.items()},
        "total": round(total, 2),
        "per_mb": round(total / size, 2),
    }


def run(report_path: Path, sizes: tuple[float, ...] = SIZES_MB) -> list[dict]:
    """Each size in turn; prints a table row as each finishes."""
    rows = []
    print(HEADER, flush=True)
    for megabytes in sizes:
        row = parse_time(report_path, megabytes)
        rows.append(row)
        print(
            f"| {row['mb']} | {row['read']} | {row['sections']} | {row['chunks']} | {row['facts']} | "
            f"{row['total']} | {row['per_mb']} |",
            flush=True,
        )
    return rows
