"""The answerers, each ``(Query, Context) -> Answer | None``, in the order `Bot` tries them.

Each answers the questions of its kind and returns None for the rest: a list of the report's structure, a false
premise corrected, a year the report does not cover, a superlative, a share or total the report states, a
computed figure, a figure looked up, and last a passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

import numpy as np

from index.chunks import Chunk, split_sentences, to_full_stop
from index.facts import Fact, in_change, is_gap, reaches_level
from index.lexicon import Lexicon
from index.numbers import convert, convertible, find_figures, to_base, to_number
from index.outline import walk
from index.tokens import before_verb
from qa.aliases import alias_groups, expand_aliases
from qa.answer import Answer, Source, numbered
from qa.arithmetic import (
    answer_level_before,
    answer_other_part,
    answer_own_figures,
    answer_stock_before,
    answer_worked_back,
)
from qa.benchmark import answer_benchmark, asks_wider, of_wider_unnamed
from qa.compute import compute, find_operands, may_be_stated, parts_found, titled_set, total_of, yearly_average
from qa.context import Answerer, Context
from qa.filters import asked_threshold, char_pairs, planned_verb, without_thresholds
from qa.history import NO_FIGURE, shown
from qa.intent import Intent
from qa.listed import listed_with, names_an_item, names_every_item
from qa.meaning import by_meaning, stated_rate
from qa.numeric import (
    FULL_SCORE,
    MIN_SCORE,
    NEAR_SCORE,
    Match,
    accumulated,
    ask_back,
    clause_of,
    clauses,
    exact_over_bounds,
    fact_label,
    fact_name,
    figure_text,
    fmt,
    lookup_answer,
    running_total,
    same_dimension,
    source_of,
    talked_of,
    ties,
)
from qa.passages import (
    Quote,
    WordGroup,
    headed,
    list_item,
    list_run,
    nearest,
    paragraph_on,
    pick_quotes,
    question_words,
    relevance,
    said_on,
    sentence_cosines,
    topic_groups,
    whole_item,
)
from qa.premise import answer_premise, other_phase, rise_asked_as_fall
from qa.query import Part, Position, Query, Stated, Step
from qa.retrieve import Hit, search_hybrid
from qa.shortcomings import answer_shortcomings
from qa.structure import (
    LISTED_IN_TEXT,
    announced_list,
    answer_structure,
    answer_unexplained,
    colon_led,
    colon_list,
    items_beside,
    locate,
)
from qa.superlative import answer_superlative
from qa.synonyms import Expanded, alternatives, everyday_for
from qa.turns import asks_per

_TOP_K = 5
# a measure's unit asked (多少公里, 多少亩) counts as a word met: figures in it this far below the floor reach it
# (tuned on the blind dialogue sets: 去年修了多少公里路 → 新建道路总长 at 0.53; unanswerable questions kept refused)
MEASURE_CREDIT = 0.1
RATE_SCORE = 0.8  # 研发园入驻率怎么样 is asked its figure when a rate of the report meets this much of it
ANOTHER_TIME_MARGIN = 0.2  # a figure of another year this much nearer the question shows the year asked lacks it
# a fact in the section the talk is at wins a bare word over one elsewhere scoring at most this much more
TALKS_PLACE_MARGIN = 0.1
# 是第几届 is answered by the sentence writing a place in that unit that holds this share of the question's words
ORDINAL_COVERAGE = 0.6


def _asks_figure(query: Query) -> bool:
    """A figure answers it: a figure question, or a structure question that counts (重点工作有几项)."""
    return query.wants == "figure" or (query.wants == "structure" and query.figure)


def _names_metric(query: Query, context: Context) -> bool:
    return _asks_figure(query) and bool(question_words(context.tokenizer, query.metric))


def settle(query: Query, context: Context, previous: Query | None = None) -> Query:
    """A bare noun phrase naming a measure (去年新开工房屋建筑面积, 竣工面积呢) asks for the figure the report
    states under that name: it becomes a figure question when one of the report's figures carries all of its
    words. A bare follow-up of a passage question (研发园呢) goes on asking for a passage."""
    # 研发园入驻率怎么样: a rate asked how it stands is asked its figure, as a measure named alone is
    rate = context.parser.lexicon.regex("asking", "unit", "rate_noun_pattern").search(query.metric)
    if query.wants != "passage" or (query.passage and not rate) or query.position is not None or query.lean.points_back:
        return query
    named = query.metric if query.kind is None else query.text  # 授权专利的目标: the kind named is the measure
    measure = context.parser.measure.search(named)
    if query.lean.follow_up and previous is not None and previous.wants != "figure" and not measure:
        return query  # 研发园呢 after a passage; not 今年一期产值目标呢, which names a measure
    # 海外高端创新创业团队？ after 省里的呢: a bare name after figures asks that figure too, as 呢 would
    after_figures = previous is not None and previous.wants == "figure" and not (query.passage or query.lean.follow_up)
    if not (measure or after_figures) or not question_words(context.tokenizer, query.metric):
        return query
    figure = replace(query, wants="figure", figure=True)
    intent = figure.request()
    matches = context.resolve(intent.metric_text, intent)
    # a rate (入驻率) is a figure by its name: words beside it (研发园 of 研发园一期、二期入驻率) need not all be met
    floor = RATE_SCORE if rate and query.passage else FULL_SCORE
    if not measure and matches and matches[0].fact.metric != query.metric.replace(" ", ""):
        return query  # a bare name after figures is a figure's whole name (not 研发园 of 研发园一期)
    return figure if matches and matches[0].score >= floor else query


def answer_where(earlier: Answer, question: str) -> Answer | None:
    """它在哪一节提到的？: the section and sentence the earlier answer came from."""
    cited = [s for s in earlier.sources if s.cited] or earlier.sources
    if not cited or not cited[0].section:
        return None
    source = cited[0]
    text = f"报告在“{source.section}”中讲到：\n\n{source.text}\n\n出处：{source.section}"
    return Answer(text, "passage", None, None, [replace(source, cited=True)], question)


def answer_about(query: Query, context: Context) -> Answer | None:
    """这份报告的主标题是什么 / 报告是哪天作的: the report's title page, as the report writes it."""
    if query.wants != "about":
        return None
    lex = context.parser.lexicon
    field = _field(query, context)  # 发布机构是谁: a field of the catalogue page, though asked with 谁
    if field is not None:
        return field
    if lex.regex("asking", "about", "who_pattern").search(query.text):
        speaker = _speaker(query, context)
        if speaker is not None:
            return speaker
    meta = context.index.manifest.meta
    lines = [f"报告标题：{meta.title}", *meta.front]
    if meta.delivered:
        lines.append(f"报告日期：{meta.delivered}")
    if meta.date and meta.date != _iso(meta.delivered):
        lines.append(f"成文日期：{meta.date}")
    if meta.publisher:
        lines.append(f"发布机构：{meta.publisher}")
    lines += [f"{key}：{value}" for key, value in meta.fields if key not in ("成文日期", "发布机构")]
    text = "\n".join(lines) + "\n\n出处：报告标题页"
    source = Source("报告标题页", "\n".join([meta.title, *meta.front]), cited=True)
    return Answer(text, "passage", None, None, [source], query.text)


def _field(query: Query, context: Context) -> Answer | None:
    """索引号是多少 / 文号呢: the one field of the catalogue page asked, or that the page lists no such field."""
    lex = context.parser.lexicon
    asked = lex.regex("asking", "about", "field_pattern").search(query.text)
    if asked is None:
        return None
    name = lex.table("asking", "about", "field_names").get(asked.group(), asked.group())
    meta = context.index.manifest.meta
    fields = {"成文日期": meta.date, "发布机构": meta.publisher, **dict(meta.fields)}
    value = fields.get(name)
    page = Source("报告标题页", "\n".join(f"{k}：{v}" for k, v in fields.items() if v), cited=True)
    if not value:
        listed = "、".join(k for k, v in fields.items() if v)
        text = f"报告的标题页没有写{asked.group()}。" + (f"它列出的有：{listed}。" if listed else "")
        return Answer(text, "none", question=query.text)
    return Answer(f"{name}：{value}\n\n出处：报告标题页", "passage", None, None, [page], query.text)


def _speaker(query: Query, context: Context) -> Answer | None:
    """谁作的报告 / 报告人叫什么名字: the line under the title naming the speaker, and the sentence saying on whose
    behalf the report is given; a name asked that the report never writes is said to be missing."""
    lex = context.parser.lexicon
    person = next(
        (
            ln
            for ln in context.index.manifest.meta.front
            if lex.regex("asking", "about", "speaker_line_pattern").search(ln)
        ),
        None,
    )
    behalf = _on_behalf(context)
    if person is None and behalf is None:
        return None
    sources = [Source("报告标题页", person, cited=True)] if person else []
    sources += [Source(behalf[1], behalf[0], cited=True)] if behalf else []
    said = "\n".join(s.text for s in sources)
    where = "；".join(dict.fromkeys(s.section for s in sources))
    if person is None and lex.regex("asking", "about", "name_pattern").search(query.text):
        text = f"报告中没有写明报告人的姓名，只写了：\n{said}\n\n出处：{where}"
        return Answer(text, "none", sources=sources, question=query.text)
    return Answer(f"{said}\n\n出处：{where}", "passage", sources=sources, question=query.text)


def _on_behalf(context: Context) -> tuple[str, str] | None:
    """The sentence 现在，我代表…作…报告 and its section, when the report has one."""
    pattern = context.parser.lexicon.regex("asking", "about", "on_behalf_pattern")
    meta = context.index.manifest.meta
    for line in (meta.title, *meta.front):  # a scraped page may take it for the title
        m = pattern.search(line)
        if m:
            return line[: m.end()].strip(), "报告标题页"
    for chunk in context.index.chunks:
        m = pattern.search(chunk.text)
        if m:  # from the start of its sentence (现在，我代表…)
            start = max(chunk.text.rfind(end, 0, m.start()) for end in "。！？\n") + 1
            return chunk.text[start : m.end()].strip(), chunk.section or "报告开头"
    return None


def _iso(written: str | None) -> str | None:
    """2012年1月12日 → 2012-01-12."""
    m = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", written or "")
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def answer_list(query: Query, context: Context) -> Answer | None:
    """A question about the report's structure, answered from its outline; a count at the report's top that
    names what it counts (报告讲了几方面不足) from the sentence listing those things, when one does."""
    if query.wants != "structure":
        return None
    if _at_top(query, context):
        counted = _items_counted(query, context)
        if counted is not None or _counts_named_things(query, context):
            return counted  # 一共几个 after 三年提升行动计划涵盖哪几个领域: those things, not the report's parts
    elif _counts_in_part(query, context):
        counted = _items_counted(query, context)  # 总结部分讲了几方面不足: the 不足 a sentence of the part lists
        if counted is not None:
            return counted
    return answer_structure(query, context)


def _counts_in_part(query: Query, context: Context) -> bool:
    """A count under a part of the report that names things its heading does not (总结部分讲了几方面不足)."""
    position = query.position
    if position is None or position.ask != "count" or not position.path:
        return False
    chain = locate(context.index.outline, position.path, context.parser)
    if chain is None or len(chain) != 2:
        return False
    units = context.parser.structure.list_units
    heading = chain[-1].heading
    return any(len(w) > 1 and w not in heading and w not in units and w != "部分" for w in query.own)


def _counts_named_things(query: Query, context: Context) -> bool:
    """A count at the report's top naming things in a unit that counts no part of a text (几个领域)."""
    position = query.position
    units = context.parser.structure.list_units
    return position is not None and bool(query.own) and position.ask == "count" and position.unit not in units


def _at_top(query: Query, context: Context | None = None) -> bool:
    """A structure question at the report's top (报告讲了几方面不足), not under a heading it names: no path, or
    (with ``context``) words that reach no heading below the top (报告指出了几方面不足)."""
    position = query.position
    if query.wants != "structure" or position is None:
        return False
    if not position.path or context is None or any(step.index is not None for step in position.path):
        return not position.path
    root = context.index.outline
    chain = locate(root, position.path, context.parser)
    return chain is not None and all(node is root for node in chain)  # words naming no heading stay at the top


def _named_in(item: str, text: str, lead: re.Pattern[str]) -> bool:
    """Whether the question names a listed item: most of its characters, its opening filler (``lead``: 其中) aside
    (国家 of 其中国家, 省级目标人才 of 省级目标人才10名以上), not one word it shares (国家级 of 国家级海外…基地)."""
    han = lead.sub("", re.sub(r"[^\u4e00-\u9fff]", "", item))
    return bool(han) and sum(c in text for c in han) / len(han) >= _NAMED_SHARE


_NAMED_SHARE = 0.6  # of a listed item's characters, at least this share in the question names it


def answer_items_counted(query: Query, context: Context) -> Answer | None:
    """A count the outline does not answer, from the sentence listing the things counted (`_items_counted`);
    a count at the report's top was tried already, before the outline (`answer_list`)."""
    return None if _at_top(query) else _items_counted(query, context)


def _items_counted(query: Query, context: Context, beside: bool = False) -> Answer | None:
    """工作中存在几方面不足: no heading lists them, but the sentence the question finds lists them after a colon
    (还存在一些不足：A；B；C。): their count, each item, the sentence and its section. ``beside`` (a structure
    question, or a count no figure answered): also a run of items beside the words named."""
    position = query.position
    if position is None or position.ask != "count" or not query.own:
        return None
    if context.parser.lexicon.regex("asking", "figure", "before_words").search(query.text):
        return None  # 十四五之前有几个: what stood before, which no list of names counts
    # 开篇列举的国家级荣誉有几项: where they are listed (开篇) and the count asked (有几项) are no words of the
    # sentence that lists them
    words = query.words
    opening = context.parser.lexicon.alternation("structure", "opening")
    if re.search(opening, words):
        words = re.sub(opening, " ", context.parser.structure.count.sub(" ", words))
    asked = replace(query, wants="passage", position=None, words=words)
    found = find_quotes(asked, context)
    if not found.quotes:
        return None
    talked = _talked_quote(query, found.quotes, context)
    quote = talked or found.quotes[0]
    talked = talked or (_says_none_of_its_own(query) and quote.sentence.text in query.talked[-1])
    sentence = to_full_stop(quote.sentence.span[0], context.index.chunks)  # its clauses are the items
    # a sentence whose colon the thing counted leads (…存在一些不足：) is what was asked, however few words meet
    if found.relevance < context.min_coverage and not colon_led(sentence, query.own):
        return None
    items = colon_list(sentence, query.own) or (announced_list(sentence) if talked else [])
    if not items and (beside or query.wants == "structure"):  # 三年提升行动计划涉及几个领域: the run beside its name
        items = items_beside(sentence, position.list_words or query.metric.replace(" ", ""), query.unit)
        items = [] if any(find_figures(item) for item in items) else items  # 5.6万个，惠及…: figures, no names
    lead = context.parser.lexicon.regex("facts", "clause", "lead_pattern")
    if not items or (len(items) > 1 and all(_named_in(item, query.text, lead) for item in items)):
        return None  # 国家级、省级的目标人才准备引进几个: the items are what the question names, not what it counts
    section = quote.chunk.section
    unit = position.unit or "项"
    counting = context.parser.lexicon.pattern("structure", "self_counting_units")
    unit = unit if unit[0] in counting else f"个{unit}"  # 3个方面, 3项, 3条
    stated, items = _stated_count(sentence, items, context)  # 社会管理创新等十项工作: the report names four of ten
    if context.parser.lexicon.regex("structure", "named_only_pattern").search(query.text):
        stated = None  # 点名的有几项: the four named
    listed = f"报告{LISTED_IN_TEXT}{len(items)}{unit}"
    count = stated or len(items)
    listed = f"共{fmt(count)}{unit}，{listed}" if stated and stated != len(items) else listed
    text = f"{listed}：\n{numbered(items)}\n\n原文：{sentence}\n出处：{section}"
    span = (quote.sentence.span[0], quote.sentence.span[0] + len(sentence))
    source = Source(section, sentence, span, None, cited=True)
    counter = unit[0]  # the count's unit: 3个 (方面), 3项
    return Answer(text, "number", float(count), counter, [source], query.text, tuple(items))


