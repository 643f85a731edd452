"""Changes written with both ends as reports write them (从2007年末的…增加到2012年末的, 从2004年人均每月…提高到现在的),
a paragraph of the plan year turning to the year before (过去一年，…), a span's level answering its last year, the
plan period's last year said as people say it (收官那年), a whole over its parts a question does not name (财政赤字
of 中央…、地方…), a growth set as a target (增长目标拟定为), a name written with 非, a share in a whole (在…中占比) no
answer to a growth, the world as a scope (在世界上), a stated fall (减少了多少) and a level that is no increase — on a
literal report of our own, with the real model and index."""

import pytest

from qa.bot import Bot
from tests.conftest import talk

REPORT = """政府工作报告
——2013年3月5日在第十二届全国人民代表大会第一次会议上
一、过去五年工作回顾
过去五年，我们保持经济平稳较快发展，国内生产总值从26.6万亿元增加到51.9万亿元，年均增长9.3%，跃升到世界第二位。服务业发展加快，在国内生产总值中占比提高2.5个百分点。涉农贷款余额从2007年末的6.1万亿元增加到2012年末的17.6万亿元。企业退休人员基本养老金从2004年人均每月700元提高到现在的1700元。非金融类对外直接投资从2007年的248亿美元上升到2012年的770亿美元。出口额跃居世界第一位。城镇新增就业年均超过1200万人。城镇常住人口从6亿人增加到9亿人。农村贫困人口减少6700万人。
二、2013年工作建议
2013年，是全面贯彻落实党的十八大精神的开局之年。过去一年，我们的各项工作取得了新的成绩。国内生产总值增长7.8%，财政收入11.7万亿元。全国居民人均可支配收入实际增长8%，农村居民人均可支配收入实际增长9.2%，快于城镇居民收入增长。
今年国内生产总值增长预期目标为7.5%左右。广义货币M2预期增长目标拟定为13%左右。今年拟安排财政赤字1.2万亿元，比去年增加4000亿元；其中中央财政赤字8500亿元，代地方发债3500亿元。中央财政用于“三农”的投入拟安排1.3万亿元，比上年增加1800亿元。城乡居民医保财政补助标准由每人每年240元提高到280元。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot) -> Bot:
    path = tmp_path_factory.mktemp("time_turns") / "nation_2013.txt"
    path.write_text(REPORT, encoding="utf-8")
    return Bot(report=path, index_dir=path.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("2012年末涉农贷款余额有多少？", ("number", 17.6, "万亿元")),
        ("2007年末涉农贷款余额是多少？", ("number", 6.1, "万亿元")),
        ("企业退休人员基本养老金目前人均每月领多少钱？", ("number", 1700.0, "元")),
        ("2004年企业退休人员基本养老金人均每月多少？", ("number", 700.0, "元")),
    ],
)
def test_a_change_with_both_ends_gives_each_end_its_year(bot, question, figure):
    assert _figure(talk(bot, question)[0]) == figure


def test_a_paragraph_of_the_plan_year_turning_to_the_year_before(bot):
    """过去一年，… inside the plan's paragraph: 增长7.8% is 2012's result, not a 2013 target."""
    assert _figure(talk(bot, "2012年经济增速是多少？")[0]) == ("number", 7.8, "%")
    assert _figure(talk(bot, "今年GDP增长目标是多少？")[0]) == ("number", 7.5, "%")


def test_the_last_year_of_a_span_and_its_level(bot):
    """国内生产总值…增加到51.9万亿元 is the level the five years reach: 2012年 and 收官那年 ask it."""
    assert _figure(talk(bot, "2012年咱们国内生产总值是多少？")[0]) == ("number", 51.9, "万亿元")


def test_a_whole_over_its_parts_the_question_does_not_name(bot):
    assert _figure(talk(bot, "今年全国财政赤字打算安排多少？")[0]) == ("number", 1.2, "万亿元")
    assert _figure(talk(bot, "今年中央财政赤字多少？")[0]) == ("number", 8500.0, "亿元")


def test_a_growth_set_as_a_target(bot):
    assert _figure(talk(bot, "2013年广义货币M2的增长目标定的是多少？")[0]) == ("number", 13.0, "%")


def test_a_name_written_with_fei_is_no_exclusion(bot):
    assert _figure(talk(bot, "2012年我国非金融类对外直接投资规模是多少？")[0]) == ("number", 770.0, "亿美元")
    answer = talk(bot, "2012年非金融类对外直接投资是2007年的多少倍？")[0]
    assert answer.kind == "number" and answer.unit == "倍" and answer.value == pytest.approx(3.1, abs=0.01)


def test_a_share_in_a_whole_is_no_answer_to_its_growth(bot):
    assert _figure(talk(bot, "过去五年GDP平均每年增长多少？")[0]) == ("number", 9.3, "%")


def test_a_yearly_average_is_not_worked_out_as_the_whole_span_s_rise(bot):
    """城镇人口 is given only at both ends: 平均每年 is no rise over the whole span (refused, not 50%)."""
    answer = talk(bot, "过去五年城镇常住人口平均每年增长百分之多少？")[0]
    assert answer.kind == "none"


def test_the_world_as_a_scope(bot):
    assert _figure(talk(bot, "我国出口额在世界上排第几？")[0]) == ("number", 1.0, "位")
    assert _figure(talk(bot, "现在中国经济总量在世界上排第几？")[0]) == ("number", 2.0, "位")


def test_a_fall_stated_answers_how_much_it_fell(bot):
    assert _figure(talk(bot, "过去五年农村贫困人口减少了多少人？")[0]) == ("number", 6700.0, "万人")


def test_a_level_is_no_increase(bot):
    """财政收入11.7万亿元 states no change: 增加了多少 is not answered with the level."""
    answer = talk(bot, "去年财政收入增加了多少？")[0]
    assert answer.value != 11.7


def test_a_year_before_worked_back_from_a_level_and_its_change(bot):
    """投入拟安排1.3万亿元，比上年增加1800亿元: 2012's is 13000 − 1800 亿元 (converted to the change's unit)."""
    answer = talk(bot, "照今年的安排和增量倒推，2012年中央财政用于三农的投入大概是多少？")[0]
    assert answer.kind == "number" and "1800" in answer.text and "−" in answer.text


def test_another_kind_of_residents_is_no_answer(bot):
    """城镇 asked: neither 全国居民 (8%) nor 农村居民 (9.2%) answers, though the sentence names 城镇居民."""
    answer = talk(bot, "2012年城镇居民人均可支配收入实际增长了多少？")[0]
    assert answer.value not in (8.0, 9.2)
    assert _figure(talk(bot, "2012年农村居民人均可支配收入实际增长了多少？")[0]) == ("number", 9.2, "%")


def test_per_head_said_of_a_report_writing_it_before_the_figure(bot):
    assert _figure(talk(bot, "今年城乡居民医保财政补助标准要提高到每人多少元？")[0]) == ("number", 280.0, "元")


def test_an_amount_of_a_span_is_no_figure_of_its_last_year(bot):
    """城镇新增就业年均超过1200万人 is the five years' average: no answer to 2012's new jobs."""
    assert talk(bot, "2012年城镇新增就业多少人？")[0].value != 1200.0
