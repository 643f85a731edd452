"""The question-answering bot: one report, its index, and `ask`."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from index.chunks import Chunk
from index.embedder import Encoder, SentenceTransformerEncoder
from index.store import ReportIndex, open_index
from qa.aliases import expand_aliases
from qa.answer import Answer, Source
from qa.compute import compute, compute_parts_found, may_be_stated
from qa.config import Settings
from qa.conversation import Conversation, follow
from qa.history import Turn, normalize_history
from qa.intent import Intent
from qa.normalize import normalize_question
from qa.numeric import (
    FULL_SCORE,
    MIN_SCORE,
    NEAR_SCORE,
    ask_back,
    fact_label,
    figure_text,
    lookup_answer,
    resolve_metric,
    source_of,
    ties,
)
from qa.parse import QueryParser
from qa.passages import Quote, Weights, list_run, pick_quotes, question_words
from qa.premise import check_premise, rise_asked_as_fall
from qa.query import Query
from qa.retrieve import Hit, search_hybrid
from qa.structure import answer_structure
from qa.superlative import superlative
from qa.turns import combine_turns

# Below this share of the question's word weight met by the best answer sentence, the report is taken not to
# cover the question. Chosen by `qa calibrate` on eval/calibration.jsonl (120 hand-labelled questions, half
# unanswerable, kept apart from the eval set): 0.35–0.50 form a plateau at 80.8–81.7 % accuracy (0.10: 61.7 %,
# 0.80: 70.0 %). 0.35, its low end, is kept: real questions are mostly answerable, and higher thresholds
# refuse more of them.
MIN_COVERAGE = 0.35
_TOP_K = 5


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


class Bot:
    """Answers questions about one report; the index loads (or builds) on the first question."""

    def __init__(
        self,
        report: str | Path | None = None,
        model: str | None = None,
        index_dir: str | Path | None = None,
        encoder: Encoder | None = None,
        say: Callable[[str], None] = _stderr,
        min_coverage: float = MIN_COVERAGE,
    ) -> None:
        if not 0 <= min_coverage <= 1:
            raise ValueError(f"min_coverage must be between 0 and 1, got {min_coverage}")
        self.settings = Settings.resolve(report, model, index_dir)
        self.encoder = encoder or SentenceTransformerEncoder(self.settings.model)
        self.min_coverage = min_coverage
        self._say = say
        self._index: ReportIndex | None = None
        self._weights: Weights | None = None
        self._parser: QueryParser | None = None

    @property
    def index(self) -> ReportIndex:
        if self._index is None:
            index = open_index(self.settings.report, self.encoder, self.settings.index_dir, self._say)
            index.facts.prepare()  # lookups built with the index, not on the first question
            index.years  # noqa: B018
            self._index = index
            self.weights  # noqa: B018
        return self._index

    @property
    def weights(self) -> Weights:
        """Word weights (IDF) over the report's chunks, for judging how much of a question a text covers."""
        if self._weights is None:
            self._weights = Weights(self.index.chunks).prepare()
        return self._weights

    @property
    def report_year(self) -> int | None:
        return self.index.manifest.meta.year

    @property
    def parser(self) -> QueryParser:
        """The question parser for this report (its year, its own names, the lexicon's words)."""
        if self._parser is None:
            self._parser = QueryParser(self.index.tokenizer, self.report_year)
        return self._parser

    def understand(self, question: str, history: Sequence[Any] | None = None) -> Query:
        """The question as understood, follow-ups merged into the earlier turns (what ``ask`` answers)."""
        conversation = self.conversation(normalize_history(history))
        return follow(conversation, self.parser.parse(normalize_question(question)), self.parser).queries[-1]

    def conversation(self, turns: list[Turn]) -> Conversation:
        """The earlier turns, each parsed once and merged into the one before: linear in the turns."""
        conversation = Conversation()
        for question, answer in turns:
            conversation = follow(conversation, self.parser.parse(normalize_question(question)), self.parser, answer)
        return conversation

    def ask(self, question: str, history: Sequence[Any] | None = None) -> Answer:
        """Answer a question about the report; ``history`` holds the earlier turns of the conversation."""
        if not isinstance(question, str):
            raise TypeError(f"question must be a str, got {type(question).__name__}")
        turns = normalize_history(history)
        question = normalize_question(question)
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", question):
            return Answer(
                "请输入一个关于报告内容的问题，例如：“2011年高新区获得了哪些国家级荣誉？”", "none", question=question
            )
        conversation = self.conversation(turns)
        parsed = self.parser.parse(question)
        if conversation.previous is None and _needs_earlier_turn(parsed, self.parser):
            text = "请问您问的是哪一项、哪一年？这个问题要接着前面的问题问，例如先问“2011年地区生产总值是多少？”。"
            return Answer(text, "none", question=question)
        chosen = self._chosen(conversation, parsed)
        if chosen is not None:
            return chosen
        query = follow(conversation, parsed, self.parser).queries[-1]
        combined = combine_turns(query, conversation.queries, self.answer_query, self.parser)
        return combined or self.answer_query(query)

    def answer_query(self, query: Query) -> Answer:
        """The answer to one understood question: structure, premise, figure, then passage."""
        if query.wants == "structure":
            structure = answer_structure(query, self.index.chunks, self.parser)
            if structure is not None:
                return structure
        premise = self.check_premise(query.text)
        if premise is not None:
            return premise
        if query.wants == "figure" or (query.wants == "structure" and self.parser.asks_figure(query.text)):
            figure = self.answer_figure(query)
            if query.position is not None and (figure is None or figure.kind != "number"):
                # 重点工作有几项: no figure of that name, so the items of the list so named
                figure = answer_structure(query, self.index.chunks, self.parser) or figure
            if figure is not None:
                return figure
        return self.answer_passage(query)

    def _chosen(self, conversation: Conversation, parsed: Query) -> Answer | None:
        """A reply to an ask-back (第二个, 力争的那个): the option it names, from the earlier question's ties."""
        previous = conversation.previous
        lean = parsed.lean
        if previous is None or not conversation.last_answer.startswith(_ASK_BACK) or not (lean.choice or lean.chooser):
            return None
        index = self.index
        intent = previous.request()
        tied = ties(resolve_metric(intent.metric_text, intent, index.facts, index.tokenizer, self.weights))
        if lean.choice is not None and -len(tied) <= lean.choice <= len(tied) and lean.choice != 0:
            match = tied[lean.choice - 1 if lean.choice > 0 else lean.choice]
            return lookup_answer(match.fact, previous.text)
        words = self.index.tokenizer.words(lean.chooser)
        met = [sum(w in f"{fact_label(m.fact)}{figure_text(m.fact)}{m.fact.sentence}" for w in words) for m in tied]
        best = max(met, default=0)
        if best == 0 or met.count(best) > 1:
            return None
        return lookup_answer(tied[met.index(best)].fact, previous.text)

    def answer_figure(self, query: Query) -> Answer | None:
        """A figure from the fact table, computed where asked, or a refusal naming the nearest facts.

        None only when the question names nothing to look up (the passage path then tries).
        """
        index, question, intent = self.index, query.text, query.request()
        missing = [y for y in intent.years if y not in index.years]
        if missing:
            return self._refuse_year(question, missing, intent)
        if not question_words(index.tokenizer, intent.metric_text):
            return None
        if intent.operation == "compare":
            top = superlative(question, intent, index.facts, self.parser)
            if top is not None:
                return top
        if intent.operation and may_be_stated(question, intent):
            stated = self._stated_whole(question, intent)
            if stated is not None:
                return stated
        if intent.operation:
            computed = compute(question, intent, index.facts, index.tokenizer, self.weights, self.parser)
            if computed is not None:
                return computed
            if compute_parts_found(question, intent, index.facts, index.tokenizer, self.weights, self.parser):
                return None  # the figures are there but the arithmetic is not understood: quote the sentences
        return self._looked_up(query, intent)

    def _looked_up(self, query: Query, intent: Intent) -> Answer:
        """The one fact that answers the question, an ask-back among equals, or a refusal."""
        index, question = self.index, query.text
        matches = resolve_metric(intent.metric_text, intent, index.facts, index.tokenizer, self.weights)
        # a computed question answered by one fact only when that fact names all of it (占全市立项总数的三分之一)
        if not matches or matches[0].score < (FULL_SCORE if intent.operation else MIN_SCORE):
            implied = self._implied_growth(question, intent)
            if implied is not None:
                return implied
            reason = "报告中找不到计算所需的数据" if intent.operation else f"报告中没有“{_topic(question)}”的数据"
            return self._refuse_figure(question, intent, reason)
        tied = ties(matches)
        if len(tied) > 1:
            return ask_back(tied, question)
        return rise_asked_as_fall(tied[0].fact, question) or lookup_answer(tied[0].fact, question)

    def _stated_whole(self, question: str, intent: Intent) -> Answer | None:
        """The share or total as the report states it, when one fact names all of the question."""
        index = self.index
        asked = replace(intent, operation=None, unit="%" if intent.operation == "ratio" else intent.unit)
        matches = resolve_metric(intent.metric_text, asked, index.facts, index.tokenizer, self.weights)
        floor = FULL_SCORE if intent.operation == "ratio" else MIN_SCORE
        if not matches or matches[0].score < floor or len(ties(matches)) > 1:
            return None
        fact = matches[0].fact
        if intent.operation == "ratio" and fact.unit != "%":
            return None
        return lookup_answer(fact, question)

    def _implied_growth(self, question: str, intent: Intent) -> Answer | None:
        """A growth the report does not state, computed from the year's figure and the year before's."""
        year = intent.years[0] if len(intent.years) == 1 else (self.report_year if intent.kind == "target" else None)
        if intent.aspect != "growth" or intent.operation or year is None:
            return None
        pair = f"{year}年{intent.metric_text}比{year - 1}年增长百分之多少"
        change = replace(self.parser.parse(pair).request(), operation="change")
        index = self.index
        answer = compute(pair, change, index.facts, index.tokenizer, self.weights, self.parser)
        if answer is None:
            return None
        note = "报告没有直接给出这一增速；按报告中两年的数字计算：\n"
        return replace(answer, text=note + answer.text, question=question)

    def check_premise(self, question: str) -> Answer | None:
        """A correction when the question states a figure, a fall or an order that the report contradicts."""
        return check_premise(question, self.index, self.weights, self.parser)

    def _refuse_figure(self, question: str, intent: Intent, reason: str) -> Answer:
        """No figure for what was asked; the nearest facts the report does have, with their sources."""
        index = self.index
        nearest = [
            m
            for aspect in ("value", "growth")
            for m in resolve_metric(
                intent.metric_text,
                replace(intent, aspect=aspect),
                index.facts,
                index.tokenizer,
                self.weights,
                years=(),
                floor=NEAR_SCORE,
            )[:2]
        ]
        nearest.sort(key=lambda m: (-m.score, not any(m.fact.speaks_of(y) for y in intent.years)))
        near = [m.fact for m in nearest[:2] if m.score >= NEAR_SCORE]
        text = reason + "。"
        if near:
            text += "报告中相关的数据有：" + "；".join(f"{fact_label(f)}{figure_text(f)}" for f in near) + "。"
        return Answer(text, "none", question=question, sources=[source_of(f) for f in near])

    def retrieve(self, query: Query | str, k: int = _TOP_K) -> list[Hit]:
        """The chunks that best match a question, those of the years it names first."""
        if isinstance(query, str):
            query = self.parser.parse(normalize_question(query))
        text = expand_aliases(query.words)
        hits = search_hybrid(self.index, text, self.encoder.encode([text])[0], k=max(k, 10))
        kind = {"target": "plan", "result": "result"}.get(query.kind or "")
        # chunks of the years the question names come first, then those of the kind it asks (result or plan),
        # then those of the section an earlier answer came from
        hits.sort(
            key=lambda h: (
                not any(_speaks_of(h.chunk, y) for y in query.years),
                not (kind and _of_kind(h, kind)),
                h.chunk.section != query.section if query.section else False,
            )
        )
        return hits[:k]

    def find_quotes(self, query: Query | str) -> tuple[list[Hit], list[Quote]]:
        """The best chunks for a question and the answer sentences inside them (none without content words)."""
        if isinstance(query, str):
            query = self.parser.parse(normalize_question(query))
        groups = question_words(self.index.tokenizer, query.words)
        hits = self.retrieve(query)
        if not groups:
            return hits, []
        quotes = pick_quotes([h.chunk for h in hits[:3]], groups, self.weights)
        return hits, list_run(quotes, self.index.chunks, query.words)

    def answer_passage(self, query: Query) -> Answer:
        """The sentences of the report that answer the question, or a refusal naming what was asked."""
        missing = [y for y in query.years if y not in self.index.years]
        if missing:
            return self._refuse_year(query.text, missing)
        hits, quotes = self.find_quotes(query)
        if not quotes or quotes[0].coverage < self.min_coverage:
            return Answer(f"报告中没有找到关于“{_topic(query.text)}”的内容。", "none", question=query.text)
        body = "".join(q.sentence.text for q in quotes)
        section = quotes[0].chunk.section
        sources = [Source(section, q.sentence.text, q.sentence.span, round(q.coverage, 3), cited=True) for q in quotes]
        sources += [Source(h.chunk.section, h.chunk.text, h.chunk.span, round(h.score, 4)) for h in hits]
        return Answer(f"{body}\n\n出处：{section}", "passage", sources=sources, question=query.text)

    def _refuse_year(self, question: str, missing: list[int], intent: Intent | None = None) -> Answer:
        """No figure for a year the report does not cover; name what it covers, and the nearest fact it has."""
        covered = "、".join(self.index.period_labels) or "其他年份"
        asked = "、".join(f"{y}年" for y in missing)
        text = f"报告没有{asked}的内容；报告讲的是{covered}。"
        if intent is not None:
            index = self.index
            nearest = resolve_metric(intent.metric_text, intent, index.facts, index.tokenizer, self.weights, years=())
            if nearest and nearest[0].score >= MIN_SCORE:
                fact = nearest[0].fact
                text = f"报告没有{asked}的数据（报告讲的是{covered}）；{fact_label(fact)}是{figure_text(fact)}。"
                return Answer(text, "none", question=question, sources=[source_of(fact)])
        return Answer(text, "none", question=question)


