"""Invariants of the public evaluation set ``eval/questions.jsonl``.

The eval set is written by hand from the report
``qa/reports/ningbo-gaoxin-2011-2012.txt``.  These tests do not exercise any
system code; they only check that the eval set is well formed and that every
gold answer is traceable to verbatim text of the report.

Special cases of the "gold digits occur in the evidence" rule (check 3):

* Rank answers (``unit == "位"``, used by every ``rank`` item and by rank
  turns of dialogues) take their value from words such as 首位/首个/首家/首批
  (= 1) or 第四位/第四个 (= 4).  Their evidence must contain 首 for rank 1 or
  第 followed by the Chinese numeral of the rank otherwise.
* Items tagged ``chinese_numeral`` may answer with a number that the report
  writes in Chinese (两家, 三部委, 第十届 ...).  If the digits are not in the
  evidence, the evidence must contain the Chinese numeral for the value.

Computed formulas may contain the conversion factors 100 (to a percentage) and
10000 (万元 -> 亿元) as a right operand of ``*`` or ``/``; all other numbers
in a formula must occur in the evidence.  Equality of a computed value with its
formula is checked within ``tolerance`` plus a tiny epsilon for float noise.
"""

import json
import math
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ROOT / "eval" / "questions.jsonl"
REPORT = ROOT / "qa" / "reports" / "ningbo-gaoxin-2011-2012.txt"

CATEGORIES = {"lookup", "growth", "rank", "computed", "passage", "dialogue", "unanswerable"}
MINIMUMS = {
    "lookup": 110,
    "growth": 18,
    "rank": 6,
    "computed": 35,
    "passage": 65,
    "dialogue": 32,
    "unanswerable": 45,
}
MIN_TOTAL = 300
TAGS = {
    "result",
    "target",
    "synonym",
    "abbreviation",
    "relative_year",
    "colloquial",
    "fullwidth",
    "halfwidth",
    "chinese_numeral",
    "qualifier",
    "sub_item",
    "list",
    "why",
    "who",
    "which",
    "wrong_year",
    "missing_metric",
    "unknown_entity",
    "off_topic",
    "adversarial",
    "false_premise",
}
REASONS = {"wrong_year", "missing_metric", "unknown_entity", "off_topic", "adversarial", "false_premise"}
KINDS = {"number", "passage", "none"}
MAX_EVIDENCE_CHARS = 80
FLOAT_EPS = 1e-9
CONVERSION_FACTORS = {"100", "10000"}
CHINESE_NUMERALS = {
    1: ("一", "首"),
    2: ("二", "两"),
    3: ("三",),
    4: ("四",),
    5: ("五",),
    6: ("六",),
    7: ("七",),
    8: ("八",),
    9: ("九",),
    10: ("十",),
}
FULLWIDTH_PUNCT = re.compile(r"[？，（）：！；]")
HALFWIDTH_PUNCT = re.compile(r"[?,():!;]")
FORMULA_CHARS = re.compile(r"^[0-9.+\-*/() ]+$")
FORMULA_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def load_items():
    with QUESTIONS.open(encoding="utf-8") as fh:
        return [(n, line) for n, line in enumerate(fh, start=1) if line.strip()]


RAW_LINES = load_items()
ITEMS = [json.loads(line) for _, line in RAW_LINES]
REPORT_TEXT = REPORT.read_text(encoding="utf-8")


def item_id(item):
    return item.get("id", "?")


def expects_of(item):
    """All (question, expect) pairs of an item, one per dialogue turn."""
    if item["category"] == "dialogue":
        return [(t["question"], t["expect"]) for t in item["turns"]]
    return [(item["question"], item["expect"])]


ALL_EXPECTS = [
    pytest.param(item, question, expect, id=f"{item_id(item)}#{i}")
    for item in ITEMS
    for i, (question, expect) in enumerate(expects_of(item))
]


def fmt(value):
    """Gold value as the report would print it: 170, 23.5, 31.2 (no trailing .0)."""
    return format(value, "g")


def number_in(number, text):
    """True when ``number`` occurs in ``text`` as a whole number, not as part of a longer one."""
    return re.search(r"(?<![\d.])" + re.escape(number) + r"(?!\.?\d)", text) is not None


# ---------------------------------------------------------------- 1. structure


@pytest.mark.parametrize("lineno,line", RAW_LINES, ids=[str(n) for n, _ in RAW_LINES])
def test_every_line_is_a_json_object(lineno, line):
    obj = json.loads(line)
    assert isinstance(obj, dict), f"line {lineno} is not an object"


def test_ids_are_unique_strings():
    ids = [item.get("id") for item in ITEMS]
    assert all(isinstance(i, str) and i for i in ids)
    dupes = [i for i, c in Counter(ids).items() if c > 1]
    assert not dupes, f"duplicate ids: {dupes}"


