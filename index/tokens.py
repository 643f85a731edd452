"""Chinese tokens for BM25: an own jieba.Tokenizer whose dictionary holds the report's indicator names."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path

import jieba

from index.lexicon import load_lexicon

_LEXICON = load_lexicon()  # the genre's words (tokens.toml), read when the module loads
# A figure with its unit, as reports write them (170亿元, 23.5%, 14家, 20万平方米, 三分之一).
_FIGURE = re.compile(_LEXICON.pattern("tokens", "terms", "figure_pattern"))
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")
# Words that open or close the run before a figure but are not part of the indicator's name.
_LEAD = re.compile(_LEXICON.pattern("tokens", "terms", "lead_pattern"))
_TAIL = re.compile(_LEXICON.pattern("tokens", "terms", "tail_pattern"))
_STOP = frozenset(_LEXICON.words("tokens", "stop", "words"))
_PREPOSITIONS = frozenset(_LEXICON.words("tokens", "stop", "prepositions"))
_ASKING = tuple(_LEXICON.words("tokens", "stop", "question_prefixes"))
_BODY = re.compile(_LEXICON.pattern("tokens", "names", "body_pattern"))
_BODY_NAME = re.compile(_LEXICON.pattern("tokens", "names", "body_name_pattern"))
_SHORT_NAME_SUFFIXES: dict[str, int] = _LEXICON.table("tokens", "names", "short_name_suffixes")
_AUTONOMOUS_SHORT = re.compile(_LEXICON.pattern("tokens", "names", "autonomous_short_pattern"))
_GENERIC_TITLE = frozenset(_LEXICON.words("tokens", "names", "generic_title"))
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def collect_terms(texts: Iterable[str], min_len: int = 3, max_len: int = 12) -> list[str]:
    """Indicator names written before figures (全区实现地区生产总值170亿元 → 地区生产总值), most frequent first."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in _FIGURE.finditer(text):
            run = _CJK_RUN.search(text[max(0, m.start() - 24) : m.start()])
            if not run:
                continue
            name = _TAIL.sub("", _LEAD.sub("", run.group()))
            if min_len <= len(name) <= max_len and "以下" not in name:
                counts[name] += 1
    return [term for term, _ in counts.most_common()]


def function_words() -> frozenset[str]:
    """The words jieba's dictionary tags as function words (为了, 些, 最后, 比较: the parts of speech listed in
    tokens.toml): how a question is put, never what it asks about. Read once, when an index is built."""
    tags = frozenset(_LEXICON.words("tokens", "stop", "function_tags"))
    asking = frozenset(_LEXICON.words("tokens", "stop", "passage_asking"))
    return asking | frozenset(entry[0] for entry in _dictionary() if len(entry) == 3 and entry[2] in tags)


def place_words(text: str) -> frozenset[str]:
    """The places ``text`` writes, by their part of speech in jieba's dictionary (济南, 青岛; tokens.toml's
    place_tags, less its not_places). Read once, when an index is built."""
    tags = frozenset(_LEXICON.words("tokens", "stop", "place_tags"))
    generic = frozenset(_LEXICON.words("tokens", "stop", "not_places"))
    return frozenset(
        entry[0]
        for entry in _dictionary()
        if len(entry) == 3 and entry[2] in tags and len(entry[0]) > 1 and entry[0] not in generic and entry[0] in text
    )


def report_places(text: str, metrics: Iterable[str]) -> frozenset[str]:
    """The places a report writes besides its own: jieba's place words (`place_words`) written as places
    (`named_as_places`: 成都市, 成都、眉山), or naming at most one of its figures (jieba tags 城镇 a place too, and
    城镇新增就业 and many more figures are named by it)."""
    tagged = place_words(text)
    written = named_as_places(text, tagged)
    names = list(metrics)
    return frozenset(p for p in tagged if p in written or sum(p in m for m in names) < 2)


def named_as_places(text: str, places: frozenset[str]) -> frozenset[str]:
    """Of ``places``, those ``text`` writes as places: with a place's suffix (成都市) or in a list beside another
    place (成都、眉山入选…); 城镇 or 新建, tagged places too, are not so written."""
    suffixes = tuple(_LEXICON.words("tokens", "stop", "place_suffixes"))
    return frozenset(
        p for p in places if any(_written_as_place(text, m, places, suffixes) for m in re.finditer(re.escape(p), text))
    )


