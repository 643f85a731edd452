"""The public eval set and the accuracy script (`qa eval`, `python -m eval`)."""

from eval.dataset import Expect, Item, Turn, load_items
from eval.run import Summary, TurnResult, baseline, run_items, summarize
from eval.scoring import figure_in_text, is_correct, numbers_match

__all__ = [
    "Expect",
    "Item",
    "Summary",
    "Turn",
    "TurnResult",
    "baseline",
    "figure_in_text",
    "is_correct",
    "load_items",
    "numbers_match",
    "run_items",
    "summarize",
]
