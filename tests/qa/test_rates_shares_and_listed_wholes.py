"""A share asked of one thing is the rate the report states of it; a share said with its whole first and no 在 is
worked out as 部分占整体; things listed for their sum are the whole the report names by their first characters;
a change from the year before the report states; 到去年为止, 十个亿 and 区里 (the report's own area) as people say
them; 会不会 as how a passage question is put; a share never answered with an amount; a list whose items hold a
joiner's character — on a literal report of our own and the bundled report, with the real model and index."""

import pytest

from qa.bot import Bot
from tests.conftest import talk

REPORT = """白水科技园区2018年工作总结和2019年工作安排
一、2018年工作总结
（一）经济运行稳中向好
1、主要指标完成良好。全区地区生产总值增长8.0%、全市第二。全年实现技工贸总收入320亿元，同比增长12%。协议引进内外资总额40亿元，实际引进内外资总额31亿元。新增产值亿元企业6家,全区亿元以上企业达40家,其中10亿元以上5家。
2、创新能力持续增强。获专利授权480件,其中发明专利60件。孵化基地一期、二期入驻率分别达到88%和65%。
（二）城市建设扎实推进
1、拆迁工作有序推进。新启动东塘村的整村拆迁,拆迁完成率超过70%。新增绿化面积12万平方米。
二、2019年工作安排
（一）工作目标
技工贸总收入360亿元。授权专利突破600件。今年拟安排园区建设债券50亿元，比去年增加8亿元。
（二）重点工作
1、改善群众出行。持续开展违章建筑专项治理,增加公交线路、车辆和站点,方便群众出行。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    path = tmp_path_factory.mktemp("rates_shares") / "baishui_2019.txt"
    path.write_text(REPORT, encoding="utf-8")
    return Bot(report=path, index_dir=path.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("孵化基地二期的入住比例是多少？", 65.0),
        ("孵化基地一期现在住进去了几成？", 88.0),
        ("东塘村整村拆迁搞到几成了？", 70.0),
    ],
)
def test_a_share_of_one_thing_is_the_rate_the_report_states(bot, question, rate):
    assert _figure(talk(bot, question)[0]) == ("number", rate, "%")


def test_a_share_of_a_thing_the_report_gives_no_rate_of_is_refused(bot):
    """绿化 has a figure, but no rate: no other rate of the report answers for it."""
    assert talk(bot, "去年绿化覆盖率是多少？")[0].kind == "none"


def test_a_share_said_with_its_whole_first_is_worked_out(bot):
    answer = talk(bot, "去年授权专利里发明专利占百分之多少？")[0]
    assert answer.kind == "number" and answer.value == pytest.approx(12.5, abs=0.05) and answer.unit == "%"
    assert "60" in answer.text and "480" in answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [("去年技术、工业加上贸易这几块一共挣了多少钱？", 320.0), ("今年技术、工业、贸易加起来计划做到多少？", 360.0)],
)
def test_things_listed_for_their_sum_are_the_whole_the_report_names(bot, question, value):
    assert _figure(talk(bot, question)[0]) == ("number", value, "亿元")


def test_things_listed_each_are_not_taken_for_their_whole(bot):
    """分别 asks each; only a sum asked is the whole the report names by their first characters."""
    answer = talk(bot, "去年技术、工业、贸易分别收入多少？")[0]
    assert answer.value != 320.0


def test_a_count_asked_as_people_frame_it(real_bot):
    """到去年为止 frames the year, 十个亿 is 十亿, and 区里 of a district's report is the district, not a level
    (the bundled report: 全区亿元以上企业达75家,其中10亿元以上7家)."""
    question = "到去年为止，区里产值十个亿以上的企业有几家？"
    query = real_bot.read(question)
    assert query.filter.level is None and query.filter.threshold == "十亿以上"
    assert "为止" not in query.metric and "到" not in query.metric.split()
    assert _figure(talk(real_bot, question)[0]) == ("number", 7.0, "家")


def test_how_a_passage_question_is_put_is_no_word_to_meet(bot):
    answer = talk(bot, "今年坐公交会不会方便点？")[0]
    assert answer.kind == "passage" and "增加公交线路" in answer.text


@pytest.mark.parametrize("question", ["2019年园区建设债券比上年增加了多少？", "今年园区建设债券比2018年多了多少？"])
def test_a_change_from_the_year_before_is_the_one_the_report_states(bot, question):
    """比去年增加8亿元: the change asked, though the year before's own figure is nowhere in the report."""
    assert _figure(talk(bot, question)[0]) == ("number", 8.0, "亿元")


def test_the_place_of_a_growth_answers_only_a_growth_asked(bot):
    """地区生产总值增长8.0%、全市第二: the growth's place, not the level's."""
    assert _figure(talk(bot, "去年GDP增速在全市排第几？")[0]) == ("number", 2.0, "位")
    assert talk(bot, "去年经济总量在全市排第几？")[0].value != 2.0


def test_a_share_asked_is_never_answered_with_an_amount(bot):
    """签约的内外资实际到位了百分之几: 31亿元 is no answer to 百分之几, asked alone or after another figure."""
    for answer in (
        *talk(bot, "去年签约的内外资最后实际到位了百分之几？"),
        talk(bot, "去年技工贸总收入多少？", "去年签约的内外资最后实际到位了百分之几？")[1],
    ):
        assert answer.kind != "number" or answer.unit == "%"


@pytest.mark.parametrize(
    "question",
    [
        "企业主持和参与的国际、国内标准制修订去年一共多少项？",
        "参与和主持的加起来一共多少？",
        "与与与与加起来多少",
        "和及与跟一共",
    ],
)
def test_a_list_whose_items_hold_a_joiners_character_is_read_without_failing(bot, question):
    """参与 holds 与, a joiner of lists: the items are read two characters at a time, and the question is answered."""
    assert talk(bot, question)[0].kind in ("number", "passage", "none", "clarify")
