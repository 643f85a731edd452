"""The question-answering bot: one report, its index, and `ask`."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from index.chunks import split_sentences
from index.embedder import Encoder
from index.facts import Fact
from index.lexicon import current
from index.numbers import Figure, convert, convertible, to_base, to_number
from index.onnx_encoder import default_encoder
from index.periods import years_named
from index.store import Progress, ReportIndex, open_index
from index.tokens import doing_only
from qa.answer import Answer, Source, numbered, shows_list
from qa.answerers import (
    ANSWERERS,
    LISTED_IN_TEXT,
    Found,
    answer_passage,
    answer_where,
    choices,
    details_asked,
    find_quotes,
    given_under,
    of_another_clause,
    other_kind_of_unit,
    percent_refused,
    retrieve,
    settle,
    whole_of_part_asked,
)
from qa.compute import Operand, share_of, whole_of, worked_change
from qa.config import Settings
from qa.context import Context
from qa.conversation import Conversation, asked_at, follow, names_only_apart, redone
from qa.filters import (
    TOPIC_HELD,
    TOPIC_MARGIN,
    alike,
    asked_threshold,
    char_pairs,
    fact_level,
    said_amounts,
    share_held,
    without_soft,
    without_thresholds,
)
from qa.history import Turn, kept, left_out_note, normalize_history, shown
from qa.intent import Intent
from qa.listed import abbreviates, listed_count, named_run
from qa.normalize import normalize_question
from qa.numeric import (
    MIN_SCORE,
    TIE,
    Match,
    clause_of,
    fact_label,
    fact_name,
    figure_text,
    fmt,
    lookup_answer,
    resolve_metric,
    same_dimension,
    source_of,
    ties,
)
from qa.parse import QueryParser
from qa.passages import Weights, clauses_meeting, question_words
from qa.premise import VERDICT
from qa.query import MetricFilter, Part, Query, TimeAsked
from qa.retrieve import Hit
from qa.structure import SOME_NAMED
from qa.turns import COMBINED, asks_per, combine, combine_turns, per_thing

# Below this share of the question's word weight met by the best answer sentence, the report is taken not to
# cover the question. Chosen by `qa calibrate` on eval/calibration.jsonl (120 hand-labelled questions, half
# unanswerable, kept apart from the eval set): 0.35–0.50 form a plateau at 80.8–82.5 % accuracy (0.10: 66.7 %,
# 0.80: 73.3 %). 0.35, its low end, is kept: real questions are mostly answerable, and higher thresholds
# refuse more of them (blind paraphrase set 1: 0.40 answers 87 % of its passage questions, 0.35 89 %; refusals equal).
MIN_COVERAGE = 0.35
_TOP_K = 5
# A figure question that also asks what or how (多大规模, 什么时候) and finds no figure is answered by the passage
# that speaks of it above this relevance (tuned on the blind sets: 0.35 answers one unanswerable question more,
# 0.5 none; without the what/how words, every threshold tried answered many unanswerable figure questions).
FIGURE_FALLBACK = 0.5
# a passage question asked again in the section the talk is at needs this share of the usual relevance
EARLIER_SECTION = 0.8
# a passage question naming no time is answered from the talk's year when that part covers this share of its words
TALKS_TIME_SHARE = 0.9


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
        progress: Progress | None = None,
    ) -> None:
        if not 0 <= min_coverage <= 1:
            raise ValueError(f"min_coverage must be between 0 and 1, got {min_coverage}")
        self.settings = Settings.resolve(report, model, index_dir)
        self._encoder = encoder
        self.min_coverage = min_coverage
        self._say = say
        self._progress = progress  # hears the stages of an index build (the web chat's upload bar)
        self._index: ReportIndex | None = None
        self._weights: Weights | None = None
        self._parser: QueryParser | None = None
        self._context: Context | None = None

    @property
    def encoder(self) -> Encoder:
        """The sentence encoder: the model's checked ONNX export when it can be made, else sentence-transformers."""
        if self._encoder is None:
            self._encoder = default_encoder(self.settings.model, self.settings.model_cache, self._say)
        return self._encoder

    @property
    def index(self) -> ReportIndex:
        if self._index is None:
            settings = self.settings
            index = open_index(
                settings.report, self.encoder, settings.index_dir, self._say, self._progress, settings.max_report_bytes
            )
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
            text = "".join(c.text for c in self.index.chunks)
            results = {f.metric for f in self.index.facts if f.kind == "result"}
            names = {f.metric for f in self.index.facts}
            self._parser = QueryParser(
                self.index.tokenizer, self.report_year, report_text=text, result_names=results, figure_names=names
            )
        return self._parser

    def understand(self, question: str, history: Sequence[Any] | None = None) -> Query:
        """The question as understood, follow-ups merged into the earlier turns (what ``ask`` answers)."""
        conversation = self.conversation(kept(normalize_history(history))[0])
        return follow(conversation, self.read(question, conversation.previous), self.parser).queries[-1]

    def conversation(self, turns: Sequence[Turn]) -> Conversation:
        """The earlier turns, each parsed once and merged into the one before: linear in the turns, and made once
        for the pieces of one question (each piece is answered in the same conversation)."""
        return self._conversation(tuple(turns))

    @lru_cache(maxsize=32)  # noqa: B019 — one Bot per report, alive as long as the process
    def _conversation(self, turns: tuple[Turn, ...]) -> Conversation:
        conversation = Conversation()
        for question, answer in turns:
            conversation = self._on_winner(conversation, question)
            parsed = self.read(question, conversation.previous)
            asked_back = conversation.last_answer.startswith(_ASK_BACK)
            conversation = follow(conversation, parsed, self.parser, answer)
            # 协议的呢？ names the figure by what sets it apart: the talk goes on about it as the report names it
            chosen = parsed.lean.choice is not None or parsed.lean.chooser or names_only_apart(parsed)
            chosen = chosen or (asked_back and not answer.startswith(_ASK_BACK) and bool(self._short_reply(parsed)))
            if chosen or _INSTEAD in answer:
                conversation = self._grounded(conversation, answer)
            elif not asked_back:  # an option chosen was one of several, whatever its year (二期 then 一期的呢)
                conversation = self._renamed(self._dated(conversation, answer), answer)
        return conversation

    def _renamed(self, conversation: Conversation, answer: str) -> Conversation:
        """今年专利的目标是多少 after 其中发明专利呢, answered with 授权专利突破1000件 (the question asked alone): a
        figure whose name holds none of the words the talk carried is what the talk is about now (比去年多多少
        compares 授权专利, not 发明专利)."""
        query = conversation.previous
        if query is None or query.wants != "figure" or query.operation != "lookup" or not query.own:
            return conversation  # (哪个最高 then 最低的呢: the superlative goes on, not its winner)
        fact = self._answered_fact(answer)
        if fact is None or any(word in f"{fact.metric}{fact.context}" for word in query.own):
            return conversation
        # words naming another figure of the report (发明专利), not everyday words for this one (新冒出来 of 新增)
        named = any(word in self._metrics_written for word in query.own)
        return self._grounded(conversation, answer) if named else conversation

    @cached_property
    def _metrics_written(self) -> str:
        """The names of all the report's figures, one per line, read once (a word naming any of them)."""
        return "\n".join(fact.metric for fact in self.index.facts)

    def _on_winner(self, conversation: Conversation, question: str) -> Conversation:
        """比工业快多少 after 哪个涨得最快: the talk goes on about the one the superlative found; 最低的呢 asks the
        superlative again."""
        previous = conversation.previous
        if previous is None or previous.operation != "superlative":
            return conversation
        if any(w in question for w in self._extremes) or self.read(question, previous).operation == "superlative":
            return conversation
        return self._grounded(conversation, conversation.last_answer)

    def _dated(self, conversation: Conversation, answer: str) -> Conversation:
        """A figure asked naming no year, answered with one year's figure: the talk is about that year now (二期呢
        after 总部一期有几个项目竣工 asks of 2011, not of a 2012 plan; 固投增长是不是超过了20% after 财政收入到30亿
        了吗, answered for 2011 though the talk was at this year's plan)."""
        query = conversation.previous
        if query is None or query.wants != "figure" or query.time.period or query.computed:
            return conversation
        if query.time.years and ("time" in query.given or query.time.compared):
            return conversation
        fact = self._answered_fact(answer)
        if fact is None or fact.year is None:
            return conversation
        dated = replace(query, time=replace(query.time, years=(fact.year,)))
        return replace(conversation, queries=(*conversation.queries[:-1], dated))

    def _grounded(self, conversation: Conversation, answer: str) -> Conversation:
        """A reply choosing an option of an ask-back names the figure's metric as the report writes it: follow-ups
        ask of that metric (比去年多多少 after 实际的那个 asks 实际引进内外资总额), not of the looser words asked
        back about. Other figures keep the question's words, which carry across years the report words apart
        (固定资产投资 and 全社会固定资产投资)."""
        query = conversation.previous
        if query is None:
            return conversation
        fact = self._answered_fact(answer)
        if fact is None:
            return conversation
        phase = self.parser.phase.search(fact.metric)
        if phase is not None:  # 第二个 = 二期: a phase chosen is a filter on the metric asked back about (一期比二期)
            asked = conversation.queries[-2] if len(conversation.queries) > 1 else query
            phased = replace(query.filter, phase=phase.group())
            chosen = replace(query, metric=asked.metric, own=asked.own, filter=phased)
            return replace(conversation, queries=(*conversation.queries[:-1], chosen))
        if len(self._facts_by_label[fact_label(fact)]) > 1:
            # 按保底的算 of 确保20、力争25万平方米: a qualifier chosen, the metric is as asked back about, and the
            # qualifier the fact's own (保底 names no metric; 比去年少多少 asks of the figure chosen)
            asked = conversation.queries[-2] if len(conversation.queries) > 1 else query
            qualifiers = (fact.qualifier,) if fact.qualifier else query.qualifiers
            chosen = replace(query, metric=asked.metric, own=asked.own, qualifiers=qualifiers)
            return replace(conversation, queries=(*conversation.queries[:-1], chosen))
        chosen = replace(query, metric=self._carried_name(fact))
        if query.operation == "superlative":  # 比工业快多少 after 哪个涨得最快: the talk is of the one it found
            lookup = replace(query, operation="lookup", parts=(), whole=None, own=(self._carried_name(fact),))
            chosen = replace(lookup, metric=self._carried_name(fact), aspect=fact.aspect)
        return replace(conversation, queries=(*conversation.queries[:-1], chosen))

    @cached_property
    def _extremes(self) -> tuple[str, ...]:
        """The words of a superlative (最高, 最慢)."""
        lexicon = self.parser.lexicon
        return (*lexicon.words("asking", "extreme", "high"), *lexicon.words("asking", "extreme", "low"))

    @cached_property
    def _extreme_said(self) -> re.Pattern[str]:
        """How a superlative's answer names its winner (…增速最快，为52%): the label and the figure."""
        return re.compile(rf"^(.+?)(?:{'|'.join(self._extremes)})，为(.+?)。?$")

    def _carried_name(self, fact: Fact) -> str:
        """The metric words a follow-up carries of the fact just answered: its name, without the words it borrows
        from another figure of its sentence (竣工 of 新开工房屋建筑面积117万平方米,竣工面积104万平方米: 新开工 is
        the other figure's, and 新开工呢 asks that one)."""
        borrowed = any(f.metric == fact.context and f is not fact for f in self.index.facts.in_sentence(fact))
        name = fact.metric if borrowed else fact_name(fact)
        return name.replace("（", " ").replace("）", "")  # metric words, not a label

    def _in_earlier_section(self, query: Query, conversation: Conversation) -> Answer | None:
        """今年施工进度有什么要求 after figures of a park: a passage question the whole report cannot answer, asked
        again in the section the last answer came from, whose words it does not repeat."""
        section = shown(conversation.last_answer).section if conversation.previous is not None else None
        if query.wants != "passage" or query.section or not section:
            return None
        floor = self.min_coverage * EARLIER_SECTION  # the talk's place is evidence words alone do not give
        found = answer_passage(replace(query, section=section), self.context, floor)
        cited = found.kind == "passage" and any(s.section.startswith(section) for s in found.sources)
        return found if cited else None

    def _answered_fact(self, answer: str) -> Fact | None:
        """The one fact an earlier answer gave: its line "label：figure" (the first line as `ask` writes it, or any
        line of the chat's plain text, which shows the figure first) and, when the answer quotes it, its 原文
        sentence; None when no line names exactly one fact."""
        quoted = re.search(r"^原文：(.+)$", answer, re.MULTILINE)
        # a superlative's winner (服务业总收入增速最快，为52%) read as its figure's line (服务业总收入增速：52%)
        lines = [self._extreme_said.sub(r"\1：\2", line) for line in answer.splitlines()[:3]]
        # the chat's plain text runs a note and the figure's line together (报告中没有单列…的： 2012年…：突破1000件。)
        for line in [*lines, *(piece for ln in lines if _INSTEAD in ln for piece in ln.split()[1:])]:
            found = self._labelled(VERDICT.sub("", line.strip()))  # 不是。2011年…：31.2亿元
            found = [f for f in found if quoted is None or f.sentence == quoted.group(1)]
            if len(found) == 1:
                return found[0]
        return None

    def _labelled(self, line: str) -> list[Fact]:
        """The facts a line "label：figure" of an answer names (2011年风险投资：6000万元（原文：…）)."""
        label, _, rest = line.partition("：")
        return [f for f in self._facts_by_label.get(label, ()) if rest and rest.startswith(figure_text(f))]

    @cached_property
    def _facts_by_label(self) -> dict[str, list[Fact]]:
        """The report's facts by the label answers show them under (`fact_label`), built once."""
        by_label: dict[str, list[Fact]] = {}
        for fact in self.index.facts:
            by_label.setdefault(fact_label(fact), []).append(fact)
        return by_label

    def ask(self, question: str, history: Sequence[Any] | None = None) -> Answer:
        """Answer a question about the report; ``history`` holds the earlier turns of the conversation."""
        if not isinstance(question, str):
            raise TypeError(f"question must be a str, got {type(question).__name__}")
        turns, left_out = kept(normalize_history(history))
        question = normalize_question(question)
        answer = self._ask(question, turns)
        answer = percent_refused(question, answer, self.context) or answer  # 百分之几: no amount
        if not left_out:
            return answer
        return replace(answer, note=left_out_note(len(turns), left_out))

    def _ask(self, question: str, turns: list[Turn]) -> Answer:
        if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", question):
            return Answer(
                "请输入一个关于报告内容的问题，例如：“2011年高新区获得了哪些国家级荣誉？”", "none", question=question
            )
        answer = self._restated(question, turns) or self._answer(question, turns)
        if answer.kind == "passage":
            return self._figure_piece(question, answer, turns) or self._in_pieces(question, turns, answer) or answer
        if answer.kind in ("number", "none") and self._of_several_things(question):
            return self._several_things(question, turns, answer)  # 研发的钱要涨多少？专利要拿到多少件？
        return (self._in_pieces(question, turns) or answer) if answer.kind == "none" else answer

    def _several_things(self, question: str, turns: list[Turn], whole: Answer) -> Answer:
        """Each piece of a question of several things answered in turn, those the report lacks said so: one figure
        answering one piece is no answer to the question; ``whole`` when no piece is answered."""
        answers = self._each_piece(self._asked_pieces(question), turns)
        given = [a for _, a in answers if a.kind != "none"]
        figures = {(a.value, a.unit) for a in given if a.kind == "number"}
        if not given or (len(given) == len(answers) and len(figures) == 1 and all(a.kind == "number" for a in given)):
            return whole  # 服务业一共挣了多少钱，服务业总收入是多少: one figure asked twice, in two ways
        shares = self.parser.lexicon.words("asking", "aspect", "share")
        refused = [self.read(piece).own for piece, a in answers if a.kind in ("none", "clarify")]
        restated = [own for own in refused if not own or all(w in shares for w in own)]  # 折成百分比是多少
        if whole.kind == "number" and (restated or any(len(w) > 1 and w in whole.text for o in refused for w in o)):
            return whole  # 研发园一期住进去多少了，入驻率是多少: the refused piece's things are in the figure given
        return _together(answers, question)

    def _of_several_things(self, question: str) -> bool:
        """Whether a question is several questions, each asking a figure of a thing of its own (今年研发的钱要涨多少？
        专利要拿到多少件？): one figure answers only one of them."""
        pieces = self.parser.pieces(question)
        if len(pieces) < 2:
            return False
        read = [self.read(piece) for piece in pieces]
        named = [tuple(q.own) for q in read if q.figure and q.own]
        return len(named) == len(pieces) and len(set(named)) == len(named)

    def _restated(self, question: str, turns: list[Turn]) -> Answer | None:
        """全区企业去年一共挣了多少？就是那个技工贸总收入: a last piece restating the one before in the report's words
        is read as its correction (the time and kind of the first, the thing the second names); None otherwise."""
        pieces = self.parser.pieces(question)
        restated = self.parser.lexicon.regex("conversation", "follow_up", "restated_pattern")
        m = restated.match(pieces[-1]) if len(pieces) == 2 else None
        if m is None:
            return None
        rest = pieces[1][m.end() :]
        read = self.read(rest)
        if read.computed or read.aspect == "share":  # 到位率呢？就是实际占协议的比例: the second says what is asked
            return self._answer(rest, turns)
        first = self._answer(pieces[0], turns)
        return self._answer(f"我问的是{rest}", [*turns, (pieces[0], first.text)])

    def _figure_piece(self, question: str, answer: Answer, turns: list[Turn]) -> Answer | None:
        """成绩怎么样，单位能耗降了多少: a passage found for a question whose last piece asks a figure that the
        passage quotes: the figure, exact, with its sentence."""
        pieces = self.parser.pieces(question)
        if len(pieces) < 2 or not self.read(pieces[-1]).figure:
            return None
        figure = self._answer(pieces[-1], turns)
        fact = self._answered_fact(figure.text) if figure.kind == "number" else None
        return figure if fact is not None and clause_of(fact) in answer.text else None

    def _in_pieces(self, question: str, turns: list[Turn], whole: Answer | None = None) -> Answer | None:
        """A question of several questions (整体经济怎么样？生产总值和财政收入各是多少？) that finds nothing as a
        whole, or a passage for one piece only (哪些村整村拆迁了？朱一社区安置好了吗？): each piece answered on its
        own, the answers given together; None when no more than ``whole`` is answered."""
        pieces = self.parser.pieces(question)
        if len(pieces) < 2:
            return None
        # 目标完成了吗 after a figure, naming nothing of its own, asks whether that figure met its plan: one question
        met = self.parser.lexicon.regex("time", "cues", "plan_met_pattern")
        if any(met.search(piece) and not self.read(piece).own for piece in pieces[1:]):
            return None
        answers = self._each_piece(self._asked_pieces(question), turns)
        given = _once_each([(piece, a) for piece, a in answers if a.kind != "none"])
        # a piece asking a figure the report lacks leaves only exact answers standing: a passage found for part of
        # a question the report cannot answer (居家养老服务怎么搞 beside 新建几家养老院) is a loose fit, not an answer;
        # a piece asking only whether (坐公交方便了吗) is answered by what the others find
        refused = [piece for piece, a in answers if a.kind == "none" and self._asks_detail(piece)]
        if refused and any(a.kind == "passage" for _, a in given):
            return None
        if whole is not None and not (len(given) > 1 or (given and whole.body in given[0][1].body)):
            return None
        if len(given) <= 1:
            return given[0][1] if given else None
        return _together(given, question, cited=2)

    def _alternatives(
        self, conversation: Conversation, parsed: Query, question: str, turns: list[Turn]
    ) -> Answer | None:
        """省、市的呢 after 申报国家人才多少名: a follow-up naming several things in place of one, each asked as the
        follow-up naming it alone, the figures given together; None unless each is answered by its own figure."""
        words = parsed.metric.split()
        if conversation.previous is None or not parsed.lean.follow_up or len(words) < 2 or parsed.computed:
            return None
        lex = self.parser.lexicon
        joiners = [
            *lex.words("conversation", "follow_up", "named_joiners"),
            *lex.words("conversation", "follow_up", "last_named_joiners"),
        ]
        between = "(?:" + "|".join(map(re.escape, joiners)) + ")"
        run = re.search(between.join(map(re.escape, words)), question)
        if run is None:
            return None
        answers = [(w, self._answer(question.replace(run.group(), w), turns)) for w in words]
        if any(a.kind != "number" for _, a in answers) or len({(a.value, a.text) for _, a in answers}) < len(words):
            return None
        return _together(answers, question)

    def _asks_detail(self, piece: str) -> bool:
        """Whether a piece asks a figure or a detail (a name, a time, who; asking.toml ``[name]``, ``[detail]``), not
        only whether or how (坐公交方便了吗)."""
        lexicon = self.parser.lexicon
        named = lexicon.regex("asking", "name", "asked_pattern").search(piece)
        return self.read(piece).figure or bool(named) or bool(details_asked(piece, lexicon))

    def _asked_pieces(self, question: str) -> list[str]:
        """The pieces of a question that ask: not words in brackets after one, which only say how it is meant."""
        return [p for i, p in enumerate(self.parser.pieces(question)) if not i or not self.parser.aside(p)]

    def _each_piece(self, pieces: list[str], turns: list[Turn]) -> list[tuple[str, Answer]]:
        """Each piece answered in the conversation; a later piece naming nothing of its own (在全市排第几？ / 有具体数
        吗？) asks of the piece before it, when that one was answered, not of the conversation's last figure."""
        answers: list[tuple[str, Answer]] = []
        for piece in pieces:
            read = self.read(piece)
            bare = bool(answers) and not read.own and not read.given & {"aspect", "time", "kind", "operation"}
            if bare and answers[-1][1].kind == "none":
                continue  # 有具体数吗 after a piece refused: refused with it (具体增速呢 asks on in the conversation)
            # 今年哪些村要开始拆，哪些村要拆完: a piece naming no time asks at the time of the piece before
            timeless = bool(answers) and "time" not in read.given and "time" in self.read(answers[-1][0]).given
            before = [(answers[-1][0], answers[-1][1].text)] if bare or timeless else []
            answer = self._answer(piece, [*turns, *before])
            if timeless:  # 去年来创业的公司有多少，大项目有几个: the second piece is of 去年 too
                answer = self._of_years(answer, self.read(answers[-1][0]).time.years)
            answers.append((piece, answer))
        return answers

    def _of_years(self, answer: Answer, years: tuple[int, ...]) -> Answer:
        """A figure answered at another time than the ``years`` asked becomes a refusal."""
        fact = self._answered_fact(answer.text) if answer.kind == "number" and years else None
        if fact is None or fact.year in years or (fact.period_years and fact.period_years[1] in years):
            return answer
        return Answer(f"报告中没有{years[0]}年的这项数据。", "none", question=answer.question)

    def _answer(self, question: str, turns: list[Turn]) -> Answer:
        """The answer to one question (not split into pieces) in the conversation of ``turns``."""
        conversation = self._on_winner(self.conversation(turns), question)
        parsed = self.read(question, conversation.previous)
        if conversation.previous is None and _needs_earlier_turn(parsed, self.parser):
            text = "请问您问的是哪一项、哪一年？这个问题要接着前面的问题问，例如先问“2011年地区生产总值是多少？”。"
            return Answer(text, "none", question=question)
        chosen = (
            self._all_offered(conversation, parsed, turns)
            or self._chosen(conversation, parsed)
            or self._other_offered(conversation, parsed, turns)
            or self._alternatives(conversation, parsed, question, turns)
        )
        if chosen is not None:
            return chosen
        query = follow(conversation, parsed, self.parser).queries[-1]
        named = self._named_in_figure(parsed, turns) or self._item_listed(parsed, turns)
        named = (
            named
            or self._counted_in_passage(parsed, turns)
            or self._listed_counted(parsed, turns)
            or self._in_passage_given(conversation, query, parsed, turns)
        )
        if named is not None:
            return named
        if parsed.lean.where and conversation.previous is not None:
            located = answer_where(self.answer_query(conversation.previous), question)
            if located is not None:
                return located
        again = self._combined_again(question, parsed, turns)
        if again is not None:
            return again
        # only a question asking a sum or difference itself combines the figures given (不 那2010年是多少 after one)
        combined = self._extreme_of_given(parsed, turns) or self._rest_of_part(parsed, turns)
        if combined is None and parsed.operation in ("sum", "difference") and not redone(conversation.previous, parsed):
            combined = combine_turns(query, parsed, conversation.queries, self._as_given(conversation, turns))
        combined = combined or self._against_itself(query, parsed, conversation, turns)
        combined = combined or self._against_figure_given(query, parsed, turns)
        combined = combined or self._before_talked_addition(parsed, turns)
        combined = combined or self._summed_in_sentence(parsed, turns) or self._summed_in_passage(parsed, turns)
        combined = combined or self._points_apart(parsed, conversation)
        combined = combined or self._per_thing(parsed, turns) or self._each_named(parsed, turns)
        combined = combined or self._levels_summed(parsed) or self._share_of_sum_given(parsed, conversation, turns)
        combined = combined or self._worked_out_change(parsed, turns)
        if combined is not None:
            return _of_measure_asked(combined, parsed)
        answer = self._by_earlier_figure(self._running_total(self.answer_query(query), query), query, turns)
        answer = self._at_talks_time(answer, query, conversation)
        answer = self._share_of_talked_whole(answer, query, conversation, turns)
        answer = self._share_of_figure_given(answer, query, parsed, turns)
        answer = self._share_in_figure_said(answer, query, parsed, turns)
        answer = self._figure_uncomputed(answer, query, parsed)
        if answer.kind == "none":  # the plan's figure worded apart (said so), else the question asked alone
            found = self._counterpart(query, parsed, turns) or self._whole_instead(query, parsed, turns)
            found = found or self._beside_figure(parsed, turns) or self._in_earlier_section(query, conversation)
            found = found or self._said_then(query, parsed, conversation) or self._between_classes(query)
            found = found or self._year_end_before(query, parsed)
            found = found or self._by_earlier_figure(self._alone(answer, query, parsed), query, turns)
            found = self._name_at_time(found, query, parsed)
            return self._before_added(found, parsed) or found
        answer = self._off_pointed(answer, parsed, conversation, turns)
        answer = self._qualifier_offered(answer, parsed, conversation, turns) or answer
        answer = self._before_added(answer, parsed) or self._rate_change(answer, query, parsed, conversation, turns)
        return _of_measure_asked(self._whole_again(answer, parsed, turns), parsed)

    def _whole_again(self, answer: Answer, parsed: Query, turns: list[Turn]) -> Answer:
        """其中国际标准几项 after 国际、国内标准制修订26项: a part asked of the figure just given is not that figure
        again; the report gives the whole only, said so."""
        if not parsed.lean.part_of or answer.kind != "number" or not turns:
            return answer
        whole = self._answered_fact(turns[-1][1])
        if whole is None or whole is not self._answered_fact(answer.text):
            return answer
        asked = "".join(parsed.own) or parsed.metric
        text = (
            f"报告没有单独给出其中{asked}的数字，只给出了合计：{fact_label(whole)}：{figure_text(whole)}。\n\n"
            f"原文：{whole.sentence}\n出处：{whole.section}"
        )
        return Answer(text, "none", question=parsed.text)

    def _at_talks_time(self, answer: Answer, query: Query, conversation: Conversation) -> Answer:
        """社区管理用的什么办法 after talk of 2011's results: a passage question naming no time of its own, answered
        from another year's part of the report, is answered from the part of the talk's year when that part
        answers it nearly as well (``TALKS_TIME_SHARE`` of the coverage)."""
        time = query.time
        if answer.kind != "passage" or query.wants != "passage" or time.years or time.words or time.period:
            return answer
        if query.kind is not None:
            return answer  # 打算做什么, 还要办什么: a kind said is a time of its own (the plan's)
        talk_year = _part_year(shown(conversation.last_answer).section) if conversation.previous else None
        cited = next((s for s in answer.sources if s.cited), None)
        if talk_year is None or cited is None or _part_year(cited.section) in (None, talk_year):
            return answer
        there = answer_passage(replace(query, time=replace(time, years=(talk_year,))), self.context)
        best = next((s for s in there.sources if s.cited), None)
        if there.kind != "passage" or best is None or (best.score or 0) < (cited.score or 0) * TALKS_TIME_SHARE:
            return answer
        return there

    def _share_of_talked_whole(
        self, answer: Answer, query: Query, conversation: Conversation, turns: list[Turn]
    ) -> Answer:
        """服务业大概占了几成 after 其中服务业收入有多少 after 技工贸总收入: a share naming no whole, when the report
        states none, is the part just given over the whole it was asked as a part of (其中…) the turn before."""
        named = [p for p in query.parts if p.metric]
        if answer.kind == "number" or query.operation != "ratio" or len(named) != 1 or len(turns) < 2:
            return answer
        part, whole = self._answered_fact(turns[-1][1]), self._answered_fact(turns[-2][1])
        if part is None or whole is None or part.year != whole.year or part.aspect != whole.aspect:
            return answer
        # asked as a part (其中…), or given as one (获专利授权725件,其中发明专利90件: 发明专利呢)
        if not (self.read(turns[-1][0]).lean.part_of or (part.context and part.context in whole.metric)):
            return answer
        value = convert(part.value, part.unit, whole.unit)
        if value is None or not 0 < value < whole.value:
            return answer  # not a part of it
        understood = f"{fact_label(part)}占{fact_label(whole)}的比重是多少？"  # the whole named, as it was found
        return share_of(replace(query, text=understood), part, whole) or answer

    def _share_of_figure_given(self, answer: Answer, query: Query, parsed: Query, turns: list[Turn]) -> Answer:
        """这笔钱相当于去年固定资产投资的几成 / 19亿在服务业总收入里占多大比例 after a figure given: that figure over
        the whole named, at the whole's time said or the figure's own; a figure said must be the one given."""
        parts = query.parts
        if answer.kind == "number" or query.operation != "ratio" or len(parts) != 2 or not turns:
            return answer
        figure_only = self.parser.operands.figure_only
        if (parts[0].metric and not figure_only(parts[0].metric)) or figure_only(parts[1].metric):
            return answer  # (19亿在服务业总收入里占多大比例: the figure said is the part)
        part = self._answered_fact(turns[-1][1])
        if part is None or part.aspect != "value":
            return answer
        said = [s for s in parsed.stated if s.unit != "%"]
        if len(said) > 1:
            return answer  # 按1100和850算: the figures said are worked with themselves
        if said and convert(said[0].value, said[0].unit or part.unit, part.unit) != part.value:
            return answer  # 20亿占…: not the figure just given
        years = parts[1].years or ((part.year,) if part.year else ())
        time = replace(query.time, years=years)
        asked = _asked_alone(query, parts[1].metric, time=time, kind=parts[1].kind or part.kind, unit=None, own=())
        whole = self._answered_fact(self.answer_query(asked).text)
        if whole is None or whole is part:
            return answer
        return share_of(query, part, whole) or answer

    def _share_in_figure_said(self, answer: Answer, query: Query, parsed: Query, turns: list[Turn]) -> Answer:
        """10亿以上的在这75家里占百分之几: a whole said by a figure the talk just gave (亿元以上企业75家) is that
        figure; the part named is looked up at its time."""
        parts = query.parts
        if answer.kind == "number" or query.operation != "ratio" or len(parts) != 2 or not turns:
            return answer
        if not parts[0].metric or not self.parser.operands.figure_only(parts[1].metric):
            return answer
        said = [s for s in parsed.stated if not s.threshold and s.unit != "%"]
        given = [f for f in self._quoted_facts(turns) if said and f.value == said[-1].value and f.unit == said[-1].unit]
        if len(given) != 1:
            return answer
        whole = given[0]
        named = parts[0].metric
        time = replace(query.time, years=(whole.year,) if whole.year else ())
        alone = _asked_alone(query, named, words=named, time=time, unit=whole.unit, own=tuple(named.split()), claims=())
        part = self._answered_fact(self.answer_query(alone).text)
        if part is None or part is whole:
            return answer
        return share_of(query, part, whole) or answer

    def _between_classes(self, query: Query) -> Answer | None:
        """那亿元企业里不到10亿的有多少家 / 10亿到50亿之间的有几家 / 10亿元以上但不到50亿元的, a size class the report
        does not state, worked out from the classes it does (…达75家,其中10亿元以上7家、50亿元以上3家): classes of 以上
        nest, so the whole less the class of the amount (75 − 7), or the lower class less the upper (7 − 3)."""
        figures = said_amounts(query.text)
        between = self.parser.lexicon.regex("asking", "qualifier", "between_pattern").search(query.text)
        below = [f for f in figures if self._said_below(query.text, f)]
        above = [f for f in figures if f.qualifier == "以上"]
        if between and len(figures) == 2:
            low, high = figures
        elif below and (above or query.filter.below):
            low, high = (above[0] if above else None), below[0]
        else:
            return None
        if low is not None:  # the lower class less the upper one, of one sentence
            said = between.group() if between else f"{low.text}但不到{high.text}"
            for lower in self._size_classes(low, query):
                upper = self._size_classes(high, query, lower)
                if upper:
                    return _class_left(lower, upper[0], query, said)
            return None
        named = f"{query.text} {query.metric}"
        for part in self._size_classes(high, query):
            beside = self.index.facts.in_sentence(part)
            whole = next((f for f in beside if f.metric == part.context and f.unit == part.unit), None)
            # 亿元企业 for 亿元以上企业: the whole's name without its own size class
            if (
                whole is not None
                and share_held(without_thresholds(whole.metric) or whole.metric, named) >= _WHOLE_NAMED
            ):
                return _class_left(whole, part, query, f"不到{high.text}")
        return None

    def _rest_of_part(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """那非发明专利有多少件 after 其中发明专利呢 (获专利授权725件,其中发明专利90件): the whole the part just
        given was of, less that part."""
        if not parsed.remainder or len(parsed.parts) != 2 or parsed.parts[0].metric or not turns:
            return None
        part = self._answered_fact(turns[-1][1])
        named = parsed.parts[1].metric.replace(" ", "")
        if part is None or not part.context or not named or named not in part.metric:
            return None
        whole = whole_of(part, self.index.facts)
        if whole is None or whole.unit != part.unit or whole.value < part.value:
            return None
        return _class_left(whole, part, parsed, f"非{part.metric}")

    def _said_below(self, text: str, figure: Figure) -> bool:
        """Whether an amount is said as a bound below (不到50亿元, 50亿元以下)."""
        words = self.parser.lexicon.words("asking", "qualifier", "below")
        return any(text[: figure.span[0]].endswith(w) or text[figure.span[1] :].startswith(w) for w in words)

    def _size_classes(self, amount: Figure, query: Query, beside: Fact | None = None) -> list[Fact]:
        """The figures of the size class of an amount said (10亿 → 10亿元以上7家), part of a whole their sentence
        names, at the time asked; with ``beside``, only those of its sentence and unit. The lowest class may be the
        whole itself (亿元以上企业达75家, of 1亿到10亿之间)."""
        value = to_base(amount.value, amount.unit)[0]
        return [
            f
            for f in self.index.facts
            if (f.context or beside is None)
            and asked_threshold(f.metric)[0] == value
            and (not query.years or f.year in query.years)
            and (beside is None or (f.sentence_span == beside.sentence_span and f.unit == beside.unit))
        ]

    def _said_then(self, query: Query, parsed: Query, conversation: Conversation) -> Answer | None:
        """今年呢？ after 燃煤锅炉关了几台, when the plan gives no figure of it (年内全部关停区内燃煤锅炉): what the
        report says of the same thing at the time asked, when a sentence of that time speaks of it enough."""
        previous = conversation.previous
        if previous is None or parsed.own or "time" not in parsed.given or parsed.given - {"time", "kind"}:
            return None
        year = self.report_year
        if not year or not set(query.time.years) <= {year, year - 1}:
            return None  # 前年呢？, 2027年呢？: no year the report reviews or plans as a year of its own
        said = replace(query, wants="passage", section=None, words=asked_at(previous, query.time, self.parser))
        passage = answer_passage(said, self.context, FIGURE_FALLBACK)
        return passage if passage.kind == "passage" else None

    def _qualifier_offered(
        self, answer: Answer, parsed: Query, conversation: Conversation, turns: list[Turn]
    ) -> Answer | None:
        """那今年确保的数是多少 some turns after an ask-back offered 确保20、力争25万平方米: a plan's qualifier named
        with no metric, which the figure found does not carry, is the option of the latest ask-back carrying it."""
        plan = self.parser.lexicon.words("facts", "clause", "plan_qualifiers")
        asked = [q for q in parsed.qualifiers if q in plan]
        found = self._answered_fact(answer.text) if answer.kind == "number" else None
        if not asked or "metric" in parsed.given or found is None or any(q in (found.qualifier or "") for q in asked):
            return None
        earlier = [k for k, (_q, text) in enumerate(turns) if text.startswith(_ASK_BACK)]
        if not earlier or len(conversation.queries) != len(turns):
            return None
        offer = conversation.queries[earlier[-1]]
        carrying = [
            m.fact
            for m in self._offered(offer)
            if any(q in (m.fact.qualifier or "") for q in asked) and (not parsed.years or m.fact.year in parsed.years)
        ]
        return _picked(carrying[0], offer) if len(carrying) == 1 else None

    def _combined_again(self, question: str, parsed: Query, turns: list[Turn]) -> Answer | None:
        """一共多少 asked again right after the figures given were added up: the same sum, never with the sums
        already answered added in again."""
        if parsed.operation not in ("sum", "difference") or parsed.given != {"operation"}:
            return None
        before = len(turns)
        while before and COMBINED.search(shown(turns[before - 1][1]).body):
            before -= 1
        return self._answer(question, turns[:before]) if before < len(turns) else None

    def _off_pointed(self, answer: Answer, parsed: Query, conversation: Conversation, turns: list[Turn]) -> Answer:
        """这个项目投资多少 after a passage naming 奥克斯智能控制产业园: a figure of the thing pointed at comes from the
        sentences just quoted; one found elsewhere is another thing's, and the report does not say."""
        previous = conversation.previous
        if answer.kind != "number" or previous is None or previous.wants != "passage" or not turns:
            return answer
        pointer = self.parser.lexicon.regex("conversation", "follow_up", "points_back").match(parsed.words)
        if pointer is None or "time" in parsed.given:
            return answer
        earlier = shown(turns[-1][1])
        cited = [s.text for s in answer.sources if s.cited] or [s.text for s in answer.sources[:1]]
        named = [w for w in previous.own if len(w) >= 2]  # the thing the earlier question named (奥克斯)
        if any(
            text in turns[-1][1] or earlier.body in text or (named and all(w in text for w in named)) for text in cited
        ):
            return answer
        # 那个海洋产业基金总规模多大 after a passage on 并购: a thing the earlier answer never named, which the
        # figure's sentence names, is pointed at as one the user knows of, not as the thing just quoted
        written = [w for w in parsed.own if len(w) >= 2 and self.weights.writes(w)]
        things = [w for w in written if w not in turns[-1][1] and not self.parser.measure.fullmatch(w)]
        if things and any(all(w in text for w in written) for text in cited):
            return answer
        asked = parsed.metric.replace(pointer.group(), "", 1).strip() or parsed.words
        if named:  # the thing named with the figure asked (宁波国际智慧物流产业园 投资), where the report gives it
            found = self.answer_query(replace(parsed, metric=" ".join((*named, asked)), own=(*named, asked)))
            sentences = [s.text for s in found.sources if s.cited]
            if found.kind == "number" and any(all(w in text for w in named) for text in sentences):
                return found
        return Answer(f"报告没有给出刚才说到的这一项的“{asked}”数据。", "none", question=parsed.text)

    def _rate_change(
        self, answer: Answer, query: Query, parsed: Query, conversation: Conversation, turns: list[Turn]
    ) -> Answer:
        """增速下降了几个百分点 answered by a rate (15.4%), not a change in points: the difference of the rates
        just given, when the conversation gave two; else the answer as it was."""
        said = self.parser.lexicon.regex("asking", "figure", "rate_change_words").search(parsed.text)
        if parsed.unit != "个百分点" or answer.unit != "%" or query.operation != "lookup" or not said:
            return answer  # 计划增长几个百分点: the rate itself
        asked = replace(parsed, operation="difference")
        changed = combine_turns(
            replace(query, operation="difference"), asked, conversation.queries, self._as_given(conversation, turns)
        )
        return changed or answer

    def _points_apart(self, parsed: Query, conversation: Conversation) -> Answer | None:
        """提高了几个百分点 after two shares or rates given in the last turns (57.6 %, then 61.8 %): their difference
        in points, whether the report states them or they were computed."""
        said = self.parser.lexicon.regex("asking", "figure", "rate_change_words").search(parsed.text)
        if (
            parsed.unit != "个百分点"
            or parsed.own
            or parsed.time.compared
            or not (said or parsed.operation == "difference")
        ):
            return None
        rates = [a for q in conversation.queries[-_RATES_BACK:] if (a := self.answer_query(q)).unit == "%"]
        return combine("difference", rates[-2:], parsed.text) if len(rates) >= 2 else None

    def _item_listed(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """第一个是什么 after an answer listing items no heading holds (报告列出了3个方面：1. …): that item, with
        the sentence the list was quoted from; 都列出来 / 分别是: all of them again. The list is asked again (the
        chat's text of it is flattened)."""
        position = parsed.position
        if not turns or not (self._lists_again(parsed) or (position and position.ask == "item" and not position.named)):
            return None
        k = position.path[0].index if position and position.ask == "item" and len(position.path) == 1 else None
        # the latest list given (最后一个呢 after 第一个是什么 picks from the same list), if it was a sentence's list
        at = next((i for i in range(len(turns) - 1, max(-1, len(turns) - 4), -1) if shows_list(turns[i][1])), None)
        if (k is None and position is not None) or at is None or LISTED_IN_TEXT not in turns[at][1][:_LISTED_NEAR]:
            return None
        listed = self._answer(turns[at][0], turns[:at])
        items = listed.options
        if not items or not listed.sources:
            return None
        if k is None:  # 列一下 / 分别是 after 报告列出了4项: the items, in order
            text = f"{numbered(items)}\n\n原文：{listed.sources[0].text}\n出处：{listed.sources[0].section}"
            return Answer(text, "list", sources=listed.sources[:1], question=parsed.text, options=items)
        if not 0 < abs(k) <= len(items):
            return None
        at_k = k - 1 if k > 0 else k
        # each item its own source (the figures an opening lists), else the one sentence listing them all
        item, source = items[at_k], listed.sources[at_k] if len(listed.sources) == len(items) else listed.sources[0]
        text = f"{item}\n\n原文：{source.text}\n出处：{source.section}"
        return Answer(text, "passage", sources=[source], question=parsed.text)

    def _lists_again(self, parsed: Query) -> bool:
        """分别是？/ 列一下 / 都列出来: the items of the list just counted, naming nothing else."""
        structure = self.parser.structure
        listing = self.parser.list_asked.search(parsed.text) or structure.listing.search(parsed.text)
        again = self.parser.lexicon.regex("structure", "listed_again_asks").search(parsed.text)
        return parsed.position is None and not parsed.own and bool(listing or again)

    def _before_added(self, answer: Answer, parsed: Query) -> Answer | None:
        """那之前累计有多少家 answered by a running total (新认定14家，累计达76家): the total before the year's
        addition, the figure the same sentence writes just before it in its unit (76 − 14 = 62家)."""
        if not self.parser.lexicon.regex("asking", "figure", "before_words").search(parsed.text):
            return None
        return self._less_addition(answer, parsed)

    def _year_end_before(self, query: Query, parsed: Query) -> Answer | None:
        """那2010年底累计应该是多少家 of a report that begins in 2011: the standing count before 2011's addition
        (累计达76家, 新认定14家: 62), when the report gives both in one sentence."""
        end = self.parser.lexicon.regex("time", "ends", "year_end_pattern").search(parsed.text)
        years = self.index.years
        if end is None or int(end.group(1)) in years or int(end.group(1)) + 1 not in years:
            return None
        time = replace(query.time, years=(int(end.group(1)) + 1,))
        later = replace(query, time=time, kind="result", filter=replace(query.filter, count="total"))
        return self._less_addition(self.answer_query(later), parsed)

    def _less_addition(self, answer: Answer, parsed: Query) -> Answer | None:
        """The running total ``answer`` gave, less the year's addition its sentence writes before it."""
        lex = self.parser.lexicon
        if answer.kind != "number":
            return None
        total = self._answered_fact(answer.text)
        if total is None or total.aspect != "value" or total.sentence_span is None:
            return None
        start = total.span[0] - total.sentence_span[0]
        said = total.sentence[max(0, start - 6) : start]
        running = lex.regex("asking", "figure", "running_total").search(said)
        if not running and not said.endswith(lex.words("asking", "figure", "standing_verbs")):
            return None
        # the year's addition: a figure before the total in its unit, of the metric the total counts
        # (新认定…14家 for 累计（新认定高新技术企业）; 新增产值亿元企业15家 for 亿元以上企业达75家), not a part
        # of it (其中国家级3家)
        added = [
            f
            for f in self.index.facts
            if f.sentence_span == total.sentence_span
            and f.unit == total.unit
            and f.aspect == "value"
            and f.span[0] < total.span[0]
            and self._adds_to(f, total, bool(running))
            and not f.context  # a part of another figure (其中国家级3家) is no year's addition
        ]
        if not added:
            return None
        step = max(added, key=lambda f: f.span[0])
        shown = f"{fmt(total.value - step.value)}{total.unit}"
        before = f"{total.year}年之前" if total.year else "此前"
        text = (
            f"{before}累计：{shown}（{fact_label(total)}{figure_text(total)}，减去当年{fact_name(step)}"
            f"{figure_text(step)}）。\n计算：{fmt(total.value)} − {fmt(step.value)} = {shown}\n\n"
            f"原文：{total.sentence}\n出处：{total.section}"
        )
        value = round(total.value - step.value, 10)
        return Answer(text, "number", value, total.unit, [source_of(total)], parsed.text)

    def _before_talked_addition(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """那认定之前原来有多少家 after 新认定高新技术企业14家 (…累计达76家): the running total its sentence writes
        next, less the addition just given; None unless the question names nothing new and asks what stood before."""
        lex = self.parser.lexicon
        if parsed.own or not turns or not lex.regex("asking", "figure", "before_words").search(parsed.text):
            return None
        added = self._answered_fact(turns[-1][1])
        if added is None or added.sentence_span is None:
            return None
        later = [f for f in self.index.facts.in_sentence(added) if f.unit == added.unit and f.span[0] > added.span[1]]
        total = min(later, key=lambda f: f.span[0], default=None)
        return self._before_added(lookup_answer(total, parsed), parsed) if total is not None else None

    def _adds_to(self, fact: Fact, total: Fact, running: bool) -> bool:
        """Whether ``fact`` is the year's addition to ``total``: the total names it (累计（新认定高新技术企业）), or
        it is named as an addition and the two name the same thing (新增产值亿元企业 / 亿元以上企业达75家)."""
        if fact.metric in fact_name(total) or fact.metric == total.context:
            return True
        additions = self.parser.lexicon.regex("conversation", "filter", "additions")
        if running or not additions.match(fact.metric):
            return False
        return len(char_pairs(fact.metric) & char_pairs(total.metric)) >= _SHARED_PAIRS

    def _counterpart(self, query: Query, parsed: Query, turns: list[Turn]) -> Answer | None:
        """今年的申报目标呢 after 申报各类科技计划项目328项, when the report words the new year's figure apart
        (申报科技计划300项以上): the one figure of the time and kind asked, in the same unit and aspect, whose name
        the earlier figure's name holds, said to be that year's counterpart."""
        moved = parsed.given & {"time", "kind"}
        if not turns or not moved or query.operation != "lookup" or not query.time.years:
            return None
        # the latest figure given (今年上市的目标呢 after a question the report had no figure for)
        earlier = next(filter(None, (self._answered_fact(a) for _q, a in reversed(turns[-3:]))), None)
        if earlier is None:
            return None
        name = earlier.metric  # what it measures itself: 发明专利 (of 获专利授权) has no counterpart in 授权专利
        if any(w not in name for w in parsed.own) or not any(w in name or name in w for w in query.own):
            return None  # the question (or the conversation's topic) names what the earlier figure does not measure
        if whole_of_part_asked(parsed, earlier, self.context):
            return None  # 里面外资有多少 after 引进内外资: a part of what the earlier figure measures
        held = [
            (alike(without_soft(f.metric, self.parser.soft), name), f)
            for f in self.index.facts
            if f.year in query.time.years
            and f.aspect == query.fact_aspect
            and (f.unit == earlier.unit or earlier.aspect != f.aspect)  # 那去年完成了多少 after a growth
            and (query.kind is None or f.kind == query.kind)
            and f is not earlier
            and all(w in f.metric for w in parsed.own)  # 今年征收目标呢: not 争取报批土地
        ]
        ranked = sorted(held, key=lambda p: -p[0])
        if not ranked or ranked[0][0] < TOPIC_HELD or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < TOPIC_MARGIN):
            return None
        fact = ranked[0][1]
        answer = lookup_answer(fact, query)
        if fact.metric == name:
            return answer
        said = f"报告中{fact.year}年与“{name}”对应的是“{fact_name(fact)}”：\n"
        return replace(answer, text=said + answer.text)

    def _whole_instead(self, query: Query, parsed: Query, turns: list[Turn]) -> Answer | None:
        """今年目标是多少 after 发明专利 (of 获专利授权) and its share, when the report plans nothing for the part: the
        figure of the whole the part was given in (授权专利突破1000件), said to be the whole's."""
        if parsed.own or not parsed.given & {"time", "kind"} or not turns:
            return None
        if query.operation == "ratio" and parsed.operation == "lookup":  # 今年目标 after 占比: the figure, not a share
            query = replace(query, operation="lookup", aspect="value", parts=(), whole=None)
        if query.operation != "lookup":
            return None
        part = next(filter(None, (self._answered_fact(a) for _q, a in reversed(turns[-3:]))), None)
        if part is None or not given_under(part, self.context):
            return None
        answer = self.answer_query(replace(query, metric=part.context, filter=MetricFilter(), own=(part.context,)))
        if answer.kind != "number":
            return None
        said = f"{_INSTEAD}“{part.metric}”的这一数据，下面是它所属的“{part.context}”的：\n"
        return replace(answer, text=said + answer.text, question=parsed.text)

    def _quoted_no_figure(self, earlier: str) -> bool:
        """Whether an earlier answer quoted the report (出处) without giving one figure of it or computing with
        figures (a passage)."""
        return "出处：" in earlier and _COMPUTED not in earlier and self._answered_fact(earlier) is None

    def _per_thing(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """平均一套住几个人 (`per_thing`): the earlier answers' figures are read only when an average is asked."""
        if asks_per(parsed.text, self.parser.lexicon) is None:
            return None
        answered = [f for f in (self._answered_fact(a) for _q, a in turns[-3:]) if f is not None]
        found = per_thing(parsed.text, (answered, self._quoted_facts(turns)), self.parser.lexicon)
        if found is not None or turns:
            return _in_unit_asked(found, parsed)
        # 重点项目平均每个完成投资多少 asked first: the amount the question names over the count its sentence gives
        intent = parsed.request()
        per = asks_per(intent.metric_text, self.parser.lexicon)
        words = intent.metric_text.replace(per.group(), " ") if per else intent.metric_text
        matches = self.context.resolve(words, intent)
        beside = list(self.index.facts.in_sentence(matches[0].fact)) if matches else []
        return _in_unit_asked(per_thing(parsed.text, (beside,), self.parser.lexicon), parsed) if beside else None

    def _extreme_of_given(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """这四个里增速目标最高的是多少 after four figures given in turn: the top of those figures, not of a set the
        report lists; 这三个增速里最高的比最低的高几个百分点: the top less the bottom. None unless the question
        points at the figures given (这四个, 这几个, 它们) and asks the highest or lowest."""
        lex = self.parser.lexicon
        high = [w for w in lex.words("asking", "extreme", "high") if w in parsed.text]
        low = [w for w in lex.words("asking", "extreme", "low") if w in parsed.text]
        span = bool(high) and bool(low) and parsed.operation == "difference"
        given = self._given_in_turn(parsed, turns) if bool(high) != bool(low) or span else []
        if len(given) < 2 or len({(f.aspect, f.unit) for f in given}) > 1:
            return None
        top, bottom = max(given, key=lambda f: f.value), min(given, key=lambda f: f.value)
        if span:  # the two figures set apart, as any difference of figures given is worked out
            return combine("difference", [lookup_answer(f, parsed) for f in (top, bottom)], parsed.text)
        lines = "\n".join(f"- {fact_label(f)}：{figure_text(f)}" for f in reversed(given))
        top = top if high else bottom
        if sum(f.value == top.value for f in given) > 1:
            return None  # a tie: no single answer
        text = f"{fact_label(top)}{(high or low)[0]}，为{figure_text(top)}。\n刚才说到的{len(given)}项：\n{lines}"
        return Answer(text, "number", top.value, top.unit, [source_of(f) for f in given], parsed.text)

    def _given_in_turn(self, parsed: Query, turns: list[Turn]) -> list[Fact]:
        """The figures given one after another that the question points at (这四个, 这几个, 它们), latest first;
        as many as it counts, when it counts them."""
        pointer = self.parser.counting.search(parsed.text)
        if pointer is None or not pointer.group().startswith(("这", "那", "它")):
            return []
        said = re.search(r"[两二三四五六七八九十]", pointer.group())
        count = int(to_number(said.group()) or 0) if said else 0
        given: list[Fact] = []
        for _question, answer in reversed(turns):
            fact = self._answered_fact(answer)
            if fact is None or (count and len(given) == count):
                break
            given.append(fact)
        return [] if count and len(given) != count else given

    def _each_named(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """这几家企业去年产值各是多少 after an answer naming 恒力液压、均胜汽车电子: a figure of each thing named, which
        the report gives only where a figure's sentence names one of them; else it is refused, not answered by
        some figure of all 企业."""
        lex = self.parser.lexicon
        if (
            not turns
            or not parsed.figure
            or not lex.regex("conversation", "follow_up", "each_named_pattern").search(parsed.text)
        ):
            return None
        about = self.index.tokenizer.content_words(turns[-1][0])  # the run the earlier question asked for
        names = named_run(turns[-1][1].split("\n")[0], lex.words("conversation", "follow_up", "named_joiners"), about)
        # a clause naming one of them with a figure in the unit asked (not 日地太阳能、前程石化等2家企业 for 产值)
        facts = [f for f in self.index.facts if not parsed.unit or same_dimension(f.unit or "", parsed.unit)]
        if len(names) < 2 or any(n in clause_of(f) for f in facts for n in names if n in f.sentence):
            return None
        text = f"报告没有给出{'、'.join(names)}各自的这项数据。"
        return Answer(text, "none", question=parsed.text)

    def _quoted_facts(self, turns: list[Turn], back: int = 3) -> list[Fact]:
        """The figures of the sentences the last few answers quoted, latest answer first."""
        earlier = [text for _q, text in turns[-back:]][::-1]
        return list(dict.fromkeys(f for text in earlier for f in self.index.facts if f.sentence in text))

    def _against_itself(
        self, query: Query, parsed: Query, conversation: Conversation, turns: list[Turn]
    ) -> Answer | None:
        """比去年多多少 after 2012年GDP目标 then 那2011年呢: 去年 is the year just asked, so the figure would be set
        against itself; the two figures just given are compared instead."""
        parts = query.parts
        # 按确保目标算，比去年少多少 names its own figure (a qualifier, a plan)
        named = bool(parsed.given & {"metric", "qualifiers", "aspect", "filter"}) or parsed.kind == "target"
        if not parsed.time.compared or len(parts) != 2 or parts[0].years != parts[1].years or named:
            return None
        bare, whole = replace(parsed, time=TimeAsked(), own=()), replace(query, time=TimeAsked())
        return combine_turns(whole, bare, conversation.queries, self._as_given(conversation, turns))

    def _against_figure_given(self, query: Query, parsed: Query, turns: list[Turn]) -> Answer | None:
        """跟技工贸总收入目标差多少 after a figure given (420 + 680 = 1100亿元): the figure the question names set
        against the one the last answer gave, whether the report states it or it was worked out."""
        named = [p for p in parsed.parts if p.metric]
        if parsed.operation != "difference" or len(named) != 1 or not turns or parsed.time.words:
            return None
        if not self.parser.compared_with.match(parsed.text):
            return None
        last = self._answer(turns[-1][0], turns[:-1])
        if last.kind != "number" or last.value is None:
            return None
        part = named[0]
        kind = part.kind or query.kind
        alone = replace(query, operation="lookup", parts=(), whole=None, metric=part.metric, kind=kind, own=parsed.own)
        other = self.answer_query(alone)
        if other.kind != "number" or not convertible(other.unit or "", last.unit or ""):
            return None
        return combine("difference", [last, other], parsed.text)

    def _share_of_sum_given(self, parsed: Query, conversation: Conversation, turns: list[Turn]) -> Answer | None:
        """风投占了多少比例 after 帮创业企业一共融到多少钱 (5000 + 6000 = 11000万元): a share naming one of the figures
        just summed and no whole of its own is that figure's share of the sum."""
        named = [p for p in parsed.parts if p.metric]
        previous = conversation.previous
        if parsed.operation != "ratio" or len(named) != 1 or previous is None or previous.operation != "sum":
            return None
        summed = self._answer(turns[-1][0], turns[:-1])
        given = [self._labelled(line.lstrip("①②③④⑤⑥⑦⑧⑨⑩- ")) for line in summed.text.splitlines()[1:]]
        facts = [found[0] for found in given if len(found) == 1]  # each line of the sum: ① 2011年…：5000万元
        if summed.kind != "number" or len(facts) < 2:
            return None
        intent = _asked_alone(parsed, named[0].metric).request()
        found = [m.fact for m in self.context.resolve(intent.metric_text, intent) if m.fact in facts]
        if not found:
            return None
        return combine("share", [lookup_answer(found[0], parsed), summed], parsed.text)

    def _summed_in_passage(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """加起来至少多少家 (一共准备引进多少家企业) after a passage quoting 引进10家以上核心伙伴企业…,10家以上大型
        物流及配套企业: the figures it quotes in the unit asked, of the things the question names, added up; None
        unless the earlier answer quoted two or more and gave no figure."""
        adding = self.parser.lexicon.regex("asking", "operation", "adding")
        if parsed.operation != "sum" or not parsed.unit or not turns or not adding.search(parsed.text):
            return None
        earlier = turns[-1][1]
        if not self._quoted_no_figure(earlier):
            return None
        # 一共准备引进多少家企业: the things the question names, each figure's sentence writes (引进10家以上…企业)
        quoted = [
            f
            for f in self._quoted_facts(turns, back=1)
            if f.aspect == "value" and f.unit == parsed.unit and _names_asked(f, parsed.own)
        ]
        if len(quoted) < 2 or len({f.year for f in quoted}) > 1:
            return None
        return combine("sum", [lookup_answer(f, parsed) for f in quoted], parsed.text)

    def _worked_out_change(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """按这两个数自己算，增长多少 / 折算增速 after 2011年60.3亿元 and 2012年目标63亿元: the rate of change worked
        out from the two latest figures the talk gave of two years, not the rate the report states."""
        worked = self.parser.lexicon.regex("asking", "operation", "worked_out_pattern")
        if parsed.aspect != "growth" or not worked.search(parsed.words):
            return None
        given: list[Fact] = []
        for _question, text in reversed(turns):
            fact = self._answered_fact(text)
            if fact is None or fact.aspect != "value" or fact.year is None:
                continue
            if not given or (fact.year != given[0].year and convertible(fact.unit, given[0].unit)):
                given.append(fact)
            if len(given) == 2:
                break
        if len(given) < 2:
            return None
        later, earlier = sorted(given, key=lambda f: f.year or 0, reverse=True)
        operands = [Operand(later, fact_label(later)), Operand(earlier, fact_label(earlier))]
        return worked_change(parsed, operands)

    def _levels_summed(self, parsed: Query) -> Answer | None:
        """国家、省、市三级一共申报了多少名: a sum of parts that each name only a level, in a unit; the figures of
        those levels that one sentence lists in that unit (申报国家人才10名、省人才20名、市人才35名)."""
        if parsed.operation != "sum" or len(parsed.parts) < 2 or parsed.unit is None:
            return None
        levels = [self._level_named(p) for p in parsed.parts]
        if not all(levels) or len(set(levels)) < len(levels):
            return None
        listed: dict[str, list[Fact]] = {}
        for f in self.index.facts:
            at_time = not parsed.years or f.year in parsed.years
            if f.aspect == "value" and at_time and fact_level(f) in levels and convertible(f.unit, parsed.unit):
                listed.setdefault(f.sentence, []).append(f)
        full = [fs for fs in listed.values() if sorted(fact_level(f) or "" for f in fs) == sorted(map(str, levels))]
        if len(full) != 1:
            return None
        return combine("sum", [lookup_answer(f, parsed) for f in full[0]], parsed.text)

    def _level_named(self, part: Part) -> str | None:
        """The level a part names alone (国家 → 国家级, 省里 → 省级), its first word; None for anything else."""
        words = (part.metric or part.modifier).split()
        first = words[0] if words else ""
        # 市级人才: a level word leads the part's words; a root only alone (省, not the 市 of 市场)
        leading = next((level for level in self.parser.level_roots if first.startswith(level)), None)
        return leading or self.parser.level_of_root.get(first)

    def _summed_in_sentence(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """三级加起来 / 四项加起来 after a figure quoted from a sentence that lists as many figures in its unit
        (共申报国家人才10名、省人才20名、市人才35名): their sum."""
        if parsed.operation != "sum" or not parsed.count or parsed.count < 2 or parsed.own or not turns:
            return None
        given = self._answered_fact(turns[-1][1])
        if given is None:
            return None
        same = [
            f
            for f in self.index.facts
            if f.sentence == given.sentence and f.unit == given.unit and f.aspect == "value" and f.year == given.year
        ]
        if len(same) != parsed.count:
            return None
        return combine("sum", [lookup_answer(f, parsed) for f in same], parsed.text)

    def _as_given(self, conversation: Conversation, turns: list[Turn]) -> Callable[[Query], list[Answer]]:
        """The answer an earlier turn's query was given: the figure its answer text names, as shown to the user
        (an ask-back settled by the figure before it), else the query answered again."""
        given = {id(q): text for q, (_question, text) in zip(conversation.queries, turns, strict=True)}

        def answer(query: Query) -> list[Answer]:
            if query.computed:  # a sum or difference given before is no figure to add again
                return [Answer("", "none", question=query.text)]
            text = given.get(id(query), "")
            # 省、市的呢 answered with a figure of each (【省】…：20名。 / 【市】…：35名。): each figure given
            pieces = _PIECE_LINE.findall(text)
            facts = [self._answered_fact(piece) for piece in (pieces if len(pieces) > 1 else [text])]
            if facts and all(f is not None for f in facts):
                return [lookup_answer(f, query) for f in facts if f is not None]
            return [self.answer_query(query)]

        return answer

    def _by_earlier_figure(self, answer: Answer, query: Query, turns: list[Turn]) -> Answer:
        """An ask-back in a conversation that gave a figure before: the option whose metric that figure's label
        holds best (今年计划再引进多少家 after 新引进各类研发及科技服务机构50家: 再引进研发及科技服务机构), when
        one stands out; else, for a metric named anew, the one option of that figure's measure (服务业呢 after
        工业总产值, 亿元); else the ask-back."""
        # a phase, level or size class the question names is the user's own choice among the options
        earlier = self._last_figure(turns) if answer.kind == "clarify" and not query.filter.words else None
        if earlier is None:
            return answer
        options = self._offered(query)
        shares = [share_held(m.fact.metric, fact_name(earlier)) for m in options]
        ranked = sorted(shares, reverse=True)
        if len(ranked) < 2 or ranked[0] < TOPIC_HELD or ranked[0] - ranked[1] < TOPIC_MARGIN:
            # 服务业呢 after 工业总产值 (亿元): of 服务业总收入 and 服务业项目 (家), the figure of the same measure
            alike = [m for m in options if convertible(m.fact.unit, earlier.unit)]
            named_anew = query.lean.follow_up and "metric" in query.given
            return lookup_answer(alike[0].fact, query) if named_anew and len(alike) == 1 else answer
        return lookup_answer(options[shares.index(ranked[0])].fact, query)

    def _running_total(self, answer: Answer, query: Query) -> Answer:
        """总共有多少家 asked back among 新认定14家 and 累计达76家: the one option that is a running total."""
        if answer.kind != "clarify" or query.filter.count != "total":
            return answer
        running = self.parser.lexicon.words("asking", "figure", "running_total")
        # 累计高新技术企业 for 总共有多少家; not 工业经济总量 for GDP总量, whose 总量 is the question's own word
        said = [w for w in running if w not in query.text]
        options = self._offered(query)
        totals = [m for m in options if any(w in m.fact.metric for w in said)]
        if not totals:  # 全区一共多少家 of 新增产值亿元企业15家 and 亿元以上企业达75家: the one that is no addition
            additions = self.parser.lexicon.regex("conversation", "filter", "additions")
            totals = [m for m in options if not additions.search(m.fact.metric)]
        return lookup_answer(totals[0].fact, query) if len(totals) == 1 else answer

    def _last_figure(self, turns: list[Turn]) -> Fact | None:
        """The latest figure the conversation gave (新引进各类人才 of “2011年新引进各类人才：5000多名。”); none when the
        latest figures given were worked out of several (两者差了多少: both were talked about, not one)."""
        for _question, answer in reversed(turns):
            if _COMPUTED in answer:
                return None
            fact = self._answered_fact(answer)
            if fact is not None:
                return fact
        return None

    def _figure_uncomputed(self, answer: Answer, merged: Query, parsed: Query) -> Answer:
        """盘活存量土地呢 after 今年征收目标比去年少多少亩: the computation carried over has no figure of the thing
        at the other time (the passage was all it found); the figure the report gives of it, saying so."""
        if (
            answer.kind not in ("passage", "none")
            or not merged.computed
            or "operation" in parsed.given
            or not parsed.own
        ):
            return answer
        alone = self.answer_query(replace(parsed, wants="figure", figure=True))
        if alone.kind != "number":
            return answer
        said = _OPERATIONS_SAID.get(merged.operation, "结果")
        return replace(alone, text=f"报告没有可与之相比的数字，算不出{said}；报告给出的是：\n{alone.text}")

    def _name_at_time(self, answer: Answer, merged: Query, parsed: Query) -> Answer:
        """意创国际今年呢？ after 几个项目拿到地了: a follow-up naming a thing the report writes (by its own name),
        of which it gives no figure at the time asked, is answered by the sentence naming it there."""
        if answer.kind != "none" or not parsed.lean.follow_up or not parsed.own or merged.wants != "figure":
            return answer
        # 那去年财政支出花了多少 / 前年的固定资产投资呢: a measure, whose figure a sentence naming it lacks
        if parsed.figure or any(w in f.metric for f in self.index.facts for w in parsed.own):
            return answer
        written = self.parser.report_text or ""
        if not all(len(w) >= _NAME_LEAST and w in written for w in parsed.own) or "".join(parsed.own) in merged.topic:
            return answer
        asked = replace(merged, wants="passage", words=" ".join(parsed.own), topic="", section=None, operation="lookup")
        found = answer_passage(asked, self.context)
        cited = next((s for s in found.sources if s.cited), None)
        if found.kind != "passage" or cited is None or not all(w in cited.text for w in parsed.own):
            return answer
        return replace(found, question=parsed.text)

    def _alone(self, answer: Answer, merged: Query, parsed: Query) -> Answer:
        """The question as merged with the conversation found nothing (``answer``): when it names a topic of its
        own (今年计划几家上市 after 上市培育梯队有多少家), the answer to it alone."""
        lean = parsed.lean
        placed = parsed.position is not None and any(step.index is not None for step in parsed.position.path)
        if answer.kind != "none" or merged is parsed or not parsed.own or parsed.wants == "structure" or placed:
            return answer
        if lean.part_of or lean.points_back or lean.operation_start or lean.choice is not None:
            return answer
        alone = self.answer_query(parsed)
        if _drops_topic(alone, merged, parsed):
            return answer
        # a figure named, not any passage; a passage when the question, whole and no fragment (示范区规划批了没, not
        # 人均GDP呢), asks one of its own
        passage = alone.kind == "passage" and parsed.wants == "passage" and not lean.follow_up
        return alone if alone.kind in ("number", "clarify") or passage else answer

    def read(self, question: str, previous: Query | None = None) -> Query:
        """One question parsed once; a bare noun phrase naming a figure of the report is read as asking it."""
        return settle(self.parser.parse(normalize_question(question)), self.context, previous)

    @property
    def context(self) -> Context:
        """What every answerer reads: the index, word weights, the parser and the encoder (built once)."""
        if self._context is None:
            self._context = Context(self.index, self.weights, self.parser, self.encoder, self.min_coverage)
        return self._context

    def answer_query(self, query: Query) -> Answer:
        """The answer to one understood question: the first answerer that answers it (the last always does)."""
        context = self.context
        for answerer in ANSWERERS:
            answer = answerer(query, context)
            if answer is not None:
                return _or_passage(answer, query, context)
        raise AssertionError("the passage answerer always answers")

    def _short_reply(self, parsed: Query) -> str:
        """A reply short enough to name an option of an ask-back (二期, 按保底的算), without its trailing words."""
        return self.parser.trail.sub("", parsed.text) if len(parsed.text) <= _SHORT_REPLY else ""

    def _chosen(self, conversation: Conversation, parsed: Query) -> Answer | None:
        """A reply to an ask-back (第二个, 力争的那个): the option it names, from the earlier question's ties."""
        previous = conversation.previous
        lean = parsed.lean
        # a short reply naming an option (二期, 力争的) chooses it as 力争的那个 does
        chooser = lean.chooser or self._short_reply(parsed)
        if previous is None or not conversation.last_answer.startswith(_ASK_BACK) or not (lean.choice or chooser):
            return None
        if lean.choice is None and parsed.given & {"aspect", "operation"}:
            return None  # 比上年增长？ after 工业总产值的两个数: a new aspect asked of the talk, no option chosen
        tied = self._offered(previous)
        if lean.choice is not None and -len(tied) <= lean.choice <= len(tied) and lean.choice != 0:
            match = tied[lean.choice - 1 if lean.choice > 0 else lean.choice]
            return _picked(match.fact, previous)
        said_as = self.parser.lexicon.table("asking", "qualifier", "said_as")
        words = [q for w in self.index.tokenizer.words(chooser) for q in [w, *_qualifier_of(w, said_as)]]
        # the option's own name first (开工的: 新开工房屋建筑面积, not 竣工（新开工房屋建筑面积）), then its label
        # with its figure, then the sentence it comes from, then its name abbreviated (风投那部分: 风险投资)
        for said, met_by in ((_metric, _in), (_labelled, _in), (_sentence, _in), (_metric, abbreviates)):
            met = [sum(met_by(w, said(m.fact)) for w in words) for m in tied]
            best = max(met, default=0)
            if best and met.count(best) == 1:
                return _picked(tied[met.index(best)].fact, previous)
        return None

    def _counted_in_passage(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """几个项目？ after a passage (总部一期9个项目全面竣工…): the figure of the sentences just quoted that the
        question names, when one does; None when the earlier answer quoted no figure or none fits."""
        if parsed.wants != "figure" or parsed.operation != "lookup" or parsed.time.years or not turns:
            return None
        if self.parser.lexicon.regex("structure", "named_only_pattern").search(parsed.text):
            return None  # 点名的有几项: the things named, not the count the report states
        earlier = turns[-1][1]
        if not self._quoted_no_figure(earlier):
            return None  # a figure answered before: the conversation's merge takes it from there
        quoted = [f for f in self.index.facts if f.sentence in earlier and (parsed.kind in (None, f.kind))]
        quoted = [f for f in quoted if not other_kind_of_unit(parsed, f.unit or "", self.context)]  # 那块地多大: 6个
        in_unit = [f for f in quoted if parsed.unit and f.unit == parsed.unit]
        in_unit = [f for f in in_unit if not of_another_clause(parsed, f)]
        intent = parsed.request()
        if len(in_unit) == 1 and all(w in in_unit[0].sentence for w in parsed.own):
            # 几幢楼？: the one figure quoted in the unit asked, unless one elsewhere fits the words better
            # (多少家大项目 after a passage quoting 引进1-2家…龙头企业)
            return None if self._fits_better_elsewhere(intent, in_unit[0]) else lookup_answer(in_unit[0], parsed)
        if not quoted or not parsed.own:
            return None
        matches = resolve_metric(intent.metric_text, intent, quoted, self.index.tokenizer, self.weights, years=())
        tied = ties(matches)
        if len(tied) != 1 or tied[0].score < MIN_SCORE or of_another_clause(parsed, tied[0].fact):
            return None
        if intent.unit and not same_dimension(tied[0].fact.unit, intent.unit):
            return None  # 收购花了多少钱 after 均胜收购…十大案例: money asked, no money quoted
        if self._fits_better_elsewhere(intent, tied[0].fact, tied[0].score):
            return None  # one figure elsewhere fits the words better: not a question about the passage
        return lookup_answer(tied[0].fact, parsed)

    def _fits_better_elsewhere(self, intent: Intent, fact: Fact, score: float | None = None) -> bool:
        """Whether one other figure of the report fits a question's words better than ``fact`` (by more than a
        tie; ``score``: the fact's own, else as the report-wide match scores it)."""
        found = self.context.resolve(intent.metric_text, intent)
        best = ties(found)
        own = score if score is not None else next((m.score for m in found if m.fact is fact), 0.0)
        return len(best) == 1 and best[0].fact is not fact and best[0].score > own + TIE

    def _list_was_asked(self, turns: list[Turn]) -> bool:
        """Whether the last question asked which ones (哪些企业…), itself or as the follow-up of one that did
        (被评为总部企业的呢 after 哪些企业进了…): the list it leans on is asked still."""
        listing = self.parser.lexicon.regex("asking", "figure", "list_pattern")
        for back in range(1, min(len(turns), _LIST_LOOKBACK) + 1):
            question = turns[-back][0]
            if listing.search(question):
                return True
            if not self.read(question).lean.follow_up:
                return False
        return False

    def _listed_counted(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """一共几个村？ after a passage naming 钱家、澳嘉桥、…、老庙等村: the things it lists, counted; of several runs,
        the one whose clause says most of the earlier question's words."""
        lex = self.parser.lexicon
        counted = parsed.unit in lex.words("asking", "unit", "count_units")
        if not turns or not parsed.figure or not counted or parsed.time.years or parsed.operation not in _COUNTED_OPS:
            return None
        earlier = turns[-1][1]
        said = shown(earlier)
        # 一共几个村 names nothing but the thing counted; 公租房一共多少套 and 新增几条 ask a figure of their own
        # (点名的有几项 asks the ones the list just given named, whatever words it carries from the question before)
        named_only = lex.regex("structure", "named_only_pattern").search(parsed.text)
        own = [w for w in parsed.own if len(w) > 1 and not (named_only and w in turns[-1][0])]
        if not self._quoted_no_figure(earlier) or own or parsed.filter.count == "addition":
            return None
        if not self._list_was_asked(turns):
            return None  # the things counted are those the earlier question asked to be listed (哪些村)
        if sum(f.unit == parsed.unit for f in self.index.facts if f.sentence in earlier) > 1:
            return None  # 加起来至少多少家 after 引进10家以上…、10家以上…: the figures given are summed
        about = self.index.tokenizer.content_words(turns[-1][0])
        joiners = lex.words("conversation", "follow_up", "named_joiners")
        # 一共几个 after 这几个特区指：1. 科技特区 2. …: the items the answer numbered (quoted from the sentence its
        # 原文 gives); else the run its first line lists
        shown_items = _NUMBERED_ITEM.findall(said.body)
        found = (shown_items, len(shown_items), "") if len(shown_items) > 1 else None
        found = found or listed_count(said.body.split("\n")[0], joiners, about)
        if found is None:
            return None
        names, count, counter = found
        unit = counter if counter and counter != "大" else parsed.unit  # 2家公办幼儿园: the text's counter
        # 共10项，具体点名了其中4项: the count the report states (not 点名的有几项: the ones named)
        stated = None if named_only else _STATED_OF_SOME.search(said.body)
        sentence = next((c.text for c in split_sentences(said.body) if names[-1] in c.text), said.body)
        # the sentence the answer quoted as its 原文, not only the clause it led with
        sentence = said.quoted if said.quoted and (len(shown_items) > 1 or names[-1] in said.quoted) else sentence
        named = "、".join(names) + ("等" if count > len(names) or stated else "")
        text = f"刚才引用的原文列出了{count}{unit}：{named}。\n\n原文：{sentence}"
        if stated:
            count, unit = int(stated.group(1)), stated.group(2)
            text = f"报告说共{count}{unit}，刚才引用的原文点名了其中{len(names)}{unit}：{named}。\n\n原文：{sentence}"
        source = Source((said.section or "").strip(), sentence, self._span_of(sentence), cited=True)
        text += f"\n出处：{source.section}" if source.section else ""
        return Answer(text, "number", float(count), unit, [source], parsed.text)

    def _in_passage_given(
        self, conversation: Conversation, merged: Query, parsed: Query, turns: list[Turn]
    ) -> Answer | None:
        """哪个要建成？ after a passage (…开工建设滨江安置房二期…,建成老庙安置房,…): the clauses of the passage just
        quoted that hold every word the question names; None for a question naming a time, a place in the outline
        or a figure, or whose words no clause holds."""
        previous = conversation.previous
        if previous is None or previous.wants not in ("passage", "figure") or parsed.figure or parsed.position:
            return None
        if merged.wants != "passage":
            return None  # GDP。 after 高新区去年增长了多少: a figure asked of the passage's topic
        earlier = turns[-1][1]
        said = shown(earlier)
        section = said.section or ""
        # 最后要打造成什么 after a figure: the clauses of the sentence the figure was quoted from, when the question
        # asks no other kind (还要办什么活动 after a result asks the plan)
        given = self._answered_fact(earlier)
        figure = previous.wants == "figure" and given is not None and parsed.kind in (None, given.kind)
        if not said.section or "time" in parsed.given or (given is not None and not figure):
            return None
        body = said.quoted or said.body  # a clause answered before: the whole sentence it was cut from
        context = self.context
        groups = question_words(context.tokenizer, parsed.words, context.weights, passage=True)
        if not any(len(g[0]) >= 2 for g in groups):
            return None
        found = clauses_meeting(context.weights.expand(groups), body)
        if not found or len(found) > _CLAUSES_AT_MOST:
            return None
        sentences = list(dict.fromkeys(sentence.text for _clause, sentence in found))
        sources = [Source(section.strip(), s, self._span_of(s), cited=True) for s in sentences]
        text = "；".join(clause for clause, _s in found) + f"\n\n原文：{''.join(sentences)}\n出处：{section.strip()}"
        return Answer(text, "passage", sources=sources, question=parsed.text)

    def _beside_figure(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """新三板那边呢？ after 力争2-3家企业上市 (推进新三板试点申报工作,力争2-3家企业上市或挂牌交易): no figure of
        the thing named, but the sentence just quoted says something of it — the clauses that name it."""
        named_only = not parsed.given - {"metric", "filter"}  # no time, kind or aspect of a figure
        if not turns or not parsed.lean.follow_up or parsed.figure or not named_only or not parsed.own:
            return None
        earlier = turns[-1][1]
        said = shown(earlier)
        if not said.quoted or not said.section or self._answered_fact(earlier) is None:
            return None
        # the sentence quoted, else the paragraph around it (总部二期6个已供地项目… after 总部一期楼宇招商…)
        around = next((c.text for c in self.index.chunks if said.quoted in c.text), said.quoted)
        text = next((t for t in (said.quoted, around) if all(word in t for word in parsed.own)), None)
        if text is None:
            return None
        groups = question_words(self.context.tokenizer, parsed.words, self.context.weights, passage=True)
        found = clauses_meeting(groups, text)
        if not found or len(found) > _CLAUSES_AT_MOST:
            return None
        sentence = found[0][1].text
        source = Source(said.section, sentence, self._span_of(sentence), cited=True)
        text = "；".join(clause for clause, _s in found) + f"\n\n原文：{sentence}\n出处：{said.section}"
        return Answer(text, "passage", sources=[source], question=parsed.text)

    def _span_of(self, sentence: str) -> tuple[int, int] | None:
        """Where ``sentence`` lies in the report, by the chunk that holds it."""
        for chunk in self.index.chunks:
            at = chunk.text.find(sentence)
            if at >= 0:
                return (chunk.span[0] + at, chunk.span[0] + at + len(sentence))
        return None

    def _named_in_figure(self, parsed: Query, turns: list[Turn]) -> Answer | None:
        """叫什么名字 / 是哪几家 after a figure, naming nothing else: the sentence the figure was quoted from,
        which names what it counts (新开锦诚明都、皇冠花园2家公办幼儿园)."""
        if not parsed.passage or parsed.figure or not turns or parsed.wants == "about":  # 谁作的报告: the report
            return None
        fact = self._answered_fact(turns[-1][1])
        if fact is None:
            return None
        # 都有哪些重点机构: the members the figure's sentence lists, though the words may name a list of the outline
        members = self._members_of(parsed, fact)
        if parsed.position is not None and not members:
            return None
        # 都是什么类型的: words asking a kind, or pointing back at words of the figure's own sentence, at the
        # figure's own time (not 今年对燃煤锅炉有什么安排 after last year's figure: a question of its own)
        kinds = self.parser.lexicon.words("conversation", "follow_up", "kind_nouns")
        if parsed.own and not (parsed.lean.points_back or all(w in kinds for w in parsed.own) or members):
            return None
        if any(w not in kinds and w not in fact.sentence for w in parsed.own) or parsed.years not in ((), (fact.year,)):
            return None
        text = f"{fact.sentence}\n\n出处：{fact.section}"
        return Answer(text, "passage", None, None, [source_of(fact)], parsed.text)

    def _members_of(self, parsed: Query, fact: Fact) -> bool:
        """都有哪些重点机构 after 新引进…机构50家,包括A、B、C等一批重点机构: the thing asked is what the figure's
        sentence names a run of members of, right after them."""
        named = "".join(parsed.own)
        members = self.parser.lexicon.pattern("structure", "members_listed_pattern")
        listed = re.search(members + rf"[^，,；;。]{{0,4}}{re.escape(named)}", fact.sentence)
        return len(named) > 1 and listed is not None

    def _other_offered(self, conversation: Conversation, parsed: Query, turns: list[Turn]) -> Answer | None:
        """另一个呢 after one option of an ask-back was chosen: the option left, when one is."""
        if not parsed.lean.other or len(turns) < 2 or not turns[-2][1].startswith(_ASK_BACK):
            return None
        chosen = self._answered_fact(turns[-1][1])
        asked = conversation.queries[-2]
        left = [m for m in self._offered(asked) if m.fact != chosen]
        return _picked(left[0].fact, asked) if chosen is not None and len(left) == 1 else None

    def _all_offered(self, conversation: Conversation, parsed: Query, turns: list[Turn]) -> Answer | None:
        """两个加起来 / 一共多少 after an ask-back, or after one of its options chosen (风投那块): the sum of the
        options offered, when they add up."""
        if parsed.operation != "sum" or parsed.own or conversation.previous is None:
            return None
        asked = conversation.previous
        if not conversation.last_answer.startswith(_ASK_BACK):
            if len(turns) < 2 or not turns[-2][1].startswith(_ASK_BACK) or len(conversation.queries) < 2:
                return None
            asked = conversation.queries[-2]
            chosen = self._answered_fact(turns[-1][1])
            if chosen is None or chosen not in [m.fact for m in self._offered(asked)]:
                return None  # the turn after the ask-back was no choice among its options
        offered = self._offered(asked)
        if parsed.count and parsed.count != len(offered):
            return None  # 四项加起来 after three offered: the four a sentence lists, not the options
        return combine("sum", [lookup_answer(m.fact, asked) for m in offered], parsed.text)

    def _offered(self, asked: Query) -> list[Match]:
        """The options an ask-back offered for the question ``asked`` (found again, as the answerers found them)."""
        intent = asked.request()
        return choices(asked, self.context.resolve(intent.metric_text, intent), self.context)

    def retrieve(self, query: Query | str, k: int = 5) -> list[Hit]:
        """The chunks that best match a question, those of the years it names first."""
        return retrieve(self._query(query), self.context, k)

    def find_quotes(self, query: Query | str) -> Found:
        """The best chunks for a question, the answer sentences inside them (none without content words), and
        their relevance (what the refusal threshold cuts)."""
        return find_quotes(self._query(query), self.context)

    def _query(self, query: Query | str) -> Query:
        return self.parser.parse(normalize_question(query)) if isinstance(query, str) else query


_ASK_BACK = "报告中有几项数据都符合您的问题"
_ASK_BACK_LINE = re.compile(f"^{_ASK_BACK}[^\n]*")
_INSTEAD = "报告中没有单列"  # an answer giving the figure of the whole a part asked belongs to


def _of_measure_asked(answer: Answer, parsed: Query) -> Answer:
    """下达资金一共多少亿 answered with a sum of 项目 counts: a figure worked out in another measure than the one the
    question asks in is no answer to it."""
    asked = parsed.unit if "unit" in parsed.given else None
    if answer.kind != "number" or not asked or _COMPUTED not in answer.text or not answer.unit:
        return answer
    rates = current().words("facts", "growth", "units")  # %, 个百分点, 倍: a rate asked or given is no measure
    if same_dimension(answer.unit, asked) or asked in rates or answer.unit in rates:
        return answer
    return Answer(
        f"报告中找不到以{asked}计的这项数据（能算出的是{fmt(answer.value)}{answer.unit}，单位不同）。",
        "none",
        question=parsed.text,
    )


def _in_unit_asked(answer: Answer | None, parsed: Query) -> Answer | None:
    """An average worked out, unless the question asks it in another measure (每套每月租金多少钱: 5名 per 套)."""
    if answer is None or not parsed.unit or same_dimension(answer.unit or "", parsed.unit):
        return answer
    return None


# a figure of one of several things asked (【省】…：20名。), on its own line or run together as the chat shows it
_PIECE_LINE = re.compile(r"【[^】\n]*】([^【\n]*?。)")
_OPERATIONS_SAID = {"difference": "差额", "change": "变化", "ratio": "比值", "sum": "合计"}
_COMPUTED = "\n计算："  # the line of a computed answer giving its formula
_STATED_OF_SOME = re.compile(rf"共(\d+)(\S)，{SOME_NAMED}")
_NAME_LEAST = 3  # characters of a name a follow-up asks of (意创国际), not a word of the genre (项目)
_LISTED_NEAR = 12  # characters: a sentence's list opens its answer (after the figure the chat shows first)
_CLAUSES_AT_MOST = 3  # a follow-up whose words more clauses of the passage hold asks of more than the passage
_RATES_BACK = 3  # turns: 提高了几个百分点 compares the rates given this recently
_SHORT_REPLY = 6  # characters: a reply this short to an ask-back is read as naming an option


def _metric(fact: Fact) -> str:
    return fact.metric


def _labelled(fact: Fact) -> str:
    return f"{fact_label(fact)}{figure_text(fact)}"


def _once_each(given: list[tuple[str, Answer]]) -> list[tuple[str, Answer]]:
    """The pieces' answers without one given twice: the same figure line, or a passage another quotes whole."""
    given = list({_figure_line(a): (piece, a) for piece, a in reversed(given)}.values())[::-1]
    return [
        (piece, a)
        for i, (piece, a) in enumerate(given)
        if not any(j != i and a.kind == "passage" and a.body in b.body for j, (_, b) in enumerate(given))
    ]


def _together(answers: list[tuple[str, Answer]], question: str, cited: int = 1) -> Answer:
    """Several answers given as one the chat shows whole: each piece's answer on its own line (an ask-back's options
    as the figures the report has), then the sentences they come from, each quoted once; ``cited`` sources of
    each."""
    quoted = "".join(dict.fromkeys(a.text[len(a.body) :] for _, a in answers if a.kind != "clarify"))
    shown = [(w, _as_piece(a) if a.kind == "clarify" else a.body) for w, a in answers]
    text = "\n".join(f"【{w}】{body.strip()}" for w, body in shown) + quoted
    sources = list(dict.fromkeys(s for _, a in answers for s in a.sources[:cited]))  # a sentence quoted once
    return Answer(text, "passage", None, None, sources, question)


def _as_piece(answer: Answer) -> str:
    """A piece's answer as one of several: an ask-back's options as the figures the report has for it."""
    if answer.kind != "clarify":
        return answer.text
    return _ASK_BACK_LINE.sub("报告中相关的数据有：", answer.text, count=1)


def _names_asked(fact: Fact, own: tuple[str, ...]) -> bool:
    """Whether a figure is of the things a question names: its sentence writes them all, its own name one of them
    (补充耕地指标和市统筹指标 of 718亩农转用报批…1817亩补充耕地指标…603亩市统筹指标); any figure when none is named."""
    return not own or (all(w in fact.sentence for w in own) and any(w in fact.metric for w in own))


def _figure_line(answer: Answer) -> str:
    """An answer's figure line without a yes/no verdict (是的。/ 不是。): the same figure given twice reads alike."""
    return VERDICT.sub("", answer.body.split("\n")[0])


def _sentence(fact: Fact) -> str:
    return fact.sentence


def _in(word: str, text: str) -> bool:
    return word in text


def _or_passage(answer: Answer, query: Query, context: Context) -> Answer:
    """A figure the report does not state (今年要引进多大规模的龙头企业, 加速器二期什么时候开工, 评选是第几届):
    the passage that speaks of it, when one comes near enough in words and meaning; else the refusal."""
    ordinal = context.parser.lexicon.regex("asking", "figure", "event_ordinal_pattern").search(query.text)
    if answer.kind != "none" or not query.figure or not (query.passage or ordinal) or query.wants == "passage":
        return answer
    passage = answer_passage(replace(query, wants="passage"), context, FIGURE_FALLBACK)
    return passage if passage.kind == "passage" else answer


# an ask-back is settled by the figure given before when that figure's label holds this share of one option's
# metric characters, and that much more than of any other option's
_SHARED_PAIRS = 2  # character pairs an addition and the total it adds to share (亿元, 企业 of the two names)
_WHOLE_NAMED = 0.8  # the share of a whole's name (亿元以上企业) a question about a class below must say (亿元企业)


def _class_left(whole: Fact, part: Fact, query: Query, said: str) -> Answer:
    """The count of a whole (or a class) left when a class inside it is taken out, with the arithmetic shown."""
    value = round(whole.value - part.value, 10)
    year = f"{whole.year}年" if whole.year else ""
    shown, name = f"{fmt(value)}{whole.unit}", whole.context or whole.metric
    text = (
        f"{year}{name}中{said}的：{shown}（{fact_label(whole)}{figure_text(whole)}，其中{part.metric}"
        f"{figure_text(part)}）。\n计算：{fmt(whole.value)} − {fmt(part.value)} = {shown}\n\n"
        f"原文：{whole.sentence}\n出处：{whole.section}"
    )
    return Answer(text, "number", value, whole.unit, [source_of(whole)], query.text)


_COUNTED_OPS = ("lookup", "sum")  # 几个村 / 一共几个村
_LIST_LOOKBACK = 3  # turns a chain of follow-ups may lean back on to the question that asked which ones
_NUMBERED_ITEM = re.compile(r"^\d+\. (.+)$", re.M)  # an item of a list an answer numbered (`numbered`)


def _qualifier_of(word: str, said_as: dict[str, list[str]]) -> list[str]:
    """The report's qualifier a chooser's word names (保底 → 确保), if any."""
    return [qualifier for qualifier, words in said_as.items() if word in words]


def _picked(fact: Fact, previous: Query) -> Answer:
    """The option a reply to an ask-back chose, understood as that option (2011年二期入驻率), not as the question
    that was asked back."""
    return lookup_answer(fact, replace(previous, text=fact_label(fact)))


def _asked_alone(query: Query, metric: str, **slots: Any) -> Query:
    """``query`` asking the value of ``metric`` alone (one side of a share or a difference), other slots as given."""
    return replace(query, operation="lookup", aspect="value", parts=(), whole=None, metric=metric, **slots)


def _needs_earlier_turn(query: Query, parser: QueryParser) -> bool:
    """那2012年呢？/ 增速呢？/ 比去年多多少？ with nothing before it: it cannot be answered alone."""
    if query.lean.part_of:
        return True  # 其中省级的呢？: a part of something asked before
    if query.wants == "about":
        return False  # 这个报告是谁作的: 这个 points at the report, not at an earlier answer
    lean = query.lean
    leaning = lean.follow_up or lean.points_back or lean.operation_start
    return leaning and not query.own


def _drops_topic(alone: Answer, merged: Query, parsed: Query) -> bool:
    """今年准备再认定多少家 after 新认定了几家高新技术企业: a question whose words all belong to the topic talked
    about asks the same measure of that topic; a figure in that measure found by its words alone, whose sentence
    names none of the topic's other words (高新技术企业), is of something else (软件与服务外包企业认定)."""
    dropped = [w for w in merged.own if w not in parsed.own]
    if alone.kind != "number" or not dropped or not set(parsed.own) <= set(merged.own) or alone.unit != merged.unit:
        return False  # (2012年上市目标呢 after 围海集团上市募集资金: a count of listings is no measure of the fund)
    # 大项目要引多少家 after 几个项目要完成土地摘牌: a thing named of its own (大项目), not only a doing (再认定)
    if any(w not in merged.own and not doing_only(w) for w in parsed.metric.split()):
        return False
    said = "".join(source.text for source in alone.sources)
    return not any(word in said for word in dropped)


def _part_year(section: str | None) -> int | None:
    """The year a part of the report names in its heading (一、2011年工作总结 > … → 2011), if any."""
    named = years_named((section or "").split(" > ", 1)[0], plans=False)
    return named[0] if named else None
