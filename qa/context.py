"""What every answerer reads: the report's index, word weights, the question parser and the encoder.

An answerer is a function ``(Query, Context) -> Answer | None``: None when the question is not its kind, so that
`Bot` tries the next one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from index.embedder import Encoder
from index.fact_table import FactTable
from index.store import ReportIndex
from index.tokens import ReportTokenizer
from qa.intent import Intent
from qa.numeric import Match, resolve_metric
from qa.parse import QueryParser
from qa.passages import Weights

if TYPE_CHECKING:
    from qa.answer import Answer
    from qa.query import Query


@dataclass(frozen=True)
class Context:
    """The shared, read-only state of one report: built once per `Bot`, passed to every answerer."""

    index: ReportIndex
    weights: Weights
    parser: QueryParser
    encoder: Encoder
    min_coverage: float

    @property
    def facts(self) -> FactTable:
        return self.index.facts

    @property
    def tokenizer(self) -> ReportTokenizer:
        return self.index.tokenizer

    @property
    def report_year(self) -> int | None:
        return self.parser.report_year

    def resolve(self, metric: str, intent: Intent, **options) -> list[Match]:
        """The facts that best match ``metric`` under ``intent`` (options: ``years``, ``floor``), best first."""
        return resolve_metric(metric, intent, self.facts, self.tokenizer, self.weights, **options)

    def resolve_unit_free(self, metric: str, intent: Intent) -> list[Match]:
        return self.resolve(metric, replace(intent, unit=None))


class Answerer(Protocol):
    """One way of answering: a figure looked up, computed, a superlative, a premise corrected, a list, a passage."""

    def __call__(self, query: Query, context: Context) -> Answer | None: ...
