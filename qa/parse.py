"""Reading a question once into a `Query`, with the genre's words from the lexicon files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cached_property
from typing import Literal

from index.lexicon import Lexicon, load_lexicon
from index.numbers import UNITS, find_figures, to_number
from index.periods import years_named
from index.tokens import ReportTokenizer, doing_only
from qa.filters import asked_threshold, said_amounts, said_tenths, said_thresholds
from qa.intent import Count
from qa.query import (
    Aspect,
    Claim,
    Extreme,
    Kind,
    Lean,
    MetricFilter,
    Operation,
    Part,
    Position,
    Query,
    Stated,
    Step,
    TimeAsked,
)
from qa.synonyms import everyday_split

_CN_DIGIT = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")
_CN_YEAR = re.compile(r"[〇零○一二三四五六七八九]{4}(?=年)")
_SCALE_CLASS = {"十": "10", "百": "100", "千": "1000", "万": "10000"}
_PIECE = 4  # characters: a shorter piece of a question of several is no question of its own
_COUNTED_NEAR = 8  # characters: the words operating on the figures counted follow the count this closely
_PUNCTUATION = re.compile(r"[?？!！。,，、“”\"]")
_NUMBER = "[一二三四五六七八九十两\\d]{1,3}"
_NOUN_MAX = 4  # characters: the noun after 哪几个 that names the things listed (特区, 产业基地)
# (not a numeral alone: 第一部分的(一) is the report's own number of a heading)
_GLOSS = re.compile(r"[（(](?![一二三四五六七八九十]+[）)])[^（()）]{1,30}[）)]")


_OPENING = 300  # the characters of a report's start where the body giving it names itself
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def _unglued(name: str, suffixes: tuple[str, ...], glued: str) -> str:
    """A lookahead keeping an own name that ends in a place suffix from taking that suffix from the word after
    it (重庆市属国企: 市属 stays; 重庆市的国企: 重庆市 goes)."""
    return f"(?![{glued}])" if glued and name.endswith(suffixes) else ""


def with_arabic_years(text: str) -> str:
    """二〇一二年 → 2012年."""
    return _CN_YEAR.sub(lambda m: m.group().translate(_CN_DIGIT), text)


class QueryParser:
    """Builds a `Query` from a question; patterns are compiled once from a `Lexicon`."""

    def __init__(
        self,
        tokenizer: ReportTokenizer,
        report_year: int | None = None,
        lexicon: Lexicon | None = None,
        report_text: str | None = None,
        result_names: Iterable[str] = (),
        figure_names: Iterable[str] = (),
    ) -> None:
        self.tokenizer = tokenizer
        # the names of all the report's figures: two things joined in one of them (研发及科技服务机构) are one thing
        self.figure_names = tuple(figure_names)
        # the names of figures the report gives as results: a target word inside one (科技计划项目, 火炬计划
        # 重点高新技术企业) names a thing, and asks for no target
        self.result_names = tuple(result_names)
        # what the report writes: a function word it never writes picks no fact (None: not known, all may)
        self.report_text = report_text
        self.report_year = report_year
        self.lexicon = lex = lexicon or load_lexicon()
        self.relative: dict[str, int] = lex.table("time", "relative_years")
        self.shifted: dict[str, int] = lex.table("time", "shifted_years")
        self.periods: dict[str, list[int]] = lex.table("time", "plan_periods")
        relative = "|".join(re.escape(w) for w in sorted({**self.relative, **self.shifted}, key=len, reverse=True))
        self.relative_re = re.compile(relative)
        self.plan_periods: dict[str, list[int]] = lex.table("time", "plan_periods")
        plans = "|".join(re.escape(p) for p in self.plan_periods)
        first, last = lex.alternation("time", "eras", "first"), lex.alternation("time", "eras", "last")
        place = rf"(?P<first>{first})|(?P<last>{last})|{lex.pattern('time', 'eras', 'nth_pattern')}"
        self.era_re = re.compile(rf"(?P<plan>{plans}){lex.pattern('time', 'eras', 'between_pattern')}(?:{place})")
        self.year_re = re.compile(rf"(?<!\d)(?:19|20)\d{{2}}年?|[〇零○一二三四五六七八九]{{4}}年|{relative}")
        periods = "|".join(re.escape(p) for p in self.periods)
        self.period_re = re.compile(
            rf"[“\"]?({periods})[”\"]?(?:{lex.alternation('time', 'cues', 'period_suffixes')})?"
        )
        self.alone: dict[str, str] = lex.table("aliases", "alone")
        self.period_end = re.compile(lex.pattern("time", "eras", "end_pattern"))
        self.recent_spans: dict[str, int] = lex.table("time", "recent_spans")
        self.recent_span_re = re.compile(lex.alternation("time", "recent_spans"))
        self.span_cue = re.compile(lex.alternation("time", "cues", "span_cues"))
        self.average = re.compile(lex.alternation("time", "cues", "average_words"))
        self._compile_asking(lex)
        self._compile_conversation(lex)
        self.structure = StructureReader(lex, self.years, self.year_re, tokenizer.topic_words)
        self.operands = PartReader(self)

    def _compile_asking(self, lex: Lexicon) -> None:
        a = lex.alternation
        counters = lex.pattern("asking", "figure", "counters")
        self.numeric = re.compile(rf"{a('asking', 'figure', 'words')}|几[{counters}]?")
        self.measure = lex.regex("asking", "figure", "measure_nouns")
        self.passage = re.compile(
            rf"{a('asking', 'figure', 'passage')}|(?:{a('asking', 'figure', 'passage_listing')})(?!的)"
            rf"|{lex.pattern('asking', 'figure', 'passage_pattern')}"
        )
        self.rank = re.compile(rf"{a('asking', 'aspect', 'rank')}|{lex.pattern('asking', 'aspect', 'rank_pattern')}")
        before = "".join(lex.words("asking", "aspect", "growth_not_preceded_by"))
        after = a("asking", "aspect", "growth_not_followed_by")
        self.growth = re.compile(rf"(?<![{before}])(?:{a('asking', 'aspect', 'growth')})(?!{after})")
        self.share = re.compile(rf"{a('asking', 'aspect', 'share')}|{lex.pattern('asking', 'aspect', 'share_pattern')}")
        self.ordinal = re.compile(lex.pattern("asking", "aspect", "ordinal_pattern"))
        self.sum = re.compile(a("asking", "operation", "sum"))
        self.sum_split = lex.regex("asking", "operand", "sum_split_pattern")
        self.total_change = lex.regex("asking", "operation", "total_change_pattern")
        self.inside = lex.regex("asking", "inside", "inside_pattern")
        self.piece_end = lex.regex("asking", "pieces", "end_pattern")
        self.piece_clause = lex.regex("asking", "pieces", "clause_pattern")
        self.piece_asks = lex.regex("asking", "pieces", "asks_pattern")
        self.about_report = lex.regex("asking", "about", "report_pattern")
        self.about_ask = lex.regex("asking", "about", "ask_pattern")
        self.about_fillers = frozenset(lex.words("asking", "about", "fillers"))
        self.one_character_things = frozenset(lex.words("asking", "frame", "one_character_things"))
        self.complement = self._complement(lex.pattern("asking", "operation", "complement_pattern"))
        self.share_units = frozenset(lex.words("asking", "unit", "share_units"))
        self.compare = re.compile(lex.pattern("asking", "operation", "compare_pattern"))
        self.superlative = re.compile(a("asking", "operation", "superlative"))
        self.difference = re.compile(lex.pattern("asking", "operation", "difference_pattern"))
        self.change = re.compile(lex.pattern("asking", "operation", "change_pattern"))
        self.ratio = re.compile(lex.pattern("asking", "operation", "ratio_pattern"))
        self.share_change = lex.regex("asking", "operation", "share_change_pattern")
        self.compared = re.compile(lex.pattern("asking", "operation", "compared_pattern"))
        self.from_to = re.compile(lex.pattern("asking", "operation", "from_to_pattern"))
        self.rate = re.compile(a("asking", "operation", "rate_words"))
        not_comparing = "".join(sorted({w[0] for w in lex.words("asking", "operation", "not_comparing")}))
        after = "".join(lex.words("asking", "operation", "not_comparing_after"))
        self.comparing = re.compile(rf"(?<![{not_comparing}])比(?![{after}])")
        self.compared_with = lex.regex("asking", "operation", "compared_with_pattern")
        self.qualifier = re.compile(a("asking", "qualifier", "words"))
        self.below = re.compile(a("asking", "qualifier", "below"))
        units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True) if u != "%")
        not_after = lex.pattern("asking", "unit", "not_asked_after_pattern")
        self.led = rf"(?!{a('asking', 'unit', 'unit_led_nouns')})"  # 多少人才: no unit asked
        classed = a("asking", "unit", "threshold_after")  # 多少亿元以上企业: 亿元 bounds a class, no unit asked
        self.asked_unit = re.compile(
            rf"(?:多少|(?<!{not_after})几){self.led}((?:万亿|亿|万|千)?(?:{units}))"
            rf"(?!(?:{classed})的?[\u4e00-\u9fff](?<![呢吗啊吧]))"  # (多少万亩以上？ bounds the figure asked)
        )
        self.units_meant = lex.table("asking", "unit", "said_as")
        self.adding = lex.regex("asking", "operation", "adding")
        self.units_said = re.compile("|".join(map(re.escape, sorted(self.units_meant, key=len, reverse=True))))
        self.yi = re.compile(lex.pattern("asking", "unit", "yi_pattern"))
        money = a("asking", "unit", "money")
        self.money = re.compile(money, re.IGNORECASE)
        link = lex.pattern("asking", "unit", "money_link_pattern")
        self.money_asked = re.compile(
            rf"(?:{money})(?:额|总额)?{link}(?:多少|几)(?![个家项件名位])",
            re.IGNORECASE,
        )
        self.counted_things = re.compile(a("asking", "unit", "counted_things"))
        self.money_after = lex.regex("asking", "unit", "money_after_pattern")
        self.target = re.compile(a("time", "cues", "target"))
        self.target_not = re.compile(a("time", "cues", "target_not"))
        self.target_modal = lex.regex("time", "cues", "target_modal_pattern")
        self.joiners = lex.words("asking", "frame", "joiners")  # 软件和互联网 read as the report's 软件与互联网
        self.joined = re.compile(rf"([\u4e00-\u9fff]{{2}})({a('asking', 'frame', 'joiners')})([\u4e00-\u9fff]{{2}})")
        self.result = re.compile(a("time", "cues", "result"))
        own_area = lex.table("asking", "frame", "own_area")
        names = self.tokenizer.own_names
        area_words = [w for suffix, words in own_area.items() if any(n.endswith(suffix) for n in names) for w in words]
        nation = lex.words("asking", "frame", "nation_area")
        opening = (self.report_text or "")[:_OPENING]
        speakers = lex.words("asking", "frame", "nation_speakers")
        national = any(w in names for w in nation) or any(w in opening for w in speakers)
        area_words += nation if national else []  # the nation's report: 全国, 我国 its own
        # the report's own names (宁波, 高新区) and its area (全区): every figure of the report is theirs
        own = sorted({w for w in self.tokenizer.own_names if len(w) > 1} | set(area_words), key=len, reverse=True)
        self.own_area = frozenset(area_words)
        self.worked_back = re.compile(a("asking", "own_figures", "worked_back"))  # 倒推, 大概: a figure estimated
        self.against = lex.regex("asking", "operation", "against_pattern")  # 跟去年实际比: the other side first
        # a figure worked back (倒推一下) names no metric either
        self.hedge = re.compile(f"{a('asking', 'frame', 'hedges')}|{self.worked_back.pattern}")
        self.amount_suffix = lex.regex("asking", "frame", "amount_suffix_pattern")
        self.amount_terms = tuple(k for k in lex.table("aliases", "aliases") if k.endswith("额"))  # 协议额 kept whole
        self.amount_nouns = frozenset(lex.words("asking", "figure", "amount_nouns"))
        self.amount_reached = lex.regex("asking", "figure", "amount_reached_pattern")
        self.list_asked = lex.regex("asking", "figure", "list_pattern")  # 分别是, 哪几: the items of a list asked
        asides = f"{a('asking', 'frame', 'words')}|{a('asking', 'frame', 'hedges')}"
        glued = "".join(lex.words("tokens", "stop", "suffix_glued"))
        suffixes = tuple(lex.words("tokens", "stop", "place_suffixes"))
        frame = "".join(f"{re.escape(w)}{_unglued(w, suffixes, glued)}|" for w in own) + asides
        scale = "(?:万亿|亿|万|千)?"  # 多少万亩: the unit asked with its scale
        self.not_metric = re.compile(
            rf"(?:是|有|要|能)?(?:多少|几)(?:{self.led}(?P<unit>{scale}(?:{a('asking', 'frame', 'asked_units')})))?"
            rf"(?:{a('asking', 'frame', 'asked_bounds')})?|{frame}|"
            + lex.pattern("asking", "frame", "increase_pattern")
            + "|"
            + lex.pattern("asking", "frame", "region_suffix_pattern")
            + "|"
            + lex.pattern("asking", "frame", "world_said_pattern")
        )
        self.opening = re.compile(rf"^(?:(?:{a('asking', 'frame', 'openings')})[,，：:\s]*)+")
        # the words of an operation (哪个, 多出, 一共), never of a metric; a 比 left without its comparand (比去年)
        operations = (
            lex.pattern("asking", "operand", "operation_words_pattern"),
            lex.pattern("asking", "operation", "difference_pattern"),
            a("asking", "operation", "sum"),
        )
        # 差几个百分点: the unit asked goes with the operation's words
        self.operation_words = re.compile(
            rf"(?:{'|'.join(operations)})(?:个?(?:{a('asking', 'frame', 'asked_units')}))?"
        )
        self.bare_comparator = lex.regex("asking", "operand", "bare_comparator_pattern")

    def _compile_conversation(self, lex: Lexicon) -> None:
        a = lex.alternation
        self.lead = re.compile(rf"^(?:{a('conversation', 'follow_up', 'leads')})[,，\s]*")
        # a lead taken out of the metric words; 那 only where it is not 那个/那些 (a pointer to a thing)
        self.lead_word = re.compile(
            rf"^\s*(?:{a('conversation', 'follow_up', 'leads')}|{a('conversation', 'follow_up', 'part_of')})"
            r"(?<!那)[,，\s]*|^那(?![个些家项位里边])"
        )
        self.counting = re.compile(lex.pattern("conversation", "follow_up", "counting_pattern"))
        self.trail = re.compile(rf"(?:又|的)?(?:{a('conversation', 'follow_up', 'trails')})?[?？。!！\s]*$")
        self.follow = re.compile(
            rf"^(?:{a('conversation', 'follow_up', 'leads')})|"
            rf"(?:{a('conversation', 'follow_up', 'trails')})[?？。!！\s]*$"
        )
        rejected = lex.pattern("conversation", "follow_up", "rejected_pattern")
        corrections = a("conversation", "follow_up", "corrections")
        # 哦我说错了，…: an interjection may open it
        opening = f"(?:{lex.pattern('conversation', 'follow_up', 'correction_opening_pattern')})?"
        then = f"(?:{lex.pattern('conversation', 'follow_up', 'correction_then_pattern')})?"
        meant = lex.pattern("conversation", "follow_up", "correction_meant_pattern")
        self.correction = re.compile(rf"^{opening}(?:(?:{rejected}|{meant}|{corrections})[,，。!！\s]*)+{then}")
        self.rejected_after = lex.regex("conversation", "follow_up", "rejected_after_pattern")
        self.rejected = re.compile(rf"^{rejected}")
        self.points_back = re.compile(
            rf"^(?:{a('conversation', 'follow_up', 'points_back')})|"
            + a("conversation", "follow_up", "points_back_anywhere")
        )
        pointer = a("conversation", "follow_up", "figure_pointers")
        starts = a("conversation", "follow_up", "operation_starts")
        self.operation_start = re.compile(rf"^(?:{pointer})?(?:{starts})(?!例|重)")
        self.part_of = re.compile(rf"^(?:{a('conversation', 'follow_up', 'part_of')})")
        self.choice_words: dict[str, int] = lex.table("conversation", "clarify", "positions")
        self.other = re.compile(rf"^(?:{a('conversation', 'clarify', 'other')})(?:的)?$")
        leads, tails = a("conversation", "clarify", "chooser_leads"), a("conversation", "clarify", "chooser_tails")
        choosers = a("conversation", "clarify", "choosers")
        self.chooser = re.compile(rf"^(?:{leads})?(.{{1,12}}?)(?:{choosers})(?:{tails})?[?？。!！\s]*$")
        self.level = re.compile(a("conversation", "filter", "levels"))
        self.level_said: dict[str, str] = lex.table("conversation", "filter", "level_said")
        self.level_roots: dict[str, str] = lex.table("conversation", "filter", "level_roots")
        self.level_of_root = {root: level for level, root in self.level_roots.items()}  # 省 said alone: 省级
        said = "|".join(re.escape(w) for w in sorted(self.level_said, key=len, reverse=True))
        self.level_said_re = re.compile(rf"(?:(?<=^)|(?<=[那是])|(?<=[^\u4e00-\u9fff]))(?:{said})")
        phase_units = a("conversation", "filter", "phase_units")
        self.phase = re.compile(rf"[一二三四五六七八九十\d]+(?:{phase_units})(?!间)")  # 十四五期间: a period, no phase
        self.phase_item = re.compile(rf"^([一二三四五六七八九十\d]+)({phase_units})$")
        self.question_tail = re.compile(lex.pattern("asking", "frame", "question_tail_pattern"))
        self.target_nouns = re.compile(a("time", "cues", "target_nouns"))
        self.trailing_target = re.compile(
            rf"(?:的)?(?:{a('time', 'cues', 'target_nouns')})(?:值|数)?(?:{a('time', 'cues', 'target_setting')})?$"
        )
        self.threshold = re.compile(lex.pattern("conversation", "filter", "threshold_pattern"))
        claimed = (lex.pattern("asking", "figure", key) for key in ("yes_no_figure_pattern", "claim_tail_pattern"))
        self.size_claim = re.compile(
            "(?:{})(?:{})?".format(*claimed) + rf"|(?:{lex.pattern('asking', 'figure', 'yes_no_claim_pattern')})了?"
        )

    def _per_unit(self, match: re.Match[str]) -> str:
        """每月提高了多少元 = 提高了多少元/月, of a report that writes its figures per month so (元/月); of one that
        writes 每人每月700元, 提高了多少元 (the figure is in 元, its 每月 no word of what is asked)."""
        per = match.group("per")
        if self.report_text is not None and not any(f"元{s}{per}" in self.report_text for s in "/／"):
            return f"{match.group('between')}多少元"
        return f"{match.group('between')}多少元/{per}"

    def _complement(self, pattern: str) -> re.Pattern[str]:
        """``complement_pattern``, its 非 read as a name's own before a word the report writes with 非 (非金融类对外
        直接投资, 非公企业), not as 'other than'."""
        written = sorted({m.group(1) for m in re.finditer(r"非([\u4e00-\u9fff]{2})", self.report_text or "")})
        if written:
            pattern = pattern.replace("非(?!", "非(?!" + "|".join(map(re.escape, written)) + "|", 1)
        return re.compile(pattern)

    # ---- the one entry point

    def parse(self, question: str, claims: bool = True) -> Query:
        """The question, understood: every slot the answerers read (``claims``: also what it takes for granted)."""
        # 十个亿, 两个亿: an amount as people say it, as the report writes it (十亿)
        question = self.lexicon.regex("asking", "unit", "spoken_amount_pattern").sub("", question)
        question = self.lexicon.regex("asking", "frame", "as_of_pattern").sub(r"截至\g<time>", question)  # 到去年为止
        question = self._without_unit_aside(question)
        query = self._slots(question)
        return self.operands.fill(query, claims)

    def _without_unit_aside(self, text: str) -> str:
        """几成（百分比）: the unit said in brackets dropped; a share so asked stays asked (百分比 said once)."""
        match = self.lexicon.regex("asking", "unit", "unit_aside_pattern").search(text)
        if match is None:
            return text
        rest = text[: match.start()] + text[match.end() :]
        percent = any(c in match.group("unit") for c in "百%％")
        if percent and not any(w in rest for w in self.lexicon.words("asking", "unit", "percent_asked")):
            return text[: match.start()] + "百分比" + text[match.end() :]
        return rest

    def _joined_as_written(self, text: str) -> str:
        """软件和互联网的收入 → 软件与互联网: two words the question joins one way and the report, never writing
        that join, joins another (asking.toml `joiners`)."""
        written = self.report_text
        if not written:
            return text
        for m in self.joined.finditer(text):
            left, joiner, right = m.groups()
            if f"{left}{joiner}{right}" in written:
                continue
            other = next((j for j in self.joiners if f"{left}{j}{right}" in written), None)
            if other is not None:
                text = text.replace(m.group(), f"{left}{other}{right}", 1)
        return text

    def _joined_in_a_name(self, text: str) -> bool:
        """一共引进了多少研发及科技服务机构: every join of the question is inside one figure's name the report
        writes (研发及科技服务机构), so the question names one thing, not a sum of two."""
        joins = [m for m in self.sum_split.finditer(text)]
        if not joins:
            return False
        named = [m.span() for m in self.joined.finditer(text) if any(m.group() in name for name in self.figure_names)]
        return all(any(a <= j.start() < b for a, b in named) for j in joins)

    def _which_way(self, text: str) -> str:
        """比去年是多还是少？差多少？: which way two figures differ is told by their difference; asked alone, it
        asks that difference."""
        which = self.lexicon.regex("asking", "frame", "which_way_pattern")
        if not which.search(text):
            return text
        rest = which.sub("", text)
        if self.lexicon.regex("structure", "count_asks").search(rest):
            return rest
        return which.sub(self.lexicon.get("asking", "frame", "which_way_read_as"), text, count=1)

    def _examples_asked(self, text: str) -> str:
        """举几个例子 asks which the items are, and counts nothing: said beside 都有哪些 it adds nothing, said
        alone it is 包括哪些 after what it names."""
        examples = self.lexicon.regex("asking", "figure", "examples_pattern")
        if not examples.search(text):
            return text
        rest = examples.sub("", text).strip(" ，,？?。")
        listed = self.list_asked.search(rest) or self.structure.listing.search(rest)
        return rest if listed else rest + self.lexicon.get("asking", "figure", "examples_read_as")

    def _slots(self, question: str) -> Query:
        text = self.opening.sub("", with_arabic_years(question)).strip() or question
        # 明年……哦不，2012年要到多少: what is said before a correction of itself is taken back
        text = self.lexicon.regex("asking", "frame", "self_correction_pattern").sub("", text).strip() or text
        # 明年也就是2012年: the explicit year stands; 站在2011年底看: a point of view, no year asked
        for restated in ("relative_restated_pattern", "viewpoint_pattern"):
            text = self.lexicon.regex("time", "restated", restated).sub("", text).strip() or text
        # 软件这块的产值目标: 这块 after a noun marks its topic, as 的 would, and points back to nothing
        text = self.lexicon.regex("asking", "frame", "topic_marker_pattern").sub("", text) or text
        text = self.lexicon.regex("asking", "frame", "scale_asked_pattern").sub("", text) or text  # 外资规模有多大
        framed = self.lexicon.regex("asking", "frame", "field_frame_pattern").search(text)  # 在教育上花: 教育
        text = text.replace(framed.group(), framed.group("field")) if framed else text
        spent = self.lexicon.get("asking", "frame", "spent_on_read_as")  # 花在民生上的钱: 民生支出
        spent_on = self.lexicon.regex("asking", "frame", "spent_on_pattern")
        text = spent_on.sub(lambda m: spent.format(**m.groupdict()), text)
        text = self._joined_as_written(text)
        text = self.lexicon.regex("asking", "frame", "verb_complement_pattern").sub("掉", text)  # 关掉了: 关掉
        # 大漕、大池那两个村拆迁完成率: 那两个 points at the things just named and counts them, asking nothing
        text = self.lexicon.regex("asking", "frame", "apposition_pattern").sub(r"\g<names>", text) or text
        text = self._which_way(text)
        text = self._examples_asked(text)
        # 按去年25%的增速倒推2010年: the growth a figure is worked back from is how it is asked, not what
        basis = self.lexicon.regex("asking", "own_figures", "worked_back_basis_pattern")
        text = basis.sub(self._worked_back_basis, text) or text
        text = self.lexicon.regex("asking", "operand", "share_in_whole_pattern").sub(r"占\g<whole>", text)
        text = self._contracted(text)  # 技术、工业加上贸易一共 = 技工贸一共, when the report writes 技工贸
        whole_first = self.lexicon.regex("asking", "operand", "whole_first_share_pattern")
        text = whole_first.sub(r"\g<lead>\g<part>占\g<whole>", text)  # 授权专利里发明专利占 = 发明专利占授权专利
        text = self.lexicon.regex("structure", "ranked_in_list_pattern").sub(r"\g<ordinal>个", text)  # 五个里排第三的
        text = self.units_said.sub(lambda m: self.units_meant[m.group()], text)  # 多少平米 = 多少平方米
        per = self.lexicon.regex("asking", "unit", "per_unit_pattern")  # 每月提高了多少元 = 提高了多少元/月
        text = per.sub(self._per_unit, text)
        points = self.lexicon.regex("asking", "unit", "points_in_difference_pattern")
        text = points.sub(lambda m: m.group().replace("个点", "个百分点"), text)  # 高几个点 = 高几个百分点
        grown = self.lexicon.regex("asking", "unit", "points_of_growth_pattern")
        text = grown.sub(lambda m: m.group()[:-3].rstrip("几多少") + "百分之多少", text)  # 涨了几个点 = 涨了百分之多少
        figure = self.asks_figure(text)
        asked = self.correction.sub("", text) or text
        operation = self.operation(self.rejected.sub("", text))  # 不是报批，我问的是…: no part taken out of a whole
        aspect, unit = self.aspect_and_unit(text, operation)
        if aspect == "rank" and operation == "ratio":
            operation = "lookup"  # 企业占比在全国排第几: the place of a share, not a share worked out
        position = self.structure.position(text)
        if position is not None and position.ask == "count" and operation == "superlative":
            position = None  # 几个主要经济指标里哪个涨得最快: 几个 says the set, the question asks the top of it
        if position is not None and position.ask == "count" and self.adding.search(text):
            position = None  # 养老服务中心和站点加起来一共多少个: figures added, not the things counted
        wants = "figure" if figure else "passage"
        if self.asks_about_report(text):
            wants = "about"
        countable = position is not None and position.count and position.unit not in self.structure.list_units
        # 列一下…那几个方面 lists, though 几个 asks a figure
        listing = position is not None and position.every and bool(self.structure.listing.search(text))
        figure_first = position is not None and position.every and figure and not listing
        if position is not None and not countable and not figure_first and not position.noun:
            wants = "structure"  # 重点工作有几项 may count items of a list or things the report counts: figure first
        query = Query(
            text=text,
            wants=wants,
            time=self.time(text),
            kind=self._kind_asked(self.correction.sub("", text) or text, figure),  # 我说错了 asks no result
            qualifiers=self.qualifiers(text),
            aspect=aspect,
            operation=operation,
            metric=self.metric_words(text),
            # 国家级之外的有多少项: the level is the part taken out of the whole, no filter on what is asked
            # 不是国家的，我问省里的: the level meant, not the one rejected
            filter=self.metric_filter(self.complement.sub(" ", text) if operation == "difference" else asked),
            unit=unit,
            position=position,
            words=text,
            lean=self.lean(text),
            figure=figure,
            passage=self.asks_passage(text),
            own=tuple(self.own_words(text)),
            field=framed.group("field") if framed else "",
            count=self.counted_figures(text),
            head=self.asked_head(text),
        )
        return _with_given(query, self, text)

    # ---- slots

    @staticmethod
    def _worked_back_basis(match: re.Match[str]) -> str:
        """按25%的增速 (倒推): the rate given, if any; 根据增速算一下 asks to work back (倒推)."""
        rate = f"按{match.group('rate')}" if match.group("rate") else ""
        return rate + ("倒推" if match.group("worked") else "")

    def _contracted(self, text: str) -> str:
        """Things listed for their sum (技术、工业加上贸易一共; 内资外资加起来) named as the report names their whole:
        their first characters, with the last character they share after them (技工贸, 内外资, 进出口), when the
        report writes that name; the text as it is otherwise."""
        written = self.report_text or ""
        if not written or not self.sum.search(text):
            return text
        split = self.lexicon.regex("asking", "operand", "listed_pair_split_pattern")
        words = self.tokenizer.dictionary_words(text)
        for m in self.lexicon.regex("asking", "operand", "listed_pair_pattern").finditer(text):
            if any(start < m.start() < end for start, end in words):
                continue  # 国家级和省级: 家级 is no thing listed, but the end of a word (国家级)
            # two characters each, a joiner after any (主持和参与: 参与's 与 joins nothing)
            items = re.findall(rf"([\u4e00-\u9fff]{{2}})(?:{split.pattern})?", m.group())
            if any(to_number(item[0]) is not None for item in items):
                continue  # 一期、二期、三期: phases counted, each with its own figure, not a whole's name
            firsts = "".join(item[0] for item in items)
            tails = {item[-1] for item in items}
            for name in (firsts + tails.pop() if len(tails) == 1 else "", firsts):
                if len(name) > 2 and name in written:
                    return text.replace(m.group(), name)
        return text

    def years(self, text: str, before: Iterable[int] = ()) -> tuple[int, ...]:
        """Years named, relative words anchored on the report's year, shifts on ``before`` (or the report's)."""
        text = with_arabic_years(text)
        years = years_named(text, plans=False)  # “十二五” names a plan, not five years to look up
        era = self.era_year(text)
        if era is not None:  # “十二五”开局之年 names one year of it
            years.append(era)
            text = self.era_re.sub(" ", text)  # its 第二年 is no shift from another year
        anchor = list(before)
        for m in self.relative_re.finditer(text):
            word = m.group()
            if word in self.shifted and anchor:
                years += [y + self.shifted[word] for y in anchor]
            elif self.report_year is not None:
                years.append(self.report_year + self.relative.get(word, self.shifted.get(word, 0)))
        return tuple(dict.fromkeys(years))

    def era_year(self, text: str) -> int | None:
        """The year a plan period's place names (十四五收官之年 → 2025), or None."""
        m = self.era_re.search(text)
        if m is None:
            return None
        start, end = self.plan_periods[m.group("plan")]
        if m.group("first"):
            return start
        if m.group("last"):
            return end
        n = int(to_number(m.group("n")) or 0)
        return start + n - 1 if 1 <= n <= end - start + 1 else None

    def time(self, text: str) -> TimeAsked:
        era = self.era_re.search(text)
        period = None if era else self.period_re.search(text)  # 开局之年 is one year of it
        words = tuple(m.group() for m in self.year_re.finditer(self.era_re.sub(" ", text)))
        shifts = [self.shifted[w] for w in words if w in self.shifted]
        span, ends = self.span_ends(text, era, period)
        years = self.years(text)
        return TimeAsked(
            years=years if not ends or years else (span[1],) if span else (),
            period=period.group(1) if period else None,
            words=words,
            shift=shifts[0] if shifts else None,
            compared=bool(self.comparing.search(text) or self.compared_with.search(text)),
            span=span,
            span_cued=self.span_cue.search(text) is not None,
            yearly=self.average.search(text) is not None,
            ends=ends,
            ahead=span is not None and self.report_year is not None and span[0] >= self.report_year,
        )

    def span_ends(
        self, text: str, era: re.Match | None, period: re.Match | None
    ) -> tuple[tuple[int, int] | None, bool]:
        """The span asked, and whether its end is asked: “十四五”末 and 十四五收官之年 ask the span's last year or
        the state its review ends in; 十四五期间 asks the span."""
        if era is not None:
            if not era.group("last"):
                return None, False  # 开局之年, 第二年: one year, no span
            start, end = self.plan_periods[era.group("plan")]
            return (start, end), True
        ends = period is not None and self.period_end.match(text, period.start(1) + len(period.group(1))) is not None
        span = self.span(text, period.group(1) if period else None)
        now = any(w in text for w in self.lexicon.words("time", "ends", "span_now"))  # 这五年…现在是多少
        return span, ends or (span is not None and now)

    def span(self, text: str, period: str | None) -> tuple[int, int] | None:
        """The years of the plan period asked (十四五期间 → 2021–2025) or of a span named from the report's year
        (过去五年 in a 2026 report → 2021–2025); None when the question names neither."""
        if period is not None:
            start, end = self.plan_periods[period]
            return start, end
        recent = self.recent_span_re.search(text)
        if recent is None or self.report_year is None:
            return None
        return self.report_year - self.recent_spans[recent.group()], self.report_year - 1

    def kind(self, text: str) -> Kind | None:
        """'target' when a question asks for targets or plans, 'result' when for what was done."""
        cleared = self.target_not.sub("", text)
        if any(not self._in_result_name(cleared, m) for m in self.target.finditer(cleared)):
            return "target"
        return "result" if self.result.search(text) else None

    def _kind_asked(self, text: str, figure: bool) -> Kind | None:
        """The kind a question asks (`kind`); a figure asked as it is now (现在, 目前) is a result; a passage question
        opening with 要 before its verb (要申报什么国家级基地) asks what is still to be done, the plan's (not a
        figure's 要在高新区设立的基金: a thing so named)."""
        kind = self.kind(text)
        if kind is None and figure and self.lexicon.regex("time", "cues", "now").search(text):
            return "result"  # 原煤产量现在有多少: the state reached
        return "target" if kind is None and not figure and self.target_modal.search(text) else kind

    def kind_said(self, text: str) -> bool:
        """Whether the question's own words say the kind, not only the claim about a figure's size (是不是已经超过
        1000亿了 after this year's target: 已经 and 了 are the claim's, and the target talked about is meant)."""
        return self.kind(self.size_claim.sub(" ", text)) is not None

    def _in_result_name(self, text: str, m: re.Match) -> bool:
        """计划 of 申报了多少科技计划项目: the word with the two characters before it is part of a result's name."""
        compound = text[max(0, m.start() - 2) : m.end()]
        return len(compound) > len(m.group()) + 1 and any(compound in name for name in self.result_names)

    def operation(self, text: str) -> Operation:
        years = self.years(text)
        text = self.hedge.sub(" ", text)  # 差不多多少 asks no difference
        if self.compare.search(text):
            return "superlative" if self.superlative.search(text) else "comparison"
        if self.complement.search(text):
            return "difference"  # 不是发明专利的有多少件: the whole less the part
        if self.sum.search(text) and not self.total_change.search(text) and not self._joined_in_a_name(text):
            return "sum"
        points = self.unit(text) == "个百分点"  # 比去年的增幅低几个百分点: a difference of two rates, no change
        # 目标增幅比2011年实际增幅低多少: a rate on the side before 比 is compared, no change of an amount is asked
        points = points or bool(self.growth.search(text.split("比")[0] if "比" in text else ""))
        if self.change.search(text) and (self.comparing.search(text) or len(years) > 1) and not points:
            return "change"
        if self.from_to.search(text):
            return "change" if self.rate.search(text) else "difference"
        if self.compared.search(text):
            return "difference"
        if self.share_change.search(text):
            return "lookup"  # 占比提高了多少个点: the change stated, no share worked out
        if self.ratio.search(text) and not self._counted_asked(text):
            return "ratio"
        return "difference" if self.difference.search(text) else "lookup"

    def aspect_and_unit(self, text: str, operation: Operation) -> tuple[Aspect, str | None]:
        unit = self.unit(text)
        ordinal = self.ordinal.search(text)
        if ordinal:
            return "value", ordinal.group(1)
        if self.rank.search(text):
            return "rank", unit
        if self.share_change.search(text):
            return "growth", "个百分点"
        if self.growth.search(text) and operation == "lookup":
            return "growth", unit
        if self.growth.search(text) and unit == "个百分点" and operation in ("difference", "change"):
            return "growth", unit  # 跟去年的增幅差几个百分点: a difference of two growths
        if self.growth.search(text) and unit is None and operation == "difference":
            return "growth", unit  # 和去年实际增速差多少: a difference of two growths, in no amount's unit
        if operation == "ratio" and self.share.search(text):
            return "share", unit
        money = self.money.search(text) or self.yi.search(text)  # 多了几个亿: an amount of money, not a count
        if unit is not None and unit in UNITS and unit not in ("%", "个百分点") and not money:
            return "count", unit
        return "value", unit

    def unit(self, text: str) -> str | None:
        """The unit a question counts in (多少家 → 家, 几个亿 → 亿元, 投资多少 → 元)."""
        said = self._said_unit(text)
        if said:
            return said
        moneyed = self.lexicon.regex("asking", "unit", "not_money").sub(" ", text)  # not 装机规模, 规模以上
        if self.lexicon.regex("asking", "unit", "people_nouns_pattern").search(text):
            return "人"  # 常住人口有多少: people counted, not a rate of them
        if find_figures(text) or self.growth.search(text) or self.share.search(text) or self.rank.search(text):
            return None
        if self.lexicon.regex("asking", "unit", "rate_noun_pattern").search(text):
            return "%"  # 组建率是多少: a share, not the count of what was set up
        if self.counted_things.search(text) or asked_threshold(text)[1]:
            return None  # 投资1000万元以上的项目 / 销售收入超500万的: the amount is a threshold; things are counted
        return "元" if self.money.search(moneyed) else None

    def unit_said(self, text: str) -> bool:
        """Whether the question says the unit it counts in (多少钱, 几个亿, 多少家), not only names a thing that has
        one (扶贫资金增加了多少: 元 is the thing's, the question would take its rise in %)."""
        return self._said_unit(text) is not None

    def _said_unit(self, text: str) -> str | None:
        """The unit the question's own words ask in (几个亿 → 亿元, 多少家 → 家, 弄到了多少钱 → 元), or None."""
        if self.yi.search(text):
            return "亿元"
        m = self.asked_unit.search(text)
        if m and not self._unit_in_word(m, text):
            return m.group(1)
        moneyed = self.lexicon.regex("asking", "unit", "not_money").sub(" ", text)  # not 装机规模, 规模以上
        if self.money_asked.search(moneyed) or self.money_after.search(moneyed):
            return "元"  # 省重点项目完成投资多少 / 弄到了多少钱: the amount, not the projects
        return None

    def without_restated(self, text: str) -> str:
        """跟去年的13%比: a figure said right after a time restates that time's figure; the part is of the time, and
        the figure names no metric (not a size class: 10亿以上的, nor 10个亿 said anywhere else)."""
        if not self.years(text):
            return text
        said_at = {m.end() for m in self.year_re.finditer(text)}  # where a time said ends (去年|的13%)
        for figure in reversed([f for f in find_figures(text) if not f.ordinal and not _is_threshold(f, text)]):
            start = figure.span[0]
            if start in said_at or (text[start - 1 : start] == "的" and start - 1 in said_at):
                text = text[:start] + " " + text[figure.span[1] :]
        return text

    def metric_words(self, text: str) -> str:
        """The question without years, question words and aspect words: what is left names the metric."""
        # 百亿级企业 is how people say 100亿元以上企业
        text = re.sub(r"([十百千万])亿(?:元)?级", lambda m: _SCALE_CLASS[m.group(1)] + "亿元以上", text)
        text = self.without_restated(text)  # 跟去年的13%比
        text = self.lexicon.regex("asking", "figure", "before_time_pattern").sub(" ", text)  # 去年之前
        text = self.lexicon.regex("asking", "frame", "year_span_pattern").sub(" ", text)  # 从2021年到2025年
        text = self.year_re.sub(" ", self.era_re.sub(" ", text))  # 2011年, 去年, “十二五”开局之年
        text = self.without_spans(text)
        text = self.lead_word.sub("", self.correction.sub("", text))
        text = self.rejected_after.sub("", text) or text  # 省级创新型试点企业，不是工程技术中心: those rejected
        # 非发明专利 / 除了发明专利以外的: the part taken out is named, without the words taking it out
        text = self.complement.sub(lambda m: f" {m.group('part') or m.group('rest_of') or ''} ", text)
        text = self.hedge.sub(" ", text)  # 差不多多少: the hedge's 多 starts no operation's words
        text = self.lexicon.regex("asking", "aspect", "gloss_pattern").sub(self._glossed, text)  # 游客（入境旅游人次）
        text = self.lexicon.regex("asking", "aspect", "rank_area_pattern").sub(" ", text)  # 在宁波全市排第几
        # 第几届省艺术节: the place in a series is asked, its counter names nothing (届 is no part of 届省艺术节)
        text = self.lexicon.regex("asking", "figure", "event_ordinal_pattern").sub(" ", text)
        text = self._without_claim(text)  # 是不是超过700件: the figure claimed names no metric
        text = self.lexicon.regex("asking", "figure", "before_addition_pattern").sub(" ", text)  # 新认定之前
        text = self._without_amount_suffix(text)  # 投资额: the amount of 投资
        text = self.inside.sub(" ", text)  # 授权专利里发明专利: the whole and the part, two words
        # 占比下降了多少个百分点: the share's change, not 占 left of 比 (失业率下降了几个点 keeps its 失业率)
        shares = tuple(self.lexicon.words("asking", "aspect", "share"))
        text = self.share_change.sub(lambda m: " " if m.group().startswith(shares) else m.group(), text)
        text = self.bare_comparator.sub(" ", self.operation_words.sub(" ", text))
        text = re.sub(r"\s+", " ", self._without_frame(_PUNCTUATION.sub(" ", text))).strip()
        text = self.trailing_target.sub("", text).strip() or text  # 人才引进目标: 目标 is the kind, not the metric
        return self.alone.get(self._without_own_names(text), text)  # 经济增长目标: the growth of GDP

    def _glossed(self, m: re.Match) -> str:
        """外国游客（入境旅游人次） → 入境旅游人次: the term in brackets, when the report writes it; else the word
        before it alone (实际利用外资（FDI）, 市场主体（企业、个体户等）: the brackets only explain it)."""
        if m.group(1) in (self.report_text or ""):
            return f" {m.group(1)} "
        return m.group()[: m.start(1) - m.start() - 1] + " "

    def _without_frame(self, text: str) -> str:
        """The text without question words and frames; a unit after 多少 that starts a word stays (用了多少台资:
        台 is part of 台资, no unit asked)."""

        def cut(m: re.Match) -> str:
            if m.group("unit") and self._unit_in_word(m, text, "unit"):
                return f" {m.group('unit')}"
            return " "

        return self.not_metric.sub(cut, text)

    def _unit_in_word(self, m: re.Match, text: str, group: int | str = 1) -> bool:
        """多少台资: the unit asked (台) starts a word the report writes that goes on after it (台资), no unit (几套房:
        a report writing no 套房 counts 房 in 套)."""
        start, end = m.span(group)
        written = self.report_text or ""
        words = self.tokenizer.dictionary_words(text)
        return any(s <= start < end < e and text[s:e] in written for s, e in words)

    def without_spans(self, text: str) -> str:
        """The question without the plan period or recent span it names (十四五期间, 过去五年) and the words of a
        yearly average (年均): time, not the metric."""
        return self.average.sub(" ", self.recent_span_re.sub(" ", self.period_re.sub(" ", text)))

    def _without_own_names(self, text: str) -> str:
        """The words without the report's own names (山东经济 → 经济)."""
        for name in self._own_names:
            text = text.replace(name, "")
        return text.strip()

    @cached_property
    def _own_names(self) -> tuple[str, ...]:
        """The report's own names of two characters or more, longest first (山东省 before 山东)."""
        return tuple(sorted((n for n in self.tokenizer.own_names if len(n) > 1), key=len, reverse=True))

    def _without_claim(self, text: str) -> str:
        """发明专利有没有过百 → 发明专利: a yes/no question's claimed figure or order (还少) taken out."""
        regex = self.lexicon.regex
        order = regex("asking", "direction", "claimed_order_pattern").search(text)
        asked = regex("asking", "direction", "whether_pattern").search(text)
        if order and asked:  # 是不是比去年还少: 还少 is the claim
            text = text[: order.end("other")] + " " + text[order.end() :]
        if not regex("asking", "figure", "yes_no_figure_pattern").search(text):
            return text
        return regex("asking", "figure", "yes_no_claim_pattern").sub(" ", text)

    def _without_amount_suffix(self, text: str) -> str:
        """投资额 → 投资; not 协议额, an abbreviation of the genre (the aliases' own word, kept whole)."""
        kept = self.amount_terms
        return self.amount_suffix.sub(lambda m: m.group() if text.endswith(kept, 0, m.end()) else "", text)

    def metric_filter(self, text: str) -> MetricFilter:
        text = self._without_claim(text)  # 过200亿没有: a claim asked about, not a size class
        # 区里 of a district's report is the report's own area (frame.own_area), not a level (区级) of its figures
        said = self.level_said_re.sub(self._level_meant, text)
        level, phase, threshold = self.level.search(said), self.phase.search(text), self.threshold.search(text)
        sized = asked_threshold(text)[1]  # 上千万, 过亿: a size class said without digits
        return MetricFilter(
            level=level.group() if level else None,
            threshold=threshold.group() if threshold else sized or None,
            phase=phase.group() if phase else None,
            below=bool(self.below.search(text)),
            count=self.count_asked(text),
            stock=bool(self.lexicon.regex("conversation", "filter", "stock_asked_pattern").search(text)),
        )

    def _level_meant(self, m: re.Match[str]) -> str:
        """省里 → 省级; the report's own area (区里 of a district) left as said."""
        return m.group() if m.group() in self.own_area else self.level_said[m.group()]

    def count_asked(self, text: str) -> Count | None:
        """新增了几家 asks the year's addition, 全区一共有多少家 the total; most questions say neither."""
        lex = self.lexicon
        before = lex.regex("asking", "figure", "before_addition_pattern")
        if before.search(text):
            return "total"  # 新认定之前有多少家: the standing count before the year's addition
        if lex.regex("asking", "figure", "before_time_pattern").search(text):
            return "total"  # 去年之前有多少家: the standing count before that year's addition
        if any(lex.regex("conversation", "filter", words).search(text) for words in ("additions", "additions_said")):
            return "addition"
        return "total" if lex.regex("conversation", "filter", "totals_said").search(text) else None

    def _points_back(self, text: str) -> bool:
        """它… / 这个园区今年… / 今年这个园区…: a pointer opening the question, or right after its opening time."""
        if self.points_back.search(text):
            return True
        time = self.year_re.match(text)
        return bool(time) and bool(self.points_back.match(text[time.end() :].lstrip("的")))

    def lean(self, text: str) -> Lean:
        bare = self.trail.sub("", text).strip()
        choice = self.choice_words.get(bare.rstrip("吧的"))
        chooser = self.chooser.match(text) if choice is None and len(bare) <= 12 else None
        return Lean(
            follow_up=bool(self.follow.search(text)),
            points_back=self._points_back(text),
            operation_start=bool(self.operation_start.match(text)),
            part_of=bool(self.part_of.match(text)),
            correction=bool(self.correction.match(text)),
            choice=choice,
            chooser=chooser.group(1) if chooser else "",
            where=bool(self.structure.where.search(text)),
            into=bool(self.structure.into.match(self.lead.sub("", text))),
            other=bool(self.other.match(bare)),
        )

    # ---- what kind of answer

    def asks_figure(self, text: str) -> bool:
        """Whether a question wants a figure (多少/几/增长/占比/排第几…) rather than a passage (哪些/什么…)."""
        if self.compare.search(text) or self.sum.search(text) or self.ratio.search(text):
            return True
        if self.lexicon.regex("asking", "figure", "yes_no_figure_pattern").search(text):
            return True  # 发明专利有没有过百: the figure answers whether it is so
        # 增速怎么这么高，多少来着: wonder beside how much (a hedge) asks no why; 增速怎么这么高 alone does
        how_much = self.lexicon.regex("structure", "count_asks").search(text)
        return bool(self.numeric.search(text)) and not self.passage.search(
            self.hedge.sub(" ", text) if how_much else text
        )

    def pieces(self, text: str) -> list[str]:
        """The questions a question of several holds, in order: split where a question ends, and at a comma
        when the clauses on both sides ask something (a framing clause stays with the question after it)."""
        pieces: list[str] = []
        for sentence in self.piece_end.split(text):
            group = ""
            for clause in self.piece_clause.split(sentence):
                if group and self.piece_asks.search(group) and self.piece_asks.search(clause):
                    pieces.append(group)
                    group = ""
                group = f"{group}，{clause}" if group else clause
            pieces.append(group)
        return [p.strip("，, ") for p in pieces if len(p.strip("，, ")) >= _PIECE]

    @staticmethod
    def aside(piece: str) -> bool:
        """…多少亿美元？（用进出口总额减出口）: words in brackets after a question only say how it is meant."""
        return _BRACKETED.fullmatch(piece) is not None

    def _counted_asked(self, text: str) -> bool:
        """发明专利占多少件: 占 with a count or amount asked (件, 家, 亿元) asks that figure, not a share."""
        asked = self.asked_unit.search(text)
        return asked is not None and asked.group(1) not in self.share_units

    def asked_head(self, text: str) -> str:
        """The thing a figure is asked of, said right after 多少 (讨回了多少欠薪 → 欠薪), "" when none is."""
        m = self.lexicon.regex("asking", "figure", "head_pattern").search(text)
        units = self.lexicon.alternation("asking", "frame", "asked_units")
        head = re.sub(rf"^(?:{units})", "", m.group("head")) if m else ""
        # 多少面积, 多少金额: a measure says what is counted in, not of what; 多少套入住: a doing, no thing
        measures = {*self.lexicon.words("asking", "figure", "measure_nouns"), *self.amount_nouns}
        soft = head in self.lexicon.words("asking", "soft", "words") or head in measures
        return "" if soft or doing_only(head, verbal_nouns=True) or self.not_metric.fullmatch(head) else head

    def counted_figures(self, text: str) -> int | None:
        """How many figures the question counts (三级加起来 → 3, 两者 → 2); None when it names no number (这五年
        一共… names a span of time, no count)."""
        text = self.recent_span_re.sub(lambda m: " " * len(m.group()), text)
        for m in self.counting.finditer(text):
            after = text[m.end() : m.end() + _COUNTED_NEAR]
            # the count of the figures operated on (三级加起来, 两个目标加起来), not a name (八项规定以后…一共)
            if self.operation_words.search(after) or self.sum.search(after):
                number = re.search(r"[两俩二三四五六七八九十]+", m.group())
                return int(to_number(number.group()) or 0) or None if number else None
        return None

    def asks_about_report(self, text: str, named: bool = True) -> bool:
        """这份报告的主标题是什么 / 报告是哪天作的: the report itself is asked about, and nothing else named
        (``named``: the report must be named; not in 副标题呢？ after a question about it)."""
        field = self.lexicon.regex("asking", "about", "field_pattern").search(text)
        field = field or self.lexicon.regex("asking", "about", "own_title_pattern").search(text)
        if not ((self.about_report.search(text) or not named or field) and self.about_ask.search(text)):
            return False
        rest = self.about_ask.sub(" ", self.about_report.sub(" ", text))
        return not [w for w in self.own_words(rest) if w not in self.about_fillers]

    def asks_passage(self, text: str) -> bool:
        return bool(self.passage.search(text))

    def qualifiers(self, text: str) -> tuple[str, ...]:
        """The qualifiers a question names (确保, 力争), also in people's words (保底 → 确保)."""
        named = self.qualifier.findall(text)
        for qualifier, words in self.lexicon.table("asking", "qualifier", "said_as").items():
            named += [qualifier] if any(w in text for w in words) else []
        return tuple(dict.fromkeys(named))

    def own_words(self, text: str) -> list[str]:
        """The words a question names its topic with (not years, frames, aspects or qualifiers)."""
        soft = self.soft
        metric = self.counting.sub(" ", self.metric_words(text))
        words = self.tokenizer.content_words(metric)
        # 盖好的: an everyday word the lexicon gives the report's words for names a topic, cut or not
        everyday = everyday_split(metric, lambda w: w in (self.report_text or ""), self.lexicon)[1]
        words += [w for w in everyday if w not in words]
        # 一下子, 不少: how it is said, when the report never writes it (之前, 再 may pick a figure: 再引进…)
        written = self.report_text
        said = [w for w in words if written is None or w not in self.tokenizer.function or w in written]
        own = [w for w in said if w not in soft and (len(w) > 1 or self._thing_named(w, text))]
        # 跟去年的490亿比 / 按20%倒推: a figure said is the other side or the rate worked with, naming no topic
        if self.against.match(text) or self.worked_back.search(text):
            own = [w for w in own if not w[0].isdigit()]
        return [] if set(own) <= self.amount_nouns else own  # 金额目标是多少: an amount of the metric asked before

    def _thing_named(self, word: str, text: str) -> bool:
        """修了多少路: a thing named in one character is a topic; 几套房, 几亩地: after its counter, it is what is
        counted."""
        units = self.lexicon.regex("asking", "frame", "asked_units").pattern
        counted = re.search(rf"(?:{units}){re.escape(word)}", text)
        return word in self.one_character_things and counted is None

    @cached_property
    def soft(self) -> frozenset[str]:
        """Words that say when or how, not what (目标, 完成, 确保…), and the aspects a follow-up may name."""
        lex = self.lexicon
        said_as = {w for words in lex.table("asking", "qualifier", "said_as").values() for w in words}
        return (
            frozenset(lex.words("asking", "soft", "words"))
            | frozenset(lex.words("conversation", "follow_up", "aspect_words"))
            | frozenset(said_as)
        )


