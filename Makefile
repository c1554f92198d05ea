# Radicale vernieuwing: `make run` serves the demo site, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
BACKUP_DIR ?= backups

.DEFAULT_GOAL := help
.PHONY: help install run test lint format bench bench-security backup restore clean mutation

help: ## Show the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements.lock ".[dev]"
	touch $@

install: $(BIN)/.installed ## Create .venv and install the pinned dependencies

run: install ## Migrate SQLite, load the demo content and serve on http://127.0.0.1:8000 (with the scheduler)
	$(MANAGE) migrate --no-input
	$(MANAGE) compile_translations
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_admin
	@echo "Site: http://$(HOST):$(PORT)/  (English: http://$(HOST):$(PORT)/en/)"
	@# The scheduler publishes scheduled pages beside runserver and is stopped with it.
	$(MANAGE) run_scheduler & scheduler=$$!; \
	trap 'kill $$scheduler 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

# One worker per core (TEST_WORKERS=0: one process); whole files per worker, so a module's
# shared data and browser are built once. The 20 slowest tests are listed at the end.
# axe-core for the browser tests' accessibility check, pinned in package-lock.json. Only the
# tests use npm; the site has no build step. Without npm that one test is skipped.
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the axe-core accessibility test will be skipped"; fi

test: install node_modules/.installed ## Run the whole test suite in parallel (against DATABASE_URL when set, else SQLite)
	$(MANAGE) compile_translations --verbosity 0
	$(BIN)/pytest -n $(or $(TEST_WORKERS),auto) --dist loadfile --durations=20

mutation: install ## Mutation testing of search, publications, listings and the shell cache (mutmut, see README)
	$(MANAGE) compile_translations --verbosity 0
	@scripts/mutation-sync
	$(BIN)/mutmut run --max-children $(or $(MUTATION_CHILDREN),2)
	@scripts/mutation-score

lint: install ## ruff check and ruff format --check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install ## Let ruff fix and format the code
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: install ## Page, search and relevance benchmarks: demo size and 20,000 pages a language (throwaway PostgreSQL)
	$(MANAGE) compile_translations --verbosity 0
	bench/run

bench-security: install ## Home page latency under a login flood and under slow document readers (throwaway PostgreSQL)
	scripts/with-throwaway-postgres rv_login_flood $(BIN)/python bench/login_flood.py --compare
	scripts/with-throwaway-postgres rv_slow $(BIN)/python bench/slow_reader.py

backup: install ## Back up the database and media files into one archive in backups/
	$(MANAGE) backup_site --output $(BACKUP_DIR)

restore: install ## Restore ARCHIVE=<file.tar> into an empty database (FORCE=1: replace), then migrate
	@test -n "$(ARCHIVE)" || { echo "Usage: make restore ARCHIVE=$(BACKUP_DIR)/radicale-vernieuwing-<date>.tar [FORCE=1]"; exit 2; }
	$(MANAGE) restore_site $(if $(FORCE),--force) "$(ARCHIVE)"
	$(MANAGE) migrate --no-input

clean: ## Remove the virtualenv, the local database and uploaded media
	rm -rf $(VENV) db.sqlite3 media staticfiles .admin-password .cache
