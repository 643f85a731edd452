"""Report parsing, chunking, embedding and the FAISS + BM25 index on disk."""

from index.chunks import Chunk, Sentence, chunk_sections, split_sentences
from index.embedder import DEFAULT_MODEL, Encoder, SentenceTransformerEncoder, resolve_model
from index.errors import IndexMismatchError, IndexMissingError, ModelNotFoundError, ReportError
from index.periods import Period
from index.report import ReportMeta, ReportText, read_report
from index.sections import Section, split_sections
from index.store import Manifest, ReportIndex, build_index, load_index, open_index, save_index
from index.tokens import ReportTokenizer, collect_terms

__all__ = [
    "DEFAULT_MODEL",
    "Chunk",
    "Encoder",
    "IndexMismatchError",
    "IndexMissingError",
    "Manifest",
    "ModelNotFoundError",
    "Period",
    "ReportError",
    "ReportIndex",
    "ReportMeta",
    "ReportText",
    "ReportTokenizer",
    "Section",
    "Sentence",
    "SentenceTransformerEncoder",
    "build_index",
    "chunk_sections",
    "collect_terms",
    "load_index",
    "open_index",
    "read_report",
    "resolve_model",
    "save_index",
    "split_sections",
    "split_sentences",
]
