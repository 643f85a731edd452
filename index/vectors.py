"""The dense vector index: exact (flat) while a corpus is small, HNSW graph search past a size threshold."""

from __future__ import annotations

from typing import Literal

import faiss
import numpy as np

VectorKind = Literal["auto", "flat", "hnsw"]

# Measured with `qa bench --scaling` on this 2-core machine (512-d m3e-small vectors): exact search costs about
# 0.1 ms per 1,000 vectors (1.1 ms at 10k, 3.2 ms at 30k, ~10 ms at 100k), HNSW about 0.2–0.3 ms from 10k up with
# recall@10 ≥ 0.96 against exact search. Past 20,000 vectors the graph pays for its build time and memory.
HNSW_FROM = 20_000
HNSW_NEIGHBOURS = 32  # M: links per node
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 64  # candidates kept while searching; recall rises with it


def vector_kind(n_vectors: int, kind: VectorKind = "auto") -> Literal["flat", "hnsw"]:
    """The index type for ``n_vectors``: as asked, or chosen by size."""
    if kind == "auto":
        return "hnsw" if n_vectors >= HNSW_FROM else "flat"
    if kind not in ("flat", "hnsw"):
        raise ValueError(f"vector index kind must be auto, flat or hnsw, got {kind!r}")
    return kind


def build_vectors(embeddings: np.ndarray, kind: VectorKind = "auto") -> faiss.Index:
    """An inner-product index over L2-normalised rows (inner product = cosine similarity)."""
    vectors = np.ascontiguousarray(embeddings, dtype=np.float32)
    if vector_kind(len(vectors), kind) == "hnsw":
        index = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    else:
        index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(vectors)
    prepare_search(index)
    return index


def prepare_search(index: faiss.Index) -> faiss.Index:
    """Search settings that are not stored with an index: HNSW's efSearch."""
    if isinstance(index, faiss.IndexHNSW):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def describe(index: faiss.Index) -> str:
    """'flat' or 'hnsw', for manifests and benchmark tables."""
    return "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"
