"""Answers as shown in the web chat: the figure first, the understood question, formula, sources to open."""

from __future__ import annotations

import html

from qa.answer import Answer


def render_answer(answer: Answer, asked: str) -> str:
    """HTML for one answer; every piece of text from the user or the report is escaped."""
    parts: list[str] = []
    if answer.kind == "number" and answer.value is not None:
        figure = f"{answer.value:,.4f}".rstrip("0").rstrip(".") + (answer.unit or "")
        parts.append(f'<div class="qa-figure"><strong>{html.escape(figure)}</strong></div>')
    if answer.question and answer.question != asked.strip():
        parts.append(f'<div class="qa-understood">理解为：{html.escape(answer.question)}</div>')
    body = answer.text.split("\n\n原文：")[0]
    parts.append('<div class="qa-text">' + html.escape(body).replace("\n", "<br>") + "</div>")
    for i, source in enumerate(s for s in answer.sources if s.cited):
        sentence = html.escape(source.text)
        parts.append(
            f'<details class="qa-source"><summary>来源 {i + 1}：{html.escape(source.section)}</summary>'
            f"<p><mark>{sentence}</mark></p></details>"
        )
    if answer.note:
        parts.append(f'<div class="qa-note">{html.escape(answer.note)}</div>')
    if answer.kind == "none":
        parts.append('<div class="qa-none">（报告中没有这一内容，未给出数字）</div>')
    return "\n".join(parts)
