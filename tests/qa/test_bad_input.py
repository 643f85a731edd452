"""A battery of bad input: every question gets an Answer, malformed history a clear TypeError/ValueError."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa import Answer

ODD_QUESTIONS = [
    "",
    " \t\n ",
    "问" * 20_000,
    "？？？！！！。。。",
    "😀🎉🚀",
    "What was the GDP in 2023?",
    "<script>alert('x')</script>",
    "'; DROP TABLE facts; --",
    "\x00\x01地区生产总值\x07",
    "２０２３年地區生產總值是多少？",  # full-width digits and traditional characters
    "地区生产总值" * 300,
]


@pytest.mark.parametrize("question", ODD_QUESTIONS)
def test_odd_questions_get_an_answer(county_bot, question):
    answer = county_bot.ask(question)
    assert isinstance(answer, Answer) and answer.kind in ("number", "passage", "none", "clarify", "list")


def test_full_width_digits_and_traditional_characters_are_understood(county_bot):
    answer = county_bot.ask("２０２３年地區生產總值是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 356.8, "亿元")


@pytest.mark.parametrize(
    ("history", "error"),
    [
        ("not a list", TypeError),
        ([("只有问题",)], ValueError),
        ([{"role": "hacker", "content": "x"}], ValueError),
        ([{"role": "user", "content": None}], TypeError),
        ([(None, None)], TypeError),
    ],
)
def test_malformed_history_is_refused_clearly(county_bot, history, error):
    with pytest.raises(error, match="history"):
        county_bot.ask("2023年地区生产总值是多少？", history)


def test_very_long_history_is_answered(county_bot):
    history = [("2023年地区生产总值是多少？", "356.8亿元")] * 500 + [("" * 1, "")]
    assert county_bot.ask("那2024年呢？", history).kind in ("number", "passage", "none", "clarify", "list")


@settings(max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=60)
    | st.text(alphabet="2023年地区生产总值一般公共预算收入增长多少比去年那呢？占比一共排第几，,。%亿元", max_size=40),
    st.lists(st.tuples(st.text(max_size=20), st.text(max_size=20)), max_size=3),
)
def test_ask_never_raises_on_any_question_or_well_formed_history(county_bot, question, history):
    answer = county_bot.ask(question, history)
    assert answer.kind in ("number", "passage", "none", "clarify", "list")
    assert answer.kind != "number" or answer.value is not None
