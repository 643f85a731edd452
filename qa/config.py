"""Where the report, the model and the index come from: arguments first, then QA_* variables, then defaults."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from index.embedder import DEFAULT_MODEL

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
        return cls(report_path, model_name, folder, cache_root(env) / "models")


def _slug(name: str) -> str:
    """A folder-safe short form of a model name or path."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name or name)[:60]
