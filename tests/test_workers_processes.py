"""Two `serve` worker processes on one PostgreSQL ledger and one calendar (a standalone sandbox
process), as two containers behind a load balancer would run: a call's voice webhook on one
worker and its media stream on the other; its token opens one stream only, on either worker;
two callers racing for one slot across the workers get one booking and one truthful "not
available"; and a worker told to stop (SIGTERM) lets its running call finish while it takes no
new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Iterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx
import pytest
import websockets

from agent.telephony.synthetic_voice import silence, synthetic_speech
from calendar_adapter.ledger import AppointmentState, Ledger
from tests.pg_server import free_port
from tests.test_serve_command import KEYS, next_wednesday, wait_for_reply
from tests.test_telephony_call import (
    AUTH_TOKEN,
    CALLER,
    TwilioMediaStream,
    brief_greeting_salon,
    closed_by_server,
    media_stream,
    post_voice,
    stream_of,
    until,
    voice_form,
)

# scheduled first (tests/conftest.py); each test starts `serve` processes and places real-time
# calls: 90-113 s of wall on a loaded machine, past the suite's 120 s at load ~20
pytestmark = [pytest.mark.slow, pytest.mark.timeout(300)]

ROOT = Path(__file__).resolve().parent.parent
OTHER_CALLER = "+4917012345678"
START_LIMIT_SECONDS = 60.0
BOOKED = frozenset({"booked"})


def race_script(day: str) -> dict:
    """Both callers ask for the same slot, then give their name; the model says back the
    tool's status, then what booking said (nothing, when there was nothing to book)."""
    return {
        "transcripts": ["Herrenhaarschnitt bei Mehmet um zehn, bitte.", "Auf Anna Berger."],
        "turns": [
            [
                {
                    "tool_calls": [
                        {
                            "name": "check_availability",
                            "arguments": {
                                "service": "Herrenhaarschnitt",
                                "stylist": "Mehmet",
                                "date": day,
                                "time": "10:00",
                            },
                        }
                    ]
                },
                {"say": "Ergebnis: {check_availability.status}."},
            ],
            [
                {
                    "tool_calls": [
                        {
                            "name": "book_appointment",
                            "arguments": {
                                "slot_id": "{check_availability.slot_id}",
                                "customer_name": "Anna Berger",
                            },
                        }
                    ]
                },
                {"say": "{say}"},
            ],
        ],
    }


class Proc:
    """A child process whose output is kept (a full pipe would block its logging)."""

    def __init__(self, process: asyncio.subprocess.Process):
        self.process = process
        self.output: list[bytes] = []
        self._reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        assert self.process.stdout is not None
        while chunk := await self.process.stdout.read(65536):
            self.output.append(chunk)

    @property
    def log(self) -> str:
        return b"".join(self.output).decode(errors="replace")

    async def stop(self, sig: int = signal.SIGINT) -> int:
        if self.process.returncode is None:
            self.process.send_signal(sig)
        try:
            await asyncio.wait_for(self.process.wait(), 60)
        except TimeoutError:
            self.process.kill()
            await self.process.wait()
        await self._reader
        return self.process.returncode


# Every process this module started, for `no_process_outlives_its_test`.
_STARTED: list[asyncio.subprocess.Process] = []


@pytest.fixture(autouse=True)
def no_process_outlives_its_test() -> Iterator[None]:
    """A test that times out is failed where it waits, and its loop is torn down before its
    own clean-up (`Proc.stop`) has run: the `sandbox` and `serve` processes it started ran on,
    orphaned (bench/RESULTS.md "Test suite time (suite7)"). After each test whatever is still
    running is killed, from this plain finalizer, which pytest runs however the test ended."""
    yield
    while _STARTED:
        process = _STARTED.pop()
        if process.returncode is not None:
            continue
        with contextlib.suppress(OSError):  # gone already (and maybe reaped: check it is ours)
            if b"run_agent.py" in Path(f"/proc/{process.pid}/cmdline").read_bytes():
                os.kill(process.pid, signal.SIGKILL)


