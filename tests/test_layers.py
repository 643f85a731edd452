"""Imports go down: report_qa (the command line) > ui | eval > qa > index, and no module imports itself round."""

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

_PACKAGES = ("report_qa", "ui", "eval", "qa", "index")
_ROOT = Path(__file__).resolve().parents[1]


def test_the_layer_contract_in_pyproject_is_kept():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is a dev dependency: pip install -e '.[dev]'"
    result = subprocess.run([lint], cwd=_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_no_import_circle_between_modules():
    graph = grimp.build_graph(*_PACKAGES)
    circles = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(importer=imported, imported=module)
    ]
    assert circles == []


def test_an_upward_import_is_caught(tmp_path: Path):
    """The contract is not vacuous: index importing qa breaks it."""
    for package in _PACKAGES:
        shutil.copytree(_ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(_ROOT / "pyproject.toml", tmp_path)
    (tmp_path / "index" / "upward.py").write_text("import qa.bot\n", encoding="utf-8")
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    result = subprocess.run(
        [lint], cwd=tmp_path, capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(tmp_path)}
    )
    assert result.returncode != 0 and "index.upward -> qa.bot" in result.stdout
