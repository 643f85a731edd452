"""Figures as reports write them: 170亿元, 23.5%, 近200家, 5000名以上, 1-2家, 两家, 三分之一, 1.2万亿元."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from index.lexicon import load_lexicon

_LEXICON = load_lexicon()  # the genre's words (facts.toml), read when the module loads
# Units of the genre, longest first so that 万平方米 wins over 平方米 and 个百分点 over 个.
UNITS: tuple[str, ...] = _LEXICON.words("facts", "units", "words")
_NOUNS_AFTER_COUNT: tuple[str, ...] = _LEXICON.words("facts", "units", "nouns_after_count")
_ARABIC = r"\d+(?:\.\d+)?"
_CHINESE = r"[一二两三四五六七八九十百千][零〇一二两三四五六七八九十百千]*"  # no number starts with 零 (零部件)
# Any unit, longest first, for patterns elsewhere too.
UNIT_PATTERN = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
FIGURE = re.compile(
    rf"(?P<lead>{_LEXICON.alternation('facts', 'units', 'leads')})?"
    rf"(?P<sign>(?<![\dA-Za-z.])[-−](?=\d))?"  # a minus written before the digits (-5亿元), not a dash
    rf"(?P<n1>{_ARABIC}|{_CHINESE})"
    rf"(?:\s*(?:-|—|–|~|～|至|到)\s*(?P<n2>{_ARABIC}|{_CHINESE}))?"
    rf"(?P<approx>多|余)?"
    rf"(?P<unit>(?:万亿|亿|万|千)?(?:{UNIT_PATTERN}))"
    rf"(?P<tail>{_LEXICON.alternation('facts', 'units', 'tails')})?"
)
FRACTION = re.compile(rf"(?P<den>{_CHINESE})分之(?P<num>{_CHINESE})")
SLASH_FRACTION = re.compile(r"(?<![\d/])(?P<num>\d+)/(?P<den>\d+)(?![\d/])")
ORDINAL = re.compile(rf"第(?P<n>{_ARABIC}|{_CHINESE})(?P<unit>届|次|轮|期)")
# 三大战略, 五大举措, 十大平台: a count of up to ten named things (not 十八大, a congress)
GROUP = re.compile(r"(?<![十\d])(?P<n>[两二三四五六七八九十])大(?=[\u4e00-\u9fff])")


@dataclass(frozen=True)
class Figure:
    """A figure found in text: its value (and upper end of a range), unit, qualifier and span."""

    value: float
    unit: str
    high: float | None
    qualifier: str | None
    text: str
    span: tuple[int, int]
    ordinal: bool = False


def to_number(text: str) -> float | None:
    """'170' → 170.0, '23.5' → 23.5, '两' → 2.0, '二十五' → 25.0, '三百' → 300.0; None when not a number."""
    text = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(_ARABIC, text):
        return float(text)
    if not text or not re.fullmatch(r"[零〇一二两三四五六七八九十百千万亿]+", text):
        return None
    return _chinese_number(text.replace("〇", "零"))


@cache
def _chinese_number(text: str) -> float | None:
    import cn2an  # compiles large patterns when imported: loaded only when a Chinese numeral is read

    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def _narrow(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def find_figures(text: str) -> list[Figure]:
    """Every figure with a unit in ``text`` (full-width digits and ％ included), in order."""
    normalized = "".join(map(_narrow, text))  # full-width digits and ％ read as ASCII; spans stay the same
    figures = [f for m in FIGURE.finditer(normalized) if (f := _with_unit(m, normalized, text)) is not None]
    for m in FRACTION.finditer(normalized):
        den, num = to_number(m.group("den")), to_number(m.group("num"))
        if den and num is not None:
            figures.append(Figure(num / den, "", None, None, text[m.start() : m.end()], (m.start(), m.end())))
    for m in SLASH_FRACTION.finditer(normalized):
        num, den = float(m.group("num")), float(m.group("den"))
        if den and num < den:  # 1/3, 1/10: a share; 7/24 style codes have num >= den rarely, dates use 年月
            figures.append(Figure(num / den, "", None, None, text[m.start() : m.end()], m.span()))
    figures += _counted(ORDINAL, normalized, text, ordinal=True) + _counted(GROUP, normalized, text, ordinal=False)
    figures += _sharing_unit(figures, normalized, text)
    return _ranges(sorted(figures, key=lambda f: f.span), normalized, text)


# a number in a list that leaves the rest of its unit to the next one (1409万、1305万人次)
_UNIT_LEFT = re.compile(rf"(?<![\d.])({_ARABIC})(万亿|亿|万)(?=[、和及与](?P<next>{_ARABIC}))")


def _sharing_unit(figures: list[Figure], normalized: str, text: str) -> list[Figure]:
    """Numbers of a list written without the unit the next one carries (广州、深圳…分别达1409万、1305万人次): each
    in that unit, when the next figure follows the joiner at once and its unit starts with the same multiplier
    (not 5、6家: five or six)."""
    starts = {f.span[0]: f for f in figures}
    out = []
    for m in _UNIT_LEFT.finditer(normalized):
        following = starts.get(m.start("next"))
        if following is None or not following.unit.startswith(m.group(2)):
            continue
        if any(f.span[0] <= m.start() < f.span[1] for f in figures):
            continue  # a figure already read (the 1409万 of 1409万人次)
        value = float(m.group(1))
        out.append(Figure(value, following.unit, None, None, text[m.start() : m.end()], m.span()))
    return out


_RANGE_JOIN = re.compile(r"\s*(?:-|—|–|－|~|～|至|到)\s*")
_CHANGE_FROM = re.compile(_LEXICON.pattern("facts", "sentence", "from_pattern"))


def _ranges(figures: list[Figure], normalized: str, text: str) -> list[Figure]:
    """A range written with its unit at both ends (4.5%—5%, 5%到6%, 3家至5家) as one figure from the first to
    the second; not a change from one to the other (从725件到1000件)."""
    out: list[Figure] = []
    for figure in figures:
        last = out[-1] if out else None
        joined = last is not None and _RANGE_JOIN.fullmatch(normalized[last.span[1] : figure.span[0]]) is not None
        if not joined or last.unit != figure.unit or last.high is not None or last.qualifier or last.ordinal:
            out.append(figure)
            continue
        if _CHANGE_FROM.search(normalized[max(0, last.span[0] - 8) : last.span[0]]):
            out.append(figure)
            continue
        span = (last.span[0], figure.span[1])
        out[-1] = Figure(last.value, figure.unit, figure.value, figure.qualifier, text[span[0] : span[1]], span)
    return out


# the end of a figure just before a dash: 7%-8%, 5000亩-8000亩, 3亿-5亿元 are ranges, their dash no minus sign
_FIGURE_END = re.compile(
    rf"(?:\d|{_CHINESE})\s*(?:万亿|亿|万|千)?(?:{UNIT_PATTERN})?(?:{_LEXICON.alternation('facts', 'units', 'tails')})?$"
)


def _signed(m: re.Match, normalized: str) -> bool:
    """Whether the figure is written with a minus sign (-5亿元, 增长-3.2%), not after a dash that joins a range."""
    return bool(m.group("sign")) and not _FIGURE_END.search(normalized[max(0, m.start("sign") - 12) : m.start("sign")])


def _with_unit(m: re.Match, normalized: str, text: str) -> Figure | None:
    """A figure with its unit (170亿元, 近200家, 5000名以上); None for an ordinal or a word (第四个, 一个行动)."""
    signed = _signed(m, normalized)
    start = m.start() if signed or m.group("lead") or not m.group("sign") else m.start("n1")
    if m.group("n1") and not re.match(_ARABIC, m.group("n1")):
        if m.start("n1") > 0 and normalized[m.start("n1") - 1] == "第":
            return None  # an ordinal (第四个), read as a rank elsewhere
        if m.group("n1") == "一" and not m.group("lead"):
            return None  # 一个/一家 are mostly words (一个行动), not figures
    value = to_number(m.group("n1"))
    if value is None:
        return None
    if signed:
        value = -value
    high = to_number(m.group("n2")) if m.group("n2") else None
    qualifier = "".join(q for q in (m.group("lead"), m.group("approx"), m.group("tail")) if q) or None
    unit = m.group("unit")
    if normalized.startswith(_NOUNS_AFTER_COUNT, m.start("unit")):
        unit = "个"  # 三部委: three 部委, counted as 个
    return Figure(value, unit, high, qualifier, text[start : m.end()], (start, m.end()))


def _counted(pattern: re.Pattern, normalized: str, text: str, ordinal: bool) -> list[Figure]:
    """第十届 (an ordinal, in its own unit) or 三大战略 (a group of 个)."""
    out = []
    for m in pattern.finditer(normalized):
        value = to_number(m.group("n"))
        if value is not None:
            unit = m.group("unit") if ordinal else "个"
            out.append(Figure(value, unit, None, None, text[m.start() : m.end()], m.span(), ordinal))
    return out


# 亿元 is 元 × 1e8, 万平方米 is 平方米 × 1e4, 35万个 is 个 × 1e4: a multiplier before any counted unit.
_MULTIPLIERS = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}
_COUNTED = frozenset(UNITS)


_SAME: dict[str, str] = _LEXICON.table("facts", "units", "same")


def to_base(value: float, unit: str) -> tuple[float, str]:
    """``value`` in ``unit`` as an amount of its base unit: 5亿元 → (5e8, 元), 35万个 → (350000, 个); a unit with
    two names by the one it is compared in (3.7公里 → (3.7, 千米))."""
    unit = _SAME.get(unit, unit)
    for prefix, factor in _MULTIPLIERS.items():
        if unit.startswith(prefix) and unit[len(prefix) :] in _COUNTED:
            base = unit[len(prefix) :]
            return value * factor, _SAME.get(base, base)
    return value, unit


def convertible(unit: str, other: str) -> bool:
    """Whether figures in ``unit`` and ``other`` measure the same thing (万元 and 亿元, not 亿元 and 家)."""
    return convert(1.0, unit, other) is not None


def convert(value: float, unit: str, to_unit: str) -> float | None:
    """``value`` in ``unit`` expressed in ``to_unit`` (5000万元 → 0.5亿元), None when they don't convert."""
    amount, base = to_base(value, unit)
    target, target_base = to_base(1.0, to_unit)
    return amount / target if base == target_base else None
