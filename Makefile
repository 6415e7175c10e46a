# Agora — one entry point for every task. `make help` lists them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run install install-dev catalogs messages demo-po test lint format bench bench-smoke bench-load clean

help: ## List the tasks
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.requirements.stamp: requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

install: $(VENV)/.requirements.stamp ## Create .venv and install the runtime requirements

install-dev: install ## Install the test and lint tools too
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt

catalogs: install ## Compile the gettext catalogs under locale/
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

run: catalogs ## Set everything up (SQLite, demo content, admin account) and serve on http://127.0.0.1:8000
	$(MANAGE) migrate --no-input -v0
	$(MANAGE) load_demo_content
	$(MANAGE) simulate_cohort
	$(MANAGE) ensure_admin
	$(MANAGE) ensure_translators
	@echo "Agora: http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

messages: install ## Extract interface strings into every catalog under locale/, then compile
	$(MANAGE) makemessages --all --no-obsolete --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests --add-location=file
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

demo-po: install ## After editing the English demo data: refresh its PO files (new segments left empty for translators)
	@dir=$$(mktemp -d) && export DATABASE_URL=sqlite:///$$dir/demo.sqlite3 \
	  && $(MANAGE) migrate --no-input -v0 && $(MANAGE) load_demo_content --source-only \
	  && $(MANAGE) demo_translations; rc=$$?; rm -rf "$$dir"; exit $$rc

test: ## Install everything a test needs, start a throwaway PostgreSQL, run the whole suite
	scripts/test.sh

lint: install-dev ## ruff check, ruff format check, the architecture contracts (lint-imports), hadolint, the demo translations' quality check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache --no-logo
	$(VENV)/bin/hadolint Dockerfile
	$(PY) -m localization.po_quality

format: install-dev ## Apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install-dev ## Run the benchmarks under bench/ (throwaway PostgreSQL; data cached in bench/results/, keyed on the migrations)
	bench/run.sh

bench-smoke: install-dev ## Every benchmark on tiny data, budgets not enforced (what CI runs; fails if one cannot run)
	bench/run.sh --smoke

bench-load: ## Run the load benchmark alone (gunicorn + wrk against budgets; docs/performance.md)
	.venv/bin/python bench/load.py

clean: ## Remove the virtualenv, node_modules, the SQLite database and compiled files
	rm -rf $(VENV) node_modules db.sqlite3 staticfiles .admin-password .translator-passwords
	find . -name '*.mo' -not -path './.venv/*' -delete
