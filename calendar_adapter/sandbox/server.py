"""`Sandbox`: the embedded Cal.com, served by uvicorn in a thread of its own.

Its own thread and loop keep the server answering while a test's or the agent's loop is busy (or
blocked in a fault), exactly like a remote Cal.com would.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import datetime
from typing import Any

import uvicorn
from loguru import logger

from calendar_adapter.clock import Clock, SystemClock
from calendar_adapter.config import SANDBOX_API_KEY
from calendar_adapter.salon import SalonFile, load_salon
from calendar_adapter.sandbox import timefmt as tf
from calendar_adapter.sandbox.app import build_app
from calendar_adapter.sandbox.errors import ApiError
from calendar_adapter.sandbox.faults import Faults
from calendar_adapter.sandbox.ratelimit import RateLimiter
from calendar_adapter.sandbox.store import CalendarStore
from calendar_adapter.sandbox.webhooks import WebhookSender, webhook_body

EXTERNAL_TICK_SECONDS = 0.05
START_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 10.0


class _PromptServer(uvicorn.Server):
    """uvicorn, stopping as soon as asked: its own loop polls for the exit every 0.1 s and
    sleeps another 0.1 s after telling connections to close. Test suites and benchmarks start
    and stop a sandbox hundreds of times, so those 0.2 s per stop add up to minutes."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._exit_requested: asyncio.Event | None = None

    def request_exit(self) -> None:
        """Call on the server's own loop (`call_soon_threadsafe` from elsewhere)."""
        self.should_exit = True
        if self._exit_requested is not None:
            self._exit_requested.set()

    async def main_loop(self) -> None:
        self._exit_requested = asyncio.Event()
        if self.should_exit:
            return
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            try:
                await asyncio.wait_for(self._exit_requested.wait(), timeout=0.1)
            except TimeoutError:
                pass

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        deadline = asyncio.get_running_loop().time() + self.config.timeout_graceful_shutdown
        while self.server_state.connections or self.server_state.tasks:
            if asyncio.get_running_loop().time() >= deadline:
                for task in self.server_state.tasks:
                    task.cancel()
                break
            await asyncio.sleep(0.005)
        for server in self.servers:
            await server.wait_closed()
        if not self.force_exit:
            await self.lifespan.shutdown()


