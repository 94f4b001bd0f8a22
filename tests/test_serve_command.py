"""`python run_agent.py serve` on a machine with no key at all: it starts, says it books in the
embedded sandbox and that calls are refused for lack of a named key, and answers /healthz."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import websockets

from agent.config import Settings
from agent.telephony.admission import available_cores, call_limit
from agent.telephony.synthetic_voice import silence, synthetic_speech
from calendar_adapter.salon import load_salon
from tests.test_telephony_call import (
    AUTH_TOKEN,
    CALLER,
    brief_greeting_salon,
    twilio_call,
    until,
)

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

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


@asynccontextmanager
async def serve_process(tmp_path: Path, env: dict[str, str], *args: str):
    """`run_agent.py serve` in a process of its own; yields its base URL, its output so far
    (bytes chunks) and the process, and stops it with Ctrl+C afterwards."""
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "run_agent.py"),
        "serve",
        "--port",
        str(port),
        *args,
        cwd=tmp_path,  # no .env here
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output: list[bytes] = []

    async def drain() -> None:  # a full pipe would block the server's logging
        assert process.stdout is not None
        while chunk := await process.stdout.read(65536):
            output.append(chunk)

    reading = asyncio.create_task(drain())
    try:
        async with httpx.AsyncClient() as http:
            for _ in range(300):  # bounded: the process may fail to start
                if process.returncode is not None:
                    break
                try:
                    await http.get(f"http://127.0.0.1:{port}/healthz")
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
        yield f"http://127.0.0.1:{port}", output, process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
        await process.wait()
        await reading


async def test_serve_starts_without_any_key_and_reports_health(tmp_path):
    """A fresh checkout: no keys, no settings, no data/ directory yet (the ledger's and the
    sandbox's files are created there)."""
    env = {k: v for k, v in os.environ.items() if k not in KEYS and not k.startswith("LEDGER_")}
    env.update(PYTHONPATH=str(ROOT))
    cores = available_cores()
    async with serve_process(tmp_path, env) as (base, output, process):
        async with httpx.AsyncClient() as http:
            for _ in range(100):  # until every worker has started and beaten (bounded)
                health = await http.get(f"{base}/healthz")
                if len(health.json().get("cluster", {}).get("workers", [])) >= cores:
                    break
                await asyncio.sleep(0.2)
    log = b"".join(output).decode()

    assert health.status_code == 200, log
    body = health.json()
    worker, cluster = body.pop("worker"), body.pop("cluster")
    # one worker per core by default, each with its share of the server's call limit
    settings = Settings(_env_file=None)
    shares = [call_limit(settings, worker=i, workers=cores) for i in range(cores)]
    assert body == {
        "status": "ok",
        "calendar": "sandbox",
        "ledger": "ok",
        "calls": "refused",
        "providers": [],
        "load": {"active_calls": 0, "limit": body["load"]["limit"], "accepting": False},
        "draining": False,
    }
    assert body["load"]["limit"] in shares and sum(shares) == call_limit(settings)
    assert worker in [w["worker"] for w in cluster["workers"]]
    assert len(cluster["workers"]) == cores, cluster  # every worker beats into the ledger
    assert cluster["limit"] == call_limit(settings) and cluster["accepting"] == 0
    assert "embedded Cal.com sandbox" in log
    assert (tmp_path / "data" / "ledger.sqlite3").is_file()
    assert (tmp_path / "data" / "sandbox.sqlite3").is_file()
    assert "DEEPGRAM_API_KEY" in log
    assert f"POST {base}/twilio/voice" in log
    assert "twilio: closed (TWILIO_AUTH_TOKEN is not set)" in log
    assert "telnyx: closed (TELNYX_STREAM_TOKEN is not set)" in log
    assert process.returncode in (0, 130)  # Ctrl+C: graceful shutdown, then the usual 130


# -- what a production log holds -----------------------------------------------------------------

CUSTOMER = "Annegret Kowalczyk"
CALLER_DIGITS = "15112345678"  # of +4915112345678, in any spelling


def booking_script(day: date) -> dict:
    """A caller asks for a slot, then gives their name: held, then booked."""
    return {
        "transcripts": [
            "Einen Herrenhaarschnitt bei Mehmet um zehn, bitte.",
            f"Auf den Namen {CUSTOMER}.",
        ],
        "turns": [
            [
                {
                    "tool_calls": [
                        {
                            "name": "check_availability",
                            "arguments": {
                                "service": "Herrenhaarschnitt",
                                "stylist": "Mehmet",
                                "date": day.isoformat(),
                                "time": "10:00",
                            },
                        }
                    ]
                },
                {"say": "Um zehn ist frei und für Sie reserviert. Auf welchen Namen?"},
            ],
            [
                {
                    "tool_calls": [
                        {
                            "name": "book_appointment",
                            "arguments": {
                                "slot_id": "{check_availability.slot_id}",
                                "customer_name": CUSTOMER,
                            },
                        }
                    ]
                },
                {"say": "{say}"},
            ],
        ],
    }


def next_wednesday(at_least_days: int = 3) -> date:
    """The first Wednesday at least `at_least_days` ahead of the salon's today that the salon is
    open on. `serve` runs on the wall clock (a live server has no pinned clock), so the day is
    taken from it, in the salon's zone as `serve` reckons; a Wednesday that is a holiday or one
    of the salon's closed days (24.12., 31.12.) is passed over, whenever the test runs."""
    salon = load_salon()
    day = datetime.now(salon.tz).date() + timedelta(days=at_least_days)
    day += timedelta(days=(2 - day.weekday()) % 7)
    while salon.hours_on(day) is None:
        day += timedelta(days=7)
    return day


def prompt_lines() -> list[str]:
    """Lines of the system prompts as written (no placeholders): none may reach a log."""
    lines = []
    for path in (ROOT / "prompts").glob("system_*.md"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if len(line) > 40 and "$" not in line:
                lines.append(line.strip())
    assert lines
    return lines


async def wait_for_reply(call, since: int, *, quiet: float = 0.8) -> None:
    """Until the bot has spoken after byte `since` and then been quiet for `quiet` s; the line
    carries silence meanwhile, as Twilio's does. No deadline of its own (a loaded machine takes
    longer): a reply that never comes meets the suite's timeout."""
    loop = asyncio.get_running_loop()
    heard, last_growth = len(call.bot_audio), loop.time()
    while True:
        await call.play(silence(0.1))
        if len(call.bot_audio) != heard:
            heard, last_growth = len(call.bot_audio), loop.time()
        elif heard > since and loop.time() - last_growth > quiet:
            return


@pytest.mark.parametrize("level", ["default", "DEBUG"])
async def test_a_booking_call_through_serve_logs_no_name_number_or_prompt_by_default(
    tmp_path, level
):
    from calendar_adapter.ledger import AppointmentState, Ledger

    script = tmp_path / "standin.json"
    script.write_text(json.dumps(booking_script(next_wednesday())), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in KEYS}
    env.update(
        PYTHONPATH=str(ROOT),
        LEDGER_PATH=str(tmp_path / "ledger.sqlite3"),
        STT_PROVIDER="text",
        LLM_PROVIDER="scripted",
        TTS_PROVIDER="text",
        STANDIN_SCRIPT=str(script),
        TURN_DETECTION="silence",
        TURN_SILENCE_SECONDS="0.4",
        TWILIO_AUTH_TOKEN=AUTH_TOKEN,
        SALON_FILE=str(brief_greeting_salon(tmp_path)),  # the logs are the spec, not the greeting
    )
    args = () if level == "default" else ("--log-level", level)
    async with serve_process(tmp_path, env, *args) as (base, output, _):
        async with twilio_call(base, caller=CALLER) as call:
            await wait_for_reply(call, 0)  # the greeting
            for _ in range(2):  # the request, then the name
                before = len(call.bot_audio)
                await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
                await wait_for_reply(call, before)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
    log = b"".join(output).decode()

    ledger = await Ledger.open(tmp_path / "ledger.sqlite3")
    try:
        [record] = await ledger.recent_calls()
        [booked] = await ledger.appointments_for_call(record.call_id)
    finally:
        await ledger.close()
    # the call really booked, for this caller, in this name
    assert booked.state is AppointmentState.CONFIRMED, log
    assert (booked.customer_name, booked.caller_phone) == (CUSTOMER, CALLER)
    assert "ended: caller hung up" in log

    leaked = [line for line in prompt_lines() if line in log]
    if level == "default":
        assert CUSTOMER not in log and "Kowalczyk" not in log
        assert CALLER_DIGITS not in log
        assert leaked == []
        assert "| DEBUG" not in log
    else:  # DEBUG is opt-in, and it does write them: the check above can fail
        assert "Kowalczyk" in log and leaked
