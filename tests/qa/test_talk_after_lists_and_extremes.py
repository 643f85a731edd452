"""Follow-ups that lean on what was just found — on the bundled report with the real model: the winner of a
superlative is what the talk goes on about, a place asked after a list is looked for in that list, a part of a word
naming two parts is no counterpart of the whole, figures a passage quoted are added up for the things asked, a
rise over a year worked back, the wider area a rank is taken in."""

from tests.conftest import talk


def test_the_winner_of_a_superlative_is_compared_next(real_bot):
    asked = (
        "去年服务业增长多少？",
        "工业产值的增速呢？",
        "那GDP的呢？",
        "这三个里面哪个涨得最快？",
        "比工业快多少个百分点？",
    )
    *_, fastest, apart = talk(real_bot, *asked)
    assert (fastest.kind, fastest.value) == ("number", 52.0)
    assert (apart.kind, apart.value, apart.unit) == ("number", 36.0, "个百分点")  # 52 − 16, not GDP's 25 − 16


def test_a_place_asked_after_a_list_is_looked_for_in_that_list(real_bot):
    listed, place = talk(real_bot, "重点工作一共有几项？", "讲研发园的是第几项")
    assert (listed.kind, listed.value) == ("number", 10.0)
    assert (place.kind, place.value) == ("number", 4.0) and "重点工作" in place.text
    after_item = talk(real_bot, "重点工作里第几项讲软件园？", "讲研发园的是第几项")[1]
    assert after_item.value == 4.0  # the list the item just given is in


def test_a_part_of_a_word_naming_two_parts_is_no_counterpart_of_the_whole(real_bot):
    asked = ("去年实际引进内外资多少？", "今年实际引进的目标呢", "去年引进的里面外资有多少？")
    whole, target, part = talk(real_bot, *asked)
    assert (whole.value, target.value) == (57.0, 60.0)
    assert part.kind == "none"  # 内外资 is both: the report gives no figure of 外资 alone


def test_figures_a_passage_quoted_are_added_up_for_the_things_asked(real_bot):
    asked = ("国际智慧物流产业园今年要到什么进度", "准备引进多少家企业？合计")
    passage, total = talk(real_bot, *asked)
    assert passage.kind == "passage" and "10家以上大型物流及配套企业" in passage.text
    assert (total.kind, total.value, total.unit) == ("number", 20.0, "家")


def test_a_rise_over_a_year_worked_back_from_a_growth(real_bot):
    answer = talk(real_bot, "按32%的增速倒推，技工贸总收入去年比2010年多了多少？")[0]
    assert (answer.kind, answer.unit) == ("number", "亿元")
    assert answer.value == round(850 - round(850 / 1.32, 2), 2)


def test_the_wider_area_a_rank_is_taken_in_names_no_metric(real_bot):
    asked = ("去年新认定了几家高新技术企业？", "累计有多少了？", "在宁波全市排第几？")
    rank = talk(real_bot, *asked)[-1]
    assert (rank.kind, rank.value) == ("number", 4.0)
