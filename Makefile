# Two commands do all the set-up on a fresh machine:
#   make serve   installs what the site needs into .venv and serves it with live reload
#   make test    installs the test tools (and Debian's chromium if missing) and runs every test
# Also: make check (validate content only), make build (strict build into site/), make clean.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test chromium clean

serve: $(VENV)/.site-installed
	$(BIN)/mkdocs serve

build: $(VENV)/.site-installed
	$(BIN)/mkdocs build --strict

check: $(VENV)/.site-installed
	$(BIN)/python -m scripts.qbank check

test: $(VENV)/.dev-installed chromium
	$(BIN)/python -m pytest

$(VENV)/.site-installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt requirements.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements-dev.txt
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
	rm -rf site .pytest_cache
