"""The web chat's command-line options (`qa serve`)."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7860, help="port (default: 7860)")
    parser.add_argument("--share", action="store_true", help="also open a public share link (off by default)")
    parser.add_argument("--feedback-log", help="JSON Lines file for 👍/👎 feedback (default: in the cache folder)")