def _with_given(query: Query, parser: QueryParser, text: str) -> Query:
    """The query with ``given``: the slots its own words set."""
    given = set()
    if query.time.words or query.time.period:
        given.add("time")
    if query.kind is not None and parser.kind_said(text):
        given.add("kind")
    if query.qualifiers:
        given.add("qualifiers")
    if query.aspect != "value" or parser.growth.search(text):
        given.add("aspect")
    if query.operation != "lookup":
        given.add("operation")
    if query.own:
        given.add("metric")
    if query.filter.words:
        given.add("filter")
    if query.unit is not None:
        given.add("unit")
    return replace(query, given=frozenset(given))


class PartReader:
    """Reads what a computed, compared or premised question names beyond its slots: its parts (each figure it
    names), the figures it writes, the fall, order or figure it takes for granted, and a superlative's set."""

    def __init__(self, parser: QueryParser) -> None:
        self.parser = parser
        lex, a = parser.lexicon, parser.lexicon.alternation
        pattern = lex.pattern
        self.split = {
            "ratio": re.compile(pattern("asking", "operand", "ratio_split_pattern")),
            "sum": re.compile(pattern("asking", "operand", "sum_split_pattern")),
        }
        self.pair = re.compile(pattern("asking", "operand", "pair_split_pattern"))
        self.asking_clause = re.compile(pattern("asking", "operand", "asking_clause_pattern"))
        self.against = parser.against
        self.operation_words = parser.operation_words
        self.share_words = re.compile(parser.lexicon.alternation("asking", "aspect", "share"))
        self.pointers = tuple(sorted(parser.lexicon.words("asking", "figure", "pointing_words"), key=len, reverse=True))
        self.soft = frozenset(parser.lexicon.words("asking", "soft", "words"))
        said_as = parser.lexicon.table("asking", "qualifier", "said_as").values()  # 保底: 确保, a qualifier
        self.soft_or_qualifier = self.soft.union(*said_as)
        self.growth_named = re.compile(a("asking", "operand", "growth_named"))
        self.growth_named_also = re.compile(a("asking", "operand", "growth_named_also"))
        self.from_to = re.compile(pattern("asking", "operand", "from_to_pattern"))
        self.bare_amount = re.compile(r"(\d+(?:\.\d+)?)\s*(亿|万)(?![元\d])")
        self.fall = re.compile(a("asking", "direction", "fall"))
        self.rise = re.compile(a("asking", "direction", "rise"))
        self.claimed_order = re.compile(pattern("asking", "direction", "claimed_order_pattern"))
        self.higher = frozenset(lex.words("asking", "direction", "higher"))
        self.asks = re.compile(pattern("asking", "direction", "asks_pattern"))
        self.asks_choice = re.compile(pattern("asking", "direction", "asks_choice_pattern"))
        self.whether = re.compile(pattern("asking", "direction", "whether_pattern"))
        self.high = re.compile(a("asking", "extreme", "high"))
        self.low = re.compile(a("asking", "extreme", "low"))
        self.which = re.compile(pattern("asking", "extreme", "which_pattern"))
        units = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
        # 一共多少名 / 多少亿元: the unit asked for, after 多少 or 几 (国家 ends in 家 but asks for nothing)
        self.unit_tail = re.compile(rf"((?:多少|几)个?)(?:(?:万亿|亿|万|千)(?:{units})?|(?:{units}))?[?？。!！\s]*$")

    def fill(self, query: Query, claims: bool) -> Query:
        """``query`` with its parts, stated figures, direction, claims and superlative set."""
        text = query.text
        computed = query.operation != "lookup"
        return replace(
            query,
            parts=self.parts(text, query.operation) if computed else (),
            remainder=computed and bool(self.parser.complement.search(text)),
            whole=self.part(text) if computed else None,
            stated=self.stated(text),
            fall=bool(self.fall.search(text)),
            rise=bool(self.rise.search(text)),
            estimate=bool(self.parser.worked_back.search(text)),
            claims=self.claims(text) if claims else (),
            extreme=self.extreme(text),
        )

    def parts(self, text: str, operation: str) -> tuple[Part, ...]:
        """Each figure the question names, split at 比/和/占/、 as the operation reads it; a part excluded (不是
        发明专利的) after the whole it is taken from."""
        excluded = self.parser.complement.search(text)
        if excluded and operation == "difference":
            whole = text[: excluded.start()] + " " + text[excluded.end() :]
            return (self.part(whole), self.part(excluded.group("part") or excluded.group("rest_of")))
        against = self.against.match(text)
        if against and operation in ("difference", "comparison", "change"):  # 跟去年实际比少多少: 去年实际 is the
            other = self.part(against.group(1))  # other side; the figure talked about is the first, in its aspect
            if self.figure_only(other.metric):
                other = replace(other, metric="")  # 跟去年的490亿比: a figure said names the talk's metric
            # 和2020年比，人均预期寿命在十四五期间提高了几岁: the rest names the first side's time (and thing)
            rest = self.part(text[against.end() :])
            first = rest if rest.years or rest.span else self.part("")
            return (replace(first, aspect=other.aspect), other)
        splitter = self.split.get(operation, self.pair)
        pieces = splitter.split(text)
        tail = self.asking_clause.search(pieces[-1])
        if len(pieces) > 1 and tail is not None and pieces[-1][: tail.start()].strip():
            pieces[-1] = pieces[-1][: tail.start()]  # 实际除以协议，到位率多少: the clause after asks, names no side
        parts = [self.part(p) for p in pieces if p.strip()]
        # 和去年比要多挣多少亿: a piece naming no year, kind or metric is the operation's words, not a figure
        named = [p for p in parts if p.years or p.kind or p.modifier]
        parts = named if len(named) >= 2 else parts
        if operation == "ratio" and len(parts) == 2 and self._set_apart_only(parts[0]) and parts[1].metric:
            # 去年新增的占全部亿元企业几成: a part naming only how it is set apart is of the whole's thing
            parts = [replace(parts[0], metric=f"{parts[0].modifier} {parts[1].metric}"), parts[1]]
        return _alike(tuple(parts), operation, self.parser.lexicon.regex("facts", "clause", "rate_noun_pattern"))

    def _set_apart_only(self, part: Part) -> bool:
        """Whether a part names no metric, only words that set a figure apart (新增的), not a kind (实际的)."""
        words = part.modifier.split()
        return not part.metric and bool(words) and all(w in self.soft and not self.parser.kind(w) for w in words)

    def part(self, text: str) -> Part:
        """One part: its years, kind, qualifiers, metric words, and whether it names a growth rate."""
        parser = self.parser
        # 市三级: the words counting the parts (三级, 两项) name none of them
        era, period = parser.era_re.search(text), parser.period_re.search(text)
        span, ends = parser.span_ends(text, era, None if era else period)
        cleaned = parser.without_spans(self.unit_tail.sub(r"\1", text))  # 十四五期间 is no count of 期
        if self.share_words.fullmatch(cleaned.strip(" ？?。")):
            cleaned = ""  # 发明占几成: the share asked, alone after 占, names no whole
        cleaned = parser.counting.sub(" ", self.operation_words.sub(" ", cleaned))
        cleaned = parser.without_restated(cleaned)
        slots = parser._slots(cleaned)
        words = parser.metric_words(cleaned)
        soft = self.soft_or_qualifier
        groups = parser.tokenizer.content_words(words)
        # 确保目标高多少: no metric of its own when every word says when or how
        metric = words if any(w not in soft and len(w) > 1 for w in groups) else ""
        for said in said_thresholds(text):  # 10亿以上的占亿元以上企业: the part is a size class, 以上 and all
            core = said.removesuffix("以上")
            if core != said and core in metric and said not in metric:
                metric = metric.replace(core, said, 1)
        # in 比2011年增长多少 the growth is the operation; a part asks for a growth rate only by naming one
        aspect = slots.fact_aspect
        if self.growth_named.search(text):
            aspect = "growth"
        elif aspect == "growth" and not self.growth_named_also.search(text):
            aspect = "value"
        return Part(
            text=text,
            years=parser.years(text) or ((span[1],) if ends and span else ()),
            kind=slots.kind,
            metric=metric,
            qualifiers=slots.qualifiers,
            aspect=aspect,
            modifier=" ".join(groups),
            span=span,
            ends=ends,
        )

    def figure_only(self, words: str) -> bool:
        """Whether a part's words are only figures said (490亿, 25%, 850), naming no metric of their own."""
        words = words.replace(" ", "")
        rest = words
        for said in self.stated(words):
            rest = rest.replace(said.text, "", 1)
        if rest != words:  # 这75家: a figure pointed at is a figure said too
            rest = rest.removeprefix(next((w for w in self.pointers if rest.startswith(w)), ""))
        return (rest != words and not rest) or rest.replace(".", "").isdigit()

    def stated(self, text: str) -> tuple[Stated, ...]:
        """The figures the question writes, in order; from … to: the later figure first (the change's order)."""
        found = [
            (f.span[0], Stated(f.value, f.unit, f.text, _is_threshold(f, text)))
            for f in find_figures(text)
            if not f.ordinal
        ]
        found += [
            (m.start(), Stated(float(m.group(1)), m.group(2) + "元", m.group()))
            for m in self.bare_amount.finditer(text)
        ]
        ordered = [s for _, s in sorted(found, key=lambda p: p[0])]
        if self.from_to.search(text):
            ordered.reverse()
        return tuple(ordered)

    def claims(self, text: str) -> tuple[Claim, ...]:
        return (*self._figure_claims(text), *self._fall_claim(text), *self._order_claim(text))

    def _figure_claims(self, text: str) -> list[Claim]:
        """GDP为什么达到300亿元: each figure written that is not a threshold, with the rest of the question."""
        figures = [f for f in find_figures(text) if not f.ordinal]
        figures += [a for a in said_amounts(text) if not any(_overlap(a.span, f.span) for f in figures)]
        figures += said_tenths(text)  # 是不是超过九成
        if len({f.unit for f in figures}) < len(figures):
            return []  # 用1100亿和850亿算一下: figures to compute with, not claims
        claims = []
        for figure in figures:
            if _is_threshold(figure, text) or text[: figure.span[0]].endswith(self.pointers):
                continue  # 在这75家里: a figure pointed at is the one given, no claim
            rest = self.parser.parse(text[: self._claim_start(figure, text)] + text[figure.span[1] :], claims=False)
            rest = _side_claimed(rest, bool(self.parser.comparing.search(text[: figure.span[0]])))
            bound = self._bound(figure, text)
            stated = Stated(figure.value, figure.unit, figure.text, bound=bound)
            claims.append(Claim("figure", rest, figure=stated, asked=bool(self.whether.search(text))))
        return claims

    def _claim_start(self, figure, text: str) -> int:
        """Where a claimed figure's words start: 冲千亿, 破30亿 with the word claiming the bound."""
        start = figure.span[0]
        words = self.parser.lexicon.words("asking", "direction", "bound_above")
        said = next((w for w in sorted(words, key=len, reverse=True) if text.endswith(w, 0, start)), "")
        return start - len(said)

    def _bound(self, figure, text: str) -> Literal["", "above", "below", "about"]:
        """超过700件 / 不到100件 / 近200家: how the figure is claimed, from the words beside it."""
        words = self.parser.lexicon.words
        said = f"{text[max(0, figure.span[0] - _BOUND_REACH) : figure.span[0]]}{figure.text}"
        after = text[figure.span[1] : figure.span[1] + _BOUND_REACH]
        for bound, key in (("below", "bound_below"), ("above", "bound_above"), ("about", "approximate")):
            if any(w in said or after.startswith(w) for w in words("asking", "direction", key)):
                return bound
        return ""

    def _fall_claim(self, text: str) -> list[Claim]:
        """为什么2011年GDP下降了？: a fall claimed, not asked."""
        fall = self.fall.search(text)
        if not fall or self.asks.search(text):
            return []
        rest = self.parser.parse(text[: fall.start()] + text[fall.end() :], claims=False)
        return [Claim("fall", rest, word=fall.group())]

    def _order_claim(self, text: str) -> list[Claim]:
        """为什么2012年财政收入目标比2011年还低？: the order of two figures claimed; 是不是比去年还少: asked."""
        claim = self.claimed_order.search(text)
        if not claim or self.asks_choice.search(text):
            return []
        pair = text[: claim.end("other")]
        query = replace(self.parser.parse(pair, claims=False), operation="comparison")
        query = replace(query, parts=self.parts(pair, "comparison"))
        higher = claim.group("dir") in self.higher
        return [Claim("order", query, higher=higher, asked=bool(self.whether.search(text)))]

    def extreme(self, text: str) -> Extreme | None:
        """哪一项增速目标最高: the way (最高/最低) and the words naming the set."""
        m = self.high.search(text) or self.low.search(text)
        if not m or not self.which.search(text):
            return None
        rest = self.which.sub(" ", text.replace(m.group(), " "))
        growth = bool(self.parser.growth.search(text))
        return Extreme(m.group(), bool(self.high.match(m.group())), growth, self.parser.metric_words(rest))


