"""Answers as shown in the web chat: the figure first, the understood question, formula, sources to open."""

from __future__ import annotations

import html
import re

from qa.answer import Answer, Source


def render_answer(answer: Answer, asked: str) -> str:
    """HTML for one answer; every piece of text from the user or the report is escaped. The answer as plain text
    (`plain_answer`) rides along hidden: the copy button copies it and the page makes it the message's accessible
    name (the chat's sanitizer keeps no data- or aria- attributes)."""
    plain = html.escape(plain_answer(answer), quote=False)
    return (
        f'<div class="qa-answer" role="group">{_parts(answer, asked)}'
        f'<span class="qa-plain">{plain}</span><button class="qa-copy" type="button" title="复制这条回答"></button>'
        "</div>"
    )


# what `render_answer` hides: the plain text for copying, the place of a sentence in the report for 原文
PLAIN = re.compile(r'<span class="qa-(?:plain|at)">.*?</span>', re.DOTALL)


def _by_section(answer: Answer) -> list[tuple[str, list[Source]]]:
    """The cited sources, those of one section together, in the order first cited."""
    grouped: dict[str, list[Source]] = {}
    for source in answer.sources:
        if source.cited:
            grouped.setdefault(source.section, []).append(source)
    return list(grouped.items())


def _sentence(source: Source) -> str:
    """A cited sentence, and a button that opens 原文 at it when its place in the report is known."""
    mark = f"<p><mark>{html.escape(source.text)}</mark>"
    if source.span is None:
        return mark + "</p>"
    place = f'<span class="qa-at">{source.span[0]}</span>'
    return f'{mark}<button class="qa-goto" type="button" title="在原文中查看">{place}</button></p>'


def plain_answer(answer: Answer) -> str:
    """The answer as plain text: the figure, what it says, a note, and each source with its sentence."""
    lines = [_figure(answer)] if _figure(answer) else []
    lines.append(answer.body)
    lines += [answer.note] if answer.note else []
    for i, (section, sources) in enumerate(_by_section(answer), start=1):
        lines.append(f"来源 {i}：{section}：{' '.join(s.text for s in sources)}")
    return "\n".join(lines)


def _figure(answer: Answer) -> str:
    if answer.kind != "number" or answer.value is None:
        return ""
    return f"{answer.value:,.4f}".rstrip("0").rstrip(".") + (answer.unit or "")


def _parts(answer: Answer, asked: str) -> str:
    parts: list[str] = []
    if _figure(answer):
        parts.append(f'<div class="qa-figure"><strong>{html.escape(_figure(answer))}</strong></div>')
    if answer.question and answer.question != asked.strip():
        parts.append(f'<div class="qa-understood">理解为：{html.escape(answer.question)}</div>')
    parts.append('<div class="qa-text">' + html.escape(answer.body).replace("\n", "<br>") + "</div>")
    for i, (section, sources) in enumerate(_by_section(answer), start=1):
        sentences = "".join(_sentence(s) for s in sources)
        summary = f"<summary>来源 {i}：{html.escape(section)}</summary>"
        parts.append(f'<details class="qa-source">{summary}{sentences}</details>')
    if answer.note:
        parts.append(f'<div class="qa-note">{html.escape(answer.note)}</div>')
    if answer.kind == "none":
        parts.append('<div class="qa-none">（报告中没有这一内容，未给出数字）</div>')
    return "\n".join(parts)


def writable(text: str) -> str:
    """Text that can be written as UTF-8: a lone surrogate (sent by no keyboard) becomes “?”."""
    return text.encode("utf-8", "replace").decode("utf-8")


def as_typed(message: str) -> str:
    """A user's message for the chat to show exactly as typed: HTML and Markdown characters escaped."""
    return _MARKDOWN.sub(r"\\\g<0>", html.escape(message, quote=False))


def typed_back(shown: str) -> str:
    """The message as typed, from what `as_typed` made of it."""
    return html.unescape(_ESCAPED.sub(r"\g<1>", shown))


_MARKDOWN = re.compile(r"[\\`*_{}\[\]()#+\-.!|>~$]")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~$])")
