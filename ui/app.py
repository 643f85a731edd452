"""The Gradio web app: chat with sources, the fact table, the report text, feedback, and the /ask endpoint."""

from __future__ import annotations

import csv
import hashlib
import html
import io
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from index.errors import ReportError
from index.report import read_report
from index.sections import split_sections
from index.uploads import store_upload
from qa.bot import Bot
from ui.api import LoopbackHostOnly, answer_json, ask_route, is_loopback_host
from ui.chat import Chat, chat_tab
from ui.page import CSS, GRADIO_WORDS, HEAD, OTHER_LANGUAGES

UPLOAD_LABEL = "上传报告（txt、md、docx、带文字的 pdf、网页 html；{mb:g} MB 以内）"
UPLOAD_TYPES = [".txt", ".md", ".docx", ".pdf", ".html", ".htm"]
MAX_SEARCH_CHARS = 100  # the 数据表's 指标包含 and the 原文's 查找
_PROGRESS = gr.Progress()
EXAMPLES = [
    "2012年服务业收入目标是多少？",
    "2011年地区生产总值是多少？",
    "GDP目标比去年多多少？",
    "哪两家企业上市了？",
    "2011年高新区获得了哪些国家级荣誉？",
    "2013年GDP目标是多少？",
]


class Reports:
    """The reports the chat can answer from: the one it started with and those uploaded, each with its own `Bot`
    (one encoder for all). Uploads are kept in the cache folder, named by their content: the same file uploaded
    again is the same report, with the same index."""

    def __init__(self, bot: Bot) -> None:
        self.default = str(bot.settings.report)
        self.bots: dict[str, Bot] = {self.default: bot}
        self.names: dict[str, str] = {}  # an upload's file name as the user had it
        self.folder = bot.settings.index_dir.parent / "uploads"
        self._rows: dict[str, list[list]] = {}
        self._paragraphs: dict[str, list[tuple[str, list[str]]]] = {}

    def rows(self, key: str | None) -> list[list]:
        """The 数据表 rows of a report, made once."""
        key = key if key in self.bots else self.default
        if key not in self._rows:
            self._rows[key] = _fact_rows(self.bots[key])
        return self._rows[key]

    def paragraphs(self, key: str | None) -> list[tuple[str, list[str]]]:
        """The 原文 of a report by section, read once (each search only highlights)."""
        key = key if key in self.bots else self.default
        if key not in self._paragraphs:
            self._paragraphs[key] = _report_paragraphs(self.bots[key])
        return self._paragraphs[key]

    def choices(self) -> list[tuple[str, str]]:
        """(label, key) per report: its title, and for an upload the file it came from."""
        return [(self.label(key), key) for key in self.bots]

    def label(self, key: str) -> str:
        title = self.bots[key].index.manifest.title or Path(key).stem
        return f"{title}（上传：{self.names[key]}）" if key in self.names else title

    def get(self, key: str | None) -> Bot:
        return self.bots.get(key or self.default) or self.bots[self.default]

    def add(self, path: str | Path, progress: Callable[[float, str], None]) -> str:
        """Store an uploaded file, build (or reuse) its index with ``progress``, and return its key."""
        limit = self.get(None).settings.max_report_bytes
        with open(path, "rb") as handle:  # never more than the limit in memory
            raw = handle.read(limit + 1)
        stored = store_upload(raw, Path(path).name, self.folder, limit)
        key = str(stored)
        if key not in self.bots:
            base = self.get(None)
            bot = Bot(
                report=stored,
                index_dir=self.folder / f"{stored.stem}-index",
                encoder=base.encoder,
                say=lambda _m: None,
                progress=progress,
            )
            bot.index  # noqa: B018 — built now, while the bar shows it
            self.bots[key] = bot
            self.names[key] = Path(path).name
        return key


