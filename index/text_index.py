"""Which of many texts hold a word, without reading them all: postings of character pairs, then a check."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

_END = "\x01"  # closes every text, so that its last character starts a pair too
_CHAR_BITS = 21  # every Unicode code point fits
_ID_BITS = 64 - 2 * _CHAR_BITS  # up to 4,194,304 distinct texts
_NONE = np.zeros(0, dtype=np.int64)


class TextIndex:
    """Texts, each distinct one indexed once by its character pairs.

    A word's candidates are the distinct texts holding its two rarest pairs; a substring test over them decides,
    and the answer is given as the ids of every text equal to one that holds the word.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = tuple(texts)
        first: dict[str, int] = {}
        owner = np.asarray([first.setdefault(t, len(first)) for t in self.texts], dtype=np.int64)
        self._distinct = tuple(first)
        if len(self._distinct) >= 1 << _ID_BITS:
            raise ValueError(f"TextIndex holds at most {1 << _ID_BITS} distinct texts, got {len(self._distinct)}")
        # the texts equal to distinct text u are _members[_offsets[u]:_offsets[u + 1]]
        self._members = np.argsort(owner, kind="stable")
        self._offsets = np.searchsorted(owner[self._members], np.arange(len(self._distinct) + 1))
        self._pairs, self._ids = _pair_postings(self._distinct)

    def __len__(self) -> int:
        return len(self.texts)

    def holding(self, word: str) -> np.ndarray:
        """Sorted ids of the texts that hold ``word``."""
        distinct = self._distinct
        return self._expand([u for u in self._candidates(word).tolist() if word in distinct[u]])

    def holding_characters(self, chars: Iterable[str]) -> np.ndarray:
        """Sorted ids of the texts holding every one of ``chars``, in any order."""
        chars = set(chars)
        postings = sorted((self._candidates(c) for c in chars), key=len)
        if not postings:
            return np.arange(len(self.texts), dtype=np.int64)
        distinct = self._distinct
        return self._expand([u for u in _both(postings).tolist() if all(c in distinct[u] for c in chars)])

    def count(self, word: str) -> int:
        """How many texts hold ``word``."""
        return len(self.holding(word))

    def _candidates(self, word: str) -> np.ndarray:
        """Sorted distinct-text ids holding the word's two rarest character pairs (its only character)."""
        if not word or _END in word:  # the end mark is not indexed: read every text
            return np.arange(len(self._distinct), dtype=np.int64)
        if len(word) == 1:
            low = ord(word) << _CHAR_BITS
            return np.unique(self._ids[self._range(low, low + (1 << _CHAR_BITS))])
        return _both(sorted((self._posting(word[i : i + 2]) for i in range(len(word) - 1)), key=len))

    def _posting(self, pair: str) -> np.ndarray:
        key = (ord(pair[0]) << _CHAR_BITS) | ord(pair[1])
        return self._ids[self._range(key, key + 1)]

    def _range(self, low: int, high: int) -> slice:
        pairs = self._pairs
        return slice(int(np.searchsorted(pairs, np.uint64(low))), int(np.searchsorted(pairs, np.uint64(high))))

    def _expand(self, distinct_ids: Sequence[int]) -> np.ndarray:
        """The ids of every text equal to one of ``distinct_ids``, sorted."""
        if not distinct_ids:
            return _NONE
        ids = np.asarray(distinct_ids, dtype=np.int64)
        starts, ends = self._offsets[ids], self._offsets[ids + 1]
        if np.all(ends - starts == 1):
            return np.sort(self._members[starts])
        return np.sort(np.concatenate([self._members[s:e] for s, e in zip(starts, ends, strict=True)]))


def _pair_postings(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Sorted character-pair keys and, beside each, the id of a text holding the pair (once per text)."""
    if not texts:
        return np.zeros(0, dtype=np.uint64), _NONE
    cleaned = [t.replace(_END, "") + _END for t in texts]
    points = np.frombuffer("".join(cleaned).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owners = np.repeat(np.arange(len(cleaned), dtype=np.uint64), [len(t) for t in cleaned])
    starts = points[:-1] != np.uint64(ord(_END))  # a pair never starts at a text's end mark
    pairs = (points[:-1] << np.uint64(_CHAR_BITS)) | points[1:]
    keys = np.unique((pairs[starts] << np.uint64(_ID_BITS)) | owners[:-1][starts])
    return keys >> np.uint64(_ID_BITS), (keys & np.uint64((1 << _ID_BITS) - 1)).astype(np.int64)


def _both(postings: Sequence[np.ndarray]) -> np.ndarray:
    """The ids in the first two of ``postings`` (sorted, rarest first): those in every one are among them."""
    found = postings[0]
    if len(postings) > 1 and len(found):
        found = found[np.isin(found, postings[1])]
    return found
