"""The web app as a user's browser or program meets it: `qa serve` in its own process, on a free loopback port."""

import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server_files(tmp_path_factory):
    """The folder of a server's feedback log (feedback.jsonl) and its terminal output (serve.log)."""
    return tmp_path_factory.mktemp("ui")


@pytest.fixture(scope="module")
def server(real_bot, server_files):
    port = _free_port()
    log = server_files / "feedback.jsonl"
    output = (server_files / "serve.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "report_qa",
            "serve",
            "--port",
            str(port),
            "--index-dir",
            str(real_bot.settings.index_dir),
            "--feedback-log",
            str(log),
        ],
        stdout=output,  # a file, not a pipe nobody reads: a server that prints much never blocks on it
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(120):
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        output.close()
        pytest.fail("the web app did not start: " + (server_files / "serve.log").read_text(errors="replace")[-2000:])
    yield url  # the cache folder beside the index holds the app's exports and uploads
    process.terminate()
    process.wait(timeout=10)
    output.close()
