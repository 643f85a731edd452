"""Turning an elliptical follow-up (那2012年呢？/ 财政收入呢？) into a whole question from earlier turns."""

from __future__ import annotations

import re

from index.tokens import ReportTokenizer
from qa.history import Turn
from qa.intent import asks_figure, asks_passage, metric_text
from qa.numeric import is_soft
from qa.years import YEAR_EXPRESSION, question_years, replace_years

_LEAD = re.compile(r"^(?:那么|那|还有|另外|再问一下|再问|那请问)[,，\s]*")
_TRAIL = re.compile(r"(?:又|的)?(?:呢|怎么样|如何|怎样)?[?？。!！\s]*$")
_FOLLOW_UP = re.compile(r"^(?:那么|那|还有|另外)|呢[?？。!！\s]*$")


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the previous turn (那……呢？ and its kin)."""
    return bool(_FOLLOW_UP.search(question))


def resolve_follow_up(question: str, turns: list[Turn], tokenizer: ReportTokenizer, report_year: int | None) -> str:
    """The question made whole with the previous question's topic and years; unchanged when it stands alone."""
    if not turns:
        return question
    own = own_words(question, tokenizer)
    if _POINTS_BACK.search(question) and asks_passage(question) and not asks_figure(question):
        # 具体有哪些措施？/ 这一项里新启动拆迁的是哪两个村？: the previous topic, asked further
        previous = resolve_follow_up(turns[-1][0], turns[:-1], tokenizer, report_year)
        return f"{_PASSAGE_FRAME.sub('', previous)} {question}"
    if _OPERATION_START.match(question):
        # 比去年技改投资多多少？: the previous figure, set against another
        previous = resolve_follow_up(turns[-1][0], turns[:-1], tokenizer, report_year)
        return _FRAME.sub("", previous) + question
    previous = resolve_follow_up(turns[-1][0], turns[:-1], tokenizer, report_year)
    if own and set(own) < set(own_words(previous, tokenizer)) and len(own) == 1 and len(question) <= 12:
        own = []  # 今年计划改造多少？ after …改造了多少户农村危房？: the same thing, asked of another time
    elif not is_follow_up(question) and own:
        return question
    core = _TRAIL.sub("", _LEAD.sub("", question))
    years = question_years(core, report_year)
    topic = YEAR_EXPRESSION.sub("", core).strip(" ,，的")
    if _KIND_WORDS.search(question) and not _GROWTH_WORDS.search(question):
        # 那2012年的目标呢？ after 同比增长多少？: the target itself, not its growth
        previous = _GROWTH_WORDS.sub("", previous)
        previous = previous if asks_figure(previous) else _FRAME.sub("", previous) + "是多少？"
    swapped = _swap_ordinal(topic, previous)
    if swapped:
        return replace_years(swapped, years, report_year) if years else swapped
    if not tokenizer.words(topic):
        # only a new year (那2012年呢？): the previous question, asked of that year
        if years and report_year and all(y < report_year for y in years):
            previous = _TARGET_WORDS.sub("", previous)  # 那2011年呢？ after a 2012 target: 2011 has results
        return replace_years(previous, years, report_year) if years else previous
    if not own:
        # an aspect or operation of the previous figure (同比增长多少？比去年多多少？累计呢？)
        base = _FRAME.sub("", previous)
        if _RESULT_WORDS.search(core) and (_TARGET_WORDS.search(base) or _PLAN_FRAME.search(base)):
            # 去年实际增长呢？ after …增长目标是多少 / 那去年实际是多少？ after …要控制在多少以内
            base = _PLAN_FRAME.sub("", _TARGET_WORDS.sub("", base))
        elif _TARGET_WORDS.search(core) and _RESULT_WORDS.search(base):
            base = _RESULT_WORDS.sub("", base)
        cue = _CUES.search(core)
        if cue and _CUES.search(base):  # 力争呢？ after 确保完成多少？: the other qualifier in its place
            base, core = _CUES.sub(cue.group(), base), _CUES.sub("", core)
        base = replace_years(base, years, report_year) if years and not _compares_years(core) else base
        rest = YEAR_EXPRESSION.sub("", core) if years and not _compares_years(core) else core
        for word in ("目标", "实际", "累计", "同比"):
            if word in base and word in rest:
                rest = rest.replace(word, "", 1)  # 目标增速呢？ after …目标是多少: one 目标 is enough
        return f"{base}{rest}" + ("" if asks_figure(rest) else "是多少？")
    previous_years = question_years(previous, report_year)
    prefix = "".join(f"{y}年" for y in (years or previous_years))
    if not _asks_figure(previous):
        return f"{prefix}{topic}"
    # 游客总花费呢？ after …游客人次增长了多少？: the same aspect and kind of another metric
    if _TARGET_WORDS.search(previous) and not _KIND_WORDS.search(topic):
        topic += "目标"
    if _GROWTH_WORDS.search(previous) and not _GROWTH_WORDS.search(topic):
        return f"{prefix}{topic}增长了多少？"
    return f"{prefix}{topic}是多少？"


