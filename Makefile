# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench venv clean

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,postgres]'
	touch $@

demo: venv
	$(BIN)/propulse demo

test: venv
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check intake scheduler tests bench
	$(BIN)/mypy intake scheduler

bench: venv
	$(BIN)/python bench/bench_extract.py

clean:
	rm -rf $(VENV) var
