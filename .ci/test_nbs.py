"""Run every module notebook's tests with nbdev's own runner; print one line per notebook and a total.

Usage: python .ci/test_nbs.py [--flags "slow"] [--workers 2] [NOTEBOOK ...]
Cells marked with a flag from settings.ini's tst_flags (e.g. `#| slow`) are skipped unless forced.
Each notebook runs in its own process, so one that crashes cannot take the others down.
"""
import argparse, os, subprocess, sys, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from nbdev.config import get_config
from nbdev.doclinks import nbglob


def _one(fn, skip, force):
    "Child process: test one notebook, exit 0 on success."
    from nbdev.test import test_nb
    ok, _ = test_nb(Path(fn), skip_flags=skip, force_flags=force, basepath=get_config().config_path)
    sys.exit(0 if ok else 1)


def _run(fn, flags, threads):
    t0 = time.time()
    env = {**os.environ, 'OMP_NUM_THREADS': os.environ.get('OMP_NUM_THREADS', str(threads))}
    r = subprocess.run([sys.executable, __file__, '--one', str(fn), '--flags', flags], cwd=Path(fn).parent, env=env)
    return r.returncode == 0, time.time() - t0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('notebooks', nargs='*', help='notebooks to test (default: all module notebooks)')
    ap.add_argument('--flags', default='', help='space-separated flags of cells to run anyway, e.g. "slow"')
    ap.add_argument('--workers', type=int, default=2)
    ap.add_argument('--one', help=argparse.SUPPRESS)
    args = ap.parse_args()
    cfg = get_config()
    skip, force = cfg.tst_flags.split(), args.flags.split()
    if args.one: return _one(args.one, skip, force)
    files = [Path(f).absolute() for f in args.notebooks] or sorted(nbglob(cfg.nbs_path, as_path=True))
    print(f'testing {len(files)} notebooks, skipping cells flagged {sorted(set(skip) - set(force))}', flush=True)
    n_pass = n_fail = 0
    threads = max(1, (os.cpu_count() or 1) // args.workers)   # do not oversubscribe the cores
    with ThreadPoolExecutor(args.workers) as ex:
        for f, (ok, secs) in zip(files, ex.map(lambda f: _run(f, args.flags, threads), files)):
            n_pass += ok; n_fail += not ok
            print(f'{"PASS" if ok else "FAIL"}  {f.name}  ({secs:.0f} s)', flush=True)
    print(f'{n_pass} passed, {n_fail} failed')
    sys.exit(1 if n_fail or not files else 0)


if __name__ == '__main__': main()
