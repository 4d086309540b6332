# The portal's commands. `make run` and `make test` do everything on a fresh machine.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Where `make run` serves: the admin link printed by create_dev_admin and the links in emails follow HOST and PORT.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install browser messages compilemessages migrate demo run test lint check ci clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	@touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

install: $(VENV)/.installed node_modules/.installed ## Create .venv, install the pinned Python packages (production's and the tools) and npm packages
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	@ldconfig -p | grep -q libpango-1.0 || (apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0)

browser: ## Install Debian's Chromium (browser tests) and a Java runtime (the W3C HTML checker) when missing
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless)

compilemessages: install ## Compile the translations in locale/
	$(MANAGE) compilemessages --ignore=$(VENV) -v 0

messages: install ## Extract interface strings into every catalogue in locale/*/LC_MESSAGES/django.po
	$(MANAGE) makemessages --all --ignore='$(VENV)/*' --ignore='tests/*' --no-obsolete --no-location
	$(BIN)/python -m portal.i18n_tools fill-source-language locale/en/LC_MESSAGES/django.po

migrate: compilemessages ## Apply database migrations
	$(MANAGE) migrate --noinput -v 0

demo: migrate ## Load the demo content and a local admin account (dev only)
	$(MANAGE) load_demo_content
	$(MANAGE) create_dev_admin

run: demo ## Install, migrate, load demo content and serve on HOST:PORT (default http://127.0.0.1:8000)
	@echo "Serving on http://$(HOST):$(PORT)/ (admin: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

test: compilemessages browser ## Run the test suite, browser tests included (DATABASE_URL selects the database)
	$(BIN)/pytest -q $(PYTEST_ARGS)

.PHONY: worker
worker: ## Run one task worker per queue (default, mail, renditions) until Ctrl-C, when TASKS_BACKEND is django_tasks_db.DatabaseBackend
	@trap 'kill $$(jobs -p) 2>/dev/null' INT TERM EXIT; \
	for queue in default mail renditions; do $(MANAGE) db_worker --queue-name $$queue & done; wait

.PHONY: collectstatic bench
collectstatic: compilemessages ## Collect hashed, compressed static files with the production settings (DEBUG off)
	DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost \
	  $(MANAGE) collectstatic --noinput -v 0

bench: compilemessages ## Measure pages as deployed (production settings, Redis, gunicorn) against a bare Django view; BENCH_QUICK=1 for a smoke run
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server)
	$(BIN)/python bench/run.py

.PHONY: drill
drill: compilemessages ## Break Redis, PostgreSQL, SMTP and workers one at a time under traffic (own servers on 127.0.0.1, ~10 min) and print what visitors noticed
	@command -v redis-server >/dev/null || (apt-get update -qq && apt-get install -y -qq redis-server)
	$(BIN)/python bench/drill.py

lint: install ## ruff, Django's checks and the migrations check
	$(BIN)/ruff check .
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

ci: ## What CI runs: .ci/run
	bash .ci/run

clean: ## Remove the virtualenv, the SQLite database and generated files
	rm -rf $(VENV) db.sqlite3 media .test-media collected_static
	find locale -name '*.mo' -delete
