"""The web app's plain HTTP side: ``POST /ask`` answered outside Gradio's queue, and the Host check that keeps a
loopback server from answering pages of other sites (DNS rebinding)."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Awaitable, Callable, MutableMapping
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from anyio import CapacityLimiter, to_thread
from fastapi import Request
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from qa.answer import Answer
from qa.bot import Bot
from qa.history import normalize_history
from qa.normalize import MAX_QUESTION_CHARS
from ui.render import writable

MAX_INPUT_CHARS = MAX_QUESTION_CHARS  # what a question is read up to
MAX_BODY_BYTES = 64_000  # a question and a conversation kept within `qa.history`'s limits, with room for JSON
ASK_THREADS = 8  # questions answered at once; more wait for a thread (answers take milliseconds)

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable, Callable], Awaitable[None]]


def answer_json(bot: Bot, question: Any, history: Any = None) -> dict:
    """/ask: the answer as JSON; a question or history of the wrong shape gets a Chinese answer saying what to
    send, never Python's error text."""
    if not isinstance(question, str):
        return Answer("问题要以文字发送，例如：“2011年地区生产总值是多少？”", "none").to_dict()
    question = writable(question)
    try:
        turns = normalize_history(history or None)
    except (TypeError, ValueError):
        text = "对话记录的格式不对：history 应为 [问题, 回答] 的列表，或 {role, content} 消息的列表。"
        return Answer(text, "none", question=question[:MAX_INPUT_CHARS]).to_dict()
    return bot.ask(question[:MAX_INPUT_CHARS], turns).to_dict()


def ask_route(bot: Bot) -> APIRoute:
    """``POST /ask`` with ``{"question": "…", "history": [...]}``: the answer as JSON, from a thread of the server's
    pool, so fast answers never wait in Gradio's queue behind slower events."""

    async def ask(request: Request) -> JSONResponse:
        body = await _body(request)
        if body is None:
            return JSONResponse({"error": f"请求太大（超过 {MAX_BODY_BYTES} 字节），请缩短问题或对话记录。"}, 413)
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            return JSONResponse({"error": '请求应为 JSON：{"question": "…", "history": []}。'}, 400)
        if not isinstance(data, dict):
            return JSONResponse({"error": '请求应为 JSON 对象：{"question": "…", "history": []}。'}, 400)
        asked = partial(answer_json, bot, data.get("question"), data.get("history"))
        answer = await to_thread.run_sync(asked, limiter=limiter)
        return JSONResponse(answer)

    limiter = CapacityLimiter(ASK_THREADS)
    return APIRoute("/ask", ask, methods=["POST"], include_in_schema=False)


async def _body(request: Request) -> bytes | None:
    """The request's body, read no further than `MAX_BODY_BYTES`; None when it is larger (said or sent)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        return None
    body = bytearray()
    async for piece in request.stream():
        body += piece
        if len(body) > MAX_BODY_BYTES:
            return None
    return bytes(body)


def is_loopback_host(host_header: str) -> bool:
    """Whether a Host header names this machine's loopback: localhost, 127.x.x.x or ::1, with any port."""
    if _loopback_address(host_header):  # a bare IPv6 address (::1), which a URL would write in brackets
        return True
    try:
        name = (urlsplit(f"//{host_header}").hostname or "").rstrip(".")  # localhost. is localhost
    except ValueError:
        return False  # localhost. is localhost
    if name == "localhost" or name.endswith(".localhost"):
        return True
    return _loopback_address(name)


def _loopback_address(text: str) -> bool:
    try:
        return ipaddress.ip_address(text).is_loopback
    except ValueError:
        return False


class LoopbackHostOnly:
    """ASGI middleware for a server bound to loopback: a request whose Host header is not a loopback name (a page
    of another site whose name was pointed at 127.0.0.1) gets 421 and nothing else."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if scope["type"] == "websocket" and not is_loopback_host(host):
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] == "http" and not is_loopback_host(host):
            response = JSONResponse({"error": "此服务只接受本机地址（127.0.0.1 或 localhost）的访问。"}, 421)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
