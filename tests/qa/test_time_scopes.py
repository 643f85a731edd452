"""Time as a model — a report of 2026 that reviews 2025 and the 十四五 period, explains its 十五五 plan and sets
2026 targets: each paragraph turns to one year (2025年是很不平凡的一年) or back to the whole span (五年来, in its
first or second sentence), a plan period opened under a heading naming no time (“十四五”时期，…) is its own scope, a
change written with both ends (由6.1万元提升至8.2万元) gives the year before the span and its end, questions name a
year, a plan period, a recent span (过去五年) or a span's end (十四五末, 收官), and a total is never answered by a
figure per head — on a literal report of our own with the real model."""

import pytest

from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections

REPORT = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第四次会议上
某省省长 王某
各位代表：
现在，我代表省人民政府向大会报告工作，请予审议。
一、2025年和“十四五”时期工作回顾
2025年是很不平凡的一年。面对复杂形势，全省上下攻坚克难，主要目标任务顺利完成。
（一）经济稳中有进。全省地区生产总值达到4.1万亿元，增长5.2%。规上工业增加值增长6.3%。
（二）民生持续改善。城镇新增就业68万人。
各位代表！2025年是“十四五”收官之年。五年来，我们砥砺前行，发展迈上新台阶。
——经济实力跃升。地区生产总值年均增长5.8%，人均地区生产总值由6.1万元提升至8.2万元，高铁里程由1200公里增至2100公里。
——民生福祉增进。城镇新增就业累计340万人，居民人均可支配收入年均增长6.4%。
二、关于“十五五”规划纲要草案的说明
“十四五”时期，全省常住人口城镇化率达到66%，研发经费投入强度达到2.6%。
“十五五”时期是夯实基础、全面发力的关键时期。到2030年，常住人口城镇化率达到70%，研发经费投入强度达到3%。
三、2026年工作安排
今年主要预期目标是：地区生产总值增长5%左右，城镇新增就业65万人以上。
"""


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("time_scopes")
    path = folder / "province_2026.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def facts(report_file):
    report = read_report(report_file)
    return extract_facts(report.text, split_sections(report), report.meta.year)


@pytest.fixture(scope="module")
def bot(report_file, real_bot):
    from qa import Bot

    return Bot(
        report=report_file, index_dir=report_file.parent / "index", encoder=real_bot.encoder, say=lambda _m: None
    )


def _fact(facts, text: str, metric_part: str):
    found = [f for f in facts if f.text == text and metric_part in f.metric]
    assert len(found) == 1, [(f.metric, f.text) for f in facts if f.text == text]
    return found[0]


@pytest.mark.parametrize(
    ("text", "metric", "year", "span", "kind"),
    [
        ("5.2%", "地区生产总值", 2025, None, "result"),  # 2025年是很不平凡的一年: the paragraphs after it too
        ("6.3%", "规上工业增加值", 2025, None, "result"),
        ("5.8%", "地区生产总值", None, (2021, 2025), "result"),  # 五年来, in the paragraph's second sentence
        ("340万人", "城镇新增就业", None, (2021, 2025), "result"),
        ("66%", "城镇化率", None, (2021, 2025), "result"),  # “十四五”时期，… under a heading naming no time
        ("70%", "城镇化率", 2030, None, "target"),  # 到2030年，… in a “十五五” plan: that year's target
        ("5%左右", "地区生产总值", 2026, None, "target"),
    ],
)
def test_each_paragraph_speaks_of_its_own_time(facts, text, metric, year, span, kind):
    fact = _fact(facts, text, metric)
    assert (fact.year, fact.period_years, fact.kind) == (year, span, kind), fact


def test_a_change_with_both_ends_gives_the_year_before_the_span_and_its_end(facts):
    start, end = _fact(facts, "6.1万元", "人均"), _fact(facts, "8.2万元", "人均")
    assert start.metric == end.metric == "人均地区生产总值"
    assert (start.year, start.period_years) == (2020, None), start
    assert (end.year, end.period_years) == (2025, (2021, 2025)), end


@pytest.mark.parametrize(
    ("question", "years", "span", "ends", "cued"),
    [
        ("十四五期间地区生产总值年均增长多少？", (), (2021, 2025), False, True),
        ("过去五年居民收入年均增长多少？", (), (2021, 2025), False, True),
        ("“十四五”末城镇化率是多少？", (2025,), (2021, 2025), True, False),
        ("十四五收官之年人均GDP多少？", (2025,), (2021, 2025), True, False),
        ("“十五五”期间城镇化率目标是多少？", (), (2026, 2030), False, True),
        ("去年地区生产总值增长多少？", (2025,), None, False, False),
        ("十四五开局之年增长多少？", (2021,), None, False, False),  # one year of the period, no span
    ],
)
def test_the_time_asked_is_a_year_a_span_or_a_spans_end(bot, question, years, span, ends, cued):
    time = bot.understand(question, []).time
    assert (time.years, time.span, time.ends, time.span_cued) == (years, span, ends, cued), time


@pytest.mark.parametrize(
    ("question", "value", "unit"),
    [
        ("2025年地区生产总值增长多少？", 5.2, "%"),
        ("去年经济增长了多少？", 5.2, "%"),  # 经济增长 alone: the growth of 地区生产总值
        ("十四五期间地区生产总值年均增长多少？", 5.8, "%"),
        ("过去五年居民人均可支配收入年均增长多少？", 6.4, "%"),
        ("十四五期间城镇新增就业一共多少人？", 340, "万人"),
        ("十四五末人均地区生产总值是多少？", 8.2, "万元"),
        ("2020年人均地区生产总值是多少？", 6.1, "万元"),
        ("人均地区生产总值现在是多少？", 8.2, "万元"),  # the level reached, not the one the change starts from
        ("“十四五”末城镇化率是多少？", 66, "%"),  # the state the span's review ends in
        ("到2030年城镇化率要达到多少？", 70, "%"),
        ("“十五五”期间研发经费投入强度目标是多少？", 3, "%"),
        ("今年经济增长目标是多少？", 5, "%"),
        ("十四五期间人均地区生产总值增加了多少万元？", 2.1, "万元"),  # the change between the two ends
        ("十四五期间高铁里程一共增加了多少公里？", 900, "公里"),
    ],
)
def test_a_figure_is_found_at_the_time_asked(bot, question, value, unit):
    answer = bot.ask(question, [])
    assert answer.kind == "number" and answer.unit == unit, answer.text
    assert answer.value == pytest.approx(value), answer.text


@pytest.mark.parametrize(
    "question",
    [
        "2025年城镇新增就业累计多少？",  # one year asked: the span's total is not that year's
        "十四五末城镇新增就业多少人？",  # an amount over the span is not the state it ends in…
        "十三五期间地区生产总值年均增长多少？",  # a plan period the report does not review
    ],
)
def test_a_figure_of_another_time_is_not_given(bot, question):
    answer = bot.ask(question, [])
    assert answer.kind != "number" or answer.value not in (340, 5.8), answer.text


def test_a_total_is_not_answered_by_a_figure_per_head(bot):
    answer = bot.ask("十四五收官的时候地区生产总值是多少？", [])
    assert answer.kind != "number" or answer.unit != "万元", answer.text


def test_an_increase_asked_is_not_a_level_a_change_starts_or_ends_at(bot):
    answer = bot.ask("十四五期间高铁里程增加了多少？", [])
    assert answer.kind == "number" and answer.value == pytest.approx(900), answer.text
    assert "2100" in answer.text and "1200" in answer.text, answer.text  # both operands cited