async def start(env: dict[str, str], cwd: Path, *args: str) -> Proc:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "run_agent.py"),
        *args,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    _STARTED.append(process)
    return Proc(process)


async def wait_until_up(url: str, proc: Proc) -> None:
    async with httpx.AsyncClient() as http:
        for _ in range(int(START_LIMIT_SECONDS / 0.2)):
            if proc.process.returncode is not None:
                raise AssertionError(f"{url} exited:\n{proc.log}")
            try:
                await http.get(url)
                return
            except httpx.TransportError:
                await asyncio.sleep(0.2)
    raise AssertionError(f"{url} did not come up:\n{proc.log}")


@asynccontextmanager
async def two_workers(tmp_path: Path, ledger_url: str) -> AsyncIterator[tuple[list, str, Proc]]:
    """A sandbox process, then two `serve --workers 1` processes on it and on the ledger;
    yields the workers' (base URL, process) pairs, the sandbox URL and its process."""
    script = tmp_path / "standin.json"
    script.write_text(json.dumps(race_script(next_wednesday().isoformat())), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in KEYS}
    env["PYTHONPATH"] = str(ROOT)
    async with AsyncExitStack() as stack:
        sandbox_port = free_port()
        sandbox = await start(
            env,
            tmp_path,
            "sandbox",
            "--port",
            str(sandbox_port),
            "--db",
            str(tmp_path / "calendar.sqlite3"),
        )
        stack.push_async_callback(sandbox.stop)
        sandbox_url = f"http://127.0.0.1:{sandbox_port}"
        await wait_until_up(f"{sandbox_url}/v2/me", sandbox)
        worker_env = dict(
            env,
            LEDGER_URL=ledger_url,
            CALCOM_API_KEY="cal_test_sandbox",
            CALCOM_BASE_URL=sandbox_url,
            STT_PROVIDER="text",
            LLM_PROVIDER="scripted",
            TTS_PROVIDER="text",
            STANDIN_SCRIPT=str(script),
            TURN_DETECTION="silence",
            TURN_SILENCE_SECONDS="0.4",
            TWILIO_AUTH_TOKEN=AUTH_TOKEN,
            SALON_FILE=str(brief_greeting_salon(tmp_path)),  # the reference salon, greeted briefly
            MAX_CONCURRENT_CALLS="2",
            DRAIN_TIMEOUT_SECONDS="60",
            # These calls wait on each other (a drain, a second worker's greeting): on a loaded
            # machine that can outlast the idle-line limit, which is not what is tested here.
            SILENCE_PROMPT_SECONDS="0",
        )
        workers = []
        for _ in range(2):
            port = free_port()
            proc = await start(worker_env, tmp_path, "serve", "--port", str(port), "--workers", "1")
            stack.push_async_callback(proc.stop)
            workers.append((f"http://127.0.0.1:{port}", proc))
        for base, proc in workers:
            await wait_until_up(f"{base}/healthz", proc)
        yield workers, sandbox_url, sandbox


@asynccontextmanager
async def stream(base: str, form: dict[str, str], parameters: dict[str, str]):
    """The media stream of a call (announced by a voice webhook) opened on `base`."""
    url = base.replace("http://", "ws://") + "/twilio/ws"
    async with media_stream(url, form["CallSid"], parameters) as call:
        yield call


async def announce(base: str, caller: str) -> tuple[dict[str, str], dict[str, str]]:
    """A signed voice webhook for a new call on `base`: the form and its stream parameters."""
    form = voice_form(caller=caller)
    response = await post_voice(base, form)
    assert response.status_code == 200, response.text
    _, parameters = stream_of(response.text)
    assert parameters.get("token"), response.text
    return form, parameters


async def speak(call: TwilioMediaStream) -> None:
    before = len(call.bot_audio)
    await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
    await wait_for_reply(call, before)


