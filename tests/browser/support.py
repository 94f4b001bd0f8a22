"""A dashboard to test against: `serve`'s app (dashboard mounted by `mount_dashboard`) on a real
loopback socket, in a thread of its own, so that synchronous clients (Selenium, httpx) can talk
to it while it runs; its calendar is the demo's (the incident call, played first)."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

PASSWORD = "salon-spitzer-2026"
# The demo's call is on Tuesday 2026-11-24 09:00 (Berlin); the dashboard looks a few minutes later.
DEMO_NOW = datetime(2026, 11, 24, 8, 5, tzinfo=UTC)


def password_hash() -> str:
    from agent.dashboard.passwords import hash_password

    return hash_password(PASSWORD)


HASH = password_hash()


# How `serve` is told to mount the dashboard: the environment.
DASHBOARD_ENV = {
    "DASHBOARD_PASSWORD_HASH": HASH,
    "DASHBOARD_SECRET_KEY": "test-secret",
    "DASHBOARD_CHECK_TTL_SECONDS": "0",
}


@contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def agent_settings(tmp_path: Path, **overrides: Any):
    from agent.config import Settings

    values: dict[str, Any] = dict(
        calcom_api_key=None,
        deepgram_api_key=None,
        openai_api_key=None,
        twilio_auth_token=None,
        telnyx_stream_token=None,
        public_base_url=None,
        calcom_webhook_secret=None,
        ledger_path=tmp_path / "ledger.sqlite3",
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


async def play_demo(tmp_path: Path) -> str:
    """The incident call, as `demo` plays it, into tmp_path's ledger and sandbox; its call id."""
    from agent.commands.demo import DEMO_REPLAY
    from agent.replay.loader import load_replay
    from agent.replay.runner import run_replay

    replay = load_replay(DEMO_REPLAY)
    outcome = await run_replay(
        replay,
        ledger_path=str(tmp_path / "ledger.sqlite3"),
        sandbox_db_path=str(tmp_path / "sandbox.sqlite3"),
    )
    assert outcome.passed and outcome.record.call_id
    return outcome.record.call_id


async def lost_answer(rt: Any) -> Any:
    """A booking whose answer was lost, as the tools leave it (`unknown`): Thursday 15:00."""
    from calendar_adapter.backend import Reservation
    from calendar_adapter.ledger import AppointmentState as S
    from tests.conftest import berlin

    await rt.ledger.start_call("call-lost", caller_phone="+4917000000001", mode="twilio")
    catalog = await rt.backend.get_catalog()
    offering = catalog.offerings[0]
    start = berlin(2026, 11, 26, 15, 0)
    appt = await rt.ledger.add_held(
        call_id="call-lost",
        reservation=Reservation(
            uid="res-lost",
            event_type_id=offering.event_type_id,
            slot_start=start,
            slot_end=start + timedelta(minutes=offering.minutes),
            slot_minutes=offering.minutes,
            reservation_minutes=10,
            until=rt.clock.now() + timedelta(minutes=10),
        ),
        stylist_user_id=offering.stylist_user_id,
        service_slug=offering.service_slug,
        caller_phone="+4917000000001",
    )
    await rt.ledger.transition(appt.id, S.BOOKING, request_id="req-lost")
    return await rt.ledger.transition(appt.id, S.UNKNOWN, error="timeout")


