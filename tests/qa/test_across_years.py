"""Conversations that move between the year reviewed and the year planned: a figure the plan words apart, a
filter dropped when the topic is named again, an amount after a growth, a question of its own at the
conversation's time, a computation asked again at another time, a rate of the figures just given — on a literal
report of our own."""

from pathlib import Path

import pytest

REPORT = """某开发区2024年工作报告
——2024年1月10日在区人民代表大会上
一、2023年工作回顾
（一）经济运行稳中有进
全区实现地区生产总值150亿元，同比增长12%；完成一般公共预算收入20亿元，同比增长18%；完成固定资产投资40亿元，同比增长9%。
全区实现服务业营业收入300亿元，同比增长20%；实现工业总产值260亿元，同比增长8%。
（二）要素保障有力
全年完成土地征收转用报批600亩，完成供地400亩。新认定高新技术企业10家，累计达50家。全年新开工房屋建筑面积80万平方米，竣工面积60万平方米。申报各类科技项目200项，其中国家级30项。
在肯定成绩的同时，我们也认识到工作中还存在一些不足：创新能力总体上还不够强；产业集群化水平还不够高；干部队伍建设还有待加强。
二、2024年工作安排
（一）主要目标
地区生产总值170亿元，增长13%；一般公共预算收入22亿元，增长10%；完成全社会固定资产投资44亿元，增长10%。
全年实现服务业营业收入360亿元，实现工业总产值290亿元，引进服务业项目12家。
（二）重点工作
争取报批土地450亩，出让土地150亩。申报科技项目220项以上。
"""


@pytest.fixture
def bot(tmp_path: Path, fake_encoder):
    from qa import Bot

    report = tmp_path / "zone_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=tmp_path / "index", encoder=fake_encoder, say=lambda _m: None)


def _talk(bot, *questions: str):
    history: list[tuple[str, str]] = []
    answer = None
    for question in questions:
        answer = bot.ask(question, history)
        history.append((question, answer.text))
    return answer


