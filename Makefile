# Everything a fresh machine needs: Python 3.11, pip and Debian packages.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL := ../shared/eval

.PHONY: setup services demo test eval eval-gate bench lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: setup
	rm -f xietong.db
	$(BIN)/xietong --db sqlite:///xietong.db ingest corpus/sample
	$(BIN)/xietong --db sqlite:///xietong.db docs

# The PostgreSQL tests start their own cluster on 127.0.0.1 from Debian's server binaries.
services:
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "could not install postgresql: the PostgreSQL tests will be skipped"

test: setup services
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/python $(EVAL)/evaluate.py --xietong "$(BIN)/xietong"

# Fails when a score drops below eval-baseline.json; `python scripts/eval_gate.py --raise` moves floors up.
eval-gate: setup
	$(BIN)/python scripts/eval_gate.py

bench: setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy src/xietong

clean:
	rm -rf $(VENV) xietong.db .pytest_cache .ruff_cache
