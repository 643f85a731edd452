"""Follow-ups merge into the earlier `Query` slot by slot; the conversation is state, never rewritten text."""

import pytest

from index.tokens import ReportTokenizer
from qa.conversation import Conversation, follow
from qa.parse import QueryParser

PARSER = QueryParser(
    ReportTokenizer(["地区生产总值", "财政一般预算收入", "科技计划项目", "入驻率"], own_names=["某某高新区"]), 2012
)


def understood(*questions: str):
    conversation = Conversation()
    for question in questions:
        conversation = follow(conversation, PARSER.parse(question), PARSER)
    return conversation.queries[-1]


def test_a_new_year_replaces_the_year_and_keeps_the_metric():
    query = understood("2011年地区生产总值是多少？", "那2012年呢？")
    assert (query.years, query.metric, query.aspect) == ((2012,), "地区生产总值", "value")


def test_a_shift_in_time_counts_from_the_year_asked_before():
    assert understood("2012年地区生产总值目标是多少？", "换成上一年呢").years == (2011,)
    query = understood("2011年财政一般预算收入是多少", "次年打算做到多少")
    assert (query.years, query.kind, PARSER.own_words(query.metric)) == ((2012,), "target", ["财政一般预算收入"])


def test_a_shift_word_said_again_with_a_new_metric_or_aspect_keeps_the_year_reached():
    again = understood("2012年财政一般预算收入目标是多少？", "上一年实际完成多少", "上一年地区生产总值呢")
    assert again.years == (2011,)
    moved = understood("2011年地区生产总值是多少？", "次年的目标是多少", "次年的目标增速")
    assert (moved.years, moved.aspect) == ((2012,), "growth")


def test_a_new_aspect_keeps_the_metric_and_year():
    query = understood("2011年地区生产总值是多少？", "涨幅呢")
    assert (query.years, query.aspect, query.metric) == ((2011,), "growth", "地区生产总值")


def test_a_new_kind_asks_the_value_not_the_earlier_growth():
    query = understood("2011年地区生产总值同比增长多少？", "今年目标呢")
    assert (query.years, query.kind, query.aspect) == ((2012,), "target", "value")


def test_a_result_after_a_target_drops_the_target():
    query = understood("2012年地区生产总值目标是多少？", "那去年实际完成得怎样")
    assert (query.years, query.kind) == ((2011,), "result")


def test_a_comparison_with_another_year_keeps_the_kind_asked_before():
    query = understood("2012年财政一般预算收入目标是多少？", "比去年多多少？")
    assert (query.years, query.kind, query.operation, query.time.compared) == ((2012,), "target", "difference", True)
    assert query.text == "2012年财政一般预算收入目标比2011年多多少？"


def test_two_phases_compared_are_the_earlier_metric_at_each_phase():
    query = understood("研发园入驻率多少？", "一期比二期高几个百分点")
    assert query.operation == "difference" and query.filter.phase is None
    assert [p.metric for p in query.parts] == ["一期 研发园入驻率", "二期 研发园入驻率"]


def test_a_narrower_level_is_a_part_of_the_earlier_metric():
    query = understood("2011年申报科技计划项目多少项？", "其中国家级呢？")
    assert (query.filter.level, query.years, query.wants) == ("国家级", (2011,), "figure")


def test_the_understood_question_says_the_filter_a_follow_up_set():
    query = understood("2011年申报了多少科技计划项目？", "国家级的呢？")
    assert "国家级" in query.text and "科技计划项目" in query.text, query.text


def test_another_phase_takes_the_earlier_phases_place():
    query = understood("研发园一期入驻率多少？", "二期呢？")
    assert query.filter.phase == "二期" and "二期" in query.metric and "一期" not in query.metric


def test_another_metric_keeps_the_year_kind_and_growth():
    query = understood("2012年地区生产总值目标增长多少？", "那财政一般预算收入呢？")
    assert (query.years, query.kind, query.aspect, query.metric) == (
        (2012,),
        "target",
        "growth",
        "财政一般预算收入",
    )


