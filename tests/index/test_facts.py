"""Fact extraction on genre-style sentences of our own, not taken from the bundled report."""

import pytest

from index.facts import extract_facts
from index.report import ReportText, parse_meta
from index.sections import split_sections


def _facts(body: str, heading: str = "一、2020年工作回顾"):
    text = f"某市政府工作报告\n{heading}\n{body}\n"
    report = ReportText("t", text, "0" * 64, parse_meta(text))
    return extract_facts(text, split_sections(report))


def _one(facts, metric_part: str, aspect: str = "value"):
    found = [f for f in facts if metric_part in f.metric and f.aspect == aspect]
    assert found, [(f.metric, f.value, f.aspect) for f in facts]
    return found[0]


def test_value_and_its_growth_share_the_metric():
    facts = _facts("全市完成地区生产总值512.3亿元，同比增长6.8%；一般公共预算收入完成40.1亿元，下降2.5%。")
    gdp = _one(facts, "地区生产总值")
    assert (gdp.value, gdp.unit, gdp.year, gdp.kind) == (512.3, "亿元", 2020, "result")
    assert _one(facts, "地区生产总值", "growth").value == 6.8
    assert _one(facts, "一般公共预算收入", "growth").value == -2.5  # 下降 is negative growth


def test_sub_items_with_qizhong_keep_the_threshold_in_their_name():
    facts = _facts("规上工业企业达210家，其中产值10亿元以上12家、50亿元以上3家。")
    ten = _one(facts, "10亿元以上")
    assert (ten.value, ten.unit) == (12, "家")
    assert "规上工业企业" in ten.context
    assert _one(facts, "50亿元以上").value == 3
    assert not any(f.value == 10 and f.unit == "亿元" for f in facts)


def test_enumeration_sharing_a_verb_gives_one_fact_each():
    facts = _facts("全年引进博士15名、硕士120名、技能人才860名。")
    assert [(f.metric, f.value) for f in facts] == [("引进博士", 15), ("硕士", 120), ("技能人才", 860)]


def test_respectively_pairs_items_with_values():
    facts = _facts("森林覆盖率、湿地保护率分别达到41.2%和56.7%。")
    assert _one(facts, "森林覆盖率").value == 41.2
    assert _one(facts, "湿地保护率").value == 56.7


def test_plan_section_gives_targets_with_their_qualifiers():
    facts = _facts("确保完成棚户区改造3000户，力争完成3500户。", heading="二、2021年工作安排")
    sure, strive = facts
    assert (sure.kind, sure.year, sure.value, sure.qualifier) == ("target", 2021, 3000, "确保")
    assert (strive.value, strive.qualifier) == (3500, "力争")
    assert "棚户区改造" in strive.metric + strive.context


def test_ranks_and_firsts():
    facts = _facts("新增上市公司5家，总数居全省第三位。建成全省首个5G智慧港口。")
    ranks = [f for f in facts if f.aspect == "rank"]
    assert [r.value for r in ranks] == [3, 1]
    assert "上市公司" in ranks[0].metric + ranks[0].context
    assert "5G智慧港口" in ranks[1].metric
    assert [r.unit for r in ranks] == ["位", "个"]  # each place in the counter the report writes


def test_an_ordinal_keeps_its_counter():
    facts = _facts("成立全市首家科技银行，建成全国第四个研发基地。")
    assert [(f.value, f.unit) for f in facts if f.aspect == "rank"] == [(1, "家"), (4, "个")]


def test_ranges_chinese_numerals_and_full_width_digits():
    facts = _facts("引进１－２个龙头项目，新建两所学校，占总量的三分之一。")
    assert [(f.value, f.high, f.unit) for f in facts][:2] == [(1, 2, "个"), (2, None, "所")]
    assert facts[2].value == pytest.approx(1 / 3)


def test_figures_in_quoted_names_are_not_facts():
    assert _facts("深入实施“三个一百”工程和“两个率先”战略。") == []


def test_growths_after_a_list_of_items_follow_the_items():
    facts = _facts("城乡居民人均可支配收入分别达5.1万元、2.6万元，增长4.5%、6.1%。")
    assert _one(facts, "城镇居民", "growth").value == 4.5
    assert _one(facts, "农村居民", "growth").value == 6.1
    assert _one(facts, "农村居民").value == 2.6


def test_parts_after_a_bare_qizhong_are_parts_of_the_whole():
    facts = _facts("全年安排重点项目120个，其中，工业类30个、城建类50个、民生类40个。")
    city = _one(facts, "城建类")
    assert (city.value, city.context) == (50, "全年安排重点项目") or "重点项目" in city.context


