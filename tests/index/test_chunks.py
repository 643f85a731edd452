import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.chunks import chunk_sections, split_sentences
from index.report import ReportText, parse_meta, read_report
from index.sections import split_sections


def test_sentences_end_at_chinese_and_ascii_stops_but_not_at_decimal_points():
    text = "实现收入31.2亿元,增长27%;完成投资60.3亿元。新增企业15家！目标如何?"
    assert [s.text for s in split_sentences(text)] == [
        "实现收入31.2亿元,增长27%;",
        "完成投资60.3亿元。",
        "新增企业15家！",
        "目标如何?",
    ]


def test_closing_quote_stays_with_its_sentence():
    assert [s.text for s in split_sentences("提出“稳中求进。”随后推进。")] == ["提出“稳中求进。”", "随后推进。"]


def test_sentence_spans_point_into_the_text_with_offset():
    text = "　第一句。第二句；"
    for sentence in split_sentences(text, offset=100):
        start, end = sentence.span
        assert text[start - 100 : end - 100] == sentence.text


@given(st.text(alphabet="甲乙丙丁。；;!?！？,，12.\n \u3000", max_size=200))
def test_sentences_cover_every_visible_character_in_order(text):
    sentences = split_sentences(text)
    assert all(text[s.span[0] : s.span[1]] == s.text for s in sentences)
    assert all(a.span[1] <= b.span[0] for a, b in zip(sentences, sentences[1:], strict=False))
    covered = {i for s in sentences for i in range(*s.span)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def _long_report() -> ReportText:
    body = "".join(f"第{i}项工作完成投资{i}亿元,同比增长{i}%。" for i in range(1, 41))
    text = f"某区工作报告\n一、2015年工作回顾\n(一)投资\n{body}\n"
    return ReportText("t", text, "0" * 64, parse_meta(text))


def test_long_sections_split_into_overlapping_chunks_of_whole_sentences():
    report = _long_report()
    chunks = chunk_sections(report.text, split_sections(report), max_chars=120, overlap=1)
    assert len(chunks) > 3
    sentences = {s.text for s in split_sentences(report.text)}
    for chunk in chunks:
        assert report.text[chunk.span[0] : chunk.span[1]] == chunk.text
        assert all(s.text in sentences for s in split_sentences(chunk.text))
        assert len(chunk.text) <= 120
        assert chunk.section_path == ("一、2015年工作回顾", "(一)投资")
    for a, b in zip(chunks, chunks[1:], strict=False):
        assert split_sentences(a.text)[-1].text == split_sentences(b.text)[0].text


def test_chunk_settings_are_checked():
    report = _long_report()
    with pytest.raises(ValueError, match="max_chars"):
        chunk_sections(report.text, split_sections(report), max_chars=0)


def test_every_chunk_of_the_bundled_report_carries_path_and_period():
    from qa.config import bundled_report

    report = read_report(bundled_report())
    chunks = chunk_sections(report.text, split_sections(report))
    body = [c for c in chunks if c.section_path[0] != "引言"]
    assert body and all(c.period is not None for c in body)
    assert {c.period.kind for c in body} == {"result", "plan"}
    assert all(report.text[c.span[0] : c.span[1]] == c.text for c in chunks)
