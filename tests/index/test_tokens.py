import jieba

from index.tokens import ReportTokenizer, collect_terms


def test_indicator_names_are_collected_from_the_words_before_figures():
    text = "全区实现地区生产总值170亿元,同比增长25%;完成财政一般预算收入31.2亿元。新认定高新技术企业14家。"
    terms = collect_terms([text])
    assert "地区生产总值" in terms
    assert "财政一般预算收入" in terms
    assert "高新技术企业" in terms


def test_collected_names_are_single_tokens_with_their_parts():
    tokenizer = ReportTokenizer(["财政一般预算收入"])
    tokens = tokenizer.tokenize("完成财政一般预算收入31.2亿元")
    assert "财政一般预算收入" in tokens
    assert "预算" in tokens


def test_stop_words_and_punctuation_are_dropped():
    tokens = ReportTokenizer().tokenize("请问，报告里的GDP是多少？")
    assert "gdp" in tokens
    assert not {"请问", "多少", "，", "？", "的"} & set(tokens)


def test_own_dictionary_leaves_the_global_jieba_untouched():
    ReportTokenizer(["青禾县智能工厂专项"])
    assert "青禾县智能工厂专项" not in jieba.dt.FREQ


def test_terms_end_before_the_verb_that_gives_the_figure():
    from index.tokens import collect_terms

    terms = collect_terms(["两院院士增至123位，城镇登记失业率控制在3.9%。"])
    assert "两院院士" in terms and "城镇登记失业率" in terms


def test_a_preposition_glued_to_an_unknown_word_comes_off_but_not_off_a_known_word():
    tokenizer = ReportTokenizer()
    assert "小微" in tokenizer.words("对小微企业有啥安排")
    assert not any(w.startswith("对") for w in tokenizer.words("对小微企业有啥安排"))
    assert "对象" in tokenizer.words("服务对象是谁")
