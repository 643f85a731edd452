"""What a figure question asks: which years, results or targets, which aspect, which operation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from index.numbers import UNITS, find_figures
from qa.years import YEAR_EXPRESSION, question_kind, question_years

Operation = Literal["difference", "change", "ratio", "sum", "compare"]

_NUMERIC = re.compile(
    r"多少|几[个家项件名位条次所座届台套幢亩成大倍]?|多大|多高|多长|多快|增长|增速|增幅|涨|降|比重|占比|比例|百分之|"
    r"排名|排第|第几|位次|名次|规模|总额|合计|一共|总共|之和"
)
_PASSAGE = re.compile(
    r"哪些|哪几|什么|为什么|为何|怎么|怎样|如何|哪[两三四五六七八九十]|哪家|哪个(?![大高多快更最])|谁(?![大高多快更])|是否|有没有"
)
_RANK = re.compile(r"排名|排第|第几|位次|名次|排在|排位|居.{0,6}第")
# 经济增长的贡献率 and 增长点 name things, not a growth rate
_GROWTH = re.compile(
    r"增长(?!的?贡献|点|极|动力|潜力|引擎)|增速|增幅|涨|增加了百分之|提高了百分之|下降|降低|减少了百分之"
)
_DIFFERENCE = re.compile(
    r"[多少高低]了?(?:多少|几)|差多少|差几|相差|差距|差额|增加了?(?:多少|几)(?!%|个百分点)|多出|高出|还剩|剩下|剩余"
)
_CHANGE = re.compile(
    r"(?<![同可])比.{0,12}(?:增长|提高|下降)(?:了)?(?:百分之|多少%|几成|多少(?![亿万个家项件名元平亩])|率)|增幅|增长率|增长百分之"
)
_RATIO = re.compile(
    r"占.{0,20}(?:比重|比例|百分之|多少|几成|的?比)|占比|比重|比例|相当于.{0,20}(?:百分之|多少|几)|几倍"
)
# 服务业比重比制造业高多少个百分点: two figures compared by 比, whatever they are shares of
_COMPARED = re.compile(r"(?<![同占可])比(?![重例率])[^，,。？?]{1,24}?[多少高低快慢]了?(?:多少|几)")
_SUM = re.compile(r"一共|合计|总共|共计|加起来|之和|总和|加在一起")
_COMPARE = re.compile(r"(?:哪个|哪一个|哪项|哪一项|谁).{0,10}(?:更|最)?(?:大|高|多|快|强|低|少|慢)")
_UNIT_WORDS = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if u != "%")
_ASKED_UNIT = re.compile(rf"(?:多少|几)((?:万亿|亿|万|千)?(?:{_UNIT_WORDS}))")
# An amount of money is asked for (投资多少, 收入多少): figures in 元 answer it, not counts of projects.
_MONEY = re.compile(r"投资|收入|产值|总额|金额|资金|营收|销售额|增加值|生产总值|预算|规模|GDP|固投", re.IGNORECASE)

_MONEY_ASKED = re.compile(
    rf"(?:{_MONEY.pattern})(?:额|总额)?(?:是|有|为|达到?|完成了?|实现了?)?(?:多少|几)(?![个家项件名位])", re.IGNORECASE
)

# Words about the question, not about the metric.
_NOT_METRIC = re.compile(
    r"(?:是|有|要|能)?(?:多少|几)(?:万平方米|平方米|平方公里|万元|亿元|千米|公里|人次|个百分点|"
    r"[个家项件名人位台条套场幢届所座户次辆亩元])?|是多少|有多少|多少|是几|几个|几家|几项|几件|几名|几条|几|多大|多高|目标值|完成了|实现了|达到了|"
    r"同比|增长率|增长|增速|增幅|降幅|跌幅|下降了|下降|涨了|涨|增加了|增加(?!值)|减少了|减少|提高了|降低了|低了|高了|排名|排第|第几|位次|名次|排在|比重|占比|比例|百分之|一共|合计|总共|"
    r"共计|加起来|之和|总和|相差|差多少|差距|请问|报告|高新区|全区|全年|力争|确保|要|了|呢|吗|啊|呀|来着|的"
)


@dataclass(frozen=True)
class Intent:
    """A figure question, understood."""

    years: tuple[int, ...]
    kind: Literal["result", "target"] | None
    aspect: Literal["value", "growth", "rank"]
    operation: Operation | None
    metric_text: str
    unit: str | None = None
    cues: tuple[str, ...] = ()  # qualifiers the question names: 力争, 确保, 突破, 以上…


def asked_unit(question: str) -> str | None:
    """The unit a question counts in (多少家 → 家, 几个亿 → 亿元)."""
    if re.search(r"几个亿|多少亿(?![\u4e00-\u9fff])|多少个亿", question):
        return "亿元"
    m = _ASKED_UNIT.search(question)
    if m:
        return m.group(1)
    if _MONEY_ASKED.search(question):
        return "元"  # 省重点项目完成投资多少: the amount invested, not the projects
    if find_figures(question) or re.search(r"增长|增速|增幅|占|比重|比例|第几|排名|项目|企业|机构", question):
        return None  # 投资1000万元以上的项目: the amount is a threshold; what is counted is projects
    return "元" if _MONEY.search(question) else None


def asks_passage(question: str) -> bool:
    """Whether a question asks what, which, why or how (哪些/什么/为什么/怎么…)."""
    return bool(_PASSAGE.search(question))


def asks_figure(question: str) -> bool:
    """Whether a question wants a figure (多少/几/增长/占比/排第几…) rather than a passage (哪些/什么/为什么…)."""
    if _COMPARE.search(question) or _SUM.search(question) or _RATIO.search(question):
        return True
    return bool(_NUMERIC.search(question)) and not _PASSAGE.search(question)


_SCALE_CLASS = {"十": "10", "百": "100", "千": "1000", "万": "10000"}


def metric_text(question: str) -> str:
    """The question with years, question words and aspect words taken out: what is left names the metric."""
    # 百亿级企业 is how people say 100亿元以上企业
    question = re.sub(r"([十百千万])亿(?:元)?级", lambda m: _SCALE_CLASS[m.group(1)] + "亿元以上", question)
    text = YEAR_EXPRESSION.sub(" ", question)
    return re.sub(r"\s+", " ", _NOT_METRIC.sub(" ", re.sub(r"[?？!！。,，、]", " ", text))).strip()


def understand(question: str, report_year: int | None) -> Intent:
    years = tuple(question_years(question, report_year))
    kind_cue = question_kind(question)
    kind = {"plan": "target", "result": "result"}.get(kind_cue or "")
    operation: Operation | None = None
    if _COMPARE.search(question):
        operation = "compare"
    elif _SUM.search(question):
        operation = "sum"
    elif _CHANGE.search(question) and (re.search(r"(?<![同可])比", question) or len(years) > 1):
        operation = "change"
    elif re.search(r"从.{1,15}到.{1,15}(?:增长|提高|增加|增幅)", question):
        operation = "change" if re.search(r"百分之|%|率|幅|几成", question) else "difference"
    elif _COMPARED.search(question):
        operation = "difference"
    elif _RATIO.search(question):
        operation = "ratio"
    elif _DIFFERENCE.search(question):
        operation = "difference"
    unit = asked_unit(question)
    ordinal = re.search(r"第几(届|次|轮|期)", question)
    if ordinal:
        aspect, unit = "value", ordinal.group(1)
    elif _RANK.search(question):
        aspect = "rank"
    elif _GROWTH.search(question) and operation is None:
        aspect = "growth"
    else:
        aspect = "value"
    cues = tuple(dict.fromkeys(re.findall(r"力争|确保|突破|以上|超过|近|约", question)))
    return Intent(years, kind, aspect, operation, metric_text(question), unit, cues)  # type: ignore[arg-type]