class DashboardServer:
    """`serve`'s app in a background thread with its own event loop."""

    def __init__(self, settings: Any, clock: Any, path: str = "/dashboard"):
        self.settings, self.clock, self.path = settings, clock, path
        self.loop: asyncio.AbstractEventLoop | None = None
        self.runtime: Any = None
        self.base = ""
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._main, name="dashboard-server", daemon=True)

    @property
    def dashboard_url(self) -> str:
        return self.base + self.path

    def _main(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported to the test thread
            self._error = exc
            self._ready.set()

    async def _serve(self) -> None:
        import uvicorn

        from agent.server import create_app
        from calendar_adapter.runtime import open_calendar

        self.loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with open_calendar(self.settings, clock=self.clock) as runtime:
            self.runtime = runtime
            app = create_app(self.settings, runtime)  # mounts the dashboard (environment)
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind(("127.0.0.1", 0))
            self.base = f"http://127.0.0.1:{sock.getsockname()[1]}"
            server = uvicorn.Server(
                uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=2)
            )
            task = asyncio.create_task(server.serve(sockets=[sock]))
            for _ in range(3000):  # a minute at most
                if server.started or task.done():
                    break
                await asyncio.sleep(0.02)
            if task.done():
                task.result()
            self._ready.set()
            await self._stop.wait()
            server.should_exit = True
            await task
            sock.close()

    def start(self) -> DashboardServer:
        self._thread.start()
        self._ready.wait(60)
        if self._error is not None:
            raise self._error
        return self

    def stop(self) -> None:
        if self.loop is not None and self._stop is not None:
            self.loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(30)

    def run(self, work: Callable[[Any], Awaitable[Any]], timeout: float = 30) -> Any:
        """Run `work(runtime)` on the server's loop (the ledger belongs to it); its result."""
        assert self.loop is not None
        future: Future = asyncio.run_coroutine_threadsafe(work(self.runtime), self.loop)
        return future.result(timeout)


@contextmanager
def demo_dashboard(tmp_path: Path, **settings_overrides: Any) -> Iterator[DashboardServer]:
    """The demo played, then `serve` with the dashboard on its ledger, the clock just after."""
    from calendar_adapter.clock import FixedClock

    call_id = asyncio.run(play_demo(tmp_path))
    with environment(DASHBOARD_ENV):
        server = DashboardServer(
            agent_settings(tmp_path, **settings_overrides), FixedClock(DEMO_NOW)
        ).start()
    server.demo_call_id = call_id  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.stop()


def csrf_of(html: str) -> str:
    import re

    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def logged_in(server: Any, **headers: str) -> Any:
    """An httpx client logged in to the dashboard (as a browser would: form token first)."""
    import httpx

    client = httpx.Client(base_url=server.dashboard_url, headers=headers, timeout=30)
    token = csrf_of(client.get("/login").text)
    answer = client.post("/login", data={"password": PASSWORD, "csrf": token, "next": "/"})
    assert answer.status_code == 303, answer.text
    return client


# -- the browser ------------------------------------------------------------------------------

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


def browser_required() -> bool:
    """In CI (CI=true) or with REQUIRE_BROWSER=1 a missing browser fails the tests."""
    flag = lambda name: os.environ.get(name, "").strip().lower() in ("1", "true", "yes")  # noqa: E731
    return flag("CI") or flag("REQUIRE_BROWSER")


def browser_missing() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).is_file() or shutil.which(path)):
            return f"{path} not found (Debian: apt-get install chromium chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return 'selenium is not installed (pip install -e ".[dev]")'
    return None


PHONE = {"width": 390, "height": 844, "pixelRatio": 2}  # a current phone's CSS viewport


def chromium(
    profile: Path, *, fake_audio: Path | None = None, size: str = "1200,900", phone: bool = False
):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        f"--window-size={size}",
        "--lang=de-DE",
    ):
        options.add_argument(flag)
    if fake_audio is not None:
        options.add_argument("--use-fake-ui-for-media-stream")
        options.add_argument("--use-fake-device-for-media-stream")
        options.add_argument(f"--use-file-for-fake-audio-capture={fake_audio}")
        options.add_argument("--autoplay-policy=no-user-gesture-required")
        options.add_argument("--allow-loopback-in-peer-connection")
    if phone:
        options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))


def console_log(driver) -> str:
    try:
        return json.dumps(driver.get_log("browser"), ensure_ascii=False, indent=1)
    except Exception:
        return "(no browser log)"