def _talked_quote(query: Query, quotes: Sequence[Quote], context: Context) -> Quote | None:
    """一共几项 after an answer that quoted a sentence naming every word the talk is on: that sentence, when the
    question says no word of its own (not 深入推进…国家科技服务体系试点单位建设, the best by words alone, after
    被科技部批准为…试点单位 was quoted); None when the words find it anyway or the latest answer quoted none."""
    if not _says_none_of_its_own(query) or quotes[0].sentence.text in query.talked[-1]:
        return None
    latest = query.talked[-1]
    for chunk in context.index.chunks:
        for sentence in split_sentences(chunk.text, chunk.span[0]):
            if sentence.text in latest and all(w in sentence.text for w in query.own):
                return Quote(sentence, chunk, quotes[0].coverage)
    return None


def _says_none_of_its_own(query: Query) -> bool:
    """Whether a follow-up names none of the words it is understood by (一共几项): they are the talk's."""
    return bool(query.talked) and not any(w in query.text for w in query.own)


def _stated_count(sentence: str, items: list[str], context: Context) -> tuple[float | None, list[str]]:
    """The count the report states after the last item it names (A、B、C等十项工作: 10), with the items, the last
    cut before that 等; (None, the items) when it states none."""
    counters = "".join(context.parser.lexicon.words("structure", "counters"))
    at = sentence.find(items[-1])
    # (黄石、咸宁、天门等全国文明城市12个: the thing named again between 等 and its count)
    stated = rf"等[\u4e00-\u9fff]{{0,8}}?([一二两三四五六七八九十百\d]+)[{counters}]"
    found = re.compile(stated).search(sentence, max(at, 0))
    if at < 0 or found is None:
        return None, items
    last = items[-1][: found.start() - at] if found.start() < at + len(items[-1]) else items[-1]
    return to_number(found.group(1)), [*items[:-1], last]


def answer_threshold(query: Query, context: Context) -> Answer | None:
    """现代服务业项目注册资本门槛是多少: the bound the best-fitting figure's name writes (1000万元以上), not the
    figure (20家); a figure whose name writes none gives a refusal saying so."""
    asked = context.parser.lexicon.regex("asking", "figure", "threshold_asked").search(query.text)
    if asked is None or query.operation != "lookup":
        return None
    words = query.metric.replace(asked.group(), " ")
    matches = context.resolve(words, replace(query.request(), metric_text=words, unit=None))
    if not matches or matches[0].score < MIN_SCORE:
        return None
    fact = matches[0].fact
    bound = context.parser.threshold.search(f"{fact.metric} {fact.context}")
    figures = find_figures(bound.group()) if bound else []
    if not figures:
        text = f"报告没有写出“{fact_name(fact)}”的{asked.group()}。\n\n原文：{fact.sentence}\n出处：{fact.section}"
        return Answer(text, "none", sources=[source_of(fact)], question=query.text)
    text = f"{fact_label(fact)}的{asked.group()}：{bound.group()}。\n\n原文：{fact.sentence}\n出处：{fact.section}"
    return Answer(text, "number", figures[0].value, figures[0].unit, [source_of(fact)], query.text)


def answer_missing_year(query: Query, context: Context) -> Answer | None:
    """No answer for a year the report does not cover: name what it covers, and the nearest fact it has."""
    index = context.index
    ending = query.time.span[1] if query.time.ends and query.time.span else None  # “十二五”末 of a 2012 report
    missing = [y for y in (*query.years, *([ending] if ending else [])) if y not in index.years]
    if not missing:
        return None
    asked = [y for y in query.years if y not in missing]
    if len(asked) == 1 and missing == [asked[0] - 1]:  # 2011年比2010年增长了百分之多少
        year_on_year = _year_on_year(query, asked[0], context)
        if year_on_year is not None:
            return year_on_year
    covered = "、".join(index.period_labels) or "其他年份"
    asked = "、".join(f"{y}年" for y in missing)
    text = f"报告没有{asked}的内容；报告讲的是{covered}。"
    if _names_metric(query, context):
        intent = query.request()
        nearest = context.resolve(intent.metric_text, intent, years=())
        if nearest and nearest[0].score >= MIN_SCORE:
            fact = nearest[0].fact
            text = f"报告没有{asked}的数据（报告讲的是{covered}）；{fact_label(fact)}是{figure_text(fact)}。"
            return Answer(text, "none", question=query.text, sources=[source_of(fact)])
    return Answer(text, "none", question=query.text)


def _year_on_year(query: Query, year: int, context: Context) -> Answer | None:
    """A change on the year before ``year`` (比2010年/比上一年增长了多少) is the year's growth as stated (同比增长
    25%); None when the question asks no rate or the growth is not stated."""
    rate = context.parser.lexicon.regex("asking", "operation", "year_on_year_pattern").search(query.text)
    if not rate or not _names_metric(query, context):
        return None
    time = replace(query.time, years=(year,), compared=False)
    growth = replace(query, time=time, aspect="growth", operation="lookup", parts=())
    answer = answer_lookup(growth, context)
    return answer if answer is not None and answer.kind == "number" else None


def answer_extreme(query: Query, context: Context) -> Answer | None:
    """哪一项增速目标最高: the top of a set the report lists."""
    return answer_superlative(query, context) if _names_metric(query, context) else None


def answer_stated_whole(query: Query, context: Context) -> Answer | None:
    """The share or total as the report states it, when one fact names all of the question."""
    if not _names_metric(query, context) or not may_be_stated(query):
        return None
    intent = query.request()
    asked = replace(intent, operation=None, unit="%" if intent.operation == "ratio" else intent.unit)
    matches = _of_the_kind_asked(query, intent, context.resolve(intent.metric_text, asked), context)
    if intent.operation == "sum":  # 一共有多少人才入住人才公寓: 人才, not 人才公寓
        matches = _of_the_head_asked(query, matches, context)
    matches = [m for m in matches if not of_wider_unnamed(query, m.fact, context)]  # 全市一共: not the district's
    floor = FULL_SCORE if intent.operation == "ratio" else MIN_SCORE
    if not matches or matches[0].score < floor or len(ties(matches)) > 1:
        return None
    fact = matches[0].fact
    if intent.operation == "ratio" and fact.unit != "%":
        return None
    if other_kind_of_unit(query, fact.unit, context):
        return None  # 一共能安置多少户 met by 新开工安置房50万平方米: a count asked, an area found
    if intent.operation == "difference" and _a_level(fact):
        return None  # 增加了多少 of 从1795亿元增加到5260亿元: the level after the change is no increase
    if _names_another_thing(query, matches[0], context):
        return None
    items = _items_unnamed(query, fact, context) if intent.operation == "sum" else []
    if items:  # 一共融了多少钱 of 融资贷款5000万元、风险投资6000万元: the listed figures added up
        return total_of(query, intent, items)
    answer = lookup_answer(fact, query)
    # 重点工作一共多少条 met by 重点采取以下五个方面: a figure counted otherwise than the list asked leaves it to
    # the list
    return None if query.position is not None and _counted_otherwise(query, answer, context) else answer


def answer_computed(query: Query, context: Context) -> Answer | None:
    """A difference, change, share, sum or comparison worked out from the facts, with its formula.

    When every figure is found but the arithmetic is not understood, the sentences holding them are quoted.
    """
    intent = query.request()
    if not _names_metric(query, context) or not intent.operation:
        return None
    stated = _stated_gap(query, intent, context) or _change_from_year_before(query, intent, context)
    if stated is not None:
        return stated
    computed = compute(query, intent, context) or _against_last_year(query, context)
    # 比前一年多投了百分之几: one metric against its year before (not 增速比新能源汽车高几个百分点, two metrics)
    one_year = len(query.years) == 1 and query.time.compared and len([p for p in query.parts if p.metric]) < 2
    if computed is None and intent.operation in ("change", "difference") and one_year:
        computed = _year_on_year(query, query.years[0], context)  # 比上一年增长了多少, 比前一年多投了百分之几
    computed = computed or _in_each_year(query, context)
    if computed is None and _one_figure(query, intent, context):
        # 去年绿化增加了多少: the increase the report states, looked up; 工业总产值计划增加多少: the plan's rise
        return _plan_over_last_year(query, context)
    if computed is None and parts_found(query, intent, context):
        listed = answer_structure(query, context) if query.position is not None else None
        return listed or answer_passage(query, context)
    return computed


def _change_from_year_before(query: Query, intent: Intent, context: Context) -> Answer | None:
    """2020年财政赤字规模比上年增加了多少 / 今年专项债券比2019年多了多少: the change from the year before asked of one
    thing, when the report states it (赤字规模比去年增加1万亿元, 比去年增加1.6万亿元) in the measure asked: that figure,
    not the two years' figures worked out (the year before's may be nowhere in the report)."""
    years = sorted(query.years)
    if intent.operation != "difference" or len(years) != 2 or years[1] - years[0] != 1 or intent.unit == "%":
        return None
    if len({p.metric for p in query.parts if p.metric}) > 1:
        return None  # 专项债券比赤字多多少: two things
    found = _changes_in(replace(intent, years=(years[1],)), context)
    if not found or found[0].score < FULL_SCORE or len(ties(found)) > 1:
        return None
    return _one_answer(found[0].fact, query, context)


def _stated_gap(query: Query, intent: Intent, context: Context) -> Answer | None:
    """民间投资增速比全国高出多少个点: the gap the report states (民间投资增长2.1%、高于全国8.5个百分点), for the report
    gives no figure of the whole country to work one out from."""
    wholes = context.parser.lexicon.words("asking", "operand", "benchmarks")
    named = [p.metric.strip() for p in query.parts]
    if intent.operation != "difference" or len(named) != 2 or sum(m in wholes for m in named) != 1:
        return None
    whole = next(m for m in named if m in wholes)
    part = next(p for p in query.parts if p.metric.strip() != whole)
    asked = replace(intent, operation=None, aspect=part.aspect, years=part.years or intent.years, unit=None)
    found = [m for m in context.resolve(f"{part.metric} {whole}", asked) if whole in m.fact.context and is_gap(m.fact)]
    tied = ties(found)
    return lookup_answer(tied[0].fact, query) if len(tied) == 1 and tied[0].score >= MIN_SCORE else None


def _against_last_year(query: Query, context: Context) -> Answer | None:
    """工业总产值比去年多多少: a difference whose first side names no time, set against the results year, is the
    plan's figure against it (the report's own year is the one after)."""
    year = context.report_year
    parser = context.parser
    if not year or query.operation != "difference" or len(query.parts) != 2:
        return None
    if parser.kind(parser.year_re.sub(" ", query.text)) == "result":
        return None  # GDP比去年多了多少: a result said, of a year the report gives no year before of
    first, other = query.parts
    if first.years or first.kind or other.years != (year - 1,):
        return None
    planned = replace(first, years=(year,), kind="target")
    asked = replace(query, parts=(planned, other), kind="target")
    return compute(asked, asked.request(), context)


def _in_each_year(query: Query, context: Context) -> Answer | None:
    """技工贸总收入是GDP的几倍 with no time or kind named, of figures the report gives for its results year and
    its plan's year alike: worked out for the results year, the plan's year said beside it. A kind said with no
    year (工业总产值比GDP多了多少: 了 says results) is worked out for that kind's year alone."""
    year = context.report_year
    time = query.time
    named = [p for p in query.parts if p.metric]
    if not year or time.years or time.period or time.span or time.words or len(named) < 2:
        return None
    if any(p.years or p.kind for p in query.parts):
        return None
    found: list[tuple[int, Answer]] = []
    for at, kind in ((year - 1, "result"), (year, "target")):
        if query.kind not in (None, kind):
            continue
        parts = tuple(replace(p, years=(at,), kind=kind) for p in query.parts)
        asked = replace(query, parts=parts, time=replace(time, years=(at,)), kind=kind)
        answer = compute(asked, asked.request(), context)
        if answer is not None and answer.kind == "number":
            found.append((at, answer))
    if not found:
        return None
    first = found[0][1]
    if len(found) == 1:
        return first
    other = found[1][1].body.split("\n")[0]
    return replace(first, note=f"问题没有说哪一年，以上按{found[0][0]}年计算；按{found[1][0]}年：{other}")


def _plan_over_last_year(query: Query, context: Context) -> Answer | None:
    """工业总产值计划增加多少 (a plan's level, 420亿元): the target less the year before's result; None when a year
    or time other than the plan's is named, or the figure found is itself an addition (计划新增绿地30万平方米)."""
    named = [p for p in query.parts if p.metric]
    year = context.report_year
    planned_year = not query.years or query.years == (year,)  # 今年固投增加多少: the plan's year named
    if query.operation != "difference" or not planned_year or query.kind != "target" or len(named) != 1 or not year:
        return None
    part = named[0]
    planned = replace(query.request(), operation=None, years=(year,), kind="target", unit=None)
    found = context.resolve(part.metric, planned)
    lex = context.parser.lexicon
    clause = clause_of(found[0].fact) if found else ""
    added = any(w in clause for w in lex.words("conversation", "filter", "additions"))
    if not found or added or lex.regex("asking", "frame", "increase_pattern").search(clause):
        return None
    parts = (replace(part, years=(year,), kind="target"), replace(part, years=(year - 1,), kind="result"))
    asked = replace(query, parts=parts, time=replace(query.time, years=(year, year - 1), compared=True))
    return compute(asked, asked.request(), context)


def _one_figure(query: Query, intent: Intent, context: Context) -> bool:
    """A sum or an increase asked of one thing in one year with nothing to compare it with (去年绿化增加了多少):
    one figure answers it. A remainder (还剩多少) or a comparison (比…少多少) needs two."""
    if len(query.parts) > 1 or len(query.years) > 1 or (query.count or 0) > 1:
        return False  # 三级加起来: several figures counted
    if context.parser.lexicon.regex("asking", "operand", "from_to_pattern").search(query.text):
        return False  # 从现在的数量增加到今年的目标: two ends named
    if intent.operation == "sum":
        return True
    increase = context.parser.lexicon.regex("asking", "operation", "increase_asked_pattern")
    said = increase.search(query.text) or increase.search(query.words)  # the user's words, a follow-up's too
    return intent.operation == "difference" and not query.time.compared and bool(said)


def answer_ordinal(query: Query, context: Context) -> Answer | None:
    """和谐企业创建是第几轮: the place in the series (第三轮和谐企业创建) as a figure, with its sentence, when one
    sentence writing a place in the unit asked holds the question's words best."""
    asked = context.parser.ordinal.search(query.text)
    if asked is None or query.operation != "lookup":
        return None
    placed = [f for f in context.facts if f.text.startswith("第") and f.unit == asked.group(1)]
    words = context.parser.ordinal.sub(" ", query.words)  # 第几轮 is what is asked, not a word to meet
    groups = context.weights.expand(question_words(context.tokenizer, words, context.weights))
    scored = sorted(((context.weights.coverage(groups, f.sentence), f) for f in placed), key=lambda p: -p[0])
    if not scored or scored[0][0] < ORDINAL_COVERAGE or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return _one_answer(scored[0][1], query, context)  # 第十三届: the place, a figure with its sentence


