import pytest

from qa.history import normalize_history


def test_pairs_and_gradio_messages_give_the_same_turns():
    pairs = [("2011年地区生产总值是多少？", "170亿元"), ("那2012年呢？", "210亿元")]
    messages = [
        {"role": "user", "content": "2011年地区生产总值是多少？"},
        {"role": "assistant", "content": "170亿元"},
        {"role": "user", "content": "那2012年呢？"},
        {"role": "assistant", "content": "210亿元"},
    ]
    assert normalize_history(pairs) == pairs
    assert normalize_history(messages) == pairs
    assert normalize_history([list(p) for p in pairs]) == pairs
    assert normalize_history(None) == []


@pytest.mark.parametrize(
    ("history", "error"),
    [
        ("2011年", TypeError),
        (42, TypeError),
        ([("只有问题",)], ValueError),
        (["一句话"], ValueError),
        ([(1, 2)], TypeError),
        ([{"role": "robot", "content": "x"}], ValueError),
        ([{"role": "user", "content": 3}], TypeError),
    ],
)
def test_malformed_history_raises_with_a_clear_message(history, error):
    with pytest.raises(error, match="history"):
        normalize_history(history)


def test_a_long_conversation_keeps_its_last_turns_within_the_size_limit():
    from qa.history import MAX_HISTORY_BYTES, MAX_TURNS, kept

    turns = [(f"第{i}个问题", "回答") for i in range(100)]
    latest, left_out = kept(turns)
    assert latest == turns[-MAX_TURNS:] and left_out == 100 - MAX_TURNS
    long_answers = [("问题", "长" * (MAX_HISTORY_BYTES // 12)) for _ in range(5)]  # a quarter of the bytes each
    latest, left_out = kept(long_answers)
    assert len(latest) == 3 and left_out == 2
    assert kept(turns[:3]) == (turns[:3], 0)
    huge = [("问题", "旧回答"), ("2011年地区生产总值是多少？", "长" * MAX_HISTORY_BYTES)]  # one turn over the limit
    latest, left_out = kept(huge)
    assert left_out == 0 and latest[-1][0] == "2011年地区生产总值是多少？"  # the newest kept, cut to the limit
    assert sum(len(t.encode()) for turn in latest for t in turn) <= MAX_HISTORY_BYTES


def test_a_thousand_turns_are_answered_from_the_latest_with_a_note(real_bot):
    answer = real_bot.ask("那2012年呢？", [("2011年地区生产总值是多少？", "2011年地区生产总值：170亿元。")] * 1000)
    assert answer.value == 210.0
    assert "最近20轮" in answer.note and "980" in answer.note
    assert real_bot.ask("那2012年呢？", [("2011年地区生产总值是多少？", "2011年地区生产总值：170亿元。")]).note == ""


def test_a_sum_asked_again_and_again_stays_the_same_sum(real_bot):
    turns: list[tuple[str, str]] = []
    for question in ["2011年地区生产总值是多少？", "2012年的目标呢？"]:
        turns.append((question, real_bot.ask(question, turns).text))
    sums = []
    for _ in range(6):
        answer = real_bot.ask("一共多少？", turns)
        sums.append(answer.value)
        turns.append(("一共多少？", answer.text))
    assert sums == [380.0] * 6  # 170 + 210, never with the sums already given added in


def test_zero_width_and_direction_marks_vanish_from_a_question(real_bot):
    from qa.normalize import normalize_question

    assert normalize_question("地区\u200b生产\u200d总值\ufeff\u200e") == "地区生产总值"
    marked = real_bot.ask("2011年地区\u200b生产总值是多少？")
    assert (marked.kind, marked.value) == ("number", 170.0)