async def health(base: str) -> dict:
    async with httpx.AsyncClient() as http:
        return (await http.get(f"{base}/healthz")).json()


async def ready(base: str) -> int:
    async with httpx.AsyncClient() as http:
        return (await http.get(f"{base}/healthz/ready")).status_code


async def until_told(ledger_url: str, tool: str, feed, *, told: frozenset[str] | None) -> None:
    """Until each call's timeline holds `tool`'s result and, for a result whose status is in
    `told` (every status: None), words the bot said after it: the outcome the caller was told.
    Waiting for the bot to have spoken and gone quiet is not enough: on a loaded machine a tool
    outlasts the filler said while it runs ("Einen Moment bitte, ..."), and the caller who spoke
    or hung up then was not answered yet. `feed` keeps the lines alive meanwhile."""
    ledger = await Ledger.open(ledger_url)
    try:

        async def all_told() -> bool:
            calls = await ledger.recent_calls()
            if len(calls) < 2:
                return False
            for call in calls:
                events = await ledger.timeline(call.call_id)
                results = [
                    i
                    for i, e in enumerate(events)
                    if e.kind == "tool_result" and e.data.get("tool") == tool
                ]
                if not results:
                    return False
                status = events[results[0]].data["result"]["status"]
                if (told is None or status in told) and not any(
                    e.kind == "bot_said" for e in events[results[0] + 1 :]
                ):
                    return False
            return True

        await until(all_told, feed=feed, limit=90)
    finally:
        await ledger.close()


async def story(ledger: Ledger, calls: dict) -> str:
    """Each call's appointments and timeline, for a failure's message."""
    lines = []
    for phone, call in calls.items():
        lines.append(f"{phone} ({call.call_id}):")
        for row in await ledger.appointments_for_call(call.call_id):
            lines.append(f"  appointment {row.id}: {row.state.name}")
        for e in await ledger.timeline(call.call_id):
            lines.append(f"  {e.at:%H:%M:%S.%f} {e.kind}: {json.dumps(e.data, default=str)[:160]}")
    return "\n".join(lines)


@pytest.fixture
def postgres_ledger_url(postgres_server, ledger_template) -> str:
    name = postgres_server.create_database(template=ledger_template, prefix="workers")
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


