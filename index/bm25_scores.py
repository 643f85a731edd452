"""BM25 scores read from the files `bm25s` saves, with numpy alone.

`bm25s` builds the index (its eager scoring stores each token's score in every chunk as a sparse column);
answering a question only sums the columns of the question's tokens. Importing `bm25s` pulls in scipy and
costs about 0.2 s of a cold start, so questions read its saved arrays here instead. The sum is the one
`bm25s.BM25.get_scores` computes; a test checks the two agree on a real index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# file names of bm25s's save format (the defaults of `bm25s.BM25.save` / `load`)
_DATA, _INDICES, _INDPTR = "data.csc.index.npy", "indices.csc.index.npy", "indptr.csc.index.npy"
_VOCAB, _PARAMS, _NONOCCURRENCE = "vocab.index.json", "params.index.json", "nonoccurrence_array.index.npy"


@dataclass(frozen=True, eq=False)
class Bm25Scores:
    """Each token's BM25 score in each chunk, as a compressed sparse column matrix (token × chunk)."""

    vocab: dict[str, int]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    num_docs: int
    nonoccurrence: np.ndarray | None = None  # a score every chunk gets for a token it lacks (BM25L, BM25+)
    params: dict | None = None  # bm25s's parameters, written back as read

    @classmethod
    def build(cls, corpus_tokens: list[list[str]]) -> Bm25Scores:
        """Score every token in every chunk with `bm25s` (imported here: only building needs it)."""
        import bm25s

        model = bm25s.BM25()
        model.index(corpus_tokens, show_progress=False)
        params = {"k1": model.k1, "b": model.b, "delta": model.delta, "method": model.method}
        params |= {"idf_method": model.idf_method, "dtype": model.dtype, "int_dtype": model.int_dtype}
        params |= {"num_docs": model.scores["num_docs"], "version": bm25s.__version__, "backend": model.backend}
        scores = model.scores
        arrays = (scores["data"], scores["indices"], scores["indptr"])
        return cls(dict(model.vocab_dict), *arrays, int(scores["num_docs"]), model.nonoccurrence_array, params)

    def save(self, folder: str | Path) -> None:
        """Write the index in bm25s's format (`bm25s.BM25.load(folder)` reads it)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, array in ((_DATA, self.data), (_INDICES, self.indices), (_INDPTR, self.indptr)):
            np.save(folder / name, array, allow_pickle=False)
        if self.nonoccurrence is not None:
            np.save(folder / _NONOCCURRENCE, self.nonoccurrence, allow_pickle=False)
        (folder / _VOCAB).write_text(json.dumps(self.vocab, ensure_ascii=False), "utf-8")
        params = (self.params or {}) | {"num_docs": self.num_docs}
        (folder / _PARAMS).write_text(json.dumps(params, indent=4), "utf-8")

    @classmethod
    def load(cls, folder: str | Path) -> Bm25Scores:
        """Read an index saved by `bm25s.BM25.save(folder)`."""
        folder = Path(folder)
        params = json.loads((folder / _PARAMS).read_text("utf-8"))
        vocab = json.loads((folder / _VOCAB).read_text("utf-8"))
        extra = folder / _NONOCCURRENCE
        return cls(
            vocab,
            np.load(folder / _DATA),
            np.load(folder / _INDICES),
            np.load(folder / _INDPTR),
            int(params["num_docs"]),
            np.load(extra) if extra.is_file() else None,
            params,
        )

    def get_scores(self, tokens: list[str]) -> np.ndarray:
        """Each chunk's BM25 score for the tokens (tokens the index never saw add nothing)."""
        ids = np.asarray([self.vocab[t] for t in tokens if t in self.vocab], dtype=np.int64)
        scores = np.zeros(self.num_docs, dtype=self.data.dtype)
        for token in ids:
            start, end = self.indptr[token], self.indptr[token + 1]
            np.add.at(scores, self.indices[start:end], self.data[start:end])
        if self.nonoccurrence is not None:
            scores += self.nonoccurrence[ids].sum()
        return scores
