"""Years a question asks about: written (2011年, 二〇一二年) or relative to the report's date (去年, 今年)."""

from __future__ import annotations

import re

from index.periods import years_named

_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=年)")
_RELATIVE = {"前年": -2, "去年": -1, "上年": -1, "上一年": -1, "今年": 0, "本年": 0, "明年": 1, "下一年": 1}
_RELATIVE_RE = re.compile("|".join(sorted(_RELATIVE, key=len, reverse=True)))
# Any way a question names a year: 2011年, 二〇一一年, 去年 ….
YEAR_EXPRESSION = re.compile(r"(?<!\d)(?:19|20)\d{2}年?|[〇零○一二三四五六七八九]{4}年|" + _RELATIVE_RE.pattern)


def with_arabic_years(text: str) -> str:
    """二〇一二年 → 2012年."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)


def question_years(question: str, report_year: int | None) -> list[int]:
    """Years named in a question, relative words anchored on the report's year, in order of mention."""
    text = with_arabic_years(question)
    years = years_named(text, plans=False)  # “十二五”开局之年 names a plan, not five years to look up
    if report_year is not None:
        years += [report_year + _RELATIVE[m.group()] for m in _RELATIVE_RE.finditer(text)]
    return list(dict.fromkeys(years))


# “十四五”时期, 十四五期间, “十四五”末: a plan period, which a year asked in a follow-up takes the place of
_PLAN_PERIOD = re.compile(r"[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|末|以来)?")


def replace_years(question: str, years: list[int], report_year: int | None) -> str:
    """The question with every year expression (written, relative or a plan period) replaced by ``years``."""
    text = _PLAN_PERIOD.sub("\0", with_arabic_years(question))
    new = "、".join(f"{y}年" for y in years)
    replaced = YEAR_EXPRESSION.sub("\0", text)
    if "\0" not in replaced:
        return new + replaced
    first = replaced.index("\0")
    return (replaced[:first] + new + replaced[first + 1 :]).replace("\0", "")


_PLAN_CUES = re.compile(
    r"目标|计划(?!生育)|预期(?!寿命)|预计|力争|确保|打算|将要|准备|安排|任务|部署|今年|明年|要求|举措|重点工作|思路"
)
_RESULT_CUES = re.compile(r"实际|完成了|实现了|达到了|已经|已|去年|上年|过去|取得|获得|了")


def question_kind(question: str) -> str | None:
    """'plan' when a question asks for targets or plans, 'result' when for what was done, else None."""
    if _PLAN_CUES.search(question):
        return "plan"
    if _RESULT_CUES.search(question):
        return "result"
    return None
