"""Every quantitative statement of a report as a Fact: metric, value, unit, qualifier, year, kind, aspect."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from index.chunks import split_sentences
from index.numbers import Figure, find_figures, to_number
from index.periods import Period
from index.sections import Section

Aspect = Literal["value", "growth", "rank"]

_YEAR_OPENER = re.compile(
    r"^(?:各位代表[，,])?(?:刚刚)?(?:过去的|过去)?(?:((?:19|20)\d{2})年[，,]|一年|去年|上一年)(?:来|里|，|,)?"
)
_SPAN_OPENER = re.compile(r"^(?:各位代表[，,])?(?:五年来|过去五年|这五年|回顾|“?十[一二三四五六七八九]五”?时期)")
_CLAUSE = re.compile(r"[^,，;；:：]+")
# Words that open a clause but name nothing: fillers, predicates and the plan verbs kept as qualifiers.
_LEAD = re.compile(
    r"^(?:[、和及与且而]|并(?![入网购轨列])|其中|另外|此外|同时|全区|全年|全市|全省|全县|全镇|当年|今年|去年|"
    r"同比|比上年|比去年|年均|实现|完成|达到|达|为|共有|拥有|力争|确保|预计|计划|约|近|超过|突破|总计|合计|"
    r"共(?![建享治同商创])|已经|已)+"
)
_TRAIL = re.compile(
    r"(?:分别|达到|达|为|约|近|超过|突破|超|共|总计|合计|是|有|等|增至|升至|提高到|增加到|保持在?|控制在?|稳定在?|由|在|对|向|把|将|从|"
    # 惠及, 参与, 总和 end in a conjunction's character and keep it
    r"完成|实现|(?<!总)和|(?<![惠涉普波遍顾危企以])及|(?<!参)与|、)+$"
)
_PLAN_WORDS = re.compile(r"力争|确保|预期|目标|计划|预计|争取")
_GROWTH = re.compile(
    r"(?:同比|比上年|比去年|年均)?(?:分别)?(增长|增速|增幅|提高|上升|增加|下降|减少|降低|回落|下滑)了?(?:分别)?$"
)
_FALLING = ("下降", "减少", "降低", "回落", "下滑")
_RANK = re.compile(
    r"(?:居|位居|位列|排名|排|列)(?P<scope>[^第首,，;；]{0,14}?)(?:第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)|(?P<first>首位))"
)
_FIRST = re.compile(
    r"(?P<scope>全国|全省|全市|全区|国内|省内|市内|中国大陆|我市|我省|我区)?(?:的|内)?"
    r"(?:首(?P<cls>家|个|批|座|所|台|支|条)|第(?P<n>[一二三四五六七八九十\d]+)(?P<cls2>家|个|批|座|所|台|支|条))"
    r"(?P<noun>[^,，;；、。]{1,24})"
)


@dataclass(frozen=True)
class Fact:
    """A figure of the report with what it measures, for which period, and where it is written."""

    metric: str
    value: float
    unit: str
    aspect: Aspect
    year: int | None
    kind: Literal["result", "target"] | None
    text: str
    sentence: str
    section_path: tuple[str, ...]
    span: tuple[int, int]
    qualifier: str | None = None
    high: float | None = None
    context: str = ""
    siblings: tuple[str, ...] = ()
    period_years: tuple[int, int] | None = None
    sentence_span: tuple[int, int] | None = None

    def speaks_of(self, year: int) -> bool:
        """Whether the fact is about ``year``; a figure of a span of years (十四五时期…) is about none of them."""
        return self.year == year

    @property
    def section(self) -> str:
        return " > ".join(self.section_path)


def clean_metric(text: str) -> str:
    """The indicator named by the words before a figure (全区实现地区生产总值 → 地区生产总值)."""
    text = text.strip(" 、,，。;；()（）“”\"'")
    for _ in range(3):
        text = _TRAIL.sub("", _LEAD.sub("", text)).strip(" 、,，")
    return text


def extract_facts(report_text: str, sections: Iterable[Section]) -> list[Fact]:
    """All facts of the report, in document order."""
    facts: list[Fact] = []
    running: int | None = None  # in a review of several years, the year the paragraphs are on about now
    part = None
    for section in sections:
        year, kind = _period_fields(section.period)
        span = (section.period.start, section.period.end) if section.period else None
        if section.path[:1] != part:
            part, running = section.path[:1], None
        for start, end in section.spans:
            if span and span[0] < span[1]:
                running = _running_year(report_text[start:end], span, running)
            paragraph_year = running if span and span[0] < span[1] else year
            for sentence in split_sentences(report_text[start:end], start):
                # a sentence that opens with its own year (2025年，全省…) speaks of that year
                own = re.match(r"^(?:\S{0,4}?)((?:19|20)\d{2})年[,，]", sentence.text)
                inside = own and (span is None or span[0] <= int(own.group(1)) <= span[1])
                sentence_year = int(own.group(1)) if inside else paragraph_year
                found = _sentence_facts(sentence.text, sentence.span[0], section, sentence_year, kind)
                facts.extend(replace(f, period_years=span, sentence_span=sentence.span) for f in found)
    return facts


def _running_year(paragraph: str, span: tuple[int, int], running: int | None) -> int | None:
    """过去一年/刚刚过去的2025年 turn to the last year of the span; 五年来/回顾“十四五” back to all of it."""
    opening = paragraph[:24]
    named = _YEAR_OPENER.match(opening)
    if named:
        year = int(named.group(1)) if named.group(1) else span[1]
        return year if span[0] <= year <= span[1] else running
    return None if _SPAN_OPENER.match(opening) else running


def _period_fields(period: Period | None) -> tuple[int | None, Literal["result", "target"] | None]:
    if period is None:
        return None, None
    return (period.end if period.start == period.end else None), ("result" if period.kind == "result" else "target")


def _sentence_facts(sentence: str, offset: int, section: Section, year: int | None, kind) -> list[Fact]:
    out: list[Fact] = []
    previous = ("", "")  # the last (metric, context) named in this sentence: 同比增长25%, 其中…7家 lean on it
    whole, head = "", ""  # the figure a run of 其中… parts belongs to, and the head noun of those parts
    opened = False  # a clause 其中 alone: the parts follow
    items = None  # the items of the last clause's 分别 list (城乡居民收入分别达…), for a clause of growths after it
    for clause_match in _CLAUSE.finditer(sentence):
        clause, base = clause_match.group(), offset + clause_match.start()
        quoted = [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", clause)]
        figures = [f for f in find_figures(clause) if not any(a < f.span[0] < b for a, b in quoted)]
        parent = previous
        found = _item_growths(clause, figures, items) or _clause_facts(clause, figures, parent)
        items = _respectively(clause, figures) or (items if found and found[0][2] == "growth" else None)
        if clause.lstrip().startswith("其中"):
            whole, head = parent[0], (found[-1][0][-2:] if found else "")
            opened = not found and bool(whole)
        elif opened and found:
            # 其中，工业类3个、城市建设类28个: the parts come in the clause after 其中, each a part of the whole
            found = [(m, f, a, whole, sib) for m, f, a, _c, sib in found]
            head, opened = found[-1][0][-2:], False
        elif whole and found and not found[0][3] and found[0][0][-2:] == head:
            # 其中品牌企业3家以上,注册资本1000万元以上的企业6家以上: the list of parts goes on
            found = [(m, f, a, c or whole, sib) for m, f, a, c, sib in found]
        else:
            whole = ""
        for metric, figure, aspect, context, siblings in found:
            qualifier = _plan_qualifier(clause[: figure.span[0]], figure.qualifier)
            out.append(
                Fact(
                    metric,
                    figure.value,
                    figure.unit,
                    aspect,
                    year,
                    kind,
                    figure.text,
                    sentence,
                    section.path,
                    (base + figure.span[0], base + figure.span[1]),
                    qualifier,
                    figure.high,
                    context,
                    siblings,
                )
            )
            if aspect == "value" or metric:
                previous = (metric, context)  # 地区生产总值增长7.5%,达到326.4亿元: the value leans on the growth
        for metric, value, span, text, context in _ranks(clause, previous):
            out.append(
                Fact(
                    metric,
                    value,
                    "位",
                    "rank",
                    year,
                    kind,
                    text,
                    sentence,
                    section.path,
                    (base + span[0], base + span[1]),
                    None,
                    None,
                    context,
                )
            )
    return out


_GROWTH_LIST = re.compile(r"^(?:同比|比上年|年均)?(?:分别)?(增长|提高|上升|增加|下降|减少|降低|回落)(?:了|分别)?")


def _item_growths(clause: str, figures: list[Figure], items):
    """…分别达6.9万元、3.4万元，增长4.2%、5.3%: a clause of bare growths, one for each item of the list before."""
    lead = _GROWTH_LIST.match(clause.lstrip())
    if not items or not lead or len(figures) != len(items[0]) or any(f.unit != "%" for f in figures):
        return []
    parts, subject, _ = items
    falling = lead.group(1) in _FALLING
    return [
        (part, _negated(f) if falling else f, "growth", subject, tuple(p for p in parts if p != part))
        for part, f in zip(parts, figures, strict=True)
    ]


def _plan_qualifier(prefix: str, qualifier: str | None) -> str | None:
    plan = re.search(r"力争|确保", prefix)
    return (plan.group() + (qualifier or "")) if plan else qualifier


def _is_bare(metric: str) -> bool:
    """A metric too short to name anything alone (累计, 竣工, 国家级): it leans on the one before."""
    return len(re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", metric)) < 3


def _clause_facts(clause: str, figures: list[Figure], parent: tuple[str, str]):
    """(metric, figure, aspect, context, siblings) for each figure of a clause."""
    facts = []
    cursor = 0
    pending = ""  # thresholds like 10亿元以上 belong to the name of the next figure
    respectively = _respectively(clause, figures)
    sub_item = clause.lstrip().startswith("其中")
    last = parent
    listed = ""  # the first metric of a list joined by 、 (贷款5000万元、风险投资6000万元): later items share it
    for i, figure in enumerate(figures):
        later = i + 1 < len(figures)
        after = clause[figure.span[1] : figure.span[1] + 1]
        if later and (after == "的" or (figure.qualifier or "").endswith(("以上", "以下"))) and not respectively:
            continue  # a threshold or attribute inside the next figure's name (投资1000万元以上项目11个)
        prefix = clause[cursor : figure.span[0]]
        cursor = figure.span[1]
        growth = _GROWTH.search(prefix) if figure.unit in ("%", "个百分点", "百分点") else None
        aspect = "growth" if growth or (respectively and respectively[2]) else "value"
        if growth:
            prefix = prefix[: growth.start()]
        metric, context = clean_metric(pending + prefix), ""
        rate = re.search(r"(?:年均|年)?(?:增长率|增速|增幅)$", metric) if figure.unit == "%" else None
        if rate:  # R&D经费年增长率达到30%: a growth rate written as a value
            aspect, metric = "growth", metric[: rate.start()]
        pending = ""
        siblings: tuple[str, ...] = ()
        named_after = False  # the figure's name follows it (实施3000个老旧小区): no shared lead to borrow
        raw_following = clause[figure.span[1] : figures[i + 1].span[0] if later else len(clause)]
        following = "" if raw_following.lstrip().startswith(("、", "和", "及")) else clean_metric(raw_following)
        if figure.ordinal and following:
            metric, context = following, metric  # 成功举办第十届中国科技创业计划大赛: the tenth of what follows
        elif respectively:
            parts, shared, _ = respectively
            k = i - (len(figures) - len(parts))
            if 0 <= k < len(parts):
                metric, context = parts[k], shared
                siblings = tuple(p for j, p in enumerate(parts) if j != k)
        elif sub_item and parent[0]:
            context = parent[0]  # 其中10亿元以上7家: a part of the metric before
        elif after == "的":
            context = following  # 总投资约30亿元的宁波国际智慧物流产业园
        elif (prefix.rstrip().endswith("等") or _is_bare(metric)) and not _is_bare(following) and aspect == "value":
            metric, context = following, metric  # 围海集团、均胜集团等2家企业上市; 确保2-3个项目完成…
            named_after = True
            cursor = figure.span[1] + len(raw_following)  # those words are this figure's, not the next one's
        if _is_bare(metric) and not context:
            metric, context = (metric or last[0]), last[0] if metric else last[1]
        elif not context and prefix.lstrip().startswith("、") and listed and not named_after:
            context = listed
        elif not context and last[0] and len(metric) <= 4 and metric[-2:] == last[0][-2:] and last[0] not in metric:
            context = last[0]  # 新开工房屋建筑面积117万平方米,竣工面积104万平方米: the same kind of figure
        if aspect == "value" and following and following not in context:
            context = f"{context} {following}".strip()  # 总部一期9个项目全面竣工: the words after a figure
        if aspect == "value" and not prefix.lstrip().startswith("、"):
            listed = metric
        if (growth and any(w in growth.group(1) for w in _FALLING)) or (respectively and respectively[2] == "-"):
            figure = _negated(figure)
        facts.append((metric, figure, aspect, context, siblings))
        if aspect == "value" or metric:
            last = (metric, context)
    if facts and clause[facts[-1][1].span[1] : facts[-1][1].span[1] + 1] == "的":
        # 总规模100亿元、首期投资30亿元的海洋产业基金: the items of the list are all of that fund
        entity = facts[-1][3]
        facts = [
            (m, f, a, c if entity in c else f"{c} {entity}".strip(), sib)
            if clause[f.span[1] : f.span[1] + 1] == "、"
            else (m, f, a, c, sib)
            for m, f, a, c, sib in facts
        ]
    return facts


def _respectively(clause: str, figures: list[Figure]):
    """For 一期、二期入驻率分别达到92%和74%: the items, the whole subject, and '+'/'-' for a growth, else ''."""
    m = re.search(r"分别", clause)
    if not m or len(figures) < 2:
        return None
    subject = clause[: m.start()]
    parts = [clean_metric(p) for p in re.split(r"[、和及与]", subject) if clean_metric(p)]
    if len(parts) == 1 and "城乡" in parts[0]:
        # 城乡居民人均可支配收入分别达6.9万元、3.4万元: the town's figure, then the countryside's
        parts = [parts[0].replace("城乡", "城镇"), parts[0].replace("城乡", "农村")]
    if len(parts) < 2:
        return None
    lengths = {len(p) for p in parts[:-1]}
    if len(lengths) == 1 and len(parts[-1]) > min(lengths) + 1 and min(lengths) <= 4:
        # 交通、水利、能源领域投资额分别达…: the last item carries the name they share
        tail = parts[-1][min(lengths) :]
        parts = [p + tail for p in parts[:-1]] + [parts[-1]]
    growth = re.match(r"分别(增长|提高|上升|增加|下降|减少|降低|回落)", clause[m.start() :])
    sign = "" if not growth else ("-" if growth.group(1) in _FALLING else "+")
    return parts, clean_metric(subject), sign


def _negated(figure: Figure) -> Figure:
    return replace(figure, value=-figure.value)


def _ranks(clause: str, previous: tuple[str, str]):
    """Rank statements: 居全市第四位 (of the clause's or the previous metric), 全市首家科技银行, 第四个研发基地."""
    for m in _RANK.finditer(clause):
        value = 1.0 if m.group("first") else to_number(m.group("n"))
        if value is None:
            continue
        own = clean_metric(clause[: m.start()])
        metric, context = (own, "") if not _is_bare(own) else (previous[0], previous[1])
        yield metric, value, m.span(), m.group(), f"{context} {m.group('scope')}".strip()
    for m in _FIRST.finditer(clause):
        value = 1.0 if m.group("cls") else to_number(m.group("n") or "")
        if value is None:
            continue
        noun = re.split(r"[“”\"]", m.group("noun"))[0] or m.group("noun")
        yield clean_metric(noun), value, m.span(), m.group(), clause
