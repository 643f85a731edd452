"""Where the report, the model and the index come from: arguments first, then QA_* variables, then defaults."""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from index.embedder import DEFAULT_MODEL
from index.errors import ReportError
from index.report import MAX_REPORT_BYTES

DEFAULT_REPORT_NAME = "ningbo-gaoxin-2011-2012.txt"


def bundled_report() -> Path:
    """The report shipped with the package (宁波国家高新区2011年工作总结和2012年工作安排报告)."""
    return Path(str(resources.files("qa") / "reports" / DEFAULT_REPORT_NAME))


def cache_root(env: Mapping[str, str]) -> Path:
    """The folder that holds indexes by default: $XDG_CACHE_HOME/report-qa or ~/.cache/report-qa."""
    base = env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "report-qa"


@dataclass(frozen=True)
class Settings:
    """A resolved configuration: which report, which embedding model, which index folder."""

    report: Path
    model: str
    index_dir: Path
    model_cache: Path  # where the model's ONNX export is kept
    max_report_bytes: int = MAX_REPORT_BYTES  # the largest report file read or uploaded (QA_MAX_REPORT_MB)

    @classmethod
    def resolve(
        cls,
        report: str | Path | None = None,
        model: str | None = None,
        index_dir: str | Path | None = None,
        env: Mapping[str, str] | None = None,
    ) -> Settings:
        """Arguments win over QA_REPORT / QA_MODEL / QA_INDEX_DIR, which win over the defaults."""
        env = os.environ if env is None else env
        report_path = Path(report or env.get("QA_REPORT") or bundled_report()).expanduser()
        model_name = model or env.get("QA_MODEL") or DEFAULT_MODEL
        if index_dir or env.get("QA_INDEX_DIR"):
            folder = Path(index_dir or env["QA_INDEX_DIR"]).expanduser()
        else:
            folder = cache_root(env) / f"{report_path.stem}--{_slug(model_name)}"
        return cls(report_path, model_name, folder, cache_root(env) / "models", _report_limit(env))


def _report_limit(env: Mapping[str, str]) -> int:
    """QA_MAX_REPORT_MB in bytes: a finite number of megabytes above 0; the default when unset."""
    given = env.get("QA_MAX_REPORT_MB")
    if not given:
        return MAX_REPORT_BYTES
    try:
        megabytes = float(given)
    except ValueError:
        megabytes = math.nan
    if not math.isfinite(megabytes) or megabytes <= 0:
        raise ReportError(
            f"QA_MAX_REPORT_MB 应为大于 0 的数字（兆字节）。(QA_MAX_REPORT_MB must be a number of megabytes above 0, "
            f"got {given!r}.)"
        )
    return max(1, int(megabytes * 2**20))


def _slug(name: str) -> str:
    """A folder-safe short form of a model name or path."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name or name)[:60]
