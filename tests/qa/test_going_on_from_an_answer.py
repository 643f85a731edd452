"""Follow-ups that go on from what was just answered — a clause of the passage quoted, the thing it named, a point
inside the item just given, the whole a part belongs to, the figure after a share — on a literal report of our own."""

import pytest

from tests.conftest import talk

REPORT = """某新区2024年工作报告
一、2023年工作回顾
（一）创新能力持续增强
1.专利工作成效明显。全年获专利授权600件，其中发明专利90件。申报各类科技计划项目200项，其中国家级40项。
2.保障房建设加快。全年新开工安置房30万平方米，东湖安置房主体竣工，西岭公租房一期顺利开工。
3.拆迁工作顺利。全年完成拆迁面积40万平方米，同比增长15%。
4.研发园功能凸显。大力推进研发园机构入驻，研发园一期、二期入驻率分别达到90%和70%。
（二）民生保障有力
1.教育事业发展。新开公办幼儿园2家，新建社区卫生服务站3个。
2.城市建设加快。全年新开工房屋建筑面积100万平方米，其中商品房40万平方米。
4.对外交往取得新进展。与北岭市正式建立友好城市关系，获得国际友好城市交流合作奖。
在总结成绩的同时，我们也清醒认识到，新区在发展过程中还存在很多困难和问题。主要是：产业规模不够大，龙头企业少；创新能力还不强。
3.群团工作活跃。深入开展第二轮文明企业创建，积极开展职工文化活动。推动设立总规模50亿元、首期投资20亿元的创新基金。
二、2024年工作安排
（一）重点工作
紧紧围绕“555发展计划”确立的两大任务，强化招商引资、要素保障、作风效能等三大举措。
1、加快科技创新。围绕创新驱动，集聚创新资源。一是加快专利工作。授权专利突破800件，申报科技计划250项以上。二是加快人才工作。新引进各类人才600名，建设人才公寓200套。三是加快平台建设。建设公共技术服务平台3个，完善平台运行机制。
2、加快新城建设。统筹推进新城开发和旧村改造。一是加快保障房建设。开工建设北山安置房二期、西岭公租房二期、南港中学等项目，加快推进东湖农贸市场建设，建成东湖安置房，力争西岭公租房一期完成主体结构。二是加快路网建设。新开工房屋建筑面积120万平方米，其中商品房60万平方米。新建道路10千米，打通断头路2条，确保完成房屋拆迁面积20万平方米，力争完成25万平方米。三是提升研发园品牌。加快研发园三期建设，4幢科研楼全面结顶；加快已引进机构的入驻，研发园一期、二期基本完成机构入驻。
3、加强社会管理。构建共建共治的社会管理格局。一是改善民生服务。新开公办幼儿园3家。二是维护社会稳定。深化矛盾纠纷排查化解。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    """The literal report with the real model: follow-ups go by meaning as well as words."""
    from qa import Bot

    folder = tmp_path_factory.mktemp("new_district")
    report = folder / "district_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _shown(answer) -> str:
    """What an answer says before its 原文 / 出处 lines."""
    return answer.text.split("\n\n")[0]


def test_which_one_after_a_passage_is_the_clause_of_that_passage_that_holds_the_words(bot):
    listed, which = talk(bot, "今年开工哪些保障房项目？", "哪个要建成？")
    assert listed.kind == "passage" and which.kind == "passage", which.text
    clause = _shown(which)
    assert "建成" in clause and clause in listed.text and len(clause) < len(_shown(listed)) / 3, which.text
    assert which.sources and which.sources[0].cited and which.sources[0].text in REPORT


def test_it_after_a_clause_is_the_thing_the_clause_named(bot):
    *_, progress = talk(bot, "今年开工哪些保障房项目？", "哪个要建成？", "它去年什么进度")
    assert progress.kind == "passage" and "2023年" in progress.sources[0].section, progress.text
    assert "东湖安置房" in _shown(progress)  # the thing 建成 named, in the year asked


def test_a_figure_asked_after_a_passage_is_not_taken_for_a_clause(bot):
    # 它的幼儿园呢 names a figure's topic, asked of the figures: never a clause of the passage before
    _, figure = talk(bot, "去年民生方面做了什么", "新开了几家公办幼儿园？")
    assert figure.kind == "number" and figure.value == 2, figure.text


def test_a_place_in_a_deeper_unit_right_after_an_item_is_a_place_inside_it(bot):
    item, point = talk(bot, "重点工作第二项是什么？", "第一点")
    assert item.sources[0].section.endswith("2、加快新城建设"), item.text
    assert point.sources[0].section.startswith(item.sources[0].section + " > 一是"), point.text


def test_a_place_in_a_unit_of_the_same_depth_stays_in_the_same_list(bot):
    _, last = talk(bot, "重点工作第一项讲什么", "倒数第一条呢")
    assert last.sources[0].section.endswith("3、加强社会管理"), last.text


def test_a_point_numbered_in_the_text_under_a_named_item(bot):
    second, last, count = talk(bot, "第一项重点工作的二是什么？", "最后一点", "一共几点？")
    assert second.sources[0].section.endswith("二是加快人才工作"), second.text
    assert last.sources[0].section.endswith("三是加快平台建设"), last.text
    assert count.kind == "number" and count.value == 3, count.text  # the list the last point is in


def test_a_target_asked_after_a_share_is_the_figure_not_the_share_again(bot):
    *_, target = talk(bot, "去年申报了多少科技计划项目", "国家级的呢？", "占比多少？", "今年申报目标？")
    assert target.kind == "number" and target.value == 250, target.text


def test_a_target_the_report_gives_only_for_the_whole_is_the_wholes_said_so(bot):
    *_, target, more = talk(bot, "去年专利授权多少件？", "发明专利呢", "占比多少", "今年目标是多少", "要多多少？")
    assert target.kind == "number" and target.value == 800, target.text
    assert "发明专利" in target.text.splitlines()[0] and "获专利授权" in target.text.splitlines()[0]
    assert more.kind == "number" and more.value == 800 - 600, more.text  # the whole's target over the whole


def test_an_increment_asked_is_the_difference_of_the_two_years(bot):
    *_, increment = talk(bot, "去年专利授权多少件？", "今年目标呢", "增量是多少？")
    assert increment.kind == "number" and increment.value == 200, increment.text


def test_a_passage_asked_after_a_figure_follow_up_keeps_the_figures_topic(bot):
    asked = ("研发园入驻率多少？", "二期的", "今年一期二期要达到什么程度？", "三期呢？", "几幢楼？")
    *_, plan, third, buildings = talk(bot, *asked)
    assert plan.kind == "passage" and "研发园" in _shown(plan), plan.text
    assert "三期" in _shown(third) and "研发园" in _shown(third), third.text
    assert buildings.kind == "number" and (buildings.value, buildings.unit) == (4, "幢"), buildings.text


def test_a_figure_named_anew_is_looked_for_at_its_own_time_when_the_talks_time_has_none(bot):
    _, stations = talk(bot, "今年新引进人才目标是多少？", "新建社区卫生服务站有几个")
    assert stations.kind == "number" and stations.value == 3, stations.text


def test_an_option_chosen_by_the_qualifiers_everyday_word(bot):
    asked, chosen = talk(bot, "今年拆迁面积目标多少？", "保底的那个")
    assert asked.kind == "clarify", asked.text
    assert chosen.kind == "number" and chosen.value == 20, chosen.text  # 保底 is the 确保 figure


def test_the_amount_asked_after_a_growth_is_the_same_metrics_value(bot):
    growth, amount = talk(bot, "去年拆迁面积增长了多少", "绝对值呢？")
    assert growth.kind == "number" and growth.value == 15, growth.text
    assert amount.kind == "number" and amount.value == 40, amount.text


def test_a_place_in_a_unit_below_the_reports_parts_is_counted_in_the_first_parts_list(bot):
    first, third = talk(bot, "第一个方面下面头一条是什么？", "第三条呢")
    assert first.sources[0].section.endswith("（一）创新能力持续增强 > 1.专利工作成效明显"), first.text
    assert third.sources[0].section.endswith("（一）创新能力持续增强 > 3.拆迁工作顺利"), third.text
    parts = talk(bot, "第二部分第一节是什么？")[0]  # a part itself is still counted from the top
    assert parts.sources[0].section.startswith("二、2024年工作安排 > （一）"), parts.text


def test_the_items_under_each_of_a_lists_items_added_up(bot):
    answer = talk(bot, "工作回顾两个方面下面一共有多少条")[0]
    review = REPORT.split("二、2024年工作安排")[0]
    points = [line for line in review.splitlines() if line[:1].isdigit()]  # 1.专利工作成效明显 …
    assert answer.kind == "number" and answer.value == len(points), answer.text


def test_a_share_asked_of_the_figure_just_given_and_again_at_another_time_and_their_points_apart(bot):
    asked = ("去年商品房新开工多少", "占新开工房屋建筑面积的比重？", "今年这个比重呢", "提高了几个百分点")
    figure, share, again, points = talk(bot, *asked)
    assert figure.kind == "number" and figure.value == 40, figure.text
    assert share.kind == "number" and round(share.value, 1) == 40.0 and share.unit == "%", share.text
    assert again.kind == "number" and round(again.value, 1) == 50.0, again.text  # 比重 compares nothing
    assert points.kind == "number" and round(points.value, 1) == 10.0 and points.unit == "个百分点", points.text


def test_a_place_in_a_series_asked_is_its_ordinal_with_the_sentence(bot):
    answer = talk(bot, "文明企业创建是第几轮")[0]
    assert answer.kind == "number" and answer.value == 2 and answer.unit == "轮", answer.text
    assert any("第二轮文明企业创建" in s.text for s in answer.sources if s.cited), answer.text


def test_what_is_left_beside_a_part_of_the_figure_just_given(bot):
    whole, rest = talk(bot, "创新基金总规模多大？", "首期之外还剩多少？")
    assert whole.kind == "number" and whole.value == 50, whole.text
    assert rest.kind == "number" and rest.value == 50 - 20, rest.text


def test_a_figure_named_for_the_opposite_is_no_answer(bot):
    # 新开工安置房30万平方米 shares 安置房 and a sentence with 竣工, but 开工 is not 竣工
    assert talk(bot, "去年安置房竣工了多少平方米？")[0].kind == "none"
    started = talk(bot, "去年安置房新开工了多少平方米？")[0]
    assert started.kind == "number" and started.value == 30, started.text


def test_a_place_in_a_series_counts_nothing(bot):
    answer = talk(bot, "第二轮文明企业创建一共有多少家企业参加？")[0]
    assert answer.kind != "number", answer.text  # 第二轮 is no count of 企业


def test_a_sentence_that_only_leads_in_goes_on_with_what_it_announces(bot):
    done = talk(bot, "对外交往方面有哪些成果？")[0]
    assert done.kind == "passage" and "友好城市" in _shown(done), done.text
    problems = talk(bot, "新区发展中存在哪些问题？")[0]
    assert problems.kind == "passage" and "产业规模不够大" in _shown(problems), problems.text


def test_a_counted_phrase_of_a_quoted_name_the_report_never_spells_out_is_said_to_be_unlisted(bot):
    answer = talk(bot, "“555发展计划”的两大任务具体指什么？")[0]
    assert answer.kind == "none" and "没有列出" in answer.text and "两大任务" in answer.text, answer.text
