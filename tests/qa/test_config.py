from pathlib import Path

from qa.config import Settings, bundled_report


def test_defaults_are_the_bundled_report_and_m3e_small_in_the_cache(tmp_path: Path):
    settings = Settings.resolve(env={"XDG_CACHE_HOME": str(tmp_path)})
    assert settings.report == bundled_report() and settings.report.is_file()
    assert settings.model == "m3e-small"
    assert settings.index_dir == tmp_path / "report-qa" / "ningbo-gaoxin-2011-2012--m3e-small"


def test_environment_selects_and_arguments_override(tmp_path: Path):
    env = {"QA_MODEL": "some/model", "QA_REPORT": "/data/r.txt", "QA_INDEX_DIR": str(tmp_path / "i")}
    settings = Settings.resolve(env=env)
    assert (settings.model, settings.report, settings.index_dir) == ("some/model", Path("/data/r.txt"), tmp_path / "i")
    settings = Settings.resolve(model="other", index_dir=tmp_path / "j", env=env)
    assert (settings.model, settings.index_dir) == ("other", tmp_path / "j")
