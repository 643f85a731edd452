"""A report's facts with the lookups answering needs, so that a question costs little on a large corpus."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np

from index.facts import Fact
from index.numbers import to_base

_QUOTES = re.compile(r"[“”\"'‘’《》「」()（）]")
_WORD_CACHE = 4096  # words remembered by `meeting`; questions reuse a small vocabulary


def plain(text: str) -> str:
    """Lower case without quotes and brackets: “人才特区”建设 reads as 人才特区建设."""
    return _QUOTES.sub("", text.lower())


@dataclass(frozen=True)
class FactTexts:
    """A fact's texts as question words are looked for in them: plain, lower case."""

    metric: str
    context: str
    around: str  # its sentence and headings
    others: tuple[str, ...]  # the other metrics of its sentence, lower case


class FactTable(Sequence[Fact]):
    """The facts in report order, with lookups by aspect, year, word, sentence and value.

    Lookups return ids of candidates, never judgements: scoring stays with the caller. Indexes are built on
    first use, so a table costs nothing until a question needs it.
    """

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        self._facts = tuple(facts)
        self._meeting: dict[str, np.ndarray] = {}

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> FactTable:
        """``facts`` as a table: itself when it is one already."""
        return facts if isinstance(facts, FactTable) else cls(facts)

    @overload
    def __getitem__(self, i: int) -> Fact: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Fact]: ...
    def __getitem__(self, i: int | slice) -> Fact | Sequence[Fact]:
        return self._facts[i]

    def __len__(self) -> int:
        return len(self._facts)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self._facts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FactTable):
            return self._facts == other._facts
        return isinstance(other, tuple) and self._facts == other

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"FactTable({len(self._facts)} facts)"

    def prepare(self) -> FactTable:
        """Build every lookup now rather than on the first question that needs it."""
        for lookup in ("texts", "_searchable", "_by_aspect", "_by_year", "_by_char", "_profiles", "_by_value"):
            getattr(self, lookup)
        return self

    def ids(self, aspect: str, years: Sequence[int] = ()) -> np.ndarray:
        """Ids, in report order, of the facts of ``aspect`` and (when given) of one of ``years``."""
        ids = self._by_aspect.get(aspect, _NONE)
        if years:
            ids = np.intersect1d(ids, _union(self._by_year.get(y, _NONE) for y in years), assume_unique=True)
        return ids

    def meeting(self, word: str) -> np.ndarray:
        """Ids of the facts whose texts hold ``word``, or whose metric holds all its characters (授权专利)."""
        found = self._meeting.get(word)
        if found is None:
            chars = set(word)
            rarest = min((self._by_char.get(c, _NONE) for c in chars), key=len) if chars else _NONE
            searchable, metrics = self._searchable, self.texts
            kept = [
                i
                for i in rarest.tolist()
                if word in searchable[i] or (len(word) >= 3 and all(c in metrics[i].metric for c in chars))
            ]
            found = np.asarray(kept, dtype=np.int64)
            if len(self._meeting) >= _WORD_CACHE:
                self._meeting.clear()
            self._meeting[word] = found
        return found

    def meeting_any(self, words: Iterable[str]) -> np.ndarray:
        """Ids of the facts meeting at least one of ``words``, in report order."""
        return _union(self.meeting(w) for w in words)

    def kinds_and_units(self, aspect: str, years: Sequence[int] = (), below: bool = False) -> tuple[set, set]:
        """The kinds (result/target) and units among facts of ``aspect`` and ``years`` (all years when none);
        with ``below``, leaving out facts whose metric is a threshold from above (10亿元以上).
        """
        kinds: set[str] = set()
        units: set[str] = set()
        for (f_aspect, year, above), (f_kinds, f_units) in self._profiles.items():
            if f_aspect == aspect and (not years or year in years) and not (below and above):
                kinds |= f_kinds
                units |= f_units
        return kinds, units

    def in_sentence(self, fact: Fact) -> tuple[Fact, ...]:
        """The facts of ``fact``'s sentence (itself included), in order."""
        return self._by_sentence.get(_sentence_key(fact), ())

    def with_base_value(self, key: tuple[float, str]) -> tuple[Fact, ...]:
        """Value facts whose figure is ``key`` (amount, base unit) once converted: 5000万元 is (5e7, '元')."""
        return self._by_value.get(_rounded(key), ())

    @cached_property
    def texts(self) -> tuple[FactTexts, ...]:
        """Each fact's plain texts, by id."""
        out = []
        for fact in self._facts:
            others = tuple(o.metric.lower() for o in self.in_sentence(fact) if o.metric != fact.metric)
            around = plain(f"{fact.sentence} {' '.join(fact.section_path)}")
            out.append(FactTexts(plain(fact.metric), plain(fact.context), around, others))
        return tuple(out)

    @cached_property
    def _searchable(self) -> tuple[str, ...]:
        return tuple(f"{t.metric} {t.context} {t.around}" for t in self.texts)

    @cached_property
    def _by_aspect(self) -> dict[str, np.ndarray]:
        return _postings((f.aspect,) for f in self._facts)

    @cached_property
    def _by_year(self) -> dict[int, np.ndarray]:
        return _postings(((f.year,) if f.year is not None else ()) for f in self._facts)

    @cached_property
    def _by_char(self) -> dict[str, np.ndarray]:
        return _postings(set(text) for text in self._searchable)

    @cached_property
    def _profiles(self) -> dict[tuple[str, int | None, bool], tuple[set[str], set[str]]]:
        out: dict[tuple[str, int | None, bool], tuple[set[str], set[str]]] = {}
        for f in self._facts:
            kinds, units = out.setdefault((f.aspect, f.year, "以上" in f.metric), (set(), set()))
            kinds.add(f.kind)
            units.add(f.unit)
        return out

    @cached_property
    def _by_sentence(self) -> dict[object, tuple[Fact, ...]]:
        out: dict[object, list[Fact]] = {}
        for fact in self._facts:
            out.setdefault(_sentence_key(fact), []).append(fact)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _by_value(self) -> dict[tuple[float, str], tuple[Fact, ...]]:
        out: dict[tuple[float, str], list[Fact]] = {}
        for fact in self._facts:
            if fact.aspect == "value":
                out.setdefault(_rounded(to_base(fact.value, fact.unit)), []).append(fact)
        return {k: tuple(v) for k, v in out.items()}


_NONE = np.zeros(0, dtype=np.int64)


def _sentence_key(fact: Fact) -> object:
    """Where a fact's sentence lies in the report (its text when the span is unknown)."""
    return fact.sentence_span or fact.sentence


def _postings(keys_per_fact: Iterable[Iterable]) -> dict:
    out: dict = {}
    for i, keys in enumerate(keys_per_fact):
        for key in keys:
            out.setdefault(key, []).append(i)
    return {k: np.asarray(v, dtype=np.int64) for k, v in out.items()}


def _union(arrays: Iterable[np.ndarray]) -> np.ndarray:
    arrays = list(arrays)
    return np.unique(np.concatenate(arrays)) if arrays else _NONE


def _rounded(key: tuple[float, str]) -> tuple[float, str]:
    """Nine significant digits: 1.2万亿元 and 12000亿元 meet despite float products."""
    return float(f"{key[0]:.9g}"), key[1]
