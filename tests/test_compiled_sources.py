"""Before the suite starts, every module pyproject installs has its bytecode, also where
PYTHONDONTWRITEBYTECODE keeps Python from writing it (the CI VM), so that no worker or `serve`
process compiles the same sources again (tests/compiled_sources.py)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from tests.compiled_sources import ROOT, compile_sources, project_sources

PYPROJECT = """
[tool.setuptools]
py-modules = ["run_it"]

[tool.setuptools.packages.find]
include = ["app*", "gone*"]
"""


def _project(root: Path) -> list[Path]:
    (root / "pyproject.toml").write_text(PYPROJECT)
    (root / "app" / "inner").mkdir(parents=True)
    sources = [root / "run_it.py", root / "app" / "__init__.py", root / "app" / "inner" / "x.py"]
    for source in sources:
        source.write_text("VALUE = 1\n")
    (root / "tests").mkdir()
    (root / "tests" / "test_y.py").write_text("def test_y(): pass\n")  # pytest's own to rewrite
    return sources


def test_every_installed_module_gets_its_bytecode_and_nothing_else(tmp_path):
    sources = _project(tmp_path)
    compile_sources(tmp_path)
    for source in sources:
        assert Path(importlib.util.cache_from_source(str(source))).is_file(), source
    assert not (tmp_path / "tests" / "__pycache__").exists()


def test_the_bytecode_is_written_where_python_itself_would_not_write_it(tmp_path):
    sources = _project(tmp_path)
    code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); from pathlib import Path; "
    code += f"from tests.compiled_sources import compile_sources; compile_sources(Path({str(tmp_path)!r}))"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert all(Path(importlib.util.cache_from_source(str(s))).is_file() for s in sources)


def test_the_suites_own_project_is_its_packages_and_entry_point():
    assert {p.name for p in project_sources()} >= {
        "agent",
        "tools",
        "calendar_adapter",
        "run_agent.py",
    }
