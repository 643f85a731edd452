"""Security basics: loopback by default, nothing unpickled or evaluated, no request steers a file path, and a
report is only ever read as text."""

from __future__ import annotations

import argparse
import ast
import inspect
import pickle
from pathlib import Path

import gradio as gr
import pytest

from index.errors import ReportError
from index.report import read_report
from ui.app import build_app, serve
from ui.cli import add_arguments

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = [p for package in ("qa", "index", "ui", "eval", "report_qa") for p in (ROOT / package).rglob("*.py")]
# calls that run code or unpickle data handed to them
_FORBIDDEN = {"eval", "exec", "compile", "__import__", "loads", "load", "system", "popen"}
_FORBIDDEN_MODULES = {"pickle", "cPickle", "marshal", "shelve", "dill", "joblib", "yaml", "torch", "os"}


def test_server_listens_on_loopback_without_a_public_link_by_default():
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    args = parser.parse_args([])
    assert (args.host, args.share) == ("127.0.0.1", False)
    defaults = inspect.signature(serve).parameters
    assert defaults["host"].default == "127.0.0.1" and defaults["share"].default is False


@pytest.mark.parametrize("path", PRODUCT, ids=lambda p: str(p.relative_to(ROOT)))
def test_product_code_neither_evaluates_nor_unpickles(path: Path):
    tree = ast.parse(path.read_text("utf-8"))
    bad = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
            # torch is imported to export the model to ONNX (torch.onnx.export); torch.load stays forbidden below
            bad += [n for n in names if n and n.split(".")[0] in _FORBIDDEN_MODULES - {"os", "torch"}]
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if (isinstance(func, ast.Name) and name in {"eval", "exec", "compile", "__import__"}) or (
            owner in _FORBIDDEN_MODULES and name in _FORBIDDEN
        ):
            bad.append(f"{owner}.{name}" if owner else name)
        for keyword in node.keywords:
            if keyword.arg in ("allow_pickle", "shell") and not (
                isinstance(keyword.value, ast.Constant) and keyword.value.value is False
            ):
                bad.append(f"{name}({keyword.arg}=…)")
    assert not bad, f"{path.name}: {bad}"


def test_no_request_can_name_a_file(county_bot, tmp_path):
    """The only public endpoint takes a question and a history; feedback goes to the log chosen at start."""
    log = tmp_path / "logs" / "feedback.jsonl"
    app = build_app(county_bot, log)
    public = {fn.api_name: fn for fn in app.fns.values() if fn.api_name and fn.api_visibility == "public"}
    assert set(public) == {"ask"}
    assert [p for p in inspect.signature(public["ask"].fn).parameters] == ["question", "history"]
    on_feedback = next(fn.fn for fn in app.fns.values() if fn.fn and fn.fn.__name__ == "feedback")
    crafted = gr.LikeData(None, {"index": 1, "value": "../../etc/passwd", "liked": True})
    on_feedback(crafted, [{"role": "user", "content": "/tmp/elsewhere.jsonl"}, {"role": "assistant", "content": "x"}])
    assert [p.name for p in log.parent.iterdir()] == ["feedback.jsonl"]
    assert not Path("/tmp/elsewhere.jsonl").exists()
    assert "../../etc/passwd" in log.read_text("utf-8")  # recorded as text, not followed


class _Payload:
    def __reduce__(self):
        return (Path.touch, (Path(_Payload.sentinel),))


def test_a_report_is_read_as_text_and_never_unpickled(tmp_path):
    _Payload.sentinel = str(tmp_path / "unpickled")
    report = tmp_path / "report.txt"
    report.write_bytes(pickle.dumps(_Payload()))
    with pytest.raises(ReportError, match="UTF-8"):
        read_report(report)
    assert not (tmp_path / "unpickled").exists()
    page = tmp_path / "page.txt"
    page.write_text("<script>alert(1)</script>\n2023年工作报告\n地区生产总值100亿元。", "utf-8")
    assert "<script>alert(1)</script>" in read_report(page).text  # kept as text, rendered escaped by the UI
