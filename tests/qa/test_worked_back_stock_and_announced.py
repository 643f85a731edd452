"""A year before worked back when asked to reckon by the growth (根据增速算一下); the stock before the additions
(新认定之前原有的…) as the total less the added; the unit said in brackets (几成（百分比）); a tie settled by an
everyday word's report words (新开 → 新增); a floor said of a figure (至少要几名); items the question names are not
what it counts; a name's own count (三大) no operand; a compound met in pieces; a lead ending in a colon with the
headings it announces — on a literal report of our own, with the real model and index."""

import pytest

from qa.bot import Bot
from tests.conftest import talk

REPORT = """青石科技园区2015年工作总结和2016年工作安排
一、2015年工作总结
（一）经济运行稳中向好
1、主要指标完成良好。全年实现技工贸总收入540亿元,同比增长20%,完成财政一般预算收入22.5亿元,同比增长25%。新认定高新技术企业12家,累计达58家。新增产值亿元企业9家,全区亿元以上企业达44家。获专利授权640件,其中发明专利80件。
2、申报工作成效明显。申报各类科技计划项目215项,其中国家级31项。
（二）城市功能逐步完善
1、交通条件改善。全年新增公交线路4条,优化公交线路6条。
二、2016年工作安排
（一）工作目标
引进各类人才3000名以上,其中国家、省级目标人才8名以上。全区工业总产值300亿元,进一步提高三大主导产业占工业总产值比重。
（二）工作举措
为全面完成2016年各项工作任务,重点采取以下三个方面的工作举措:
1、强化项目招引。组建专业招商队伍,开展产业链招商。
2、强化要素保障。盘活存量土地,保障重点项目用地。
3、强化作风建设。深化效能监察,提高办事效率。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    path = tmp_path_factory.mktemp("worked_back_stock") / "qingshi_2016.txt"
    path.write_text(REPORT, encoding="utf-8")
    return Bot(report=path, index_dir=path.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("根据增速算一下，2014年技工贸总收入大约多少亿？", 450.0),  # 540 ÷ 1.2
        ("按增速算一算，2014年财政一般预算收入是多少", 18.0),  # 22.5 ÷ 1.25
    ],
)
def test_a_year_before_is_worked_back_when_asked_to_reckon_by_the_growth(bot, question, value):
    answer = talk(bot, question)[0]
    assert answer.kind == "number" and answer.value == pytest.approx(value) and answer.unit == "亿元"
    assert "÷" in answer.text


def test_a_year_before_asked_plainly_is_still_refused(bot):
    assert talk(bot, "2014年技工贸总收入是多少？")[0].kind == "none"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("2015年新认定之前，园区原有的高新技术企业有多少家？", 46.0),
        ("去年新增之前，园区产值亿元以上企业有多少家？", 35.0),
        ("园区原来有多少家高新技术企业？", 46.0),
    ],
)
def test_the_stock_before_the_additions_is_the_total_less_the_added(bot, question, value):
    answer = talk(bot, question)[0]
    assert _figure(answer) == ("number", value, "家")
    assert "−" in answer.text


def test_a_unit_said_in_brackets_is_no_part_of_what_is_asked(bot):
    answer = talk(bot, "去年发明专利占专利授权总数大概几成（百分比）？")[0]
    assert answer.kind == "number" and answer.value == pytest.approx(12.5, abs=0.05) and answer.unit == "%"


def test_an_everyday_word_settles_a_tie_by_its_report_words(bot):
    """新开 is 新增 (or 开通), not 优化: no ask-back between the two lines counts."""
    assert _figure(talk(bot, "去年新开了几条公交线路？")[0]) == ("number", 4.0, "条")


def test_a_floor_said_of_a_figure_asks_the_figure(bot):
    assert _figure(talk(bot, "今年引进的人才里，国家、省级目标人才至少要几名？")[0]) == ("number", 8.0, "名")


def test_items_the_question_names_are_not_what_it_counts(bot):
    """国家级、省级 name the talents asked, two levels: 2 is no answer to how many talents."""
    answer = talk(bot, "国家级、省级的目标人才准备引进几个？")[0]
    assert answer.value != 2.0


def test_the_count_in_a_name_said_is_no_operand(bot):
    """三大主导产业 names the industries; the plan gives no share: refused, not the sentence as if it answered."""
    assert talk(bot, "今年三大主导产业占工业总产值的比重要提高到多少？")[0].kind == "none"


def test_a_compound_is_met_in_pieces(bot):
    """申报科技计划 stands in 申报各类科技计划项目 with 各类 between its pieces."""
    answer = talk(bot, "去年申报科技计划项目的情况，有啥亮点？")[0]
    assert answer.kind == "passage" and "215项" in answer.text


def test_a_lead_ending_in_a_colon_comes_with_the_headings_it_announces(bot):
    answer = talk(bot, "为了完成今年的任务，园区准备采取哪几方面的举措？")[0]
    assert answer.kind == "passage"
    assert all(h in answer.text for h in ("强化项目招引", "强化要素保障", "强化作风建设"))
