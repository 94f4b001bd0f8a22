"""Settings a process cannot run with are refused at start, in words that name the setting: a
mistyped number, and the sandbox's key sent to Cal.com itself (a `.env` copied from
`.env.example` keeps `CALCOM_BASE_URL=https://api.cal.com` while compose sets the sandbox's key)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from agent.config import Settings
from calendar_adapter.config import SANDBOX_API_KEY

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "base_url", ["https://api.cal.com", "https://api.cal.com/v2", "https://cal.com"]
)
def test_the_sandbox_key_against_cal_com_is_refused(base_url):
    with pytest.raises(ValidationError, match="sandbox's key"):
        Settings(_env_file=None, calcom_api_key=SANDBOX_API_KEY, calcom_base_url=base_url)


@pytest.mark.parametrize(
    ("key", "base_url"),
    [
        (SANDBOX_API_KEY, "http://sandbox:5555"),  # compose's sandbox service
        (SANDBOX_API_KEY, "http://127.0.0.1:5555"),  # `run_agent.py sandbox`
        ("cal_live_0123456789abcdef", "https://api.cal.com"),  # a real key
        (None, "https://api.cal.com"),  # no key: the embedded sandbox
        (SANDBOX_API_KEY, "https://cal.com.example.org"),  # not Cal.com's host
    ],
)
def test_every_other_pairing_starts(key, base_url):
    settings = Settings(_env_file=None, calcom_api_key=key, calcom_base_url=base_url)
    assert settings.calendar_config().base_url == base_url


def _run(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "run_agent.py"),
            "status",
            "last",
            "--ledger",
            str(tmp_path / "l.db"),
        ],
        cwd=tmp_path,  # no .env here
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_line_names_the_setting_and_exits_2_without_a_traceback(tmp_path):
    done = _run(
        {"CALCOM_API_KEY": SANDBOX_API_KEY, "CALCOM_BASE_URL": "https://api.cal.com"}, tmp_path
    )
    assert done.returncode == 2
    assert "invalid settings" in done.stderr and "sandbox's key" in done.stderr
    assert "Traceback" not in done.stderr

    done = _run({"CALCOM_TIMEOUT_SECONDS": "zehn"}, tmp_path)
    assert done.returncode == 2
    assert "CALCOM_TIMEOUT_SECONDS" in done.stderr and "Traceback" not in done.stderr
