"""The app built without launching it, and the answer rendering."""

import re
from pathlib import Path

import gradio as gr

from qa.answer import Answer, Source
from ui.api import MAX_INPUT_CHARS
from ui.app import build_app
from ui.chat import reply
from ui.render import render_answer


def test_user_and_report_text_is_escaped_not_rendered():
    answer = Answer("<script>alert(1)</script>", "none", question="<img src=x onerror=alert(1)>")
    html = render_answer(answer, "<b>别的问题</b>")
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_figure_understood_question_and_sources_are_shown():
    answer = Answer(
        "2012年服务业总收入目标：680亿元。\n\n原文：…",
        "number",
        680.0,
        "亿元",
        [Source("二、2012年工作安排", "全年实现服务业总收入680亿元", (1, 2), None, cited=True)],
        question="2012年服务业总收入是多少？",
    )
    html = render_answer(answer, "那2012年呢？")
    assert '<div class="qa-figure"><strong>680亿元</strong></div>' in html
    assert "理解为：2012年服务业总收入是多少？" in html
    assert "<details" in html and "<mark>全年实现服务业总收入680亿元</mark>" in html
    assert "原文：…" not in html  # the source is in the collapsible part, not repeated


def test_app_builds_with_ask_endpoint_tabs_and_queue(county_bot, tmp_path):
    app = build_app(county_bot, tmp_path / "feedback.jsonl")
    assert isinstance(app, gr.Blocks)
    api_names = {d.api_name for d in app.fns.values()}
    assert "ask" in api_names
    config = str(app.config)
    assert "数据表" in config and "原文" in config
    assert app._queue.default_concurrency_limit == 4


def test_long_input_gets_a_polite_limit_and_history_is_read_back(county_bot):
    assert "请精简" in reply(county_bot, "问" * (MAX_INPUT_CHARS + 1), [])
    history = [
        {"role": "user", "content": "2023年地区生产总值是多少？"},
        {"role": "assistant", "content": render_answer(county_bot.ask("2023年地区生产总值是多少？"), "")},
    ]
    html = reply(county_bot, "增长多少？", history)
    assert "6.2%" in html and "理解为" in html


def test_report_tab_highlights_what_is_searched(county_bot):
    from ui.app import _report_html, _report_paragraphs

    paragraphs = _report_paragraphs(county_bot)
    assert any(path.startswith("一、2023年工作回顾") for path, _ in paragraphs)
    html = _report_html(paragraphs, "农村公路")
    marked = html.count('<mark class="qa-hit">农村公路</mark>')
    assert marked > 0 and f"找到 {marked} 处" in html
    assert '<div class="qa-found" id="qa-found">没有找到</div>' in _report_html(paragraphs, "不在报告里的词")


def test_follow_ups_that_lean_on_the_figure_given_work_from_the_chats_rendered_history(county_bot):
    """The chat sends back its rendered answers; a follow-up that needs the figure given (its sentence, its
    fact) finds it there as it does in the text `ask` returns."""
    first = "2023年新建幼儿园多少所？"
    history = [
        {"role": "user", "content": first},
        {"role": "assistant", "content": render_answer(county_bot.ask(first), first)},
    ]
    html = reply(county_bot, "学位新增了多少？", history)
    assert "1800" in html
    assert county_bot._answered_fact(history[1]["content"]) is None  # rendered HTML is read as plain text first
    plain = reply(county_bot, "叫什么名字", history)
    assert "新建幼儿园4所" in plain


