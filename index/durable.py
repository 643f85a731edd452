"""A folder of files replaced whole or not at all: a lock beside it, a staging folder, files synced to disk, their
sizes and sha256, a swap by renames, and recovery from a swap cut short.

A save stages every file in ``.<name>.tmp-*`` beside the folder, syncs it, moves the folder aside to ``<name>.old``,
renames the staging folder into place, and removes ``<name>.old``. Killed at any point, it leaves the old folder,
the new one, or (between the two renames) only ``<name>.old``, which `recover` puts back. Everything that writes or
recovers holds `build_lock`, so recovery never removes a staging folder another process is filling.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_STAGING = ".tmp-"


@contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on ``.<folder>.lock`` beside the folder; none where it cannot be made (read-only). Not
    re-entrant: take it once per process and call the unlocked functions inside."""
    try:
        import fcntl
    except ImportError:  # not POSIX: saves are still atomic, only not serialised
        yield
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        handle = (folder.parent / f".{folder.name}.lock").open("a")
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def staging(folder: Path) -> Iterator[Path]:
    """A new staging folder beside ``folder``, removed afterwards unless `swap_in` moved it into place."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}{_STAGING}", dir=folder.parent))
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def swap_in(tmp: Path, folder: Path) -> None:
    """Sync ``tmp`` to disk and put it in place of ``folder`` by renames (the old folder moved aside first)."""
    sync_tree(tmp)
    old = _aside(folder)
    if folder.exists():
        shutil.rmtree(old, ignore_errors=True)
        os.replace(folder, old)
    os.replace(tmp, folder)
    sync_dir(folder.parent)
    shutil.rmtree(old, ignore_errors=True)


def recover(folder: Path) -> None:
    """Under `build_lock`: a folder moved aside by a swap cut short is put back, and staging folders of saves that
    never finished (this folder's only: ``.<name>.tmp-*``) are removed."""
    old = _aside(folder)
    if not folder.exists() and old.is_dir():
        os.replace(old, folder)
    for orphan in folder.parent.glob(f".{folder.name}{_STAGING}*"):
        if orphan.is_dir():
            shutil.rmtree(orphan, ignore_errors=True)


def checksums(folder: Path, skip: str) -> Iterator[tuple[str, int, str]]:
    """(path, size, sha256) of every file in ``folder`` but the one named ``skip``, in path order."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != skip):
        yield path.relative_to(folder).as_posix(), path.stat().st_size, sha256_of(path)


def changed_file(folder: Path, files: tuple[tuple[str, int, str], ...]) -> str:
    """The first of ``files`` (path, size, sha256) that is missing or differs in ``folder``; "" when none."""
    for name, size, sha in files:
        path = folder / name
        if not path.is_file() or path.stat().st_size != size or sha256_of(path) != sha:
            return name
    return ""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sync_tree(folder: Path) -> None:
    """Each file of ``folder`` and the folders themselves flushed to disk."""
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    for path in [*(p for p in folder.rglob("*") if p.is_dir()), folder]:
        sync_dir(path)


def sync_dir(path: Path) -> None:
    """A folder's entries flushed to disk, where the system allows it."""
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError:  # a system without directory handles: the files are synced, the names follow
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _aside(folder: Path) -> Path:
    return folder.with_name(folder.name + ".old")
