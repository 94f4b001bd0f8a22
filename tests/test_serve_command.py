"""`python run_agent.py serve` on a machine with no key at all: it starts, says it books in the
embedded sandbox and that calls are refused for lack of a named key, and answers /healthz."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import httpx

from agent.config import Settings
from agent.telephony.admission import call_limit

ROOT = Path(__file__).resolve().parent.parent
KEYS = (
    "CALCOM_API_KEY",
    "DEEPGRAM_API_KEY",
    "OPENAI_API_KEY",
    "CARTESIA_API_KEY",
    "TWILIO_AUTH_TOKEN",
    "TELNYX_STREAM_TOKEN",
    "MAX_CONCURRENT_CALLS",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_serve_starts_without_any_key_and_reports_health(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in KEYS}
    env.update(LEDGER_PATH=str(tmp_path / "ledger.sqlite3"), PYTHONPATH=str(ROOT))
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "run_agent.py"),
        "serve",
        "--port",
        str(port),
        cwd=tmp_path,  # no .env here
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        health = None
        async with httpx.AsyncClient() as http:
            for _ in range(300):  # bounded: the process may fail to start
                if process.returncode is not None:
                    break
                try:
                    health = await http.get(f"http://127.0.0.1:{port}/healthz")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        output = (await process.stdout.read()).decode()
        await process.wait()

    assert health is not None, output
    assert health.status_code == 200
    assert health.json() == {
        "status": "ok",
        "calendar": "sandbox",
        "ledger": "ok",
        "calls": "refused",
        "providers": [],
        "load": {
            "active_calls": 0,
            "limit": call_limit(Settings(_env_file=None)),
            "accepting": False,
        },
    }
    assert "embedded Cal.com sandbox" in output
    assert "DEEPGRAM_API_KEY" in output
    assert f"POST http://127.0.0.1:{port}/twilio/voice" in output
    assert process.returncode in (0, 130)  # Ctrl+C: graceful shutdown, then the usual 130
