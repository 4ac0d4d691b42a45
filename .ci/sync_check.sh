#!/usr/bin/env bash
# Fail when the notebooks are not clean, the package is not what they export, or README.md is not
# what nbs/index.ipynb generates. Works on uncommitted trees too: it compares before and after.
set -euo pipefail
snap() { find nbs anime_study -name '*.ipynb' -o -name '*.py' | grep -v -e __pycache__ -e '/\.' | sort | xargs sha256sum; sha256sum README.md; }
before=$(snap)
nbdev_clean >/dev/null
nbdev_export
python .ci/readme.py >/dev/null
after=$(snap)
if [ "$before" != "$after" ]; then
  echo "OUT OF SYNC: nbdev_clean / nbdev_export / README generation changed these files:"
  diff <(echo "$before") <(echo "$after") | grep '^[<>]' | awk '{print "  " $3}' | sort -u
  echo "Run 'make clean-nbs', review, commit."
  exit 1
fi
echo "notebooks clean, package and README in sync"
