from hypothesis import given
from hypothesis import strategies as st

from index.periods import Period, five_year_plan_years, period_of_heading, years_named


def test_review_and_plan_headings_give_results_and_targets():
    assert period_of_heading("一、2011年工作总结", 2012) == Period(2011, 2011, "result")
    assert period_of_heading("二、2015年工作安排", 2015) == Period(2015, 2015, "plan")
    assert period_of_heading("三、2026年重点工作", 2026) == Period(2026, 2026, "plan")


def test_heading_without_year_is_anchored_on_the_report_year():
    assert period_of_heading("一、过去一年工作回顾", 2017) == Period(2016, 2016, "result")
    assert period_of_heading("二、今年工作安排", 2017) == Period(2017, 2017, "plan")


def test_five_year_plans_span_their_years():
    assert five_year_plan_years(12) == (2011, 2015)
    assert five_year_plan_years(15) == (2026, 2030)
    assert period_of_heading("一、“十四五”时期和2025年工作回顾", 2026) == Period(2021, 2025, "result")
    assert period_of_heading("二、“十五五”时期主要目标任务", 2026) == Period(2026, 2030, "plan")


def test_title_naming_both_review_and_plan_has_no_single_period():
    assert period_of_heading("关于2011年工作总结和2012年工作安排的报告", 2012) is None
    assert period_of_heading("(一)主导产业进一步壮大", 2012) is None


def test_years_named_ignores_longer_numbers():
    assert years_named("2011年实现170亿元，编号20115号") == [2011]


@given(st.text())
def test_period_parsing_never_crashes_on_any_heading(text):
    period = period_of_heading(text, 2012)
    assert period is None or period.start <= period.end
