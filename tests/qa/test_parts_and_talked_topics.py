"""A part asked of a whole the report does not part so, the rest of a whole after its part, the topic a talk goes
on with when a follow-up names only its verb or names another thing, the place of words no heading holds, two
figures of a word naming two things without 分别, a figure worked back from a year and its growth, a rise stated
in money or times, one measure named two ways (总额, 总值), and a total of one thing found by meaning — on a literal
report of our own with the real model and index."""

import pytest

from index.facts import extract_facts
from index.report import read_report
from index.sections import split_sections
from qa.bot import Bot
from tests.conftest import talk

REPORT = """青山科技园区2016年工作总结和2017年工作安排
一、2016年工作总结
（一）产业发展稳中有进
1、主要指标完成良好。全年实现地区生产总值80亿元，同比增长8%。实际引进内外资总额57亿元。
2、创新能力持续增强。获专利授权725件,其中发明专利90件;企业主持和参与国际、国内标准制修订26项。新认定高新技术企业14家。新引进各类人才5000多名。
（二）城市建设扎实推进
1、项目建设取得新突破。新建道路3千米,扎实推进保障房建设,新开工安置房12万平方米。
2、民生事业持续改善。城乡居民人均可支配收入达到2.36万元和1.53万元。进出口总值完成41.3亿元。将价格临时补贴标准提高1倍。完成财政性项目总投资14亿元,城市形象明显提升。
二、2017年工作安排
（一）工作目标
授权专利突破1000件。引进各类人才6000名以上,引进海外留学人才200名以上。居民医保人均财政补助标准再提高30元。
（二）重点工作
1、做强软件产业。全年通过软件企业认定20家以上。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("parts_topics") / "qingshan_2017.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bot(report, real_bot) -> Bot:
    return Bot(report=report, index_dir=report.parent / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _figure(answer) -> tuple:
    return answer.kind, answer.value, answer.unit


def test_a_part_asked_of_a_figure_just_given_is_not_that_figure(bot):
    whole, part = talk(bot, "去年标准制修订有多少项？", "其中国际标准几项？")
    assert _figure(whole) == ("number", 26.0, "项")
    assert part.kind == "none"
    assert "26项" in part.text  # the whole the report gives, said to be the whole


def test_a_kind_of_a_parted_figure_the_report_does_not_name_is_refused(bot):
    assert talk(bot, "去年授权的专利里外观设计专利有多少？")[0].kind == "none"
    assert _figure(talk(bot, "去年授权专利有多少件？")[0]) == ("number", 725.0, "件")


def test_the_rest_of_a_whole_after_its_part_was_given(bot):
    *_, rest = talk(bot, "去年获得专利授权多少件？", "其中发明专利呢？", "那非发明专利有多少件？")
    assert _figure(rest) == ("number", 635.0, "件")


def test_a_figure_found_apart_from_the_words_carried_is_what_the_talk_goes_on_with(bot):
    *_, plan, more = talk(
        bot, "去年获得专利授权多少件？", "其中发明专利呢？", "今年专利的目标是多少？", "比去年多多少件？"
    )
    assert _figure(plan) == ("number", 1000.0, "件")
    assert _figure(more) == ("number", 275.0, "件")


def test_the_same_verb_of_another_thing_is_no_answer_for_the_topic_talked(bot):
    first, then = talk(bot, "去年新认定了几家高新技术企业？", "今年准备再认定多少家？")
    assert _figure(first) == ("number", 14.0, "家")
    assert then.kind == "none"


def test_a_follow_up_naming_the_verb_of_the_metric_talked_goes_on_with_its_thing(bot):
    *_, done = talk(bot, "今年引进各类人才的目标是多少？", "去年实际引进了多少？")
    assert _figure(done) == ("number", 5000.0, "名")


def test_words_no_heading_holds_are_placed_by_the_heading_whose_text_writes_them(bot):
    answer = talk(bot, "去年保障房建设是在总结的哪一块讲的？")[0]
    assert answer.value == 2.0
    assert "城市建设扎实推进" in answer.text


def test_two_figures_of_a_word_naming_two_things_are_each_ones_without_fenbie(report, bot):
    parsed = read_report(report)
    facts = {f.text: f.metric for f in extract_facts(parsed.text, split_sections(parsed), parsed.meta.year)}
    assert facts["2.36万元"] == "城镇居民人均可支配收入"
    assert facts["1.53万元"] == "农村居民人均可支配收入"
    assert _figure(talk(bot, "去年城镇居民和农村居民人均可支配收入相差多少？")[0]) == ("number", 0.83, "万元")


def test_a_year_worked_back_from_its_figure_and_growth_named_in_the_question(bot):
    answer = talk(bot, "按2016年GDP和增速倒推，2015年GDP大约多少亿元？")[0]
    assert answer.kind == "number"
    assert answer.value == pytest.approx(80 / 1.08, abs=0.01)


def test_a_rise_asked_in_money_or_times_is_the_change_the_report_states(bot):
    assert _figure(talk(bot, "今年居民医保人均财政补助标准提高了多少钱？")[0]) == ("number", 30.0, "元")
    assert _figure(talk(bot, "去年价格临时补贴标准提高了几倍？")[0]) == ("number", 1.0, "倍")


def test_one_measure_named_two_ways_is_the_same_figure(bot):
    assert _figure(talk(bot, "去年进出口总额是多少？")[0]) == ("number", 41.3, "亿元")


def test_a_total_of_one_thing_in_everyday_words_is_found_by_meaning(bot):
    assert _figure(talk(bot, "去年财政掏钱的项目一共投了多少钱？")[0]) == ("number", 14.0, "亿元")


# the same on the bundled report, where more figures compete for the words


def test_a_kind_of_patents_the_bundled_report_does_not_name_is_refused(real_bot):
    answer = talk(real_bot, "去年授权的专利里外观设计专利有多少？")[0]
    assert answer.kind == "none"
    assert "725件" in answer.text  # the nearest figure named as related, not given as the answer


def test_the_bundled_patent_plan_is_compared_with_the_year_before(real_bot):
    questions = (
        "去年获得专利授权多少件？",
        "其中发明专利呢？",
        "那非发明专利有多少件？",
        "今年专利的目标是多少？",
        "比去年多多少件？",
    )
    answers = talk(real_bot, *questions)
    assert [_figure(a) for a in answers[2:]] == [
        ("number", 635.0, "件"),
        ("number", 1000.0, "件"),
        ("number", 275.0, "件"),
    ]


def test_the_bundled_talk_of_high_tech_firms_is_not_answered_with_software_firms(real_bot):
    assert talk(real_bot, "去年新认定了几家高新技术企业？", "今年准备再认定多少家？")[-1].kind == "none"


def test_the_bundled_talk_of_talent_goes_on_with_talent(real_bot):
    answers = talk(real_bot, "今年人才引进目标是多少？", "各类人才总数那个", "去年实际引进了多少？")
    assert _figure(answers[-1]) == ("number", 5000.0, "名")


def test_bundled_words_no_heading_holds_are_placed_where_the_text_writes_them(real_bot):
    answer = talk(real_bot, "去年保障房建设是在总结的哪一块讲的？")[0]
    assert answer.value == 3.0
    assert "科技新城建设加快推进" in answer.text


def test_bundled_figures_given_are_summed_when_counted_and_named_by_their_noun(real_bot):
    answers = talk(real_bot, "去年新增了几条公交线路？", "优化了几条？", "两项加起来一共涉及多少条线路？")
    assert _figure(answers[-1]) == ("number", 8.0, "条")


CITY = """2023年白河市政府工作报告
——2023年1月30日在白河市第十六届人民代表大会第四次会议上
2022年政府工作回顾
一是经济运行稳中向好。全市生产总值增长3.8%。
2023年主要工作
经济社会发展主要预期目标是：生产总值增长7%左右。
"""


def test_a_part_line_naming_the_reports_year_and_no_kind_plans_it(tmp_path, real_bot):
    path = tmp_path / "baihe_2023.txt"
    path.write_text(CITY, encoding="utf-8")
    parsed = read_report(path)
    periods = {s.path[0]: s.period for s in split_sections(parsed)}
    assert (periods["2023年主要工作"].kind, periods["2023年主要工作"].start) == ("plan", 2023)
    assert (periods["2022年政府工作回顾"].kind, periods["2022年政府工作回顾"].start) == ("result", 2022)
    city = Bot(report=path, index_dir=tmp_path / "index", encoder=real_bot.encoder, say=lambda _m: None)
    assert _figure(talk(city, "今年GDP增长目标是多少？")[0]) == ("number", 7.0, "%")
    assert _figure(talk(city, "去年GDP增长了多少？")[0]) == ("number", 3.8, "%")
