# Two entry points for a fresh machine (Python 3.11 + pip):
#   make demo   install, then run the main job on the default that ships with the package
#   make test   install, check notebooks and package agree, run every notebook's tests
# The environment is a venv keyed by a hash of setup.py and settings.ini, so reruns are quick;
# a missing one is built from scratch (about 4 minutes, ~6 GB).
SHELL := /bin/bash
PYTHON ?= python3.11
KEY := $(shell cat setup.py settings.ini | sha256sum | cut -c1-12)
VENV ?= $(or $(ANIME_STUDY_VENV),$(HOME)/.cache/anime_study/venv-$(KEY))
BIN := $(VENV)/bin

.PHONY: demo test venv sync-check readme clean-nbs

venv:
	@bash .ci/venv.sh "$(PYTHON)" "$(VENV)"


demo: venv
	$(BIN)/anime-study demo

test: venv sync-check
	$(BIN)/python .ci/test_nbs.py

sync-check: venv
	PATH="$(BIN):$$PATH" bash .ci/sync_check.sh

readme: venv
	$(BIN)/python .ci/readme.py

clean-nbs: venv
	$(BIN)/nbdev_clean && $(BIN)/nbdev_export && $(BIN)/python .ci/readme.py
