from pathlib import Path

import numpy as np
import pytest

from index.chunks import Chunk
from index.report import read_report
from index.store import build_index
from qa.retrieve import Hit, fuse, search_bm25, search_dense


def _hit(i: int, score: float = 1.0) -> Hit:
    return Hit(Chunk(i, ("s",), f"c{i}", (i, i + 1)), score)


def test_fusion_lets_the_heavier_ranking_lead():
    sparse = [_hit(1, 9.0), _hit(2, 5.0), _hit(3, 1.0)]
    dense = [_hit(3, 0.9), _hit(2, 0.8), _hit(1, 0.7)]
    assert fuse([(sparse, 0.7), (dense, 0.3)])[0].chunk.id == 1
    assert fuse([(sparse, 0.3), (dense, 0.7)])[0].chunk.id == 3


def test_fusion_rewards_agreement_between_rankings():
    sparse = [_hit(1, 9.0), _hit(2, 8.5), _hit(5, 1.0)]
    dense = [_hit(2, 0.9), _hit(4, 0.85), _hit(6, 0.5)]
    assert fuse([(sparse, 0.5), (dense, 0.5)])[0].chunk.id == 2


def test_fusion_scales_each_ranking_to_its_own_range():
    sparse = [_hit(1, 30.0), _hit(2, 15.0), _hit(3, 0.0)]
    dense = [_hit(2, 0.52), _hit(1, 0.51), _hit(3, 0.50)]
    fused = {h.chunk.id: h.score for h in fuse([(sparse, 0.5), (dense, 0.5)])}
    assert fused[1] == pytest.approx(0.5 * 1.0 + 0.5 * 0.5)
    assert fused[2] == pytest.approx(0.5 * 0.5 + 0.5 * 1.0)


def test_a_ranking_with_a_floor_gives_its_last_hit_credit_above_the_floor():
    sparse = [_hit(1, 2.5), _hit(2, 2.2)]  # the only chunks sharing a token with the question
    dense = [_hit(3, 0.9), _hit(2, 0.6), _hit(1, 0.5)]
    fused = {h.chunk.id: h.score for h in fuse([(sparse, 0.85), (dense, 0.15)], floors=(0.0, None))}
    assert fused[2] == pytest.approx(0.85 * 2.2 / 2.5 + 0.15 * 0.25)
    assert fused[2] > fused[3]  # a chunk holding the question's word beats one only near it in meaning
    unfloored = {h.chunk.id: h.score for h in fuse([(sparse, 0.85), (dense, 0.15)])}
    assert unfloored[2] < unfloored[3]


def test_faiss_top_k_matches_brute_force_cosine(county_report: Path, fake_encoder):
    index = build_index(read_report(county_report), fake_encoder)
    query = fake_encoder.encode(["一般公共预算收入增长多少"])[0]
    vectors = fake_encoder.encode([f"{c.section_path[-1]}\n{c.text}" for c in index.chunks])
    expected = np.argsort(-(vectors @ query), kind="stable")[:5]
    assert [h.chunk.id for h in search_dense(index, query, 5)] == list(expected)


def test_bm25_finds_the_chunk_with_the_indicator_and_skips_unrelated_ones(county_report: Path, fake_encoder):
    index = build_index(read_report(county_report), fake_encoder)
    hits = search_bm25(index, "农村公路新建改建多少千米")
    assert "农村公路" in hits[0].chunk.text
    assert search_bm25(index, "股票推荐") == []