def test_follow_ups_that_go_on_from_a_passage_work_from_the_chats_rendered_history(real_bot):
    """哪个要建成 after a passage, and 它 after the clause: the chat's rendered answers are read as `ask`'s text is
    (the passage, where it is from, the sentence quoted)."""
    history: list[dict] = []
    shown = []
    for question in ("今年开工哪些保障房项目？", "哪个要建成？", "它去年什么进度"):
        html = reply(real_bot, question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": html}]
        shown.append(re.sub(r"<[^>]+>", "\n", html))
    listed, which, progress = shown
    clause = which.strip().split("\n")[0]
    assert "建成" in clause and clause in listed and len(clause) < 30, which
    assert "2011年工作总结" in progress and clause[2:] in progress, progress


def test_a_wholes_figure_given_for_a_part_is_what_the_chat_compares_next(real_bot):
    """今年目标是多少 after 发明专利's share gives 获专利授权's target, said so; 要多多少 in the chat then compares the
    whole, as it does through `ask`."""
    history: list[dict] = []
    asked = ("去年专利授权多少件？", "发明专利呢", "占比多少", "今年目标是多少", "要多多少？")
    for question in asked:
        html = reply(real_bot, question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": html}]
    through_ask: list[tuple[str, str]] = []
    for question in asked:
        through_ask.append((question, real_bot.ask(question, through_ask).text))
    expected = real_bot.ask(asked[-1], through_ask[:-1])
    assert expected.kind == "number" and f"{expected.value:g}" in html, html


def test_the_heading_says_what_the_report_says_about_itself(county_bot):
    from ui.app import _heading

    heading = _heading(county_bot)
    assert "青禾县2024年政府工作报告" in heading and "日期：2024年1月20日" in heading, heading


def test_a_sum_asked_again_in_the_chat_is_the_same_sum(real_bot):
    """一共多少？ asked again after the chat showed a sum (its figure first, then 理解为…, then 以上2项合计…): the same
    sum each time, as through `ask`, never the last figure alone."""
    history: list[dict] = []
    figures = []
    for question in ("2011年地区生产总值是多少？", "2012年的目标呢？", "一共多少？", "一共多少？", "一共多少？"):
        html = reply(real_bot, question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": html}]
        figures.append(re.search(r"<strong>(.+?)</strong>", html).group(1))
    assert figures == ["170亿元", "210亿元", "380亿元", "380亿元", "380亿元"]


def test_a_long_chat_is_read_from_its_latest_turns_with_a_note(real_bot):
    history = [
        {"role": role, "content": text}
        for _ in range(30)
        for role, text in (("user", "2011年地区生产总值是多少？"), ("assistant", "2011年地区生产总值：170亿元。"))
    ]
    html = reply(real_bot, "那2012年呢？", history)
    assert "210亿元" in html and "最近20轮" in html and "10轮" in html


def test_feedback_logs_the_answer_as_given_with_a_reason(real_bot, tmp_path):
    """👎 with a reason: the question, the question as understood, the answer as plain text, kind, figure, sources
    and the report's sha256, as JSON Lines."""
    import json

    from ui.chat import Chat

    log = tmp_path / "feedback.jsonl"
    chat = Chat(lambda _key: real_bot, log)
    history, cleared, kept = chat.send("2011年地区生产总值是多少？", [], None)
    history, _, kept = chat.send("那2012年呢？", history, None)
    assert cleared == "" and kept == history and len(history) == 4
    assert history[2]["content"] == "那2012年呢？" and "210亿元" in history[3]["content"]
    chat.feedback(gr.LikeData(None, {"index": 3, "value": history[3]["content"], "liked": "数字不对"}), history)
    chat.feedback(gr.LikeData(None, {"index": 1, "value": history[1]["content"], "liked": True}), history)
    disliked, liked = (json.loads(line) for line in log.read_text("utf-8").splitlines())
    assert (disliked["liked"], disliked["reason"], disliked["question"]) == (False, "数字不对", "那2012年呢？")
    assert disliked["understood"].startswith("2012年地区生产总值") and disliked["answer"].startswith("210亿元\n")
    assert (disliked["kind"], disliked["value"], disliked["unit"]) == ("number", 210.0, "亿元")
    assert disliked["sources"] and disliked["report_sha256"] == real_bot.index.manifest.report_sha256
    assert (liked["liked"], liked["reason"], liked["value"]) == (True, None, 170.0)


def test_a_message_is_shown_as_typed_and_read_back_as_typed(real_bot):
    from ui.chat import Chat

    chat = Chat(lambda _key: real_bot, Path("/dev/null"))
    typed = "<b>2011年</b>地区生产总值是多少？*"
    history, _, _ = chat.send(typed, [], None)
    assert "<b>" not in history[0]["content"] and "170亿元" in history[1]["content"]
    follow, _, _ = chat.send("那2012年呢？", history, None)
    assert "210亿元" in follow[3]["content"]  # the earlier question was read back as typed


def test_a_reason_typed_about_the_last_answer_is_logged_with_it(real_bot, tmp_path):
    import json

    from ui.chat import Chat

    log = tmp_path / "feedback.jsonl"
    chat = Chat(lambda _key: real_bot, log)
    assert chat.comment("数字不对", [])[1].startswith("请先提问")
    history, _, _ = chat.send("2011年地区生产总值是多少？", [], None)
    assert chat.comment("应该是170亿元以上", history) == ("", "已记录您的意见，谢谢。")
    logged = json.loads(log.read_text("utf-8"))
    assert (logged["liked"], logged["reason"], logged["value"]) == (False, "应该是170亿元以上", 170.0)


def test_the_chat_takes_one_question_at_a_time_and_forgets_one_left_unanswered(real_bot):
    from ui.chat import PENDING, Chat

    chat = Chat(lambda _key: real_bot, Path("/dev/null"))
    waiting, cleared = chat.asked("2011年地区生产总值是多少？", [])
    assert waiting[-1]["content"] == PENDING and cleared == ""
    again, kept = chat.asked("那2012年呢？", waiting)  # sent while the first is answered: it waits in the box
    assert again == waiting and kept == "那2012年呢？"
    assert chat.restored(waiting) == []  # the page closed before the answer came: no question left hanging
    answered, _ = chat.answered(waiting, None)
    assert chat.restored(answered) == answered and "170亿元" in answered[-1]["content"]


def test_a_vote_as_the_page_sends_it_and_an_oversized_one_are_logged_within_the_limit(real_bot, tmp_path):
    import json

    from ui.chat import MAX_FEEDBACK_BYTES, Chat

    log = tmp_path / "feedback.jsonl"
    chat = Chat(lambda _key: real_bot, log)
    history, _, _ = chat.send("2011年地区生产总值是多少？", [], None)
    parts = [{"type": "text", "text": history[1]["content"]}]  # the page sends a message's content as its parts
    chat.feedback(gr.LikeData(None, {"index": 1, "value": parts, "liked": "Dislike"}), history)
    huge = "长" * 5000
    chat.feedback(gr.LikeData(None, {"index": 1, "value": huge, "liked": huge}), [{"role": "user", "content": huge}])
    voted, oversized = (json.loads(line) for line in log.read_text("utf-8").splitlines())
    assert (voted["liked"], voted["value"], voted["unit"]) == (False, 170.0, "亿元")
    assert all(len(line) <= MAX_FEEDBACK_BYTES for line in log.read_bytes().splitlines())
    assert oversized["reason"] and oversized["answer"]


def test_messages_come_back_exactly_as_typed():
    from ui.render import as_typed, typed_back

    for typed in ("&lt;", "&amp;lt;", "AT&notice", "x&copy", "<b>粗体</b>", "\\*不是\\*", "1.5%"):
        assert typed_back(as_typed(typed)) == typed


def test_the_report_search_counts_words_not_the_pages_markup(county_bot):
    from ui.app import _report_html, _report_paragraphs

    paragraphs = _report_paragraphs(county_bot)
    for markup in ("amp", "quot", ";", "lt"):
        html = _report_html(paragraphs, markup)
        text = "".join(p for _path, texts in paragraphs for _a, _b, p in texts)
        assert html.count('<mark class="qa-hit">') == text.count(markup)