def _alike(parts: tuple[Part, ...], operation: str, rate: re.Pattern) -> tuple[Part, ...]:
    """工业增速比服务业低多少 / 社零增长目标比去年实际增速高出多少: a compared figure naming no rate of its own is the
    rate the other one names."""
    if operation not in ("difference", "comparison") or len(parts) != 2:
        return parts
    aspects = {p.aspect for p in parts}
    if aspects != {"growth", "value"}:
        return parts
    return tuple(replace(p, aspect="growth") if p.metric and not rate.search(p.metric) else p for p in parts)


_BOUND_REACH = 3  # characters beside a claimed figure that may say it is a bound (不超过)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_threshold(figure, text: str) -> bool:
    """注册资本1000万元以上的项目: a figure inside a name, not a claim or an operand."""
    after = text[figure.span[1] : figure.span[1] + 2]
    return (figure.qualifier or "").endswith(("以上", "以下")) or after.startswith(("的", "以"))


class StructureReader:
    """Reads a question about the report's organisation into a `Position` (a path through the outline and
    what is asked of where it ends), or None."""

    def __init__(
        self,
        lex: Lexicon,
        years: Callable[[str], tuple[int, ...]],
        time_words: re.Pattern,
        topic_words: Callable[[str], list[str]],
    ) -> None:
        a = lex.alternation
        self.topic_words = topic_words  # a heading is named by words of a topic (not 比较重要的: how one picks)
        units = a("structure", "units")
        self.units = units
        self.unit_words = frozenset(lex.words("structure", "units"))
        self.years = years
        self.time_words = time_words
        end = rf"(?=$|{lex.pattern('structure', 'after_unit_pattern')})"
        list_units = a("structure", "list_units")
        in_points = a("structure", "counted_in_points")
        items = a("structure", "counted_items")  # 几个指标: counted by what they are, in no unit of a list
        self.count = re.compile(
            rf"(?<!哪)(?:{a('structure', 'count_frames')})?(?:几|多少)个?(?:{a('structure', 'counters')})?"
            rf"(?:({list_units})(?:[\u4e00-\u9fff]{{2,4}}?)?|({units})|(点)(?:{in_points})|{items}){end}"
        )
        self.ordinal = re.compile(
            rf"(?:{a('structure', 'from_start')})?(?P<end>{a('structure', 'from_end')})?"
            rf"第(?P<n>{_NUMBER})(?P<ge>个)?(?P<unit>{units})?"
            rf"|(?P<first>{a('structure', 'first')})(?P<ge1>个)?(?P<unit1>{units})?"
            rf"|(?P<last>{a('structure', 'last')})(?P<ge2>个)?(?P<unit2>{units})?"
            rf"|{lex.pattern('structure', 'enumerated_item_pattern')}"
            rf"|{lex.pattern('structure', 'heading_number_pattern')}"
        )
        self.after_unit = re.compile(lex.pattern("structure", "after_unit_pattern"))
        self.enumeration_said = lex.regex("structure", "enumeration_said_pattern")
        self.bracketed_ordinal = lex.regex("structure", "bracketed_ordinal_pattern")
        place_units = "|".join(re.escape(u) for u in lex.words("structure", "units") if u != "个")
        named_list = r"(?P<list>[\u4e00-\u9fff]{2,8}?)?"  # 第几项重点工作: the list named after the unit
        leads = a("structure", "place_leads")
        # 党建和群团工作是去年总结的第几个方面: the part it is counted in, between the lead and 第几
        scope = rf"(?P<scope>(?:(?!{leads})[\u4e00-\u9fff“”]){{0,10}}?)的?"
        self.place = re.compile(rf"(?:(?:{leads}){scope})?第几个?(?P<unit>{place_units}){named_list}{end}")
        # 那条排第几: a place asked with the unit said before it (a figure's rank names no unit of a list: 在全市排第几)
        self.ranked = lex.regex("structure", "ranked_pattern")
        self.alone_rest = lex.regex("structure", "alone_rest_pattern")
        self.unit_named = lex.regex("structure", "unit_named_pattern")  # 那条, 这一项: an item of a list pointed at
        # 第七条里面讲科技特区的: a place named first, and the words after 里面 name an item inside it
        self.inside_place = re.compile(
            rf"(.*第[一二三四五六七八九十\d]+个?(?:{place_units}))(?:{a('structure', 'inside_place')})"
        )
        self.edge = re.compile(rf"(?P<start>{a('structure', 'opening')})|(?P<end>{a('structure', 'ending')})")
        self.owner = re.compile(
            rf"(?:{a('structure', 'owner_leads')})(?P<scope>[\u4e00-\u9fff“”]{{0,10}}?)哪(?:一个|一|个)?"
            rf"(?P<unit>{place_units}){named_list}{end}"
        )
        self.ordinal_only = lex.regex("structure", "ordinal_only_pattern")
        self.counted_by_kind = lex.regex("structure", "count_of_things_pattern")
        self.figure_items = re.compile(lex.alternation("structure", "figure_items"))
        self.every = re.compile(rf"{a('structure', 'list_asks')}|哪几个?(?:{units})")
        self.run = re.compile(
            rf"(?:(?P<first>{a('structure', 'run_first')})|(?P<last>{a('structure', 'run_last')}))"
            rf"(?P<n>[两二三四五六七八九十\d]+)个?(?P<unit>{units})"
            rf"(?=(?:分别|都|各|具体)?(?:是|有|包括|讲的|说的|写的)?(?:哪|什么|啥)|呢|[？?。]|$)"
        )
        self.listing = lex.regex("structure", "list_asks")
        self.after_list_ask = lex.regex("structure", "after_list_ask_pattern")
        # 五个方面工作举措里第三条: an item picked inside a counted phrase, by its place
        self.nth_inside = re.compile(rf"(?:里|中|的)?第([一二三四五六七八九十\d]+)(?:{units})")
        self.counted = re.compile(
            rf"(?<![第这那])({_NUMBER})({a('structure', 'counters')})"
            rf"(?!{a('structure', 'counted_followers')})([\u4e00-\u9fff“”]{{1,10}}?)"  # 两个分别是: no thing named
            # 十项工作，(报告)点名了哪几项: the report named between the phrase and its asking words
            rf"(?=[，,]?(?:{a('structure', 'wholes')})?(?:{a('structure', 'counted_followers')}))"
        )
        self.which = lex.regex("structure", "which_pattern")
        self.counted_pointer = lex.regex("structure", "counted_pointer_pattern")
        self.counted_moving_on = tuple(lex.words("structure", "counted_moving_on"))
        # 要建哪三个特区？: the counted phrase asked with 哪 before its number
        self.which_counted = re.compile(
            rf"哪({_NUMBER}|几)({a('structure', 'counters')})([\u4e00-\u9fff“”]{{1,8}}?)(?=[？?。，,！!\s]|呢|吗|$)"
        )
        self.slogan = lex.regex("structure", "slogan_pattern")
        self.slogan_asks = lex.regex("structure", "slogan_asks_pattern")
        self.done_under = lex.regex("structure", "done_under_pattern")
        self.item_lead = lex.regex("structure", "item_lead_pattern")
        self.plan_periods = frozenset(lex.table("time", "plan_periods"))
        self.list_frame = lex.regex("structure", "list_frame_pattern")
        self.whole = lex.regex("structure", "whole_pattern")
        self.wholes = lex.regex("structure", "wholes")
        self.where = lex.regex("structure", "where_pattern")
        self.into = re.compile(rf"^(?:{lex.alternation('structure', 'into')})")
        self.list_units = frozenset(lex.words("structure", "list_units"))
        self._depths: dict[str, int] = lex.table("structure", "unit_depth")
        # a list's size (五个方面, 十项): two or more, not 一 of 那一块
        self.list_size = re.compile(rf"(?:[两二三四五六七八九十][一二三四五六七八九十]*|\d+)个?(?=(?:{units}))")
        # 五个方面 with its number and unit: the size a question gives a list
        self.list_size_unit = re.compile(rf"([两二三四五六七八九十][一二三四五六七八九十]*|\d+)个?({units})")
        self.not_naming = re.compile(f"{a('structure', 'not_naming')}|{units}|{a('structure', 'frame_words')}")
        self.about_items = re.compile(lex.pattern("structure", "about_items_pattern"))

    def _counted_phrase(self, text: str, counted: re.Match[str], number: int) -> Position:
        """两大基地是哪两个 / 五个方面工作举措里第三条讲什么: the counted phrase, and the item picked from it."""
        path = self.path(text[: counted.start()])
        if path and counted.group(3) in self.unit_words:  # 旧村改造那条的三个方面分别是: the heading's items
            return Position(path, "every")
        noun, pick = _unquoted(counted.group(3)), None
        nth = self.nth_inside.search(noun)  # 五个方面工作举措里第三条: the third item of the five
        if nth is not None and nth.start() >= 2:
            noun, pick = noun[: nth.start()], int(to_number(nth.group(1)) or 0) or None
        return Position(
            path,
            "counted",
            counted=_unquoted(counted.group()) if pick is None else f"{counted.group(1)}{counted.group(2)}{noun}",
            counted_number=number,
            counter=counted.group(2),
            counted_noun=noun,
            pick=pick,
        )

    def _counted_pointed(self, text: str) -> re.Match[str] | None:
        """The counted phrase a question names (两大产业基地); one after a pointer opening the question (那两大产业
        基地是哪两个) when it names a thing of its own, not the units of the list just given (这两个方面分别讲什么)
        nor a list the talk moves to (那十项工作呢)."""
        counted = self.counted.search(text)
        if counted is not None or any(w in text for w in self.counted_moving_on):
            return counted
        pointed = self.counted.search(self.counted_pointer.sub(" ", text))
        return pointed if pointed is not None and pointed.group(3) not in self.unit_words else None

    def _which_counted(self, text: str) -> Position | None:
        """要建哪三个特区 / 要建哪几个特区: the counted phrase asked with 哪 before its number (a run of two or more,
        however many; 哪几个方面 asks a list's items; a noun of two to four characters: not 哪几个村开始整村拆迁了, a
        clause asking which things did something); 重点工作第9条包括哪两个方面: the items under the one named."""
        asked = self.which_counted.search(text)
        if asked is None:
            return None
        some = asked.group(1) == "几" and 2 <= len(_unquoted(asked.group(3))) <= _NOUN_MAX
        some = some and asked.group(3) not in self.unit_words
        if not (some or int(to_number(asked.group(1)) or 0) >= 2):
            return None
        noun = _unquoted(asked.group(3))
        path = self.path(text[: asked.start()])
        if path and any(step.index is not None for step in path) and noun in self.unit_words:
            return Position(path, "every")
        return Position(
            path,
            "counted",
            counted=f"{asked.group(1)}{asked.group(2)}{noun}",
            counted_number=int(to_number(asked.group(1)) or 0) if asked.group(1) != "几" else 0,
            counter=asked.group(2),
            counted_noun=noun,
        )

    def depth(self, unit: str | None) -> int | None:
        """How deep in an outline a unit counts places (部分 1, 方面 2, 项 3, 点 4); None for a unit of no depth
        (个, 类)."""
        return self._depths.get(unit or "")

    def position(self, text: str) -> Position | None:
        """The place in the outline a question asks about and what it asks of it; None for other questions."""
        text = self.enumeration_said.sub("小点", text)  # 有几个“一是、二是”: the points the text numbers
        text = self.bracketed_ordinal.sub(r"第\1", text)  # 第（一）方面: the first 方面
        # 讲三个特区的是重点工作哪一条: the place of an item, whatever it names
        # 以“进一步”开头的有哪些: items, not an opening; 前五项是哪些: a run of items from one end
        placed = self._items_about(text) or self._placed(text) or self._run(text)
        if placed is not None:
            return placed
        counted = self._counted_pointed(text)
        number = int(to_number(counted.group(1)) or 0) if counted else 0
        done = counted is not None and self.done_under.search(text, counted.end())  # 具体干了哪些事: doings
        if counted and number >= 2 and self.which.search(text[counted.end() - 2 :]) and not done:
            return self._counted_phrase(text, counted, number)
        asked = self._which_counted(text)
        if asked is not None:
            return asked
        slogans = [m for m in self.slogan.finditer(text) if m.group(1) not in self.plan_periods]  # not “十五五”
        if slogans and self.slogan_asks.search(text[slogans[-1].end() :]):  # “三区一城”具体指哪三区一城
            return Position((), "counted", counted=slogans[-1].group(1))
        count = self.count.search(text)
        # (开篇列举的国家级荣誉有几项: 列举的 says how they are written, the count is asked)
        # (列举了几项: how many it lists; 列一下那几个方面: which)
        listed = any(not text[m.end() :].startswith(("的", "了")) for m in self.listing.finditer(text))
        if count and not listed:  # 列一下那几个方面: every item, not how many
            # 要制定几个方面的三年提升行动计划: the list counted is named after the count, joined by 的
            owner = self._after_count(text[count.end() :])
            return Position(owner or self.path(text[: count.start()]), "count", unit=_count_unit(count))
        if count:
            return Position(self.path(self.listing.sub("", text[: count.start()])), "every")
        every = self.every.search(text)
        if every:
            before, after = text[: every.start()], text[every.end() :]
            path = self.path(before)
            if path and self._names_things(every.group() + after):
                return None  # 高新区有哪几家企业上市: things the report tells of, not a list of its own
            path = path or self.path(after)
            if not path and not self.wholes.search(text):
                return None  # 都是哪些类型的: no list named, not the report's parts either
            return Position(path, "every")
        return self._item(text)

    def _after_count(self, after: str) -> tuple[Step, ...]:
        """The list named after a count, joined by 的 (几个方面的三年提升行动计划 → 三年提升行动计划); () if none."""
        if not after.startswith("的"):
            return ()
        return self.path(after[1:])

    def _run(self, text: str) -> Position | None:
        """前五项是哪些 / 后五项呢: a run of the list's items from one end; None for other questions."""
        run = self.run.search(text)
        if run is None:
            return None
        n = int(to_number(run.group("n")) or 0)
        path = self.path(text[: run.start()])
        return Position(path, "every", unit=run.group("unit"), run=n if run.group("first") else -n)

    def _items_about(self, text: str) -> Position | None:
        """重点工作里讲品牌的有哪几条: the items of the list named whose headings name the word, or how many."""
        about = self.about_items.search(text)
        if about is None:
            return None
        ask = "every" if about.group("every") else "count"
        return Position(self.path(text[: about.start()]), ask, unit=about.group("unit"), item=about.group("about"))

    def _placed(self, text: str) -> Position | None:
        """Where in its part's text (开头, 最后一句), under which heading (属于哪个方面), or at which place of its list
        (第几项) the item named stands; None for other questions."""
        edge = self.edge.search(text)
        # (总结开头列了几项国家级荣誉 counts things named after it, wherever they are listed; not 以“进一步”开头的)
        counted = self.counted_by_kind.search(text)
        figures = self._edge_figures(text, edge, counted) if edge else None
        if figures is not None:  # 总结开头列了几项(哪几个)主要经济指标
            return figures
        if edge and not (counted and counted.start() >= edge.end()):  # 第二部分开头怎么定位2012年: the part's text
            return self._edge(text, edge)
        owner = self.owner.search(text)
        if owner:  # “人才特区”建设那条属于第一部分哪个方面: the heading that holds the item named
            scope, item = self._within(text[: owner.start()], owner.group("scope") + (owner.group("list") or ""))
            if self.ordinal_only.match(item) or self._ends_at_place(item):
                return (
                    None  # 倒数第一条是哪条 / 工作举措里倒数第二条是哪条: the item at a place, not the place of an item
                )
            return Position(scope, "place", unit=owner.group("unit"), item=item, heading=True)
        place = self.place.search(text)
        if place and self.item_lead.match(place.group("list") or ""):  # 重点工作里第几项讲软件园: the item after it
            path = self.path(text[: place.start()])
            return Position(path, "place", unit=place.group("unit"), item=place.group("list"))
        if place:  # 讲软件园的是第几条 / 讲研发园的是第几项重点工作: the item named, asked for its place
            named = (place.group("scope") or "") + (place.group("list") or "")
            scope, item = self._within(text[: place.start()], named)
            return Position(scope, "place", unit=place.group("unit"), item=item)
        ranked = self.ranked.search(text)
        named_unit = self.unit_named.findall(text[: ranked.start()]) if ranked else []
        among_places = ranked is not None and "在" in text[: ranked.start()][-6:]  # 在全市排第几: a figure's rank
        if ranked and named_unit and not among_places:  # 重点工作里讲城市管理的那条排第几: the unit said before
            scope, item = self._within(text[: ranked.start()], "")
            return Position(scope, "place", unit=named_unit[-1], item=item)
        return None

    def _edge_figures(self, text: str, edge: re.Match, counted: re.Match | None) -> Position | None:
        """总结开头列了几项主要经济指标 / 开头列了哪几个指标: the figures a part's opening (or end) gives, counted or
        listed; None unless the things asked after the edge are figures (指标, 数据)."""
        counted = counted if counted is not None and counted.start() >= edge.end() else None
        asked = counted or self.which.search(text, edge.end())
        if asked is None or not self.figure_items.search(text, asked.end()):
            return None
        side = "start" if edge.group("start") else "end"
        unit = counted.group()[-1] if counted else None
        return Position(self.path(text[: edge.start()]), "figures", unit=unit, edge=side)

    def _ends_at_place(self, words: str) -> bool:
        """Whether the words end with a place in a list (工作举措里倒数第二条)."""
        places = [m for m in self.ordinal.finditer(words) if self._is_place(m)]
        return bool(places) and places[-1].end() == len(words.rstrip())

    def _within(self, before: str, scope: str) -> tuple[tuple[Step, ...], str]:
        """The list a place is counted in and the words naming the item: 第七条里面讲科技特区的 is the item 讲科技特区的
        within 第七条."""
        inside = self.inside_place.match(before)
        if inside and not scope:
            return self.path(inside.group(1)), self._item_words(before[inside.end() :])
        return self.path(scope), self._item_words(before)

    def _edge(self, text: str, edge: re.Match) -> Position:
        """The opening or end of the part named before ``edge``; a count asked after it (第一部分开头说做了几个方面的
        工作) counts that part's items."""
        path = self.path(text[: edge.start()])
        count = self.count.search(text[edge.end() :])
        if count:
            return Position(path, "count", unit=_count_unit(count))
        return Position(path, "edge", edge="start" if edge.group("start") else "end")

    def _item_words(self, text: str) -> str:
        """The words naming an item whose place is asked, without the time said (今年的节能减排: 节能减排); empty
        when they only point back (那是第几个方面)."""
        named = self.time_words.sub("", text).lstrip("的")
        return named if self.not_naming.sub("", _PUNCTUATION.sub("", named)) else ""

    def _names_things(self, text: str) -> bool:
        """Words after 有哪些 that name what is listed (企业上市, 发展机遇), not a unit of the report's lists."""
        if any(unit in text for unit in self.list_units):
            return False  # 哪些类别的指标, 哪几个方面: the parts of a list
        rest = self.not_naming.sub("", _PUNCTUATION.sub("", self.every.sub("", self.time_words.sub("", text))))
        return len(self.after_list_ask.sub("", rest)) >= 2

    def _item(self, text: str) -> Position | None:
        """第三项讲的什么 / 头一条 / 倒数第二条: the item at the last place the question names."""
        places = [m for m in self.ordinal.finditer(text) if self._is_place(m) or self._alone(text, m)]
        if not places:
            return None
        last = places[-1]
        unit = last.group("unit") or last.group("unit1") or last.group("unit2") or _enumerated(last)
        following = re.match(r"[\u4e00-\u9fff“”]*", self.after_unit.split(text[last.end() :], maxsplit=1)[0]).group()
        following = following if following.strip("“”") else ""  # 第三个“是”: the quote of a word the split took
        if unit:  # 第三条重点工作讲的什么: the list named after the item's place
            return Position(self.path(text[: last.end()] + following), "item", unit=unit)
        return Position(self.path(text[: last.end()]), "item", unit=unit, noun=following)

    def _alone(self, text: str, m: re.Match) -> bool:
        """倒数第二 / 第三呢: an ordinal said alone, after a list, is a place in it."""
        return bool(m.group("n")) and not self.alone_rest.sub("", text[: m.start()] + text[m.end() :])

    def _is_place(self, m: re.Match) -> bool:
        """An ordinal counts places in a list when a unit or 个 follows it (第三项, 第二个; not 第一批)."""
        return any(m.group(g) for g in ("ge", "unit", "ge1", "unit1", "ge2", "unit2", "en", "hn"))

    def path(self, text: str) -> tuple[Step, ...]:
        """The steps the words before the asking words take: headings named, and places (第五条) in their lists;
        words in brackets after a place only gloss it (第3项（现代服务业基地建设）)."""
        text = _GLOSS.sub("", text)
        steps: list[Step] = []
        at = 0
        item_first = False  # 第二项重点工作: an item's place said before the list it is in
        for m in self.ordinal.finditer(text):
            if not (self._is_place(m) or self._alone(text, m)):
                continue
            steps = _listed_first(steps, self._named(text[at : m.start()]), item_first)
            unit = m.group("unit") or m.group("unit1") or m.group("unit2")
            steps.append(Step(index=self._place_number(m), unit=unit))
            item_first = len(steps) == 1 and unit is not None and unit not in self.list_units
            at = m.end()
        return tuple(_listed_first(steps, self._named(text[at:]), item_first))

    @staticmethod
    def _place_number(m: re.Match) -> int:
        """第三 → 3, 倒数第二 → -2, 头一 → 1, 最后 → -1."""
        if m.group("first"):
            return 1
        if m.group("last"):
            return -1
        n = int(to_number(m.group("n") or m.group("en") or m.group("hn")) or 0)
        return -n if m.group("end") else n

    def _named(self, text: str) -> list[Step]:
        """A heading named by words (去年总结: the years apart), or nothing when the words name the report."""
        years = self.years(text)
        words = _PUNCTUATION.sub("", self.time_words.sub("", text)).strip()
        words = self.list_size.sub("", words)  # 五个方面, 十项重点工作: the list's size names no heading
        previous = None
        while previous != words:
            previous, words = words, self.list_frame.sub("", words)
        named = self.not_naming.sub("", words)
        if (self.whole.match(words) or not named or not self.topic_words(named)) and not years:
            return []
        return [Step(words, years)]


