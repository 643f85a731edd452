"""The 问答 tab: a chat whose messages read as text, a visible 发送 and a 新对话, a conversation kept in the
browser across reloads, suggested follow-ups under each figure, and 👍/👎 with a reason, logged as JSON Lines."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import gradio as gr

from qa.answer import Answer
from qa.bot import Bot
from qa.history import MAX_TURNS, left_out_note
from qa.suggest import follow_ups
from ui.api import MAX_INPUT_CHARS
from ui.render import PLAIN, as_typed, plain_answer, render_answer, typed_back, writable

STORAGE_KEY = "report-qa-chat"  # the browser's localStorage entry that keeps the conversation
KEPT_MESSAGES = 80  # messages kept in the browser (40 turns; the answers read the last 20)
MAX_FEEDBACK_BYTES = 4096  # one 👍/👎 entry
MAX_LOG_BYTES = 5 * 2**20  # the log is moved to <name>.1 (the one before dropped) when it grows past this
MAX_COMMENT_CHARS = 300  # a reason typed
FEEDBACK_REASONS = ("数字不对", "出处不对", "没有回答我的问题", "其他")  # offered beside 👍/👎 under the flag
_REMEMBERED = 500  # answers kept to log feedback about (the newest)
PENDING = '<div class="qa-pending">正在查找…</div>'  # shown under a question until its answer replaces it
FOCUS_INPUT = "() => { const box = document.querySelector('#qa-input textarea'); if (box) box.focus(); }"


@dataclass(frozen=True)
class Said:
    """An answer the chat gave: to what question, and from which report."""

    question: str
    answer: Answer
    report_sha256: str


class Chat:
    """The chat's handlers over the reports of the page (``bots(key)`` gives the one picked)."""

    def __init__(self, bots: Callable[[str | None], Bot], feedback_log: Path) -> None:
        self.bots = bots
        self.feedback_log = feedback_log
        self._said: OrderedDict[str, Said] = OrderedDict()
        self._lock = threading.Lock()

    def send(self, message: str, history: list[dict], key: str | None) -> tuple[list[dict], str, list[dict]]:
        """The message answered and added to the conversation; the input emptied; what the browser keeps."""
        shown, cleared = self.asked(message, history)
        answered, kept = self.answered(shown, key)
        return answered, cleared, kept

    def asked(self, message: str, history: list[dict]) -> tuple[list[dict], str]:
        """The message shown at once, as typed, with 正在查找… under it; the input emptied."""
        message = writable(message).strip() if isinstance(message, str) else ""
        history = _messages(history)
        if any(m["content"] == PENDING for m in history):  # one question at a time: this one waits in the box
            return history, message
        if not message:
            return history, ""
        return [*history, {"role": "user", "content": as_typed(message)}, {"role": "assistant", "content": PENDING}], ""

    def answered(self, history: list[dict], key: str | None) -> tuple[list[dict], list[dict]]:
        """The last message answered in place of its 正在查找…, with follow-ups to suggest; what the browser keeps."""
        history = _messages(history)
        if len(history) < 2 or history[-1]["content"] != PENDING or history[-2]["role"] != "user":
            return history, history[-KEPT_MESSAGES:]
        message, earlier = typed_back(history[-2]["content"]), history[:-2]
        bot = self.bots(key)
        html, answer = reply_answer(bot, message, earlier)
        options = []
        if answer is not None:
            self._remember(html, Said(message, answer, bot.index.manifest.report_sha256))
            options = [{"value": q, "label": q} for q in follow_ups(bot, message, _turns(earlier), answer)]
        history = [*history[:-1], {"role": "assistant", "content": html, "options": options}]
        return history, history[-KEPT_MESSAGES:]

    def chosen(self, history: list[dict], event: gr.SelectData) -> tuple[list[dict], str]:
        """A suggested follow-up or an example clicked: shown as if typed (`answered` answers it)."""
        value = event.value
        text = value.get("value") or value.get("text") if isinstance(value, dict) else value
        return self.asked(text if isinstance(text, str) else "", history)

    def restored(self, kept: Any) -> list[dict]:
        """The conversation the browser kept, without a question left unanswered (the page closed meanwhile)."""
        history = _messages(kept)
        while history and history[-1]["content"] == PENDING:
            history = history[:-2] if len(history) > 1 and history[-2]["role"] == "user" else history[:-1]
        return history

    def feedback(self, data: gr.LikeData, history: list[dict]) -> None:
        """One JSON line per vote: the question, the question as understood, the answer as plain text, its kind,
        figure and sources, the report's sha256, and a reason when one was chosen."""
        content = _joined(data.value)  # the page sends a message's content as a list of its parts
        said = self._said.get(_digest(content))
        self._log(_feedback_record(data, said, content, history))

    def comment(self, text: str, history: list[dict]) -> tuple[str, str]:
        """A reason typed about the last answer (👎 and why, in the user's words): logged as a 👎 with that reason;
        the box emptied and a thank-you shown."""
        text = writable(text).strip()[:MAX_COMMENT_CHARS] if isinstance(text, str) else ""
        messages = _messages(history)
        answers = [m for m in messages if m["role"] == "assistant"]
        if not text or not answers:
            return text, "请先提问，再对回答写下意见。" if not answers else ""
        last = answers[-1]["content"]
        data = gr.LikeData(None, {"index": len(messages) - 1, "value": last, "liked": False})
        self._log({**_feedback_record(data, self._said.get(_digest(last)), last, history), "reason": text})
        return "", "已记录您的意见，谢谢。"

    def _log(self, record: dict) -> None:
        line = _bounded(record)
        with self._lock:
            self.feedback_log.parent.mkdir(parents=True, exist_ok=True)
            if self.feedback_log.is_file() and self.feedback_log.stat().st_size > MAX_LOG_BYTES:
                os.replace(self.feedback_log, self.feedback_log.with_name(self.feedback_log.name + ".1"))
            with self.feedback_log.open("a", encoding="utf-8") as out:
                out.write(line + "\n")

    def _remember(self, html: str, said: Said) -> None:
        with self._lock:
            self._said[_digest(html)] = said
            while len(self._said) > _REMEMBERED:
                self._said.popitem(last=False)


