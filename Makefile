# The two README commands: `make demo` (the editor in demo mode) and `make test` (every test).
# Both build the virtual environment from the hash-locked requirements first when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo moderator-demo test lint bench bench-inbox fuzz screenshots translations clean

$(STAMP): requirements/lock.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/build.txt -r requirements/lock.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The independent reader of docs/FORMAT.md (tests/independent) runs on Node with locked packages.
NODE_STAMP := tests/independent/node_modules/.installed

$(NODE_STAMP): tests/independent/package-lock.json
	npm ci --prefix tests/independent --no-audit --no-fund --silent
	touch $(NODE_STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/sealnote --demo

moderator-demo: $(STAMP)
	$(BIN)/sealnote-moderator --demo

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check app crypto ui tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/seal_bench.py

bench-inbox: $(STAMP)
	$(BIN)/python bench/inbox_bench.py

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/run_fuzz.py

screenshots: $(STAMP)
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tests/ui/make_screenshots.py
	xvfb-run -a -s "-screen 0 1280x1024x24" $(BIN)/python tests/ui/moderator/make_screenshots.py

# The editor and the moderator keep separate catalogues (the editor's must not carry the
# moderator's strings: tests/ui/test_translations.py checks it is complete).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' -not -path 'ui/moderator/*' -not -name '*moderator*.py') -ts ui/resources/i18n/sealnote_ar.ts ui/resources/i18n/sealnote_fa.ts
	$(BIN)/pyside6-lupdate ui/moderator/*.py ui/messages_moderator.py -ts ui/resources/i18n/sealnote_moderator_ar.ts ui/resources/i18n/sealnote_moderator_fa.ts
	$(BIN)/pyside6-lrelease ui/resources/i18n/*.ts

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
