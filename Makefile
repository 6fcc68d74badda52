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

# Two catalogues: the shared one (sealnote_*: every ui/ string outside the moderator window,
# including the one error-message table ui/messages.py that both windows use) and the moderator
# window's own (sealnote_moderator_*), which the moderator loads on top of the shared one.
# tests/ui/test_translations.py checks that both are complete and that neither carries the
# other's strings.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find ui -name '*.py' -not -path 'ui/moderator/*' -not -name 'moderator_launch.py') -ts ui/resources/i18n/sealnote_ar.ts ui/resources/i18n/sealnote_fa.ts
	$(BIN)/pyside6-lupdate ui/moderator/*.py ui/moderator_launch.py -ts ui/resources/i18n/sealnote_moderator_ar.ts ui/resources/i18n/sealnote_moderator_fa.ts
	$(BIN)/pyside6-lrelease ui/resources/i18n/*.ts

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

# Linux release (packaging/README.md): both programs frozen (PyInstaller, one folder each) into
# dist/ from their own venv of hash-locked build tools, their contents checked, run offscreen as
# a person would, then reproducible tarballs and SHA256SUMS. Not part of `make test`. The build
# venv lives under build/ (ignored by git, like dist/).
BUILD_VENV  := build/venv
BUILD_BIN   := $(BUILD_VENV)/bin
BUILD_STAMP := $(BUILD_VENV)/.installed
# Same sources, same build machine -> same bytes: every time stamp is the release date of this
# version (packaging/release.py epoch; SOURCE_DATE_EPOCH overrides it) and hashing is seeded.
PYINSTALLER  = SOURCE_DATE_EPOCH=$$($(PYTHON) packaging/release.py epoch) PYTHONHASHSEED=0 \
	$(BUILD_BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller

.PHONY: package

$(BUILD_STAMP): requirements/lock.txt requirements/build.txt requirements/packaging.txt
	rm -rf $(BUILD_VENV)
	$(PYTHON) -m venv $(BUILD_VENV)
	$(BUILD_BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements/build.txt -r requirements/lock.txt -r requirements/packaging.txt
	touch $(BUILD_STAMP)

package: $(BUILD_STAMP)
	rm -rf dist/sealnote dist/sealnote-moderator dist/*.tar.gz dist/SHA256SUMS build/pyinstaller
	$(PYINSTALLER) packaging/pyinstaller/sealnote.spec
	$(PYINSTALLER) packaging/pyinstaller/sealnote-moderator.spec
	$(BUILD_BIN)/python packaging/pyinstaller/check_bundle.py dist
	$(BUILD_BIN)/python packaging/pyinstaller/smoke_test.py dist
	$(BUILD_BIN)/python packaging/release.py tarballs dist
