"""The real m3e-small model on the bundled report."""

import numpy as np

from qa import ask


def test_honours_question_returns_the_passage_under_the_2011_summary(real_bot):
    answer = real_bot.ask("2011年高新区获得了哪些国家级荣誉？")
    assert answer.kind == "passage"
    assert "国家级海外高层次人才创新创业基地" in answer.text
    assert answer.sources[0].section.startswith("一、2011年工作总结")


def test_off_topic_question_is_refused(real_bot):
    for question in ("今天天气怎么样？", "推荐一只股票", "红烧肉怎么做"):
        answer = real_bot.ask(question)
        assert answer.kind == "none", question
        assert "报告中没有" in answer.text


def test_wrong_year_is_refused(real_bot):
    answer = real_bot.ask("2013年地区生产总值目标是多少？")
    assert answer.kind == "none" and "2013年" in answer.text


def test_plan_question_is_answered_from_the_2012_plan(real_bot):
    answer = real_bot.ask("2012年服务业总收入目标是多少？")
    assert (answer.kind, answer.value, answer.unit) == ("number", 680, "亿元")
    assert "680亿元" in answer.text
    assert answer.sources[0].section.startswith("二、2012年工作安排")


def test_real_encoder_gives_normalised_512_dimensional_vectors(real_bot):
    vectors = real_bot.encoder.encode(["地区生产总值", "服务业总收入"])
    assert vectors.shape == (2, 512)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert real_bot.index.manifest.dim == 512 and real_bot.index.manifest.model == "m3e-small"


def test_module_level_ask_uses_the_bundled_report(real_bot, monkeypatch):
    monkeypatch.setenv("QA_INDEX_DIR", str(real_bot.settings.index_dir))
    from qa import default_bot

    default_bot.cache_clear()
    try:
        answer = ask("哪两家企业上市了？")
        assert answer.kind == "passage" and "均胜集团" in answer.text
    finally:
        default_bot.cache_clear()


def test_the_conversation_users_have_in_mind(real_bot):
    first = real_bot.ask("2012年服务业收入目标是多少？")
    assert (first.kind, first.value, first.unit) == ("number", 680, "亿元")
    again = real_bot.ask("那2011年呢？", history=[("2012年服务业收入目标是多少？", first.text)])
    assert (again.kind, again.value, again.unit) == ("number", 490, "亿元")
    more = real_bot.ask("GDP目标比去年多多少？")
    assert (more.kind, more.value, more.unit) == ("number", 40, "亿元")
    assert "210 − 170 = 40亿元" in more.text and len(more.sources) == 2
    listed = real_bot.ask("哪两家企业上市了？")
    assert listed.kind == "passage" and "围海集团" in listed.text and "均胜集团" in listed.text


def test_a_part_named_by_its_words_and_a_pointer_counts_its_items(real_bot):
    """2011年创新创业那一块分几点: 那一块 points at the part named by 创新创业; its items are counted."""
    answer = real_bot.ask("2011年创新创业那一块分几点")
    assert answer.kind == "number" and answer.value == len(answer.options) >= 2, answer.text
    assert "创新创业" in answer.text.splitlines()[0]


def test_a_qualifier_chosen_from_an_ask_back_keeps_the_metric_as_asked(real_bot):
    """力争的那个 chooses 25 of 确保20、力争25万平方米 (房屋拆迁面积); 去年 asks the metric as the user said it
    (拆迁面积, which 2011 writes as 完成拆迁面积), not 房屋…, which 新开工房屋建筑面积 would meet."""
    history: list[tuple[str, str]] = []
    for question in ("今年拆迁面积的目标是多少？", "力争的那个"):
        history.append((question, real_bot.ask(question, history).text))
    answer = real_bot.ask("去年实际拆了多少？", history)
    assert answer.kind == "number" and answer.value == 45.7, answer.text


def test_a_measures_unit_asked_counts_as_a_word_of_the_question(real_bot):
    # 修 and 路 are not the report's words (新建道路总长); 公里 says a length is asked, and one length was built
    lengths = [f for f in real_bot.index.facts if f.year == 2011 and f.unit == "千米" and f.kind == "result"]
    answer = real_bot.ask("去年修了多少公里路？")
    assert len(lengths) == 1 and answer.kind == "number" and answer.value == lengths[0].value, answer.text
    assert real_bot.ask("去年修了多少公里地铁？").kind == "none"
