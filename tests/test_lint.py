"""The code base stays ruff clean and ruff formatted: both are part of the test command CI runs
(ruff comes with the `dev` extra, so these never skip there)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUFF = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")

needs_ruff = pytest.mark.skipif(RUFF is None, reason="ruff not installed (pip install -e '.[dev]')")


@needs_ruff
def test_ruff_reports_nothing():
    result = subprocess.run([RUFF, "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@needs_ruff
def test_code_is_ruff_formatted():
    result = subprocess.run(
        [RUFF, "format", "--check", str(ROOT)], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
