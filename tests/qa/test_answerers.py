"""Which answerer answers each class of question, in the order `Bot` tries them, on the bundled report."""

import pytest

from qa.answerers import ANSWERERS
from qa.passages import relevance

CLASSES = [
    ("2012年工作安排下面分哪几块", "answer_list"),
    ("为什么2011年地区生产总值达到500亿元？", "answer_premise"),
    ("2015年地区生产总值是多少", "answer_missing_year"),
    ("2012年哪一项指标的增速目标最高", "answer_extreme"),
    ("2012年地区生产总值目标比2011年多多少", "answer_computed"),
    ("2011年地区生产总值是多少", "answer_lookup"),
    ("2011年高新区获得了哪些国家级荣誉", "answer_passage"),
]


@pytest.mark.parametrize(("question", "answerer"), CLASSES)
def test_each_class_of_question_is_answered_by_its_answerer(real_bot, question, answerer):
    query = real_bot.understand(question)
    context = real_bot.context
    first = next(a for a in ANSWERERS if a(query, context) is not None)
    assert first.__name__ == answerer
    assert real_bot.answer_query(query) == first(query, context)


def test_the_passage_answerer_comes_last_and_always_answers(real_bot):
    assert ANSWERERS[-1].__name__ == "answer_passage"
    query = real_bot.understand("这份报告里有没有提到月球基地")
    assert ANSWERERS[-1](query, real_bot.context) is not None


def test_a_bare_phrase_naming_a_measure_is_read_as_a_figure_question(real_bot):
    answer = real_bot.ask("去年新开工房屋建筑面积")
    assert (answer.kind, answer.value, answer.unit) == ("number", 117.0, "万平方米")
    history = [("去年新开工房屋建筑面积", answer.text)]
    assert real_bot.ask("竣工面积呢", history).value == 104.0
    assert real_bot.read("研发园").wants == "passage"  # a name, not a measure


def test_where_an_answer_came_from_is_its_section(real_bot):
    first = real_bot.ask("2011年新建道路总长多少")
    where = real_bot.ask("它在哪一节提到的？", [("2011年新建道路总长多少", first.text)])
    assert where.kind == "passage" and where.sources[0].section == first.sources[0].section


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("招商做得好的有奖励吗", "重奖"),  # 奖励 the report never writes: near in meaning to 予以重奖
        ("去年为了帮企业解决借钱难做了些什么", "融资"),  # 为了, 些 put the question; 借钱 is 融资 in meaning
    ],
)
def test_a_question_in_other_words_is_answered_by_meaning(real_bot, question, said):
    answer = real_bot.ask(question)
    assert answer.kind == "passage" and said in answer.text.split("\n\n")[0], answer.text


@pytest.mark.parametrize("question", ["十八大具体哪天开", "高新区今年的房价是多少钱一平", "推荐一部电影"])
def test_a_question_far_from_every_sentence_is_refused(real_bot, question):
    assert real_bot.ask(question).kind == "none"


def test_meaning_counts_only_for_a_model_fitted_for_it():
    assert relevance(0.3, 0.85, "m3e-small") > 0.3 > relevance(0.3, 0.6, "m3e-small")
    assert relevance(0.3, 0.85, "another-model") == relevance(0.3, None, "m3e-small") == 0.3


def test_a_passage_follow_up_asks_its_own_words_in_the_earlier_context(real_bot):
    first = "去年为了帮企业解决融资难做了些什么"
    answer = real_bot.ask("那个科技银行是全市第一家吗", [(first, real_bot.ask(first).text)])
    assert answer.kind == "passage" and "首家科技银行" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "said"), [("加速器二期什么时候开工", "加速器二期"), ("全市第一个云计算服务平台是哪个", "云计算")]
)
def test_a_figure_asked_with_what_or_how_and_not_stated_is_answered_by_its_passage(real_bot, question, said):
    answer = real_bot.ask(question)
    assert answer.kind == "passage" and said in answer.text, answer.text


def test_a_figure_the_report_does_not_state_is_still_refused(real_bot):
    assert real_bot.ask("高新区2011年末户籍人口有多少").kind == "none"


def test_a_figure_over_a_base_is_not_answered_by_the_total(real_bot):
    answer = real_bot.ask("2011年高新区人均地区生产总值是多少")
    assert answer.kind == "none" and "170" not in answer.text.split("报告中相关的数据有")[0]
    assert real_bot.ask("2011年地区生产总值是多少").value == 170.0


def test_a_word_cut_where_the_report_would_not_cut_it_is_joined_as_the_report_writes_it(real_bot):
    from qa.passages import question_words

    context = real_bot.context
    words = [g[0] for g in question_words(context.tokenizer, "要把基地打造成什么", context.weights, passage=True)]
    assert "打造" in words and "造成" not in words  # jieba cuts 打 | 造成; the report writes 打造为
    answer = real_bot.ask("最后要把基地打造成什么")
    assert answer.kind == "passage" and "打造为" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("去年产值过亿的企业有多少家", 75.0),  # the total, not the 15 new ones: the question asks no addition
        ("今年人才引进定了多少目标", 5000.0),  # 引进各类人才 is the whole of it; 新引进海外人才 a part
    ],
)
def test_among_equal_facts_the_one_that_narrows_nothing_asked_answers(real_bot, question, value):
    answer = real_bot.ask(question)
    assert answer.kind == "number" and answer.value == value, answer.text


def test_an_addition_said_in_everyday_words_is_not_read_as_a_total(real_bot):
    answer = real_bot.ask("去年公交新开了几条线")
    assert answer.value != 5.0  # 优化公交线路 5条 is no new line


def test_an_increase_asked_of_one_thing_is_the_increase_stated_but_a_remainder_is_computed(real_bot):
    increase = real_bot.ask("去年绿化增加了多少")
    assert increase.kind == "number" and "新增" in increase.text.splitlines()[0], increase.text
    remainder = real_bot.ask("海洋产业基金首期之后还剩多少规模?")
    assert remainder.kind != "number" or remainder.value == 70.0, remainder.text
