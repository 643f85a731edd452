"""The benchmark runs end to end and reports every figure it promises (timings are not asserted: noisy machine)."""

import json

from eval.bench import run


def test_bench_reports_cold_start_latency_throughput_memory_and_build_time(real_bot, tmp_path, capsys):
    result = run(real_bot, runs=1, repeats=1, out=tmp_path)
    saved = json.loads((tmp_path / "bench.json").read_text("utf-8"))
    assert saved == result
    assert result["figure_path_imports_torch"] is False and result["passage_path_imports_torch"] is False
    assert result["encoder"] == "OnnxEncoder" and result["query_encoding_ms"]["n"] > 0
    names = [row["target"] for row in result["targets"]]
    assert len(names) == 7 and any("passage" in n for n in names) and any("encoding" in n for n in names)
    assert any("1,000 turns" in n for n in names) and result["history_1000_turns_ms"] > 0
    assert result["index_check_ms"] > 0
    assert all(isinstance(row["met"], bool) for row in result["targets"])
    assert set(result["cold_start_s"]) == {"figure_question", "passage_question"}
    assert {"lookup", "passage", "dialogue", "unanswerable"} <= set(result["warm_latency_ms"])
    assert all(v["p50"] <= v["p95"] <= v["p99"] for v in result["warm_latency_ms"].values())
    assert result["throughput_qps"] > 0 and result["peak_rss_mb"] > 0 and result["index_build_s"] > 0
    printed = capsys.readouterr().out
    assert "| category | p50 ms |" in printed and "| target | measured | limit | met |" in printed


def test_parse_bench_times_each_size_of_a_large_report(real_bot, capsys):
    from eval.parsing import run as run_parse

    rows = run_parse(real_bot.settings.report, (0.1, 0.2))
    assert [round(r["mb"], 1) for r in rows] == [0.1, 0.2]
    assert all(r["total"] >= r["facts"] > 0 for r in rows)
    assert "| size MB |" in capsys.readouterr().out
