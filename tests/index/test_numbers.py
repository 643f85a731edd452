import cn2an
import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.numbers import find_figures, to_number


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier", "high"),
    [
        ("实现地区生产总值170亿元", 170, "亿元", None, None),
        ("同比增长23.5%", 23.5, "%", None, None),
        ("增长５％左右", 5, "%", "左右", None),
        ("新引进创业企业近200家", 200, "家", "近", None),
        ("引进各类人才5000名以上", 5000, "名", "以上", None),
        ("授权专利突破1000件", 1000, "件", "突破", None),
        ("服务企业670余家", 670, "家", "余", None),
        ("引进1-2家龙头企业", 1, "家", None, 2),
        ("确保2-3个项目完成", 2, "个", None, 3),
        ("成功实现两家企业上市", 2, "家", None, None),
        ("地区生产总值达14.2万亿元", 14.2, "万亿元", None, None),
        ("新增绿化面积29万平方米", 29, "万平方米", None, None),
        ("占全市立项总数的三分之一", 1 / 3, "", None, None),
        ("占全国1/3以上", 1 / 3, "", None, None),
        ("成功举办第十届大赛", 10, "届", None, None),
        ("全面推进三大战略", 3, "个", None, None),
        ("财政收支差额-5亿元", -5, "亿元", None, None),
        ("预计增长7%-8%", 7, "%", None, 8),  # a dash after a figure joins a range: no minus sign
        ("增长7%－8%", 7, "%", None, 8),
        ("新增5000亩-8000亩", 5000, "亩", None, 8000),
        ("利润增长－3.2%", -3.2, "%", None, None),
        ("出口增速为−1.5个百分点", -1.5, "个百分点", None, None),
    ],
)
def test_figures_are_read_as_written(text, value, unit, qualifier, high):
    figure = find_figures(text)[0]
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.qualifier, figure.high) == (unit, qualifier, high)
    assert text[figure.span[0] : figure.span[1]] == figure.text


@pytest.mark.parametrize(
    "text",
    ["2011-2015年", "2012-01-13", "2011年", "“333行动计划”", "围绕“3+3”产业", "党的十八大即将召开", "第四个研发基地"],
)
def test_years_names_and_ordinals_are_not_amounts(text):
    assert [f for f in find_figures(text) if not f.ordinal] == []


@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_round_trip(n):
    assert to_number(cn2an.an2cn(n)) == n


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2)))
def test_arabic_figures_round_trip_with_their_unit(x):
    written = f"{x:.2f}".rstrip("0").rstrip(".")
    figure = find_figures(f"完成{written}亿元")[0]
    assert (figure.value, figure.unit) == (pytest.approx(float(written)), "亿元")


@given(st.text(max_size=80))
def test_figure_parsing_never_crashes(text):
    for figure in find_figures(text):
        assert figure.span[0] < figure.span[1] <= len(text)
    assert to_number(text) is None or isinstance(to_number(text), float)


def test_counted_units_with_a_multiplier_convert_to_their_base():
    from index.numbers import convert, to_base

    assert to_base(35, "万个") == (350000, "个")
    assert convert(1.5, "万人", "人") == 15000
    assert convert(2, "亿元", "万元") == 20000
    assert convert(3, "万户", "家") is None  # households are not firms


def test_a_unit_with_two_names_converts_between_them():
    from index.numbers import convert

    assert convert(3.7, "千米", "公里") == 3.7 and convert(2, "万平方千米", "平方公里") == 20000
    assert convert(500, "名", "人") == 500 and convert(1, "公里", "平方公里") is None


def test_a_noun_that_begins_with_a_units_character_is_counted_in_ge():
    (ministries,) = find_figures("经环保部、科技部、商务部三部委批准")
    assert (ministries.value, ministries.unit) == (3, "个")
    assert [(f.value, f.unit) for f in find_figures("配备三部手机")] == [(3, "部")]