async def test_two_workers_share_tokens_and_one_calendar_and_a_race_books_once(
    tmp_path, postgres_ledger_url
):
    async with two_workers(tmp_path, postgres_ledger_url) as (workers, sandbox_url, _):
        (a, _), (b, _) = workers
        assert (await health(a))["worker"] != (await health(b))["worker"]

        # Call 1: TwiML from worker A, the stream on worker B; call 2 the other way round.
        form_1, params_1 = await announce(a, CALLER)
        form_2, params_2 = await announce(b, OTHER_CALLER)
        async with stream(b, form_1, params_1) as call_1, stream(a, form_2, params_2) as call_2:
            await asyncio.gather(wait_for_reply(call_1, 0), wait_for_reply(call_2, 0))

            # Each token opened its stream once: again, on either worker, it is refused.
            for base, form, params in ((a, form_1, params_1), (b, form_1, params_1)):
                async with stream(base, form, params) as replayed:
                    assert await closed_by_server(replayed) == 1008
            async with stream(b, form_2, params_2) as replayed:
                assert await closed_by_server(replayed) == 1008

            def quiet() -> Awaitable[object]:
                return asyncio.gather(call_1.play(silence(0.1)), call_2.play(silence(0.1)))

            # Both ask for the same slot at once and are told the result, then give a name and
            # are told the booking's outcome (the winner hears it before hanging up).
            await asyncio.gather(speak(call_1), speak(call_2))
            await until_told(postgres_ledger_url, "check_availability", quiet, told=None)
            await asyncio.gather(speak(call_1), speak(call_2))
            await until_told(postgres_ledger_url, "book_appointment", quiet, told=BOOKED)
            await call_1.stop()
            await call_2.stop()
            await until(lambda: call_1.ws.state is websockets.State.CLOSED)
            await until(lambda: call_2.ws.state is websockets.State.CLOSED)

        id_a, id_b = (await health(a))["worker"], (await health(b))["worker"]

        # A's place for call 1 was freed once the ledger showed its stream opened on B.
        async def a_reserves_nothing() -> bool:
            rows = (await health(a))["cluster"]["workers"]
            return [w["reserved"] for w in rows if w["worker"] == id_a] == [0]

        await until(a_reserves_nothing, limit=15)

        ledger = await Ledger.open(postgres_ledger_url)
        try:
            calls = {c.caller_phone: c for c in await ledger.recent_calls()}
            assert set(calls) == {CALLER, OTHER_CALLER}
            # Each call ran on the worker its stream reached.
            assert (calls[CALLER].worker_id, calls[OTHER_CALLER].worker_id) == (id_b, id_a)
            rows = {
                phone: await ledger.appointments_for_call(call.call_id)
                for phone, call in calls.items()
            }
            confirmed = [
                (phone, row)
                for phone, found in rows.items()
                for row in found
                if row.state is AppointmentState.CONFIRMED
            ]
            assert len(confirmed) == 1, await story(ledger, calls)
            winner, booked = confirmed[0]
            loser = OTHER_CALLER if winner == CALLER else CALLER
            assert rows[loser] == []  # nothing held, nothing booked for the second caller
            loser_said = [
                e.data["text"]
                for e in await ledger.timeline(calls[loser].call_id)
                if e.kind == "bot_said"
            ]
            loser_results = [
                (e.data["tool"], e.data["result"]["status"])
                for e in await ledger.timeline(calls[loser].call_id)
                if e.kind == "tool_result"
            ]
            assert loser_results[0] == ("check_availability", "unavailable"), loser_results
            assert all(status != "booked" for _, status in loser_results), loser_results
            assert "Ergebnis: unavailable." in loser_said
            assert not any("gebucht" in line.lower() for line in loser_said), loser_said
        finally:
            await ledger.close()

        # The calendar has exactly that one booking.
        async with httpx.AsyncClient(
            base_url=sandbox_url, headers={"Authorization": "Bearer cal_test_sandbox"}
        ) as http:
            listed = (await http.get("/v2/bookings")).json()["data"]
        live = [bk for bk in listed if bk.get("status") == "accepted"]
        assert [bk["uid"] for bk in live] == [booked.booking_uid], listed


async def test_a_draining_worker_finishes_its_call_and_hands_new_ones_on(
    tmp_path, postgres_ledger_url
):
    async with two_workers(tmp_path, postgres_ledger_url) as (workers, _, _sandbox):
        (a, proc_a), (b, _) = workers
        form, params = await announce(a, CALLER)
        async with stream(a, form, params) as call:
            await wait_for_reply(call, 0)  # the greeting: the call runs on A

            proc_a.process.send_signal(signal.SIGTERM)

            async def a_drains() -> bool:
                return await ready(a) == 503 and (await health(a))["draining"] is True

            await until(a_drains, feed=lambda: call.play(silence(0.2)))
            # A new call reaching A now is handed on: its stream goes wherever the load
            # balancer sends it (A answers /healthz/ready with 503), and B takes it.
            new_form, new_params = await announce(a, OTHER_CALLER)
            async with stream(b, new_form, new_params) as other:
                await wait_for_reply(other, 0)
                await other.stop()

            # The running call on A goes on: asked, answered.
            await speak(call)
            assert proc_a.process.returncode is None
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

        code = await asyncio.wait_for(proc_a.process.wait(), 30)
        assert code in (0, -signal.SIGTERM), proc_a.log
        assert "draining: no new calls" in proc_a.log and "drained: no call running" in proc_a.log
        assert await ready(b) == 200
