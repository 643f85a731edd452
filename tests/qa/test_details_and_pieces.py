"""A detail asked of a thing the report speaks of (when, which organisation, who, an amount in a unit) is answered
only when the sentences found write it, else said to be missing with the sentences quoted; a question of several
questions gives each piece its own answer; two figures named with a list mark between them, a quoted term, a
paragraph's short lead, the difficulties asked with the report's own name — on a literal report of our own with
the real model."""

import pytest

from tests.conftest import talk

REPORT = """2026年某市政府工作报告
——2026年1月20日在某市第十六届人民代表大会第五次会议上

一、2025年工作回顾
经济运行稳中有进。全年实现地区生产总值520亿元，一般公共预算收入41亿元。
城市配套加快完善。市第一人民医院东院区加快建设，滨江大道全面开工建设，新开通公交线路6条，优化公交线路9条。
金融服务持续加强。成立全市首家科技支行，推出“科创贷”金融产品，与宁海农商银行合作设立科技信贷风险池。
人才工作成效明显。举办首届十佳青年人才评选活动，新建人才公寓300套，首批800名人才入住。
旧城改造稳步推进。新启动东村、西村整村拆迁，基本完成南苑社区居民安置工作。

二、2026年工作安排
加快城市建设。力争年底前建成滨江大道，推进东部综合体建设。
更好关爱“一老一小”。完善社区养老服务网络，发展嵌入式托育服务，推进托幼一体化试点。
在肯定成绩的同时，我们也清醒地认识到，发展中还存在一些困难和问题：产业结构不够优化，公共服务还有短板。
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory, real_bot):
    from qa import Bot

    folder = tmp_path_factory.mktemp("details_and_pieces")
    report = folder / "city_2026.txt"
    report.write_text(REPORT, encoding="utf-8")
    return Bot(report=report, index_dir=folder / "index", encoder=real_bot.encoder, say=lambda _m: None)


def _one(bot, question: str):
    return talk(bot, question)[0]


def test_a_time_asked_is_answered_only_where_a_time_or_the_step_asked_is_written(bot):
    missing = _one(bot, "市第一人民医院东院区什么时候能开门看病？")
    assert missing.kind == "none" and "时间" in missing.text
    assert "东院区加快建设" in missing.text  # the sentence that speaks of it is quoted beside the refusal
    written = _one(bot, "滨江大道什么时候能建成？")
    assert written.kind == "passage" and "年底前建成滨江大道" in written.text


def test_an_organisation_asked_must_be_named_other_than_the_thing_itself(bot):
    unnamed = _one(bot, "全市首家科技支行是哪家银行设立的？")
    assert unnamed.kind == "none" and "机构名称" in unnamed.text
    named = _one(bot, "科技信贷风险池是跟哪家银行合作设立的？")
    assert named.kind == "passage" and "宁海农商银行" in named.text


def test_people_asked_of_a_selection_that_names_none(bot):
    answer = _one(bot, "首届十佳青年人才最后评上了哪些人？")
    assert answer.kind == "none" and "人名" in answer.text


def test_an_amount_asked_in_a_unit_the_sentences_do_not_write(bot):
    answer = _one(bot, "人才公寓一个月租金多少元，怎么申请？")
    assert answer.kind == "none" and "具体数字（元）" in answer.text
    assert "人才公寓300套" in answer.text


def test_a_question_of_two_pieces_gives_each_its_answer(bot):
    answer = _one(bot, "去年哪些村开始整村拆迁了？南苑社区的居民安置好了吗？")
    assert answer.kind == "passage"
    assert "东村、西村整村拆迁" in answer.text and "南苑社区居民安置" in answer.text
    # a piece asking only whether (方便了吗) does not stop the other piece's answer
    bus = _one(bot, "坐公交方便了吗？去年公交线路有什么变化？")
    assert bus.kind == "passage" and "新开通公交线路6条" in bus.text


def test_two_figures_named_with_a_list_mark_between_them(bot):
    answer = _one(bot, "去年GDP、一般公共预算收入是多少？")
    assert answer.kind == "passage"
    assert "520亿元" in answer.text and "41亿元" in answer.text


def test_a_quoted_term_and_the_paragraph_its_short_lead_heads(bot):
    answer = _one(bot, "今年在养老和托育这“一老一小”上有什么安排？")
    assert answer.kind == "passage"
    assert "更好关爱“一老一小”" in answer.text and "托幼一体化试点" in answer.text


def test_the_difficulties_asked_with_the_report_s_own_government_named(bot):
    answer = _one(bot, "某市政府认为自己现在存在哪些困难和不足？")
    assert answer.kind == "passage" and "产业结构不够优化" in answer.text
