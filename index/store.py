"""Building, saving and loading a report's index: a folder of plain files, written atomically."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

import faiss
import numpy as np

from index.bm25_scores import Bm25Scores
from index.chunks import Chunk, chunk_sections, split_sentences
from index.durable import build_lock, changed_file, checksums, recover, staging, swap_in
from index.embedder import Encoder
from index.errors import IndexMismatchError, IndexMissingError, ReportError
from index.fact_table import FactTable
from index.facts import Fact, extract_facts
from index.lexicon import fingerprint as lexicon_fingerprint
from index.lexicon import text as lexicon_text
from index.outline import Node
from index.outline import outline as build_outline
from index.periods import Period
from index.report import MAX_REPORT_BYTES, ReportMeta, ReportText, read_report
from index.sections import split_sections, year_shown
from index.tokens import ReportTokenizer, collect_terms, function_words, report_dictionary, report_places
from index.vectors import VectorKind, build_vectors, describe, prepare_search

FORMAT_VERSION = 3  # 3: the manifest lists each file's size and sha256
_MANIFEST, _CHUNKS, _VECTORS, _TERMS, _BM25 = "manifest.json", "chunks.jsonl", "index.faiss", "terms.txt", "bm25"
_FACTS, _FUNCTION, _SENTENCES = "facts.jsonl", "function_words.txt", "sentences.npy"
_WORDS = "words.txt"  # the jieba dictionary cut to the report's characters (`report_dictionary`)
_PLACES = "places.txt"  # the places the report writes besides its own (`report_places`)
_YEAR_NAMED = re.compile(r"(\d{4})年")


def code_fingerprint() -> str:
    """sha256 of the modules that decide what an index holds: a new parser or extractor means a rebuild."""
    digest = hashlib.sha256()
    for module in (
        "report",
        "sections",
        "periods",
        "chunks",
        "numbers",
        "facts",
        "tokens",
        "store",
        "vectors",
        "bm25_scores",
    ):
        digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
    digest.update(lexicon_fingerprint().encode())  # the genre's words: new words, new index
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Manifest:
    """What an index was built from; a mismatch with the current report or model means rebuild."""

    format_version: int
    model: str
    dim: int
    n_chunks: int
    report_name: str
    report_sha256: str
    title: str
    date: str | None
    publisher: str | None
    code: str = ""
    vectors: str = "flat"
    front: tuple[str, ...] = ()
    delivered: str | None = None
    fields: tuple[tuple[str, str], ...] = ()  # the catalogue lines above the title (索引号, 发布机构…)
    files: tuple[tuple[str, int, str], ...] = ()  # (path in the folder, size, sha256) of every other file
    salutation: str = ""  # 同志们: the line the speaker opens with
    shown_year: int | None = None  # the year its parts show, when no title or date gives one

    @property
    def meta(self) -> ReportMeta:
        front = tuple(self.front)
        return ReportMeta(
            self.title, self.date, self.publisher, self.fields, front, self.delivered, self.salutation, self.shown_year
        )


@dataclass(frozen=True)
class ReportIndex:
    """Chunks with their dense (FAISS) and sparse (BM25) indexes, the BM25 tokenizer, and the report's facts."""

    manifest: Manifest
    chunks: tuple[Chunk, ...]
    vectors: faiss.Index
    bm25: Bm25Scores
    tokenizer: ReportTokenizer
    facts: FactTable = field(default_factory=FactTable)
    # one unit vector per sentence of each chunk, chunk after chunk, as `split_sentences` cuts them
    sentence_vectors: np.ndarray | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", FactTable.of(self.facts))

    @cached_property
    def _sentence_starts(self) -> tuple[int, ...]:
        counts = [len(split_sentences(c.text)) for c in self.chunks]
        return tuple(int(n) for n in np.concatenate([[0], np.cumsum(counts)]))

    def sentence_vectors_of(self, chunk: Chunk) -> np.ndarray | None:
        """The vectors of a chunk's sentences, in order; None for an index built without them."""
        if self.sentence_vectors is None:
            return None
        starts = self._sentence_starts
        return self.sentence_vectors[starts[chunk.id] : starts[chunk.id + 1]]

    @cached_property
    def years(self) -> frozenset[int]:
        """Every year a chunk speaks of, by its section's period or by naming it (2011年), and every year a fact is
        of (由6.1万元提升至… in a review of 2021–2025: 2020)."""
        years = {y for c in self.chunks if c.period for y in range(c.period.start, c.period.end + 1)}
        years.update(int(y) for c in self.chunks for y in _YEAR_NAMED.findall(c.text))
        years.update(f.year for f in self.facts if f.year is not None)
        return frozenset(years)

    @cached_property
    def outline(self) -> Node:
        """The report's headings as a tree (built once, for questions about its structure)."""
        return build_outline(self.chunks)

    @cached_property
    def period_labels(self) -> tuple[str, ...]:
        """The periods the report's sections speak of (2011年工作回顾, 2012年工作安排), sorted."""
        return tuple(sorted({c.period.label for c in self.chunks if c.period}))