def test_a_correction_replaces_the_metric():
    query = understood("2011年地区生产总值是多少？", "不对，我问的是财政一般预算收入")
    assert (query.metric, query.years) == ("财政一般预算收入", (2011,))


def test_a_correction_of_time_and_kind_keeps_the_metric():
    query = understood("去年财政一般预算收入有多少", "不对，我问的是今年的目标")
    assert (query.metric, query.years, query.kind) == ("财政一般预算收入", (2012,), "target")


@pytest.mark.parametrize("question", ["那要比去年多出多少亿", "比去年高出多少", "比上一年差了多少", "要多收多少"])
def test_words_of_a_difference_are_not_a_new_metric(question):
    query = understood("2012年财政一般预算收入目标是多少？", question)
    assert (query.operation, query.metric) == ("difference", "财政一般预算收入")


def test_an_aspect_after_a_difference_asks_the_aspect_of_the_figure():
    query = understood("去年财政一般预算收入多少", "今年呢？", "要多收多少", "目标增速")
    slots = (query.operation, query.aspect, query.kind, query.metric)
    assert slots == ("lookup", "growth", "target", "财政一般预算收入")


def test_a_question_standing_alone_is_not_merged():
    query = understood("2011年地区生产总值是多少？", "2012年财政一般预算收入目标是多少？")
    assert (query.years, query.kind, PARSER.own_words(query.metric)) == ((2012,), "target", ["财政一般预算收入"])


def test_a_passage_follow_up_keeps_the_earlier_topic():
    query = understood("2011年高新区获得了哪些国家级荣誉？", "研发园呢")
    # the earlier question is context for the follow-up's own words, not words of its own
    assert query.wants == "passage" and "荣誉" in query.topic and query.words == "研发园呢"


@pytest.mark.parametrize(("reply", "choice"), [("第二个", 2), ("第一个吧", 1), ("最后一个", -1)])
def test_a_reply_to_an_ask_back_chooses_by_position(reply, choice):
    assert PARSER.parse(reply).lean.choice == choice


def test_a_reply_to_an_ask_back_chooses_by_words():
    assert PARSER.parse("力争的那个").lean.chooser == "力争"


def _steps(query):
    assert query.position is not None
    return [(s.years, s.index) if s.index is not None else (s.years, s.words) for s in query.position.path]


def test_structure_follow_ups_keep_the_list_or_go_into_the_item():
    third = understood("2011年工作总结分几个方面？", "第三个是什么")
    assert third.position.ask == "item" and _steps(third) == [((2011,), "工作总结"), ((), 3)]
    below = understood("2011年工作总结分几个方面？", "第三个是什么", "它下面分几点")
    assert below.position.ask == "count" and _steps(below) == [((2011,), "工作总结"), ((), 3)]
    last = understood("2011年工作总结分几个方面？", "第三个是什么", "它下面分几点", "最后一点呢")
    assert last.position.ask == "item" and _steps(last) == [((2011,), "工作总结"), ((), 3), ((), -1)]


def test_a_place_after_an_item_is_its_sibling_unless_it_points_into_it():
    sibling = understood("2012年工作举措有几条", "第三条呢", "第四条")
    assert _steps(sibling) == [((2012,), "工作举措"), ((), 4)]
    inside = understood("去年总结分了几个方面", "最后一个是什么", "它下面第二点呢")
    assert _steps(inside) == [((2011,), "总结"), ((), -1), ((), 2)]
    below = understood("重点工作第8条是什么", "下面第三点讲啥")
    assert _steps(below) == [((), "重点工作"), ((), 8), ((), 3)]


def test_a_structure_question_naming_its_own_heading_is_not_merged():
    query = understood("重点工作第7条是什么", "其中资本特区排第几点")
    position = query.position
    assert query.wants == "structure" and position.ask == "place" and position.item == "其中资本特区"
    assert _steps(query) == []