def build_app(bot: Bot, feedback_log: str | Path, concurrency: int = 4) -> gr.Blocks:
    """The app, not launched: tests build it as it is, `serve` launches it."""
    if concurrency <= 0:
        raise ValueError(f"concurrency must be > 0, got {concurrency}")
    feedback_path = Path(feedback_log)
    reports = Reports(bot)
    exports = bot.settings.index_dir.parent / "exports"

    def ask_api(question: str, history: list | None = None) -> dict:
        """The answer as JSON: text, kind, value, unit, sources (and the question as understood)."""
        return answer_json(bot, question, history)

    chat = Chat(reports.get, feedback_path)
    on_upload = _uploader(reports)

    facts = reports.rows(None)
    # files handed to the page (CSV exports, uploads) leave Gradio's cache after an hour
    with gr.Blocks(title="报告问答", delete_cache=(3600, 3600)) as app:
        heading = gr.Markdown(_heading(bot), elem_id="qa-heading")
        with gr.Row():
            picker = gr.Dropdown(reports.choices(), value=reports.default, label="报告", scale=3)
            upload = gr.File(
                label=UPLOAD_LABEL.format(mb=bot.settings.max_report_bytes / 2**20),
                file_types=UPLOAD_TYPES,
                type="filepath",
                height=110,
                scale=2,
            )
        status = gr.Markdown()
        with gr.Tab("问答"):
            chat_tab(app, chat, picker, EXAMPLES)
        with gr.Tab("数据表"):
            with gr.Row():
                year = gr.Dropdown(_years(facts), value="全部", label="年份")
                kind = gr.Dropdown(["全部", "实际", "目标"], value="全部", label="实际/目标")
                metric = gr.Textbox(label="指标包含", placeholder="例如：收入")
            table = gr.Dataframe(_table(facts), headers=_HEADERS, interactive=False, wrap=True)
            download = gr.DownloadButton("下载 CSV", value=_csv(facts, exports))

            def filtered(key: str, y: str, k: str, m: str) -> tuple[list[list], str]:
                rows = _filter(reports.rows(key), y, k, (m or "")[:MAX_SEARCH_CHARS])
                return _table(rows), _csv(rows, exports)

            for control in (year, kind, metric):
                control.change(filtered, [picker, year, kind, metric], [table, download], api_visibility="private")
        with gr.Tab("原文"):
            with gr.Row(equal_height=True):
                find = gr.Textbox(label="查找原文", placeholder="输入要查找的句子或词语", scale=6)
                earlier = gr.Button("上一处", scale=1, min_width=70, elem_id="qa-find-previous")
                later = gr.Button("下一处", scale=1, min_width=70, elem_id="qa-find-next")
            text = gr.HTML(_report_html(reports.paragraphs(None), ""), elem_id="qa-report")
            earlier.click(None, js="() => qaStep(-1)")
            later.click(None, js="() => qaStep(1)")

            def searched(key: str, q: str) -> str:
                return _report_html(reports.paragraphs(key), (q or "")[:MAX_SEARCH_CHARS])

            find.change(searched, [picker, find], [text], api_visibility="private")

        def on_pick(key: str) -> tuple:
            chosen = reports.get(key)
            rows = reports.rows(key)
            paragraphs = _report_html(reports.paragraphs(key), "")
            return (
                _heading(chosen),
                gr.update(choices=_years(rows), value="全部"),
                _table(rows),
                _csv(rows, exports),
                paragraphs,
            )

        # one report indexed at a time: uploads never take both cores from the questions
        upload.upload(on_upload, [upload], [picker, status, upload], api_visibility="private", concurrency_limit=1)
        picker.change(on_pick, [picker], [heading, year, table, download, text], api_visibility="private")
        gr.api(ask_api, api_name="ask")
    app.queue(default_concurrency_limit=concurrency)
    return app


def _uploader(reports: Reports) -> Callable:
    """The upload handler: the file stored and indexed with a progress bar, then chosen in the picker; a file
    that cannot be read is refused with what to do, in Chinese."""

    def on_upload(path: str | None, progress: gr.Progress = _PROGRESS) -> tuple[Any, str, None]:
        if not path:
            return gr.update(), "", None
        try:
            key = reports.add(path, lambda share, stage: progress(share, desc=f"正在建立索引：{stage}"))
        except ReportError as exc:
            return gr.update(), f"⚠️ {str(exc).split(' (')[0]}", None
        title = reports.get(key).index.manifest.title or Path(path).name
        loaded = f"已载入《{html.escape(title)}》，可以提问了。"
        return gr.update(choices=reports.choices(), value=key), loaded, None  # the box cleared for the next file

    return on_upload


_HEADERS = ["年份", "实际/目标", "类别", "指标", "数值", "单位", "原文写法", "出处"]


def _heading(bot: Bot) -> str:
    """The report's title, and under it what the report says about itself: its date, who gives or publishes it,
    its source (a saved web page's 来源)."""
    manifest = bot.index.manifest
    fields = dict(manifest.fields)
    said = [
        f"日期：{manifest.delivered or manifest.date}" if manifest.delivered or manifest.date else "",
        f"发布：{manifest.publisher}" if manifest.publisher else "",
        f"来源：{fields['来源']}" if fields.get("来源") else "",
    ]
    line = " · ".join(html.escape(s) for s in said if s)
    return f"## 报告问答 — {html.escape(manifest.title)}" + (f"\n\n{line}" if line else "")


def _years(rows: list[list]) -> list[str]:
    return ["全部", *sorted({r[0] for r in rows if r[0]})]