def _written_as_place(text: str, m: re.Match, places: frozenset[str], suffixes: tuple[str, ...]) -> bool:
    after, before = text[m.end() : m.end() + 1], text[m.start() - 1 : m.start()]
    if after and after in suffixes:
        return True
    beside = text[m.end() + 1 : m.end() + 6] if after == "、" else text[max(0, m.start() - 6) : m.start() - 1]
    return "、" in (after, before) and any(q != m.group() and q in beside for q in places)


def _dictionary() -> Iterator[list[str]]:
    """jieba's own dictionary, entry by entry: word, frequency and part of speech."""
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as lines:
        for line in lines:
            yield line.split()


_PLACEHOLDER = "\ue000"  # a private-use character: no text holds it


def report_dictionary(texts: Iterable[str]) -> list[str]:
    """jieba's dictionary cut to the words written only in characters that ``texts`` use (the report and the
    lexicon), as dictionary lines with their part of speech. A word with a character the report never writes can
    match nothing in it, and loading the whole dictionary is most of a cold start. One placeholder entry carries
    the frequency of the words left out, so that every word keeps the probability it has in the whole dictionary
    and the report's own text is cut exactly as before."""
    chars = set("".join(texts))
    kept: list[str] = []
    dropped = 0
    for entry in _dictionary():
        if len(entry) < 2:
            continue
        if set(entry[0]) <= chars:
            kept.append(" ".join(entry[:3]))  # word, frequency and part of speech (places: `place_words`)
        else:
            dropped += int(entry[1])
    kept.append(f"{_PLACEHOLDER} {dropped}")
    return kept