def test_a_place_after_a_place_answer_goes_into_the_item_answered():
    cited = "二、2012年工作安排 > (三)重点工作 > 4、进一步提升研发园品牌影响力"
    conversation = follow(Conversation(), PARSER.parse("讲研发园的是第几项重点工作？"), PARSER, f"…\n\n出处：{cited}")
    into = follow(conversation, PARSER.parse("它分几点"), PARSER).queries[-1]
    assert into.position.ask == "count" and [s.section for s in into.position.path] == [cited]
    owner = "一、2011年工作总结 > (二)创新创业水平持续提高,发展活力显著增强"
    asked = PARSER.parse("“人才特区”建设那条属于第一部分哪个方面")
    again = follow(follow(Conversation(), asked, PARSER, f"…\n\n出处：{owner}"), PARSER.parse("那是第几个方面"), PARSER)
    place = again.queries[-1]
    assert (place.position.ask, place.position.item, place.position.heading) == ("place", "", False)
    assert place.section == owner and [s.index for s in place.position.path] == [1]  # the part asked in before
    # no answer to cite (the report does not say): the words asked before name the item
    unanswered = understood("科技部“一个行动、两项工程”具体是什么", "这个提法出现在哪一节")
    assert unanswered.position.item == "科技部“一个行动、两项工程”具体是什么"


def test_asking_what_an_item_includes_lists_that_item():
    more = understood("2012年工作目标分几类", "第二类是什么", "具体包括哪些指标")
    assert more.position.ask == "every" and _steps(more)[-1] == ((), 2)


def test_an_item_of_a_counted_phrase_is_picked_from_it():
    pick = understood("重点工作第七条是什么", "它提到的三个特区是哪几个", "第三个特区下面要做些什么")
    position = pick.position
    assert (position.ask, position.counted, position.pick) == ("counted", "三个特区", 3)
    assert _steps(pick) == [((), "重点工作"), ((), 7)]


def test_a_level_said_colloquially_replaces_the_level_in_the_earlier_metric():
    query = understood("去年申报了多少国家人才", "省里的呢")
    assert (query.filter.level, query.metric.replace(" ", ""), query.years) == ("省级", "申报省人才", (2011,))
    city = understood("去年申报了多少国家人才", "省里的呢", "市级的呢")
    assert city.metric.replace(" ", "") == "申报市人才"
    assert PARSER.parse("在各县市区里排名怎么样").filter.level is None  # 区里 inside 县市区里 is no level


def test_counting_back_is_not_a_topic_of_its_own():
    assert PARSER.parse("三个级别加起来").own == ()
    assert PARSER.parse("这两项一共多少").own == ()
    assert PARSER.parse("两年增幅差了多少").own == ()
    assert PARSER.parse("哪两家").own == () and PARSER.parse("这三位呢").own == ()


def test_a_shifted_year_in_a_question_of_its_own_counts_from_the_conversation():
    query = understood("去年征收集体土地多少亩", "供地呢", "征收集体土地次年打算做到多少")
    assert (query.years, query.kind) == ((2012,), "target")


def test_where_the_earlier_answer_stands_is_asked_by_lean():
    assert PARSER.parse("它在哪一节提到的？").lean.where
    assert PARSER.parse("这是在哪部分讲的").lean.where
    assert not PARSER.parse("哪些企业上市了").lean.where


def test_a_growth_is_kept_for_a_bare_new_metric_but_not_for_an_amount_asked():
    assert understood("2012年地区生产总值目标增速", "财政一般预算收入呢？").aspect == "growth"
    assert understood("2011年地区生产总值增长多少", "其中科技计划项目有多少").aspect == "value"


@pytest.mark.parametrize(
    ("turns", "compared"),
    [
        # a growth between them is of another dimension; the target is compared with last year's figure
        (["去年财政一般预算收入完成了多少", "同比涨了多少", "2012年的目标呢", "差多少钱"], (0, 2)),
        # 少了多少 compares this year's 征收 with last year's 征收, not with 供地 asked in between
        (["去年征收集体土地多少亩", "供地呢", "今年征收计划多少", "少了多少"], (0, 2)),
    ],
)
def test_a_difference_after_several_figures_compares_the_same_metric(real_bot, turns, compared):
    history, values = [], []
    for question in turns[:-1]:
        answer = real_bot.ask(question, history)
        history.append((question, answer.text))
        values.append(answer.value)
    answer = real_bot.ask(turns[-1], history)
    first, second = (values[i] for i in compared)
    assert answer.kind == "number" and answer.value == pytest.approx(abs(first - second)), answer.text