def _at_talks_place(query: Query, matches: list[Match]) -> list[Match]:
    """产值定了多少 after the software park's plan figures: a bare word several facts write, nearly as well met by
    the one in the section the talk is at as by another elsewhere (总部's 产值), is that one's
    (软件与服务外包产值), when it writes every word of the question's own."""
    if len(matches) < 2 or not query.talked or not query.own:
        return matches
    latest = shown(query.talked[-1])
    place = latest.section
    best = matches[0]
    if not latest.figure:
        return matches  # 多大面积 after a passage: the sentences quoted speak, not the section's figures
    if not place or best.fact.section == place:
        return matches
    near = [
        m
        for m in matches
        if m.score >= best.score - TALKS_PLACE_MARGIN
        and m.fact.section == place
        and all(w in m.fact.metric for w in query.own)
    ]
    if len({(m.fact.value, m.fact.unit) for m in near}) != 1:
        return matches
    return [near[0], *(m for m in matches if m is not near[0] and m.fact.section == place)]


def _counted_in_text(query: Query, answer: Answer, context: Context) -> Answer:
    """重点工作有几项: no such figure, so the list's length; 三年提升行动计划有几个: the items its name follows
    (全国文明城市有几个 asked back between 新增12个 and 总数22个: figures of it, not a list of names elsewhere)."""
    found = answer_structure(query, context)
    if found is None and answer.kind == "clarify":
        return answer
    return found or _items_counted(query, context, beside=True) or answer


def _part_after_whole(query: Query, matches: list[Match], context: Context) -> list[Match]:
    """新能源汽车保有量 of 汽车保有量…增至3230万辆，其中新能源汽车…增至356万辆: the part its sentence gives after a
    part word (其中), named by a word of the question the whole's name lacks, not the whole."""
    if len(matches) < 2 or matches[0].fact.sentence_span is None:
        return matches
    best = matches[0].fact
    missing = [w for w in query.own if len(w) > 1 and w not in best.metric and w not in best.context]
    words = context.parser.lexicon.words("conversation", "follow_up", "part_of")
    parts = [
        m
        for m in matches[1:]
        if m.fact.sentence_span == best.sentence_span
        and m.fact.unit == best.unit
        and m.fact.span[0] > best.span[1]
        and missing
        and all(w in m.fact.metric for w in missing)
        and any(
            p in best.sentence[best.span[1] - best.sentence_span[0] : m.fact.span[0] - best.sentence_span[0]]
            for p in words
        )
    ]
    if not parts:
        return matches
    whole = (best.metric, best.sentence_span)  # the whole, at any of its ends, is not what was asked
    return [parts[0], *(m for m in matches if m is not parts[0] and (m.fact.metric, m.fact.sentence_span) != whole)]


def _item_named(query: Query, matches: list[Match]) -> list[Match]:
    """死亡人数下降了多少 of 生产安全事故起数、死亡人数分别下降15%、14.5%: the item of a 分别 list whose own name the
    question writes whole, not the one whose name shares more of the question's other words (生产安全事故)."""
    if len(matches) < 2 or not matches[0].fact.siblings or matches[0].fact.metric in query.text:
        return matches
    best = matches[0].fact
    named = [
        m
        for m in matches[1:]
        if m.fact.metric in best.siblings and m.fact.sentence == best.sentence and m.fact.metric in query.text
    ]
    if len(named) != 1 or named[0].fact.aspect != best.aspect:
        return matches
    return [named[0], *(m for m in matches if m is not named[0])]


def answer_lookup(query: Query, context: Context) -> Answer | None:
    """The one fact that answers the question, an ask-back among equals, or a refusal naming the nearest facts;
    a count the fact table does not hold may be a list's length (重点工作有几项)."""
    if not _names_metric(query, context):
        return None
    intent = query.request()
    matches = context.resolve(intent.metric_text, intent) or _at_any_time(query, intent, context)
    if intent.operation in ("difference", "change", "compare") and len(query.parts) >= 2:
        matches = []  # two figures named: one figure alone does not answer it
    if intent.operation and (query.count or 0) > 1:
        matches = []  # 三级加起来: several figures counted, never one
    matches = _of_the_kind_asked(query, intent, matches, context)
    matches = _part_after_whole(query, _item_named(query, _at_talks_place(query, matches)), context)
    matches = [] if matches and _rate_of_another(query, matches[0].fact, context) else matches
    matches = [m for m in matches if not of_wider_unnamed(query, m.fact, context)]  # 全国的GDP增速目标: not ours
    matches = [m for m in matches if not _growth_place_unasked(query, m.fact, context)]
    matches = _of_the_head_asked(query, matches, context)
    matches = [m for m in matches if m.score >= FULL_SCORE or not _kind_unnamed(query, m.fact, context)]
    # a computed question answered by one fact only when that fact names all of it (占全市立项总数的三分之一);
    # 一共清理出来多少平方米 names one thing: its total is the figure itself
    alone = _one_figure(query, intent, context)  # 一共清理出来多少平方米, 去年绿化增加了多少
    # 三年提升行动计划有几个 met by 三大任务 in part: a count written in words (三大, 五项) answers only when it
    # names all the question names, else the things are counted where a sentence lists them
    if alone and intent.operation == "difference":  # 增加了多少: a level before or after a change is no increase,
        # nor a level the report names no change in (技工贸总收入850亿元 for 技工贸总收入增加了多少)
        changed = context.parser.lexicon.regex("asking", "operation", "change_named_pattern")
        matches = [m for m in matches if not _a_level(m.fact) and changed.search(f"{m.fact.metric} {m.fact.context}")]
        matches = matches or _change_stated(intent, context) or _rise_as_rate(query, intent, context)
    strict = (intent.operation and not alone) or (bool(matches) and _counted_in_words(query, matches[0].fact))
    if not strict and matches and matches[0].score < MIN_SCORE:
        matches = _in_measure_asked(query, matches, context) or matches
    if matches and not strict and _better_at_another_time(intent, matches[0], context):
        matches = []  # 2012年新开工安置房面积: only 2011 writes 新开工安置房; 新开工房屋建筑面积 is no answer
    if matches and matches[0].score >= (FULL_SCORE if strict else MIN_SCORE):
        tied = choices(query, matches, context)
        answer = ask_back(tied, query.text) if len(tied) > 1 else _one_answer(tied[0].fact, query, context)
    else:
        # 全国的GDP增速目标: no figure of the report's own is worked out for a wider area asked
        wider = asks_wider(query, context)
        answer = None if wider else _implied_growth(query, intent, context) or _growth_from_ends(query, intent, context)
        answer = answer or _in_talked_sentence(query, context)
        # 财政掏钱的项目一共投了多少钱: a total of one thing is its figure, found by meaning as any other
        by_meaning = replace(intent, operation=None) if alone and intent.operation == "sum" else intent
        answer = answer or _addition_of_change(query, context) or _rate_stated(query, intent, context)
        answer = answer or _by_meaning(query, by_meaning, context)
        answer = answer or _refusal(query, intent, context)
    if query.position is not None and (answer.kind != "number" or _counted_otherwise(query, answer, context)):
        return _counted_in_text(query, answer, context)
    return _after_refusal(query, answer, context) if answer.kind == "none" else answer


def percent_refused(question: str, answer: Answer, context: Context) -> Answer | None:
    """签约的内外资实际到位了百分之几 answered with 57亿元: a question asking a share or rate in so many words
    (asking.toml `percent_asked`) whose final answer is a figure in another unit (an amount, a count) is refused,
    naming the figures found; None when the answer stands. Judged on the whole answer, after a share of the figure
    the talk gave (这笔钱相当于营业总收入的几成) was worked out; the question is parsed only to refuse it."""
    lexicon = context.parser.lexicon
    if answer.kind != "number" or answer.unit in lexicon.words("asking", "unit", "percent_units"):
        return None
    if not any(w in question for w in lexicon.words("asking", "unit", "percent_asked")):
        return None
    query = context.parser.parse(question)
    return _refusal(query, query.request(), context)


def _rate_stated(query: Query, intent: Intent, context: Context) -> Answer | None:
    """研发园二期的入住比例是多少: a share of one thing answered by the rate the report states of it
    (`qa.meaning.stated_rate`)."""
    if intent.operation not in (None, "lookup", "ratio") or intent.aspect not in ("value", "share"):
        return None
    rate = replace(intent, operation=None, aspect="value", unit="%")
    found = _of_the_kind_asked(query, rate, context.resolve(rate.metric_text, rate, floor=NEAR_SCORE), context)
    fact = stated_rate(query, rate, found, context)
    return None if fact is None else _one_answer(fact, query, context)


def _by_meaning(query: Query, intent: Intent, context: Context) -> Answer | None:
    """A figure asked in other words than the report's (高速公路通车多少公里 of 高速公路总里程达到9000公里), found by
    meaning among the facts a refusal would name (`qa.meaning`); the answer says which figure it took."""
    near = _of_the_kind_asked(query, intent, _near(query, intent, context), context)  # 出口额 is no 进出口总额
    near = [m for m in _of_the_head_asked(query, near, context) if not _growth_place_unasked(query, m.fact, context)]
    fact = by_meaning(query, intent, near, context)
    if fact is None:
        return None
    answer = _one_answer(fact, query, context)
    first, rest = answer.text.split("\n", 1) if "\n" in answer.text else (answer.text, "")
    said = f"（报告没有这样的说法，按意思取的是：{fact_label(fact)}）"
    return replace(answer, text=f"{first}{said}\n{rest}".rstrip())


def _of_the_head_asked(query: Query, matches: list[Match], context: Context) -> list[Match]:
    """为5.01万名农民工追回欠薪6.83亿元 asked 讨回了多少欠薪: the figure whose name ends in the thing said after 多少
    (欠薪), not another figure of its sentence that names it only around it (人才 is not 人才公寓). Said with its
    verb (多少农民工追回了欠薪), the thing is the noun before the verb, and the name must be that noun itself (not
    发明专利 for 专利 of 多少专利授权)."""
    if not query.head or not matches:
        return matches
    noun = before_verb(query.head)

    def ends_in_head(m: Match) -> bool:  # 获得3枚金牌: the thing counted named right after the figure
        return m.fact.metric.endswith(query.head) or m.fact.context.startswith(query.head)

    for held in (ends_in_head, lambda m: m.fact.metric == noun):
        holding = [m for m in matches if held(m)]
        if holding and holding[0].score >= MIN_SCORE:
            return holding
        top = matches[0].fact
        beside = [f for f in context.facts.in_sentence(top) if held(Match(f, 0.0)) and f.aspect == top.aspect]
        if query.head in top.sentence and query.head not in top.metric and len(beside) == 1:
            return [replace(matches[0], fact=beside[0])]
    return matches


def _growth_place_unasked(query: Query, fact: Fact, context: Context) -> bool:
    """经济总量在全省排第几 of 地区生产总值增长6.0%、全省第二: the place of a growth (facts.toml `growth_rank_suffix`)
    answers no question that asks no growth."""
    lexicon = context.parser.lexicon
    suffix = lexicon.get("facts", "rank", "growth_rank_suffix")
    growth = lexicon.words("asking", "aspect", "growth")
    return fact.aspect == "rank" and fact.metric.endswith(suffix) and not any(w in query.text for w in growth)


def _change_stated(intent: Intent, context: Context) -> list[Match]:
    """居民医保人均财政补助标准提高了多少钱 of …补助标准再提高30元 / 提高了几倍 of 补贴标准增长1倍: a rise of one thing
    the report states as a change in the unit asked (not a rate in %, when an amount is asked)."""
    if not intent.unit or intent.unit == "%":
        return []
    return _changes_in(intent, context)


def _a_level(fact: Fact) -> bool:
    """A level before or after a change (由7.34万元…, 增加到人均280元), not the change."""
    return in_change(fact) or reaches_level(fact)


def _rise_as_rate(query: Query, intent: Intent, context: Context) -> list[Match]:
    """今年中央财政扶贫资金增加了多少 of 中央财政扶贫资金增长43.4%: a rise the report states only as a rate answers
    an increase asked without a unit of its own (not 增加了多少钱, which a rate does not answer)."""
    if intent.unit != "%" and context.parser.unit_said(query.text):
        return []
    rate = replace(intent, operation=None, aspect="growth", unit="%")
    return [m for m in context.resolve(rate.metric_text, rate) if m.fact.unit == "%" and m.fact.aspect == "growth"]


def _changes_in(intent: Intent, context: Context) -> list[Match]:
    """The changes the report states of the metric asked, at the time asked, as amounts (增加30元, 比去年增加1万亿元;
    not a rate in %), in the unit asked when one is."""
    found = context.resolve(intent.metric_text, replace(intent, operation=None, aspect="growth"))
    found = [m for m in found if m.fact.unit and m.fact.unit != "%"]
    return [m for m in found if not intent.unit or same_dimension(m.fact.unit, intent.unit)]


def _kind_unnamed(query: Query, fact: Fact, context: Context) -> bool:
    """外观设计专利有多少 of 获专利授权725件，其中发明专利90件: a word the question sets right before a noun of the
    figure's name (外观设计 before 专利) asks a kind of that thing; where the report parts the figure and neither the
    word nor any word the report may write for it is in its sentence, the figure is of the whole, not of the kind
    asked."""
    parts = [part.metric for part in context.facts.in_sentence(fact) if part.context == fact.metric]
    said = f"{fact.sentence} {fact.metric} {fact.context}"
    for word in query.own:
        at = query.text.find(word)
        after = query.text[at + len(word) : at + len(word) + 2] if at >= 0 else ""
        if len(word) < 2 or len(after) < 2 or after not in fact.metric or char_pairs(word) & char_pairs(said):
            continue
        if not any(part.endswith(after) for part in parts):
            continue  # the report parts the figure into kinds of that noun (其中发明专利), and of no other
        if not any(w in said for w in alternatives(word, context.parser.lexicon)):
            return True
    return False


def _after_refusal(query: Query, refusal: Answer, context: Context) -> Answer | None:
    """What answers a figure question no figure answers: the count of things a sentence lists beside their name
    (not when figures are to be added: 养老服务中心和站点加起来一共多少个), or the refusal."""
    adding = context.parser.adding.search(query.text)
    if query.position is None and not adding and _counts_things(query, context):
        # 三年提升行动计划涉及几个领域: things no figure counts, but a sentence lists beside their name
        words = _without_counting_noun(query.words, context)
        counted = replace(query, position=Position((), "count", unit=query.unit), words=words)
        return _items_counted(counted, context, beside=True) or refusal
    return refusal


def answer_rank_how(query: Query, context: Context) -> Answer | None:
    """排名如何: the place as a number when the report writes one (稳居西部第一); else the passage says how it stands
    (居前列)."""
    how = context.parser.lexicon.regex("asking", "aspect", "rank_how_pattern")
    if query.aspect != "rank" or query.wants != "passage" or not how.search(query.text):
        return None
    answer = answer_lookup(replace(query, wants="figure", figure=True, passage=False), context)
    return answer if answer is not None and answer.kind == "number" else None


def _without_counting_noun(words: str, context: Context) -> str:
    """涉及几个领域 → 涉及: the count and the noun things are counted by, which the sentence listing them does not
    write; a noun the report writes stays (列了几条不足: …还存在一些不足：)."""
    written = context.weights.writes

    def kept(m: re.Match) -> str:
        return f" {m['noun']}" if len(m["noun"]) > 1 and written(m["noun"]) else " "

    return context.parser.lexicon.regex("structure", "counted_by_pattern").sub(kept, words)


