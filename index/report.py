"""Reading a report file: its text, its catalogue header and the metadata a reader cares about."""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from index.errors import ReportError
from index.formats import read_text
from index.lexicon import load_lexicon

# Catalogue fields of a published government document (信息公开目录) and of news pages.
_FIELD = re.compile(
    r"(索引号|主题分类|文号|发布机构|公开方式|成文日期|发布日期|组配分类|公开范围|来源|时间|发文机关)"
    r"\s*[:：]\s*([^\s:：]*)"
)
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")
_TITLE_HINT = re.compile(r"(工作报告|工作总结|工作安排|的报告|政府工作)")
_BLANK = re.compile(r"[ \t\u3000\u00a0]+")


@dataclass(frozen=True)
class ReportMeta:
    """What the report says about itself: title, date written, publisher and catalogue fields."""

    title: str
    date: str | None
    publisher: str | None
    fields: tuple[tuple[str, str], ...] = ()
    # the short lines under the title before the text starts: slogans, the occasion, the date line, the speaker
    front: tuple[str, ...] = ()
    delivered: str | None = None  # the date the report was given, as written on its date line (2012年1月12日)
    salutation: str = ""  # the line the speaker opens with, as written (同志们：, 各位代表:)
    # the year its parts show, for a text without title or date (一、2021年工作回顾: given in 2022)
    shown_year: int | None = None

    @property
    def names(self) -> tuple[str, ...]:
        """The lines naming the report's own place: its title, publisher and the place its occasion line names
        when they do not (政府工作报告 over 在贵州省第十四届人民代表大会…)."""
        pattern = load_lexicon().regex("structure", "title_page", "occasion_place_pattern")
        # an occasion line broken across two lines (…在广东省第十四届 / 人民代表大会第五次会议上) read as one
        found = [m for line in (self.title, *self.front, "".join(self.front)) if (m := pattern.search(line))]
        named = f"{self.title} {self.publisher or ''}"
        # a place the title names only inside the occasion it carries (政府工作报告——…在第十二届全国人民代表大会…)
        # is named by the occasion alone
        places = [(next(g for g in m.groups() if g), named.replace(m[0], "")) for m in found[:1]]
        return (self.title, self.publisher or "", *(place for place, rest in places if place not in rest))

    @property
    def year(self) -> int | None:
        """The year the report was given: its date's, else the latest year its title names (某园区2024年工作报告;
        2011年工作总结和2012年工作安排 is given in 2012)."""
        if self.date:
            return int(self.date[:4])
        # not a plan's last year (2023年工作总结暨2024—2026年行动计划 is given in 2024)
        years = [int(y) for y in re.findall(r"(?<![\d—–\-至到])((?:19|20)\d{2})年", self.title)]
        return max(years) if years else self.shown_year


@dataclass(frozen=True)
class ReportText:
    """A report's text as read, its name and sha256, and its metadata."""

    name: str
    text: str
    sha256: str
    meta: ReportMeta


MAX_REPORT_BYTES = 20 * 2**20  # the default size limit of a report file (`qa.config.Settings.max_report_bytes`)


def read_report(path: str | Path, max_bytes: int = MAX_REPORT_BYTES) -> ReportText:
    """Read a report file of any format users have (`index.formats`: text in UTF-8, GB18030 or UTF-16, Markdown,
    Word, PDF with a text layer, a saved web page) and parse its header."""
    path = Path(path)
    limit = max_bytes
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a device (/dev/zero), a pipe: refused unread
            raise ReportError(
                f"{path.name} 不是报告文件（是文件夹或设备），请指定一个报告文件。(Not a regular file: {path}; pass "
                "a .txt, .md, .docx, .pdf or .html file.)"
            )
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)
    except OSError as exc:
        raise ReportError(
            f"无法读取报告文件 {path.name}。(Cannot read report {path}: {exc.strerror}; pass an existing .txt, .md, "
            ".docx, .pdf or .html file.)"
        ) from exc
    if len(raw) > limit:
        raise ReportError(
            f"报告文件 {path.name} 超过 {limit / 2**20:g} MB，请拆分后再用。(Report {path} is larger than "
            f"{limit / 2**20:g} MB; split it, or raise the limit with QA_MAX_REPORT_MB.)"
        )
    text = rejoined(unscripted(read_text(raw, path.suffix)))
    if not text.strip():
        raise ReportError(f"报告文件 {path.name} 没有文字。(Report {path} is empty; pass a report with text.)")
    return ReportText(path.stem, text, hashlib.sha256(raw).hexdigest(), parse_meta(text))


_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
_SUB_MARK = re.compile(r"(?<=[A-Za-z])_(?=\d)")


def unscripted(text: str) -> str:
    """Subscripts as plain digits, the way people type them (PM₂.₅ and PM_2.5 of a scraped page → PM2.5, CO₂ → CO2)."""
    return _SUB_MARK.sub("", text.translate(_SUBSCRIPTS))


# A scraped page breaks a sentence where its markup set words apart (研发投入强度位居 / 全国第一 / 方阵，…; PM / 2.5):
# a paragraph of prose (this long at least, with a clause mark) that stops without a closing mark goes on in the
# next line when that line opens with a clause mark or is a short piece without one of its own; after such a piece
# the paragraph goes on as long as it stays open. A heading, a caption before 各位代表：, or a catalogue field line
# is never such a paragraph or piece.
_PROSE = 40
_PIECE = 15
_CLOSING = "。！？；：”’）」』…—!?;:)\"'"
_CLAUSE_OPENING = "，、；：,;"


