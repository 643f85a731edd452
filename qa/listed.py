"""Figures a sentence lists together after one lead (为创业企业获得融资贷款5000万元、风险投资6000万元): which of
them a question names, so that a question naming none of them is asked back rather than answered by the first."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from index.fact_table import FactTable
from index.facts import Fact
from index.lexicon import current
from index.numbers import convertible, to_number
from index.tokens import before_verb, tagged

_LIST_MARK = "、"


def listed_with(fact: Fact, facts: Sequence[Fact]) -> list[Fact]:
    """The figures of ``fact``'s sentence listed with it by 、 (values of one dimension, in order); [] when it
    stands alone."""
    if fact.sentence_span is None or fact.aspect != "value":
        return []
    start = fact.sentence_span[0]
    sentence = FactTable.of(facts).in_sentence(fact)
    same = sorted((f for f in sentence if f.aspect == "value" and convertible(f.unit, fact.unit)), key=lambda f: f.span)
    runs: list[list[Fact]] = []
    for f in same:
        between = fact.sentence[runs[-1][-1].span[1] - start : f.span[0] - start] if runs else ""
        if runs and between.lstrip().startswith(_LIST_MARK) and not any(c in between for c in ",，;；"):
            runs[-1].append(f)
        else:
            runs.append([f])
    run = next((r for r in runs if fact in r), [])
    return run if len(run) > 1 else []


def item_names(items: Sequence[Fact]) -> list[str]:
    """What names each item apart from the lead they share: the first item's metric after its first verb
    (创业企业获得融资贷款 → 融资贷款), each later item's metric as written."""
    return [_after_lead(items[0].metric), *(f.metric for f in items[1:])]


def names_an_item(words: Sequence[str], items: Sequence[Fact]) -> bool:
    """Whether any of a question's ``words`` names some of the listed items apart from the others: not only the
    lead they share (创业企业), nor the noun all of them end in (土地 of 报批土地、征收集体土地、出让土地)."""
    names = [name for name in item_names(items) if name]
    if len(set(names)) < len(names):
        return True  # 新增1700公里、突破7000公里: one thing's figures, told apart by their words, not a list of things
    for word in (w for w in words if len(w) > 1):
        met = sum(_overlaps(word, name) for name in names)
        if 0 < met < len(names):
            return True
    return False


def names_every_item(words: Sequence[str], items: Sequence[Fact]) -> bool:
    """Whether the words between them overlap the name of every listed item (融资 | 风险投资 for 融资贷款、风险投资)."""
    names = [name for name in item_names(items) if name] if items else []
    return bool(names) and all(any(_overlaps(w, name) for w in words if len(w) > 1) for name in names)


def _overlaps(word: str, name: str) -> bool:
    """风险投资 for 风险投资, 投资 or 风投 (its characters in order)."""
    return word in name or name in word or abbreviates(word, name)


def abbreviates(word: str, name: str) -> bool:
    """风投 of 风险投资, 引资 of 引进内外资: two or more characters of ``name``, in order, not written together."""
    if len(word) < 2 or word in name:
        return False
    at = 0
    for char in word:
        at = name.find(char, at) + 1
        if not at:
            return False
    return True


def _after_lead(metric: str) -> str:
    """The name after the lead verb a list's first item carries for all of them (申报国家人才 → 国家人才,
    创业企业获得融资贷款 → 融资贷款): the genre's addition verbs first, else the first verb jieba tags."""
    lead = current().regex("facts", "clause", "addition_lead_pattern").match(metric)
    if lead and len(metric) - lead.end() >= 2:
        return metric[lead.end() :]
    words = tagged(metric)
    verb = next((i for i, (_w, flag) in enumerate(words) if flag == "v"), None)
    if verb is None or verb == len(words) - 1:
        return metric
    return "".join(w for w, _f in words[verb + 1 :])