def reply(bot: Bot, message: str, history: list[dict[str, Any]]) -> str:
    """The chat's answer to a message in its conversation, as HTML (`reply_answer`)."""
    return reply_answer(bot, message, history)[0]


def reply_answer(bot: Bot, message: str, history: list[dict[str, Any]]) -> tuple[str, Answer | None]:
    """The chat's answer to a message as HTML, and the `Answer` (None for a message refused unread: not text, or
    too long, which gets a polite request to shorten it)."""
    if not isinstance(message, str):
        return "请用文字提问。", None
    if len(message) > MAX_INPUT_CHARS:
        return f"问题太长了（{len(message)}字），请精简到{MAX_INPUT_CHARS}字以内再问。", None
    messages = history if isinstance(history, list) else []
    answer = bot.ask(message, _turns(messages[-2 * MAX_TURNS :]))  # the turns a follow-up leans on (`kept`)
    left_out = sum(1 for m in messages if isinstance(m, dict) and m.get("role") == "user") - MAX_TURNS
    if left_out > 0 and not answer.note:
        answer = replace(answer, note=left_out_note(MAX_TURNS, left_out))
    return render_answer(answer, message), answer


def _turns(messages: list[Any]) -> list[tuple[str, str]]:
    """(question as typed, answer as plain text) pairs of the chat's messages."""
    turns: list[tuple[str, str]] = []
    for m in messages:
        if not isinstance(m, dict) or m.get("role") not in ("user", "assistant"):
            continue
        if m["role"] == "user":
            turns.append((typed_back(_joined(m.get("content", ""))), ""))
        elif turns and not turns[-1][1]:
            turns[-1] = (turns[-1][0], plain(m.get("content", "")))
    return turns


def plain(content: Any) -> str:
    """Text of a chat message, without the HTML the app rendered around it."""
    return html.unescape(re.sub(r"<[^>]+>", " ", PLAIN.sub("", _joined(content)))).strip()


def _messages(history: Any) -> list[dict]:
    """The chat's messages as the page sent them, each {role, content} with text content that can be sent back
    (content blocks joined, lone surrogates replaced), with the follow-ups offered under an answer; anything else
    left out."""
    return [m for m in map(_message, history if isinstance(history, list) else []) if m is not None]


def _message(m: Any) -> dict | None:
    content = m.get("content") if isinstance(m, dict) else None
    if not isinstance(content, (str, list)) or m.get("role") not in ("user", "assistant"):
        return None
    message = {"role": m["role"], "content": writable(_joined(content))}
    offered = [o["value"] for o in m.get("options") or [] if isinstance(o, dict) and isinstance(o.get("value"), str)]
    if offered and m["role"] == "assistant":
        message["options"] = [{"value": writable(v), "label": writable(v)} for v in offered[:3]]
    return message


def _joined(content: Any) -> str:
    """A message's content as one string: as sent (a string) or as the page sends it (a list of parts)."""
    if isinstance(content, list):
        return "".join(p if isinstance(p, str) else p.get("text", "") if isinstance(p, dict) else "" for p in content)
    return content if isinstance(content, str) else ""


