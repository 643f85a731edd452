"""The genre's words as data: a word added to a copy of the lexicon files changes answers, no Python edited."""

import shutil

import pytest

from index.lexicon import FOLDER, fingerprint, load_lexicon
from qa import Bot
from qa.config import bundled_report
from tests.conftest import FakeEncoder


def _bot(tmp_path, lexicon=None, monkeypatch=None):
    if lexicon is not None:
        monkeypatch.setenv("QA_LEXICON", str(lexicon))
    return Bot(bundled_report(), index_dir=tmp_path / "index", encoder=FakeEncoder(), say=lambda _m: None)


def _copy(tmp_path):
    folder = tmp_path / "lexicon"
    shutil.copytree(FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder


def test_every_list_file_loads_and_says_what_it_is_for():
    lexicon = load_lexicon(FOLDER)
    assert {"time", "asking", "conversation", "structure", "aliases"} <= set(lexicon.data)
    for path in FOLDER.glob("*.toml"):
        assert path.read_text("utf-8").startswith("#"), f"{path.name} needs a comment saying what it is for"


def test_a_new_growth_word_in_a_copy_of_the_lexicon_is_understood(tmp_path, monkeypatch):
    question = "2011年地区生产总值蹿了几成"
    before = _bot(tmp_path / "a").ask(question)
    assert before.unit != "%"
    folder = _copy(tmp_path)
    asking = folder / "asking.toml"
    text = asking.read_text("utf-8").replace('growth = ["增长",', 'growth = ["蹿了", "增长",', 1)
    asking.write_text(text, "utf-8")
    after = _bot(tmp_path / "b", folder, monkeypatch).ask(question)
    assert (after.kind, after.value, after.unit) == ("number", 25.0, "%"), after.text


def test_a_new_alias_in_a_copy_of_the_lexicon_finds_the_reports_word(tmp_path, monkeypatch):
    question = "2011年经济盘子是多少"
    assert _bot(tmp_path / "a").ask(question).value != 170.0
    folder = _copy(tmp_path)
    aliases = folder / "aliases.toml"
    text = aliases.read_text("utf-8").replace("[aliases]\n", '[aliases]\n"经济盘子" = ["地区生产总值"]\n', 1)
    aliases.write_text(text, "utf-8")
    after = _bot(tmp_path / "b", folder, monkeypatch).ask(question)
    assert (after.kind, after.value, after.unit) == ("number", 170.0, "亿元"), after.text


def test_the_index_fingerprint_covers_the_lexicon(tmp_path):
    folder = _copy(tmp_path)
    before = fingerprint(folder)
    (folder / "aliases.toml").write_text(
        (folder / "aliases.toml").read_text("utf-8") + '"某词" = ["某个词"]\n', "utf-8"
    )
    assert fingerprint(folder) != before


def test_a_broken_lexicon_file_says_which_file_and_what_to_do(tmp_path):
    folder = _copy(tmp_path)
    (folder / "time.toml").write_text("this is = = not toml", "utf-8")
    with pytest.raises(ValueError, match="time.toml"):
        load_lexicon(folder)


def test_a_new_plan_qualifier_in_a_copy_of_the_lexicon_reaches_the_facts(tmp_path, monkeypatch):
    def land(bot):
        return next(f for f in bot.index.facts if f.year == 2012 and f.value == 500.0 and "报批土地" in f.metric)

    before = land(_bot(tmp_path / "a"))
    assert before.qualifier is None and before.metric.startswith("争取")
    folder = _copy(tmp_path)
    facts = folder / "facts.toml"
    text = facts.read_text("utf-8").replace('plan_qualifiers = ["力争",', 'plan_qualifiers = ["争取", "力争",', 1)
    facts.write_text(text, "utf-8")
    after = land(_bot(tmp_path / "b", folder, monkeypatch))
    assert after.qualifier == "争取"
