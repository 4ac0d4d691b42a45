#!/usr/bin/env bash
# Make sure the project venv at $2 exists (built with interpreter $1) and points at this checkout.
# A venv is complete only once it holds the marker .complete; an interrupted build is rebuilt.
set -euo pipefail
py=${1:-python3.11}; dest=$2
command -v "$py" >/dev/null || py=python3
if [ ! -f "$dest/.complete" ]; then
  echo "building venv $dest (about 4 minutes and 6 GB on a new machine)"
  rm -rf "$dest"; mkdir -p "$(dirname "$dest")"
  "$py" -m venv "$dest"
  quiet() { grep -v -e 'is ignored: it is neither' -e '^$' || true; }
  "$dest/bin/pip" install -q --upgrade pip setuptools wheel 2>&1 | quiet
  "$dest/bin/pip" install -q -e ".[dev]" 2>&1 | quiet
  "$dest/bin/python" -c "import anime_study, torch, facenet_pytorch, nbdev" || { echo "venv build failed"; exit 1; }
  touch "$dest/.complete"
fi
# The venv may be shared by several clones: point its editable install at this one (seconds).
"$dest/bin/pip" install -q --no-deps --no-build-isolation -e . 2>&1 | grep -v -e 'is ignored: it is neither' -e '^$' || true
