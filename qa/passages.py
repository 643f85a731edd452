"""Judging relevance and picking the answer sentences inside the best chunks."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

import numpy as np

from index.chunks import Chunk, Sentence, split_sentences
from index.facts import paragraph_lead
from index.lexicon import current
from index.outline import HEADING_NUMBER
from index.store import ReportIndex
from index.text_index import TextIndex
from index.tokens import ReportTokenizer
from qa.aliases import alias_groups
from qa.synonyms import SYNONYM_CREDIT, Expanded, alternatives, everyday_split
from qa.years import year_expression

# A word counts as met when any of its alternatives occurs in the text.
WordGroup = tuple[str, ...]
_COUNTING = r"[\d.%％]+|{years}|[零一二两三四五六七八九十百千万几多]+[家个项件名位年次条所座]?"


@cache
def _counting_in(years: str) -> re.Pattern[str]:
    return re.compile(_COUNTING.format(years=years))


def _counting() -> re.Pattern[str]:
    """Counts, figures and years: not content words."""
    return _counting_in(year_expression().pattern)


_MAX_SENTENCES = 3
_MAX_CHARS = 400
_MAX_LIST_CHARS = 700  # a list introduced by a colon is quoted to its end up to this length


TOPIC_CREDIT = 0.4  # an earlier question's word in a follow-up weighs this much of the follow-up's own words


class Topic(tuple):
    """A word group of the earlier question a follow-up goes on from: context, weighing less than its own words."""

    __slots__ = ()


def topic_groups(tokenizer: ReportTokenizer, topic: str, own: Sequence[WordGroup], weights: Weights) -> list[WordGroup]:
    """The earlier question's words the report writes and the follow-up does not name, as `Topic` groups."""
    said = {w for g in own for w in g}
    groups = question_words(tokenizer, topic, passage=True)
    return [Topic(g) for g in groups if g[0] not in said and weights.writes(g[0])]


@dataclass(frozen=True)
class Quote:
    """An answer sentence, the chunk it lies in, and how much of the question it covers."""

    sentence: Sentence
    chunk: Chunk
    coverage: float
    meaning: float | None = None  # its cosine to the question, when the index has sentence vectors

    @property
    def score(self) -> float:
        """What picks the answer sentence: coverage, with meaning weighed in at PICK_WEIGHT."""
        return self.coverage if self.meaning is None else self.coverage + PICK_WEIGHT * self.meaning


def question_words(
    tokenizer: ReportTokenizer, question: str, weights: Weights | None = None, passage: bool = False
) -> list[WordGroup]:
    """The content words of a question (no counts or years), abbreviations as their report words; with the
    report's ``weights``, everyday words (新冒出来) the report does not write are words of their own; for a
    ``passage``, without function words."""
    rest, groups = alias_groups(question)
    rest, quoted = _quoted_terms(rest, weights)
    groups = [*quoted, *groups]
    rest, everyday = everyday_split(rest, weights.writes) if weights is not None else (rest, [])
    content = tokenizer.topic_words(rest) if passage else tokenizer.content_words(rest)
    if weights is not None:
        content = _split_absent(_resplit(content, weights), weights)
    words = [(w,) for w in _unrestated(content, bool(groups or everyday)) if not _counting().fullmatch(w)]
    return list(dict.fromkeys(words + [(w,) for w in everyday] + groups))


_QUOTED = re.compile(r"[“\"「]([^”\"」]{2,16})[”\"」]")  # a term the question writes in quotes (“一老一小”)


def _quoted_terms(question: str, weights: Weights | None) -> tuple[str, list[WordGroup]]:
    """A term the question quotes (“一老一小”) that the report writes, as one word, not cut into pieces (一老 | 一小);
    the question without it."""
    if weights is None:
        return question, []
    terms = [t for t in _QUOTED.findall(question) if weights.writes(t)]
    for term in terms:
        question = question.replace(term, " ")
    return question, [(t,) for t in terms]


