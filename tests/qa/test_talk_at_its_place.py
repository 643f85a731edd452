"""Talk that stays where it is: a bare word read in the section the talk is at, an item pointed at by the list it
is in, a figure pointed at by 这个数, an option chosen by a short reply, a follow-up past a refused question, which
way two figures differ, and counted phrases whose items the report never lists — on a literal report of our own
with the real model."""

import pytest

from tests.conftest import talk

REPORT = """某科技城2021年工作总结和2022年工作计划
一、2021年工作总结
全年实现地区生产总值240亿元，同比增长18%；完成财政一般预算收入40亿元，同比增长12%。
（一）产业发展
1、骨干企业壮大。新增产值亿元企业12家，全区亿元以上企业达64家，其中10亿元以上8家、50亿元以上2家、100亿元以上1家。全年协议引进内外资总额90亿元，实际引进内外资总额61亿元。
2、拆迁安置。全年完成拆迁面积38.5万平方米，完成企业拆迁31家。
3、创业孵化。嵌入式软件孵化器成为全市首批专业孵化器，成功举办第五届创业大赛。新引进创业企业120家，新增销售收入超1000万元的企业20家。新引进各类研发及检测机构35家。
4、作风建设。积极开展“两学一做”学习活动，扎实开展五项专题行动，难题破解率达100%。
（二）社会事业
1、教育事业加快发展。新建幼儿园3所。
2、就业工作稳步开展。新增就业岗位5000个。
3、社会治理不断深化。推行网格化管理。
在肯定成绩的同时，我们也认识到工作中还存在一些不足：创新能力还不够强，产业集聚度不高。
二、2022年工作计划
（一）主要目标
实现地区生产总值280亿元，同比增长16.7%；财政一般预算收入46亿元；协议引进内外资总额80亿元，实际引进内外资总额66亿元。确保完成房屋拆迁面积22万平方米，力争完成28万平方米。着力推进园区扩容、品牌提升、老城改造、民生保障等八项工作。
（二）重点工作
1、加快总部基地建设。基本完成总部楼宇招商，力争产值突破35亿元。
2、做强软件园。一是加快软件园三期建设，力争年内结顶。二是加快企业引进，新引进软件企业40家以上，其中上市企业2家以上；全年实现软件产值突破18亿元，增长25%以上。三是加快品牌创建。
3、建设孵化基地。加快建成“孵化园”和“加速园”两个园区。一是完成孵化器二期的规划选址，力争年底前开工建设。二是办好创业大赛。三是完善创业导师制度。
4、改善城市环境。推进河道整治。
5、提升研发园。再引进研发及检测机构20家以上。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("talk_place")
    report = folder / "city_2022.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


@pytest.mark.parametrize(
    "question",
    ["协议引进内外资总额今年目标比去年是多还是少？差多少？", "协议引进内外资总额今年目标比去年多了还是少了"],
)
def test_which_way_two_figures_differ_is_their_difference(bot, question):
    answer = bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", 10.0, "亿元")
    assert "协议引进内外资总额" in answer.text and "实际" not in answer.text.split("\n")[0]


def test_which_way_asked_after_talk_of_another_figure_keeps_the_metric_named(bot):
    answers = talk(bot, "去年实际引进内外资总额是多少？", "协议那块今年目标比去年是多还是少？差多少？")
    assert answers[0].value == 61.0
    assert (answers[1].kind, answers[1].value) == ("number", 10.0)  # 90 − 80, not 80 − 61


def test_a_qualifier_chosen_by_a_short_reply_is_the_figure_the_talk_goes_on_with(bot):
    asked, chosen, less = talk(bot, "今年拆迁面积目标是多少", "按保底的算", "比去年少了多少？")
    assert asked.kind == "clarify"
    assert (chosen.value, chosen.unit) == (22.0, "万平方米")
    assert (less.kind, less.value, less.unit) == ("number", 16.5, "万平方米")  # 38.5 − 22
    history = [("今年拆迁面积目标是多少", asked.text), ("按保底的算", chosen.text)]
    query = bot.understand("比去年少了多少？", history)
    assert query.qualifiers == ("确保",)  # the option chosen, in the report's word
    assert "保底" not in query.parts[0].metric  # a chooser's word names no metric


def test_a_bare_word_is_read_in_the_section_the_talk_is_at(bot):
    answers = talk(bot, "软件园今年要新引进多少家软件企业？", "其中上市企业呢", "产值定了多少？", "要增长多少？")
    assert [a.value for a in answers] == [40.0, 2.0, 18.0, 25.0]
    assert bot.ask("产值定了多少？").value == 35.0  # asked alone: the figure the report names so


def test_this_item_of_a_list_is_the_item_the_talk_is_at(bot):
    first, count = talk(bot, "孵化园、加速园两个园区分别叫什么？", "这一项重点工作下面分几点？")
    assert "加速园" in first.text
    assert (count.kind, count.value) == ("number", 3.0)
    assert "建设孵化基地" in count.text


def test_a_follow_up_after_a_refused_question_goes_on_from_the_figure_before(bot):
    answers = talk(bot, "产值过亿的企业有几家？", "百亿级别的有几家", "是哪一家？", "那50亿以上的呢？")
    assert [a.value for a in answers[:2]] == [64.0, 1.0]
    assert answers[2].kind == "none"
    assert (answers[3].kind, answers[3].value, answers[3].unit) == ("number", 2.0, "家")


def test_a_plan_asked_is_not_of_the_results_year_the_talk_was_at(real_bot):
    """On the bundled report, whose results year speaks of the same incubators."""
    *_, plan = talk(real_bot, "去年哪些孵化器成了专业孵化器？", "去年办了哪些比赛", "加速器二期准备什么时候开工？")
    assert plan.kind == "passage" and plan.sources[0].section.startswith("二、2012年")
    assert "加速器二期" in plan.text


@pytest.mark.parametrize(("pointer", "value"), [("这个数", 16.4), ("这", 16.4)])
def test_the_figure_just_given_pointed_at_in_a_share(bot, pointer, value):
    _, share = talk(bot, "今年财政一般预算收入计划多少？", f"{pointer}占今年GDP目标的比重是多少？")
    assert (share.kind, share.value, share.unit) == ("number", value, "%")  # 46 ÷ 280


def test_a_counted_phrase_whose_items_the_report_never_lists_is_said_so(bot):
    answer = bot.ask("五项专题行动是哪五项？")
    assert answer.kind == "none" and "五项专题行动" in answer.text and answer.sources
    listed_some = bot.ask("八项工作是哪八项？")  # 园区扩容、…等八项工作: some are named
    assert listed_some.kind != "none"


def test_words_after_a_counted_phrase_are_no_part_of_it(bot):
    answer = bot.ask("“两学一做”里的五项专题行动又指什么")
    assert answer.kind == "none" and "“五项专题行动”" in answer.text


def test_a_part_named_with_a_count_frame_lists_its_items(bot):
    listed, second = talk(bot, "社会事业那部分列了哪几点？", "第二点是哪个")
    assert listed.kind == "list" and "教育事业加快发展" in listed.text and "社会治理不断深化" in listed.text
    assert "就业工作稳步开展" in second.text


def test_a_tie_goes_to_the_thing_the_talk_is_about_at_the_time_now_asked(bot):
    plan, before = talk(bot, "今年研发机构再引多少家？", "去年引进了多少家")
    assert (plan.value, before.value) == (20.0, 35.0)  # not the 120 创业企业 also 引进 in 2021


def test_naming_the_year_the_talk_is_at_keeps_the_figure_it_quoted(bot):
    total, new = talk(bot, "产值过亿的企业有几家？", "去年新冒出来几家？")
    assert total.value == 64.0
    assert (new.kind, new.value) == ("number", 12.0)  # of the sentence just quoted, not 新增销售收入超1000万元的企业


def test_a_run_of_items_from_either_end_of_a_list(bot):
    first, last = talk(bot, "重点工作的前两项是哪些？", "后两项呢")
    query = bot.understand("重点工作的前两项是哪些？")
    assert (query.position.ask, query.position.run) == ("every", 2)
    assert first.kind == "list" and first.options == ("加快总部基地建设", "做强软件园")
    assert last.kind == "list" and last.options == ("改善城市环境", "提升研发园")
    assert bot.understand("前两个月产值增长多少").position is None  # a span of time, no run of items


def test_a_bare_word_after_a_passage_is_not_read_in_its_section(bot):
    passage, figure = talk(bot, "软件园三期今年要建到什么程度？", "产值定了多少？")
    assert passage.kind == "passage" and "结顶" in passage.text
    assert figure.value == 35.0  # the figure named so; the passage quoted no figure of the section


def test_a_heading_asked_by_its_own_bracketed_number(bot):
    count, listed = talk(bot, "第一部分的(一)下面有几条？", "把这几条的小标题列一下")
    assert (count.kind, count.value) == ("number", 4.0)  # 骨干企业壮大 … 作风建设, not the part's two headings
    assert listed.kind == "list" and "骨干企业壮大" in listed.text and "社会事业" not in listed.text


@pytest.mark.parametrize("again", ["全部列出来", "各块的名称", "都是什么"])
def test_every_item_asked_after_a_count(bot, again):
    count, listed = talk(bot, "2022年工作计划下面分几块？", again)
    assert (count.kind, count.value) == ("number", 2.0)
    assert listed.kind == "list" and "主要目标" in listed.text and "重点工作" in listed.text


def test_a_passage_question_is_answered_at_the_talks_year(bot):
    """孵化器 is written in both years' parts: alone the plan's sentence answers, after talk of 2021 the 2021 part."""
    assert bot.ask("孵化器有什么进展").sources[0].section.startswith("二、2022年")
    _, said = talk(bot, "去年开展了什么学习活动？", "孵化器有什么进展")
    assert said.kind == "passage" and said.sources[0].section.startswith("一、2021年")
    assert "首批专业孵化器" in said.text


def test_a_quoted_counted_phrase_pointed_at_after_a_passage_is_its_own_question(bot):
    _, asked = talk(bot, "去年开展了什么学习活动？", "这个“五项专题行动”具体指什么")
    assert asked.kind == "none" and "五项专题行动" in asked.text  # the report never lists them


def test_shortcomings_asked_in_everyday_words(bot):
    answer = bot.ask("报告承认工作里有哪些短板？")
    assert answer.kind == "passage" and "创新能力还不够强" in answer.text


@pytest.mark.parametrize("question", ["孵化器还要做什么", "孵化器打算怎么建"])
def test_a_plan_asked_without_a_year_stays_with_the_plan_after_talk_of_results(bot, question):
    _, said = talk(bot, "去年开展了什么学习活动？", question)
    assert said.kind == "passage" and said.sources[0].section.startswith("二、2022年")


def test_the_understood_line_says_a_shortfall_as_asked(bot):
    from qa.conversation import render

    assert render(bot.understand("今年财政一般预算收入目标比去年少了多少？"), bot.parser).endswith("少多少？")
    assert render(bot.understand("今年财政一般预算收入目标比去年多了多少？"), bot.parser).endswith("多多少？")
