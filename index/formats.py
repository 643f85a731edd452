"""A report file as users have it, read into the report's text: plain text in UTF-8, GB18030 or UTF-16 (with or
without a BOM), Markdown, Word (.docx), PDF with a text layer, or a web page saved from a browser.

The kind is told by the file's content, not its name. Each format is read by a maintained library, chosen by
measuring its output on report files (tests/fixtures/formats): pdfminer.six keeps a PDF's paragraphs apart (pypdf
gives the same characters but no paragraph breaks; pdfplumber needs a Pillow the web chat's Gradio refuses);
trafilatura keeps a web page's article and drops its navigation, toolbar, share links, captions and footer
(BeautifulSoup's text keeps them all); python-docx reads Word paragraphs and tables in order.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from typing import Literal

from index.errors import ReportError

Kind = Literal["pdf", "docx", "html", "markdown", "text"]

_HTML = re.compile(r"<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"[-—－\s]*(?:第\s*)?\d{1,4}\s*(?:页|/\s*\d{1,4})?[-—－\s]*")
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s<>:：]{2,30})")


def kind_of(raw: bytes, suffix: str = "") -> Kind:
    """What a file is, by its first bytes (a PDF, a Word document) or its text (a web page); its name only tells
    Markdown from plain text."""
    if raw.startswith(b"%PDF-"):
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return "docx"
    head = decode(raw[:4096], partial=True)
    if _HTML.search(head):
        return "html"
    return "markdown" if suffix.lower() in (".md", ".markdown") else "text"


def read_text(raw: bytes, suffix: str = "") -> str:
    """The report's text from a file's bytes, lines as the report's lines."""
    kind = kind_of(raw, suffix)
    if kind == "pdf":
        return _pdf(raw)
    if kind == "docx":
        return _docx(raw)
    text = decode(raw)
    if kind == "html":
        return _html(text)
    return _markdown(text) if kind == "markdown" else text


def decode(raw: bytes, partial: bool = False) -> str:
    """UTF-8 (with or without BOM), UTF-16 (with a BOM, or told by its zero bytes), else GB18030; CRLF becomes LF.
    ``partial``: the bytes may end inside a character."""
    errors = "ignore" if partial else "strict"
    for encoding in _encodings(raw):
        try:
            text = raw.decode(encoding, errors=errors)
        except UnicodeDecodeError:
            continue
        if partial or _readable(text):
            return text.replace("\r\n", "\n").replace("\r", "\n")
    raise ReportError(
        "报告文件不是可识别的文本（UTF-8、GB18030 或 UTF-16），请另存为 UTF-8 文本、Word、PDF 或网页后再试。"
        " (The report is neither UTF-8, GB18030 nor UTF-16 text; save it as UTF-8 .txt, .docx, .pdf or .html.)"
    )


def _encodings(raw: bytes) -> tuple[str, ...]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ("utf-16",)
    sample = raw[:4000]
    if b"\x00" in sample:  # no UTF-8 or GB18030 text holds a zero byte; UTF-16 does in every ASCII character
        little = sample[1::2].count(0) >= sample[0::2].count(0)
        return ("utf-16-le", "utf-16-be") if little else ("utf-16-be", "utf-16-le")
    return ("utf-8-sig", "gb18030")


def _readable(text: str) -> bool:
    """Text a person wrote: hardly any control, private or unassigned characters (bytes of another kind of file
    decoded as UTF-16 are full of them)."""
    odd = sum(1 for c in text[:20000] if unicodedata.category(c) in ("Cc", "Co", "Cn", "Cs") and c not in "\n\r\t")
    return odd * 100 <= len(text[:20000])


def _pdf(raw: bytes) -> str:
    """A PDF's text, each paragraph on one line (pdfminer.six leaves a blank line between paragraphs and breaks
    lines where the page wraps them); page numbers dropped. A PDF without text (a scan) is refused plainly."""
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(raw))
    except (PDFSyntaxError, ValueError, TypeError, KeyError) as exc:
        raise ReportError(f"PDF 文件已损坏或无法读取。(The PDF cannot be read: {exc}.)") from exc
    paragraphs = [_joined(block) for block in re.split(r"\n\s*\n", text.replace("\x0c", "\n\n"))]
    paragraphs = [p for p in paragraphs if p and not _PAGE_NUMBER.fullmatch(p)]
    if not paragraphs:
        raise ReportError(
            "这份 PDF 没有文字层（可能是扫描件），无法读取文字；请提供带文字的 PDF，或先做文字识别（OCR）。"
            " (The PDF has no text layer, probably a scan: OCR it first or pass a PDF with text.)"
        )
    return "\n".join(paragraphs) + "\n"


def _joined(block: str) -> str:
    """The lines of one paragraph as one line: Chinese lines join without a space, Latin words with one."""
    out = ""
    for line in (line.strip() for line in block.split("\n")):
        if not line:
            continue
        latin = out[-1:].isascii() and out[-1:].isalnum() and line[:1].isascii() and line[:1].isalnum()
        out += (" " if latin else "") + line
    return out


def _docx(raw: bytes) -> str:
    """A Word document's paragraphs and table rows, in document order, one per line."""
    from docx import Document
    from docx.table import Table

    try:
        document = Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReportError(
            f"文件不是可读取的 Word（.docx）文档。(The file is not a readable .docx document: {exc}.)"
        ) from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend("\u3000".join(cell.text.strip() for cell in row.cells) for row in block.rows)
        else:
            lines.append(block.text.strip())
    return "\n".join(lines) + "\n"


def _html(text: str) -> str:
    """A saved web page's article, with its title, date and source as the report's first lines; the page's
    navigation, toolbar, share links, photo captions and footer left out."""
    import trafilatura

    body = trafilatura.extract(text, favor_recall=True, include_tables=True, include_comments=False)
    if not body or not body.strip():
        raise ReportError("网页中找不到正文。(No article text found in the web page.)")
    meta = trafilatura.extract_metadata(text)
    head = []
    if meta is not None and meta.title and meta.title not in body[:200]:
        head.append(meta.title)
    source = _SOURCE.search(re.sub(r"<[^>]+>", " ", text))  # 来源：区办公室 on the page, beside the article
    if source or (meta is not None and meta.sitename):
        head.append(f"来源：{source.group(1) if source else meta.sitename}")
    if meta is not None and meta.date:
        head.append(f"时间：{meta.date}")
    return "\n".join([*head, body.strip()]) + "\n"


_MARKUP = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.MULTILINE), ""),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # strong
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.MULTILINE), ""),  # rules
)


def _markdown(text: str) -> str:
    """Markdown as plain lines: heading marks, quotes, emphasis and link targets left out."""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text