Progress = Callable[[float, str], None]  # the share done (0–1) and what is being done, in Chinese


def build_index(
    report: ReportText,
    encoder: Encoder,
    max_chars: int = 300,
    vector_kind: VectorKind = "auto",
    progress: Progress | None = None,
) -> ReportIndex:
    """Parse, chunk, embed and index a report; the vector index type is chosen by size unless given. ``progress``
    hears each stage as it starts (解析章节, 抽取数据, 建立检索, 计算向量)."""
    step = progress or (lambda _share, _stage: None)
    step(0.05, "解析章节")
    if report.meta.year is None:  # no title or date: the year its parts show (一、2021年工作回顾)
        report = replace(report, meta=replace(report.meta, shown_year=year_shown(report.text)))
    sections = split_sections(report)
    chunks = tuple(chunk_sections(report.text, sections, max_chars=max_chars))
    if not chunks:
        raise ReportError(
            f"《{report.meta.title or report.name}》里没有可以回答问题的正文（没有成段的中文句子），请换一份报告。"
            f" (Report {report.name} has no paragraphs of Chinese text to answer from.)"
        )
    step(0.15, "抽取数据")
    facts = tuple(extract_facts(report.text, sections, report.meta.year))
    step(0.3, "建立检索")
    words = _words_file(report_dictionary([report.text, lexicon_text()]))
    terms = collect_terms([report.text])
    places = report_places(report.text, (f.metric for f in facts))
    tokenizer = ReportTokenizer(terms, report.meta.names, function_words(), words, places)
    sentences = [s.text for c in chunks for s in split_sentences(c.text)]
    bm25 = Bm25Scores.build([tokenizer.tokenize(_searchable(c)) for c in chunks])
    step(0.45, "计算段落向量")
    embeddings = encoder.encode([_searchable(c) for c in chunks], show_progress=True)
    vectors = build_vectors(embeddings, vector_kind)
    meta = report.meta
    manifest = Manifest(
        FORMAT_VERSION,
        encoder.model_id,
        int(embeddings.shape[1]),
        len(chunks),
        report.name,
        report.sha256,
        meta.title,
        meta.date,
        meta.publisher,
        code_fingerprint(),
        describe(vectors),
        meta.front,
        meta.delivered,
        meta.fields,
        salutation=meta.salutation,
        shown_year=meta.shown_year,
    )
    step(0.7, "计算句子向量")
    sentence_vectors = encoder.encode(sentences).astype(np.float32) if sentences else None
    step(1.0, "完成")
    return ReportIndex(manifest, chunks, vectors, bm25, tokenizer, facts, sentence_vectors)


def _words_file(lines: list[str]) -> Path:
    """The cut dictionary as a file jieba can read while the index is built, named by its content in the temp
    folder (as jieba names its own caches): one file per dictionary, not one per build."""
    text = "\n".join(lines)
    path = Path(tempfile.gettempdir()) / f"report-qa-words-{hashlib.sha256(text.encode()).hexdigest()[:16]}.txt"
    if not path.is_file():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, path)  # whole or absent, even with two builds at once
    return path


def _searchable(chunk: Chunk) -> str:
    """The text a chunk is found by: its own heading, then its sentences."""
    return f"{chunk.section_path[-1]}\n{chunk.text}"


def save_index(index: ReportIndex, folder: str | Path) -> None:
    """Write the index to ``folder`` under the build lock (`index.durable`): every file written and synced to disk,
    the manifest (with each file's size and sha256) last, then swapped in by renames; a crash at any point leaves
    the old index or the new one, never none."""
    folder = Path(folder)
    with build_lock(folder):
        _save(index, folder)


def _save(index: ReportIndex, folder: Path) -> None:
    """`save_index` for a caller that holds the build lock."""
    with staging(folder) as tmp:
        _write_parts(index, tmp)
        manifest = replace(index.manifest, files=tuple(checksums(tmp, skip=_MANIFEST)))
        (tmp / _MANIFEST).write_text(json.dumps(asdict(manifest), ensure_ascii=False, indent=2), "utf-8")
        swap_in(tmp, folder)


