"""`python -m index build`: build a report's index if it is missing or stale."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from index.embedder import Encoder
from index.errors import IndexMismatchError, IndexMissingError
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
    """`python -m index build …` is `qa index build …`."""
    from qa.cli import main as qa_main

    return qa_main(["index", *(sys.argv[1:] if argv is None else argv)])
