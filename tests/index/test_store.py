import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from index.chunks import split_sentences
from index.errors import IndexMismatchError, IndexMissingError
from index.report import read_report
from index.store import build_index, load_index, open_index, save_index


def test_saved_index_is_plain_files_and_loads_back_equal(county_report: Path, fake_encoder, tmp_path: Path):
    report = read_report(county_report)
    index = build_index(report, fake_encoder)
    save_index(index, tmp_path / "idx")
    files = {p.name for p in (tmp_path / "idx").rglob("*") if p.is_file()}
    assert {"manifest.json", "chunks.jsonl", "index.faiss", "terms.txt"} <= files
    assert not any(name.endswith((".pkl", ".pickle")) for name in files)
    loaded = load_index(tmp_path / "idx", report.sha256, "fake")
    assert loaded.chunks == index.chunks
    assert replace(loaded.manifest, files=()) == index.manifest
    listed = {name for name, _size, _sha in loaded.manifest.files}
    assert listed == {
        p.relative_to(tmp_path / "idx").as_posix() for p in (tmp_path / "idx").rglob("*") if p.is_file()
    } - {"manifest.json"}
    assert loaded.manifest.dim == 16 and loaded.manifest.n_chunks == len(index.chunks)
    assert loaded.tokenizer.terms == index.tokenizer.terms
    query = fake_encoder.encode(["地区生产总值"]).reshape(1, -1)
    assert np.array_equal(loaded.vectors.search(query, 3)[1], index.vectors.search(query, 3)[1])
    # the function words a passage question leaves out, and one vector per sentence of each chunk, kept too
    assert loaded.tokenizer.function == index.tokenizer.function and {"为了", "些"} <= index.tokenizer.function
    assert np.array_equal(loaded.sentence_vectors, index.sentence_vectors)
    for chunk in loaded.chunks:
        vectors = loaded.sentence_vectors_of(chunk)
        assert np.array_equal(vectors, fake_encoder.encode([s.text for s in split_sentences(chunk.text)]))


def test_no_temporary_folders_are_left_after_saving_twice(county_report: Path, fake_encoder, tmp_path: Path):
    index = build_index(read_report(county_report), fake_encoder)
    save_index(index, tmp_path / "idx")
    save_index(index, tmp_path / "idx")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".idx.lock", "idx"]  # the index and its lock


def test_loading_refuses_another_report_or_model(county_report: Path, fake_encoder, tmp_path: Path):
    report = read_report(county_report)
    save_index(build_index(report, fake_encoder), tmp_path / "idx")
    with pytest.raises(IndexMismatchError, match="another version of the report"):
        load_index(tmp_path / "idx", "f" * 64, "fake")
    with pytest.raises(IndexMismatchError, match="model"):
        load_index(tmp_path / "idx", report.sha256, "m3e-small")
    with pytest.raises(IndexMissingError, match="qa index build"):
        load_index(tmp_path / "nothing")


def test_open_index_rebuilds_a_stale_index_and_says_so(county_report: Path, fake_encoder, tmp_path: Path):
    messages: list[str] = []
    report_copy = tmp_path / "report.txt"
    report_copy.write_text(county_report.read_text("utf-8"), "utf-8")
    open_index(report_copy, fake_encoder, tmp_path / "idx", messages.append)
    assert len(messages) == 1 and "建立索引" in messages[0]
    calls = fake_encoder.calls
    open_index(report_copy, fake_encoder, tmp_path / "idx", messages.append)
    assert len(messages) == 1 and fake_encoder.calls == calls  # up to date: loaded, not rebuilt
    report_copy.write_text(county_report.read_text("utf-8") + "\n　　新增一段：完成植树造林5000亩。\n", "utf-8")
    index = open_index(report_copy, fake_encoder, tmp_path / "idx", messages.append)
    assert "重建" in messages[-1]
    assert any("5000亩" in c.text for c in index.chunks)


@pytest.mark.parametrize("how", ["truncated", "garbled"])
@pytest.mark.parametrize(
    "damaged", ["index.faiss", "chunks.jsonl", "facts.jsonl", "manifest.json", "bm25/data.csc.index.npy"]
)
def test_damaged_index_files_are_rebuilt_not_crashed_on(
    county_report: Path, fake_encoder, tmp_path: Path, damaged: str, how: str
):
    messages: list[str] = []
    open_index(county_report, fake_encoder, tmp_path / "idx", messages.append)
    path = tmp_path / "idx" / damaged
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    else:  # the same length, every other byte flipped
        path.write_bytes(bytes(b ^ 0xFF if i % 2 else b for i, b in enumerate(data)))
    index = open_index(county_report, fake_encoder, tmp_path / "idx", messages.append)
    assert "重建" in messages[-1] or "建立索引" in messages[-1]
    assert index.chunks and index.facts
    assert load_index(tmp_path / "idx").manifest.n_chunks == len(index.chunks)  # and saved whole again


