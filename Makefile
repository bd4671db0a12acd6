# Two commands: `make run` serves the demo, `make test` runs the suite.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
MEDIA_PORT ?= 8010
# Compiled bytecode is kept (__pycache__/ is git-ignored), whatever the shell says: compiling
# every module of ours anew cost each process 0.7 s of every start, and `make run` starts three.
export PYTHONDONTWRITEBYTECODE :=

.PHONY: run test install migrate seed worker clean migrations lint

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The face engine installs with --no-deps, or pip would compile the dlib sdist (see requirements-media.txt).
$(VENV)/.installed: $(BIN)/python requirements.txt requirements-dev.txt requirements-media.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt
	$(BIN)/pip install --quiet --no-deps -r requirements-media.txt
	touch $@

# The admin console's front-end libraries (htmx, ECharts) come from the npm registry
# at set-up (admin_web/package.json and its lock file); node_modules is not committed.
admin_web/node_modules/.installed: admin_web/package.json admin_web/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix admin_web --no-audit --no-fund --loglevel=error && touch $@; \
	else \
	  echo "npm not found: install Node.js and npm, then run make install again (the admin console needs htmx and ECharts)"; \
	fi

# The H5 client's Vue 3 (h5/package.json and its lock file), the same way.
h5/node_modules/.installed: h5/package.json h5/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --prefix h5 --no-audit --no-fund --loglevel=error && touch $@; \
	else \
	  echo "npm not found: install Node.js and npm, then run make install again (the H5 client needs Vue)"; \
	fi

install: $(VENV)/.installed admin_web/node_modules/.installed h5/node_modules/.installed

migrate: install
	$(BIN)/python -m core.cli migrate

# seed prints the demo accounts and H5 personas; on a seeded database it only checks and prints.
seed: migrate
	$(BIN)/python -m core.cli seed-demo --base-url http://$(HOST):$(PORT)

# PUBLIC_BASE_URL follows HOST/PORT so that the offline WeChat (H5 persona login) calls this server.
# With VIDEO_PROVIDER=builtin (the default) the aiortc media process (realtime/media_server.py,
# development only) runs beside the server on MEDIA_PORT and stops with it (Ctrl-C included).
run: seed
	@echo "Serving http://$(HOST):$(PORT)  (console /admin/, H5 client /h5/, API docs /docs)"
	@media=; \
	if [ "$${VIDEO_PROVIDER:-builtin}" = builtin ]; then \
	  echo "Video: builtin media server http://$(HOST):$(MEDIA_PORT) (development only)"; \
	  $(BIN)/python -m realtime.media_server --host $(HOST) --port $(MEDIA_PORT) & media=$$!; \
	fi; \
	trap 'if [ -n "$$media" ]; then kill $$media 2>/dev/null; wait $$media; media=; fi' EXIT INT TERM; \
	BUILTIN_MEDIA_URL=$${BUILTIN_MEDIA_URL:-http://$(HOST):$(MEDIA_PORT)} \
	PUBLIC_BASE_URL=$${PUBLIC_BASE_URL:-http://$(HOST):$(PORT)} \
	  $(BIN)/sanic bff.app:create_app --factory --host $(HOST) --port $(PORT) --single-process

# Import rules first (.importlinter: layers, no cycles between domains, no private names across them).
test: install
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check --select F,E9 .

worker: install
	$(BIN)/python -m core.cli worker

# Developers: generate migrations for both dialects after changing models
# (needs a MariaDB/MySQL server for the mysql history).
migrations: install
	rm -f var/mm.sqlite3
	DATABASE_URL=sqlite://var/mm.sqlite3 $(BIN)/python -m core.cli migrate
	DATABASE_URL=sqlite://var/mm.sqlite3 $(BIN)/python -m core.cli makemigrations $(NAME)
	mysql -uroot -e "DROP DATABASE IF EXISTS huiyi_mm; CREATE DATABASE huiyi_mm CHARACTER SET utf8mb4"
	DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_mm $(BIN)/python -m core.cli migrate
	DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_mm $(BIN)/python -m core.cli makemigrations $(NAME)

clean:
	rm -rf $(VENV) var
