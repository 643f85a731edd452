"""The genre's words as data: the TOML files of this folder, loaded once per folder and compiled on demand.

Every word list the question parser uses lives in these files, one list per concept, with a comment saying
what it is for. Code asks for a list by file and key (``lexicon.words("asking", "aspect", "growth")``) and
compiles its own patterns from them; a linguist adds a synonym by editing a file, not Python.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one folder of TOML files (the bundled one by default)."""

    folder: Path
    data: dict[str, dict[str, Any]] = field(repr=False, hash=False, compare=False)

    def get(self, *keys: str) -> Any:
        """The value at ``file, key, …``; a missing key is a developer error naming the file."""
        node: Any = self.data
        for key in keys:
            if not isinstance(node, dict) or key not in node:
                raise KeyError(f"lexicon {self.folder}: no entry {'.'.join(keys)}; add it to {keys[0]}.toml")
            node = node[key]
        return node

    def words(self, *keys: str) -> tuple[str, ...]:
        """A word list, longest first (so that alternations prefer 增长率 over 增长)."""
        return tuple(sorted(self.get(*keys), key=len, reverse=True))

    def table(self, *keys: str) -> dict[str, Any]:
        return dict(self.get(*keys))

    def alternation(self, *keys: str) -> str:
        """A regular-expression alternation of a word list, longest first, each word escaped."""
        return "|".join(re.escape(w) for w in self.words(*keys))

    def pattern(self, *keys: str) -> str:
        """A pattern fragment, as written in the file."""
        return str(self.get(*keys))

    def regex(self, *keys: str) -> re.Pattern:
        """The entry compiled: a word list as an alternation, a pattern as written; compiled once per entry."""
        return _compiled(self, keys)

    def fingerprint(self) -> str:
        return fingerprint(self.folder)


@cache
def _compiled(lexicon: Lexicon, keys: tuple[str, ...]) -> re.Pattern:
    value = lexicon.get(*keys)
    return re.compile(lexicon.alternation(*keys) if isinstance(value, list) else str(value))


def current() -> Lexicon:
    """The lexicon in force: the folder ``QA_LEXICON`` names, else the bundled one."""
    return load_lexicon()


def load_lexicon(folder: str | Path | None = None) -> Lexicon:
    """The lexicon of ``folder``, else of the folder ``QA_LEXICON`` names, else the bundled one; read once each."""
    return _named(str(folder or os.environ.get("QA_LEXICON") or FOLDER))


@cache
def _named(folder: str) -> Lexicon:
    """The lexicon of a folder as named (asked for many times a question: the path is resolved once)."""
    return _load(Path(folder).resolve())


@cache
def _load(folder: Path) -> Lexicon:
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise FileNotFoundError(f"No lexicon files (*.toml) in {folder}; copy the bundled index/lexicon folder")
    data = {}
    for path in files:
        try:
            data[path.stem] = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as error:
            raise ValueError(
                f"Lexicon file {path} is not valid TOML: {error}; fix it or restore the bundled copy"
            ) from error
    return Lexicon(folder, data)


def text(folder: str | Path | None = None) -> str:
    """All the lexicon files' text: the characters its words are written in."""
    return "\n".join(
        p.read_text("utf-8") for p in sorted(Path(folder or os.environ.get("QA_LEXICON") or FOLDER).glob("*.toml"))
    )


def fingerprint(folder: str | Path | None = None) -> str:
    """sha256 over the lexicon files: new words mean a new index."""
    digest = hashlib.sha256()
    for path in sorted(Path(folder or os.environ.get("QA_LEXICON") or FOLDER).glob("*.toml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
