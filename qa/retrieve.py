"""Finding the chunks that answer a question: BM25 over jieba tokens, FAISS over embeddings, fused."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from index.chunks import Chunk
from index.store import ReportIndex

# Measured on the public eval set (`qa eval`): BM25 alone beats m3e-small alone on this genre, so it leads.
BM25_WEIGHT = 0.7
DENSE_WEIGHT = 0.3
RRF_K = 20


@dataclass(frozen=True)
class Hit:
    """A chunk and how well it matched."""

    chunk: Chunk
    score: float


def search_bm25(index: ReportIndex, query: str, k: int = 10) -> list[Hit]:
    """Chunks by BM25 score of the query's jieba tokens; chunks sharing no token are left out."""
    tokens = index.tokenizer.tokenize(query)
    if not tokens:
        return []
    scores = index.bm25.get_scores(tokens)
    order = np.argsort(-scores, kind="stable")[:k]
    return [Hit(index.chunks[i], float(scores[i])) for i in order if scores[i] > 0]


def search_dense(index: ReportIndex, query_vector: np.ndarray, k: int = 10) -> list[Hit]:
    """Chunks by cosine similarity of their embeddings to the query's."""
    k = min(k, index.vectors.ntotal)
    scores, ids = index.vectors.search(np.asarray(query_vector, dtype=np.float32).reshape(1, -1), k)
    return [Hit(index.chunks[i], float(s)) for s, i in zip(scores[0], ids[0], strict=True) if i >= 0]


def fuse(rankings: Sequence[tuple[Sequence[Hit], float]], k: int = 10, rrf_k: int = RRF_K) -> list[Hit]:
    """Weighted reciprocal-rank fusion: each ranking adds weight / (rrf_k + rank) to a chunk's score."""
    if rrf_k <= 0:
        raise ValueError(f"rrf_k must be > 0, got {rrf_k}")
    scores: dict[int, float] = {}
    chunks: dict[int, Chunk] = {}
    for hits, weight in rankings:
        for rank, hit in enumerate(hits, start=1):
            scores[hit.chunk.id] = scores.get(hit.chunk.id, 0.0) + weight / (rrf_k + rank)
            chunks[hit.chunk.id] = hit.chunk
    order = sorted(scores, key=lambda cid: (-scores[cid], cid))[:k]
    return [Hit(chunks[cid], scores[cid]) for cid in order]


def search_hybrid(index: ReportIndex, query: str, query_vector: np.ndarray, k: int = 10) -> list[Hit]:
    """BM25 and dense rankings fused, BM25 weighted higher."""
    depth = max(k, 20)
    return fuse(
        [(search_bm25(index, query, depth), BM25_WEIGHT), (search_dense(index, query_vector, depth), DENSE_WEIGHT)],
        k=k,
    )
