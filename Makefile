VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000
SYSTEM_PACKAGES := chromium fonts-dejavu-core tesseract-ocr tesseract-ocr-vie graphviz \
	libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils postgresql

.PHONY: run test install install-test system-deps lint bench

# The browser libraries of the graph page (cytoscape), at the versions package-lock.json pins;
# the app serves them from node_modules/, nothing of them is copied into the repository.
node_modules/.package-lock.json: package.json package-lock.json
	@command -v npm >/dev/null || { echo "Thiếu npm (Node.js): cài bằng 'apt-get install nodejs npm' rồi chạy lại." >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(PY) node_modules/.package-lock.json
	$(PIP) install --quiet -e .

install-test: $(PY) system-deps node_modules/.package-lock.json
	$(PIP) install --quiet -e '.[test,st,ocr,pg]'

# Debian packages the tests use: Chromium for the pages, Tesseract for OCR, Graphviz for pictures,
# LibreOffice and Poppler to render the Word and PowerPoint exports to images,
# PostgreSQL for the store tests' second run (a throwaway server, tests/postgres_fixtures.py),
# Node.js and npm for the graph page's library (a Node.js that bundles npm counts as both).
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; fi

run: install
	$(VENV)/bin/policylink ingest corpus/
	$(VENV)/bin/policylink serve --host $(HOST) --port $(PORT)

lint: $(PY)
	$(VENV)/bin/ruff check .

test: install-test lint
	$(VENV)/bin/pytest -q

bench: install-test
	$(PY) -m bench