class SandboxBookingError(RuntimeError):
    """`place_booking` refused: the slot is not free (Cal.com's status and message inside)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class Sandbox:
    def __init__(
        self,
        salon: SalonFile | None = None,
        clock: Clock | None = None,
        api_key: str = SANDBOX_API_KEY,
        db_path: str = ":memory:",
        rate_limit_per_minute: int = 120,
        admin: bool = False,
        webhook_secret: str | None = None,
    ) -> None:
        self.salon = salon or load_salon()
        self.clock = clock or SystemClock()
        self.api_key = api_key
        self.admin = admin
        self.store = CalendarStore(self.salon, self.clock, db_path)
        self.store.on_booking_event = self._booking_event
        self.faults = Faults()
        # Cal.com's minutes pass in real time and whenever a pinned clock is moved.
        self.limiter = RateLimiter(rate_limit_per_minute, monotonic=self.clock.monotonic)
        self._webhooks = WebhookSender(webhook_secret)
        self._server: _PromptServer | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._port: int | None = None
        self._host = "127.0.0.1"

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        if self._port is None:
            raise RuntimeError("sandbox not started")
        return f"http://{self._host}:{self._port}"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> Sandbox:
        """Serve in a background thread; returns once the port accepts connections."""
        if self._thread is not None:
            raise RuntimeError("sandbox already started")
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP.
        # Without it every answer on a kept-alive connection waits ~40 ms for the client's
        # delayed ACK (Nagle), and every test, demo and benchmark pays that per request.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        self._host, self._port = host, sock.getsockname()[1]
        config = uvicorn.Config(
            build_app(self),
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
        )
        self._server = _PromptServer(config)
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(sock, ready))
            except BaseException as exc:  # reported to start()
                failure.append(exc)
                ready.set()
            finally:
                loop.run_until_complete(self._webhooks.aclose())
                loop.close()

        self._thread = threading.Thread(target=serve, name="calcom-sandbox", daemon=True)
        self._thread.start()
        started = await asyncio.to_thread(ready.wait, START_TIMEOUT_SECONDS)
        if failure or not started:
            await self.stop()
            sock.close()
            why = repr(failure[0]) if failure else f"not serving after {START_TIMEOUT_SECONDS} s"
            raise RuntimeError(f"sandbox failed to start: {why}")
        logger.info("Cal.com sandbox on {}", self.url)
        return self

    async def _serve(self, sock: socket.socket, ready: threading.Event) -> None:
        assert self._server is not None
        ticker = asyncio.create_task(self._tick_external())
        serving = asyncio.create_task(self._server.serve(sockets=[sock]))
        while not self._server.started:
            done, _ = await asyncio.wait({serving}, timeout=0.01)  # uvicorn has no ready event
            if done:
                break
        ready.set()
        try:
            await serving
        finally:
            ticker.cancel()

    async def _tick_external(self) -> None:
        """External bookings due at a clock time happen even when nobody asks the sandbox."""
        while True:
            await asyncio.sleep(EXTERNAL_TICK_SECONDS)
            self.run_due_external(None, None)

    async def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        if self._loop is not None and not self._loop.is_closed():
            try:
                self._loop.call_soon_threadsafe(self._server.request_exit)
            except RuntimeError:  # the loop closed in between: the thread is ending anyway
                pass
        await asyncio.to_thread(self._thread.join, STOP_TIMEOUT_SECONDS)
        if self._thread.is_alive():
            # Closing the database under a thread that still serves would crash it mid-request.
            logger.warning(
                "sandbox thread still running after {} s; left to exit", STOP_TIMEOUT_SECONDS
            )
            return
        self._server = None
        self._thread = None
        self.store.close()

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # -- catalog -------------------------------------------------------------------------------

    def user_id(self, username: str) -> int:
        user = self.store.user_by_name(username)
        if user is None:
            raise KeyError(f"no sandbox user {username!r}")
        return user["id"]

    def event_type_id(self, username: str, service_slug: str) -> int:
        uid = self.user_id(username)
        for et in self.store.event_types(uid):
            if et.slug == service_slug:
                return et.id
        raise KeyError(f"{username} does not offer {service_slug!r}")

    def event_types(self) -> list[dict[str, Any]]:
        """(stylist, service, id) rows, for the command's table."""
        out = []
        for et in self.store.event_types():
            user = self.store.user(et.user_id) or {}
            out.append(
                {
                    "username": user.get("username"),
                    "service": et.slug,
                    "id": et.id,
                    "minutes": et.length,
                }
            )
        return out

    def set_requires_confirmation(self, event_type_id: int, value: bool = True) -> None:
        self.store.set_requires_confirmation(event_type_id, value)

    # -- inspection ----------------------------------------------------------------------------

    def bookings(self, status: str | None = None) -> list[dict[str, Any]]:
        self.run_due_external(None, None)
        return self.store.list_bookings(lambda b: status is None or b["status"] == status)

    def active_reservations(self) -> list[dict[str, Any]]:
        self.run_due_external(None, None)
        return self.store.active_reservations()

    def place_booking(
        self,
        event_type_id: int,
        start: datetime,
        *,
        name: str = "Extern",
        email: str | None = "extern@example.com",
        phone: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """A web booker's booking, by Cal.com's rules (a held or busy slot is refused)."""
        try:
            return self.store.create_booking(
                event_type_id,
                tf.to_epoch(start),
                {
                    "name": name,
                    "email": email,
                    "phoneNumber": phone,
                    "timeZone": self.salon.business.time_zone,
                },
                metadata,
                None,
            )
        except ApiError as exc:
            raise SandboxBookingError(exc.status, exc.message) from None

    def run_due_external(self, key: str | None, template: str | None) -> None:
        for plan in self.faults.due_external(self.clock.now(), key, template):
            try:
                plan.outcome = self.place_booking(
                    plan.event_type_id,
                    plan.start,
                    name="Web Booker",
                    email="web@example.com",
                    metadata={"source": "external"},
                )
                logger.info("sandbox: external booking {} placed", plan.outcome["uid"])
            except SandboxBookingError as exc:
                plan.outcome = {"error": exc.message, "status": exc.status}
                logger.info("sandbox: external booking refused: {}", exc.message)
            self.faults.external_done.append(plan)

    # -- webhooks ------------------------------------------------------------------------------

    def _booking_event(self, trigger: str, booking: dict[str, Any], extra: dict[str, Any]) -> None:
        hooks = [
            (h["subscriberUrl"], h["secret"])
            for h in self.store.webhooks()
            if h["active"] and trigger in h["triggers"]
        ]
        if not hooks or self._loop is None or self._loop.is_closed():
            return
        body = webhook_body(trigger, booking, extra, self.store.now())
        if threading.current_thread() is self._thread:
            self._webhooks.send(hooks, body)
        else:
            self._loop.call_soon_threadsafe(self._webhooks.send, hooks, body)