def _addition_of_change(query: Query, context: Context) -> Answer | None:
    """十四五这五年5G基站新增了多少 of 5G基站从1.9万座增加到14.3万座, 比重提高了几个百分点 of 比重从26.7%提高到
    52.1%: an addition or a rise in points asked of a thing the report gives only as the two ends of a change,
    worked out as their difference."""
    added = query.filter.count == "addition" and query.aspect == "value"
    risen = query.aspect == "growth" and query.unit == "个百分点"
    if query.operation != "lookup" or not (added or risen):
        return None
    additions = context.parser.lexicon.regex("conversation", "filter", "additions")
    said = additions.sub(" ", query.metric.replace(query.unit or " ", " "))  # the thing, not its 新增 or 万座
    metric = " ".join(said.split())
    part = Part(query.text, query.years, metric=metric, span=query.time.span, ends=query.time.ends)
    change = replace(query, operation="difference", metric=metric, filter=replace(query.filter, count=None))
    answer = answer_computed(replace(change, parts=(part,), whole=part), context)
    return answer if answer is not None and answer.kind == "number" else None


_SHORT_FOLLOW_UP = 6  # characters: a question this short asked after a figure goes on with the talk


def _rate_of_another(query: Query, fact: Fact, context: Context) -> bool:
    """Whether a figure meets the question only by a rate any thing may have (完成率 of 拆迁完成率) while the
    question's other words, its thing (新开工), are nowhere in the figure's sentence: 新开工的完成率 is no answer."""
    generic = context.parser.lexicon.words("asking", "aspect", "generic_rates")
    own = [w for w in query.own if len(w) > 1]
    named = [w for w in own if w in f"{fact.metric}{fact.context}"]
    unnamed = [w for w in own if w not in fact.sentence and w not in fact.section]
    return bool(named) and all(w in generic for w in named) and bool(unnamed)


def answer_each_named(query: Query, context: Context) -> Answer | None:
    """去年GDP和技工贸总收入是多少 / 今年招商引资和引进人才的目标是多少: two figures asked at once, each answered with
    its figure and sentence; when only one is one figure, the passage on them; never one figure for both. A name
    the report writes with the joining word in it (科技与金融结合试点单位) is one name."""
    sides = _sides(query, context)
    if sides is None or _one_names_both(answer_lookup(query, context), *sides):
        return None
    left, right = sides
    whole = query.text[query.text.find(left) : query.text.find(right) + len(right)]
    answers = [answer_lookup(context.parser.parse(query.text.replace(whole, side)), context) for side in sides]
    kinds = [a.kind if a is not None else "none" for a in answers]
    if kinds == ["number", "number"]:
        if answers[0].body == answers[1].body:  # type: ignore[union-attr]
            return None  # 国际国内标准制修订: both sides meet one figure, whose name holds them both
        return _both(answers, query)  # type: ignore[arg-type]
    if "number" not in kinds or _listed_sides(query, context):
        return None  # neither is a figure of the report (or 大漕、大池拆迁完成率: the list names one thing's parts)
    return answer_passage(replace(query, wants="passage"), context)


def _listed_sides(query: Query, context: Context) -> bool:
    """Whether the two names stand with a list mark between them (GDP、财政收入), not a joining word (GDP和财政收入)."""
    return context.parser.lexicon.regex("asking", "figure", "each_joiner_pattern").search(query.metric) is None


def _sides(query: Query, context: Context) -> tuple[str, str] | None:
    """The two names a figure question joins with 和 / 与 in its own words, each as the question writes it."""
    lex = context.parser.lexicon
    joined = lex.regex("asking", "figure", "each_joiner_pattern").search(query.metric)
    if query.operation != "lookup" or query.wants != "figure":
        return None
    if joined is None:  # GDP、财政收入定的目标: the list mark the metric's words dropped, written between them
        names, mark = query.metric.split(), lex.pattern("asking", "figure", "each_list_mark")
        return (names[0], names[1]) if len(names) == 2 and f"{names[0]}{mark}{names[1]}" in query.words else None
    if any(joined.group() in w for w in context.tokenizer.words(query.metric)):
        return None  # 参与: the joining character inside a word joins nothing
    left, right = query.metric[: joined.start()].strip(), query.metric[joined.end() :].strip()
    for word in lex.words("asking", "figure", "each_words"):
        right = right.removesuffix(word).strip()
    if not left or not right or f"{left}{joined.group()}{right.split()[0]}" in (context.parser.report_text or ""):
        return None  # 软件与服务外包执行额: a name the report writes with the joining word in it
    said = query.words or query.text  # 软件与服务外包 carried from an earlier turn is no pair asked now
    if f"{left}{joined.group()}" not in said or not all(w in said and w in query.text for w in right.split()):
        return None  # (竣工 计划: the words of the other side, as the question writes them apart)
    return left, right.split()[0]  # 新开工和竣工的计划: the side ends where the question's words part


def _one_names_both(whole: Answer | None, left: str, right: str) -> bool:
    """软件和互联网营业收入 met by 软件与互联网营业收入: one figure whose name names both sides is one name (not 竣工
    of 新开工和竣工, whose sentence names the other side as another figure)."""
    if whole is None or whole.kind != "number" or not whole.sources:
        return False
    label = re.sub(r"（[^）]*）", "", whole.body.split("\n")[0].split("：")[0])
    return all(char_pairs(side) & char_pairs(label) or side in label for side in (left, right))


def _both(answers: list[Answer], query: Query) -> Answer:
    """Two figures, each on its line with its sentence, as one answer."""
    lines = [a.body.split("\n")[0] for a in answers]
    sources = [s for a in answers for s in a.sources]
    quoted = "".join(dict.fromkeys(s.text for s in sources))
    section = sources[0].section if sources else ""
    text = "\n".join(lines) + f"\n\n原文：{quoted}\n出处：{section}"
    return Answer(text, "passage", sources=sources, question=query.text)


def _in_talked_sentence(query: Query, context: Context) -> Answer | None:
    """几套房子？ after 人才公寓入住了多少人 (首批500名人才正式入住100套人才公寓): a follow-up whose words name no
    figure, counting in a unit that one figure of the sentence just quoted is counted in, asks that figure."""
    short = "time" not in query.given and len(query.words) <= _SHORT_FOLLOW_UP  # 几套房子？ leans though it names 房子
    if not (query.lean.follow_up or short) or not query.talked or "unit" not in query.given or not query.unit:
        return None
    if query.unit in context.parser.share_units or query.lean.part_of:
        return None
    if any(w in f.metric for w in query.own for f in context.facts):
        return None  # 其中发明专利今年要拿多少件: a thing the report gives figures of is asked, not the one quoted
    quoted = shown(query.talked[-1]).quoted
    if not quoted or query.operation != "lookup":
        return None
    counted = [f for f in context.facts if f.sentence in quoted and f.unit == query.unit and f.aspect == "value"]
    counted = [f for f in counted if not query.years or f.year in query.years]  # 今年呢？ is no count of last year
    return _one_answer(counted[0], query, context) if len({(f.value, f.metric) for f in counted}) == 1 else None


def _of_the_kind_asked(query: Query, intent: Intent, matches: list[Match], context: Context) -> list[Match]:
    """The matches measured in the kind of unit, the phase and the kind of figure the question asks."""
    matches = [m for m in matches if not other_kind_of_unit(query, m.fact.unit, context)]
    matches = [m for m in matches if not other_phase(query, m.fact, context)]
    matches = [m for m in matches if not _place_in_series(query, m.fact, context)]
    if intent.operation == "ratio":  # a share asked is answered alone only by a share (占全市立项总数的三分之一)
        matches = [m for m in matches if m.fact.unit in context.parser.share_units or not m.fact.unit]
    if query.aspect != "rank" and not context.parser.ordinal.search(query.text):  # 第三届 is a place, no count
        matches = [m for m in matches if not m.fact.text.startswith("第")]
    wholes = _other_wholes(query, context)  # once per question, not per figure
    plan, now = _plan_named(query, context), _now_asked(query, context)
    average = asks_per(query.text, context.parser.lexicon) is not None
    return [
        m
        for m in matches
        if not titled_set(m.fact, query.text)
        and not _items_counted_unasked(query, m.fact, context)
        and not whole_of_part_asked(query, m.fact, context)
        and not (m.score < FULL_SCORE and _other_kind_named(query, m.fact, context))
        and not _names_another_thing(query, m, context)
        and not of_another_clause(query, m.fact)
        and not (m.score < FULL_SCORE and _names_another_subject(query, m.fact, context))
        and not (is_gap(m.fact) and not _gap_asked(query, context))
        and _names_all(m.fact, wholes)
        and not (plan and m.fact.kind == "result")
        and not (now and _batch_of_all(query, m.fact, context))
        and not (average and _a_total(m.fact, context))
    ]


def _a_total(fact: Fact, context: Context) -> bool:
    """完成投资1865.7亿元 for 平均每个完成投资多少亿元: a figure over no base (人均, 每, 元/月), which an average
    is not."""
    lex = context.parser.lexicon
    if "/" in (fact.unit or ""):
        return False
    per = [*lex.words("asking", "unit", "per_words"), *lex.words("conversation", "filter", "bases")]
    return not any(w in fact.metric for w in per)


def _now_asked(query: Query, context: Context) -> bool:
    """现在一共住了多少人: how many there are now, by the lexicon's now_words."""
    return any(w in query.text for w in context.parser.lexicon.words("conversation", "filter", "now_words"))


def _batch_of_all(query: Query, fact: Fact, context: Context) -> bool:
    """现在一共住了多少人 met by 首批500名人才正式入住: a batch is a part of all there are now, unless the batch is
    named."""
    if not fact.sentence_span:
        return False
    batch = context.parser.lexicon.regex("conversation", "filter", "batch_pattern")
    found = batch.search(fact.sentence[: fact.span[0] - fact.sentence_span[0]])
    return found is not None and found.group() not in query.text


def _plan_named(query: Query, context: Context) -> bool:
    """去年原本计划退出多少家: a plan asked by name (目标, 计划) in the question's own words, which a year's result
    does not give; 预计 of a past year asks the estimate written for it (预计全社会研发投入5350亿元)."""
    if query.kind != "target" or "kind" not in query.given or query.lean.follow_up:
        return False
    return any(w in query.text for w in context.parser.lexicon.words("time", "cues", "target_nouns"))


def _other_wholes(query: Query, context: Context) -> list[str]:
    """The wholes the report's place is part of that a question asks the figure of (2025年全国规上工业增加值增速是多少
    of a provincial report): named in the turn's own words, not a rank's scope carried from the turn before (在全市
    排第几), not the report's own area (全省 of a provincial report), and set against in the report (高于全国). Only a
    figure naming such a whole answers, not the place's own figure nor its gap to the whole; none for a rank (在全国
    排第几) or a gap asked (比全国高多少)."""
    if query.aspect == "rank" or _gap_asked(query, context):
        return []
    asked = [w for w in context.parser.lexicon.words("asking", "operand", "benchmarks") if w in query.words]
    asked = [w for w in asked if w not in context.parser.own_area]
    if not asked:
        return []
    table = context.facts
    compared = " ".join(table[i].context for i in np.flatnonzero(table.column("gap")).tolist())  # 高于全国平均
    return [w for w in asked if w in compared]


def _names_all(fact: Fact, wholes: Sequence[str]) -> bool:
    named = f"{fact.metric} {fact.context}"
    return all(w in named for w in wholes)


def _gap_asked(query: Query, context: Context) -> bool:
    """Whether a question asks a gap to a whole (比全国高多少, 高于全国几个百分点), which a gap the report states
    answers; 2025年全国增速是多少 asks the whole's own figure, which the gap is not."""
    return context.parser.lexicon.regex("asking", "operand", "gap_asked_pattern").search(query.text) is not None


_SUBJECT_CHARS = 4  # a name this long the report writes (均胜集团) is a subject of its own; so is a name of three
_JOINED_CHARS = 3  # the tokenizer cut apart (安置 房: 安置房), which the report writes whole


def _names_another_subject(query: Query, fact: Fact, context: Context) -> bool:
    """均胜集团2011年营业收入是多少 met loosely by 软件与互联网营业收入: a name the question gives that the report
    writes elsewhere, with no two of its characters together in the figure's sentence or section, says the figure
    is another subject's."""
    written = context.parser.report_text or ""
    place = f"{fact.sentence} {fact.lead} {fact.section}"
    area = context.parser.lexicon.pattern("tokens", "names", "body_pattern").rstrip("$")
    own = query.own
    joined = [a + b for a, b in zip(own, own[1:], strict=False) if a + b in query.text]
    named = [w for w in own if len(w) >= _SUBJECT_CHARS] + [w for w in joined if len(w) >= _JOINED_CHARS]
    for word in named:
        if word not in written or re.search(re.escape(word) + area, written):
            continue  # 呼伦贝尔(市): a place the figure is set in, not a subject of its own
        if not any(char_pairs(w) & char_pairs(place) for w in expand_aliases(word).split()):
            return True  # not a pair of its characters there (授权专利 is met by 获专利授权)
    return False


def _place_in_series(query: Query, fact: Fact, context: Context) -> bool:
    """在全国高新区排名第几 met by 全国首批科技与金融结合试点单位: a rank among peers asked, a place in a series found
    (批, 届, 期); 第几批 asked names the series."""
    series = context.parser.lexicon.words("asking", "unit", "series_units")
    if query.aspect != "rank" or fact.aspect != "rank" or fact.unit not in series:
        return False
    return not context.parser.lexicon.regex("asking", "figure", "event_ordinal_pattern").search(query.text)


def of_another_clause(query: Query, fact: Fact) -> bool:
    """要基本完成拆迁的村有几个 met by 新启动涂田涨、上王两个成片村拆迁: another clause of the fact's sentence says
    every word the question names (基本完成钱家、…、老庙等村的拆迁) and the fact's own clause does not: the figure
    counts the other clause's things."""
    words = [w for w in query.own if len(w) > 1]
    own = clause_of(fact)
    if query.aspect != "count" or not words or all(w in own or w in fact.metric or w in fact.context for w in words):
        return False
    # a clause with a figure of its own is a fact the resolver weighed (新增产值亿元企业15家 beside 亿元以上企业达75家);
    # one naming no things (招商引资总额居历年之最) says what the figure is of
    return any(
        all(w in c for w in words) and not find_figures(c) and "、" in c for c in clauses(fact.sentence) if c != own
    )


def _items_counted_unasked(query: Query, fact: Fact, context: Context) -> bool:
    """今年引资目标多少 met by 强化招商引资、工作机制、…五大举措: a count in words of the items a list names answers
    a question that counts (几大, 多少个) or names what is counted (举措), never one that names an item only, nor
    one counting other things (锦诚明都幼儿园能招多少孩子 of 新开锦诚明都、皇冠花园2家公办幼儿园)."""
    if not _listed_count(fact, context):
        return False  # 燃气、排水、供水管网改造9436公里: an amount of them all, no count of items
    lex = context.parser.lexicon
    units = lex.alternation("asking", "unit", "count_units")
    predicates = lex.alternation("asking", "figure", "counted_predicates")
    # what is counted right after 多少 / 几 and its counter (多少孩子, 几家公办幼儿园), not a predicate (几家是高新区的)
    counted = re.search(rf"(?:多少|几)(?:{units}|大)?的?(?!{units}|{predicates})([\u4e00-\u9fff]{{2,6}})", query.text)
    stop = (lex.regex("tokens", "stop", "function_chars"), lex.regex("tokens", "stop", "particles"))
    said = stop[1].sub(" ", stop[0].sub(" ", counted.group(1))).split() if counted else []
    noun = _without_soft(said[0], context) if said else ""  # 几名以上: 以上 bounds the count, it is no thing
    if len(noun) > 1 and not char_pairs(noun) & char_pairs(f"{fact.metric} {fact.context}"):
        return True
    if re.search(r"\d", fact.text) or query.aspect == "count":
        return False
    if f"几{fact.text[-1]}" in query.text or (query.position is not None and query.position.ask == "count"):
        return False
    words = [w for w in query.own if len(w) > 1]
    return not any(w in fact.context for w in words) and _names_an_item(words, fact.metric)


