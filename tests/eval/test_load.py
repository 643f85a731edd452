"""`qa load` cannot report success falsely: it runs on loopback only and fails when requests fail."""

import pytest

from eval.load import loopback_url
from report_qa.cli import main


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1@example.com/", "http://user:pw@127.0.0.1/", "http://10.0.0.1:7860/", "ftp://127.0.0.1/"],
)
def test_only_urls_whose_host_resolves_to_loopback_are_accepted(url):
    with pytest.raises(ValueError):
        loopback_url(url)


def test_loopback_names_and_addresses_are_accepted():
    assert loopback_url("http://127.0.0.1:7860/") == "http://127.0.0.1:7860/ask"
    assert loopback_url("http://localhost:7860") == "http://127.0.0.1:7860/ask"  # resolved once, here
    assert loopback_url("http://127.0.0.1:7860/ask") == "http://127.0.0.1:7860/ask"
    assert loopback_url("http://[::1]:7860/") == "http://[::1]:7860/ask"


def test_a_dead_server_is_a_failure_with_its_errors_counted(capsys):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["load", "--url", f"http://127.0.0.1:{port}/", "--clients", "2", "--seconds", "1"]) == 1
    printed = capsys.readouterr().out
    assert "0 answered" in printed and "ConnectError" in printed
    assert main(["load", "--url", "http://127.0.0.1@example.com/", "--seconds", "1"]) == 2
