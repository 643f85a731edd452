from pathlib import Path

import pytest

from index.errors import ReportError
from index.report import parse_meta, read_report


def test_catalogue_header_gives_title_date_and_publisher():
    text = (
        "索引号: 001/2013-1 主题分类: 政府工作\n发布机构: 县政府办公室\n成文日期: 2013-02-01\n"
        "组配分类: 政府工作报告\n\n东湖区2012年工作总结和2013年工作安排报告\n\n(2013年1月28日)\n"
    )
    meta = parse_meta(text)
    assert meta.title == "东湖区2012年工作总结和2013年工作安排报告"
    assert meta.date == "2013-02-01"
    assert meta.publisher == "县政府办公室"
    assert meta.year == 2013
    assert ("索引号", "001/2013-1") in meta.fields


def test_the_title_page_lines_and_the_date_the_report_was_given():
    text = (
        "成文日期: 2013-02-01\n\n东湖区2012年工作总结和2013年工作安排报告\n\n稳中求进　 进中求优\n"
        "——2013年1月28日在区委全会上\n某区人民政府区长　张某\n\n同志们：\n\n现在，我代表区政府作报告。\n"
    )
    meta = parse_meta(text)
    assert meta.front == ("稳中求进 进中求优", "——2013年1月28日在区委全会上", "某区人民政府区长 张某")
    assert (meta.delivered, meta.date) == ("2013年1月28日", "2013-02-01")


def test_letter_spaced_title_and_speaker_line_without_catalogue(tmp_path: Path):
    text = "政 府 工 作 报 告\n\n--2016年2月3日在某区第十五届人民代表大会第一次会议上\n\n某区人民政府区长　张某\n"
    meta = parse_meta(text)
    assert meta.title == "政府工作报告"
    assert meta.date == "2016-02-03"
    assert meta.publisher == "某区人民政府"


def test_web_page_leftovers_do_not_become_the_title(county_report: Path):
    meta = read_report(county_report).meta
    assert meta.title == "青禾县2024年政府工作报告"
    assert meta.date == "2024-01-20"
    assert meta.publisher == "青禾县人民政府"