def _bounded(record: dict) -> str:
    """The record as one JSON line of at most `MAX_FEEDBACK_BYTES`: each text field cut to its share, then the
    answer shortened further if need be (never below one character)."""
    shares = {"question": MAX_INPUT_CHARS // 2, "understood": 150, "reason": MAX_COMMENT_CHARS // 2, "answer": 600}
    record = {k: (v[: shares[k]] if k in shares and isinstance(v, str) else v) for k, v in record.items()}
    record["sources"] = [s[:60] for s in record.get("sources") or []][:5]
    line = json.dumps(record, ensure_ascii=False)
    while len(line.encode("utf-8")) > MAX_FEEDBACK_BYTES and len(record["answer"]) > 1:
        record["answer"] = record["answer"][: len(record["answer"]) // 2] + "…"
        line = json.dumps(record, ensure_ascii=False)
    return line


def _digest(content: str) -> str:
    return hashlib.sha256(writable(content).encode("utf-8")).hexdigest()


def _feedback_record(data: gr.LikeData, said: Said | None, content: str, history: Any) -> dict:
    liked = data.liked if isinstance(data.liked, (bool, str)) else None
    reason = liked if isinstance(liked, str) and liked not in ("Like", "Dislike") else None
    record: dict[str, Any] = {
        "time": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "liked": liked in (True, "Like"),  # a reason chosen under the flag is a 👎 with its reason
        "reason": writable(reason)[:100] if reason else None,
    }
    if said is None:  # not an answer of this server's (an old one restored from the browser, or forged)
        messages = history if isinstance(history, list) else []
        index = data.index if isinstance(data.index, int) else 0
        asked = [m for m in messages[:index] if isinstance(m, dict) and m.get("role") == "user"]
        question = typed_back(_joined(asked[-1].get("content", ""))) if asked else ""
        return {**record, "question": writable(question), "answer": writable(plain(content))}
    answer = said.answer
    return {
        **record,
        "question": said.question,
        "understood": answer.question,
        "answer": plain_answer(answer),
        "kind": answer.kind,
        "value": answer.value,
        "unit": answer.unit,
        "sources": [s.section for s in answer.sources if s.cited],
        "report_sha256": said.report_sha256,
    }


def chat_tab(app: gr.Blocks, chat: Chat, picker: gr.Dropdown, examples: list[str]) -> None:
    """The 问答 tab: the conversation (kept in the browser), the input with 发送, 新对话, and the handlers."""
    chatbot = gr.Chatbot(
        label="对话",
        show_label=False,
        height="62vh",
        elem_id="qa-chat",
        feedback_options=("Like", "Dislike", *FEEDBACK_REASONS),
        sanitize_html=True,
        buttons=[],
        examples=[{"text": e} for e in examples],
        placeholder="向报告提问：数字、目标、做了什么、报告的结构……",
    )
    saved = gr.BrowserState([], storage_key=STORAGE_KEY)
    with gr.Row(equal_height=True):
        box = gr.Textbox(
            label="提问",
            show_label=False,
            placeholder="用中文提问，例如：2012年服务业收入目标是多少？（回车发送，Shift+回车换行）",
            lines=1,
            max_lines=4,
            max_length=MAX_INPUT_CHARS,
            autofocus=True,
            elem_id="qa-input",
            scale=8,
        )
        send = gr.Button("发送", variant="primary", scale=1, min_width=80, elem_id="qa-send")
        fresh = gr.Button("新对话", scale=1, min_width=80, elem_id="qa-new")
    quick = {"queue": False, "show_progress": "hidden", "api_visibility": "private"}
    slow = {"show_progress": "hidden", "api_visibility": "private"}  # the chat shows 正在查找… itself
    for event in (box.submit, send.click):
        shown = event(chat.asked, [box, chatbot], [chatbot, box], **quick)
        shown.then(chat.answered, [chatbot, picker], [chatbot, saved], **slow).then(None, js=FOCUS_INPUT)
    for event in (chatbot.option_select, chatbot.example_select):
        shown = event(chat.chosen, [chatbot], [chatbot, box], **quick)
        shown.then(chat.answered, [chatbot, picker], [chatbot, saved], **slow).then(None, js=FOCUS_INPUT)
    fresh.click(lambda: ([], "", []), None, [chatbot, box, saved], **quick).then(None, js=FOCUS_INPUT)
    chatbot.like(chat.feedback, [chatbot], None, api_visibility="private")
    with gr.Row(equal_height=True):
        why = gr.Textbox(
            label="对上一条回答的意见（可选）",
            placeholder="例如：数字应该是……；出处不对……",
            max_length=MAX_COMMENT_CHARS,
            scale=8,
            elem_id="qa-comment",
        )
        told = gr.Button("提交意见", scale=1, min_width=80, elem_id="qa-comment-send")
    thanks = gr.Markdown(elem_id="qa-comment-thanks")
    for event in (why.submit, told.click):
        event(chat.comment, [why, chatbot], [why, thanks], **quick)
    app.load(chat.restored, [saved], [chatbot], api_visibility="private")
