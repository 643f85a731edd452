"""The `qa` command: the one place that wires the layers together (index ← qa ← ui, eval ← this)."""