def _write_parts(index: ReportIndex, tmp: Path) -> None:
    with (tmp / _CHUNKS).open("w", encoding="utf-8") as out:
        for chunk in index.chunks:
            out.write(json.dumps(_chunk_to_json(chunk), ensure_ascii=False) + "\n")
    with (tmp / _FACTS).open("w", encoding="utf-8") as out:
        for fact in index.facts:
            out.write(json.dumps(asdict(fact), ensure_ascii=False) + "\n")
    (tmp / _TERMS).write_text("\n".join(index.tokenizer.terms), "utf-8")
    (tmp / _FUNCTION).write_text("\n".join(sorted(index.tokenizer.function)), "utf-8")
    (tmp / _PLACES).write_text("\n".join(sorted(index.tokenizer.places)), "utf-8")
    if index.tokenizer.dictionary is not None:
        shutil.copyfile(index.tokenizer.dictionary, tmp / _WORDS)
    if index.sentence_vectors is not None:
        np.save(tmp / _SENTENCES, index.sentence_vectors)
    faiss.write_index(index.vectors, str(tmp / _VECTORS))
    index.bm25.save(tmp / _BM25)


def verify_files(folder: Path, manifest: Manifest) -> None:
    """Raise IndexMismatchError unless every file the manifest lists has its size and sha256."""
    if not manifest.files:
        raise IndexMismatchError(f"Index in {folder} lists no files; rebuild it with `qa index build`.")
    changed = changed_file(folder, manifest.files)
    if changed:
        raise IndexMismatchError(f"Index in {folder} is damaged ({changed} changed or missing); rebuild it.")


def read_manifest(folder: str | Path) -> Manifest:
    """The manifest of the index in ``folder``."""
    path = Path(folder) / _MANIFEST
    if not path.is_file():
        raise IndexMissingError(f"No index in {folder}; run `qa index build` to build it.")
    data = json.loads(path.read_text("utf-8"))
    if data.get("format_version") != FORMAT_VERSION or data.get("code") != code_fingerprint():
        raise IndexMismatchError(
            f"Index in {folder} was built by another version of report-qa; run `qa index build` to rebuild it."
        )
    fields = tuple(tuple(f) for f in data.get("fields") or ())
    files = tuple(tuple(f) for f in data.get("files") or ())
    return Manifest(**{**data, "front": tuple(data.get("front") or ()), "fields": fields, "files": files})


def check_manifest(manifest: Manifest, report_sha256: str | None, model: str | None, folder: Path) -> None:
    """Raise IndexMismatchError when the index was built from another report or model."""
    if report_sha256 is not None and manifest.report_sha256 != report_sha256:
        raise IndexMismatchError(f"Index in {folder} was built from another version of the report; rebuild it.")
    if model is not None and manifest.model != model:
        raise IndexMismatchError(f"Index in {folder} was built with model {manifest.model}, not {model}; rebuild it.")


def load_index(folder: str | Path, report_sha256: str | None = None, model: str | None = None) -> ReportIndex:
    """Load the index in ``folder``, refusing one built from another report, model or format, or damaged."""
    folder = Path(folder)
    try:
        manifest = read_manifest(folder)
    except (ValueError, TypeError) as exc:  # a manifest cut short or edited by hand
        raise IndexMismatchError(f"Index manifest in {folder} is damaged ({exc}); rebuild it.") from exc
    check_manifest(manifest, report_sha256, model, folder)
    try:
        verify_files(folder, manifest)
        return _load_parts(folder, manifest)
    except (OSError, ValueError, TypeError, KeyError, RuntimeError) as exc:  # truncated or corrupted files
        raise IndexMismatchError(f"Index in {folder} is damaged ({type(exc).__name__}); rebuild it.") from exc