@pytest.mark.parametrize(
    ("turns", "last"),
    [
        # 加上…一共多少: the earlier figure and the one named, summed
        (["帮创业企业拿到多少贷款", "加上风投一共多少"], "sum"),
        # a size class said as an amount alone narrows the earlier size class
        (["去年亿元以上企业有多少家", "其中10亿以上的呢", "百亿的呢"], "class"),
        # 其中… takes the figure of the sentence just quoted, not a like one elsewhere
        (["今年要新引进多少家软件企业", "其中注册资本上千万的呢"], "near"),
        # a short reply to an ask-back names the option it chooses
        (["研发园入驻率多少", "一期的"], "choice"),
    ],
)
def test_follow_ups_that_lean_on_the_earlier_figure(real_bot, turns, last):
    history, answers = [], []
    for question in turns:
        answer = real_bot.ask(question, history)
        history.append((question, answer.text))
        answers.append(answer)
    answer = answers[-1]
    assert answer.kind == "number", answer.text
    if last == "sum":
        assert "+" in answer.text and answer.value > answers[0].value
    elif last == "class":
        assert answer.value < answers[1].value < answers[0].value
    elif last == "near":
        assert answer.sources[0].text in answers[0].text and answer.value < answers[0].value
    else:
        assert answers[0].kind == "clarify" and "一期" in answer.text.split("\n")[0]


def test_after_an_ask_back_a_sum_adds_the_options_and_a_reply_is_understood_as_its_option(real_bot):
    question = "去年招商引资引进了多少钱"
    asked = real_bot.ask(question)
    assert asked.kind == "clarify" and len(asked.options) == 2
    history = [(question, asked.text)]
    both = real_bot.ask("两个加起来", history)
    assert both.kind == "number" and "+" in both.text
    picked = real_bot.ask("实际到位的那个", history)
    assert picked.kind == "number" and picked.question != question and picked.question in asked.options[1]


def test_a_follow_up_the_conversation_cannot_answer_is_answered_as_asked(real_bot):
    first = "上市培育梯队有多少家企业"
    history = [(first, real_bot.ask(first).text)]
    answer = real_bot.ask("今年计划几家上市", history)
    # merged it would ask the 2012 size of the listing pipeline, which the report does not give
    label = answer.text.splitlines()[0]
    assert answer.kind == "number" and "上市" in label and "梯队" not in label


def test_an_ask_back_is_settled_by_the_figure_given_before(real_bot):
    first = "2011年新引进了多少家研发及科技服务机构"
    alone = real_bot.ask("今年计划再引进多少家")
    assert alone.kind == "clarify"  # asked first, it is ambiguous
    answer = real_bot.ask("今年计划再引进多少家", [(first, real_bot.ask(first).text)])
    assert answer.kind == "number" and "研发及科技服务机构" in answer.text.splitlines()[0], answer.text


def test_same_period_alone_asks_the_growth():
    assert PARSER.parse("同比呢").aspect == "growth"


def test_a_difference_of_earlier_turns_takes_the_figures_in_the_unit_asked(real_bot):
    history = []
    for question in ("2011年技工贸总收入多少", "增长了多少", "今年目标呢", "目标增速呢"):
        history.append((question, real_bot.ask(question, history).text))
    answer = real_bot.ask("两年差了多少亿", history)
    assert answer.kind == "number" and answer.unit == "亿元" and answer.value == 250.0, answer.text


def test_a_follow_up_asking_what_after_a_figure_asks_a_passage():
    query = understood("研发园一期入驻率多少？", "三期主要招什么样的")
    assert query.wants == "passage" and not query.figure and "入驻率" in query.topic


def test_a_correction_of_time_and_kind_keeps_the_aspect():
    query = understood("今年地区生产总值增速目标是多少", "不是，我说的是去年实际完成的")
    assert (query.years, query.kind, query.aspect) == ((2011,), "result", "growth")