def _listed_count(fact: Fact, context: Context) -> bool:
    """Whether a figure counts the things a 、 list names (两家, 26项), in a unit things are counted in."""
    return "、" in fact.metric and fact.unit in context.parser.lexicon.words("asking", "unit", "count_units")


def _names_an_item(words: Sequence[str], metric: str) -> bool:
    """Whether a word is one of a list's items (招商引资 of 强化招商引资、工作机制…), not the words before the
    first item that every item shares (新启动 of 新启动涂田涨、上王): the first piece less an item's length."""
    pieces = metric.split("、")
    frame = pieces[0][: max(0, len(pieces[0]) - len(pieces[1]))]
    items = metric[len(frame) :]
    return any(w in items and w not in frame for w in words)


def _one_of_listed(question: str, metric: str, each: Sequence[str] = ()) -> bool:
    """国际标准有几项 of 企业主持和参与国际、国内标准制修订26项: the figure counts the things a 、 list names
    together; a question naming one side of a 、 and not the other (国际, not 国内), or both sides each (国际的和国内的
    分别多少, ``each`` the words asking each), asks of parts the report does not count apart. A list closed by 等
    names a class by examples (院士工作室、…等机构): it is the class asked."""
    apart = any(w in question for w in each)
    pieces = metric.split("、")
    if len(pieces) < 2 or "等" in metric:
        return False
    for before, after in zip(pieces, pieces[1:], strict=False):
        left, right = before[-2:], after[:2]
        if len(left) < 2 or len(right) < 2 or left in pieces[-1][2:] or right in before:
            continue  # 核心伙伴企业、知名…企业: 企业 is the head of every item, not one side
        if (left in question) != (right in question) or (apart and left in question and right in question):
            return True
    return False


def _other_kind_named(query: Query, fact: Fact, context: Context) -> bool:
    """财政总收入 met loosely by 技工贸总收入: the two names end in the same head (总收入), and each puts a word of
    its own before it (财政, 技工贸) with no character in common, the question's nowhere in the words around the
    figure either: another kind of the same thing. A figure named by the head alone (企业毕业率 for 孵化企业毕业率)
    is no other kind; an abbreviation (财政收入 for 一般公共预算收入, 规上 for 规模以上) is matched through the
    report's words for it."""
    for said in query.metric.split():
        if len(said) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", said) or said in fact.metric:
            continue
        if any(w in fact.metric for group in alias_groups(said)[1] for w in group):
            continue
        # the shared head ends both names (总收入 of 技工贸总收入), not a threshold inside one (亿元以上企业)
        head = next((said[i:] for i in range(1, len(said) - 1) if fact.metric.endswith(said[i:])), "")
        asked = _without_soft(said[: len(said) - len(head)], context)  # 计划, 完成, 打算: how, not what kind
        asked = context.parser.lexicon.regex("asking", "figure", "said_count_pattern").sub("", asked)  # 好几千个
        own = re.sub(r"[^\u4e00-\u9fff]", "", _without_soft(fact.metric[: len(fact.metric) - len(head)], context))
        if not _without_doing(own, context):
            continue  # 开通国际国内航线: 开通 says what was done, not which kind
        if len(head) >= 2 and len(asked) >= 2 and len(own) >= 2 and not set(asked) & set(own + fact.context):
            # 东山机场 旅客吞吐量 of 海拉尔东山机场年吞吐量: the figure's own words are named too; 农村 of 城乡: a part
            return not char_pairs(own) & char_pairs(query.text) and not _part_of_whole(asked, own, context)
    return False


def _without_doing(words: str, context: Context) -> str:
    """The words without a verb of a year's doing leading them (开通, 新增: conversation.toml's doings)."""
    doings = sorted(context.parser.lexicon.words("conversation", "filter", "doings"), key=len, reverse=True)
    lead = next((d for d in doings if words.startswith(d)), "")
    return words[len(lead) :]


def _part_of_whole(asked: str, own: str, context: Context) -> bool:
    """Whether the words asked name a part of a word naming two parts (the lexicon's wholes) that ``own`` holds."""
    wholes = context.parser.lexicon.table("aliases", "wholes")
    return any(whole in own and any(part in asked for part in parts) for whole, parts in wholes.items())


def _without_soft(words: str, context: Context) -> str:
    """The words without the parser's words of when or how (计划, 完成, 以上)."""
    return _soft_words(context.parser.soft).sub("", words)


@cache
def _soft_words(soft: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(w) for w in sorted(soft, key=len, reverse=True)))


def whole_of_part_asked(query: Query, fact: Fact, context: Context) -> bool:
    """其中外资有多少 met by 协议引进内外资总额: the question names one part of a word that names two (the lexicon's
    wholes); the figure is of both, and says nothing of the part alone, unless the report says it is each one's
    (城乡居民人均可支配收入分别增长7.5%)."""
    # a count of listed things is theirs together; a rank or rate is each one's (综合保税区、内陆开放口岸数量稳居
    # 西部第一), and verbs listed (拓线扩量、开行4000班次) are no things
    each = context.parser.lexicon.words("asking", "figure", "each_words")
    if fact.aspect == "value" and _listed_count(fact, context) and _one_of_listed(query.text, fact.metric, each):
        return True
    wholes = context.parser.lexicon.table("aliases", "wholes")
    for whole, parts in wholes.items():
        if whole not in fact.metric or "分别" in clause_of(fact):
            continue
        rest = query.text.replace(whole, " ")  # 进口总额…（用进出口总额减出口）: 进口 said apart from 进出口
        for part in parts:
            if part in rest and part not in fact.metric.replace(whole, " "):
                return True
    return False


def _names_another_thing(query: Query, match: Match, context: Context) -> bool:
    """Whether a figure measures another thing than the one asked, is named by the question only through its
    heading, or is of a class of the thing the question does not name."""
    return (
        _measures_other(query, match, context)
        or _named_by_heading_only(query, match, context)
        or _of_a_class_unasked(query, match.fact, context)
        or _field_unmet(query, match.fact, context)
    )


def _field_unmet(query: Query, fact: Fact, context: Context) -> bool:
    """在教育上花了多少钱 met by 财政性项目总投资14亿元: the field money went to, as the question frames it (在…上), is
    no word of the figure's name, context or clause (nor of the report's words for it)."""
    field = query.field
    if not field:
        return False
    said = [a for a in (field, *expand_aliases(field).split(), *alternatives(field)) if len(a) > 1]
    named = f"{fact.metric} {fact.context} {clause_of(fact)}"
    return bool(said) and not any(a in named for a in said)


def _measures_other(query: Query, match: Match, context: Context) -> bool:
    """工业增加值 asked, 万元工业增加值综合能耗 found: the figure measures another thing (能耗) of the one asked;
    一般公共预算支出 asked, 一般公共预算教育经费 found (below a full match): each names a measure the other lacks."""
    fact = match.fact
    found = _measures(fact.metric, context)
    said = expand_aliases(query.text)  # 占GDP比重: 地区生产总值 as the genre's abbreviation names it
    if len(found) > 1 and found[-1] not in said and any(w in said for w in found[:-1]):
        return True
    asked = _measures(query.metric, context)
    if not asked or not found or found[-1] in query.text or match.score >= FULL_SCORE:
        return False
    if found[-1] in context.parser.lexicon.table("asking", "figure", "same_measure").get(asked[-1], ()):
        return False  # 进出口总额 met by 进出口总值: one measure
    # (外贸总额 met by 进出口总值 through the lexicon's words: no word shared as written, no measure set apart)
    shared = [w for w in query.own if w in fact.metric and w != asked[-1]]
    return bool(shared) and asked[-1] not in f"{fact.metric}{fact.context}"


def _named_by_heading_only(query: Query, match: Match, context: Context) -> bool:
    """在民生上一共投了多少钱 met by 投资6349万元 under a heading naming 民生: a figure whose name, context and
    clause meet none of the words the question names its topic by (nor the report's words for them: 路, 道路; a
    doing such as 投 names no topic) is no figure of that topic, whatever its heading says (below a full match)."""
    fact = match.fact
    if match.score >= FULL_SCORE or not query.own:
        return False
    named = f"{fact.metric} {fact.context} {clause_of(fact)}"
    said = [a for w in query.own for a in (w, *expand_aliases(w).split(), *alternatives(w))]  # 路: 道路
    said = [a for a in said if len(a) > 1]
    if not said:
        return False  # nothing said to judge by
    # (发明专利目标 met by 授权专利突破1000件: two characters of its name said, 专利, name it)
    return not any(a in named for a in said) and not _names_part_of(fact.metric, said)


def _of_a_class_unasked(query: Query, fact: Fact, context: Context) -> bool:
    """重点项目一共投了多少钱 met by 投资4.17亿元实施生态环境类重点项目: the figure is of a class of the thing
    (生态环境类), which the question does not name."""
    named = f"{fact.metric} {fact.context} {clause_of(fact)}"
    found = context.parser.lexicon.regex("asking", "figure", "class_pattern").search(named)
    return found is not None and not any(pair in query.text for pair in char_pairs(found.group("class")))


def _measures(text: str, context: Context) -> list[str]:
    """The measure nouns a metric names (收入, 支出, 能耗), of two characters or more (not 额 of 投资额) and not
    words of when or how (目标)."""
    soft = context.parser.soft
    return [m.group() for m in context.parser.measure.finditer(text) if len(m.group()) > 1 and m.group() not in soft]


def _better_at_another_time(intent: Intent, best: Match, context: Context) -> bool:
    """A loose fit in the year asked (新开工房屋建筑面积 for 2012年新开工安置房面积) is no answer when a figure of
    another year names all the question names (2011年新开工安置房): the report gives the thing asked for that year."""
    if not intent.years or best.score >= FULL_SCORE:
        return False
    found = context.resolve(intent.metric_text, replace(intent, years=()), years=())
    return (
        bool(found)
        and found[0].score >= FULL_SCORE
        and found[0].fact.year not in intent.years
        and found[0].score - best.score >= ANOTHER_TIME_MARGIN
    )


def _at_any_time(query: Query, intent: Intent, context: Context) -> list[Match]:
    """院士工作室这些机构服务了多少企业 after a question about this year's target: a new thing named without a
    time of its own is asked at the talk's time, but a result said (服务了) of a year the report only plans is
    the result of the one year the report gives it for."""
    named = "metric" in query.given and query.lean.follow_up  # a new thing named, not 增速呢 of the one talked about
    said = "kind" in query.given and query.kind == "result"  # not 研发园一期二期呢, which may ask this year's plan
    if "time" in query.given or not said or not named or not query.years or intent.operation:
        return []
    found = context.resolve(intent.metric_text, replace(intent, years=()), years=())
    return found if found and found[0].score >= FULL_SCORE and len(ties(found)) == 1 else []


def _in_measure_asked(query: Query, matches: list[Match], context: Context) -> list[Match]:
    """去年修了多少公里路: a measure's unit asked (公里, 亩; not a count or money) says what is asked as a word
    would: the figures in that measure that come within MEASURE_CREDIT of the floor, lifted by it."""
    asked = query.unit
    measures = {u for units in context.parser.lexicon.table("asking", "unit", "measured_by").values() for u in units}
    if "unit" not in query.given or asked not in measures or query.fact_aspect != "value":
        return []
    near = [m for m in matches if convertible(m.fact.unit, asked) and m.score >= MIN_SCORE - MEASURE_CREDIT]
    return [replace(m, score=m.score + MEASURE_CREDIT) for m in near]


def _counts_things(query: Query, context: Context) -> bool:
    """涉及几个领域 / 2011年获得了几项国家级荣誉: things counted by the name of their kind (几个领域, 几类产业), with
    no size class or phase (几条公交线路, 多少张床位 are counted in their own counters and not read so)."""
    if query.operation != "lookup" or query.filter.threshold or query.filter.phase or not query.own:
        return False
    lex = context.parser.lexicon
    if lex.regex("structure", "counted_by_kind_pattern").search(query.text):
        return True
    # 报告点名重点扶持的骨干企业有几家: the things the report names, counted as named
    counted = query.unit in lex.words("asking", "unit", "count_units")
    return counted and bool(lex.regex("structure", "named_only_pattern").search(query.text))


def _counted_in_words(query: Query, fact: Fact) -> bool:
    """A count asked and a count the report writes in words (三大任务) of things the question does not name."""
    if query.position is None or query.position.ask != "count" or re.search(r"\d", fact.text):
        return False
    return not fact.context or fact.context not in query.text


_POINTS = ("%", "个百分点", "百分点")  # the units of a rate, a share and a change of either


def other_kind_of_unit(query: Query, unit: str, context: Context) -> bool:
    """安置多少户 answered in 平方米: a count asked in its unit (户, 台) and a measure found (平方米, 亿元), or the
    other way round; counts in one another's units (家 for 个) and measures in convertible ones are the same kind."""
    asked = query.unit
    if asked in _POINTS and unit not in _POINTS:
        return True  # 提高了几个百分点: a rate or a share in points, never an amount
    if _amount_of_rise(query, context):
        return unit == "%"  # GDP比去年增长多少亿: an amount asked, which a rate is not
    lex = context.parser.lexicon
    counted = to_base(1.0, unit)[1] in lex.words("asking", "unit", "count_units")
    if query.fact_aspect == "value" and not asked and _named_last(query, context, ("unit", "money_nouns")):
        return counted  # 产值多少: 1家
    if not asked and (counted and _magnitude_asked(query, context) or _other_measure(query, unit, context)):
        return True  # 那块地多大: a measure, which 6个 is not; 产业园占地多大: an area, which 30亿元 is not
    amounts = (("figure", "amount_nouns"), ("unit", "counted_nouns"))
    if query.fact_aspect == "value" and not asked and unit == "%" and _named_last(query, context, *amounts):
        return True  # 常住人口总数是多少: no rate (常住人口城镇化率76.58%) gives how many
    if query.fact_aspect != "value" or not asked or "unit" not in query.given or asked == unit:
        return False  # a rate or a place asked (涨了几个点, 排第几) is in its own words
    if convertible(unit, asked):
        return False
    counts = frozenset(lex.words("asking", "unit", "count_units"))
    asked_base, base = to_base(1.0, asked)[1], to_base(1.0, unit)[1]
    if (asked_base in counts) != (base in counts):
        return True
    if asked_base not in counts or asked_base in lex.words("asking", "unit", "generic_counters"):
        return False
    return not any(asked_base in group and base in group for group in lex.get("asking", "unit", "alike_counters"))


def _magnitude_asked(query: Query, context: Context) -> bool:
    """那块地多大: how big a piece of land or space is, asked without a unit (not 后备梯队有多大: 20余家)."""
    lex = context.parser.lexicon
    if not any(w in query.words for w in lex.words("asking", "unit", "magnitude_asked")):
        return False
    return any(w in query.words for w in lex.words("asking", "unit", "spatial_nouns"))


def _other_measure(query: Query, unit: str, context: Context) -> bool:
    """产业园占地多大 met by 总投资约30亿元: the thing asked named last by a measure's noun (占地, 面积, 里程;
    asking.toml `measured_by`), which a figure in none of that measure's units gives."""
    if query.fact_aspect != "value":
        return False
    metric = query.metric.replace(" ", "")
    measures = context.parser.lexicon.table("asking", "unit", "measured_by")
    units = next((u for noun, u in measures.items() if metric.endswith(noun)), None)
    return units is not None and not any(convertible(unit, u) for u in units)


