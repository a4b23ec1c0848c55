# The two commands of the README: `make demo` and `make test`.
# Both create the virtualenv and install everything on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: lint typecheck demo test test-unit test-integration test-faults wheel-check bench down clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip wheel
	$(BIN)/pip install --quiet -e '.[dev,test]'
	touch $(STAMP)

# ruff's rule set and the reasons for it are in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

demo: $(STAMP)
	$(BIN)/veilstream demo

test: $(STAMP)
	$(BIN)/python -m pytest -q -ra
	bash .ci/wheel-check

# The built wheel in a clean virtualenv, runtime dependencies only, outside the checkout.
wheel-check:
	bash .ci/wheel-check

test-unit: $(STAMP)
	$(BIN)/python -m pytest -q tests/unit

test-integration: $(STAMP)
	$(BIN)/python -m pytest -q -m integration

test-faults: $(STAMP)
	$(BIN)/python -m pytest -q -m faults

bench: $(STAMP)
	$(BIN)/python bench/detect.py
	$(BIN)/python bench/e2e.py

down: $(STAMP)
	$(BIN)/veilstream dev down

clean:
	-$(BIN)/veilstream dev down
	rm -rf $(VENV) .pytest_cache build dist
