"""TextIndex finds exactly the texts that hold a word, as a scan would, duplicates and odd characters included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from index.text_index import TextIndex

ALPHABET = "地区生产总值年亿元高新区一期二期\x01\n 𠀀A"  # a pair mark, a newline, a space, a character past U+FFFF

texts_strategy = st.lists(st.text(alphabet=ALPHABET, max_size=12), max_size=30)


@settings(max_examples=300, deadline=None)
@given(texts=texts_strategy, word=st.text(alphabet=ALPHABET, max_size=4))
def test_holding_equals_scanning(texts, word):
    index = TextIndex(texts)
    assert index.holding(word).tolist() == [i for i, t in enumerate(texts) if word in t]
    assert index.count(word) == sum(word in t for t in texts)


@settings(max_examples=300, deadline=None)
@given(texts=texts_strategy, chars=st.text(alphabet=ALPHABET, min_size=1, max_size=4))
def test_holding_characters_equals_scanning(texts, chars):
    index = TextIndex(texts)
    expected = [i for i, t in enumerate(texts) if all(c in t for c in chars)]
    assert index.holding_characters(chars).tolist() == expected


def test_equal_texts_are_indexed_once_and_all_returned():
    index = TextIndex(["地区生产总值", "", "地区生产总值", "生产"])
    assert index.holding("生产总值").tolist() == [0, 2]
    assert index.holding("生产").tolist() == [0, 2, 3]
    assert index.holding("").tolist() == [0, 1, 2, 3]
    assert TextIndex([]).holding("地区").tolist() == []