def _named_last(query: Query, context: Context, *lists: tuple[str, str]) -> bool:
    """Whether the thing asked is named last by a word of the lexicon's ``lists`` (高新技术企业产值: money_nouns;
    常住人口总数: counted_nouns)."""
    metric = query.metric.replace(" ", "")
    lex = context.parser.lexicon
    return any(metric.endswith(w) for table, key in lists for w in lex.words("asking", table, key))


def _amount_of_rise(query: Query, context: Context) -> bool:
    """GDP比去年增长多少亿 / 今年GDP目标增长多少亿: a rise asked in an amount's unit, by the question's own words."""
    asked = query.unit
    if query.fact_aspect != "growth" or not asked or "unit" not in query.given or query.lean.follow_up:
        return False
    stem = asked.removesuffix("元")
    said = asked in query.words or (stem and stem in query.words)  # 多少亿 said, not carried from before
    return query.operation == "lookup" and asked not in context.parser.share_units and bool(said)


def _counted_otherwise(query: Query, answer: Answer, context: Context) -> bool:
    """创新创业那个方面有几点: a count asked in a list's unit that the figure found is not counted in (16个)."""
    position = query.position
    if position is None or not position.count or not position.unit or answer.unit == position.unit:
        return False
    return position.unit not in context.parser.lexicon.words("asking", "unit", "generic_counters")  # 几个 counts any


def choices(query: Query, matches: list[Match], context: Context) -> list[Match]:
    """The facts a figure question may mean, best first: one, or those an ask-back offers."""
    tied = _phases_unnamed(query, matches, context) or ties(matches)
    tied = _sharing_frame(query, tied, context)
    tied = _taken_up_beside(query, tied, context) if len(tied) == 1 else tied
    tied = _thing_named_only(query, tied, context) if len(tied) == 1 else tied
    tied = _whole_and_first_phase(query, tied, context) if len(tied) == 1 else tied
    tied = _list_unnamed(query, tied, context) if len(tied) == 1 else tied
    near = [m for m in tied if query.near and m.fact.sentence in query.near]
    if len(tied) > 1 and len(near) == 1:
        return near[:1]  # 其中…: the one in the sentence just quoted
    # 今年要拆20万平方米是吧 of 确保20、力争25: the option whose figure the question claims (not 那1550个省重点项目,
    # a figure naming the thing, nor 是不是过了4000亿, a bound)
    claimed = [c.figure for c in query.claims if c.asked and c.figure is not None and not c.figure.bound]
    said = [m for m in tied if any(_states(s, m.fact) for s in claimed)] if len(tied) > 1 else []
    if len(said) == 1:
        return said
    # a question naming its own time or kind (今年协议目标…), or correcting the figure given (不对，我是问高新技术企业),
    # is not settled by the figure the talk quoted
    settled = len(tied) > 1 and not _moved_in_time(query) and not query.lean.correction
    talked = talked_of(tied, query.talked) if settled else []
    if talked:
        return talked  # 房屋建了多少 after 竣工面积 was given: the figure the talk is about
    # (only across a move in time: figures of one time the question fits alike are asked back about)
    moved = _moved_in_time(query) and not query.lean.correction
    topic = _of_talked_topic(tied, query.talked) if len(tied) > 1 and moved else []
    if topic:
        return topic  # 去年引进了多少家 after 今年研发机构再引多少家: the talk's thing, at the time now asked
    same_unit = len({m.fact.unit for m in tied}) == 1
    tied = _whole_over_unnamed_items(query, tied)
    tied = _by_everyday_word(query, tied) if len(tied) > 1 else tied
    tied = _whole_over_qualified(query, tied, context) if len(tied) > 1 else tied
    return _unqualified(query, tied, context) if len(tied) > 1 and same_unit else tied