def _enumerated(m: re.Match) -> str | None:
    """一是 of 第十项重点工作的一是什么: a point (点) of the item's text."""
    return "点" if m.group("en") else None


def _listed_first(steps: list[Step], named: list[Step], item_first: bool) -> list[Step]:
    """``steps`` and the heading ``named`` after them; when the last place was said before its list's name
    (第九项重点工作的第二点), the list goes before the place."""
    if item_first and named:
        return [*steps[:-1], *named, steps[-1]]
    return [*steps, *named]


def _unquoted(text: str) -> str:
    """六个加快 of “六个加快”: quotes around or inside a counted phrase are not part of it."""
    return text.replace("“", "").replace("”", "").replace('"', "")


def _count_unit(count: re.Match) -> str | None:
    """The unit a count is asked in: a list's (几个方面不足), an item's (几项), or 点 of things counted in points."""
    return count.group(1) or count.group(2) or count.group(3)


def _side_claimed(rest: Query, compared_before: bool) -> Query:
    """服务业总收入目标680亿，比去年多多少: a figure said before a comparison's 比 is claimed of its first side (the
    plan's figure), not of the time the comparison names for its other side (去年)."""
    if not rest.time.compared or len(rest.parts) != 2 or compared_before:
        return rest
    first = rest.parts[0]
    time = TimeAsked(years=first.years)
    return replace(rest, time=time, kind=first.kind or rest.kind, operation="lookup", parts=(), whole=None)