def _unrestated(words: list[str], named: bool) -> list[str]:
    """The words without an everyday word said beside the report's word for it (外贸进出口: 外贸 adds nothing to
    进出口, and no figure of 进出口 writes it), and without a word of size said with the thing (GDP总量:
    总量 asks the thing's figure, and weighs more than GDP where the report writes it seldom); ``named``: the thing
    is named by an abbreviation or an everyday word."""
    lex = current()
    everyday: Mapping[str, list[str]] = lex.table("aliases", "everyday")
    size = frozenset(lex.words("asking", "soft", "size_words"))
    said = set(words)
    kept = [w for w in words if not any(alt in said and alt != w for alt in everyday.get(w, ()))]
    return [w for w in kept if w not in size] if named or any(w not in size for w in kept) else kept


def _resplit(words: list[str], weights: Weights) -> list[str]:
    """Two neighbours cut where the report would not cut them (打 | 造成 for 打造成, the report writing 打造): the
    first character of a word the report never writes joins the word before when the report writes the join."""
    out = list(words)
    for i in range(1, len(out)):
        before, word = out[i - 1], out[i]
        rest = word[1:]  # what is left must be a character alone or a word the report writes (装机容量: 机容量 is not)
        if (len(rest) > 1 and weights.absent(rest)) or word[:1].isascii():
            continue  # 5g of 建5G基站: letters and digits are no Chinese word to cut
        if len(word) >= 2 and weights.absent(word) and weights.writes(before + word[0]):
            out[i - 1], out[i] = before + word[0], word[1:]
    return [w for w in out if len(w) >= 2 or w in words]


def _split_absent(words: list[str], weights: Weights) -> list[str]:
    """A compound the report never writes, cut where both pieces are the report's (街道办 → 街道 | 办, the report
    writing 新明街道分别举办)."""
    out: list[str] = []
    size = frozenset(current().words("asking", "soft", "size_words"))
    narrowing = current().regex("tokens", "stop", "narrowing_chars")
    for word in words:
        if len(word) >= 3 and weights.absent(word) and narrowing.match(word) and weights.writes(word[1:]):
            out.append(word[1:])  # 新举措: 举措, the report writing no 新举措
            continue
        cuts = [(word[:i], word[i:]) for i in range(2, len(word))] if len(word) >= 3 and weights.absent(word) else []
        # (装机容量 → 装机 | 容量: a word of size after the report's word is cut off too, and dropped as said with it)
        cut = next(((a, b) for a, b in cuts if weights.writes(a) and (weights.writes(b) or b in size)), None)
        out.extend(cut if cut is not None else (word,))
    return out


class Weights:
    """Inverse document frequency of words over a report's chunks: rare words weigh more.

    A word's document frequency counts the chunks holding it as a substring; a character-pair index finds
    them without reading every chunk, so a word costs about the same on one report as on a corpus of many.
    """

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self._texts = [c.text for c in chunks]
        self._cache: dict[str, float] = {}
        self._index: TextIndex | None = None

    def prepare(self) -> Weights:
        """Build the character-pair index now rather than on the first question."""
        if self._index is None:
            self._index = TextIndex(self._texts)
        return self

    def idf(self, word: str) -> float:
        if word not in self._cache:
            df = self.chunks_writing(word) if word else len(self._texts)
            self._cache[word] = math.log((len(self._texts) + 1) / (df + 0.5))
        return self._cache[word]

    def chunks_writing(self, word: str) -> int:
        """How many chunks write ``word``."""
        return self.prepare()._index.count(word)  # type: ignore[union-attr]

    def absent(self, word: str) -> bool:
        """Whether the report never writes ``word``."""
        return self.idf(word) >= self._absent

    def writes(self, word: str) -> bool:
        return not self.absent(word)

    def names(self, phrase: str) -> bool:
        """Whether the report writes ``phrase`` as a name, not only after a count (五大举措 counts 举措)."""
        if self.absent(phrase):
            return False
        pattern = re.compile(rf"(?<![几两二三四五六七八九十百\d]){re.escape(phrase)}")
        return any(pattern.search(text) for text in self._texts)

    def expand(self, groups: Sequence[WordGroup]) -> list[WordGroup]:
        """Each word the report never writes, and each single character, with the everyday words' and synonyms'
        alternatives the report writes (新来 → 新来, 新引进, 引进; 拆 → 拆, 拆迁, 拆除); other groups as they are."""
        out: list[WordGroup] = []
        for group in groups:
            word = group[0]
            # a single character (拆, 修, 路) stands in the report inside other words: its everyday meanings count
            if len(group) == 1 and not isinstance(group, Expanded) and (self.absent(word) or len(word) == 1):
                found = tuple(w for w in alternatives(word) if not self.absent(w))
                group = Expanded((word, *found)) if found else group
            out.append(group)
        return out

    def group(self, group: WordGroup) -> float:
        """The weight of a word, or of the rarest of its alternatives that the report uses (财政收入 → …)."""
        present = [self.idf(w) for w in group if self.idf(w) < self._absent]
        weight = min(present) if len(group) > 1 and present else max(self.idf(w) for w in group)
        return weight * TOPIC_CREDIT if isinstance(group, Topic) else weight

    @property
    def _absent(self) -> float:
        return math.log((len(self._texts) + 1) / 0.5)

    def coverage(self, groups: Sequence[WordGroup], text: str) -> float:
        """Share of the question's word weight that occurs in ``text`` (0 when it has no words); ``groups`` as
        `expand` gives them."""
        total = sum(self.group(g) for g in groups)
        if total <= 0:
            return 0.0
        lowered = text.lower()
        met = sum(self.group(g) * _met(g, lowered) for g in groups)
        return met / total