def _fact_rows(bot: Bot) -> list[list]:
    kinds = {"result": "实际", "target": "目标"}
    aspects = {"value": "数值", "growth": "增速", "rank": "排名"}
    return [
        [
            str(f.year or ""),
            kinds.get(f.kind or "", ""),
            aspects[f.aspect],
            f.metric,
            f.value,
            f.unit,
            f.text,
            f.section,
        ]
        for f in bot.index.facts
    ]


def _filter(rows: list[list], year: str, kind: str, metric: str) -> list[list]:
    return [
        r
        for r in rows
        if (year in ("全部", None) or r[0] == year)
        and (kind in ("全部", None) or r[1] == kind)
        and (not metric or metric in r[3])
    ]


def _table(rows: list[list]) -> list[list]:
    return rows or [["", "", "", "（没有符合条件的数据）", "", "", "", ""]]


MAX_EXPORTS = 32  # CSV files kept in the exports folder, the newest


def _csv(rows: list[list], folder: Path) -> str:
    """The rows as a CSV file in ``folder``, named by its content (the same table is one file), the folder kept to
    its `MAX_EXPORTS` newest files."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_HEADERS)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8-sig")
    out = folder / f"facts-{hashlib.sha256(data).hexdigest()[:12]}.csv"
    with _EXPORTS_LOCK:  # one writer and pruner at a time: a file being handed out is never pruned under it
        folder.mkdir(parents=True, exist_ok=True)
        if out.is_file():
            os.utime(out)  # used again: the newest
        else:
            partial = out.with_suffix(".part")
            partial.write_bytes(data)
            os.replace(partial, out)
        for stale in sorted(folder.glob("facts-*.csv"), key=_modified, reverse=True)[MAX_EXPORTS:]:
            stale.unlink(missing_ok=True)
    return str(out)


_EXPORTS_LOCK = threading.Lock()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed by another process sharing the cache folder
        return 0.0


Paragraph = tuple[int, int, str]  # where it starts and ends in the report's text, and its text


def _report_paragraphs(bot: Bot) -> list[tuple[str, list[Paragraph]]]:
    """The report as (heading path, paragraphs) by section."""
    report = read_report(bot.settings.report, bot.settings.max_report_bytes)
    return [
        (" > ".join(section.path), [(a, b, report.text[a:b]) for a, b in section.spans])
        for section in split_sections(report)
    ]


def _report_html(paragraphs: list[tuple[str, list[Paragraph]]], query: str) -> str:
    """The report section by section, each paragraph named by its place (``qa-p-<start>-<end>``, where a source's
    在原文中查看 finds it); the words searched for are marked and counted (第 i / n 处 steps through them)."""
    parts = []
    found = 0
    needle = html.escape(query)
    for path, texts in paragraphs:
        parts.append(f"<h4>{html.escape(path)}</h4>")
        for start, end, paragraph in texts:
            pieces = paragraph.split(query) if query else [paragraph]  # the report's text searched, then escaped
            found += len(pieces) - 1
            marked = f'<mark class="qa-hit">{needle}</mark>'.join(html.escape(piece) for piece in pieces)
            parts.append(f'<p id="qa-p-{start}-{end}">{marked}</p>')
    counted = f"找到 {found} 处" if found else "没有找到"
    head = f'<div class="qa-found" id="qa-found">{counted}</div>' if needle else ""
    return head + "\n".join(parts)


def warm(bot: Bot, say: Callable[[str], None] = print) -> None:
    """Everything a first question needs, loaded before the page is offered (the index, the question encoder, the
    parser), saying so in the terminal: the first question of any kind answers as fast as the next."""
    start = time.perf_counter()
    say("正在载入索引和模型……")
    bot.ask("地区生产总值是多少？")  # the index, the parser, the fact table
    bot.ask("主要做了哪些工作？")  # the question encoder and the passage search
    say(f"已就绪（{time.perf_counter() - start:.1f} 秒）。")


def serve(
    bot: Bot, host: str = "127.0.0.1", port: int = 7860, share: bool = False, feedback_log: str | Path | None = None
) -> None:
    """Start the web app (no public link unless ``share``)."""
    log = feedback_log or bot.settings.index_dir.parent / "feedback.jsonl"
    warm(bot)
    app = build_app(bot, log)
    print(f"网页版报告问答：http://{host}:{port}（Ctrl-C 退出）", flush=True)
    # POST /ask beside Gradio's queue; bound to loopback without a share link, only loopback Host headers
    guard = [Middleware(LoopbackHostOnly)] if is_loopback_host(host) and not share else []
    app.launch(
        server_name=host,
        server_port=port,
        share=share,
        css=CSS,
        head=HEAD,
        i18n=gr.I18n(**dict.fromkeys(OTHER_LANGUAGES, GRADIO_WORDS)),
        show_error=True,
        max_file_size=bot.settings.max_report_bytes,
        app_kwargs={"routes": [ask_route(bot)], "middleware": guard},
    )