@pytest.mark.parametrize("item", ITEMS, ids=item_id)
def test_each_item_has_a_valid_category_and_known_tags(item):
    assert item["category"] in CATEGORIES
    assert isinstance(item["tags"], list)
    unknown = set(item["tags"]) - TAGS
    assert not unknown, f"unknown tags {unknown}"


@pytest.mark.parametrize("item", ITEMS, ids=item_id)
def test_each_item_has_question_and_expect_or_two_to_four_turns(item):
    if item["category"] == "dialogue":
        assert "question" not in item and "expect" not in item
        assert 2 <= len(item["turns"]) <= 4
        for turn in item["turns"]:
            assert set(turn) == {"question", "expect"}
    else:
        assert "turns" not in item
    for question, expect in expects_of(item):
        assert isinstance(question, str) and question.strip()
        assert isinstance(expect, dict) and expect.get("kind") in KINDS


@pytest.mark.parametrize("category,minimum", sorted(MINIMUMS.items()))
def test_each_category_meets_its_minimum_count(category, minimum):
    count = sum(1 for item in ITEMS if item["category"] == category)
    assert count >= minimum, f"{category}: {count} < {minimum}"


def test_the_eval_set_has_enough_items_in_total():
    assert len(ITEMS) >= MIN_TOTAL


def test_questions_are_not_repeated():
    questions = [q for item in ITEMS if item["category"] != "dialogue" for q, _ in expects_of(item)]
    dupes = [q for q, c in Counter(questions).items() if c > 1]
    assert not dupes, f"repeated questions: {dupes}"


@pytest.mark.parametrize("item", ITEMS, ids=item_id)
def test_punctuation_tags_match_the_question_text(item):
    text = "".join(q for q, _ in expects_of(item))
    assert ("fullwidth" in item["tags"]) == bool(FULLWIDTH_PUNCT.search(text))
    assert ("halfwidth" in item["tags"]) == bool(HALFWIDTH_PUNCT.search(text))


@pytest.mark.parametrize("item", ITEMS, ids=item_id)
def test_categories_use_the_right_answer_kind(item):
    kinds = {expect["kind"] for _, expect in expects_of(item)}
    category = item["category"]
    if category in {"lookup", "growth", "rank"}:
        assert kinds == {"number"}
    elif category == "computed":
        assert kinds <= {"number", "passage"}
    elif category == "passage":
        assert kinds == {"passage"}
    elif category == "unanswerable":
        assert kinds == {"none"}
        assert item["expect"]["reason"] in item["tags"]


def test_some_dialogues_end_in_a_refusal():
    refusing = [i for i in ITEMS if i["category"] == "dialogue" and any(e["kind"] == "none" for _, e in expects_of(i))]
    assert len(refusing) >= 5


@pytest.mark.parametrize("item", [i for i in ITEMS if i["category"] == "dialogue"], ids=item_id)
def test_a_dialogue_never_starts_with_a_refused_turn(item):
    assert item["turns"][0]["expect"]["kind"] != "none"


# ---------------------------------------------------------------- 2. verbatim evidence


@pytest.mark.parametrize("item,question,expect", ALL_EXPECTS)
def test_evidence_strings_are_short_verbatim_quotes_of_the_report(item, question, expect):
    evidence = expect["evidence"]
    assert isinstance(evidence, list)
    if expect["kind"] != "none":
        assert evidence, "answerable items need evidence"
    for ev in evidence:
        assert len(ev) <= MAX_EVIDENCE_CHARS, f"evidence too long: {ev}"
        assert ev in REPORT_TEXT, f"not verbatim in report: {ev!r}"


@pytest.mark.parametrize("item,question,expect", [p for p in ALL_EXPECTS if p.values[2]["kind"] == "passage"])
def test_passage_key_phrases_are_verbatim_and_min_phrases_is_reachable(item, question, expect):
    phrases = expect["key_phrases"]
    assert phrases and all(isinstance(p, str) and p for p in phrases)
    for phrase in phrases:
        assert phrase in REPORT_TEXT, f"key phrase not in report: {phrase!r}"
    assert isinstance(expect["min_phrases"], int)
    assert 1 <= expect["min_phrases"] <= len(phrases)


# ---------------------------------------------------------------- 3. numeric gold values

NUMBER_EXPECTS = [p for p in ALL_EXPECTS if p.values[2]["kind"] == "number"]
PLAIN_NUMBER_EXPECTS = [p for p in NUMBER_EXPECTS if "formula" not in p.values[2]]


@pytest.mark.parametrize("item,question,expect", NUMBER_EXPECTS)
def test_number_answers_have_a_numeric_value_and_a_unit(item, question, expect):
    assert isinstance(expect["value"], (int, float)) and not isinstance(expect["value"], bool)
    assert math.isfinite(expect["value"])
    assert isinstance(expect["unit"], str) and expect["unit"]
    if "qualifier" in expect:
        assert isinstance(expect["qualifier"], str) and expect["qualifier"]
        assert "qualifier" in item["tags"]
        assert any(expect["qualifier"] in ev for ev in expect["evidence"])


