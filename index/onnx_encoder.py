"""A torch-free query encoder: the embedding model exported once to ONNX, run with onnxruntime + tokenizers.

sentence-transformers stays the way the model is loaded and exported, and the fallback when an export cannot
be made or does not give the same vectors. The export is checked against sentence-transformers on a sample
(cosine ≥ ``MIN_COSINE`` for every text) before it is kept; a file that fails the check is never used.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.embedder import Encoder, SentenceTransformerEncoder, resolve_model

MIN_COSINE = 0.999
MAX_TOKENS = 512
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Texts of the genre, short and long, that the export must encode as sentence-transformers does.
_CHECK_TEXTS = (
    "2011年地区生产总值是多少？",
    "老百姓看病花了多少钱",
    "研发园一期、二期入驻率分别达到92%和74%，新引进企业86家。",
    "加快推进科技特区、人才特区和资本特区建设，着力打造创新型经济集聚区。" * 12,
    "GDP",
)


class OnnxEncoder:
    """An exported model: L2-normalised mean-pooled vectors, as sentence-transformers gives them."""

    def __init__(self, model_id: str, onnx_path: Path, tokenizer_path: Path, batch_size: int = 32) -> None:
        self.model_id = model_id
        self.batch_size = batch_size
        self._paths = (onnx_path, tokenizer_path)
        self._session = None  # loaded on the first encode: figure questions never need it

    def warm_up(self) -> None:
        """Load the ONNX session and the tokenizer now (they load on the first encode otherwise)."""
        if self._session is not None:
            return
        import onnxruntime  # light: no torch behind it
        from tokenizers import Tokenizer

        onnx_path, tokenizer_path = self._paths
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        self._tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.enable_padding()
        self._session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    @property
    def dim(self) -> int:
        self.warm_up()
        return int(self._session.get_outputs()[0].shape[-1])  # type: ignore[union-attr]

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        self.warm_up()
        rows = [self._batch(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(rows) if rows else np.zeros((0, self.dim), dtype=np.float32)

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        feed = {
            "input_ids": np.array([e.ids for e in encodings], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encodings], dtype=np.int64),
            "token_type_ids": np.array([e.type_ids for e in encodings], dtype=np.int64),
        }
        return np.asarray(self._session.run(None, feed)[0], dtype=np.float32)  # type: ignore[union-attr]


def model_key(location: Path) -> str:
    """A short digest of a model folder's configuration and weight files (names, sizes, modification times)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in location.iterdir() if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    return digest.hexdigest()[:12]


def export_onnx(location: Path, target: Path) -> None:
    """Export a BERT-style model with mean pooling and normalisation to ``target`` (needs torch)."""
    import torch  # heavy: only when the export is made
    from transformers import AutoModel

    model = AutoModel.from_pretrained(str(location), local_files_only=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):  # noqa: ANN001, ANN202
            hidden = self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    sample = torch.ones((2, 8), dtype=torch.long)
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS} | {"vectors": {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on Python control flow in the model's code
        torch.onnx.export(
            Pooled(),
            (sample, sample, torch.zeros_like(sample)),
            str(target),
            input_names=list(_INPUTS),
            output_names=["vectors"],
            dynamic_axes=axes,
            opset_version=17,
            dynamo=False,
        )


def check_export(model_id: str, onnx_path: Path, tokenizer_path: Path) -> float:
    """The lowest cosine between the export's vectors and sentence-transformers' on the check texts."""
    exported = OnnxEncoder(model_id, onnx_path, tokenizer_path).encode(_CHECK_TEXTS)
    reference = SentenceTransformerEncoder(model_id).encode(_CHECK_TEXTS)
    return float(np.min(np.sum(exported * reference, axis=1)))


def onnx_encoder(model_id: str, cache: Path, say: Callable[[str], None] = lambda _m: None) -> OnnxEncoder | None:
    """The model's ONNX encoder from ``cache``, exported and checked on first use; None when it cannot be made.

    A model folder without a ``tokenizer.json`` cannot run without transformers, so it has no ONNX encoder.
    """
    location = Path(resolve_model(model_id))
    tokenizer = location / "tokenizer.json"
    if not location.is_dir() or not tokenizer.is_file():
        return None
    target = cache / f"{location.name}-{model_key(location)}.onnx"
    checked = target.with_suffix(".json")
    exported = target.is_file() and checked.is_file()
    if not exported and not _export_checked(model_id, location, target, checked, say):
        return None
    return OnnxEncoder(model_id, target, tokenizer)


def _export_checked(model_id: str, location: Path, target: Path, checked: Path, say: Callable[[str], None]) -> bool:
    """Export to a temporary file, keep it only when its vectors match sentence-transformers'."""
    target.parent.mkdir(parents=True, exist_ok=True)
    say(f"Exporting {model_id} to ONNX for fast questions (once) …")
    handle, temporary = tempfile.mkstemp(suffix=".onnx", dir=target.parent)
    os.close(handle)
    try:
        export_onnx(location, Path(temporary))
        cosine = check_export(model_id, Path(temporary), location / "tokenizer.json")
        if cosine < MIN_COSINE:
            say(f"ONNX export of {model_id} differs from sentence-transformers (cosine {cosine:.4f}); not used.")
            return False
        os.replace(temporary, target)
        checked.write_text(json.dumps({"model": model_id, "min_cosine": cosine}), encoding="utf-8")
        return True
    except Exception as exc:  # no torch, an unsupported architecture: sentence-transformers answers instead
        say(f"ONNX export of {model_id} failed ({type(exc).__name__}); using sentence-transformers.")
        return False
    finally:
        Path(temporary).unlink(missing_ok=True)


def default_encoder(model_id: str, cache: Path, say: Callable[[str], None] = lambda _m: None) -> Encoder:
    """The ONNX encoder when it can be made (torch-free questions), else sentence-transformers."""
    if os.environ.get("QA_ENCODER", "").lower() == "torch":
        return SentenceTransformerEncoder(model_id)
    return onnx_encoder(model_id, cache, say) or SentenceTransformerEncoder(model_id)
