# Everything a machine needs, installed and run by the project's own files.
#
#   make run      the whole site on http://127.0.0.1:8000/ (SQLite, SeaweedFS, a tasks worker)
#   make test     everything CI runs (.ci/run): checks, lint, pytest on PostgreSQL and SQLite
#   make help     the other targets
#
# All Python runs from .venv/bin/python, created with $(PYTHON) when missing.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
RUFF := $(VENV)/bin/ruff

# Debian packages: gettext for msgfmt (compilemessages); fonts-noto-core for the Noto fonts
# (Latin, Gurmukhi) of the petition packets, and the source of site/static/fonts/; chromium for
# the browser tests (tests/e2e/, driven by Playwright: never `playwright install`).
DEB_PACKAGES := gettext fonts-noto-core poppler-utils chromium

# The test database (PostgreSQL) and the SQLite smoke run.
TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
SMOKE_DATABASE_URL ?= sqlite:///$(CURDIR)/var/smoke-test.sqlite3
SMOKE_ARGS ?= -m smoke
PYTEST_ARGS ?=
PYTEST := $(PY) -m pytest --ds=config.settings.test

.PHONY: help install install-dev system-deps messages migrate demo run test test-postgres \
	test-smoke test-browser check lint \
	format bench lighthouse clean distclean

help:
	@echo "make install      create .venv ($(PYTHON)) and install requirements.txt"
	@echo "make install-dev  also the test and lint tools (requirements-dev.txt)"
	@echo "make system-deps  install the Debian packages the project needs ($(DEB_PACKAGES))"
	@echo "make messages     compile the translation catalogues (.po -> .mo)"
	@echo "make migrate      apply migrations to the dev database (var/db.sqlite3)"
	@echo "make demo         migrate, import ridings and MPs, demo content (admin / demo-admin-password)"
	@echo "make run          all of the above, then the site, SeaweedFS and a tasks worker"
	@echo "make test         checks, lint, pytest on PostgreSQL, pytest $(SMOKE_ARGS) on SQLite"
	@echo "make test-postgres / test-smoke / test-browser   one of the pytest runs"
	@echo "make lint|format  ruff, djhtml, import contracts | ruff format, check --fix, djhtml"
	@echo "make bench        run every bench/*.py but lighthouse"
	@echo "make lighthouse   Lighthouse (mobile) on the demo's pages; make run must be up"
	@echo "make clean        remove caches and compiled catalogues; distclean: also .venv, var/"

# --- Installation ----------------------------------------------------------------------------

$(PY):
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Stamp files: pip runs again only when a requirements file (or the interpreter) changes.
$(VENV)/.installed: requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements.txt
	@touch $@

$(VENV)/.installed-dev: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --disable-pip-version-check --quiet -r requirements-dev.txt
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

system-deps:
	@missing=""; \
	for pkg in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' "$$pkg" 2>/dev/null | grep -q "install ok installed" \
			|| missing="$$missing $$pkg"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "system-deps: missing Debian packages:$$missing (not root: install them with" \
			"'sudo apt-get install$$missing'); continuing." >&2; \
		exit 0; \
	fi; \
	echo "system-deps: installing$$missing"; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -qq; \
	apt-get install -y -qq --no-install-recommends $$missing

# --- Django ----------------------------------------------------------------------------------

# The .mo files are build output (.gitignore); Django recompiles only catalogues that changed.
messages: install system-deps
	@if find . -path ./$(VENV) -prune -o -path ./var -prune -o -name '*.po' -print \
			| grep -q .; then \
		$(MANAGE) compilemessages --ignore=$(VENV) --ignore=var -v 0; \
	else \
		echo "messages: no .po files yet, nothing to compile"; \
	fi

var:
	@mkdir -p var

migrate: install | var
	$(MANAGE) migrate --noinput -v 1

# Ridings (2023 representation order) and the MPs elected in 2025, read in place from
# RIDING_DATA_DIR (settings.RIDING_DATA_DIR, default ../shared/data; `make demo
# RIDING_DATA_DIR=/elsewhere` works too). Both imports are idempotent and take well under 3 s.
demo: migrate
	$(MANAGE) import_ridings
	$(MANAGE) import_members
	$(MANAGE) load_demo

run: install system-deps messages demo
	$(PY) -m config.devserver

