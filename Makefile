# Everything a fresh machine needs: Python 3.11, pip and Debian packages.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EVAL := ../shared/eval

.PHONY: setup demo test eval bench lint clean

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

test: setup
	$(BIN)/python -m pytest

eval: setup
	$(BIN)/python $(EVAL)/evaluate.py --xietong "$(BIN)/xietong"

bench: setup
	$(BIN)/python -m bench

lint: setup
	$(BIN)/ruff check src tests bench

clean:
	rm -rf $(VENV) xietong.db .pytest_cache .ruff_cache
