"""Counts, totals and words as the report writes them: a count after follow-ups of a question asking which ones; a
total asked is not answered by what a year's work did; a difference asked after a part and a plan goes on from the
figure of the same thing; a name jieba cuts otherwise in the report than in the question is still found; a word
asking for results names no topic; 争取 chooses the 力争 figure; the things a sentence names, counted as named; a
follow-up in the talk's own words keeps its topic — on a literal report of our own with the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某区政府工作报告
——2026年1月18日在某区第三届人民代表大会第六次会议上

一、2025年工作回顾
产业实力持续增强。企业创牌工作成绩显著，恒远液压、均胜电子列入国家重点产业振兴项目，无涯科技、前程石化、春和集团被评为全市重点优势总部企业。
创新成果不断涌现。获专利授权820件，其中发明专利95件。新认定高新技术企业12家，累计达58家。新增上市公司3家，上市公司达45家。
人才集聚成效明显。新引进各类人才4200多名。
城市功能不断完善。全年新增公交线路4条，优化公交线路7条。东湖安置房、西山学校顺利开工。
社会事业全面进步。新建公办幼儿园3所，教育质量进一步提升。公共卫生服务网络更加健全，城东卫生服务中心成功创建省级规范化社区卫生服务中心。

二、2026年工作安排
加快重大项目建设。全面启动均胜普瑞汽车电子产业园项目建设，重点扶持星光电池、远航汽车电子、赛博光电、激智材料等重点骨干企业发展。
提升创新能力。授权专利突破1200件。
加快人才集聚。引进各类人才5000名以上，引进海外留学人才300名以上。
推进旧村改造。确保完成房屋拆迁面积20万平方米，力争完成26万平方米。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("counts_totals_words")
    report = folder / "district_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def test_a_count_after_a_follow_up_of_a_question_asking_which_ones(bot):
    *_, count = talk(bot, "哪些企业列入了国家重点产业振兴项目？", "被评为重点优势总部企业的呢？", "一共几家？")
    assert count.kind == "number" and count.value == 3 and count.unit == "家"
    assert "无涯科技、前程石化、春和集团" in count.text


def test_a_total_asked_is_not_what_a_years_work_did(bot):
    total = talk(bot, "区里现在总共有多少条公交线路？")[0]
    assert total.kind == "none"  # 新增 4 and 优化 7 are what 2025 did, not how many there are
    listed = talk(bot, "区里的上市公司现在总共有多少家？")[0]
    assert listed.kind == "number" and listed.value == 45  # the state beside the year's 新增3家
    added = talk(bot, "去年新增了几条公交线路？")[0]
    assert added.kind == "number" and added.value == 4


def test_a_difference_goes_on_from_the_figure_of_the_same_thing(bot):
    *_, more = talk(bot, "去年专利授权多少件？", "发明专利呢？", "今年专利目标是多少？", "要多出多少件？")
    assert more.kind == "number" and more.value == 380 and more.unit == "件"  # 1200 − 820, not 1200 − 95


def test_a_name_cut_otherwise_in_the_report_is_found_as_written(bot):
    answer = talk(bot, "今年跟普瑞相关的有什么项目？")[0]
    assert answer.kind == "passage" and "均胜普瑞汽车电子产业园" in answer.text


def test_asking_for_results_names_no_topic(real_bot):
    # on the bundled report, whose review also writes 成绩 in sentences on no topic (成绩来之不易)
    answer = talk(real_bot, "卫生那块去年有什么成绩？")[0]
    assert answer.kind == "passage" and "省级规范化社区卫生服务中心" in answer.text


def test_a_reply_choosing_by_the_everyday_word_for_a_qualifier(bot):
    asked, chosen = talk(bot, "今年拆迁面积目标是多少？", "按争取的那个算")
    assert asked.kind == "clarify"
    assert chosen.kind == "number" and chosen.value == 26


def test_the_things_a_sentence_names_counted_as_named(bot):
    answer = talk(bot, "报告点名重点扶持的骨干企业有几家？")[0]
    assert answer.kind == "number" and answer.value == 4 and answer.unit == "家"
    assert "星光电池" in answer.text and "激智材料" in answer.text


def test_a_follow_up_in_the_talks_own_words_keeps_its_topic(bot):
    _, done = talk(bot, "今年人才引进目标是多少？", "去年实际引进了多少？")
    assert done.kind == "number" and done.value == 4200 and done.unit == "名"


def test_a_two_character_verb_said_apart_and_a_framing_of_reckoning(bot):
    answer = talk(bot, "去年哪些项目开的工？")[0]
    assert answer.kind == "passage" and "东湖安置房、西山学校顺利开工" in answer.text
    reckoned = talk(bot, "我想算一下，今年专利目标比去年多多少？")[0]
    assert reckoned.kind == "number" and reckoned.value == 380


def test_the_place_of_an_indicator_a_headings_text_lists(real_bot):
    # the bundled report's 2012 主要经济指标 lists 地区生产总值, 技工贸总收入, 财政一般预算收入, 全社会固定资产投资
    placed = talk(real_bot, "2012年主要经济指标中，技工贸总收入排第几项？")[0]
    assert placed.kind == "number" and placed.value == 2 and "共4项" in placed.text
    last = talk(real_bot, "固定资产投资是主要经济指标的第几项")[0]
    assert last.kind == "number" and last.value == 4


def test_a_counted_phrase_pointed_at_and_the_aspects_of_a_numbered_item(real_bot):
    bases = talk(real_bot, "那两大产业基地是哪两个")[0]
    assert bases.kind == "list" and "智慧城市软件研发推广产业基地" in bases.text
    aspects = talk(real_bot, "重点工作第9条包括哪两个方面？")[0]
    assert aspects.kind == "list" and "进一步提高城市管理水平" in aspects.text and "节能减排" in aspects.text


def test_an_addition_said_in_everyday_words_and_money_asked_of_counted_things(bot):
    added = talk(bot, "去年新评上了多少家高新技术企业？")[0]
    assert added.kind == "number" and added.value == 12  # not 累计达58家 beside it
    money = talk(bot, "高新技术企业产值合计多少？")[0]
    assert money.kind == "none"  # 12家 and 58家 count firms, they measure no 产值
