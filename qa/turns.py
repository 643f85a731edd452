"""Operations on the figures of earlier turns: 一共多少名？ after three figures, 差几个百分点？ after two."""

from __future__ import annotations

import re
from collections.abc import Callable

from index.tokens import ReportTokenizer
from qa.answer import Answer
from qa.history import Turn
from qa.intent import metric_text, understand
from qa.numeric import convert, is_soft

Ask = Callable[[str, list[Turn]], Answer]
_OWN_ASPECT = frozenset(
    "累计 增速 增幅 同比 排名 占比 比重 其中 实际 完成 目标 计划 提高 增加 减少 下降 降低 上升".split()
)


def combine_turns(question: str, turns: list[Turn], ask: Ask, tokenizer: ReportTokenizer) -> Answer | None:
    """The sum or difference of the figures just given, when the question names no figure of its own."""
    if len(turns) < 2 or re.search(r"(?<![同可])比", question):
        return None
    operation = understand(question, None).operation
    if operation not in ("sum", "difference"):
        return None
    own = [w for w in tokenizer.content_words(metric_text(question)) if not is_soft(w) and w not in _OWN_ASPECT]
    if own:
        return None
    earlier = [ask(q, turns[:i]) for i, (q, _) in enumerate(turns)][-4:]
    figures: list[Answer] = []
    for answer in reversed(earlier):
        if answer.kind != "number" or answer.value is None or answer.unit is None:
            break
        if figures and convert(answer.value, answer.unit, figures[0].unit or "") is None:
            break
        figures.insert(0, answer)
    if len(figures) < 2:
        return None
    unit = figures[-1].unit or ""
    values = [convert(a.value, a.unit or "", unit) for a in figures]  # type: ignore[arg-type]
    labels = [a.question or "" for a in figures]
    if operation == "difference":
        a, b = values[-2], values[-1]
        value, shown = round(abs(a - b), 10), "个百分点" if unit == "%" else unit
        text = f"两者相差{_fmt(value)}{shown}。\n计算：|{_fmt(a)} − {_fmt(b)}| = {_fmt(value)}{shown}"
        used, unit = figures[-2:], shown
    else:
        value = round(sum(values), 10)  # type: ignore[arg-type]
        text = f"以上{len(values)}项合计{_fmt(value)}{unit}。\n计算：" + " + ".join(_fmt(v) for v in values)  # type: ignore[arg-type]
        text += f" = {_fmt(value)}{unit}"
        used = figures
    text += "\n" + "\n".join(f"- {label}：{a.text.splitlines()[0]}" for label, a in zip(labels, figures, strict=True))
    sources = [s for a in used for s in a.sources[:1]]
    return Answer(text, "number", value, unit, sources, question)


def _fmt(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"