# --- Checks and tests ------------------------------------------------------------------------

# ruff, the templates' indentation (djhtml) and the architecture's import contracts
# (pyproject.toml [tool.importlinter], docs/architecture.md).
lint: install-dev
	$(RUFF) check .
	$(RUFF) format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html')
	$(VENV)/bin/lint-imports

format: install-dev
	$(RUFF) format .
	$(RUFF) check --fix .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

# Django's deployment checklist against the production settings, in a production-like
# environment (behind one TLS proxy: NUM_PROXIES=1, which production requires); any warning
# fails.
check: install-dev | var
	DATABASE_URL="$(TEST_DATABASE_URL)" $(MANAGE) check --settings=config.settings.test
	DATABASE_URL="$(TEST_DATABASE_URL)" $(MANAGE) makemigrations --check --dry-run \
		--settings=config.settings.test
	DJANGO_SETTINGS_MODULE=config.settings.production \
		SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')" \
		ALLOWED_HOSTS=example.org \
		NUM_PROXIES=1 \
		DATABASE_URL="$(TEST_DATABASE_URL)" \
		$(MANAGE) check --deploy --fail-level WARNING

# The full run comes last so that CI's log ends with its summary line.
test: install-dev system-deps messages check lint test-smoke test-browser test-postgres

test-postgres: install-dev messages
	DATABASE_URL="$(TEST_DATABASE_URL)" $(PYTEST) --ignore=$(E2E_DIR) $(PYTEST_ARGS)

# The browser journeys and accessibility checks (Chromium, Playwright, axe-core) in a pytest
# run of their own: Playwright's sync API changes the thread's context, which the other
# transactional tests' serialized rollback relies on. Screenshots of failures: test-artifacts/.
E2E_DIR := tests/e2e

$(E2E_DIR)/node_modules/.installed: $(E2E_DIR)/package.json $(E2E_DIR)/package-lock.json
	@command -v npm >/dev/null || { \
		if [ "$$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
			--no-install-recommends npm; \
		else echo "npm not found: install it ('sudo apt-get install npm')" >&2; exit 1; fi; }
	npm ci --prefix $(E2E_DIR) --no-audit --no-fund --loglevel=error
	@touch $@

test-browser: install-dev system-deps messages $(E2E_DIR)/node_modules/.installed
	DATABASE_URL="$(TEST_DATABASE_URL)" $(PYTEST) $(E2E_DIR) $(PYTEST_ARGS)

# pytest exits 5 when it collects no test: fine for the smoke run only.
test-smoke: install-dev messages | var
	@echo "--- SQLite smoke run: pytest $(SMOKE_ARGS)"
	@rm -f var/smoke-test.sqlite3
	DATABASE_URL="$(SMOKE_DATABASE_URL)" $(PYTEST) $(SMOKE_ARGS) $(PYTEST_ARGS) \
		|| { rc=$$?; if [ $$rc -eq 5 ]; then echo "SQLite smoke run: no smoke tests yet"; \
			else exit $$rc; fi; }

bench: install-dev
	@found=""; \
	for script in bench/*.py; do \
		[ -e "$$script" ] || continue; \
		case "$$(basename "$$script")" in _*|lighthouse.py) continue;; esac; \
		found=1; echo "--- $$script"; $(PY) "$$script"; \
	done; \
	[ -n "$$found" ] || echo "bench: no benchmarks yet"

# Lighthouse on the demo (bench/lighthouse.py): not part of make test or make bench, as it
# measures a running site (make run, or LIGHTHOUSE_BASE_URL) with Debian's Chromium.
lighthouse: install-dev system-deps $(E2E_DIR)/node_modules/.installed
	$(PY) bench/lighthouse.py

# --- Clean-up --------------------------------------------------------------------------------

clean:
	find . -path ./$(VENV) -prune -o \( -name __pycache__ -o -name '*.mo' \) -print0 \
		| xargs -0 rm -rf
	rm -rf .pytest_cache .ruff_cache test-artifacts var/test-media var/smoke-test.sqlite3

# Also the virtualenv, var/ (the dev database, uploaded media and SeaweedFS data) and the
# browser tests' npm packages.
distclean: clean
	rm -rf $(VENV) var $(E2E_DIR)/node_modules