def _whole_over_qualified(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """财政赤字 of 拟安排财政赤字1.62万亿元 and 其中中央财政赤字1.12万亿元、地方财政赤字5000亿元: the one figure whose
    name, its plan verb aside, is every other's without a qualifier the question does not say (中央, 地方)."""
    verbs = sorted(context.parser.lexicon.words("time", "cues", "planned_leads"), key=len, reverse=True)
    cores = [_without_leads(m.fact.metric, verbs) for m in tied]
    for i, core in enumerate(cores):
        others = [c for j, c in enumerate(cores) if j != i]
        if len(core) > 1 and all(o != core and o.endswith(core) and o[: -len(core)] not in query.text for o in others):
            return [tied[i]]
    return tied


def _without_leads(metric: str, verbs: Sequence[str]) -> str:
    """A figure's name without the plan verbs it opens with (拟安排财政赤字: 财政赤字)."""
    stripped = True
    while stripped:
        stripped = False
        for verb in verbs:
            if metric.startswith(verb) and len(metric) > len(verb):
                metric, stripped = metric[len(verb) :], True
    return metric


def _by_everyday_word(query: Query, tied: list[Match]) -> list[Match]:
    """新开了几条公交线路 of 新增公交线路3条 and 优化公交线路5条: a word the question says that no tied figure is named
    with, whose report words (新开 → 新增, 开通) name exactly one of them, settles the tie."""
    names = [f"{m.fact.metric} {m.fact.context or ''}" for m in tied]
    for word in query.own:
        if len(word) < 2 or any(word in name for name in names):
            continue
        found = [m for m, name in zip(tied, names, strict=True) if any(a in name for a in alternatives(word))]
        if len(found) == 1:
            return found
    return tied


def _whole_over_unnamed_items(query: Query, tied: list[Match]) -> list[Match]:
    """进出口增长了多少 of 进出口总额增长18.2% and 对东盟、欧盟进出口分别增长16.7%、40.2%: an item of a list the
    question names nothing of its own (欧盟) is no answer beside the one figure that is of no list."""
    whole = [m for m in tied if not m.fact.siblings]
    if len(tied) < 2 or len(whole) != 1:
        return tied
    own = [w for w in query.own if w not in whole[0].fact.metric]
    items = [m for m in tied if m.fact.siblings and any(w in m.fact.metric for w in own)]
    return whole + items


def _of_talked_topic(tied: list[Match], talked: Sequence[str]) -> list[Match]:
    """Of figures a question fits alike, the one whose name shares clearly the most with the figure the talk just
    gave (its label line): the same thing asked at another time; empty when none or several do."""
    if not talked or not shown(talked[-1]).figure:
        return []  # a passage has no label line: its words are of many things
    label = talked[-1].split("\n", 1)[0].split("：", 1)[0]
    said = {pair for pair in char_pairs(label) if _HAN.fullmatch(pair)}
    shared = [len(said & char_pairs(m.fact.metric)) for m in tied]
    best = max(shared, default=0)
    if best < _TOPIC_PAIRS or shared.count(best) > 1 or sorted(shared)[-2] * 2 > best:
        return []
    if len({m.fact.sentence for m in tied}) < len(tied):
        return []  # figures listed in one sentence (融资贷款、风险投资) are offered together
    return [tied[shared.index(best)]]


_HAN = re.compile(r"[\u4e00-\u9fff]{2}")
_TOPIC_PAIRS = 3  # character pairs a figure's name shares with the talk's latest figure to be its topic


def _moved_in_time(query: Query) -> bool:
    """Whether a question names a time or kind of its own, not the talk's: 去年新冒出来几家 after 2011年亿元以上企业
    75家 names the year the talk is at (no move); 今年呢 or 目标呢 would move."""
    if not query.given & {"time", "kind"}:
        return False
    if "time" not in query.given:
        return True  # a kind said alone (那它投资了多少钱: 了) is not settled by the figure the talk quoted
    latest = (query.talked[-1] if query.talked else "").split("\n", 1)[0]
    same_year = bool(query.years) and any(latest.startswith(f"{year}年") for year in query.years)
    same_kind = "kind" not in query.given or (query.kind == "target") == ("目标" in latest)
    return not (same_year and same_kind)


def _states(stated: Stated, fact: Fact) -> bool:
    """Whether a figure the question writes is the fact's figure (20万平方米 of 确保完成20万平方米)."""
    value = convert(stated.value, stated.unit, fact.unit)
    return value is not None and abs(value - fact.value) <= 1e-9 * max(1.0, abs(fact.value))


def _list_unnamed(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """帮创业企业融了多少钱 of 为创业企业获得融资贷款5000万元、风险投资6000万元: the question names only the lead the
    listed figures share, so every one of them is offered, not the first."""
    items = _items_unnamed(query, tied[0].fact, context)
    return exact_over_bounds([Match(f, tied[0].score) for f in items]) if items else tied


def _items_unnamed(query: Query, fact: Fact, context: Context) -> list[Fact]:
    """The figures listed with ``fact`` in its sentence when the question names none of them apart from the
    others (帮创业企业融了多少钱 of 融资贷款5000万元、风险投资6000万元); [] when it names one or a filter picks it."""
    if not query.own or query.filter.words:
        return []  # 其中超过10个亿的: the filter picks the item
    items = listed_with(fact, context.facts)
    # the question's words with the report's words for its everyday words and abbreviations (风投: 风险投资)
    groups = context.weights.expand(question_words(context.tokenizer, query.metric, context.weights))
    # (an everyday word whose meanings between them name every item, 融到: 融资 or 风险投资, tells none apart)
    words = [w for g in groups if not (isinstance(g, Expanded) and names_every_item(g, items)) for w in g]
    return [] if not items or names_an_item([*query.own, *words], items) else items


def _sharing_frame(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """去年房屋建筑面积是多少 of 新开工房屋建筑面积117万平方米,竣工面积104万平方米: a figure whose name the next
    figure of its sentence takes up after a word of its own (竣工面积: the same kind of figure, not a part of it),
    asked without the word that sets the first apart (新开工): both are offered, beside any other option."""
    found = [m for m in tied if _frame_lead(m.fact, query, context)]
    if not found:
        return tied
    best = found[0].fact
    beside = [
        f
        for f in context.facts
        if f.sentence_span == best.sentence_span
        and f.context == best.metric
        # the same kind of figure (竣工面积), or a bare word standing for it (竣工100万平方米)
        and (f.metric[-2:] == best.metric[-2:] or len(f.metric) <= _BARE_TAKE_UP)
        and not given_under(f, context)
        and f.unit == best.unit
        and (f.kind, f.aspect, f.year) == (best.kind, best.aspect, best.year)
        and f is not best
        and all(f is not m.fact for m in tied)
        and not (query.filter.count == "addition" and running_total(f))  # 新评上了多少家: not 累计
    ]
    return [*tied, *(Match(f, tied[0].score) for f in beside)] if beside else tied


def _taken_up_beside(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """创业企业拿到了多少融资 of 为创业企业获得融资贷款5000万元、风险投资6000万元: a figure the next one of its
    sentence takes up (the same frame, the same unit), asked without the words that set the first apart (贷款) nor
    any of the other's (风险投资): both are offered."""
    best = tied[0].fact
    beside = [
        f
        for f in context.facts.in_sentence(best)
        if f.context == best.metric
        and f is not best
        and f.unit == best.unit
        and (f.kind, f.aspect, f.year) == (best.kind, best.aspect, best.year)
        and not _names_own_word(f, best, query.text)
        and _listed_next(best, f)
        and not _sets_apart(best, f, query.text)
        and not (query.filter.count == "addition" and running_total(f))  # 新评上了多少家: not 累计
    ]
    return [*tied, *(Match(f, tied[0].score) for f in beside)] if beside else tied


def _names_own_word(other: Fact, best: Fact, question: str) -> bool:
    """Whether the question names the other item's own words (风险投资; 省 of 省人才 beside 国家人才)."""
    own = other.metric[:-2] if other.metric[-2:] == best.metric[-2:] else other.metric
    return bool(char_pairs(own) & char_pairs(question)) or (len(own) == 1 and own in question)


def _sets_apart(best: Fact, other: Fact, question: str) -> bool:
    """Whether the question names what sets ``best`` apart from the next item of its list: the word before their
    common noun (报批的呢 of 争取报批土地、征收集体土地; not 报上去多少个人才 of 国家人才、省人才), or, for things of
    different kinds, best's own noun (融资贷款 of 融资贷款、风险投资)."""
    if other.metric[-2:] == best.metric[-2:]:
        return bool(char_pairs(best.metric[:-2]) & char_pairs(question))
    return best.metric[-2:] in question


def _listed_next(first: Fact, then: Fact) -> bool:
    """Whether ``then`` follows ``first`` in its sentence as the next item of a 、 list (融资贷款5000万元、风险投资
    6000万元) or, after a comma, as the next of a pair of one noun (新开工房屋建筑面积117万平方米,竣工面积104万平方米),
    not as a part of it (…490亿元,同比增长52%,其中软件与互联网营业收入…)."""
    sentence = first.sentence
    at = sentence.find(first.text)
    end = at + len(first.text)
    between = sentence[end : sentence.find(then.text, end)] if at >= 0 else ""
    if between[:1] in ",，" and then.metric[-2:] == first.metric[-2:] and then.metric in between:
        return not any(mark in between[1:] for mark in ",，;；")  # (其中 opens a part: its name is another noun)
    return between.startswith("、") and not any(mark in between for mark in ",，;；")


def _thing_named_only(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """海洋产业基金投多少钱 of 总规模100亿元、首期投资30亿元的海洋产业基金: the question names the thing two figures
    of one clause describe, and neither figure's own name (no two characters of it): both are offered."""
    best = tied[0].fact
    said = _said_words(query, context)
    if not best.context or query.filter.words or _names_part_of(best.metric, said):
        return tied  # 百亿级企业: a size class names the figure; 总盘子 is 总规模's everyday word
    beside = [
        f
        for f in context.facts.in_sentence(best)
        if f is not best
        and f.context == best.context
        and f.unit == best.unit
        and (f.kind, f.aspect, f.year) == (best.kind, best.aspect, best.year)
        and not _names_part_of(f.metric, said)
    ]
    return [*tied, *(Match(f, tied[0].score) for f in beside)] if beside else tied


def _said_words(query: Query, context: Context) -> tuple[str, ...]:
    """The question's text and metric (百亿级 read as 100亿元以上), and the report's words for its words of two
    characters or more (总盘子: 总规模); a one-character everyday word (投: 投资) is too loose to name a figure."""
    groups = context.weights.expand(question_words(context.tokenizer, query.words, context.weights))
    return (query.text, query.metric, *(w for g in groups if len(g[0]) > 1 for w in g))


def _names_part_of(metric: str, said: Sequence[str]) -> bool:
    """Whether any two characters of a figure's name are said."""
    return any(pair in text for pair in char_pairs(metric) for text in said)


def _frame_lead(fact: Fact, query: Query, context: Context) -> bool:
    """Whether a fact's name is a lead word (新开工) before a frame the question says without the lead."""
    frame = context.parser.lexicon.regex("tokens", "terms", "lead_pattern").sub("", fact.metric)
    lead = fact.metric[: len(fact.metric) - len(frame)]
    # 建了多少平方米: the unit asked stands for the head noun (面积) of a measure in that unit
    in_unit = query.unit is not None and "unit" in query.given and convertible(query.unit, fact.unit)
    return bool(lead) and lead not in query.text and _frame_said(frame, query.text, context, in_unit)


def _frame_said(frame: str, text: str, context: Context, in_unit: bool = False) -> bool:
    """房屋建设的面积 says 房屋建筑面积: the frame written, or its first word and its head noun (its last two
    characters, 面积; or the measure's unit asked, ``in_unit``) in order."""
    if frame in text:
        return True
    words = context.tokenizer.words(frame)
    if len(words) < 2:
        return False
    said = [words[0], *everyday_for(words[0], context.parser.lexicon)]  # as written, or 房子 for 房屋
    starts = [(text.find(w), w) for w in said if w in text]
    return any(in_unit or text.find(frame[-_HEAD:], start + len(w)) >= 0 for start, w in starts)


_HEAD = 2  # characters: the head noun ending a name (面积, 收入)


def _whole_and_first_phase(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """海洋产业基金规模多大 of 总规模100亿元、首期投资30亿元的海洋产业基金: a total asked without its mark (总) beside a
    phase of the same thing in the same unit (首期, 一期): the question may mean either, so both are offered."""
    best = tied[0].fact
    lex = context.parser.lexicon
    marks = lex.words("conversation", "filter", "total_marks")
    marked = any(m in best.metric[-_TOTAL_MARK_REACH:] for m in marks)
    if not marked or any(m in query.text for m in marks) or query.filter.phase:
        return tied
    firsts = lex.words("conversation", "filter", "first_phases")

    def phase_of_it(fact: Fact) -> bool:
        named = context.parser.phase.search(fact.metric) or any(w in fact.metric for w in firsts)
        same = (fact.unit, fact.kind, fact.year, fact.aspect) == (best.unit, best.kind, best.year, best.aspect)
        return bool(named) and same and fact.context == best.context and fact.value < best.value

    phases = [f for f in context.facts.in_sentence(best) if f is not best and phase_of_it(f)]
    return [*tied, *(Match(f, tied[0].score) for f in phases)]


_TOTAL_MARK_REACH = 4  # characters from a metric's end: 总规模, 总投资额 (not 总部一期 of 总部一期投资)
_BARE_TAKE_UP = 2  # characters: a figure named by its verb alone (竣工) takes up its neighbour's name


def given_under(fact: Fact, context: Context) -> bool:
    """Whether a fact is a part of the figure its context names (获专利授权725件,其中发明专利90件), not a figure
    listed beside it (新开工房屋建筑面积117万平方米,竣工面积104万平方米): a part word (其中) stands between where
    the context is named and the figure."""
    if not fact.context or fact.metric in fact.context or fact.sentence_span is None:
        return False
    before = fact.sentence[: fact.span[0] - fact.sentence_span[0]]
    named = before.rfind(fact.context)
    words = context.parser.lexicon.words("conversation", "follow_up", "part_of")
    return named >= 0 and any(w in before[named:] for w in words)


def _unqualified(query: Query, tied: list[Match], context: Context) -> list[Match]:
    """Among equals, the one fact that narrows nothing the question leaves whole: the total where the question
    asks no addition (亿元以上企业 over 新增产值亿元企业), the whole where the rest adds only generic words (引进
    各类人才 over 新引进海外人才 for 人才引进目标)."""
    lex = context.parser.lexicon
    asked = query.text + query.metric
    additions = lex.words("conversation", "filter", "additions")
    # a plan's figure is an addition however it is named: 今年新引进人才目标 names 引进各类人才5000名以上 as
    # much as 新引进海外人才 (the verb without its 新)
    said = [w for w in additions if w in asked]
    verbs = [v for w in said if query.kind == "target" and (v := planned_verb(w))]  # 引进 of 新引进
    named = [m for m in tied if any(w in m.fact.metric for w in (*said, *verbs))]
    if len(named) == 1:
        return named  # 去年新增规上工业企业几家: the addition named, not the total it adds to
    generic = lex.words("conversation", "filter", "generic")
    # a total names nothing beyond the question but its size class (亿元以上企业), not another action of its own
    # (优化公交线路 is no total of 新增公交线路)
    totals = [
        m
        for m in tied
        if not any(w in m.fact.metric for w in additions)
        and not _rest(without_thresholds(m.fact.metric), asked, generic)
    ]
    # 新开, 新来, 增加…: any 新 or 增 may ask for an addition, said in everyday words; a total is picked only when
    # the question says it wants one (全区, 现在, 一共): 高新技术企业有多少家 may mean 新认定 14 or 累计 76
    # (not the 新 of a name the figures share: 高新技术企业)
    unnamed = asked
    for word in (w for w in query.own if all(w in m.fact.metric for m in tied)):
        unnamed = unnamed.replace(word, " ")
    addition_said = any(c in unnamed for c in lex.words("conversation", "filter", "addition_chars"))
    # the report's own place named (高新区产值上亿元的企业有多少家) asks its whole count too
    filters = lex.table("conversation", "filter")
    cues = (*filters["totals_said"], *filters["total_cues"], *context.tokenizer.own_names)
    # a size class asked (产值过亿的企业有多少家) sorts the standing total, not the year's addition
    total_said = any(w in asked for w in cues if len(w) > 1) or asked_threshold(query.text)[0] is not None
    if not addition_said and len(totals) == 1 and (total_said or len(tied) == len(totals)):
        return totals
    adding = [m for m in tied if any(w in m.fact.metric for w in (*additions, *verbs))]
    if addition_said and not total_said and len(adding) == 1:
        return adding  # 去年新开了几条公交线路: the one addition among them (新增公交线路, not 优化公交线路)
    standing = [m for m in tied if m not in adding and any(_added_to(a.fact, m.fact, additions) for a in adding)]
    if not addition_said and not total_said and standing:
        return [*adding, *standing]  # 新认定 14 or 累计 76 高新技术企业, neither said: the reader chooses
    whole = [m for m in tied if not _rest(m.fact.metric, asked, generic)]
    return whole if len(whole) == 1 else tied


def _added_to(addition: Fact, total: Fact, additions: Sequence[str]) -> bool:
    """Whether ``addition`` is the year's addition to ``total``: the same thing once the addition word and size
    classes are taken off (新认定高新技术企业 / 累计高新技术企业, 新增产值亿元企业 / 亿元以上企业), not a part of it
    (新引进海外人才 / 引进各类人才)."""
    thing = without_thresholds(addition.metric)
    for word in additions:
        thing = thing.replace(word, "")
    return bool(thing) and thing in without_thresholds(total.metric)


def _rest(metric: str, asked: str, generic: tuple[str, ...]) -> str:
    """What a metric says beyond the question's characters and generic words."""
    for word in generic:
        metric = metric.replace(word, "")
    return "".join(c for c in metric if c not in asked and not c.isspace())


def _one_answer(fact: Fact, query: Query, context: Context) -> Answer:
    """The figure that answers, unless the question insists on what was done and the figure is a plan's."""
    if _planned_only(query, fact, context):
        return _not_done_yet(fact, query)
    several = len({s.value for s in query.stated}) >= 2
    if any(_states(s, fact) for s in query.stated) and (several or not (query.computed or query.claims)):
        # 按民生支出9.7亿元占50.2%算，全年财政支出多少 / 那3条公交线是几路: a figure the question gives is not what
        # it asks
        return answer_passage(query, context)
    if _yearly_of_total(query, fact, context):
        return yearly_average(query, fact)
    return rise_asked_as_fall(fact, query) or lookup_answer(fact, query)


def _yearly_of_total(query: Query, fact: Fact, context: Context) -> bool:
    """年均/平均每年 asked of a figure the report gives as an amount over a whole span of years (新增, 累计), not
    as a yearly average of its own (年均新增…) nor as a state the span ends in."""
    if not query.time.yearly or fact.aspect != "value" or fact.period_years is None or not accumulated(fact):
        return False
    start, end = fact.period_years
    said = f"{fact.metric} {fact.context} {clause_of(fact)}"
    per_year = context.parser.lexicon.words("time", "cues", "per_year_words")
    return end > start and not context.parser.average.search(said) and not any(w in said for w in per_year)


def _planned_only(query: Query, fact: Fact, context: Context) -> bool:
    """2012年GDP实际做到了多少 of a report that only plans 2012: the question insists on what was done."""
    said = context.parser.lexicon.regex("time", "cues", "actual").search(query.text)
    if said is None or fact.kind != "target" or said.group() in fact.metric:
        return False  # 今年实际引进内外资总额目标: 实际 names the figure, it insists on nothing
    # 2012年GDP实际做到了多少，目标完成了吗: 目标 said beside it asks whether the plan was met, not the plan
    met = context.parser.lexicon.regex("time", "cues", "plan_met_pattern").search(query.text)
    return query.kind != "target" or met is not None


def _not_done_yet(fact: Fact, query: Query) -> Answer:
    year = f"{fact.year}年" if fact.year else ""
    text = (
        f"报告没有{year}实际完成的数据，只有目标：{fact_label(fact)}：{figure_text(fact)}。"
        f"\n\n原文：{fact.sentence}\n出处：{fact.section}"
    )
    return Answer(text, "none", sources=[source_of(fact)], question=query.text)


def _phases_unnamed(query: Query, matches: list[Match], context: Context) -> list[Match]:
    """研发园入驻率 when the report gives 一期、二期入驻率分别…: the items of the list, to ask which one is meant; the
    item named when the question names a phase (一期的); empty when the best fact is no phase of a list."""
    if not matches:
        return []
    best = matches[0].fact
    phase = context.parser.phase
    if not best.siblings or not phase.search(best.metric):
        return []
    listed = [matches[0], *(m for m in matches if m.fact.metric in best.siblings and m.fact.sentence == best.sentence)]
    listed.sort(key=lambda m: m.fact.span[0])  # offered in the report's order: 一期, then 二期
    if query.filter.phase:  # 一期的: the item of the list that names it
        named = [m for m in listed if query.filter.phase in m.fact.metric]
        return named[:1] if len(named) == 1 else []
    return listed if len(listed) > 1 else []


def _implied_growth(query: Query, intent: Intent, context: Context) -> Answer | None:
    """A growth the report does not state, computed from the year's figure and the year before's."""
    year = intent.years[0] if len(intent.years) == 1 else (context.report_year if intent.kind == "target" else None)
    if intent.aspect != "growth" or intent.operation or year is None or intent.span is not None:
        return None  # (十三五期间年均增速: a plan period's growth, which no two years of the report give)
    kind = context.parser.kind(query.metric)
    parts = (Part(query.metric, (year,), kind, query.metric), Part("", (year - 1,), kind, ""))
    time = replace(query.time, years=(year, year - 1))
    amount = _amount_of_rise(query, context)  # 增长多少亿: the rise itself
    # 绿色出行比例提高了几个百分点: a rate's rise in points is the difference of the two rates
    amount = amount or query.unit == "个百分点"
    pair = replace(query, operation="difference" if amount else "change", aspect="value", time=time, parts=parts)
    pair = replace(pair, whole=None)
    operands = find_operands(pair, pair.request(), context)
    if not operands or len(operands) < 2 or not _one_measure(operands[0].fact, operands[1].fact):
        return None  # 马铃薯总产量目标 against 规模以上工业总产值: two things, no growth of either
    answer = compute(pair, pair.request(), context)
    if answer is None:
        return None
    note = f"报告没有直接给出这一{'增量' if amount else '增速'}；按报告中两年的数字计算：\n"
    return replace(answer, text=note + answer.text, question=query.text)


def _growth_from_ends(query: Query, intent: Intent, context: Context) -> Answer | None:
    """A growth over a span the report gives only as its two ends (居民人均可支配收入从27136元增长到36439元, asked
    十四五期间涨了百分之多少): worked out from them, in % (in points for a rate, as an amount when one is asked)."""
    if intent.aspect != "growth" or intent.operation or len(intent.years) > 1 or not query.metric:
        return None
    if query.time.yearly:
        return None  # 平均每年增长多少: the rise over the whole span is no yearly average
    amount = _amount_of_rise(query, context) or query.unit == "个百分点"
    named = " ".join(query.own) or query.metric  # 累计涨了百分之多少: the thing, not how its change is said
    whole = Part(named, intent.years, None, named, span=intent.span)
    pair = replace(query, operation="difference" if amount else "change", aspect="value", whole=whole, parts=())
    answer = compute(pair, pair.request(), context)
    if answer is None or answer.kind != "number":
        return None
    note = f"报告没有直接给出这一{'增量' if amount else '增幅'}；按报告写的前后两个数字计算：\n"
    return replace(answer, text=note + answer.text, question=query.text)


def _one_measure(a: Fact, b: Fact) -> bool:
    """Whether two figures measure the same thing: one name, or one holding the other when that names enough
    (规模以上工业总产值 holds 产值, which names nothing alone)."""
    short, long = sorted((a.metric, b.metric), key=len)
    return bool(short) and (short == long or (len(short) >= 4 and short in long))


def _refusal(query: Query, intent: Intent, context: Context) -> Answer:
    """No figure for what was asked; the nearest facts the report does have, with their sources."""
    reason = "报告中找不到计算所需的数据" if intent.operation else f"{NO_FIGURE}{topic(query, context)}”的数据"
    nearest = [m for aspect in ("value", "growth") for m in _near(query, replace(intent, aspect=aspect), context)[:2]]
    nearest.sort(key=lambda m: (-m.score, not any(m.fact.speaks_of(y) for y in intent.years)))
    near = [m.fact for m in nearest[:2] if m.score >= NEAR_SCORE]
    text = reason + "。"
    if near:
        text += "报告中相关的数据有：" + "；".join(f"{fact_label(f)}{figure_text(f)}" for f in near) + "。"
    return Answer(text, "none", question=query.text, sources=[source_of(f) for f in near])


def _near(query: Query, intent: Intent, context: Context) -> list[Match]:
    """The facts near enough to name in a refusal, of any year; not another kind of the same head (财政总收入: not
    技工贸总收入, but 财政一般预算收入)."""
    found = context.resolve(intent.metric_text, intent, years=(), floor=NEAR_SCORE)
    return [m for m in found if not _other_kind_named(query, m.fact, context)]


_FAR_NEARER = 2.0  # times the best score of the kind asked: a chunk of the other kind this near is not hidden


def retrieve(
    query: Query, context: Context, k: int = _TOP_K, also: tuple[str, ...] = (), vector: np.ndarray | None = None
) -> list[Hit]:
    """The chunks that best match a question (``also``: the report's words for its everyday words; ``vector``:
    the question's, when already encoded), those of the years it names first."""
    text = search_text(query, also)
    vector = context.encoder.encode([text])[0] if vector is None else vector
    hits = search_hybrid(context.index, text, vector, k=max(k, 10))
    kind = {"target": "plan", "result": "result"}.get(query.kind or "")
    # a chunk of the other kind far nearer than any of the kind asked goes with them: a kind guessed from 建立了
    # does not hide the plan that writes it (建立项目推进第一责任人制度)
    same = max((h.score for h in hits if kind and _of_kind(h, kind)), default=0.0)
    # chunks of the years the question names come first, then those of the kind it asks (result or plan),
    # then those of the section an earlier answer came from
    hits.sort(
        key=lambda h: (
            not any(_speaks_of(h.chunk, y) for y in query.years),
            not (kind and (_of_kind(h, kind) or h.score >= _FAR_NEARER * same)),
            h.chunk.section != query.section if query.section else False,
        )
    )
    return hits[:k]


def search_text(query: Query, also: tuple[str, ...] = ()) -> str:
    """What a question is searched by: its words (abbreviations spelled out), an earlier topic, report words."""
    return " ".join((expand_aliases(query.words), query.topic, *also)).strip()


@dataclass(frozen=True)
class Found:
    """The best chunks for a question, the answer sentences inside them, and how relevant the best of them is."""

    hits: list[Hit]
    quotes: list[Quote]
    relevance: float  # the best quote's word coverage, raised or lowered by how near in meaning the chunks come


def _part_named(query: Query, context: Context) -> tuple[Query, str]:
    """总结部分最后向哪些人表示感谢: the question without the words naming a part of the report, and that part's
    section ("" when it names none)."""
    m = context.parser.lexicon.regex("structure", "part_named_pattern").search(query.words)
    if m is None:
        return query, ""
    chain = locate(context.index.outline, [Step(m.group("name"))], context.parser, children=False)
    if not chain or not any(chain[-1] is part for part in context.index.outline.children):  # a top part
        return query, ""
    return replace(query, words=query.words.replace(m.group(), " ")), chain[-1].section


_PICK_CHUNKS = 3  # the best chunks whose sentences may be quoted


def find_quotes(query: Query, context: Context) -> Found:
    """The best chunks for a question and the answer sentences inside them (none without content words)."""
    query, part = _part_named(query, context)
    # 晚会叫什么名字: the thing named is what is looked for; asking its name adds no words the report writes
    named = context.parser.lexicon.regex("asking", "name", "asked_pattern")
    thing = _thing_named(query, context) if named.search(query.words) else ""
    query = replace(query, words=named.sub(" ", query.words))
    groups = context.weights.expand(question_words(context.tokenizer, query.words, context.weights, passage=True))
    also = tuple(dict.fromkeys(w for g in groups if isinstance(g, Expanded) for w in g[1:]))
    vector = context.encoder.encode([search_text(query, also)])[0]
    hits = retrieve(query, context, also=also, vector=vector)
    hits = [h for h in hits if h.chunk.section.startswith(part)] or hits
    groups += topic_groups(context.tokenizer, query.topic, groups, context.weights)
    if not groups:
        return Found(hits, [], 0.0)
    chunks = _of_years([h.chunk for h in hits[:_PICK_CHUNKS]], query.years)
    chunks += _covered_better(chunks, groups, query, context)
    index = context.index
    cosines = sentence_cosines(chunks, vector, index)  # once: for picking the sentence and judging relevance
    listing = bool(context.parser.list_asked.search(query.words))
    broad = bool(context.parser.lexicon.regex("asking", "figure", "broad_pattern").search(query.text))
    quotes = pick_quotes(chunks, groups, context.weights, cosines, listing, _asked_past(query, context), broad)
    quotes = list_run(quotes, index.chunks, query.words)
    quotes = said_on(list_item(quotes, index.chunks, groups), index.chunks)
    quotes = whole_item(quotes, index.chunks, groups)
    if not quotes or (thing and not context.weights.writes(thing)):
        return Found(hits, [], 0.0)  # 软件园的总经理叫什么: a thing the report never writes has no name in it
    coverage = max(q.coverage for q in quotes)
    return Found(hits, quotes, relevance(coverage, nearest(cosines), index.manifest.model))


_BETTER_COVERED = 0.2  # word coverage by which a chunk the rankings left out must beat the chunks they found
_RARE_CHUNKS = 3  # chunks at most that write a name cut otherwise (普瑞: 2; 成立, written in many, is no name)


def _covered_better(chunks: list[Chunk], groups: Sequence[WordGroup], query: Query, context: Context) -> list[Chunk]:
    """The chunk that writes clearly more of the question's words than the chunks found, when the rankings left it
    out: jieba cuts a name it does not know otherwise in the report than in the question (均胜普瑞 as 均|胜普瑞,
    普瑞 alone), so BM25 misses what the words, read as written, find. Of the years asked when any speaks of them,
    and of the kind asked (a plan, a result)."""
    weights = context.weights
    # only for a rare word of the question written as such, which no chunk found writes (普瑞), not for synonyms
    missed = [g[0] for g in groups if not isinstance(g, Expanded) and len(g[0]) > 1]
    missed = [w for w in missed if weights.chunks_writing(w) <= _RARE_CHUNKS and context.tokenizer.words(w) == [w]]
    missed = [w for w in missed if not any(w in headed(c) for c in chunks)]
    if not missed:
        return []
    kind = {"target": "plan", "result": "result"}.get(query.kind or "")
    others = [c for c in context.index.chunks if c not in chunks and (not kind or _chunk_of_kind(c, kind))]
    others = [c for c in _of_years(others, query.years) if any(w in headed(c) for w in missed)]
    found = max((weights.coverage(groups, headed(c)) for c in chunks), default=0.0)
    scored = [(weights.coverage(groups, headed(c)), c) for c in others]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return [best[1]] if best is not None and best[0] >= found + _BETTER_COVERED else []


def _asked_past(query: Query, context: Context) -> str:
    """去年这个示范园区有什么进展 after a passage naming it: the passage just given, when the follow-up points back at
    its thing and asks what happened to it (进展, 进度; conversation.toml `progress_words`) in words the passage does
    not say, so that it is not given again; "" otherwise."""
    if not query.lean.points_back or not query.talked or query.wants != "passage":
        return ""
    earlier = shown(query.talked[-1])
    if earlier.figure or earlier.refused or earlier.refused_passage:
        return ""
    progress = context.parser.lexicon.words("conversation", "follow_up", "progress_words")
    return earlier.body if any(w in query.words and w not in earlier.body for w in progress) else ""


def answer_passage(query: Query, context: Context, floor: float | None = None) -> Answer:
    """The sentences of the report that answer the question, or a refusal naming what was asked (below ``floor``
    relevance; the context's threshold by default)."""
    found = find_quotes(query, context)
    hits, quotes = found.hits, found.quotes
    if context.parser.lexicon.regex("asking", "figure", "broad_pattern").search(query.text):
        quotes = paragraph_on(quotes)  # 有什么打算: the paragraph a short lead of its own heads
    low = found.relevance < (context.min_coverage if floor is None else floor)
    if not quotes or low or _unwritten(query, context):
        return Answer(f"报告中没有找到关于“{topic(query, context)}”的内容。", "none", question=query.text)
    body = "".join(q.sentence.text for q in quotes) + _announced(quotes[-1], context)
    section = quotes[0].chunk.section
    sources = [Source(section, q.sentence.text, q.sentence.span, round(q.coverage, 3), cited=True) for q in quotes]
    sources += [Source(h.chunk.section, h.chunk.text, h.chunk.span, round(h.score, 4)) for h in hits]
    thing = _unnamed(query, body, context)
    if thing:  # 那家科技银行叫什么名字: the sentences speak of it, but give it no name
        text = f"报告提到了{thing}，但没有写出它的名称。\n\n原文：{body}\n出处：{section}"
        return Answer(text, "none", sources=sources, question=query.text)
    detail = _detail_unwritten(query, body, context)
    if detail:  # 李惠利医院东部院区什么时候开诊: the sentences speak of it, but give no time
        text = f"报告中没有写明{detail}，相关的内容如下。\n\n原文：{body}\n出处：{section}"
        return Answer(text, "none", sources=sources, question=query.text)
    return Answer(f"{body}\n\n出处：{section}", "passage", sources=sources, question=query.text)


def _announced(quote: Quote, context: Context) -> str:
    """重点采取以下五个方面的工作举措: a quote ending in a colon announces what follows: the headings under its own
    heading, numbered, when it has them; "" otherwise (the sentences after it are quoted with it already)."""
    if not quote.sentence.text.rstrip().endswith(("：", ":")):
        return ""
    node = next((n for n in walk(context.index.outline) if n.path == quote.chunk.section_path), None)
    if node is None or not node.children:
        return ""
    return "\n" + "\n".join(child.numbered for child in node.children)


def _unwritten(query: Query, context: Context) -> bool:
    """报告里有没有说税收收入是多少 / 研发经费总额有没有说: whether the report says a thing at all, asked of a word it
    never writes (nor its words for it, 地区生产总值 for GDP): a passage of another thing is no answer."""
    parser = context.parser
    if not parser.lexicon.regex("asking", "figure", "said_at_all_pattern").search(query.text):
        return False
    written = parser.report_text or ""
    own = query.own
    # 研发经费总额: the words as the question writes them together (研发经费), not each alone (研发, 经费)
    joined = [a + b for a, b in zip(own, own[1:], strict=False) if a + b in query.text]
    lexicon = parser.lexicon
    return any(
        not any(w in written for w in (*expand_aliases(word).split(), *alternatives(word, lexicon)))
        for word in (*own, *joined)
    )


def _detail_unwritten(query: Query, body: str, context: Context) -> str:
    """The detail a question asks of a thing (什么时候, 哪家银行, 评上了哪些人, 租金多少钱; asking.toml ``[detail]``)
    that the sentences found do not write, by its label (时间); "" when none is asked or the sentences write it."""
    amount = _amount_asked(query, context)
    if amount is not None and _unsaid_words(query, body, context):
        said = _clauses_on(query, body, amount, context, cut="[；;。！!？?]", least=True)  # its sentences
        if not any(same_dimension(f.unit, query.unit or "") for f in find_figures(said) if f.unit):
            return f"具体数字（{query.unit}）"
    for kind, asking in details_asked(query.text, context.parser.lexicon):
        entry = context.parser.lexicon.table("asking", "detail", kind)
        if not _detail_shown(kind, entry, query.text, body, asking, query, context):
            return str(entry["label"])
    return ""


def details_asked(text: str, lexicon: Lexicon) -> list[tuple[str, re.Pattern[str]]]:
    """The kinds of detail a question asks (asking.toml ``[detail]``: when, where, who…), each with its asking."""
    kinds = [k for k, v in lexicon.table("asking", "detail").items() if isinstance(v, dict)]
    asked = [(k, lexicon.regex("asking", "detail", k, "asked_pattern")) for k in kinds]
    return [(k, asking) for k, asking in asked if asking.search(text)]


def _amount_asked(query: Query, context: Context) -> re.Pattern[str] | None:
    """How the question asks an amount in its unit (租金多少元, 多少张床位), when it does: not which time of an
    event (第几次办), nor a thing whose unit is only implied (投资广场是干什么的), nor a unit the question's own
    words did not set (今年呢 after a count)."""
    lexicon = context.parser.lexicon
    if not query.unit or "unit" not in query.given:
        return None
    if lexicon.regex("asking", "figure", "event_ordinal_pattern").search(query.text):
        return None
    asking = re.compile(lexicon.pattern("asking", "detail", "amount_asked_pattern").format(unit=re.escape(query.unit)))
    return asking if asking.search(query.text) else None


def _unsaid_words(query: Query, body: str, context: Context) -> bool:
    """Whether the sentences leave a word of the question unsaid (床位 of 多少张床位 beside 李惠利医院东部院区加快建设;
    not 今年关停燃煤锅炉多少台 beside a plan to finish the boilers' removal)."""
    return any(w not in body for w in context.tokenizer.content_words(query.words) if len(w) > 1)


def _clauses_on(
    query: Query, body: str, asked: re.Pattern[str], context: Context, cut: str = "[，,；;。：:]", least: bool = False
) -> str:
    """The clauses of ``body`` (or the pieces ``cut`` gives) that write the most words of the question besides its
    asking (成立全市首家科技支行 of 全市首家科技支行是哪家银行设立的, not the next clause naming another bank), or with
    ``least`` any of them; the whole body when none writes any."""
    words = [w for w in context.tokenizer.content_words(asked.sub(" ", query.words)) if len(w) > 1]
    clauses = re.split(cut, body)
    written = [sum(w in c for w in words) for c in clauses]
    most = max(written, default=0)
    floor = 1 if least else most
    return "，".join(c for c, n in zip(clauses, written, strict=True) if n >= floor) if most else body


def _detail_shown(
    kind: str, entry: dict, question: str, body: str, asking: re.Pattern[str], query: Query, context: Context
) -> bool:
    """Whether ``body`` writes the detail of ``kind`` a question asks: a time, or a step the question names (开工);
    an organisation named, in the clauses speaking of the thing, other than one the question names (科技银行 of
    哪家银行设立的科技银行)."""
    lexicon = context.parser.lexicon
    if "suffixes" in entry:
        suffixes = lexicon.alternation("asking", "detail", kind, "suffixes")
        clauses = _clauses_on(query, body, asking, context)
        names = re.finditer(rf"[\u4e00-\u9fffA-Za-z]{{2}}(?:{suffixes})", clauses)
        return any(m.group() not in question for m in names)
    if lexicon.regex("asking", "detail", kind, "shown_pattern").search(body):
        return True
    return any(step in question and step in body for step in entry.get("steps", ()))


def _name_words(query: Query, context: Context) -> list[str]:
    """The words of a question asking a name, without the asking (那家科技银行叫什么名字 → 科技, 银行: not 家 of
    那家); empty when it asks no name."""
    asked = context.parser.lexicon.regex("asking", "name", "asked_pattern")
    if not asked.search(query.text):
        return []
    return [w for w in context.tokenizer.content_words(asked.sub(" ", query.words)) if len(w) > 1]


def _thing_named(query: Query, context: Context) -> str:
    """The thing a question asking a name names last (软件园的总经理叫什么 → 总经理; 那家科技银行叫什么名字 → 银行)."""
    words = _name_words(query, context)
    return words[-1] if words else ""


def _unnamed(query: Query, body: str, context: Context) -> str:
    """The thing a question asks the name of (那家科技银行叫什么名字 → 科技银行) when ``body`` speaks of it only
    without a name: no quoted name or list of names in its clause, and a counter or a verb right before it (首家,
    推动); "" otherwise, or when no name is asked (晚会叫什么名字: “和谐高新”大型文艺晚会 is quoted)."""
    words = _name_words(query, context)
    # the longest run of its words the question says together and the sentences write (科技 银行 → 科技银行)
    runs = ["".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)]
    written = [r for r in runs if r in query.words and r in body]
    if not written:
        return ""
    thing = max(written, key=len)
    if not thing.endswith(words[-1]):
        return ""  # 做金融后台外包的公司 (金融后台服务外包企业宁波…): not the thing asked whose name is wanted
    lexicon = context.parser.lexicon
    lead = lexicon.regex("asking", "name", "unnamed_lead_pattern")
    marks, marks_after = lexicon.words("asking", "name", "named_before"), lexicon.words("asking", "name", "named_after")
    for at in (m.start() for m in re.finditer(re.escape(thing), body)):
        before = re.split(r"[，,；;。：:]", body[:at])[-1]
        after = body[at + len(thing) : at + len(thing) + 1]
        if any(c in before for c in marks) or after in marks_after:
            return ""  # “和谐高新”大型文艺晚会 / 东海蓝帆、金唐软件等重点软件企业: named
        if not lead.search(before):
            return ""  # 新成立新晖社区卫生服务站: a name may stand right before it
    return thing


# the order `Bot` tries them in: the first that answers wins; the passage answerer always answers
ANSWERERS: tuple[Answerer, ...] = (
    answer_about,
    answer_unexplained,
    answer_list,
    answer_items_counted,
    answer_own_figures,
    answer_premise,
    answer_threshold,
    answer_worked_back,
    answer_benchmark,
    answer_level_before,
    answer_stock_before,
    answer_other_part,
    answer_missing_year,
    answer_extreme,
    answer_stated_whole,
    answer_computed,
    answer_ordinal,
    answer_each_named,
    answer_lookup,
    answer_rank_how,
    answer_shortcomings,
    answer_passage,
)


def _of_years(chunks: list[Chunk], years: tuple[int, ...]) -> list[Chunk]:
    """The chunks that speak of a year asked, when any does: a sentence of another year is no answer to 它去年什么进度
    however many of the earlier topic's words it holds."""
    speaking = [c for c in chunks if any(_speaks_of(c, y) for y in years)]
    return speaking or chunks


def _speaks_of(chunk: Chunk, year: int) -> bool:
    """Whether a chunk speaks of ``year``, by its section's period or by naming it."""
    return (chunk.period is not None and chunk.period.covers(year)) or f"{year}年" in chunk.text


def _of_kind(hit: Hit, kind: str) -> bool:
    return _chunk_of_kind(hit.chunk, kind)


def _chunk_of_kind(chunk: Chunk, kind: str) -> bool:
    return chunk.period is not None and chunk.period.kind == kind


def topic(query: Query, context: Context) -> str:
    """What was asked, without question words and punctuation, for quoting back in a refusal."""
    parser = context.parser
    text = parser.question_tail.sub("", parser.opening.sub("", query.text))
    text = re.sub(r"[?？!！。，、；;：:]", "", text).strip()
    return (text[:30] + "…") if len(text) > 30 else text or query.text[:30]
