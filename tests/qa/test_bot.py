"""The bot on a genre-style report of our own, with a fake encoder: no model needed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa import Answer


def test_figure_answer_cites_the_sentence_and_its_section(county_bot):
    answer = county_bot.ask("新建改建农村公路多少千米？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 120, "千米")
    assert "120千米" in answer.text
    assert answer.sources[0].section.startswith("一、2023年工作回顾 > （二）城乡面貌持续改善")
    assert "120千米" in answer.sources[0].text
    start, end = answer.sources[0].span
    assert county_bot.settings.report.read_text("utf-8")[start:end] == answer.sources[0].text


def test_plan_question_finds_the_plan_section(county_bot):
    answer = county_bot.ask("今年计划实施多少个重点项目？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 150, "个")
    assert "150个" in answer.text
    assert answer.sources[0].section.startswith("二、2024年工作安排")


def test_year_the_report_does_not_cover_is_refused_naming_it(county_bot):
    answer = county_bot.ask("2019年地区生产总值是多少？")
    assert answer.kind == "none"
    assert "2019年" in answer.text
    assert "2023年工作回顾" in answer.text
    assert answer.value is None
    # names the nearest figure the report does have, with its source
    assert "2023年地区生产总值是356.8亿元" in answer.text
    assert "356.8亿元" in answer.sources[0].text


def test_metric_the_report_lacks_is_refused_naming_what_was_asked(county_bot):
    answer = county_bot.ask("青禾县的房价是多少？")
    assert answer.kind == "none"
    assert "房价" in answer.text


def test_follow_up_uses_the_previous_question(county_bot):
    first = county_bot.ask("2023年地区生产总值是多少？")
    follow = county_bot.ask("那2024年呢？", history=[("2023年地区生产总值是多少？", first.text)])
    assert follow.question.startswith("2024年地区生产总值")
    assert "6%左右" in follow.text


@pytest.mark.parametrize("question", ["", "   ", "😀😀", "？？？", "a" * 100_000, "What is the weather like?"])
def test_any_question_string_returns_an_answer(county_bot, question):
    answer = county_bot.ask(question)
    assert isinstance(answer, Answer)
    assert answer.kind in ("passage", "none")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=80))
def test_ask_never_raises_on_any_string(county_bot, question):
    assert county_bot.ask(question).kind in ("passage", "none")


def test_non_string_question_and_malformed_history_raise(county_bot):
    with pytest.raises(TypeError):
        county_bot.ask(None)
    with pytest.raises(ValueError, match="history"):
        county_bot.ask("地区生产总值", history=[("只有一半",)])


def test_bot_settings_are_checked(county_report, fake_encoder):
    from qa import Bot

    with pytest.raises(ValueError, match="min_coverage"):
        Bot(report=county_report, encoder=fake_encoder, min_coverage=2)


def test_a_list_question_is_answered_with_the_whole_list(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、2025年工作回顾\n我们也清醒认识到存在的困难和问题：工业基础薄弱，转型任务艰巨；"
        "财政收支矛盾突出；城乡发展不平衡；营商环境仍需优化。\n二、2026年工作安排\n地区生产总值增长6%。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("报告认为存在哪些困难和问题？")
    assert answer.kind == "passage"
    assert all(item in answer.text for item in ("工业基础薄弱", "财政收支矛盾突出", "营商环境仍需优化")), answer.text


def test_problems_are_found_in_the_paragraph_on_shortcomings(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、2025年工作回顾\n就业问题得到妥善解决，新增就业5000人。\n"
        "同时也要看到，工作中还存在一些不足：产业层次不高；创新能力不强。\n二、2026年工作安排\n地区生产总值增长6%。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("报告提到了哪些存在的问题？")
    assert "产业层次不高" in answer.text and "创新能力不强" in answer.text, answer.text