def named_run(text: str, joiners: Sequence[str], about: Sequence[str] = ()) -> list[str]:
    """The run of names a text writes one after another (恒力液压、均胜汽车电子列入… → the two names), 2–10
    characters each, joined by ``joiners``: of the runs, the one whose clause says most of the words ``about``,
    then the longest; [] when it writes none."""
    found = _best_run(text, joiners, about, r"[\u4e00-\u9fffA-Za-z0-9]{2,10}")
    if found is None:
        return []
    names = found[1]
    return [*names[:-1], before_verb(names[-1])]


def _best_run(
    text: str, joiners: Sequence[str], about: Sequence[str], name: str
) -> tuple[int, list[str], re.Match[str]] | None:
    """Of the runs of names joined by ``joiners``, the one whose clause says most of the words ``about``, then the
    longest: how many of those words its clause says, its names, and the run; None when the text has none."""
    join = "|".join(map(re.escape, joiners))
    runs = list(re.finditer(rf"{name}(?:(?:{join}){name})+", text))
    if not runs:
        return None
    scored = [
        (sum(w in _clause_from(text, m.start()) for w in about), len(re.findall(join, m.group())), m) for m in runs
    ]
    said, _joins, run = max(scored, key=lambda r: r[:2])
    return said, [n for n in re.split(join, run.group()) if n], run


def listed_count(text: str, joiners: Sequence[str], about: Sequence[str]) -> tuple[list[str], int, str] | None:
    """一共几个村 after a passage: the run of names whose clause says a word of the earlier question (``about``),
    its names as said, how many it lists — the count the text states after it (环保部、科技部、商务部三部委,
    …等十项工作) else the names counted — and the counter the text counts them in (2家, "" when it states none);
    None when no run's clause says a word of ``about``."""
    found = _best_run(text, joiners, about, r"[\u4e00-\u9fffA-Za-z]{2,10}")
    if found is None or found[0] == 0:
        return None
    _said, names, run = found
    names = [*names[:-1], *_last_names(text, run.end() - len(names[-1]))]
    # the count stated after the last name (新城建设等八项工作), which the run's last name may have taken in
    stated = _stated_count().search(names[-1] + text[run.end() : run.end() + _STATED_REACH])
    count = to_number(stated.group(1)) if stated else None
    names[-1] = names[-1][: stated.start()] if stated and stated.start() < len(names[-1]) else names[-1]
    counter = stated.group(2) if stated and count else ""
    return item_names_said([*names[:-1], before_verb(names[-1])]), int(count or len(names)), counter


def _last_names(text: str, start: int) -> list[str]:
    """The run's last name, read to the end of its clause (a name longer than the run's reach), and cut where the
    name after it joins by 和 (…服务大赛和第七届宁波市发明创新大赛: two names)."""
    last = _clause_from(text, start)
    joiners = current().words("conversation", "follow_up", "last_named_joiners")
    cut = re.search("|".join(map(re.escape, joiners)), last)
    if cut is None or "等" in last[: cut.start()] or cut.start() < 2 or len(last) - cut.end() < 2:
        return [last]
    return [last[: cut.start()], last[cut.end() :]]


@cache
def _stated_count() -> re.Pattern[str]:
    """A count a text states with its counter (等十项, 2家), the counters as the lexicon lists them."""
    return re.compile(rf"等?([一二两三四五六七八九十\d]+)([{current().get('structure', 'stated_counters')}])")


_STATED_REACH = 6  # characters after a run in which the count it states may stand


def item_names_said(names: Sequence[str]) -> list[str]:
    """A run's names without the verb before the first (基本完成钱家 → 钱家) and the words after the last
    (老庙等村的 → 老庙)."""
    first = _after_lead(names[0])
    last = re.split(r"等", names[-1])[0]
    return [first if len(first) >= 2 else names[0], *names[1:-1], last if len(last) >= 2 else names[-1]]


def _clause_from(text: str, start: int) -> str:
    end = re.search(r"[,，;；。]", text[start:])
    return text[start : start + end.start()] if end else text[start:]
