# Two commands for a new user: `make run` and `make test`. `make setup` is the idempotent install both use.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Offline for real: no hub downloads, no telemetry.
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export HF_HUB_DISABLE_TELEMETRY := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: setup index run test test-fast lint clean

# Debian packages some tests drive for real: chromium (Playwright's browser; `playwright install` would download
# one) and LibreOffice Writer (opens the exported DOCX briefings). Installed only when missing; without them
# those tests are skipped with the reason.
setup: $(STAMP)
	@missing=""; [ -x /usr/bin/chromium ] || missing="chromium"; [ -x /usr/bin/soffice ] || missing="$$missing soffice"; \
	if [ -n "$$missing" ] && command -v apt-get >/dev/null; then \
		APT="$$([ "$$(id -u)" -eq 0 ] || echo sudo) env DEBIAN_FRONTEND=noninteractive apt-get"; \
		echo "installing$$missing for the browser and document tests"; \
		$$APT update -qq; \
		[ -x /usr/bin/chromium ] || $$APT install -y -qq chromium >/dev/null \
			|| echo "warning: chromium not installed: the browser tests will be skipped"; \
		[ -x /usr/bin/soffice ] || $$APT install -y -qq --no-install-recommends libreoffice-writer-nogui \
			>/dev/null || echo "warning: LibreOffice not installed: the DOCX check will be skipped"; \
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

# Load: 20 concurrent gradio_client users asking for 60 s against one `netralitas serve` on 127.0.0.1 (~2 min);
# requests, errors, p50/p95 latency and the server's RSS over time → benchmarks/results/loadtest.json.
.PHONY: loadtest
loadtest: setup
	$(BIN)/python -m benchmarks.loadtest $(if $(USERS),--users $(USERS)) $(if $(DURATION),--seconds $(DURATION))
