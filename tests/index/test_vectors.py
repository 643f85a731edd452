"""The vector index type follows corpus size, and HNSW finds what exact search finds."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from index.vectors import HNSW_FROM, build_vectors, describe, prepare_search, vector_kind


def _unit_rows(n: int, d: int = 32, seed: int = 0) -> np.ndarray:
    rows = np.random.default_rng(seed).standard_normal((n, d)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_kind_by_size_and_as_asked() -> None:
    assert vector_kind(HNSW_FROM - 1) == "flat"
    assert vector_kind(HNSW_FROM) == "hnsw"
    assert vector_kind(10, "hnsw") == "hnsw" and vector_kind(10**6, "flat") == "flat"
    with pytest.raises(ValueError, match="auto, flat or hnsw"):
        vector_kind(10, "ivf")  # type: ignore[arg-type]


def test_hnsw_recall_against_exact_search(tmp_path) -> None:
    rows, queries = _unit_rows(5000), _unit_rows(50, seed=1)
    exact = build_vectors(rows, "flat")
    graph = build_vectors(rows, "hnsw")
    assert (describe(exact), describe(graph)) == ("flat", "hnsw")
    _, truth = exact.search(queries, 10)
    _, found = graph.search(queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
    assert recall >= 0.9
    faiss.write_index(graph, str(tmp_path / "v.faiss"))
    loaded = prepare_search(faiss.read_index(str(tmp_path / "v.faiss")))
    assert describe(loaded) == "hnsw"
    assert np.array_equal(loaded.search(queries, 10)[1], found)
