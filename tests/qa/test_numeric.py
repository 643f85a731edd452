"""Figure questions on a genre-style report of our own (no model needed: rules answer them)."""

import pytest

CASES = [
    ("2023年地区生产总值是多少？", 356.8, "亿元"),
    ("去年GDP完成了多少", 356.8, "亿元"),
    ("去年GDP增长了多少", 6.2, "%"),
    ("2023年一般公共预算收入完成多少?", 21.4, "亿元"),
    ("一般公共预算收入2023年同比增长多少", 8.1, "%"),
    ("规模以上工业企业总数达到多少家", 318, "家"),
    ("去年新增规上工业企业几家", 23, "家"),
    ("建成智能工厂几家", 6, "家"),
    ("完成技改投资多少", 45, "亿元"),
    ("危桥改造了几座", 9, "座"),
    ("老旧小区改造惠及多少户居民", 5600, "户"),
    ("城镇新增就业多少人", 6200, "人"),
    ("今年计划完成投资多少", 200, "亿元"),
    ("2024年一般公共预算收入增长目标是多少", 5, "%"),
    ("今年要改造多少农村户厕", 3000, "户"),
    ("今年城乡居民人均可支配收入增长目标", 6.5, "%"),
]


@pytest.mark.parametrize(("question", "value", "unit"), CASES)
def test_figure_question_gets_the_exact_figure_and_its_sentence(county_bot, question, value, unit):
    answer = county_bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(value), unit), answer.text
    assert answer.sources and answer.sources[0].cited
    start, end = answer.sources[0].span
    assert county_bot.settings.report.read_text("utf-8")[start:end] == answer.sources[0].text


COMPUTED = [
    ("2023年技改投资占地区生产总值的比重是多少", 45 / 356.8 * 100, "%"),
    ("智能工厂中省级的占比多少", 2 / 6 * 100, "%"),
    ("老旧小区改造和新建示范村一共多少个", 18 + 12, "个"),
    ("2024年重点项目完成投资比2023年技改投资多多少", 200 - 45, "亿元"),
]


@pytest.mark.parametrize(("question", "value", "unit"), COMPUTED)
def test_computed_answer_shows_formula_and_each_operand(county_bot, question, value, unit):
    answer = county_bot.ask(question)
    assert (answer.kind, answer.unit) == ("number", unit), answer.text
    assert answer.value == pytest.approx(value, abs=0.05)
    assert "计算：" in answer.text
    assert len(answer.sources) == 2


def test_same_metric_in_two_years_is_asked_back_not_picked(county_bot):
    answer = county_bot.ask("地区生产总值增长多少？")
    assert answer.kind != "number" and answer.value is None
    assert "6.2%" in answer.text and "6%左右" in answer.text


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("2023年进出口总额是多少？", "进出口总额"),
        ("2019年地区生产总值是多少？", "2019年"),
        ("2023年常住人口有多少？", "常住人口"),
    ],
)
def test_missing_metric_or_year_gives_no_figure_for_what_was_asked(county_bot, question, named):
    answer = county_bot.ask(question)
    assert answer.kind == "none" and answer.value is None
    assert named in answer.text


def test_false_premise_is_corrected_not_answered(county_bot):
    answer = county_bot.ask("为什么2023年地区生产总值达到500亿元？")
    assert answer.kind == "none"
    assert "356.8亿元" in answer.text and "500亿元" in answer.text


def test_figure_questions_do_not_load_the_embedding_model(real_bot):
    import subprocess
    import sys

    code = (
        "import sys; from qa import Bot; "
        f"b = Bot(index_dir={str(real_bot.settings.index_dir)!r}); "
        "a = b.ask('2011年地区生产总值是多少？'); "
        "print(a.kind, a.value, 'torch' in sys.modules, 'sentence_transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["number", "170.0", "False", "False"], out.stderr[-500:]


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("为什么2023年地区生产总值下降了？", "增长6.2%"),
        ("2023年一般公共预算收入为什么减少了？", "增长8.1%"),
        ("为什么今年计划完成的投资比2023年技改投资还少？", "高于"),
    ],
)
def test_stated_fall_or_order_the_report_contradicts_is_corrected(county_bot, question, shown):
    answer = county_bot.ask(question)
    assert answer.kind == "none" and answer.value is None
    assert shown in answer.text and "没有支持" in answer.text


@pytest.mark.parametrize(
    ("question", "operation"),
    [
        ("服务业增加值占GDP比重比制造业高多少个百分点", "difference"),
        ("2023年技改投资占地区生产总值的比重是多少", "ratio"),
        ("事故起数降幅比死亡人数降幅高多少个百分点", "difference"),
    ],
)
def test_two_shares_compared_by_bi_are_a_difference_not_a_ratio(question, operation):
    from index.tokens import ReportTokenizer
    from qa.parse import QueryParser

    assert QueryParser(ReportTokenizer(), 2024).parse(question).request().operation == operation


