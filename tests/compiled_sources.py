"""The project's own modules compiled to bytecode once, before any worker starts.

The project is installed editable: its modules are read from the checkout, which the install
does not byte-compile (uv's `--compile-bytecode` covers site-packages), and the CI VM sets
PYTHONDONTWRITEBYTECODE=1, so Python never writes their bytecode either. Every process that
imports them compiled the same sources again: each xdist worker (it imports nearly all of them
to collect: up to ~0.7-1 s of CPU) and every `serve`, sandbox or command process a test starts
(the part it imports); compiling all ~880 modules once takes ~1.2 s (bench/RESULTS.md, "Test
suite time (suite1)"). `compileall` writes the bytecode whatever that variable says, and
imports read it; a source changed later is compiled again on import (its stamp no longer
matches), as Python does anyway. The packages are pyproject's (`tool.setuptools`).
"""

from __future__ import annotations

import compileall
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def project_sources(root: Path = ROOT) -> list[Path]:
    """The packages and top-level modules pyproject installs, as paths in the checkout."""
    setup = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]
    packages = [root / name.rstrip("*") for name in setup["packages"]["find"]["include"]]
    modules = [root / f"{name}.py" for name in setup.get("py-modules", [])]
    return [path for path in packages + modules if path.exists()]


def compile_sources(root: Path = ROOT) -> None:
    """Bytecode for every project module whose bytecode is missing or older than its source (a
    module that does not compile is left to its import to report)."""
    for path in project_sources(root):
        if path.is_dir():
            compileall.compile_dir(path, quiet=2)
        else:
            compileall.compile_file(path, quiet=2)


def pytest_configure(config: pytest.Config) -> None:
    """In the run's first process only: an xdist worker starts after its controller did it."""
    if not hasattr(config, "workerinput"):
        compile_sources()
