"""A report's facts with the lookups answering needs, so that a question costs little on a large corpus."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import overload

import numpy as np

from index.facts import Fact, is_gap, is_per_thing, starts_change
from index.numbers import to_base
from index.text_index import TextIndex

_QUOTES = re.compile(r"[“”\"'‘’《》「」()（）]")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
_WORD_CACHE = 4096  # words whose places are remembered; questions reuse a small vocabulary


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
    siblings: tuple[str, ...]  # the other items of its 分别 list, as written
    bare: str  # the metric without punctuation or spaces


@dataclass(frozen=True)
class WordPlaces:
    """Ids (sorted) of the facts where a word occurs, by where it occurs in them."""

    metric: np.ndarray  # in the metric
    same_chars: np.ndarray  # all its characters in the metric: a word of three or more, no digits (授权专利)
    context: np.ndarray  # in the words around the figure
    alone: np.ndarray  # in the sentence or headings, and in no other metric of the sentence
    around: np.ndarray  # in the sentence or headings
    sibling: np.ndarray  # in another item of the fact's 分别 list, and not in its metric
    bare: np.ndarray  # in the metric without punctuation
    any: np.ndarray  # in the metric, the context, the sentence or headings, or its characters in the metric


class FactTable(Sequence[Fact]):
    """The facts in report order, with lookups by aspect, year, word, sentence and value.

    Lookups return ids of candidates, never judgements: scoring stays with the caller. Indexes are built on
    first use, so a table costs nothing until a question needs it.
    """

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        self._facts = tuple(facts)
        self._places: dict[str, WordPlaces] = {}

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
        lookups = ("texts", "_columns", "_by_aspect", "_by_year", "_by_span", "_fields", "_profiles", "_by_value")
        for lookup in lookups:
            getattr(self, lookup)
        return self

    def ids(
        self, aspect: str, years: Sequence[int] = (), span: tuple[int, int] | None = None, ends: bool = False
    ) -> np.ndarray:
        """Ids, in report order, of the facts of ``aspect`` and (when given) of one of ``years`` or of the whole
        ``span`` of years (五年来…年均增长5.9%: a figure of 2021–2025, of none of its years); with ``ends``, of
        the span's last year or of the span itself (十四五末: the state its review ends in)."""
        ids = self._by_aspect.get(aspect, _NONE)
        if ends and span is not None:
            ending = _union((self._by_year.get(span[1], _NONE), self._by_span.get(span, _NONE)), len(self._facts))
            return np.intersect1d(ids, ending, assume_unique=True)
        if years:
            in_years = _union((self._by_year.get(y, _NONE) for y in years), len(self._facts))
            ids = np.intersect1d(ids, in_years, assume_unique=True)
        if span is not None:
            ids = np.intersect1d(ids, self._by_span.get(span, _NONE), assume_unique=True)
        return ids

    def places(self, word: str) -> WordPlaces:
        """Where ``word`` occurs in each fact that holds it (in lower case, as the texts are kept: R&D as r&d);
        remembered for the next question."""
        word = word.lower()
        found = self._places.get(word)
        if found is None:
            found = self._find_places(word)
            if len(self._places) >= _WORD_CACHE:
                self._places.clear()
            self._places[word] = found
        return found

    def meeting_any(self, words: Iterable[str]) -> np.ndarray:
        """Ids of the facts meeting at least one of ``words``, in report order."""
        return _union((self.places(w).any for w in words), len(self._facts))

    def union(self, arrays: Iterable[np.ndarray]) -> np.ndarray:
        """Sorted ids in any of ``arrays`` of ids."""
        return _union(arrays, len(self._facts))

    def column(self, name: str) -> np.ndarray:
        """A per-fact number by id: ``year`` (-1 when none), ``bare_len``, ``metric_len``, ``start``, ``end``,
        ``above`` (1 when the metric is a threshold from above: 10亿元以上), ``of_span`` (1 for a figure of a
        whole span of years, of none of its years), ``starts_change`` (1 for the level a change starts from:
        由7.34万元提升至…), ``gap`` (1 for a gap to the whole country: 高于全国8.5个百分点), ``per_thing`` (1 for a
        figure per so many of a thing: 每万人口拥有…).
        """
        return self._columns[name]

    def values(self, field: str) -> tuple[str, ...]:
        """The distinct values of a text field of the facts: ``kind`` or ``unit``."""
        return tuple(self._codes[field])

    def having(self, ids: np.ndarray, field: str, values: Iterable[str]) -> np.ndarray:
        """A mask over ``ids``: which facts have one of ``values`` as their ``kind`` or ``unit``."""
        codes = self._codes[field]
        wanted = [codes[v] for v in values if v in codes]
        return np.isin(self._columns[field][ids], wanted)

    def cue_bonus(self, ids: np.ndarray, cues: Sequence[str]) -> np.ndarray:
        """How many of ``cues`` (确保, 力争…) each fact's qualifier or figure carries."""
        found = np.zeros(len(ids))
        for cue in cues:
            found += np.isin(ids, self._fields["figure"].holding(cue))
        return found

    def _find_places(self, word: str) -> WordPlaces:
        fields = self._fields
        metric = fields["metric"].holding(word)
        if len(word) >= 3 and not any(ch.isdigit() for ch in word):
            same_chars = fields["metric"].holding_characters(word)
        else:
            same_chars = _NONE
        context, around = fields["context"].holding(word), fields["around"].holding(word)
        return WordPlaces(
            metric=metric,
            same_chars=same_chars,
            context=context,
            alone=np.setdiff1d(around, fields["others"].holding(word), assume_unique=True),
            around=around,
            sibling=np.setdiff1d(fields["siblings"].holding(word), metric, assume_unique=True),
            bare=fields["bare"].holding(word),
            any=self.union([metric, same_chars, context, around]),
        )

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
            around = plain(f"{fact.sentence} {fact.lead} {' '.join(fact.section_path)}")
            bare = _NOT_WORD.sub("", fact.metric.lower())
            out.append(FactTexts(plain(fact.metric), plain(fact.context), around, others, fact.siblings, bare))
        return tuple(out)

    @cached_property
    def _columns(self) -> dict[str, np.ndarray]:
        facts = self._facts
        return {
            "year": np.asarray([f.year if f.year is not None else -1 for f in facts], dtype=np.int64),
            "of_span": np.asarray([f.period_years is not None and f.year is None for f in facts], dtype=bool),
            "starts_change": np.asarray([starts_change(f) for f in facts], dtype=bool),
            "bare_len": np.asarray([len(t.bare) for t in self.texts], dtype=np.float64),
            "metric_len": np.asarray([len(f.metric) for f in facts], dtype=np.int64),
            "start": np.asarray([f.span[0] for f in facts], dtype=np.int64),
            "end": np.asarray([f.span[1] for f in facts], dtype=np.int64),
            "above": np.asarray(["以上" in f.metric for f in facts], dtype=bool),
            "gap": np.asarray([is_gap(f) for f in facts], dtype=bool),
            "per_thing": np.asarray([is_per_thing(f) for f in facts], dtype=bool),
            "kind": np.asarray([self._codes["kind"][f.kind] for f in facts], dtype=np.int64),
            "unit": np.asarray([self._codes["unit"][f.unit] for f in facts], dtype=np.int64),
        }

    @cached_property
    def _codes(self) -> dict[str, dict[str, int]]:
        return {
            field: {v: i for i, v in enumerate(dict.fromkeys(getattr(f, field) for f in self._facts))}
            for field in ("kind", "unit")
        }

    @cached_property
    def _by_aspect(self) -> dict[str, np.ndarray]:
        return _postings((f.aspect,) for f in self._facts)

    @cached_property
    def _by_span(self) -> dict[tuple[int, int], np.ndarray]:
        return _postings(((f.period_years,) if f.period_years is not None else ()) for f in self._facts)

    @cached_property
    def _by_year(self) -> dict[int, np.ndarray]:
        """Facts by the year they speak of (`Fact.speaks_of`): their own, or the last year of their span when
        their words name it (到2030年…)."""
        return _postings(_years_spoken_of(f) for f in self._facts)

    @cached_property
    def _fields(self) -> dict[str, TextIndex]:
        """Each text of the facts a question word is looked for in, indexed: metric, context, sentence and
        headings, the sentence's other metrics, the 分别 list's other items, the bare metric.
        """
        texts = self.texts
        return {
            "metric": TextIndex(t.metric for t in texts),
            "context": TextIndex(t.context for t in texts),
            "around": TextIndex(t.around for t in texts),
            "others": TextIndex("\n".join(t.others) for t in texts),
            "siblings": TextIndex("\n".join(t.siblings) for t in texts),
            "bare": TextIndex(t.bare for t in texts),
            "figure": TextIndex(f"{f.qualifier or ''}\n{f.text}" for f in self._facts),
        }

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


def _union(arrays: Iterable[np.ndarray], size: int) -> np.ndarray:
    """Sorted ids in any of ``arrays`` (ids below ``size``)."""
    arrays = [a for a in arrays if len(a)]
    if len(arrays) <= 1:
        return arrays[0] if arrays else _NONE
    mask = np.zeros(size, dtype=bool)
    for ids in arrays:
        mask[ids] = True
    return np.flatnonzero(mask)


def _rounded(key: tuple[float, str]) -> tuple[float, str]:
    """Nine significant digits: 1.2万亿元 and 12000亿元 meet despite float products."""
    return float(f"{key[0]:.9g}"), key[1]


def _years_spoken_of(fact: Fact) -> tuple[int, ...]:
    if fact.year is not None:
        return (fact.year,)
    end = fact.period_years[1] if fact.period_years else None
    return (end,) if end is not None and fact.speaks_of(end) else ()
