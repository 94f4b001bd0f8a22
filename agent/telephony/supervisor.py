"""`serve --workers N`: N worker processes on one listening socket, each with its own event loop.

The supervisor binds the port once and starts N `serve` processes that inherit the socket and a
`LoadBoard` (`agent.telephony.accept_balance`): a worker takes a new connection only while no
other holds fewer, so calls spread evenly. What must be shared to be correct is shared:
- the ledger: PostgreSQL (`LEDGER_URL`), or one SQLite file on this machine (WAL; writes take
  turns through `BEGIN IMMEDIATE`); an in-memory ledger cannot be shared and is refused;
- stream tokens and each worker's load: tables in that ledger;
- the calendar: Cal.com itself with `CALCOM_API_KEY`; without a key the supervisor runs ONE
  sandbox (what a single process would embed: same salon, database beside the ledger) and every
  worker books in it over loopback. N embedded sandboxes would be N calendars, each promising
  the same slot to a different caller.

SIGTERM (or Ctrl-C) is passed on once: every worker drains (`agent.telephony.drain`), and the
supervisor waits for them. A second signal is passed on as well and ends them at once. A worker
that dies is started again; one that keeps dying right after its start stops the whole server.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import signal
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from loguru import logger

from agent.telephony.accept_balance import LoadBoard

# A worker that ends sooner than this after its start failed to start.
STARTUP_SECONDS = 15.0
MAX_QUICK_FAILURES = 3
RESTART_BACKOFF_SECONDS = 1.0
POLL_SECONDS = 0.5
# After the drain timeout, workers get this long to shut down before they are killed.
SHUTDOWN_MARGIN_SECONDS = 15.0


def listening_socket(host: str, port: int, backlog: int = 2048) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(backlog)
    sock.set_inheritable(True)
    return sock


def entry_point() -> list[str]:
    """How to start this program again: `python run_agent.py` (or `-m run_agent`)."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if path and Path(path).name == "run_agent.py":
        return [sys.executable, str(Path(path).resolve())]
    spec = importlib.util.find_spec("run_agent")
    if spec and spec.origin:
        return [sys.executable, spec.origin]
    return [sys.executable, "-m", "run_agent"]


@dataclass
class Worker:
    index: int
    process: asyncio.subprocess.Process
    started: float = field(default_factory=time.monotonic)


class Supervisor:
    def __init__(
        self,
        *,
        count: int,
        sock: socket.socket,
        worker_args: list[str],
        drain_timeout: float,
        env: dict[str, str] | None = None,
    ):
        """`env`: added to the workers' environment (secrets they must share)."""
        self.count = count
        self.env = {**os.environ, **(env or {})}
        self.sock = sock
        self.worker_args = worker_args
        self.drain_timeout = drain_timeout
        self.workers: list[Worker | None] = [None] * count
        self.board = LoadBoard.create(count)
        self._signals = 0
        self._stop = asyncio.Event()
        self._quick_failures = 0

    async def _start(self, index: int) -> Worker:
        command = [
            *entry_point(),
            "serve",
            "--fd",
            str(self.sock.fileno()),
            "--worker-index",
            str(index),
            "--worker-count",
            str(self.count),
            "--balance-fd",
            str(self.board.fd),
            *self.worker_args,
        ]
        process = await asyncio.create_subprocess_exec(
            *command,
            pass_fds=(self.sock.fileno(), self.board.fd),
            env=self.env,
            start_new_session=True,  # Ctrl-C reaches the supervisor, which passes it on once
        )
        logger.info(f"serve: worker {index} started (pid {process.pid})")
        worker = Worker(index, process)
        self.workers[index] = worker
        return worker

    def _on_signal(self, sig: int) -> None:
        self._signals += 1
        # The first signal drains every worker; a second one ends them now.
        passed = signal.SIGTERM if self._signals == 1 else signal.SIGINT
        if self._signals == 1:
            logger.info("serve: stopping: every worker drains its calls")
        for worker in self.workers:
            if worker is not None and worker.process.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    worker.process.send_signal(passed)
        self._stop.set()

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, self._on_signal, sig)
        try:
            for index in range(self.count):
                await self._start(index)
            failed = await self._watch()
            await self._wait_all()
            return 1 if failed else 0
        finally:
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(sig)

    async def _watch(self) -> bool:
        """Restart workers that die until told to stop; True when they cannot start."""
        while not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), POLL_SECONDS)
            if self._stop.is_set():
                return False
            for index, worker in enumerate(self.workers):
                if worker is None or worker.process.returncode is None:
                    continue
                self.board.leave(index)  # its last count must not hold the others back
                lived = time.monotonic() - worker.started
                logger.error(
                    f"serve: worker {index} (pid {worker.process.pid}) exited with "
                    f"{worker.process.returncode} after {lived:.1f} s"
                )
                if lived < STARTUP_SECONDS:
                    self._quick_failures += 1
                    if self._quick_failures >= MAX_QUICK_FAILURES:
                        logger.error("serve: workers keep failing at start; stopping the server")
                        self._on_signal(signal.SIGTERM)
                        return True
                else:
                    self._quick_failures = 0
                await asyncio.sleep(RESTART_BACKOFF_SECONDS)
                await self._start(index)
        return False

    async def _wait_all(self) -> None:
        deadline = self.drain_timeout + SHUTDOWN_MARGIN_SECONDS
        running = [w.process for w in self.workers if w is not None]
        try:
            await asyncio.wait_for(asyncio.gather(*(p.wait() for p in running)), deadline)
        except TimeoutError:
            for process in running:
                if process.returncode is None:
                    logger.error(f"serve: worker pid {process.pid} did not stop; killing it")
                    with contextlib.suppress(ProcessLookupError):
                        process.kill()
            await asyncio.gather(*(p.wait() for p in running))


def worker_socket(fd: int) -> socket.socket:
    """The listening socket a worker inherited from its supervisor."""
    sock = socket.socket(fileno=fd)
    os.set_inheritable(fd, False)
    return sock