def own_words(question: str, tokenizer: ReportTokenizer) -> list[str]:
    """The words a question names its topic with (not years, frames, aspects or qualifiers)."""
    return [w for w in tokenizer.content_words(metric_text(question)) if not is_soft(w) and w not in _ASPECT_WORDS]


def needs_earlier_turn(question: str, tokenizer: ReportTokenizer) -> bool:
    """那2012年呢？/ 增速呢？/ 比去年多多少？ with nothing before it: it cannot be answered alone."""
    if question.startswith("其中"):
        return True  # 其中省级的呢？: a part of something asked before
    leaning = is_follow_up(question) or _POINTS_BACK.search(question) or _OPERATION_START.match(question)
    return bool(leaning) and not own_words(question, tokenizer)


_OPERATION_START = re.compile(r"^(?:比|差|一共|合计|相差|占)(?!例|重)")
_POINTS_BACK = re.compile(
    r"^(?:具体|这一项|这项|这方面|这块|其中|上述|以上|该项|它们?)|这一项里|这些|这一块|这块|具体有|具体是"
)
_PASSAGE_FRAME = re.compile(r"(?:有哪些|哪些|是什么|什么|有几|怎么样|如何|呢|吗)*[?？。!！\s]*$")
_CUES = re.compile(r"力争|确保")
_TARGET_WORDS = re.compile(r"目标|计划|预期")
_RESULT_WORDS = re.compile(r"实际|完成了?|实现了?")
_PLAN_FRAME = re.compile(r"要?(?:控制在|力争|确保)|要(?=达到|实现|完成|突破|增长)")
_ORDINAL_ITEM = re.compile(r"^([一二三四五六七八九十\d]+)(期|级|批|号|季度|产业|区)$")


def _swap_ordinal(topic: str, previous: str) -> str | None:
    """二期呢？ after 研发园一期入驻率是多少？: the same question of the other numbered item."""
    m = _ORDINAL_ITEM.match(topic)
    if not m:
        return None
    pattern = re.compile(rf"[一二三四五六七八九十\d]+{re.escape(m.group(2))}")
    return pattern.sub(topic, previous, count=1) if pattern.search(previous) else None


_KIND_WORDS = re.compile(r"目标|实际|完成|计划|预期")
_GROWTH_WORDS = re.compile(r"同比增长|增长率|增长|增速|增幅")
_ASPECT_WORDS = frozenset(
    "累计 增速 增幅 同比 排名 占比 比重 其中 实际 完成 目标 计划 全市 全省 全国 全区 全县".split()
)
_FRAME = re.compile(
    r"(?:是多少|有多少|多少(?:以内|以下|左右)?|是几[个家项件名]?|几[个家项件名]?|呢|吗|啊|来着|完成了|实现了)*[?？。!！\s]*$"
)


def _compares_years(text: str) -> bool:
    """比去年多多少: the year is the other side of a comparison, not a new year for the same question."""
    return bool(re.search(r"(?<![同可])比", text))


def _asks_figure(question: str) -> bool:
    return bool(re.search(r"多少|几|多大|多高|增长|比重|占比", question))
