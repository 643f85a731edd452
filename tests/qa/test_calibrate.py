from importlib import resources

import pytest

from qa.bot import MIN_COVERAGE
from qa.calibrate import Labelled, calibrate, read_labelled


def test_shipped_threshold_is_the_calibrated_one(real_bot):
    items = read_labelled(resources.files("eval") / "calibration.jsonl")
    assert len(items) >= 100 and {i.answerable for i in items} == {True, False}
    result = calibrate(real_bot, items)
    assert result.accuracy[round(MIN_COVERAGE, 2)] >= result.accuracy[result.best] - 0.02
    assert result.accuracy[result.best] > 0.7


def test_calibration_prefers_the_threshold_that_separates_labels(county_bot):
    items = [
        Labelled("新建改建农村公路多少千米", True),
        Labelled("完成老旧小区改造多少个", True),
        Labelled("青禾县的房价是多少", False),
        Labelled("推荐一部电影", False),
    ]
    result = calibrate(county_bot, items, candidates=(0.0, 0.5, 1.01))
    assert result.accuracy[0.5] == 1.0 and result.best == 0.5
    with pytest.raises(ValueError, match="no labelled"):
        calibrate(county_bot, [])
