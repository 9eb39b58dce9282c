# Two commands for a new user: `make run` and `make test`. `make setup` is the idempotent install both use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE ?= Siapa yang mengatakan netralitas TNI-Polri adalah harga mati?

# Offline for real: no hub downloads, no telemetry.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: setup index run ask test test-fast lint clean

# Debian's chromium for the browser tests (Playwright drives it; `playwright install` would download a browser).
setup: $(STAMP)
	@if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then \
		SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
		echo "installing chromium for the browser tests"; \
		$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
			|| echo "warning: chromium not installed: the browser tests will be skipped"; \
	fi

# torch first, from the machine's local CPU wheel: installed after sentence-transformers it would pull CUDA builds.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

index: setup
	$(BIN)/netralitas index

# Build/update the index, then serve the chat app on http://127.0.0.1:7860 (HOST/PORT to change).
run: index
	$(BIN)/netralitas serve $(if $(HOST),--host $(HOST)) $(if $(PORT),--port $(PORT))

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

clean:
	rm -rf .netralitas .pytest_cache .ruff_cache

# Quality and speed (see benchmarks/ and README "Quality and speed"). `make eval`: gold-set retrieval and answer
# quality, ~2 min. `make bench`: speed and memory, ~15 min; `make bench SIZES=1000,10000,100000` adds 100k (hours).
.PHONY: eval bench
eval: setup
	$(BIN)/python -m benchmarks.qa_check
	$(BIN)/python -m benchmarks.evaluate

bench: setup
	$(BIN)/python -m benchmarks.bench $(if $(SIZES),--sizes $(SIZES))