def test_the_plans_figure_worded_apart_is_the_counterpart_and_said_to_be(bot):
    """土地征收转用报批 (2023) is written 争取报批土地 in the plan: found, and named as its counterpart."""
    answer = _talk(bot, "去年征收转用报批了多少？", "今年报批目标？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (450, "亩"), answer.text
    assert "对应" in answer.text.splitlines()[0] and "报批土地" in answer.text
    other = _talk(bot, "去年征收转用报批了多少？", "今年征收目标呢？")  # 征收 is not in 争取报批土地
    assert other.kind == "none" or other.value != 450, other.text


def test_the_topic_named_again_drops_the_part_last_asked(bot):
    """今年的申报目标呢 after 国家级的有多少: the whole (申报科技项目), not 国家级, which the plan does not give."""
    answer = _talk(bot, "去年申报了多少科技项目？", "国家级的有多少？", "今年的申报目标呢？")
    assert answer.kind == "number" and answer.value == 220, answer.text


def test_an_amount_named_after_a_growth_asks_the_amount(bot):
    """投资额 after a growth rate: the target's amount, and 比上一年 sets it beside last year's like figure."""
    answer = _talk(bot, "今年固定资产投资目标增速是多少？", "那今年投资额目标呢？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (44, "亿元"), answer.text
    more = _talk(bot, "今年固定资产投资目标增速是多少？", "那今年投资额目标呢？", "比上一年多多少？")
    assert more.kind == "number" and more.value == pytest.approx(4), more.text
    assert "44 − 40" in more.text


def test_a_question_of_its_own_is_asked_at_the_conversations_time_and_again_at_another(bot):
    said = ("去年服务业营业收入多少？", "服务业比工业总产值多多少？")
    answer = _talk(bot, *said)
    assert answer.kind == "number" and answer.value == pytest.approx(40), answer.text
    again = _talk(bot, *said, "今年两者的目标差多少？")
    assert again.kind == "number" and again.value == pytest.approx(70), again.text


def test_words_fitting_two_figures_take_the_one_in_the_other_figures_dimension(bot):
    """2024年服务业 fits 服务业营业收入 (亿元) and 服务业项目 (家): set beside 工业总产值, the amount."""
    answer = bot.ask("今年服务业比工业总产值多多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (pytest.approx(70), "亿元"), answer.text


def test_a_rate_named_in_a_difference_after_two_amounts_is_the_rate_of_each(bot):
    """增速一下子降了不少，差几个百分点: 一下子 and 不少 (words the report never writes) name nothing."""
    answer = _talk(bot, "去年财政收入有多少？", "今年计划收多少？", "增速一下子降了不少，差几个百分点？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (pytest.approx(8), "个百分点"), answer.text


def test_the_total_before_the_years_addition_is_the_running_total_less_it(bot):
    """那之前有多少家 after 新认定10家、累计50家: 50 − 10, shown with the sentence it comes from."""
    answer = _talk(bot, "去年新认定了多少家高新技术企业？", "累计呢？", "那之前有多少家？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (40, "家"), answer.text
    assert "50 − 10 = 40家" in answer.text and answer.sources


def test_an_everyday_word_the_lexicon_knows_names_the_next_figure(bot):
    """盖好的有多少 after 新开工: 盖好 (竣工 in the report's words) is what is asked now, not 新开工 again."""
    answer = _talk(bot, "去年新开工的房子有多少平方？", "盖好的有多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (60, "万平方米"), answer.text


def test_things_a_sentence_lists_after_a_colon_are_counted_and_picked(tmp_path: Path):
    """报告讲了几方面不足: no heading lists them, the sentence does (不足：A；B；C。); 第二个 and 最后一个 pick them.
    The sentence is found by the passage search, with the real model."""
    from qa import Bot

    report = tmp_path / "zone_2024.txt"
    report.write_text(REPORT, encoding="utf-8")
    bot = Bot(report=report, index_dir=tmp_path / "index", say=lambda _m: None)
    history: list[tuple[str, str]] = []
    answers = []
    for question in ("报告讲了几方面不足？", "第二个是什么？", "最后一个呢？"):
        answers.append(bot.ask(question, history))
        history.append((question, answers[-1].text))
    count, second, last = answers
    assert count.kind == "number" and count.value == 3 and count.unit == "个", count.text
    also = bot.ask("报告里讲的不足有几条？")  # asked as a figure: the same list
    assert also.kind == "number" and also.value == 3, also.text
    # in the web chat the history holds the rendered answers (the figure first, lines flattened): the same picks
    from ui.chat import reply

    chat: list[dict[str, str]] = []
    for question in ("报告讲了几方面不足？", "第二个是什么？"):
        shown = reply(bot, question, chat)
        chat += [{"role": "user", "content": question}, {"role": "assistant", "content": shown}]
    assert '<div class="qa-text">产业集群化水平还不够高</div>' in shown, shown
    # after figures of the plan year the outline and the report's sentences are still searched whole
    later = _talk(bot, "今年固定资产投资目标是多少？", "报告讲了几方面不足？")
    assert later.kind == "number" and later.value == 3, later.text
    assert second.kind == "passage" and second.text.startswith("产业集群化水平还不够高"), second.text
    assert last.kind == "passage" and last.text.startswith("干部队伍建设还有待加强"), last.text


def test_a_correction_after_an_aside_and_a_target_asked_after_last_years_result(bot):
    """哦我说错了，是… corrects the metric; 目标增速呢 after 上一年实际 asks the plan year's target, not last year's."""
    said = ["今年GDP目标是多少？", "哦我说错了，是一般公共预算收入"]
    corrected = _talk(bot, *said)
    assert corrected.kind == "number" and corrected.value == 22, corrected.text
    earlier = _talk(bot, *said, "那上一年实际是多少？")
    assert earlier.kind == "number" and earlier.value == 20, earlier.text
    target = _talk(bot, *said, "那上一年实际是多少？", "目标增速呢？")
    assert target.kind == "number" and (target.value, target.unit) == (10, "%"), target.text


def test_the_amount_after_a_rate_and_the_change_of_rate_in_points(bot):
    """金额目标是多少 after 今年计划增速呢 asks the target amount (金额 names no metric); 增速下降了几个百分点 is the
    difference of the two rates given, not one rate."""
    said = ["去年财政收入有多少？", "增幅呢？", "今年计划增速呢？", "金额目标是多少？"]
    amount = _talk(bot, *said)
    assert amount.kind == "number" and (amount.value, amount.unit) == (22, "亿元"), amount.text
    change = _talk(bot, *said, "增速下降了几个百分点？")
    assert change.kind == "number" and (change.value, change.unit) == (pytest.approx(8), "个百分点"), change.text


def test_two_rates_added_are_the_sum_of_their_amounts(bot):
    """两者加起来 after 工业总产值 (amount, then its rate) and 服务业营业收入 (its rate): rates are not added."""
    answer = _talk(bot, "去年工业总产值多少？", "增速呢？", "服务业营业收入呢？", "两者加起来是多少？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (pytest.approx(560), "亿元"), answer.text
    assert "260 + 300" in answer.text


def test_the_reports_catalogue_lines_and_title_page_are_asked_about_and_followed_up(tmp_path: Path, fake_encoder):
    from qa import Bot

    report = tmp_path / "zone_2024.txt"
    header = "索引号: 0001/2024-001 主题分类: 政府工作\n发布机构: 区政府办公室\n成文日期: 2024-01-12\n"
    report.write_text(header + REPORT, encoding="utf-8")
    bot = Bot(report=report, index_dir=tmp_path / "index", encoder=fake_encoder, say=lambda _m: None)
    catalogue = bot.ask("这份文件的索引号是多少？")
    assert catalogue.kind == "passage" and "0001/2024-001" in catalogue.text, catalogue.text
    history = [("这份报告的标题是什么？", bot.ask("这份报告的标题是什么？").text)]
    dated = bot.ask("成文日期呢？", history)
    assert dated.kind == "passage" and "2024-01-12" in dated.text, dated.text
    # asked first, 这个/这份 points at the report, not at an earlier answer
    field = bot.ask("这份报告属于哪个主题分类？")
    assert field.kind == "passage" and "政府工作" in field.text, field.text
    body = bot.ask("这个报告是哪个机构发布的")  # the catalogue field asked by what it says
    assert body.kind == "passage" and "区政府办公室" in body.text, body.text
    speaker = bot.ask("这个报告是谁作的？")
    assert speaker.kind == "passage" and "接着前面" not in speaker.text, speaker.text


def test_a_rate_asked_in_points_stays_the_rate_unless_a_change_is_said(bot):
    """计划增长几个百分点 asks the planned rate (13%), not its gap to last year's rate."""
    answer = _talk(bot, "去年地区生产总值多少？", "今年目标多少？", "计划增长几个百分点？")
    assert answer.kind == "number" and (answer.value, answer.unit) == (13, "%"), answer.text


def test_an_item_is_picked_from_the_latest_list_given(bot):
    """第二个是什么 after a sentence's list and then the outline's parts: the second part, not the second item."""
    history: list[tuple[str, str]] = []
    for question in ("报告讲了几方面不足？", "2023年工作回顾分几个方面？"):
        history.append((question, bot.ask(question, history).text))
    answer = bot.ask("第二个是什么？", history)
    assert "要素保障有力" in answer.text and "产业集群化" not in answer.text, answer.text
