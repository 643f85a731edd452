"""QueryParser: every slot of a `Query` for each class of phrasing, on literal questions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from index.tokens import ReportTokenizer
from qa.parse import QueryParser

PARSER = QueryParser(ReportTokenizer(["地区生产总值", "财政一般预算收入"], own_names=["宁波国家高新区"]), 2012)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("去年GDP多少", (2011,)),
        ("今年的目标", (2012,)),
        ("明年呢", (2013,)),
        ("前年呢", (2010,)),
        ("二〇一二年服务业收入目标", (2012,)),
        ("2011年和2012年相比", (2011, 2012)),
    ],
)
def test_years_are_written_or_anchored_on_the_report_year(question, years):
    assert PARSER.parse(question).years == years


def test_a_plan_period_is_its_own_slot_not_five_years():
    query = PARSER.parse("“十四五”期间研发投入强度达到多少？")
    assert (query.time.period, query.years) == ("十四五", ())


@pytest.mark.parametrize(
    ("question", "kind", "qualifiers"),
    [
        ("2012年地区生产总值目标是多少", "target", ()),
        ("去年实际完成了多少", "result", ()),
        ("今年房屋拆迁面积确保完成多少", "target", ("确保",)),
        ("力争引进多少家以上", "target", ("力争", "以上")),
        ("人均预期寿命提高到了多少岁", "result", ()),
    ],
)
def test_kind_and_qualifiers(question, kind, qualifiers):
    query = PARSER.parse(question)
    assert (query.kind, query.qualifiers) == (kind, qualifiers)


@pytest.mark.parametrize(
    ("question", "aspect", "operation"),
    [
        ("2011年地区生产总值是多少", "value", "lookup"),
        ("2011年地区生产总值同比增长多少", "growth", "lookup"),
        ("高企数量在全市排第几", "rank", "lookup"),
        ("2011年新认定多少家高新技术企业", "count", "lookup"),
        ("发明专利占专利授权的比重是多少", "share", "ratio"),
        ("2012年GDP目标比2011年多多少", "value", "difference"),
        ("2012年GDP比2011年增长百分之多少", "value", "change"),
        ("国家、省、市人才一共多少名", "count", "sum"),
        ("工业总产值和服务业总收入哪个更大", "value", "comparison"),
        ("哪一项增速目标最高", "value", "superlative"),
        # a hedge's 多 is no difference; a verb between 多 and 多少 is
        ("去年工业总产值差不多多少", "value", "lookup"),
        ("工业总产值今年目标比去年要多做多少", "value", "difference"),
        ("新开工面积比去年多开工多少", "value", "difference"),
        ("去年授权的专利中，不是发明专利的有多少件", "count", "difference"),
        # 掉了 after a verb is its complement, no fall
        ("去年关掉了多少台燃煤锅炉", "count", "lookup"),
        # 占 with a count asked asks the count, not a share
        ("发明专利占多少件", "count", "lookup"),
        ("去年地区生产总值掉了多少", "growth", "lookup"),
    ],
)
def test_aspect_and_operation(question, aspect, operation):
    query = PARSER.parse(question)
    assert (query.aspect, query.operation) == (aspect, operation)


def test_metric_words_leave_out_years_frames_and_the_reports_own_names():
    assert PARSER.parse("2011年宁波国家高新区财政一般预算收入完成了多少？").metric == "财政一般预算收入"


def test_a_whole_and_a_part_said_with_li_are_two_words_but_gongli_is_a_unit():
    assert PARSER.parse("去年授权专利里发明专利有多少件").metric == "授权专利 发明专利"
    assert "里" not in PARSER.parse("去年新建道路多少公里").metric.replace("公里", "")


@pytest.mark.parametrize(
    ("question", "level", "threshold", "phase"),
    [
        ("其中国家级的有多少项", "国家级", None, None),
        ("其中5000万元以上的有几家", None, "5000万元以上", None),
        ("研发园三期入驻率多少", None, None, "三期"),
    ],
)
def test_filters_on_the_metric(question, level, threshold, phase):
    f = PARSER.parse(question).filter
    assert (f.level, f.threshold, f.phase) == (level, threshold, phase)


@pytest.mark.parametrize(
    ("question", "count", "index", "every", "words"),
    [
        ("报告总共分几个部分？", True, None, False, ""),
        ("2012年重点工作有几项？", True, None, False, "2012年重点工作"),
        ("2012年重点工作的第三项讲的什么？", False, 3, False, "2012年重点工作"),
        ("重点工作的头一条是什么", False, 1, False, "重点工作"),
        ("2012年重点工作的倒数第二条是什么？", False, -2, False, "2012年重点工作"),
        ("2012年重点工作最后一项是啥", False, -1, False, "2012年重点工作"),
        ("列一下2012年的各项工作举措", False, None, True, "2012年的各项工作举措"),
    ],
)
def test_positions_in_the_reports_lists(question, count, index, every, words):
    position = PARSER.parse(question).position
    assert position is not None and PARSER.parse(question).wants in ("structure", "figure")
    assert (position.count, position.index, position.every) == (count, index, every)
    assert words in position.list_words or position.list_words in words


@pytest.mark.parametrize(
    "question",
    ["请问去年高新区有哪几家企业成功上市?", "去年哪几个村开始整村拆迁了?", "研发园去年有哪些重点机构或平台入驻?"],
)
def test_which_things_after_a_named_place_ask_a_passage_not_a_list_of_headings(question):
    query = PARSER.parse(question)
    assert query.position is None and query.wants == "passage"


@pytest.mark.parametrize(
    "question",
    ["2012年工作目标包括哪几类指标", "2011年工作总结主要讲了哪几个方面，列一下", "列一下2011年主要做的那几个方面"],
)
def test_the_parts_of_a_named_list_stay_a_structure_question(question):
    query = PARSER.parse(question)
    assert query.position is not None and query.position.every and query.wants == "structure"


def test_a_counted_phrase_names_its_number_and_noun():
    position = PARSER.parse("三个特区分别是什么").position
    assert position is not None and (position.counted, position.counted_number) == ("三个特区", 3)


@pytest.mark.parametrize(
    ("question", "ask", "steps"),
    [
        ("去年总结分了几个方面", "count", [((2011,), "总结")]),
        ("2012年重点工作第五条下面分几个方面", "count", [((2012,), "重点工作"), 5]),
        ("去年总结中创新创业那部分第四点讲的是什么", "item", [((2011,), "总结中创新创业那"), 4]),
        ("2012年重点工作第3项（现代服务业基地建设）分了几点？", "count", [((2012,), "重点工作"), 3]),
        ("2011年第一个方面（主导产业那块）的第二点讲的什么", "item", [((2011,), ""), 1, 2]),
        ("工作举措最后一条讲什么", "item", [((), "工作举措"), -1]),
        ("2012年工作安排下面分哪几块", "every", [((2012,), "工作安排下面")]),
        ("这份报告总共分几个部分？", "count", []),
        ("今年的重点工作一共有几项", "count", [((2012,), "重点工作")]),
        ("2011年创新创业那一块分几点", "count", [((2011,), "创新创业")]),
        ("整个报告分几大部分", "count", []),
        # an item's place said before the list it is in
        ("第二项重点工作下面分哪几点", "every", [((), "重点工作下面"), 2]),
        ("第三条重点工作讲的什么", "item", [((), "重点工作"), 3]),
        ("第九项重点工作的第二点讲什么", "item", [((), "重点工作"), 9, 2]),
        # but a part of the report said first is where the list is
        ("第二部分重点工作有几项", "count", [2, ((), "重点工作")]),
    ],
)
def test_a_structure_question_is_a_path_through_the_outline(question, ask, steps):
    position = PARSER.parse(question).position
    assert position is not None and position.ask == ask
    got = [s.index if s.index is not None else (s.years, s.words) for s in position.path]
    assert got == steps


@pytest.mark.parametrize(
    ("question", "item", "steps", "unit", "heading"),
    [
        # the place an item named holds in its list: the item's words apart from the list it is counted in
        ("重点工作里讲软件园的是第几条", "重点工作里讲软件园的", [], "条", False),
        ("其中资本特区排第几点", "其中资本特区", [], "点", False),
        ("讲研发园的是第几项重点工作？", "讲研发园的", [((), "重点工作")], "项", False),
        ("党建和群团工作是去年总结的第几个方面", "党建和群团工作", [((2011,), "总结")], "方面", False),
        # the heading that holds it, in the part named
        ("“人才特区”建设那条属于第一部分哪个方面", "“人才特区”建设那条", [1], "方面", True),
        ("智慧城市属于哪一项重点工作", "智慧城市", [((), "重点工作")], "项", True),
        # no item named: the one the earlier answer was cited from
        ("那是第几个方面", "", [], "方面", False),
        ("这个提法出现在哪一节", "", [], "节", True),
    ],
)
def test_a_place_asked_names_the_item_and_the_list_apart(question, item, steps, unit, heading):
    position = PARSER.parse(question).position
    assert position is not None and position.ask == "place"
    got = [s.index if s.index is not None else (s.years, s.words) for s in position.path]
    assert (position.item, got, position.unit, position.heading) == (item, steps, unit, heading)


@pytest.mark.parametrize(
    ("question", "edge", "steps"),
    [
        ("报告最后一句号召是什么", "end", []),
        ("第二部分开头怎么定位2012年", "start", [2]),
        ("第一部分第三个方面开头的总述讲了什么", "start", [1, 3]),
        ("工作举措的结尾讲了什么", "end", [((), "工作举措")]),
    ],
)
def test_the_opening_or_end_of_a_part_is_asked_of_the_part_named_before_it(question, edge, steps):
    position = PARSER.parse(question).position
    assert position is not None and (position.ask, position.edge) == ("edge", edge)
    assert [s.index if s.index is not None else (s.years, s.words) for s in position.path] == steps


def test_the_figures_a_part_s_opening_gives_are_asked_of_the_part_named_before_it():
    position = PARSER.parse("第一部分第三个方面开头的总述给了哪些数据").position
    assert position is not None and (position.ask, position.edge) == ("figures", "start")
    assert [s.index for s in position.path] == [1, 3]
    counted = PARSER.parse("总结开头列了几项主要经济指标").position
    assert counted is not None and (counted.ask, counted.unit) == ("figures", "项")


def test_a_count_asked_of_a_part_s_opening_counts_that_part_s_items():
    position = PARSER.parse("第一部分开头说回顾全年做了几个方面的工作").position
    assert position is not None and (position.ask, position.unit) == ("count", "方面")
    assert [s.index for s in position.path] == [1]


def test_a_rank_asked_of_a_figure_is_no_place_in_a_list():
    assert PARSER.parse("高新区GDP在全市排第几").position is None
    assert PARSER.parse("下面第三点讲啥").lean.into and not PARSER.parse("第三点讲啥").lean.into


def test_an_ordinal_before_a_noun_is_not_a_place_in_a_list_on_its_own():
    query = PARSER.parse("高新区第一个国家级孵化器是哪个")
    assert query.position is not None and query.position.noun == "国家级孵化器" and query.wants != "structure"
    assert PARSER.parse("这一条的第四点是什么").position.counted is None


@pytest.mark.parametrize(
    ("question", "wants"),
    [("2011年GDP是多少", "figure"), ("2011年获得了哪些国家级荣誉", "passage"), ("报告分几个部分", "structure")],
)
def test_what_kind_of_answer_is_wanted(question, wants):
    assert PARSER.parse(question).wants == wants


def test_polite_openings_are_framing_not_metric():
    assert PARSER.parse("麻烦问下2011年财政一般预算收入是多少").metric == "财政一般预算收入"


@given(st.text(max_size=40))
def test_parsing_never_fails_on_any_text(text):
    query = PARSER.parse(text)
    assert all(isinstance(y, int) for y in query.years)


@pytest.mark.parametrize("question", ["帮这些创业企业弄到了多少钱", "今年东山组团建设计划花多少钱"])
def test_money_asked_after_its_duoshao(question):
    assert PARSER.parse(question).unit == "元"


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("“十二五”开局之年GDP是多少", 2011),
        ("十三五的第二年", 2017),
        ("十四五收官之年的增速", 2025),
        ("十五五第一年目标", 2026),
    ],
)
def test_a_year_named_by_its_place_in_a_plan_period(question, year):
    query = PARSER.parse(question)
    assert query.years == (year,) and query.time.period is None
    assert "开局" not in query.metric and "收官" not in query.metric


def test_a_piece_naming_no_figure_is_no_part_of_a_difference():
    query = PARSER.parse("地区生产总值今年目标和去年比要多挣多少亿")
    assert query.operation == "difference" and [p.years for p in query.parts] == [(2012,), (2011,)]


def test_a_part_excluded_from_a_whole_is_the_second_part():
    query = PARSER.parse("去年授权的专利中，不是发明专利的有多少件")
    assert query.remainder and [p.metric for p in query.parts][1] == "发明专利"
    assert not PARSER.parse("去年授权专利多少件").remainder


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("三级加起来一共多少人", 3),
        ("两者相差多少", 2),
        ("这三项一共多少", 3),
        ("八项规定以后办公用房一共清理出来多少平方米", None),
    ],
)
def test_how_many_figures_a_question_counts(question, count):
    assert PARSER.parse(question).count == count


@pytest.mark.parametrize(
    ("question", "pieces"),
    [
        ("麻烦问下，整体经济怎么样？地区生产总值是多少？", ["麻烦问下，整体经济怎么样", "地区生产总值是多少"]),
        ("去年引进了多少人才，申报了多少人才项目", ["去年引进了多少人才", "申报了多少人才项目"]),
        ("海洋产业基金总规模去掉首期投资，还剩多少亿", ["海洋产业基金总规模去掉首期投资，还剩多少亿"]),
        ("2011年地区生产总值是多少？", ["2011年地区生产总值是多少"]),
    ],
)
def test_a_question_of_several_is_split_where_each_asks(question, pieces):
    assert PARSER.pieces(question) == pieces


def test_a_target_word_inside_the_name_of_a_result_asks_no_target():
    parser = QueryParser(ReportTokenizer(), 2012, result_names=["成功培育国家火炬计划重点高新技术企业"])
    assert parser.parse("国家火炬计划重点高新技术企业培育了几家？").kind == "result"
    assert parser.parse("今年计划培育几家国家火炬计划重点高新技术企业？").kind == "target"
    assert QueryParser(ReportTokenizer(), 2012).parse("国家火炬计划重点高新技术企业培育了几家？").kind == "target"


def test_a_figure_set_is_a_target_and_a_recognition_is_not():
    assert PARSER.parse("增速定了多少？").kind == "target"
    assert PARSER.parse("去年新认定了多少家高新技术企业？").kind == "result"


def test_a_quoted_slogan_of_counted_things_asks_what_it_covers():
    for question in ("“三区一城”具体指哪三区一城？", "研发园“两基地一中心”具体是哪两个基地、哪个中心？"):
        position = PARSER.parse(question).position
        assert position is not None and position.ask == "counted" and position.counted in question
    assert PARSER.parse("“三区一城”建设进展如何？").position is None
    assert PARSER.parse("“十五五”规划纲要草案里的约束性指标举了哪些例子？").position is None  # a plan period


def test_a_compared_figure_naming_no_rate_is_the_rate_the_first_names():
    parts = PARSER.parse("去年工业增速比服务业低多少？").parts
    assert [(p.metric, p.aspect) for p in parts] == [("工业", "growth"), ("服务业", "growth")]
    amounts = PARSER.parse("今年服务业目标比工业多多少").parts
    assert [p.aspect for p in amounts] == ["value", "value"]


def test_a_part_taken_out_with_fei_names_the_part_without_fei():
    query = PARSER.parse("非发明专利有多少件")
    assert query.remainder and query.metric == "发明专利" and query.parts[-1].metric == "发明专利"


def test_a_plan_period_is_no_phase_of_a_metric():
    assert PARSER.metric_filter("十四五期间江苏牵头建了多少家全国重点实验室").phase is None
    assert PARSER.metric_filter("总部三期呢").phase == "三期"