@pytest.mark.parametrize("item,question,expect", PLAIN_NUMBER_EXPECTS)
def test_gold_value_is_written_in_the_evidence(item, question, expect):
    value = expect["value"]
    evidence = expect["evidence"]
    rank = int(value) if value == int(value) and int(value) in CHINESE_NUMERALS else None
    marker = ("首" if rank == 1 else "第" + CHINESE_NUMERALS[rank][0]) if rank else ""
    if expect["unit"] == "位" or (marker and any(marker + expect["unit"] in ev for ev in evidence)):
        # a rank in its counter: 首位 / 首个 / 首家 / 首批 = 1, 第四位 / 第四个 = 4
        assert rank is not None and any(marker in ev for ev in evidence), f"rank marker {marker} missing"
        return
    digits = fmt(value)
    if any(number_in(digits, ev) for ev in evidence):
        return
    assert "chinese_numeral" in item["tags"], f"{digits} not found in evidence {evidence}"
    assert value == int(value) and int(value) in CHINESE_NUMERALS
    words = CHINESE_NUMERALS[int(value)]
    assert any(w in ev for w in words for ev in evidence), f"none of {words} in evidence"


@pytest.mark.parametrize("item", [i for i in ITEMS if i["category"] in {"rank"}], ids=item_id)
def test_rank_items_answer_a_position_in_the_counter_the_report_uses(item):
    """居全市第四位 is a place in 位; 第四个研发基地, 全市首家科技银行 are places in 个 and 家."""
    expect = item["expect"]
    value = int(expect["value"])
    assert expect["value"] == value >= 1
    marker = "首" if value == 1 else "第" + CHINESE_NUMERALS[value][0]
    assert any(marker + expect["unit"] in ev or marker in ev and expect["unit"] == "位" for ev in expect["evidence"])


# ---------------------------------------------------------------- 4. computed answers

COMPUTED_NUMBER_EXPECTS = [p for p in NUMBER_EXPECTS if "formula" in p.values[2]]


@pytest.mark.parametrize("item", [i for i in ITEMS if i["category"] == "computed"], ids=item_id)
def test_computed_numbers_come_with_a_formula_and_tolerance(item):
    expect = item["expect"]
    if expect["kind"] == "number":
        assert "formula" in expect and "tolerance" in expect
    else:  # which-is-larger questions compare at least two quoted operands
        assert expect["kind"] == "passage"
        assert "which" in item["tags"]


@pytest.mark.parametrize("item", [i for i in ITEMS if i["category"] != "computed"], ids=item_id)
def test_only_computed_items_or_dialogue_turns_carry_formulas(item):
    for _, expect in expects_of(item):
        if "formula" in expect:
            assert item["category"] == "dialogue"


@pytest.mark.parametrize("item,question,expect", COMPUTED_NUMBER_EXPECTS)
def test_formula_uses_only_arithmetic_characters(item, question, expect):
    assert FORMULA_CHARS.match(expect["formula"]), expect["formula"]


@pytest.mark.parametrize("item,question,expect", COMPUTED_NUMBER_EXPECTS)
def test_formula_evaluates_to_the_gold_value_within_tolerance(item, question, expect):
    tolerance = expect["tolerance"]
    assert isinstance(tolerance, (int, float)) and tolerance >= 0
    result = eval(expect["formula"], {"__builtins__": {}}, {})  # noqa: S307 - checked charset
    assert abs(result - expect["value"]) <= tolerance + FLOAT_EPS, (result, expect["value"])


@pytest.mark.parametrize("item,question,expect", COMPUTED_NUMBER_EXPECTS)
def test_every_formula_operand_is_quoted_in_the_evidence(item, question, expect):
    formula = expect["formula"]
    for match in FORMULA_NUMBER.finditer(formula):
        number = match.group()
        before = formula[: match.start()].rstrip()
        if number in CONVERSION_FACTORS and before.endswith(("*", "/")):
            continue  # *100 for percentages, /10000 for 万元 -> 亿元
        assert any(number_in(number, ev) for ev in expect["evidence"]), (
            f"operand {number} not in evidence {expect['evidence']}"
        )


# ---------------------------------------------------------------- 5. unanswerable answers


@pytest.mark.parametrize("item,question,expect", [p for p in ALL_EXPECTS if p.values[2]["kind"] == "none"])
def test_refusals_have_no_evidence_and_a_valid_reason(item, question, expect):
    assert expect["evidence"] == []
    assert expect["reason"] in REASONS
    assert set(expect) == {"kind", "reason", "evidence"}
