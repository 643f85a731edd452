"""The jieba dictionary cut to a report's characters cuts the report exactly as the whole dictionary does."""

from pathlib import Path

from index.lexicon import text as lexicon_text
from index.tokens import ReportTokenizer, report_dictionary

FIXTURE = Path(__file__).parents[1] / "fixtures" / "county_2024.txt"


def test_the_reports_own_text_is_cut_as_with_the_whole_dictionary(tmp_path: Path):
    report = FIXTURE.read_text("utf-8")
    words = tmp_path / "words.txt"
    lines = report_dictionary([report, lexicon_text()])
    words.write_text("\n".join(lines), "utf-8")
    whole, cut = ReportTokenizer(["地区生产总值"]), ReportTokenizer(["地区生产总值"], dictionary=words)
    assert 1000 < len(lines) < 349_000  # far smaller than jieba's dictionary
    for line in report.splitlines():
        assert cut.tokenize(line) == whole.tokenize(line)
        assert cut.words(line) == whole.words(line)
