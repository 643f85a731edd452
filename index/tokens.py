"""Chinese tokens for BM25: an own jieba.Tokenizer whose dictionary holds the report's indicator names."""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Iterable

import jieba

# A figure with its unit, as reports write them (170亿元, 23.5%, 14家, 20万平方米, 三分之一).
_FIGURE = re.compile(
    r"(\d+(?:\.\d+)?|[零一二两三四五六七八九十百千万]+)(?:多|余)?(?:万亿|亿|万|千)?[元%％家个项件名人亩台条套所座户次位]"
)
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")
# Words that open the clause before a figure but are not part of the indicator's name.
_LEAD = re.compile(
    r"^(?:全区|全市|全省|全县|全年|全面|其中|累计|新增|新认定|认定|实现|完成|达到|获得|获|共|总计|合计|约|近|"
    r"超过|突破|力争|确保|预计|计划|引进|新引进|建成|新建|开工|新开工|落实|共有|拥有|达|为|有)+"
)
_TAIL = re.compile(
    r"(?:达到|达|为|超过|突破|增长|下降|约|近|共|实现|完成|累计|新增|超|等|第|的|由|分别|控制在|保持在|稳定在|提高到|降至|降到|"
    r"增至|升至|增加到|提升到)+$"
)
_STOP = frozenset(
    (
        # function words
        "的 了 和 与 及 或 等 在 是 为 对 把 将 被 由 从 向 以 于 并 也 都 就 还 又 其 之 这 那 该 此 个 年 月 日 "
        # question words and frames: how people ask, not what they ask about
        "吗 呢 吧 啊 呀 么 嘛 哪 哪些 哪个 哪里 什么 多少 几 怎么 怎样 如何 是否 有没有 请问 请 告诉 我 你 他 我们 "
        "一下 一些 方面 情况 具体 主要 报告 提到 说 讲 啥 咋 咋样 怎么样 怎么回事 这块 这个 那个 这些 那些 哪家 "
        "哪条 哪类 哪项 哪一步 哪几个 哪两个 什么样 进展 程度 进度 做法 干啥 叫啥 是不是 能否 可以 能 会 要 想 "
        "知道 来着 到底 一共 总共 分别 搞 弄 做 了解 介绍 说说 讲讲 问问 呗 哦 嗯 哈 为什么 为何 原因 依据 理由 "
        "哪几家 哪几个 相当于 大概 大约 差不多 按 按照 数字 算 算一下 计算 用 帮 帮我 隐含 大致 粗略 "
        "那边 这边 那块 这一块 那一块 这方面 那方面"
    ).split()
)
_BODY = re.compile(r"(?:区|县|市|省|州|旗|镇|园)$")  # 高新区, 海拉尔区, 江苏省: the reporting body, not its city
_BODY_NAME = re.compile(r"[\u4e00-\u9fff]{2,7}?(?:自治区|省|市|区|县|旗)")
_GENERIC_TITLE = frozenset("工作 总结 安排 报告 政府 人民政府 国家 关于 全面 发展 情况 建设".split())
_KEEP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")


def collect_terms(texts: Iterable[str], min_len: int = 3, max_len: int = 12) -> list[str]:
    """Indicator names written before figures (全区实现地区生产总值170亿元 → 地区生产总值), most frequent first."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in _FIGURE.finditer(text):
            run = _CJK_RUN.search(text[max(0, m.start() - 24) : m.start()])
            if not run:
                continue
            name = _TAIL.sub("", _LEAD.sub("", run.group()))
            if min_len <= len(name) <= max_len and "以下" not in name:
                counts[name] += 1
    return [term for term, _ in counts.most_common()]


class ReportTokenizer:
    """Search-mode jieba tokens without stop words, with the report's indicator names in the dictionary."""

    def __init__(self, terms: Iterable[str] = (), own_names: Iterable[str] = ()) -> None:
        logging.getLogger("jieba").setLevel(logging.WARNING)
        self.terms = tuple(terms)
        self._jieba = jieba.Tokenizer()
        for term in self.terms:
            self._jieba.add_word(term, freq=2000)
        # the reporting body and its place (宁波, 高新区, 江苏省): every figure of the report is theirs
        own = {w for name in own_names for w in self.words(name) if w not in _GENERIC_TITLE and _BODY.search(w)}
        own |= {m for name in own_names for m in _BODY_NAME.findall(name)}  # 江苏省 inside 江苏省政府
        own |= {w[:-1] for w in own if w.endswith(("省", "市")) and len(w) >= 3}  # 江苏省 is also 江苏
        self.own_names = frozenset(own)

    def content_words(self, text: str) -> list[str]:
        """Words of a question that say what it asks about: without the report's own names."""
        return [w for w in self.words(text) if w not in self.own_names]

    def words(self, text: str) -> list[str]:
        """Plain (not search-mode) jieba words of ``text``, lower-cased, no stop words or punctuation."""
        return [
            w for w in (t.strip().lower() for t in self._jieba.cut(text)) if w and w not in _STOP and _KEEP.search(w)
        ]

    def tokenize(self, text: str) -> list[str]:
        """Tokens of ``text``: a word and the dictionary words inside it, lower-cased, no stop words."""
        tokens = []
        for token in self._jieba.cut_for_search(text):
            token = token.strip().lower()
            if token and token not in _STOP and _KEEP.search(token):
                tokens.append(token)
        return tokens
