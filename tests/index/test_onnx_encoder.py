"""The ONNX query encoder: the real model exported, the same vectors as sentence-transformers, no torch on questions."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from index import onnx_encoder as onnx
from index.embedder import SentenceTransformerEncoder

TEXTS = ["2012年服务业总收入目标是多少？", "那2011年呢", "老百姓看病难的问题怎么解决", "研发园二期入驻率74%"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> onnx.OnnxEncoder:
    encoder = onnx.onnx_encoder("m3e-small", tmp_path_factory.mktemp("models"))
    assert encoder is not None, "the default model must export to ONNX"
    return encoder


def test_export_gives_sentence_transformers_vectors(exported: onnx.OnnxEncoder) -> None:
    ours = exported.encode(TEXTS)
    reference = SentenceTransformerEncoder("m3e-small").encode(TEXTS)
    assert ours.shape == reference.shape == (len(TEXTS), 512)
    assert np.min(np.sum(ours * reference, axis=1)) >= onnx.MIN_COSINE
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)


def test_batches_and_empty_input(exported: onnx.OnnxEncoder) -> None:
    exported.batch_size = 3
    one_by_one = np.concatenate([exported.encode([t]) for t in TEXTS])
    assert np.allclose(exported.encode(TEXTS), one_by_one, atol=1e-5)  # padding does not change a vector
    assert exported.encode([]).shape == (0, 512)


def test_export_is_kept_with_its_check(tmp_path: Path) -> None:
    encoder = onnx.onnx_encoder("m3e-small", tmp_path)
    assert encoder is not None
    (kept,) = tmp_path.glob("*.onnx")
    record = json.loads(kept.with_suffix(".json").read_text(encoding="utf-8"))
    assert record["min_cosine"] >= onnx.MIN_COSINE


def test_an_export_that_differs_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(onnx, "check_export", lambda *_a: 0.5)
    said: list[str] = []
    assert onnx.onnx_encoder("m3e-small", tmp_path, said.append) is None
    assert not list(tmp_path.glob("*.onnx"))
    assert any("differs" in line for line in said)
    assert isinstance(onnx.default_encoder("m3e-small", tmp_path), SentenceTransformerEncoder)


def test_a_model_without_tokenizer_json_falls_back(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    assert onnx.onnx_encoder(str(folder), tmp_path / "cache") is None
    assert isinstance(onnx.default_encoder(str(folder), tmp_path / "cache"), SentenceTransformerEncoder)


def test_questions_do_not_import_torch(real_bot, tmp_path: Path) -> None:
    """Once the index and the export exist, a fresh process answers passage and figure questions torch-free."""
    real_bot.encoder  # noqa: B018 — the export exists in the user's model cache
    script = (
        "import sys\n"
        "from qa import Bot\n"
        f"bot = Bot(index_dir={str(real_bot.settings.index_dir)!r}, say=lambda _m: None)\n"
        "print(bot.ask('高新区在科技创新方面做了哪些工作？').kind, bot.ask('2011年地区生产总值是多少').kind)\n"
        "print(type(bot.encoder).__name__, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True).stdout
    assert out.split() == ["passage", "number", "OnnxEncoder", "False", "False"]
