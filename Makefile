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

ARTICLE ?=
CORPUS ?=
NOTEBOOK ?=
PYTEST_ARGS ?=

.PHONY: help install nltk-data reports test lab lint bench clean

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

$(STAMP): $(ROOT)/pyproject.toml | $(PY)
	"$(PY)" -m pip install --disable-pip-version-check -q --upgrade pip
	"$(PY)" -m pip install --disable-pip-version-check -q -e "$(ROOT)[test]"
	@touch "$@"

install: $(STAMP) ## Create the environment, install nbutils and the NLTK data
	@cd "$(ROOT)" && "$(PY)" -m nbutils nltk-data

nltk-data: $(STAMP) ## Install missing NLTK data (from NBUTILS_NLTK_MIRROR if set)
	@cd "$(ROOT)" && "$(PY)" -m nbutils nltk-data

reports: install ## Render every notebook to reports/<id>/ (ARTICLE=…, CORPUS=…, NOTEBOOK=…)
	cd "$(ROOT)" && "$(PY)" -m nbutils render \
	  $(if $(ARTICLE),--article "$(ARTICLE)") $(if $(CORPUS),--corpus "$(CORPUS)") \
	  $(foreach nb,$(NOTEBOOK),--notebook $(nb))

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

clean: ## Remove generated reports and caches (keeps the environment)
	rm -rf "$(ROOT)"/reports/*/ "$(ROOT)"/reports/.*.failed "$(ROOT)"/.pytest_cache
