"""Changes written with both ends and their years, levels after a change, units per month and of energy, the
places a report writes, and BM25 scores read without bm25s — on genre-style sentences of our own."""

import subprocess
import sys

import bm25s
import numpy as np

from index.bm25_scores import Bm25Scores
from index.facts import extract_facts
from index.report import ReportText, parse_meta
from index.sections import split_sections
from index.tokens import ReportTokenizer, place_words

_REVIEW = "一、2025年和“十四五”时期工作回顾"


def _facts(body: str, heading: str = _REVIEW):
    text = f"某省政府工作报告\n{heading}\n{body}\n"
    report = ReportText("t", text, "0" * 64, parse_meta(text))
    return [(f.metric, f.value, f.unit, f.year) for f in extract_facts(text, split_sections(report), 2026)]


def test_a_change_from_one_named_year_to_another_gives_both_years():
    facts = _facts("（一）民生。常住人口城镇化率从2020年的50.1%提升到2025年的55.6%。")
    assert ("常住人口城镇化率", 50.1, "%", 2020) in facts
    assert ("常住人口城镇化率", 55.6, "%", 2025) in facts


def test_changes_listed_with_their_ends_pair_in_order():
    facts = _facts("（一）民生。城乡低保平均标准分别从2020年的600元/月、4000元/年提高到2025年的750元/月、7000元/年。")
    assert ("城镇低保平均标准", 600.0, "元/月", 2020) in facts
    assert ("农村低保平均标准", 4000.0, "元/年", 2020) in facts
    assert ("城镇低保平均标准", 750.0, "元/月", 2025) in facts
    assert ("农村低保平均标准", 7000.0, "元/年", 2025) in facts


def test_the_level_after_a_change_is_of_the_thing_not_of_its_change():
    facts = _facts("（一）民生。全省人均预期寿命较2020年提高1.5岁、达到80.1岁。")
    assert ("人均预期寿命", 80.1, "岁", None) in facts


def test_a_merger_is_a_change_with_both_ends():
    facts = _facts("（一）改革。省属重点国企由40家整合至25家。")
    assert ("省属重点国企", 40.0, "家", 2020) in facts and ("省属重点国企", 25.0, "家", 2025) in facts


def test_energy_units_make_figures():
    assert ("动力电池产能", 40.0, "GWh", None) in _facts("（一）产业。动力电池产能达40GWh，新能源汽车产量突破20万辆。")


def test_places_are_the_report_s_own_words_tagged_as_places():
    places = place_words("推动济南、青岛两个都市圈协同发展，城市更新加快。")
    assert {"济南", "青岛"} <= places and "城市" not in places  # 城市 is tagged a place but names none
    tokenizer = ReportTokenizer(own_names=["山东省人民政府"], places=["济南", "山东"])
    assert tokenizer.places == {"济南"}  # the report's own place is not another place


def test_bm25_scores_are_the_ones_bm25s_gives_and_need_no_scipy(tmp_path):
    corpus = [["地区", "生产总值", "增长"], ["服务业", "收入", "增长", "增长"], ["软件", "园区", "企业"]]
    built = Bm25Scores.build(corpus)
    built.save(tmp_path / "bm25")
    library = bm25s.BM25.load(str(tmp_path / "bm25"))
    loaded = Bm25Scores.load(tmp_path / "bm25")
    for query in (["增长"], ["服务业", "增长"], ["企业", "未知"], ["未知"]):
        assert np.allclose(loaded.get_scores(query), library.get_scores(query))
    code = "import sys; import index.bm25_scores, index.store; print('scipy' in sys.modules, 'bm25s' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.split() == ["False"] * 2
