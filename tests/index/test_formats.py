"""Reports as users have them — text in UTF-8, GB18030 or UTF-16 (with and without a BOM), Markdown, Word, PDF
with a text layer and a saved web page — read into the same report text; a scanned PDF refused plainly; the kind
told by content, not name. The fixtures are real files made from the bundled report's opening
(tests/fixtures/formats/make.py)."""

import shutil
from pathlib import Path

import pytest

from index.errors import ReportError
from index.formats import kind_of
from index.report import read_report

FORMATS = Path(__file__).parents[1] / "fixtures" / "formats"
TITLE = "宁波国家高新区2011年工作总结和2012年工作安排报告"
FILES = [
    "report_gb18030.txt",
    "report_utf16.txt",
    "report_utf16le_nobom.txt",
    "report.md",
    "report.docx",
    "report.pdf",
    "report.html",
]


@pytest.mark.parametrize("name", FILES)
def test_every_format_reads_into_the_reports_lines(name):
    report = read_report(FORMATS / name)
    lines = report.text.splitlines()
    assert report.meta.title == TITLE and report.meta.year == 2012, report.meta
    assert "一、2011年工作总结" in lines, lines[:12]  # a heading stays a line of its own (no # left from Markdown)
    # a paragraph stays one line, however a PDF page wrapped it
    assert any(line.startswith("2011年,全区实现地区生产总值170亿元") and line.endswith("试点单位。") for line in lines)


def test_a_saved_web_page_keeps_its_article_and_drops_the_page_around_it():
    report = read_report(FORMATS / "report.html")
    for leftover in ("首页", "政务公开", "字号", "分享", "微博", "图为会议现场", "版权所有", "网站地图"):
        assert leftover not in report.text, leftover
    assert dict(report.meta.fields).get("来源") == "区办公室", report.meta.fields


@pytest.mark.parametrize(("name", "kind"), [("report.pdf", "pdf"), ("report.docx", "docx"), ("report.html", "html")])
def test_the_kind_is_told_by_content_not_by_name(tmp_path, name, kind):
    misnamed = tmp_path / "report.txt"
    shutil.copy(FORMATS / name, misnamed)
    assert kind_of(misnamed.read_bytes(), misnamed.suffix) == kind
    assert read_report(misnamed).meta.title == TITLE


def test_a_scanned_pdf_says_it_has_no_text():
    with pytest.raises(ReportError, match="扫描件"):
        read_report(FORMATS / "scanned.pdf")


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"%PDF-1.4\nnot really a pdf", "PDF"), (b"PK\x03\x04broken zip", "docx"), (b"\xff\xd8\xff\xe0JFIF", "UTF-8")],
)
def test_a_broken_file_is_refused_with_what_to_do(tmp_path, content, message):
    path = tmp_path / "report.bin"
    path.write_bytes(content)
    with pytest.raises(ReportError, match=message):
        read_report(path)


@pytest.fixture(scope="module")
def bots(tmp_path_factory, real_bot):
    from qa import Bot

    def bot(name: str):
        folder = tmp_path_factory.mktemp(name.replace(".", "_"))
        return Bot(report=FORMATS / name, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)

    return bot


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "report.html"])
def test_a_figure_is_answered_from_a_report_of_any_format(bots, name):
    answer = bots(name).ask("2011年地区生产总值是多少？", [])
    assert (answer.kind, answer.value, answer.unit) == ("number", 170, "亿元"), answer.text
    assert "一、2011年工作总结" in answer.text, answer.text  # its section, as the report numbers it


def test_an_upload_is_kept_once_under_its_content_in_the_folder_given(tmp_path):
    from index.uploads import store_upload

    raw = (FORMATS / "report.docx").read_bytes()
    first = store_upload(raw, "我的报告.txt", tmp_path / "uploads")  # misnamed: stored as what it is
    again = store_upload(raw, "copy.docx", tmp_path / "uploads")
    assert first == again and first.suffix == ".docx" and first.parent == tmp_path / "uploads"
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [first.name]


@pytest.mark.parametrize(
    ("raw", "message"),
    [(b"", "空"), (b"x" * (20 * 1024 * 1024 + 1), "20 MB"), ((FORMATS / "scanned.pdf").read_bytes(), "扫描件")],
)
def test_an_upload_that_cannot_be_a_report_is_refused_in_chinese(tmp_path, raw, message):
    from index.uploads import store_upload

    with pytest.raises(ReportError, match=message):
        store_upload(raw, "report.pdf", tmp_path)
    assert not any(tmp_path.iterdir())
