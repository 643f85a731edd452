"""Questions as people put them — a rare name beside the report's own place, a total and its first phase, a rate
asked how it stands, a topic marked by 这块, a figure of each thing just named, a difference of two growths — on a
literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年工作报告
一、2023年工作回顾
（一）新区产业加快发展
1.新区项目落地。ACME在新区设立华东研发中心，新区智慧园开工建设。
2.新区基金设立。推动在新区设立总规模80亿元、首期投资20亿元的新区产业基金。
3.新区园区入驻。新区研发园一期、二期入驻率分别达到90%和70%。
4.新区企业创优。恒远机械、东岭电子列入国家重点产业振兴项目，新区西湖化工、北山集团被评为全市重点优势总部企业。
5.新区收入增长。完成财政一般预算收入30亿元，同比增长25%。软件与服务外包产值12亿元。
二、2024年工作安排
（一）主要目标
1、新区经济指标。财政一般预算收入34亿元，同比增长13.3%。全年实现软件与服务外包产值突破15亿元。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("people")
    report = folder / "newarea_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_rare_name_is_found_though_the_reports_own_place_is_everywhere(bot):
    tokens = bot.index.tokenizer.query_tokens("ACME在新区设了个什么？")
    assert "acme" in tokens and tokens.count("新区") == 1  # the own name once, not with its search-mode pieces
    found = bot.ask("ACME在新区设了个什么？")
    assert found.kind == "passage" and "华东研发中心" in found.text, found.text


def test_the_own_place_weighs_once_beside_a_rare_name(real_bot):
    tokenizer = real_bot.index.tokenizer
    place = max(tokenizer.own_names, key=len)
    question = f"IBM在{place}设了个什么？"
    pieces = [t for t in tokenizer.tokenize(question) if t != "ibm" and t in place]
    assert len(pieces) > 1  # search mode cuts the place into pieces, each a BM25 token
    assert [t for t in tokenizer.query_tokens(question) if t in place] == [place]
    found = real_bot.ask(question)
    assert found.kind == "passage" and "IBM" in found.text.split("出处")[0], found.text


def test_a_total_asked_without_its_mark_beside_a_first_phase_is_asked_back(bot):
    size = bot.ask("新区产业基金规模多大？")
    assert size.kind == "clarify" and len(size.options) == 2, size.text
    assert {"80" in o for o in size.options} == {True, False} and any("20亿元" in o for o in size.options)
    assert (bot.ask("新区产业基金总规模多大？").value, bot.ask("新区产业基金首期投资多少？").value) == (80, 20)


def test_a_rate_asked_how_it_stands_is_asked_its_figures(bot):
    rates, second, apart = talk(bot, "研发园入驻率怎么样？", "二期", "一期比二期高多少？")
    assert rates.kind == "clarify" and len(rates.options) == 2, rates.text
    assert (second.kind, second.value, second.unit) == ("number", 70, "%"), second.text
    assert (apart.kind, apart.value) == ("number", 20), apart.text


def test_a_topic_marked_by_zhe_kuai_points_back_to_nothing(bot):
    query = bot.understand("今年软件这块的产值目标？")
    assert not query.lean.points_back and query.figure
    planned = talk(bot, "去年财政一般预算收入多少", "今年软件这块的产值目标？")[-1]
    assert (planned.kind, planned.value) == ("number", 15), planned.text


def test_a_figure_of_each_thing_just_named_is_refused_when_the_report_gives_none(bot):
    assert bot.understand("这几家企业去年产值各是多少？").unit == "元"  # 这几家 points, it asks no count in 家
    *_, each = talk(bot, "哪些企业被评为全市重点优势总部企业？", "这几家企业去年产值各是多少？")
    assert each.kind == "none" and "北山集团" in each.text, each.text


def test_a_difference_of_two_growths_is_in_points(bot):
    *_, apart = talk(bot, "财政一般预算收入2023年完成了多少？", "今年计划呢？", "增速？", "跟去年的增幅差几个百分点？")
    assert (apart.kind, abs(apart.value), apart.unit) == ("number", pytest.approx(11.7), "个百分点"), apart.text
    lower = talk(bot, "今年财政一般预算收入目标增速", "比去年的增幅低几个百分点？")[-1]
    assert (lower.kind, abs(lower.value), lower.unit) == ("number", pytest.approx(11.7), "个百分点"), lower.text