def test_unwritable_index_folder_falls_back_to_memory(county_report: Path, fake_encoder, tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder's parent should be", "utf-8")
    messages: list[str] = []
    index = open_index(county_report, fake_encoder, blocker / "idx", messages.append)
    assert index.chunks and index.facts
    assert "内存" in messages[-1] and "--index-dir" in messages[-1]


_BUILDER = """
import sys, time
sys.path.insert(0, {root!r})
from tests.conftest import FakeEncoder
from index.store import open_index

class SlowEncoder(FakeEncoder):
    def encode(self, texts, show_progress=False):
        time.sleep(1.5)  # long enough for the other process to arrive while this one builds
        return super().encode(texts, show_progress)

index = open_index({report!r}, SlowEncoder(), {folder!r}, lambda m: print("SAID", m))
print("CHUNKS", len(index.chunks))
"""


def test_two_processes_building_at_once_build_once_and_both_answer(county_report: Path, tmp_path: Path):
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])
    code = _BUILDER.format(root=root, report=str(county_report), folder=str(tmp_path / "idx"))
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    chunks = [line for out in outputs for line in out.splitlines() if line.startswith("CHUNKS")]
    assert len(chunks) == 2 and chunks[0] == chunks[1]
    builds = [line for out in outputs for line in out.splitlines() if "建立索引" in line]
    assert len(builds) == 1, outputs  # the second process waited and loaded the first one's index
    assert not [p.name for p in tmp_path.iterdir() if p.name not in ("idx", ".idx.lock")]  # no half-written folder
    assert load_index(tmp_path / "idx").manifest.n_chunks == int(chunks[0].split()[1])


def _damage(path: Path, how: str) -> None:
    data = path.read_bytes()
    if how == "deleted":
        path.unlink()
    elif how == "emptied":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(data[: max(0, len(data) - 1)] if len(data) < 4 else data[: len(data) // 2])
    else:  # garbled: the same length, one byte in the middle changed (a float that loads as another float)
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :])


@pytest.mark.parametrize("how", ["deleted", "emptied", "truncated", "garbled"])
def test_every_file_of_an_index_is_checked_on_loading_and_by_the_build_command(
    county_report: Path, fake_encoder, tmp_path: Path, how: str
):
    from index.store import ensure_index

    report = read_report(county_report)
    folder = tmp_path / "idx"
    pristine = tmp_path / "pristine"
    save_index(build_index(report, fake_encoder), pristine)
    names = sorted(p.relative_to(pristine).as_posix() for p in pristine.rglob("*") if p.is_file())
    assert len(names) >= 10
    for name in names:
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(pristine, folder)
        _damage(folder / name, how)
        with pytest.raises((IndexMismatchError, IndexMissingError)):
            load_index(folder, report.sha256, "fake")
        built = ensure_index(county_report, fake_encoder, folder)  # `qa index build` does not call it up to date
        assert built.built, f"{name} {how}: {built.reason}"
        assert load_index(folder, report.sha256, "fake").manifest.n_chunks == len(built.index.chunks)


_KILL_POINTS = ["_write_parts", "sync_tree", "replace#1", "replace#2", "sync_dir", "rmtree#2"]


@pytest.mark.parametrize("point", _KILL_POINTS)
def test_a_save_killed_at_any_step_leaves_the_old_or_the_new_index(
    county_report: Path, fake_encoder, tmp_path: Path, point: str
):
    """The builder process dies (no cleanup runs) at each step of a save over an existing index; the next
    process finds a whole index, old or new, and no leftover temporary folder."""
    import os

    import index.durable as durable
    import index.store as store

    folder = tmp_path / "idx"
    old = build_index(read_report(county_report), fake_encoder)
    save_index(old, folder)
    changed = tmp_path / "changed.txt"
    changed.write_text(county_report.read_text("utf-8") + "\n　　新增一段：完成植树造林5000亩。\n", "utf-8")
    new = build_index(read_report(changed), fake_encoder)
    name, _, nth = point.partition("#")
    pid = os.fork()
    if pid == 0:  # the builder: dies at the step, as a kill would leave it
        calls = {"n": 0}
        modules = {"replace": os, "rmtree": shutil, "_write_parts": store}
        target, owner = modules.get(name, durable), name
        real = getattr(target, owner)

        def dying(*args, **kwargs):
            calls["n"] += 1
            if calls["n"] == int(nth or 1):
                os._exit(17)
            return real(*args, **kwargs)

        setattr(target, owner, dying)
        try:
            save_index(new, folder)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 17, f"the builder never reached {point}"
    durable.recover(folder)  # what the next process does under the build lock before it loads
    on_disk = load_index(folder)
    assert on_disk.manifest.report_sha256 in (old.manifest.report_sha256, new.manifest.report_sha256)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".idx") and p.is_dir()) == []
    # a sibling index's staging folder (another lock, another name) is never taken for this one's
    (tmp_path / ".idx.v2.tmp-abc").mkdir()
    durable.recover(folder)
    assert (tmp_path / ".idx.v2.tmp-abc").is_dir()
    assert (
        open_index(changed, fake_encoder, folder, lambda _m: None).manifest.report_sha256 == new.manifest.report_sha256
    )


def test_the_build_command_on_a_read_only_folder_says_so_in_one_line(county_report: Path, fake_encoder, tmp_path):
    from report_qa.cli import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder's parent should be", "utf-8")
    assert main(["index", "build", "--report", str(county_report), "--index-dir", str(blocker / "idx")]) == 1