# A question's relevance to the report is its best sentence's word coverage plus a weight times how far the
# nearest sentence of its best chunks lies above a centre in cosine, so that a question in other words than the
# report's (招商做得好的有奖励吗 / 予以重奖) is still answered and one on a topic the report lacks is not. Cosines
# differ between models, so each model has its own fit; a model without one is judged by coverage alone.
# m3e-small: fitted on the standalone passage and unanswerable questions of eval/calibration.jsonl, blind dialogue
# sets 1-3 and blind paraphrase set 1 (287 questions: balanced accuracy 0.79 → 0.82, accuracy 85.7 → 90.9 %),
# checked on those of blind dialogue set 4, paraphrase set 2 and the public eval set (255: accuracy 85.5 → 89.8 %,
# as many refusals kept).
MEANING_FIT: dict[str, tuple[float, float]] = {"m3e-small": (4.0, 0.75)}  # model: (weight, centre)
# how much a sentence's cosine adds to its coverage when the answer sentence is picked (tuned over 0, 0.5, 1, 2 on
# blind dialogue sets 1, 3, 4 and blind paraphrase sets 1-2: 1 picks best)
PICK_WEIGHT = 1.0


def sentence_cosines(chunks: Sequence[Chunk], vector: np.ndarray, index: ReportIndex) -> dict[int, np.ndarray]:
    """The cosine of each sentence of ``chunks`` to the question's vector, by chunk id; empty when the index has no
    sentence vectors or its model has no fit."""
    if index.manifest.model not in MEANING_FIT:
        return {}
    vectors = {chunk.id: index.sentence_vectors_of(chunk) for chunk in chunks}
    return {i: v @ vector for i, v in vectors.items() if v is not None and len(v)}


def nearest(cosines: Mapping[int, np.ndarray]) -> float | None:
    """The highest of the sentences' cosines; None without any."""
    return max((float(c.max()) for c in cosines.values()), default=None)


def relevance(coverage: float, meaning: float | None, model: str) -> float:
    """Word coverage raised or lowered by meaning (see MEANING_FIT); coverage alone without a meaning."""
    if meaning is None or model not in MEANING_FIT:
        return coverage
    weight, centre = MEANING_FIT[model]
    return coverage + weight * (meaning - centre)


def list_run(quotes: list[Quote], chunks: Sequence[Chunk], question: str) -> list[Quote]:
    """For a question asking which ones, a quote that opens or lists items (……困难和问题：县域经济实力不强…；)
    goes on to the list's full stop: its items in the rest of the chunk and in the next chunks of the section
    are added, up to a length a reader takes in.
    """
    if not current().regex("asking", "figure", "list_pattern").search(question):
        return quotes
    opener = _opener(quotes)
    if opener is None:
        return quotes
    taken = {q.sentence.span for q in quotes}
    added: list[Quote] = []
    size = sum(len(q.sentence.text) for q in quotes)
    for quote in _list_items(opener, chunks):
        if quote.sentence.span in taken:
            continue
        if size + len(quote.sentence.text) > _MAX_LIST_CHARS:
            break
        added.append(quote)
        size += len(quote.sentence.text)
    return sorted([*quotes, *added], key=lambda q: q.sentence.span[0])


