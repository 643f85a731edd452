from index.coverage import uncovered_numbers
from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections
from qa.config import bundled_report


def _gaps(path):
    report = read_report(path)
    sections = split_sections(report)
    body = min(a for s in sections for a, _ in s.spans)
    return uncovered_numbers(report.text, extract_facts(report.text, sections), body)


def test_every_number_of_the_bundled_report_is_a_fact_or_explained():
    gaps = _gaps(bundled_report())
    unexplained = [g for g in gaps if g.reason == "未识别"]
    assert unexplained == []
    assert {"标题编号", "日期或年份"} <= {g.reason for g in gaps}
    assert len(gaps) < 100


def test_genre_fixture_numbers_are_facts_or_explained(county_report):
    gaps = _gaps(county_report)
    assert [g for g in gaps if g.reason == "未识别"] == []
