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
    assert len(names) == 6 and any("passage" in n for n in names) and any("encoding" in n for n in names)
    assert all(isinstance(row["met"], bool) for row in result["targets"])
    assert set(result["cold_start_s"]) == {"figure_question", "passage_question"}
    assert {"lookup", "passage", "dialogue", "unanswerable"} <= set(result["warm_latency_ms"])
    assert all(v["p50"] <= v["p95"] <= v["p99"] for v in result["warm_latency_ms"].values())
    assert result["throughput_qps"] > 0 and result["peak_rss_mb"] > 0 and result["index_build_s"] > 0
    printed = capsys.readouterr().out
    assert "| category | p50 ms |" in printed and "| target | measured | limit | met |" in printed