class ReportTokenizer:
    """Search-mode jieba tokens without stop words, with the report's indicator names in the dictionary and the
    ``function`` words (`function_words`) that a passage question's topic words leave out."""

    def __init__(
        self,
        terms: Iterable[str] = (),
        own_names: Iterable[str] = (),
        function: Iterable[str] = (),
        dictionary: str | Path | None = None,
        places: Iterable[str] = (),
    ) -> None:
        logging.getLogger("jieba").setLevel(logging.WARNING)
        self.terms = tuple(terms)
        self.function = frozenset(function) - set(self.terms)
        self.dictionary = Path(dictionary) if dictionary else None  # `report_dictionary` lines; jieba's own if None
        self._jieba = jieba.Tokenizer(str(self.dictionary)) if self.dictionary else jieba.Tokenizer()
        for term in self.terms:
            self._jieba.add_word(term, freq=2000)
        # the reporting body and its place (宁波, 高新区, 江苏省): every figure of the report is theirs
        own = {w for name in own_names for w in self.words(name) if w not in _GENERIC_TITLE and _BODY.search(w)}
        own |= {m for name in own_names for m in _BODY_NAME.findall(name)}  # 江苏省 inside 江苏省政府
        # 江苏省 is also 江苏, 海拉尔区 also 海拉尔, 高阳县 also 高阳 (not 高新区 高新)
        own |= {w[:-1] for w in own if len(w) >= _SHORT_NAME_SUFFIXES.get(w[-1:], len(w) + 1)}
        own |= {m.group("short") for w in own if (m := _AUTONOMOUS_SHORT.match(w))}  # 宁夏回族自治区: 宁夏
        self.own_names = frozenset(own)
        # the places the report writes other than its own (济南 of a 山东 report; not 江苏 inside 江苏省)
        self.places = frozenset(p for p in places if not any(p in n or n in p for n in own if len(n) > 1))

    @cached_property
    def place_words(self) -> frozenset[str]:
        """The words the report's dictionary tags as places (tokens.toml's place_tags, less its not_places): what a
        question may name another place by (满洲里 of a 海拉尔区 report); none with jieba's whole dictionary."""
        if self.dictionary is None:
            return frozenset()
        tags = frozenset(_LEXICON.words("tokens", "stop", "place_tags"))
        generic = frozenset(_LEXICON.words("tokens", "stop", "not_places"))
        with open(self.dictionary, encoding="utf-8") as lines:
            entries = (line.split() for line in lines)
            return frozenset(
                e[0] for e in entries if len(e) == 3 and e[2] in tags and len(e[0]) > 1 and e[0] not in generic
            )

    def content_words(self, text: str) -> list[str]:
        """Words of a question that say what it asks about: without the report's own names."""
        return [w for w in self.words(text) if w not in self.own_names]

    def topic_words(self, text: str) -> list[str]:
        """The content words of a question asking for a passage, without function words (为了, 些, 最后): for a
        figure a word such as 再 or 之前 still picks the fact (再引进…30家), for a passage it only puts the question."""
        return [w for w in self.content_words(text) if w not in self.function]

    def dictionary_words(self, text: str) -> list[tuple[int, int]]:
        """The spans of ``text`` that jieba cuts as dictionary words of two characters or more (多少台资: a
        question's 台 there is part of 台资, no unit of its own)."""
        known, at, spans = self._jieba.FREQ, 0, []
        for token in self._jieba.cut(text, HMM=False):
            if len(token) > 1 and known.get(token):
                spans.append((at, at + len(token)))
            at += len(token)
        return spans

    def words(self, text: str) -> list[str]:
        """Plain (not search-mode) jieba words of ``text``, lower-cased, no stop words or punctuation."""
        return [
            w
            for w in (t.strip().lower() for t in self._unglued(self._jieba.cut(text)))
            if w and w not in _STOP and _KEEP.search(w)
        ]

    def _unglued(self, tokens: Iterable[str]) -> Iterator[str]:
        """jieba's guess at a word it does not know may glue a preposition to the word after it (对小微 | 企业): the
        preposition comes off such a guess, never off a word of the dictionary (对象, 向导). A question word comes off
        the noun after it even in the dictionary (哪些项目 | 哪些 项目): it only puts the question."""
        known = self._jieba.FREQ
        for token in tokens:
            asking = next((a for a in _ASKING if token.startswith(a) and len(token) > len(a) + 1), "")
            if asking and token not in _STOP:
                yield asking
                yield token[len(asking) :]
            elif len(token) >= 3 and token[0] in _PREPOSITIONS and not known.get(token):
                yield token[0]
                yield token[1:]
            else:
                yield token

    def query_tokens(self, text: str) -> list[str]:
        """The tokens a question is searched by: the report's own names (高新区, in nearly every chunk) as one token
        each, without their search-mode pieces (高新, 新区), which would outweigh a rare word such as IBM."""
        names = sorted((n for n in self.own_names if len(n) >= 2), key=len, reverse=True)  # not 区 of 特区
        if not names:
            return self.tokenize(text)
        named = re.findall("|".join(map(re.escape, names)), text, flags=re.IGNORECASE)
        stripped = re.sub("|".join(map(re.escape, names)), " ", text, flags=re.IGNORECASE)
        return self.tokenize(stripped) + [n.lower() for n in named]

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``: a word and the dictionary words inside it, lower-cased, no stop words."""
        tokens = []
        for token in self._unglued(self._jieba.cut_for_search(text)):
            token = token.strip().lower()
            if token and token not in _STOP and _KEEP.search(token):
                tokens.append(token)
        return tokens


@cache
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """The words of a text with their parts of speech (jieba's tags: n, v, p…)."""
    import jieba.posseg  # its dictionary is loaded on first use: only names and list items ever need it

    return tuple((p.word, p.flag) for p in jieba.posseg.cut(text))


def before_verb(text: str) -> str:
    """均胜汽车电子 of 均胜汽车电子列入国家重: a name up to the first verb or preposition after it."""
    words = tagged(text)
    verb = next((i for i, (_w, flag) in enumerate(words) if flag[:1] in ("v", "p") and i > 0), len(words))
    return "".join(w for w, _f in words[:verb])


def doing_only(text: str, verbal_nouns: bool = False) -> bool:
    """Whether words only say a doing (正式入住, 完成): verbs, adverbs and prepositions, no thing; with
    ``verbal_nouns``, a noun of doing (投资, 工作) and any other tag of those kinds count as doing too."""
    tags = tagged(text) if text else ()
    if verbal_nouns:
        return bool(tags) and all(flag[:1] in ("v", "d", "p") for _w, flag in tags)
    return bool(tags) and all(flag in ("v", "vd", "d", "ad", "p") for _w, flag in tags)
