"""Every function of the web app called as any program can call it, through Gradio's queue API, with what the page
never sends: huge strings, wrong types, forged events. The server stays up, keeps its limits (a feedback entry, the
log, the CSV exports, temporary folders), and a page of another site cannot reach it through a rebound name."""

from __future__ import annotations

import json
import tempfile
import uuid
from pathlib import Path

import httpx

from ui.app import MAX_EXPORTS
from ui.chat import MAX_FEEDBACK_BYTES, PENDING

_JSON = {"content-type": "application/json"}  # bodies sent as json.dumps writes them (\ud800 escaped, as browsers do)


def _call(base: str, fn_index: int, data: list, event_data: dict | None = None) -> dict:
    """One call through the queue API; the message that ends it (``process_completed``), or the refusal."""
    session = uuid.uuid4().hex
    body = {"data": data, "fn_index": fn_index, "session_hash": session, "event_data": event_data}
    joined = httpx.post(base + "gradio_api/queue/join", content=json.dumps(body), headers=_JSON, timeout=60)
    if joined.status_code != 200:
        return {"msg": "refused", "status": joined.status_code}
    with httpx.stream("GET", base + "gradio_api/queue/data", params={"session_hash": session}, timeout=120) as events:
        for line in events.iter_lines():
            if line.startswith("data:"):
                message = json.loads(line[5:])
                if message.get("msg") in ("process_completed", "unexpected_error"):
                    return message
    return {"msg": "stream ended"}


def _report_qa_folders() -> set[Path]:
    return {p for p in Path(tempfile.gettempdir()).glob("report-qa-*") if p.is_dir()}


def test_every_function_of_the_app_through_the_queue_api_stays_within_its_limits(server, server_files, real_bot):
    config = httpx.get(server + "config", timeout=30).json()
    dependencies = config["dependencies"]
    assert len(dependencies) >= 10  # the chat's, the table's, the text's, feedback, upload, picker, /ask
    folders = _report_qa_folders()
    huge = "数" * 100_000
    forged_like = {"index": 1, "value": huge, "liked": True}
    text = [{"type": "text", "text": huge}]
    messages = [{"role": "user", "content": text}, {"role": "assistant", "content": text}] * 3  # as the page sends
    ended = {}
    for dependency in dependencies:
        inputs = len(dependency["inputs"])
        for junk in (huge, {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, [[huge] * 50], messages):
            ended[dependency["id"], str(junk)[:10]] = _call(server, dependency["id"], [junk] * inputs, forged_like)
    assert all(m["msg"] in ("process_completed", "unexpected_error", "refused") for m in ended.values()), ended
    leaked = [m for m in ended.values() if "root:" in json.dumps(m.get("output"), ensure_ascii=False)]
    assert not leaked  # no file named by a caller is ever read back
    log = server_files / "feedback.jsonl"
    lines = log.read_bytes().splitlines() if log.is_file() else []
    assert lines, "the 👍/👎 handler was never reached"
    assert all(len(line) <= MAX_FEEDBACK_BYTES for line in lines)
    exports = real_bot.settings.index_dir.parent / "exports"
    assert 0 < len(list(exports.glob("*.csv"))) <= MAX_EXPORTS
    assert _report_qa_folders() <= folders  # no temporary folder per call
    answer = httpx.post(server + "ask", json={"question": "2011年地区生产总值是多少？"}, timeout=30).json()
    assert (answer["value"], answer["unit"]) == (170.0, "亿元")  # and the server still answers


def test_the_pages_own_handlers_called_with_well_formed_but_hostile_values_answer_without_error(
    server, server_files, real_bot
):
    """What the page's events send, but huge, forged or with a lone surrogate (no keyboard types one): every
    handler of the page completes, and what it writes keeps its limits."""
    config = httpx.get(server + "config", timeout=30).json()
    by_name = {d.get("api_name"): d["id"] for d in config["dependencies"]}
    odd = "\ud800" + "数" * 5_000
    text = [{"type": "text", "text": odd}]
    messages = [{"role": "user", "content": text}, {"role": "assistant", "content": text}] * 30
    key = str(real_bot.settings.report)
    waiting = {"role": "assistant", "content": [{"type": "text", "text": PENDING}]}  # as the page sends it
    calls = {
        "feedback": ([messages], {"index": 1, "value": odd, "liked": False}),
        "filtered": ([key, "全部", "全部", odd], None),
        "searched": ([key, odd], None),
        "asked": ([odd[:400], messages], None),
        "answered": ([[*messages, {"role": "user", "content": text}, waiting], key], None),
    }
    for name, (data, event) in calls.items():
        ended = _call(server, by_name[name], data, event)
        assert ended.get("success") is True, (name, ended)
    lines = (server_files / "feedback.jsonl").read_bytes().splitlines()
    assert all(len(line) <= MAX_FEEDBACK_BYTES and json.loads(line)["answer"] for line in lines)


def test_the_plain_ask_route_answers_and_refuses_what_is_not_a_question(server):
    asked = httpx.post(server + "ask", json={"question": "2011年地区生产总值是多少？"}, timeout=30).json()
    follow = httpx.post(
        server + "ask", json={"question": "那2012年呢？", "history": [["2011年地区生产总值是多少？", asked["text"]]]}
    ).json()
    assert (asked["kind"], asked["value"], follow["value"]) == ("number", 170.0, 210.0)
    for junk in (None, 5, {"a": 1}, ["x"]):
        answer = httpx.post(server + "ask", json={"question": junk}).json()
        assert answer["kind"] == "none" and "文字" in answer["text"] and "Error" not in answer["text"]
    odd = json.dumps({"question": "那2012年呢？\ud800", "history": "earlier"})
    bad_history = httpx.post(server + "ask", content=odd, headers=_JSON).json()
    assert bad_history["kind"] == "none" and "history" in bad_history["text"]
    assert httpx.post(server + "ask", content=b"not json").status_code == 400
    assert httpx.post(server + "ask", content=b"[" + b"1," * 40_000 + b"1]").status_code == 413


def test_a_rebound_name_pointed_at_the_loopback_server_is_turned_away(server):
    for path in ("", "config", "gradio_api/info"):
        assert httpx.get(server + path, headers={"Host": "attacker.example"}).status_code == 421
    assert httpx.post(server + "ask", json={"question": "GDP"}, headers={"Host": "127.0.0.1.nip.io"}).status_code == 421
    assert httpx.get(server + "config", headers={"Host": "localhost:1234"}).status_code == 200


def test_uploads_over_the_size_limit_are_refused_by_the_server(server):
    big = b"\xe6\x95\xb0" * (7 * 2**20 + 1)  # a little over 20 MB of text
    response = httpx.post(server + "gradio_api/upload", files={"files": ("big.txt", big, "text/plain")}, timeout=60)
    assert response.status_code == 413


def test_the_model_and_index_are_loaded_before_the_page_is_offered(server, server_files):
    said = (server_files / "serve.log").read_text("utf-8", errors="replace")
    assert said.index("正在载入索引和模型") < said.index("已就绪") < said.index("网页版报告问答：http://127.0.0.1:")
