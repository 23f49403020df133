# Two commands do all set-up on a fresh machine:
#   make run   - create .venv, install the app, start it on the built-in questionnaire
#   make test  - create .venv with the test tools, run the linter and every test (GUI offscreen)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python

.PHONY: run test lint translations bench package clean screenshots system-deps \
        package-windows windows-selftest

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamps: reinstall only when pyproject.toml changes.
$(VENV)/.run-deps: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-deps: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.run-deps

run: $(VENV)/.run-deps translations
	$(PY) -m desktop.platform_check
	$(PY) -m desktop

lint: $(VENV)/.test-deps
	$(BIN)/ruff check .

test: $(VENV)/.test-deps translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

$(VENV)/.bench-deps: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[bench]'
	touch $@ $(VENV)/.run-deps

# The performance suite: bench/results.json and the tables in docs/performance.md.
bench: $(VENV)/.bench-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m bench.run

# The one-folder PyInstaller bundle in dist/, self-tested, with its size.
package: $(VENV)/.run-deps translations
	bash packaging/build.sh

# The Windows bundle and its NSIS installer, built here on Linux under Wine (dist/windows/;
# downloads cached in build/windows-cache). Installs wine, nsis and a MinGW linker if missing.
package-windows: $(VENV)/.run-deps translations
	bash packaging/windows/build.sh

# The installer proven in a fresh Wine prefix: install, self-tests, screenshot, uninstall.
windows-selftest: package-windows
	bash packaging/windows/selftest.sh

# PNGs of the main screens in Turkish, from the real app (docs/screenshots/): 1366x768 at
# 100 and 150 %, 1920x1080 at 150 %.
screenshots: $(VENV)/.test-deps translations
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --screen 1920x1080 --scales 150

translations: $(VENV)/.run-deps
	$(PY) tools/translations.py build

# What some tests need from the system (LibreOffice to re-save workbooks, poppler to render
# PDFs, xvfb for screenshots). Without them those tests skip with a reason; CI installs them.
SYSTEM_PACKAGES := libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils xvfb xauth
system-deps:
	@if command -v soffice >/dev/null && command -v pdftoppm >/dev/null \
	    && command -v xvfb-run >/dev/null; then echo "system packages present"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends $(SYSTEM_PACKAGES) >/dev/null \
	    || echo "warning: could not install $(SYSTEM_PACKAGES); their tests will skip"; \
	else echo "install as root: apt-get install $(SYSTEM_PACKAGES) (their tests skip meanwhile)"; fi

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
