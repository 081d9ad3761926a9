# Who said what? — quotations, speakers and reactions in news articles.
# `make help` lists the targets. Paths are anchored at this file's folder.

.DEFAULT_GOAL := help
SHELL := /bin/bash
ROOT := $(patsubst %/,%,$(dir $(abspath $(lastword $(MAKEFILE_LIST)))))

# The environment: an active virtualenv or conda env if there is one,
# otherwise .venv/ at the repository root, created on first use.
PYTHON ?= python3
ifdef VIRTUAL_ENV
  ENV := $(VIRTUAL_ENV)
else ifdef CONDA_PREFIX
  ENV := $(CONDA_PREFIX)
else
  ENV := $(ROOT)/.venv
endif
PY := $(ENV)/bin/python
STAMP := $(ENV)/.nbutils-installed

LOCK_HEADER1 := \# Exact versions, with hashes, of every dependency of nbutils (and its test extras), for
LOCK_HEADER2 := \# Python 3.11+ on any platform. Installed by make install, refreshed by make lock
LOCK_HEADER3 := \# (uv pip compile pyproject.toml --extra test --universal --generate-hashes).

ARTICLE ?=
CORPUS ?=
NOTEBOOK ?=
PARAMS ?=
PYTEST_ARGS ?=

.PHONY: help install nltk-data reports test lab lint bench clean lock

help: ## Show this help
	@echo "Usage: make TARGET [ARTICLE=path/to/article.txt] [CORPUS=path]"
	@echo
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | \
	  awk 'BEGIN {FS = ":.*?## "}; {printf "  %-10s %s\n", $$1, $$2}'
	@echo
	@echo "Environment: $(ENV)"
	@echo "NLTK data source: $${NBUTILS_NLTK_MIRROR:-the NLTK default data server}"

$(PY):
	$(PYTHON) -m venv "$(ENV)"

$(STAMP): $(ROOT)/pyproject.toml $(ROOT)/requirements.lock | $(PY)
	"$(PY)" -m pip install --disable-pip-version-check -q --upgrade pip
	"$(PY)" -m pip install --disable-pip-version-check -q --require-hashes -r "$(ROOT)/requirements.lock"
	"$(PY)" -m pip install --disable-pip-version-check -q --no-deps -e "$(ROOT)"
	@touch "$@"

install: $(STAMP) ## Create the environment, install nbutils and the NLTK data
	@cd "$(ROOT)" && "$(PY)" -m nbutils nltk-data

nltk-data: $(STAMP) ## Install missing NLTK data (from NBUTILS_NLTK_MIRROR if set)
	@cd "$(ROOT)" && "$(PY)" -m nbutils nltk-data

# PARAMS="MODEL=vader MAX_TARGETS=4" sets notebook parameters (render's -p NAME VALUE).
param_arg = $(if $(findstring =,$(1)),-p $(firstword $(subst =, ,$(1))) "$(patsubst $(firstword $(subst =, ,$(1)))=%,%,$(1))",$(error PARAMS: '$(1)' is not NAME=VALUE))
RENDER_ARGS = $(strip $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(CORPUS),--corpus "$(CORPUS)") \
  $(foreach nb,$(NOTEBOOK),--notebook $(nb)) $(foreach p,$(PARAMS),$(call param_arg,$(p))))

reports: install ## Render every notebook to reports/<id>/ (ARTICLE=…, CORPUS=…, NOTEBOOK=…, PARAMS="NAME=VALUE …")
	cd "$(ROOT)" && "$(PY)" -m nbutils render$(if $(RENDER_ARGS), $(RENDER_ARGS))

test: install ## Run the test suite (modules, loaders, notebooks, JupyterLab)
	cd "$(ROOT)" && "$(PY)" -m pytest $(PYTEST_ARGS)

lab: install ## Start JupyterLab on the repository, with a kernel that imports nbutils
	cd "$(ROOT)" && "$(PY)" -m jupyter lab --notebook-dir="$(ROOT)" $(if $(filter 0,$(shell id -u)),--allow-root)

lint: install ## Lint the package, tests, benchmarks and notebooks with ruff
	cd "$(ROOT)" && "$(PY)" -m ruff check nbutils tests benchmarks notebooks

bench: install ## Run the benchmark scripts (accuracy, speed, render time)
	cd "$(ROOT)" && for b in benchmarks/bench_*.py; do echo "== $$b"; "$(PY)" "$$b" || exit 1; done

train: install ## Retrain the shipped sentiment and stance weights (DATA=dir of the corpora)
	cd "$(ROOT)" && "$(PY)" -m nbutils train $(if $(DATA),--data "$(DATA)")

lock: | $(PY) ## Refresh requirements.lock (exact versions with hashes) from pyproject.toml
	"$(PY)" -m pip install --disable-pip-version-check -q uv
	cd "$(ROOT)" && "$(PY)" -m uv pip compile pyproject.toml --extra test --universal \
	  --python-version 3.11 --generate-hashes --no-header --quiet \
	  -o requirements.lock.new
	cd "$(ROOT)" && { printf '%s\n' "$(LOCK_HEADER1)" "$(LOCK_HEADER2)" "$(LOCK_HEADER3)"; \
	  cat requirements.lock.new; } > requirements.lock && rm requirements.lock.new

# Reports, failed renders (<id>.failed/), and the temporary folders of killed
# renders (.<id>.XXXXXXXX/, hidden); reports/.gitkeep stays.
clean: ## Remove generated reports and caches (keeps the environment)
	rm -rf "$(ROOT)"/reports/*/ "$(ROOT)"/.pytest_cache
	find "$(ROOT)/reports" -mindepth 1 -maxdepth 1 -type d -name '.*' -exec rm -rf {} +