def test_verbs_ending_in_a_conjunction_character_stay_whole():
    facts = _facts("育儿补贴惠及98万名婴幼儿，参与率达到87%。")
    assert any("惠及" in f.metric and f.value == 98 for f in facts), [(f.metric, f.value) for f in facts]


def test_control_verbs_are_not_part_of_the_metric():
    facts = _facts("城镇登记失业率控制在3.6%以内，居民消费价格涨幅稳定在2%左右。")
    assert _one(facts, "城镇登记失业率").metric == "城镇登记失业率"


def test_the_last_item_of_a_short_list_lends_its_name_to_the_others():
    facts = _facts("交通、水利、能源领域投资分别达1200亿元、300亿元、800亿元。")
    assert _one(facts, "交通领域投资").value == 1200
    assert _one(facts, "水利领域投资").value == 300


def test_co_verbs_keep_their_first_character():
    facts = _facts("120个共建重点项目完成投资530亿元。")
    assert any("共建" in f.metric or "共建" in f.context for f in facts if f.unit == "亿元")


def test_air_quality_units_written_out():
    facts = _facts("PM2.5平均浓度降至28.5微克每立方米。")
    assert _one(facts, "PM2.5").unit == "微克每立方米"


def test_a_figure_whose_words_name_nothing_is_no_fact_and_is_listed_apart():
    """主要做了以下五个方面 counts what follows and 党的二十届 names a congress: neither is a figure of a metric,
    while a threshold written with 以下 (投资1000万元以下的项目) keeps its own."""
    from index.report import ReportText, parse_meta
    from index.sections import split_sections

    text = (
        "某区2024年工作报告\n一、2023年工作回顾\n"
        "过去一年，我们主要做了以下五个方面的工作。深入贯彻党的二十届三中全会精神。"
        "全年实现地区生产总值170亿元，新建投资1000万元以下项目12个。引进人才中35岁以下320人，规模以下企业650家。"
        "实施下列10项工程。\n"
    )
    report = ReportText("t", text, "0" * 64, parse_meta(text))
    unnamed: list = []
    facts = extract_facts(text, split_sections(report), 2024, unnamed)
    assert {(f.metric, f.value) for f in unnamed} == {
        ("我们主要做了以下", 5.0),
        ("深入贯彻党的", 20.0),
        ("实施下列", 10.0),
    }
    assert {320.0, 650.0} <= {f.value for f in facts}
    assert not {f.metric for f in facts} & {f.metric for f in unnamed}
    assert any(f.value == 170 for f in facts) and any(f.value == 12 and f.unit == "个" for f in facts)


def test_the_words_after_a_list_mark_are_the_next_figures_own():
    # 万亿元台阶 closes the 4's words; the 14.2 and its growth are of 地区生产总值, named before both
    facts = _facts("地区生产总值连续迈上3个千亿元台阶、达5120亿元、年均增长6.1%。")
    level = next(f for f in facts if f.value == 5120)
    assert level.metric == "地区生产总值" and level.unit == "亿元"
    assert next(f for f in facts if f.value == 6.1).metric == "地区生产总值"


def test_a_figure_whose_own_words_are_a_plans_adverb_takes_the_noun_after_its_de():
    facts = _facts("努力完成3000户的改造任务，加快配套建设。", heading="二、2021年工作安排")
    fact = next(f for f in facts if f.value == 3000)
    assert fact.metric == "改造任务" and fact.unit == "户"


def test_a_place_right_after_a_growth_is_the_growths():
    """地区生产总值增长6.0%、全省第二: the growth is second in the province, not the level."""
    facts = _facts("全市地区生产总值增长6.0%、全省第二，总量达到4773.3亿元。")
    ranks = [f for f in facts if f.aspect == "rank"]
    assert [(r.value, r.metric) for r in ranks] == [(2, "地区生产总值增速")]


def test_a_run_in_heading_inside_a_paragraph_heads_the_sentences_after_it():
    """…区域协调发展。雄安新区建设发展成效显著。重点片区…完成投资1104亿元: the short sentence of no figure heads
    the figures after it in its paragraph."""
    facts = _facts(
        "区域协调发展迈出新步伐。推动京津冀协同发展走深走实。雄安新区建设发展成效显著。"
        "重点片区和工程建设热火朝天，完成投资1104亿元。"
    )
    invested = _one(facts, "投资")
    assert "雄安新区建设发展成效显著" in invested.lead