def test_questions_keep_brackets_and_roman_numerals_as_reports_write_them():
    from qa.normalize import normalize_question

    assert normalize_question("２０２３年新（改）建Ⅲ类水体比例") == "2023年新（改）建Ⅲ类水体比例"


def test_a_change_written_from_one_figure_to_another_is_computed(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、“十四五”时期工作回顾\n五年来，经营主体从12.5万户增至18.1万户，城镇化率由52%提高到58%。\n"
        "二、2026年工作安排\n地区生产总值增长6%。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("十四五期间经营主体增加了多少万户？")
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(5.6), "万户"), answer.text
    assert "18.1 − 12.5" in answer.text


def test_a_part_naming_only_another_item_borrows_the_rest_of_the_first_part(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、2025年工作回顾\n制造业增加值占地区生产总值比重达31.5%，服务业增加值占地区生产总值比重达52%。"
        "新增制造业企业12家，制造业投资增长8%。\n二、2026年工作安排\n地区生产总值增长6%。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("2025年服务业增加值占GDP比重比制造业高多少个百分点？")
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(20.5), "个百分点"), answer.text


def test_money_is_asked_when_an_amount_word_meets_duoshao_even_beside_projects():
    from index.tokens import ReportTokenizer
    from qa.parse import QueryParser

    parser = QueryParser(ReportTokenizer(), 2024)
    assert parser.parse("去年省重点项目完成投资多少？").unit == "元"
    assert parser.parse("投资1000万元以上的项目有多少个").unit == "个"


def test_a_sum_over_a_list_gives_each_item_the_noun_written_after_the_last(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、2025年工作回顾\n全年引进国家级人才6名、省级人才14名、市级人才30名，新建人才公寓200套。\n"
        "二、2026年工作安排\n争取报批土地800亩、征收集体土地600亩、出让土地300亩。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("2026年报批、征收和出让的土地一共多少亩？")
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(1700), "亩"), answer.text


@pytest.mark.parametrize(
    ("question", "operation", "aspect"),
    [
        ("今年一般公共预算收入按可比口径计划增长多少？", None, "growth"),  # 可比 compares nothing
        ("去年消费对经济增长的贡献率是多少", None, "value"),  # 增长 inside the name of a share
    ],
)
def test_words_that_only_look_like_operations(question, operation, aspect):
    from index.tokens import ReportTokenizer
    from qa.parse import QueryParser

    intent = QueryParser(ReportTokenizer(), 2017).parse(question).request()
    assert (intent.operation, intent.aspect) == (operation, aspect)


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("棚户区有多少万平米", "万平方米"),
        ("一期比二期高几个点", "个百分点"),
        ("组建率具体是多少", "%"),  # a rate named by its noun
        ("人才公寓租金是多少", "元"),  # money named by an everyday word
    ],
)
def test_units_as_people_say_them_are_the_reports_units(question, unit):
    from index.tokens import ReportTokenizer
    from qa.parse import QueryParser

    assert QueryParser(ReportTokenizer(), 2012).parse(question).unit == unit


def test_a_difference_of_two_items_gives_the_first_the_name_after_the_second(tmp_path):
    from qa import Bot
    from tests.conftest import FakeEncoder

    report = tmp_path / "r.txt"
    report.write_text(
        "某县政府工作报告\n一、2025年工作回顾\n地区生产总值增长5%。\n二、2026年工作安排\n"
        "城镇常住居民人均可支配收入增长6%，达到42000元；农村常住居民人均可支配收入增长7%，达到23000元。\n",
        "utf-8",
    )
    bot = Bot(report, index_dir=tmp_path / "i", encoder=FakeEncoder(), say=lambda _m: None)
    answer = bot.ask("今年城镇和农村常住居民人均可支配收入目标差多少元？")
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(19000), "元"), answer.text


def test_a_ratio_asked_as_a_multiple_is_answered_in_times(county_bot):
    share = county_bot.ask("2023年技改投资占地区生产总值的比重是多少")
    times = county_bot.ask("2023年地区生产总值是技改投资的几倍")
    assert (share.unit, times.unit) == ("%", "倍")
    assert times.value == pytest.approx(100 / share.value, rel=0.01)


@pytest.mark.parametrize(
    "question",
    ["2023年地区生产总值比2022年增长了百分之多少", "去年GDP比前年多了百分之多少", "去年GDP比上一年增长了多少"],
)
def test_a_change_on_a_year_the_report_lacks_is_the_years_stated_growth(county_bot, question):
    answer = county_bot.ask(question)
    assert (answer.kind, answer.value, answer.unit) == ("number", pytest.approx(6.2), "%"), answer.text


def test_a_total_of_one_thing_is_its_figure(county_bot):
    answer = county_bot.ask("去年一共改造了几座危桥")
    assert (answer.kind, answer.value, answer.unit) == ("number", 9, "座"), answer.text