_ASK_BACK = "报告中有几项数据都符合您的问题"


def _needs_earlier_turn(query: Query, parser: QueryParser) -> bool:
    """那2012年呢？/ 增速呢？/ 比去年多多少？ with nothing before it: it cannot be answered alone."""
    if query.lean.part_of:
        return True  # 其中省级的呢？: a part of something asked before
    lean = query.lean
    leaning = lean.follow_up or lean.points_back or lean.operation_start
    return leaning and not parser.own_words(query.text)


def _speaks_of(chunk: Chunk, year: int) -> bool:
    """Whether a chunk speaks of ``year``, by its section's period or by naming it."""
    return (chunk.period is not None and chunk.period.covers(year)) or f"{year}年" in chunk.text


def _of_kind(hit: Hit, kind: str) -> bool:
    return hit.chunk.period is not None and hit.chunk.period.kind == kind


def _topic(question: str) -> str:
    """The question without its question words and punctuation, for quoting back."""
    topic = re.sub(r"^(请问|请|我想知道|想问一下)", "", question)
    topic = re.sub(
        r"(是多少|有多少|多少|是什么|什么|有哪些|哪些|有几个|几个|吗|呢|啊|了|[?？!！。.,，、；;：:\s])+$", "", topic
    )
    topic = re.sub(r"[?？!！。，、；;：:]", "", topic).strip()
    return (topic[:30] + "…") if len(topic) > 30 else topic or question[:30]
