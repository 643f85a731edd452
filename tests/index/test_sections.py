from pathlib import Path

from index.periods import Period
from index.report import ReportText, parse_meta, read_report
from index.sections import PREAMBLE, heading_level, split_sections


def _report(text: str) -> ReportText:
    return ReportText("t", text, "0" * 64, parse_meta(text))


SNIPPET = """东湖区2012年工作总结和2013年工作安排报告
(2013年1月8日)
同志们:现在,我代表区管委会作工作报告,请审议。
一、2012年工作总结
2012年,全区实现地区生产总值88亿元,同比增长12%。
(一)产业发展
1、工业提速。完成工业总产值300亿元。
2、服务业壮大。实现服务业收入90亿元;新增企业40家。
二、2013年工作安排
(一)工作目标
1、主要指标。地区生产总值100亿元,同比增长13.6%。
(二)重点工作
加快项目建设。一是抓招商,引进项目20个。二是抓投产,竣工项目15个。
"""


def test_headings_nest_into_paths_with_periods_from_part_headings():
    sections = split_sections(_report(SNIPPET))
    paths = [s.path for s in sections]
    assert ("一、2012年工作总结", "(一)产业发展", "1、工业提速") in paths
    target = next(s for s in sections if s.path[-1] == "1、主要指标")
    assert target.path == ("二、2013年工作安排", "(一)工作目标", "1、主要指标")
    assert target.period == Period(2013, 2013, "plan")
    assert next(s for s in sections if s.path[-1] == "1、工业提速").period == Period(2012, 2012, "result")


def test_a_part_whose_heading_names_no_period_plans_the_year_its_first_sentence_names():
    text = SNIPPET.replace("二、2013年工作安排\n", "二、乘势而上再出发，奋力开创新局面\n2013年是承上启下的关键一年。\n")
    sections = split_sections(_report(text))
    target = next(s for s in sections if s.path[-1] == "1、主要指标")
    assert target.period == Period(2013, 2013, "plan")
    slogan = SNIPPET.replace("二、2013年工作安排\n", "二、乘势而上再出发，奋力开创新局面\n我们要坚定信心。\n")
    part = next(s for s in split_sections(_report(slogan)) if s.path == ("二、乘势而上再出发，奋力开创新局面",))
    assert part.period is None


def test_heading_run_into_paragraph_keeps_its_text():
    text = SNIPPET
    section = next(s for s in split_sections(_report(text)) if s.path[-1] == "2、服务业壮大")
    ((start, end),) = section.spans
    assert text[start:end] == "2、服务业壮大。实现服务业收入90亿元;新增企业40家。"


def test_inline_enumerations_become_child_sections():
    sections = split_sections(_report(SNIPPET))
    children = [s for s in sections if s.path[:-1] == ("二、2013年工作安排", "(二)重点工作")]
    assert [s.heading for s in children] == ["一是抓招商,引进项目20个", "二是抓投产,竣工项目15个"]
    parent = next(s for s in sections if s.path == ("二、2013年工作安排", "(二)重点工作"))
    ((start, end),) = parent.spans
    assert SNIPPET[start:end] == "加快项目建设。"


def test_preamble_keeps_prose_and_drops_title_and_date_lines():
    sections = split_sections(_report(SNIPPET))
    assert sections[0].path == (PREAMBLE,)
    ((start, end),) = sections[0].spans
    assert SNIPPET[start:end].startswith("同志们:现在")


def test_full_width_brackets_and_numbering_are_headings():
    assert heading_level("（三）民生事业全面进步。新建幼儿园4所") == 2
    assert heading_level("(三)民生") == 2
    assert heading_level("１．新建农村公路") == 3
    assert heading_level("（2）完成改造") == 3
    assert heading_level("十二、加强自身建设") == 1
    assert heading_level("2012年,全区实现") is None
    assert heading_level("1.5亿元用于") is None


def test_genre_fixture_with_web_leftovers_and_full_width_punctuation(county_report: Path):
    report = read_report(county_report)
    sections = split_sections(report)
    texts = "".join(report.text[a:b] for s in sections for a, b in s.spans)
    assert "字号" not in texts and "来源" not in texts
    tops = {s.path[0] for s in sections}
    assert {"一、2023年工作回顾", "二、2024年工作安排"} <= tops
    industry = next(s for s in sections if s.path[-1].startswith("（一）工业经济稳中有进"))
    assert industry.period == Period(2023, 2023, "result")
    assert any(s.path[-1].startswith("一是技改投资持续增长") for s in sections)
    assert any(s.path[-1].startswith("1.新建改建农村公路") for s in sections)
    plan = next(s for s in sections if s.path[-1].startswith("（一）全力扩大有效投资"))
    assert plan.period == Period(2024, 2024, "plan")


def test_a_report_without_a_date_is_of_the_latest_year_its_title_names():
    assert parse_meta("某园区2024年工作报告\n一、2023年工作回顾\n").year == 2024
    assert parse_meta("某区2011年工作总结和2012年工作安排报告\n一、2011年工作总结\n").year == 2012
    assert parse_meta("某区工作报告\n（2012年1月12日）\n一、回顾\n").year == 2012  # the date line first


def test_points_and_bracketed_numbers_nest_under_a_numbered_item():
    text = (
        "某区2024年工作报告\n一、2023年工作回顾\n（一）产业发展\n1.加快园区建设。\n一是建成大楼。\n二是引进企业。\n"
        "2.加快招商。\n（1）招商活动。\n（2）项目落地。\n一是签约。\n（二）城市建设\n一是新建道路。\n"
    )
    paths = [s.path for s in split_sections(_report(text))]
    assert ("一、2023年工作回顾", "（一）产业发展", "1.加快园区建设", "二是引进企业") in paths
    assert ("一、2023年工作回顾", "（一）产业发展", "2.加快招商", "（2）项目落地", "一是签约") in paths
    # a point straight under a section stands where a numbered item would
    assert ("一、2023年工作回顾", "（二）城市建设", "一是新建道路") in paths


UNNUMBERED = """2026年某省政府工作报告
——2026年1月20日在某省第十四届人民代表大会第四次会议上
各位代表：
现在，我代表省人民政府，向大会报告工作。
“十四五”时期工作回顾
五年来，全省地区生产总值年均增长5.8%。2025年，城镇新增就业31.7万人。
“十五五”时期的主要目标任务
到2030年，森林覆盖率达到13.5%。
2026年重点工作
（一）扩大有效投资
全年实施重大项目3600个左右。
一、我们的体会
全省上下团结一心。
2026年重点工作回顾
这一行在编号的部分之后，不再是部分标题。
"""


def test_a_line_naming_a_time_and_a_review_or_plan_heads_an_unnumbered_part():
    sections = split_sections(_report(UNNUMBERED))
    review = next(s for s in sections if s.path == ("“十四五”时期工作回顾",))
    assert review.period == Period(2021, 2025, "result")
    goals = next(s for s in sections if s.path == ("“十五五”时期的主要目标任务",))
    assert goals.period == Period(2026, 2030, "plan")
    projects = next(s for s in sections if s.path[-1] == "（一）扩大有效投资")
    assert projects.path == ("2026年重点工作", "（一）扩大有效投资")
    assert projects.period == Period(2026, 2026, "plan")
    # after a numbered part, such a line is the text's own, no part
    assert not any(s.path[0] == "2026年重点工作回顾" for s in sections)
