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
