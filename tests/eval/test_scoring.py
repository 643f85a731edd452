from eval.dataset import Expect
from eval.scoring import evidence_rank, figure_in_text, is_correct, numbers_match
from qa.answer import Answer


def test_figures_match_across_wan_and_yi():
    expect = Expect("number", value=0.5, unit="亿元")
    assert numbers_match(expect, 5000, "万元")
    assert not numbers_match(expect, 5000, "元")
    assert not numbers_match(expect, 0.5, "%")


def test_counters_of_people_are_one_unit():
    expect = Expect("number", value=5.0, unit="人")
    assert numbers_match(expect, 5, "名") and numbers_match(expect, 5, "位")
    assert not numbers_match(expect, 5, "套")


def test_counters_of_list_items_are_one_unit():
    expect = Expect("number", value=5.0, unit="个")
    assert numbers_match(expect, 5, "条") and numbers_match(expect, 5, "项") and numbers_match(expect, 5, "点")
    assert not numbers_match(expect, 5, "家") and not numbers_match(expect, 4, "条")


def test_computed_percentages_match_within_their_rounding_tolerance():
    expect = Expect("number", value=38.8, unit="%", tolerance=0.1)
    assert numbers_match(expect, 38.78, "%")
    assert not numbers_match(expect, 39.0, "%")


def test_a_share_rounded_to_fewer_decimals_matches_when_rounded_alike():
    assert numbers_match(Expect("number", value=12.41, unit="%"), 12.4, "%")
    assert numbers_match(Expect("number", value=12.4, unit="%"), 12.41, "%")
    assert not numbers_match(Expect("number", value=12.46, unit="%"), 12.4, "%")
    assert not numbers_match(Expect("number", value=12.4, unit="%"), 12.0, "%")


def test_number_needs_kind_number_and_passage_needs_key_phrases_in_a_screenful():
    number = Expect("number", value=170, unit="亿元")
    assert not is_correct(number, Answer("地区生产总值170亿元", "passage"))
    assert is_correct(number, Answer("170亿元", "number", 170.0, "亿元"))
    passage = Expect("passage", key_phrases=("围海集团", "均胜集团"), min_phrases=2)
    assert is_correct(passage, Answer("围海集团、均胜集团等2家企业上市", "passage"))
    assert not is_correct(passage, Answer("围海集团" + "。" * 700 + "均胜集团", "passage"))
    assert not is_correct(passage, Answer("围海集团", "passage"))


def test_refusal_must_not_give_a_figure():
    refusal = Expect("none", reason="wrong_year")
    assert is_correct(refusal, Answer("报告没有2013年的内容", "none"))
    assert not is_correct(refusal, Answer("报告没有", "none", value=210.0, unit="亿元"))
    assert not is_correct(refusal, Answer("210亿元", "passage"))


def test_lenient_figure_and_evidence_rank():
    assert figure_in_text(Expect("number", value=23.5, unit="%"), "同比增长23.5%")
    assert not figure_in_text(Expect("number", value=23.5, unit="%"), "同比增长23%")
    assert evidence_rank(("170亿元",), ["无关", "生产总值170亿元"]) == 2
    assert evidence_rank(("170亿元",), ["无关"]) is None


def test_a_place_asked_in_wei_is_the_place_in_the_counter_the_report_writes():
    place = Expect("number", value=11.0, unit="位")
    assert is_correct(place, Answer("“十四五”时期获批的创新型省份排名：第11个。", "number", 11.0, "个"))
    assert is_correct(
        Expect("number", value=13.0, unit="位"), Answer("2026年省艺术节目标：第十三届。", "number", 13.0, "届")
    )
    assert not is_correct(place, Answer("2025年新增创新型省份：11个。", "number", 11.0, "个"))  # a count, no place
    assert not is_correct(place, Answer("“十四五”时期获批的创新型省份排名：第12个。", "number", 12.0, "个"))