def list_item(quotes: list[Quote], chunks: Sequence[Chunk], groups: Sequence[WordGroup]) -> list[Quote]:
    """产业方面存在什么不足: a quote opening a list (……还存在一些不足：A；) that misses words of the question which
    a later item of the same list holds (产业的集群化发展水平还不够高…；): that item is quoted beside it."""
    opener = _opener(quotes)
    if opener is None:
        return quotes
    unmet = [g for g in groups if not _met(g, opener.sentence.text)]
    taken = {q.sentence.span for q in quotes}
    items = [q for q in _list_items(opener, chunks) if q.sentence.span not in taken]
    met = [sum(_met(g, q.sentence.text) for g in unmet) for q in items]
    if not unmet or not any(met):
        return quotes
    best = items[met.index(max(met))]
    return sorted([*quotes, best], key=lambda q: q.sentence.span[0])


def whole_item(quotes: list[Quote], chunks: Sequence[Chunk], groups: Sequence[WordGroup]) -> list[Quote]:
    """资本特区今年要做什么: a question whose every word the heading of the quotes' section says asks the whole of
    that item, so all its sentences are quoted (not the best three), when it has no items below it and is short
    enough to read at once."""
    if not quotes:
        return quotes
    path = quotes[0].chunk.section_path
    words = [g for g in groups if len(g[0]) > 1]
    if not path or not words or not all(_met(g, path[-1]) for g in words):
        return quotes
    if any(c.section_path[: len(path)] == path and len(c.section_path) > len(path) for c in chunks):
        return quotes  # a heading with items below it: its own words are only their lead-in
    seen: dict[tuple[int, int], Quote] = {}
    for chunk in (c for c in chunks if c.section_path == path):
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            if sentence.text.strip():
                seen.setdefault(sentence.span, Quote(sentence, chunk, quotes[0].coverage))
    whole = sorted(seen.values(), key=lambda q: q.sentence.span[0])
    return whole if sum(len(q.sentence.text) for q in whole) <= _WHOLE_ITEM_CHARS else quotes


_WHOLE_ITEM_CHARS = 500  # an item longer than this is quoted by its best sentences, not whole


def _opener(quotes: Sequence[Quote]) -> Quote | None:
    """A quote that opens a list with a colon, or an item of one (…新主体；): the list runs to its full stop."""
    return next((q for q in quotes if re.search(r"[；;]\s*$", q.sentence.text)), None)


def _list_items(opener: Quote, chunks: Sequence[Chunk]) -> Iterator[Quote]:
    """The items of the list after ``opener``, to its last (the sentence not ending in ；), across chunks."""
    for quote in _after(opener, chunks):
        yield quote
        if not quote.sentence.text.rstrip().endswith(("；", ";")):
            return  # the list's last item


def _met(group: WordGroup, text: str) -> float:
    """1 when a word of the group occurs in the text (less for an everyday word's or synonym's); less when a
    compound of the question stands in it with a few characters between its pieces (申报科技计划 in
    申报各类科技计划项目)."""
    if any(w in text for w in group):
        return SYNONYM_CREDIT if isinstance(group, Expanded) else 1.0
    word = group[0]
    if len(word) >= _SPLIT_MIN and _split_near(word, text):
        return SPLIT_CREDIT
    return 0.0


SPLIT_CREDIT = 0.8  # a compound met with a few characters between its pieces counts for this much of a word
_SPLIT_MIN = 4  # characters a compound needs to be met in pieces (two of at least two each)


