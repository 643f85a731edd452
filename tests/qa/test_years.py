from hypothesis import given
from hypothesis import strategies as st

from qa.years import question_years, replace_years, with_arabic_years


def test_relative_years_are_anchored_on_the_report_year():
    assert question_years("去年GDP多少", 2012) == [2011]
    assert question_years("今年的目标", 2012) == [2012]
    assert question_years("明年呢", 2012) == [2013]
    assert question_years("前年呢", 2026) == [2024]


def test_written_years_in_arabic_and_chinese_digits():
    assert question_years("二〇一二年服务业收入目标", 2012) == [2012]
    assert with_arabic_years("二〇一一年") == "2011年"
    assert question_years("2011年和2012年相比", None) == [2011, 2012]


def test_replacing_years_keeps_the_rest_of_the_question():
    assert replace_years("2011年地区生产总值是多少？", [2012], 2012) == "2012年地区生产总值是多少？"
    assert replace_years("去年财政收入多少", [2012], 2012) == "2012年财政收入多少"
    assert replace_years("地区生产总值是多少", [2011], 2012) == "2011年地区生产总值是多少"


@given(st.text(max_size=60), st.one_of(st.none(), st.integers(1990, 2040)))
def test_year_parsing_never_crashes(text, year):
    assert all(isinstance(y, int) for y in question_years(text, year))


def test_metric_words_holding_a_plan_cue_do_not_make_a_target_question():
    from qa.years import question_kind

    assert question_kind("人均预期寿命提高到了多少岁") != "plan"
    assert question_kind("人均预期寿命的预期目标是多少") == "plan"