def rejoined(text: str) -> str:
    """The text with lines a scraped page broke inside a sentence joined back (see ``_PROSE``)."""
    out: list[str] = []
    wrapped = False  # the last line was joined to the paragraph before it
    for line in text.split("\n"):
        piece = line.strip(" \t\u3000\u00a0")
        last = out[-1] if out else ""
        if piece and _breaks_off(last) and (wrapped or _continues(piece)):
            out[-1] = last + piece
            wrapped = True
            continue
        out.append(line)
        wrapped = False
    return "\n".join(out)


def _breaks_off(line: str) -> bool:
    """Whether a line is prose stopped inside a sentence."""
    line = line.rstrip()
    return len(line) >= _PROSE and line[-1] not in _CLOSING and ("，" in line or "。" in line)


def _continues(piece: str) -> bool:
    """Whether a line reads on from a sentence broken off: a clause mark first, or a short piece without an end."""
    return piece[0] in _CLAUSE_OPENING or (len(piece) <= _PIECE and piece[-1] not in _CLOSING)


def squeeze(line: str) -> str:
    """A line without indentation and with letter-spaced titles closed up (政 府 工 作 → 政府工作)."""
    line = line.strip(" \t\u3000\u00a0")
    if re.fullmatch(r"(?:[\u4e00-\u9fff][ \u3000]+)+[\u4e00-\u9fff]", line):
        return _BLANK.sub("", line)
    return line


def parse_meta(text: str) -> ReportMeta:
    """Title, date and publisher from the first lines of a report."""
    head = [squeeze(line) for line in text.split("\n")[:40]]
    fields: dict[str, str] = {}
    for line in head:
        for key, value in _FIELD.findall(line):
            if value and key not in fields and not _FIELD.match(f"{value}:"):  # 文号: 发布机构: …, 文号 left empty
                fields[key] = value
    title = next((ln for ln in head if _titled(ln)), "")
    title = title.strip("《》—-").strip() or next((ln for ln in head if ln), "")
    date = _first_date([fields.get("成文日期", "")] + head)
    publisher = fields.get("发布机构") or fields.get("发文机关") or _speaker(head)
    front = _front(head, title)
    written = next((m.group() for ln in front if (m := _DATE_WRITTEN.search(ln))), None)
    return ReportMeta(title, date, publisher, tuple(fields.items()), front, written, _salutation(head, title))


_TITLE_LINE = 60  # characters: a longer line is text, not a title


def _titled(line: str) -> bool:
    """Whether a line of the head reads as the title: it names a report, is short, and is no sentence of the text
    (现在，我代表区政府向大会作工作报告，请予审议。 on a page that lost its title), heading or catalogue field."""
    short = _TITLE_HINT.search(line) and len(line) <= _TITLE_LINE
    heading = re.match(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]", line)
    return bool(short) and not heading and not _FIELD.search(line) and not re.search(r"[，,。；;]", line)


_DATE_WRITTEN = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_FRONT_LINE = 40  # characters: a longer line is the text itself, not a line of the title page


def _front(head: list[str], title: str) -> tuple[str, ...]:
    """The short lines after the title and before the salutation (同志们：) or the first paragraph."""
    if title not in head:
        return ()
    addressed = load_lexicon().regex("structure", "title_page", "salutation_pattern")
    lines: list[str] = []
    for line in head[head.index(title) + 1 :]:
        # a field, or a web page's leftover (【字体：, 大, 】, 分享：) between the title and its occasion line
        if len(line) < 2 or _FIELD.search(line) or (line.endswith((":", "：")) and not addressed.search(line)):
            continue
        if len(line) > _FRONT_LINE or line.endswith((":", "：")) or re.match(r"^[一二三四五六七八九十]+、", line):
            break
        lines.append(_BLANK.sub(" ", line))
    return tuple(lines)


def _salutation(head: list[str], title: str) -> str:
    """The short line ending in a colon between the title and the text (同志们：, 各位代表：), which the text's
    chunks leave out; "" when the report opens without one."""
    if title not in head:
        return ""
    addressed = load_lexicon().regex("structure", "title_page", "salutation_pattern")
    for line in head[head.index(title) + 1 :]:
        if line.endswith((":", "：")) and len(line) <= _SALUTATION_LINE and addressed.search(line):
            return line
        if len(line) > _FRONT_LINE:
            return ""
    return ""


_SALUTATION_LINE = 16  # characters: 各位代表、各位委员、同志们：


def _first_date(lines: list[str]) -> str | None:
    for line in lines:
        m = _DATE.search(unicodedata.normalize("NFKC", line))
        if m:
            year, month, day = (int(g) for g in m.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _speaker(head: list[str]) -> str | None:
    """The government that delivers the report, from a line like '海拉尔区人民政府区长 杜联合'."""
    for line in head:
        m = re.match(
            r"^([\u4e00-\u9fff]{2,20}?人民政府)(?:[\u4e00-\u9fff]{1,3}长|主席)?[ \u3000]*[\u4e00-\u9fff]{0,4}$", line
        )
        if m:
            return m.group(1)
    return None
