# Sanctum: `make chat` to talk to the bot in this terminal, `make test` to run every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SANCTUM_DATA_DIR ?= $(CURDIR)/data
export SANCTUM_DATA_DIR

.PHONY: install chat test lint format bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

chat: install
	$(BIN)/sanctum db upgrade
	$(BIN)/sanctum chat

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install
	$(BIN)/python bench/run_all.py

eval: install
	$(BIN)/python ../shared/eval/score.py crisis ../shared/eval/crisis_dev.jsonl --cmd "$(BIN)/sanctum analyze --provider offline"
	$(BIN)/python ../shared/eval/score.py parse ../shared/eval/parse_dev.jsonl --cmd "$(BIN)/sanctum analyze --provider offline"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
