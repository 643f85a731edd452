"""The eval set: questions (single or in dialogues) with what a correct answer must hold."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Expect:
    """What a correct answer holds: its kind, the figure, the key phrases, the evidence it cites."""

    kind: str
    value: float | None = None
    unit: str | None = None
    tolerance: float = 0.0
    key_phrases: tuple[str, ...] = ()
    min_phrases: int = 0
    evidence: tuple[str, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class Turn:
    question: str
    expect: Expect


@dataclass(frozen=True)
class Item:
    """One eval item: a single question, or a dialogue whose later turns lean on the earlier ones."""

    id: str
    category: str
    turns: tuple[Turn, ...]
    tags: tuple[str, ...] = field(default_factory=tuple)
    report: str | None = None  # another report of the genre (file name), for genre sets


def default_path() -> Path:
    return Path(str(resources.files("eval") / "questions.jsonl"))


def _expect(data: dict) -> Expect:
    return Expect(
        kind=data["kind"],
        value=data.get("value"),
        unit=data.get("unit"),
        tolerance=float(data.get("tolerance") or 0.0),
        key_phrases=tuple(data.get("key_phrases") or ()),
        min_phrases=int(data.get("min_phrases") or 0),
        evidence=tuple(data.get("evidence") or ()),
        reason=data.get("reason"),
    )


def load_items(path: str | Path | None = None) -> list[Item]:
    """All items of a JSON Lines eval file (default: the bundled eval set)."""
    items = []
    with Path(path or default_path()).open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            data = json.loads(line)
            if "id" not in data:
                continue  # a note on how the set was made
            raw_turns = data.get("turns") or [{"question": data["question"], "expect": data["expect"]}]
            turns = tuple(Turn(t["question"], _expect(t["expect"])) for t in raw_turns)
            items.append(Item(data["id"], data["category"], turns, tuple(data.get("tags") or ()), data.get("report")))
    return items