def test_a_new_year_after_a_growth_asked_aside_goes_back_to_the_value():
    # 增速呢 asks the growth on the side of the value talked about; 上一年呢 / a new metric ask that value again
    back = understood("2012年地区生产总值目标是多少？", "增速呢？", "上一年呢？")
    assert (back.years, back.aspect) == ((2011,), "value")
    other = understood("2011年地区生产总值是多少？", "增速呢？", "财政一般预算收入呢？")
    assert (other.metric, other.aspect) == ("财政一般预算收入", "value")
    # 换成 changes only the year: the whole earlier question, growth and all
    swapped = understood("2012年地区生产总值目标是多少？", "增速呢？", "换成上一年呢")
    assert (swapped.years, swapped.aspect) == ((2011,), "growth")
    # a growth asked with its metric is the topic itself: 财政一般预算收入呢 keeps asking the growth
    kept = understood("2011年地区生产总值增长多少？", "财政一般预算收入呢？")
    assert kept.aspect == "growth"


def test_a_level_with_a_name_of_its_own_is_a_new_metric_not_the_earlier_one_at_that_level():
    moved = understood("去年申报国家人才多少名", "省里的呢")
    assert moved.metric.replace(" ", "") == "申报省人才"
    both = understood("去年申报国家人才多少名", "省级和市级呢")
    assert "国家" not in both.metric
    named = understood("去年申报国家人才多少名", "省级创新型试点企业呢？")
    assert named.metric == "省级创新型试点企业"


def test_a_share_of_the_level_just_asked_is_that_part_over_its_whole():
    query = understood("去年申报了多少科技计划项目？", "国家级的呢？", "国家级占比多少？")
    assert query.operation == "ratio"
    assert [p.metric.split()[-1] for p in query.parts] == ["国家级"]


def test_this_part_after_an_item_picked_in_it_is_the_part():
    query = understood("党建部分第一条讲什么？", "这部分一共几条？")
    assert query.position is not None and query.position.ask == "count"
    assert len(query.position.path) == 1 and query.position.path[0].words == "党建"
    item = understood("党建部分第一条讲什么？", "这一条下面分几点？")
    assert len(item.position.path) == 2


def test_a_quoted_slogan_asked_after_another_question_is_asked_of_itself():
    query = understood("去年党建获得了什么奖？", "“四条禁令”具体是哪四条？")
    assert query.wants == "structure" and query.position.counted == "四条禁令"


def test_a_year_alone_keeps_the_growth_asked_unless_the_growth_was_an_aside():
    kept = understood("去年财政一般预算收入增长了多少", "今年呢？")
    assert (kept.aspect, kept.years) == ("growth", (2012,))
    aside = understood("去年财政一般预算收入多少", "增速呢？", "今年呢？")
    assert aside.aspect == "value"  # the growth was asked beside the amount the talk is about
    renewed = understood("去年财政一般预算收入增长了多少", "今年目标呢？")
    assert renewed.aspect == "value"  # a kind said anew asks the plan's figure


def test_a_correction_after_an_aside_keeps_the_aspect_it_corrects():
    query = understood("2011年工业总产值多少？", "增速？", "不对，我问的是服务业的")
    assert (query.aspect, query.years) == ("growth", (2011,)) and "服务业" in query.metric


def test_another_thing_named_alone_is_not_assumed_to_be_asked_the_same_count_of():
    query = understood("绿化面积去年新增了多少", "公交线路呢")
    assert query.metric.split() == ["公交线路"] and query.filter.count is None
    same = understood("去年新增了多少家亿元企业", "其中50亿以上的呢")
    assert same.filter.count is None or "新增" not in same.metric
    named = understood("绿化面积去年新增了多少", "公交线路优化了几条")
    assert "新增" not in named.metric


def test_a_correction_opened_by_an_interjection_keeps_the_kind_and_time():
    query = understood("2012年GDP目标是多少？", "哦我说错了，是技工贸总收入")
    assert query.lean.correction or query.kind == "target"
    assert (query.kind, query.years, query.metric) == ("target", (2012,), "技工贸总收入")
