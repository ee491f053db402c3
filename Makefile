# The one entry point for people and CI. `make run` and `make test` do their own set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 3000
# The Lambda runtime is CPython 3.12; find a 3.12 (or newer) interpreter to build the venv with.
PYTHON_BOOT ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12 python3.13 \
	$$HOME/.pyenv/versions/3.13*/bin/python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& { command -v $$p; break; }; done)

.PHONY: help run test lint bench build validate deploy clean

help:
	@echo "make run      start the local stack on http://127.0.0.1:$(PORT) (no AWS account, no Docker)"
	@echo "make test     run unit, integration and end-to-end tests"
	@echo "make lint     ruff"
	@echo "make bench    detection benchmark against peers (see docs/benchmarks.md)"
	@echo "make build    sam build (arm64 layer, no Docker)"
	@echo "make validate sam validate --lint and cfn-lint"
	@echo "make deploy   sam build && sam deploy --guided"
	@echo "make sam-venv SAM CLI and cfn-lint (pinned) in their own virtualenv $(SAM_VENV)"

$(VENV)/.installed: requirements-dev.txt layers/deps/requirements.txt pyproject.toml
	@test -n "$(PYTHON_BOOT)" || { echo "Python 3.12 or newer is required (pyenv install 3.12)"; exit 1; }
	test -x $(PY) || $(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

run: $(VENV)/.installed
	PORT=$(PORT) $(PY) -m local

test: $(VENV)/.installed
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Peers (datafog-core, Presidio) get their own venv so the product's dependencies stay lean.
# A peer that fails to install is reported as missing in the table, not silently dropped.
BENCH_VENV := .venv-bench
BENCH_STAMP := $(BENCH_VENV)/.installed

$(BENCH_STAMP): bench/requirements.txt
	@test -n "$(PYTHON_BOOT)" || { echo "Python 3.12 or newer is required (pyenv install 3.12)"; exit 1; }
	test -x $(BENCH_VENV)/bin/python || $(PYTHON_BOOT) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install --quiet -r bench/requirements.txt \
		|| echo "bench: some peers did not install; they will be reported as missing"
	touch $@

bench: $(VENV)/.installed $(BENCH_STAMP)
	$(PY) bench/run.py --bench-python $(BENCH_VENV)/bin/python

# SAM CLI and cfn-lint pin their own boto3/pydantic, which conflict with the app's: own venv.
SAM_VENV := .venv-sam
SAM_PINS := aws-sam-cli==1.170.0 cfn-lint==1.58.0
SAM := SAM_CLI_TELEMETRY=0 $(SAM_VENV)/bin/sam
SAM_STAMP := $(SAM_VENV)/.installed-$(subst $() ,_,$(SAM_PINS))

.PHONY: sam-venv
sam-venv: $(SAM_STAMP)

$(SAM_STAMP):
	@test -n "$(PYTHON_BOOT)" || { echo "Python 3.12 or newer is required (pyenv install 3.12)"; exit 1; }
	test -x $(SAM_VENV)/bin/python || $(PYTHON_BOOT) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SAM_VENV)/bin/python -m pip install --quiet $(SAM_PINS)
	rm -f $(SAM_VENV)/.installed-*
	touch $@

# No Docker: every resource uses BuildMethod: makefile (rules in lambda.mk).
build: $(SAM_STAMP)
	$(SAM) build

validate: $(SAM_STAMP)
	$(SAM) validate --lint --region us-east-1
	$(SAM_VENV)/bin/cfn-lint template.yaml

deploy: build
	$(SAM) deploy --guided
