"""`python -m index build`: build a report's index if it is missing or stale."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from index.embedder import Encoder, SentenceTransformerEncoder
from index.errors import IndexMismatchError, IndexMissingError, ModelNotFoundError, ReportError
from index.report import read_report
from index.store import build_index, check_manifest, read_manifest, save_index


def build_or_reuse(report_path: str | Path, encoder: Encoder, folder: str | Path, force: bool = False) -> bool:
    """Build and save the index unless an up-to-date one is in ``folder``; True when it built."""
    report = read_report(report_path)
    folder = Path(folder)
    if not force:
        try:
            check_manifest(read_manifest(folder), report.sha256, encoder.model_id, folder)
            print(f"索引已是最新：{folder}")
            return False
        except IndexMissingError:
            print(f"正在建立索引：{folder}")
        except IndexMismatchError as exc:
            print(f"索引已过期，正在重建（{exc}）")
    index = build_index(report, encoder)
    save_index(index, folder)
    print(f"索引已建好：{index.manifest.n_chunks} 个段落，模型 {index.manifest.model}，维度 {index.manifest.dim}")
    return True


def main(argv: Sequence[str] | None = None) -> int:
    from qa.config import Settings

    parser = argparse.ArgumentParser(prog="python -m index", description="Build a report's index.")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the index if it is missing or stale")
    build.add_argument("--report")
    build.add_argument("--model")
    build.add_argument("--index-dir")
    build.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    settings = Settings.resolve(args.report, args.model, args.index_dir)
    try:
        build_or_reuse(settings.report, SentenceTransformerEncoder(settings.model), settings.index_dir, args.force)
    except (ReportError, ModelNotFoundError) as exc:
        print(f"index: {exc}", file=sys.stderr)
        return 1
    return 0
