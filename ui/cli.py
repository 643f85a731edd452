"""`python -m ui` / `qa serve`: the web chat on http://127.0.0.1:7860."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    parser.add_argument("--share", action="store_true", help="also open a public share link (off by default)")
    parser.add_argument("--feedback-log", help="JSON Lines file for 👍/👎 feedback (default: in the cache folder)")


def main(argv: Sequence[str] | None = None) -> int:

    from qa.cli import main as qa_main

    return qa_main(["serve", *(sys.argv[1:] if argv is None else argv)])