def _load_parts(folder: Path, manifest: Manifest) -> ReportIndex:
    with (folder / _CHUNKS).open(encoding="utf-8") as lines:
        chunks = tuple(_chunk_from_json(json.loads(line)) for line in lines if line.strip())
    vectors = prepare_search(faiss.read_index(str(folder / _VECTORS)))
    if len(chunks) != manifest.n_chunks or vectors.ntotal != manifest.n_chunks or vectors.d != manifest.dim:
        raise IndexMismatchError(f"Index in {folder} is inconsistent; rebuild it with `qa index build`.")
    terms = [t for t in (folder / _TERMS).read_text("utf-8").split("\n") if t]
    bm25 = Bm25Scores.load(folder / _BM25)
    with (folder / _FACTS).open(encoding="utf-8") as lines:
        facts = tuple(_fact_from_json(json.loads(line)) for line in lines if line.strip())
    function = (folder / _FUNCTION).read_text("utf-8").split("\n")
    words = folder / _WORDS if (folder / _WORDS).is_file() else None
    places = (folder / _PLACES).read_text("utf-8").split("\n") if (folder / _PLACES).is_file() else ()
    tokenizer = ReportTokenizer(terms, manifest.meta.names, function, words, [p for p in places if p])
    sentences = np.load(folder / _SENTENCES) if (folder / _SENTENCES).is_file() else None
    if sentences is not None and sentences.shape[1] != manifest.dim:
        raise IndexMismatchError(f"Index in {folder} is inconsistent; rebuild it with `qa index build`.")
    return ReportIndex(manifest, chunks, vectors, bm25, tokenizer, facts, sentences)


def open_index(
    report_path: str | Path,
    encoder: Encoder,
    folder: str | Path,
    say: Callable[[str], None] = print,
    progress: Progress | None = None,
    max_bytes: int = MAX_REPORT_BYTES,
) -> ReportIndex:
    """Load the report's index from ``folder``, or build and save it when missing or stale, saying so.

    Builders take a lock beside the folder, so two processes starting at once build it once: the second waits,
    then loads what the first saved.
    """
    report = read_report(report_path, max_bytes)
    folder = Path(folder)
    try:
        return load_index(folder, report.sha256, encoder.model_id)
    except IndexMissingError:
        reason = f"正在为《{report.meta.title or report.name}》建立索引（首次使用，约需半分钟）…"
    except IndexMismatchError as exc:
        reason = f"索引与当前报告或模型不一致，正在重建（{exc}）…"
    with build_lock(folder):
        recover(folder)
        try:  # built by another process while this one waited for the lock, or put back by `_recover`
            return load_index(folder, report.sha256, encoder.model_id)
        except (IndexMissingError, IndexMismatchError):
            pass
        say(reason)
        index = build_index(report, encoder, progress=progress)
        try:
            _save(index, folder)
        except OSError as exc:  # a read-only or full disk: answer from memory this time
            say(f"索引无法写入 {folder}（{exc.strerror}），本次在内存中使用；可用 --index-dir 指定可写的目录。")
    return index


@dataclass(frozen=True)
class Built:
    """What `ensure_index` did: ``built`` False when an up-to-date index was already there; ``reason`` why it built."""

    index: ReportIndex | None
    built: bool
    reason: str = ""


def ensure_index(
    report_path: str | Path,
    encoder: Encoder,
    folder: str | Path,
    force: bool = False,
    progress: Progress | None = None,
    max_bytes: int = MAX_REPORT_BYTES,
) -> Built:
    """Build and save the index unless an up-to-date one is in ``folder`` (always with ``force``); ``progress``
    hears each stage of a build."""
    report = read_report(report_path, max_bytes)
    folder = Path(folder)
    with build_lock(folder):  # the lock loading takes: never two builders in one folder
        recover(folder)
        reason = "forced" if force else _stale(folder, report.sha256, encoder.model_id)
        if not reason:
            return Built(None, built=False)
        index = build_index(report, encoder, progress=progress)
        _save(index, folder)
    return Built(index, built=True, reason=reason)


def _stale(folder: Path, report_sha256: str, model: str) -> str:
    """Why the index in ``folder`` must be built: "missing", what does not match or is damaged; "" when sound."""
    try:
        manifest = read_manifest(folder)
        check_manifest(manifest, report_sha256, model, folder)
        verify_files(folder, manifest)
    except IndexMissingError:
        return "missing"
    except IndexMismatchError as exc:
        return str(exc)
    except (ValueError, TypeError) as exc:
        return f"damaged manifest ({exc})"
    return ""


def _fact_from_json(data: dict) -> Fact:
    data["section_path"] = tuple(data["section_path"])
    data["span"] = tuple(data["span"])
    data["siblings"] = tuple(data["siblings"])
    for key in ("period_years", "sentence_span"):
        data[key] = tuple(data[key]) if data.get(key) else None
    return Fact(**data)


def _chunk_to_json(chunk: Chunk) -> dict:
    data = asdict(chunk)
    data["section_path"] = list(chunk.section_path)
    data["span"] = list(chunk.span)
    return data


def _chunk_from_json(data: dict) -> Chunk:
    period = data.get("period")
    return Chunk(
        id=data["id"],
        section_path=tuple(data["section_path"]),
        text=data["text"],
        span=(data["span"][0], data["span"][1]),
        period=Period(**period) if period else None,
    )