def _split_near(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` cut in two pieces of two or more characters, one to four Chinese
    characters between them (申报 | 各类 | 科技计划)."""
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if (
            head in text
            and tail in text
            and re.search(f"{re.escape(head)}[\u4e00-\u9fff]{{1,4}}?{re.escape(tail)}", text)
        ):
            return True
    return False


_CLAUSE = re.compile(r"[^，,；;：:。！!？?]+")


def clauses_meeting(groups: Sequence[WordGroup], text: str) -> list[tuple[str, Sentence]]:
    """The clauses of ``text`` (cut at ，；： and sentence ends) holding a word of every group, each with its
    sentence; none when ``groups`` is empty."""
    if not groups:
        return []
    found = []
    for sentence in split_sentences(text):
        for clause in _CLAUSE.findall(sentence.text):
            if all(_met(g, clause) for g in groups):
                found.append((clause.strip(), sentence))
    return found


def headed(chunk: Chunk, text: str | None = None) -> str:
    """A chunk's text (or ``text`` of it) after the two headings above it, which are part of what it says."""
    return "".join(chunk.section_path[-2:]) + (chunk.text if text is None else text)


def pick_quotes(
    chunks: Sequence[Chunk],
    groups: Sequence[WordGroup],
    weights: Weights,
    cosines: Mapping[int, np.ndarray] | None = None,
    listing: bool = False,
    shown: str = "",
    broad: bool = False,
) -> list[Quote]:
    """The best sentence of the best chunks and, beside it, the sentences of its chunk that cover as much;
    ``cosines`` (`sentence_cosines`) add the sentences' nearness in meaning to their coverage; with ``listing``
    (哪几块, 有哪些), a sentence listing members of a thing asked (新能源、新材料…等先进制造业) weighs more.
    Sentences of ``shown`` (the answer just given, when the question asks on past it) are left for others; with
    ``broad`` (有什么安排), a short sentence leading its paragraph weighs as the paragraph it leads."""
    best: list[Quote] = []
    groups = weights.expand(groups)  # once, not for every sentence
    for rank, chunk in enumerate(chunks):
        heading = headed(chunk, "")
        near = cosines.get(chunk.id) if cosines else None
        for i, sentence in enumerate(split_sentences(chunk.text, chunk.span[0])):
            # the headings above a sentence are part of what it says; a slight preference for
            # higher-ranked chunks breaks ties between equal sentences
            score = weights.coverage(groups, heading + sentence.text)
            if broad and score > 0:  # 有什么安排: a lead writing a word of the question (更好关爱“一老一小”。)
                score = max(score, weights.coverage(groups, heading + sentence.text + _led(sentence, chunk)))
            score -= 0.01 * rank
            if listing and _lists_members(sentence.text, groups):
                score += LISTING_CREDIT
            if _joined(sentence.text, groups):
                score += JOINED_CREDIT
            meaning = float(near[i]) if near is not None and i < len(near) else None
            best.append(Quote(sentence, chunk, score, meaning))
    fresh = [q for q in best if not shown or q.sentence.text.strip() not in shown]
    best = fresh or best
    if not best:
        return []
    top = max(best, key=lambda q: q.score)
    same_chunk = [q for q in best if q.chunk.id == top.chunk.id and q.coverage >= 0.6 * top.coverage]
    chosen = sorted(same_chunk, key=lambda q: -q.score)[:_MAX_SENTENCES]
    if top not in chosen:
        chosen = [top, *chosen[: _MAX_SENTENCES - 1]]
    chosen.sort(key=lambda q: q.sentence.span[0])
    kept, size = [], 0
    for quote in chosen:
        if kept and size + len(quote.sentence.text) > _MAX_CHARS and quote is not top:
            continue
        kept.append(quote)
        size += len(quote.sentence.text)
    return kept


LISTING_CREDIT = 0.05  # coverage a sentence listing members of the thing asked adds, for a question asking which
# ones (fitted over 0, 0.05, 0.1, 0.2 on the first turns of the passage and refusal questions of the blind sets: 0.05
# fixes two and breaks none; 0.2 breaks seven)


def _led(sentence: Sentence, chunk: Chunk) -> str:
    """What a short sentence opening a paragraph (更好关爱“一老一小”。) leads: the rest of its paragraph; "" for
    any other sentence."""
    at = sentence.span[0] - chunk.span[0]
    if len(sentence.text) >= _LEAD_CHARS or (at > 0 and chunk.text[at - 1] != "\n"):
        return ""
    if _NUMBERED.match(sentence.text):
        return ""  # 2、新兴产业园建设成效显著。: a numbered heading, found by its own words
    end = sentence.span[1] - chunk.span[0]
    return chunk.text[end:].split("\n", 1)[0]


_NUMBERED = re.compile(HEADING_NUMBER)


JOINED_CREDIT = 0.05  # coverage a sentence writing two neighbouring words of the question as one (创业的企业:
# 新引进创业企业近200家) adds over one writing them apart (企业家…创业者)


def _joined(text: str, groups: Sequence[WordGroup]) -> bool:
    """Whether ``text`` writes two neighbouring words of the question as one word (创业 企业 → 创业企业)."""
    words = [g[0] for g in groups if len(g[0]) > 1 and not isinstance(g, Topic)]  # the question's own words
    return any(a + b in text for a, b in zip(words, words[1:], strict=False))


def _lists_members(text: str, groups: Sequence[WordGroup]) -> bool:
    """Whether ``text`` names a run of members right before a word of the question (A、B、C等先进制造业)."""
    members = current().pattern("structure", "members_listed_pattern")
    words = [w for g in groups for w in g[:1] if len(w) > 1]
    return any(re.search(members + re.escape(w), text) for w in words)


_LEAD_CHARS = 30  # a quote this short only leads in (对外友好交往取得新进展。): what follows it says what was done
_SAID_ON_CHARS = 80


def said_on(quotes: list[Quote], chunks: Sequence[Chunk]) -> list[Quote]:
    """Quotes that only lead in (对外友好交往取得新进展。) or whose next sentence gives what they announce
    (…还存在很多困难和问题。主要是:…) go on with the sentences after them in their section, until they say enough."""
    if not quotes:
        return quotes
    last = max(quotes, key=lambda q: q.sentence.span[0])
    following = _after(last, chunks)  # read only as far as needed
    first = next(following, None)
    size = sum(len(q.sentence.text) for q in quotes)
    leads = current().regex("structure", "goes_on_pattern")
    if first is None or (size >= _LEAD_CHARS and not leads.match(first.sentence.text)):
        return quotes
    out = list(quotes)
    for quote in chain([first], following):
        if size >= _SAID_ON_CHARS or size + len(quote.sentence.text) > _MAX_LIST_CHARS:
            break
        out.append(quote)
        size += len(quote.sentence.text)
    return out


_PARAGRAPH_CHARS = 420  # a paragraph under a lead of its own is quoted on up to this length (a screenful is 600)


def paragraph_on(quotes: list[Quote]) -> list[Quote]:
    """激活消费主引擎。深入实施提振消费专项行动…。提高消费能力。…: quotes at the head of a paragraph that opens with a
    short lead of its own (`paragraph_lead`) go on with the paragraph, whose sentences are what the lead announces,
    the lead first, up to a length a reader takes in."""
    if not quotes:
        return quotes
    top = min(quotes, key=lambda q: q.sentence.span[0])
    sentences = _paragraph_of(top)
    at = next((i for i, s in enumerate(sentences) if s.span[0] <= top.sentence.span[0] < s.span[1]), None)
    if at is None or at > 1 or len(sentences) < 3 or not paragraph_lead(sentences):
        return quotes
    taken = {q.sentence.span[0] for q in quotes}
    out, size = list(quotes), sum(len(q.sentence.text) for q in quotes)
    for sentence in [sentences[0], *sentences[at + 1 :]]:
        if sentence.span[0] in taken:
            continue
        if size + len(sentence.text) > _PARAGRAPH_CHARS:
            break
        out.append(Quote(sentence, top.chunk, top.coverage))
        size += len(sentence.text)
    return sorted(out, key=lambda q: q.sentence.span[0])


def _paragraph_of(quote: Quote) -> list[Sentence]:
    """The sentences of the paragraph (a line of its chunk) a quote lies in."""
    chunk = quote.chunk
    at = quote.sentence.span[0] - chunk.span[0]
    start = chunk.text.rfind("\n", 0, at) + 1
    end = chunk.text.find("\n", at)
    end = len(chunk.text) if end < 0 else end
    return [s for s in split_sentences(chunk.text[start:end], chunk.span[0] + start) if s.text.strip()]


def _after(quote: Quote, chunks: Sequence[Chunk]) -> Iterator[Quote]:
    """The sentences after a quote in its section, across chunks (which overlap by a sentence)."""
    seen: set[tuple[int, int]] = set()
    chunk: Chunk | None = quote.chunk
    while chunk is not None and chunk.section_path == quote.chunk.section_path:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            if sentence.span[0] >= quote.sentence.span[1] and sentence.span not in seen and sentence.text.strip():
                seen.add(sentence.span)
                yield Quote(sentence, chunk, quote.coverage)
        chunk = chunks[chunk.id + 1] if chunk.id + 1 < len(chunks) else None
