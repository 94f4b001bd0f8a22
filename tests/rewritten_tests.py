"""The test modules' assertion rewriting shared out among the xdist workers, not done by each.

pytest rewrites the `assert`s of every test module (and conftest) it imports and caches the result
in `__pycache__/*-pytest-*.pyc`, but not when Python may not write bytecode, and CI sets
PYTHONDONTWRITEBYTECODE=1: every worker rewrote all ~420 modules while collecting, ~4.9 s of
CPU each (`--assert=plain` collects in ~8.6 s of CPU against ~13.5 s; bench/RESULTS.md "Test suite
time (suite6)"). So each worker first rewrites its own share of them (every n-th, in collection
order) and writes the cache with pytest's own functions; then it collects, reading the others'
shares from the cache as they wrote them. The cache is pytest's own: a file is valid for the
source whose hash it holds (a changed module is rewritten again), written whole (a temporary file
renamed). A share not written yet when a worker needs it is rewritten by that worker, as before:
the result is the same, only the work is done twice. Without workers (`-n 0`, `-p no:xdist`)
nothing changes.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """In an xdist worker whose run rewrites asserts: this worker's share, before collecting."""
    worker = getattr(config, "workerinput", None)
    if worker is None or config.getoption("assertmode") != "rewrite":
        return
    try:
        from _pytest.assertion import rewrite
    except ImportError:  # pytest's internals moved: each worker rewrites all, as pytest does
        return
    index, count = int(worker["workerid"].removeprefix("gw")), int(worker["workercount"])
    for path in modules_to_rewrite(config)[index::count]:
        rewrite_once(rewrite, config, path)


def modules_to_rewrite(config: pytest.Config) -> list[Path]:
    """The modules pytest will rewrite under the run's paths (test files by `python_files`, and
    the conftest files), in the order it collects them (directories depth first, by name)."""
    patterns = config.getini("python_files")
    found: set[Path] = set()
    for arg in config.args:
        path = Path(config.invocation_params.dir, arg.split("::", 1)[0])
        if path.is_file():
            found.add(path)
        elif path.is_dir():
            found.update(
                p
                for p in path.rglob("*.py")
                if p.name == "conftest.py" or any(fnmatch.fnmatch(p.name, pat) for pat in patterns)
            )
    return sorted(found, key=lambda p: p.parts)


def rewrite_once(rewrite, config: pytest.Config, path: Path) -> None:
    """`path` rewritten into pytest's cache unless the cache holds it already (any failure left
    to the import to meet and report, as without this)."""
    try:
        cache = rewrite.get_cache_dir(path)
        pyc = cache / (path.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(path, pyc) is not None or not rewrite.try_makedirs(cache):
            return
        source_hash, code = rewrite._rewrite_test(path, config)
        rewrite._write_pyc(config.stash[rewrite.assertstate_key], code, source_hash, pyc)
    except Exception:  # a module that does not parse: its import fails and reports it
        return