def test_gb18030_and_crlf_reports_are_read(tmp_path: Path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("政府工作报告\r\n一、2015年工作回顾\r\n".encode("gb18030"))
    report = read_report(path)
    assert "\r" not in report.text
    assert report.text.startswith("政府工作报告\n")


def test_missing_or_empty_report_says_what_to_pass(tmp_path: Path):
    with pytest.raises(ReportError, match="pass an existing"):
        read_report(tmp_path / "none.txt")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    with pytest.raises(ReportError, match="empty"):
        read_report(tmp_path / "empty.txt")


def test_a_page_that_lost_its_title_takes_no_sentence_or_heading_for_it():
    text = (
        "　—2017年2月11日在某区第十四届人民代表大会第六次会议上\n\n　　某区人民政府代区长 张某\n\n各位代表:\n\n"
        "　　现在,我代表某区人民政府向大会作工作报告,请予审议。\n\n　　一、2016年工作回顾\n\n　　二、2017年工作安排\n"
    )
    meta = parse_meta(text)
    assert "我代表" not in meta.title and "工作安排" not in meta.title, meta.title
    assert "某区人民政府代区长 张某" in meta.front


def test_the_occasion_line_names_the_place_a_bare_title_does_not():
    bare = parse_meta(
        "政府工作报告\n（2026年1月27日在云岭省第十四届人民代表大会第四次会议上）\n省长 李某\n各位代表：\n"
    )
    assert "云岭省" in bare.names
    titled = parse_meta("2026年云岭省政府工作报告\n——2026年1月27日在云岭省第十四届人民代表大会第四次会议上\n")
    assert titled.names.count("云岭省") == 0 and "云岭省" in titled.names[0]
    # the occasion line broken over two lines, as scraped pages often give it
    broken = parse_meta(
        "政府工作报告\n——2026年1月26日在云岭省第十四届\n人民代表大会第五次会议上\n云岭省省长 李某\n各位代表：\n"
    )
    assert "云岭省" in broken.names


def test_folders_devices_and_files_over_the_size_limit_are_refused_unread(tmp_path: Path):
    with pytest.raises(ReportError, match="不是报告文件"):
        read_report(tmp_path)
    with pytest.raises(ReportError, match="不是报告文件"):
        read_report("/dev/zero")  # would be read until memory runs out
    big = tmp_path / "big.txt"
    big.write_text("政府工作报告\n" + "全区实现地区生产总值170亿元。\n" * 2000, "utf-8")
    with pytest.raises(ReportError, match="超过") as refused:
        read_report(big, max_bytes=10_000)
    assert "QA_MAX_REPORT_MB" in str(refused.value) and "\n" not in str(refused.value)
    assert read_report(big, max_bytes=2**20).text.startswith("政府工作报告")


@pytest.mark.parametrize("given", ["nan", "inf", "-5", "0", "二十", "1e400"])
def test_a_size_limit_that_is_no_number_of_megabytes_is_refused_in_one_line(given: str):
    from qa.config import Settings

    with pytest.raises(ReportError, match="QA_MAX_REPORT_MB"):
        Settings.resolve(env={"QA_MAX_REPORT_MB": given})
    assert Settings.resolve(env={"QA_MAX_REPORT_MB": "0.5"}).max_report_bytes == 2**19
    assert Settings.resolve(env={}).max_report_bytes == 20 * 2**20


@pytest.mark.parametrize(
    "text",
    ["没有换行的一行字也没有句号", "hello world, this is not a report\nsecond line\n", "。。。\n，，，\n"],
)
def test_a_text_without_paragraphs_to_answer_from_is_refused_in_one_line(tmp_path: Path, fake_encoder, text: str):
    from index.store import build_index

    path = tmp_path / "not-a-report.txt"
    path.write_text(text, "utf-8")
    with pytest.raises(ReportError, match="没有可以回答问题的正文") as refused:
        build_index(read_report(path), fake_encoder)
    assert "\n" not in str(refused.value)


def test_a_sentence_a_scraped_page_broke_at_its_emphasis_is_read_whole(tmp_path: Path):
    """研发投入强度位居 / 全国第一 / 方阵，…: the pieces a page's markup set apart are one paragraph again, so the
    rank and the sentence around it are read; a heading, a caption before 各位代表：, a short line are left alone."""
    path = tmp_path / "scraped.txt"
    path.write_text(
        "某省2024年政府工作报告\n\n本报记者 张某 摄\n各位代表：\n一、2023年工作回顾\n"
        "工业经济提质增效，高新技术产业增加值增长7.5%，新增国家级专精特新企业62家，特色产业集群数量并列\n全国第一\n"
        "，企业工业设备上云率继续保持\n全国第一\n方阵，河钢氢冶金项目投产，持续改善空气质量，以PM\n2.5\n"
        "治理为重点。\n二、2024年工作安排\n",
        encoding="utf-8",
    )
    lines = read_report(path).text.split("\n")
    assert "各位代表：" in lines and "一、2023年工作回顾" in lines and "二、2024年工作安排" in lines
    joined = [line for line in lines if line.startswith("工业经济")]
    assert joined == [
        "工业经济提质增效，高新技术产业增加值增长7.5%，新增国家级专精特新企业62家，特色产业集群数量并列全国第一，"
        "企业工业设备上云率继续保持"
        "全国第一方阵，河钢氢冶金项目投产，持续改善空气质量，以PM2.5治理为重点。"
    ]


def test_the_place_an_occasion_inside_the_title_line_names_is_the_reports_own():
    """A news copy puts the title, the occasion and the speaker on one line: 全国 of its occasion is still the
    report's own area (全国, 咱们国家 are not a wider area than the report's)."""
    text = (
        "新华社北京3月16日电\n政府工作报告——2017年3月5日在第十二届全国人民代表大会第五次会议上国务院总理　某某\n\n"
        "各位代表：\n一、2016年工作回顾\n"
    )
    assert "全国" in parse_meta(text).names
