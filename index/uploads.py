"""Reports handed in by users (the web chat's upload): checked by size and by content, kept in one folder under
the name of their content, so that the same file handed in twice is one report with one index."""

from __future__ import annotations

import hashlib
from pathlib import Path

from index.errors import ReportError
from index.formats import kind_of, read_text
from index.report import MAX_REPORT_BYTES

_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "markdown": ".md", "text": ".txt"}


def store_upload(raw: bytes, name: str, folder: str | Path, max_bytes: int = MAX_REPORT_BYTES) -> Path:
    """Keep an uploaded report in ``folder`` as ``<sha256 prefix><suffix of its kind>`` and return its path; the
    same content is stored once. Raises `ReportError` (in Chinese first, for the person uploading) when the file is
    too large, of a kind no reader takes, or holds no text."""
    if len(raw) > max_bytes:
        raise ReportError(
            f"文件太大（{len(raw) / 2**20:.1f} MB），请上传 {max_bytes / 2**20:g} MB 以内的报告。"
            f" (The file is larger than {max_bytes / 2**20:g} MB.)"
        )
    if not raw.strip():
        raise ReportError("文件是空的，请上传有内容的报告。(The file is empty.)")
    kind = kind_of(raw, Path(name).suffix)
    if not read_text(raw, Path(name).suffix).strip():  # a scan, a broken file or another kind: ReportError
        raise ReportError("文件里没有可读的文字，请上传带文字的报告。(The file holds no text.)")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{hashlib.sha256(raw).hexdigest()[:16]}{_SUFFIX[kind]}"
    if not path.is_file():
        partial = path.with_suffix(path.suffix + ".part")
        partial.write_bytes(raw)
        partial.replace(path)
    return path
