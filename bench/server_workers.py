"""The phone server as `serve --workers N` deploys it, for the benchmarks: N worker processes on
one listening socket (each with its own event loop), one Cal.com sandbox and one ledger file
that they share, as `serve`'s supervisor (`agent.telephony.supervisor`) sets them up.

Each worker is `bench.phone_calls`' server (`serve`'s app, uvicorn configuration and event loop;
the stand-ins with the benchmark's delays) on the inherited socket, with `create_app` told which
worker it is, as `serve` tells it. `accept`: "balanced" as `serve` accepts (a worker takes a
connection only while no other holds fewer: `agent.telephony.accept_balance`), "shared" as the
kernel hands them out (whichever worker looks first), "reuseport" each worker on a socket of its
own on the same port (SO_REUSEPORT: the kernel spreads new connections over them by a hash).

The parent asks every worker for what it measured since it was last asked (`Fleet.mark`): CPU
of the process and of its event loop's thread, event-loop lag, garbage-collection pauses
(`GcPauses`), each thread role's CPU and wait for a core (`thread_waits`), peak memory, calls
served, Smart Turn verdicts, tool calls and their Cal.com time, and the SQLite ledger's writes
(`LedgerWrites`: each write from its call until done, and how long each transaction held the
file's write lock, which all workers share). A worker ends when its stdin closes.

Worker: python bench/server_workers.py --fd FD [--balance-fd FD] --worker-index I ... (internal)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PINNED_NOW, LoopLag, process_cpu_seconds, rss_bytes, sandbox_process

READY = "ready"
START_SECONDS = 180.0
REPORT_LIMIT = (
    2**26
)  # a report is one line: the level's loop-lag samples make it long  # a worker loads the audio models; on a busy machine that takes a while


class RssPeak:
    """The process's peak resident memory, sampled every 250 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        while True:
            self.peak = max(self.peak, rss_bytes())
            await asyncio.sleep(0.25)

    def start(self) -> None:
        self.peak = rss_bytes()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> int:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        return self.peak


# -- the parent's side ----------------------------------------------------------------------


@dataclass
class Fleet:
    url: str  # the Twilio Media Streams websocket, on the workers' port
    processes: list[asyncio.subprocess.Process]
    sandbox_pid: int  # the Cal.com stand-in: the benchmark's harness, not the server

    def sandbox_cpu_seconds(self) -> float:
        return process_cpu_seconds(self.sandbox_pid)

    async def mark(self) -> list[dict[str, Any]]:
        """What each worker measured since the previous mark (the first: since it started)."""
        for process in self.processes:
            assert process.stdin is not None
            process.stdin.write(b"mark\n")
            await process.stdin.drain()
        reports = []
        for process in self.processes:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), 60)
            reports.append(json.loads(line))
        return reports


@asynccontextmanager
async def server_workers(
    count: int,
    *,
    turn: str,
    turn_silence: float,
    stt: float,
    llm: float,
    tts: float,
    rtt: float,
    audible: bool = True,
    ledger_dir: str | None = None,
    log_level: str = "ERROR",
    accept: str = "balanced",
    trace_turns: Path | None = None,
    ledger_url: str | None = None,
) -> AsyncIterator[Fleet]:
    """`count` workers on one port, one sandbox (round trip `rtt`), one ledger: a fresh file,
    or the (empty) PostgreSQL database `ledger_url`."""
    from agent.telephony.accept_balance import LoadBoard
    from agent.telephony.supervisor import listening_socket
    from bench.phone_calls import write_standin_script
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.ledger import Ledger

    script = write_standin_script("bench-phone-")
    async with AsyncExitStack() as stack:
        sandbox = await stack.enter_async_context(sandbox_process(rtt))
        url, key = sandbox.url, sandbox.api_key
        if ledger_url is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-", dir=ledger_dir))
            ledger_file = str(Path(tmp) / "ledger.sqlite3")
        else:
            ledger_file = ledger_url
        # The schema, once, before the workers open the ledger together.
        await (await Ledger.open(ledger_file, clock=FixedClock(PINNED_NOW))).close()
        reuseport = accept == "reuseport"
        if reuseport:
            # Holds the port (bound, never listening: the kernel hands it no connection).
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            sock.bind(("127.0.0.1", 0))
        else:
            sock = listening_socket("127.0.0.1", 0)
        stack.callback(sock.close)
        port = sock.getsockname()[1]
        where = ["--port", str(port)] if reuseport else ["--fd", str(sock.fileno())]
        fds: tuple[int, ...] = () if reuseport else (sock.fileno(),)
        if accept == "balanced":
            board = LoadBoard.create(count)
            stack.callback(os.close, board.fd)
            where += ["--balance-fd", str(board.fd)]
            fds += (board.fd,)
        processes: list[asyncio.subprocess.Process] = []
        stack.push_async_callback(_stop, processes)
        for index in range(count):
            processes.append(
                await asyncio.create_subprocess_exec(
                    sys.executable, __file__, *where,
                    "--worker-index", str(index), "--worker-count", str(count),
                    "--sandbox", url, key, "--ledger-file", str(ledger_file),
                    "--script", str(script), "--turn", turn, "--turn-silence", str(turn_silence),
                    "--stt", str(stt), "--llm", str(llm), "--tts", str(tts), "--rtt", str(rtt),
                    *([] if audible else ["--silent-tts"]), "--log-level", log_level,
                    *(["--trace-turns", f"{trace_turns}.{index}"] if trace_turns else []),
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    limit=REPORT_LIMIT,
                    pass_fds=fds,
                )
            )  # fmt: skip
        for index, process in enumerate(processes):
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), START_SECONDS)
            if line.decode().strip() != READY:
                raise RuntimeError(f"bench worker {index} did not start (said {line!r})")
        yield Fleet(
            url=f"ws://127.0.0.1:{port}/twilio/ws", processes=processes, sandbox_pid=sandbox.pid
        )


async def _stop(processes: list[asyncio.subprocess.Process]) -> None:
    for process in processes:
        if process.stdin is not None:
            process.stdin.close()
    for process in processes:
        try:
            await asyncio.wait_for(process.wait(), 60)
        except TimeoutError:
            process.kill()
            await process.wait()


# -- a worker's side --------------------------------------------------------------------------


class LedgerWrites:
    """The SQLite ledger's writes, timed (instrumentation only): each write (a transaction or a
    single statement; reads have a connection of their own) from its call until it is done
    (`seconds`: this process's earlier writes and another process holding the file included),
    and how long each transaction held the file's write lock (`file_held`: from its first
    statement after `BEGIN IMMEDIATE` to its `COMMIT` or `ROLLBACK`, as the writing
    connection's thread ran them, told by sqlite3's trace callback on that thread)."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.file_held: list[float] = []
        self._state = "idle"
        self._since = 0.0

    def _statement(self, sql: str) -> None:
        now = time.perf_counter()
        word = sql.split(None, 1)[0].upper() if sql.strip() else ""
        if word == "BEGIN":
            self._state = "begun"
        elif word in ("COMMIT", "ROLLBACK"):
            if self._state == "in":
                self.file_held.append(now - self._since)
            self._state = "idle"
        elif self._state == "begun":
            self._state, self._since = "in", now

    @classmethod
    async def install(cls, ledger: Any) -> LedgerWrites | None:
        engine = ledger._engine
        conn = getattr(engine, "_conn", None)
        if conn is None:
            return None  # PostgreSQL: a pool, no process-wide writer to time
        timed = cls()
        await conn.set_trace_callback(timed._statement)
        if hasattr(engine, "_hop"):  # every write one hop to the writing connection's thread
            hop = engine._hop

            async def timed_hop(*args: Any, **kwargs: Any) -> Any:
                began = time.perf_counter()
                try:
                    return await hop(*args, **kwargs)
                finally:
                    timed.seconds.append(time.perf_counter() - began)

            engine._hop = timed_hop
        else:  # the code before 2026-12-03 (A/B runs): writes took turns by an asyncio.Lock
            engine._lock = _TimedLock(timed.seconds)
        return timed


class _TimedLock(asyncio.Lock):
    """An `asyncio.Lock` that notes how long each holder waited for it and held it, together."""

    def __init__(self, seconds: list[float]) -> None:
        super().__init__()
        self._seconds = seconds
        self._asked = 0.0

    async def acquire(self) -> bool:
        asked = time.perf_counter()
        await super().acquire()
        self._asked = asked
        return True

    def release(self) -> None:
        self._seconds.append(time.perf_counter() - self._asked)
        super().release()


class GcPauses:
    """The garbage collector's pauses in this process (`gc.callbacks`): each collection's
    generation, wall time start to stop, and its thread's CPU meanwhile (wall beyond CPU: the
    thread waited for a core mid-collection). A collection holds the GIL throughout, so it
    stops the event loop and every thread that wants the GIL back (Silero's answers, Smart
    Turn's verdicts) for its wall time."""

    def __init__(self) -> None:
        # (generation, wall s, CPU s, began: perf_counter, the callers' clock too)
        self.pauses: list[tuple[int, float, float, float]] = []
        self._began = (0.0, 0.0)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._began = (time.perf_counter(), time.thread_time())
        else:
            wall, cpu = self._began
            self.pauses.append(
                (info["generation"], time.perf_counter() - wall, time.thread_time() - cpu, wall)
            )

    def install(self) -> None:
        import gc

        gc.callbacks.append(self._callback)


def thread_waits() -> dict[str, tuple[float, float]]:
    """This process's threads by role, each role's (CPU seconds, seconds ready to run but
    waiting for a core) so far, from /proc/self/task/*/schedstat (Linux; else empty): the event
    loop, Silero's batch thread, Smart Turn's pool, and the rest (aiosqlite's connection
    threads, the default executor's)."""
    import threading

    from agent.audio_models import _pool, silero_batches

    roles = {threading.main_thread().native_id: "loop"}
    silero = silero_batches()._thread
    if silero is not None and silero.native_id is not None:
        roles[silero.native_id] = "silero"
    for pool in _pool:
        for thread in pool._threads:
            if thread.native_id is not None:
                roles[thread.native_id] = "smart turn"
    out: dict[str, tuple[float, float]] = {}
    try:
        tasks = os.listdir("/proc/self/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            with open(f"/proc/self/task/{tid}/schedstat") as f:
                cpu, wait = (int(x) / 1e9 for x in f.read().split()[:2])
        except (OSError, ValueError):
            continue  # a thread that ended meanwhile
        role = roles.get(int(tid), "other")
        before = out.get(role, (0.0, 0.0))
        out[role] = (before[0] + cpu, before[1] + wait)
    return out


def _since(
    before: dict[str, tuple[float, float]], now: dict[str, tuple[float, float]]
) -> dict[str, list[float]]:
    """Each role's CPU and wait for a core between two `thread_waits` (a role whose threads
    ended meanwhile can come out below 0)."""
    zero = (0.0, 0.0)
    return {
        role: [cpu - before.get(role, zero)[0], wait - before.get(role, zero)[1]]
        for role, (cpu, wait) in now.items()
    }


class WorkerStats:
    """What this worker measured between two marks."""

    def __init__(self, cal: Any, services: Any) -> None:
        self.cal, self.services = cal, services
        self.lag, self.rss, self.gc = LoopLag(), RssPeak(), GcPauses()
        self.gc.install()
        self.ledger: LedgerWrites | None = None  # set once installed (`LedgerWrites.install`)
        self._at = self._now()
        self.lag.start()
        self.rss.start()

    def _now(self) -> dict[str, Any]:
        from agent.audio_models import silero_batches
        from bench.phone_calls import VERDICTS

        batches = silero_batches()
        return {
            "cpu": time.process_time(),
            "loop": time.thread_time(),  # called on the event loop's thread
            "runs": len(self.cal.log.tool_runs),
            "requests": len(self.cal.log.requests),
            "verdicts": len(VERDICTS.verdicts),
            "timings": len(VERDICTS.timings),
            "calls": self.services.calls,
            "silero": (batches.batches, batches.windows),
            "rss": rss_bytes(),
            "ledger": len(self.ledger.seconds) if self.ledger else 0,
            "gc": len(self.gc.pauses),
            "threads": thread_waits(),
            "file": len(self.ledger.file_held) if self.ledger else 0,
        }

    async def mark(self) -> dict[str, Any]:
        from bench.phone_calls import VERDICTS

        before, now = self._at, self._now()
        self._at = now
        lag, peak = await self.lag.stop(), await self.rss.stop()
        self.lag.start()
        self.rss.start()
        runs = self.cal.log.tool_runs[before["runs"] : now["runs"]]
        return {
            "pid": os.getpid(),
            "cpu_seconds": now["cpu"] - before["cpu"],
            "loop_cpu_seconds": now["loop"] - before["loop"],
            "rss_before": before["rss"],
            "rss_peak": peak,
            "loop_lag": lag,
            "gc_pauses": self.gc.pauses[before["gc"] : now["gc"]],
            # per thread role: CPU and time waiting for a core over the level, seconds (a
            # role whose threads ended meanwhile can come out below 0: not seen)
            "threads": _since(before["threads"], now["threads"]),
            "calls": now["calls"] - before["calls"],
            "calcom_requests": now["requests"] - before["requests"],
            "verdicts": VERDICTS.verdicts[before["verdicts"] : now["verdicts"]],
            "inference_timings": VERDICTS.timings[before["timings"] : now["timings"]],
            "tool_runs": [
                {
                    "seconds": r.seconds,
                    "calcom_seconds": r.critical_path_seconds(),
                    "round_trips": r.sequential_round_trips(),
                    "status": str(r.status),
                }
                for r in runs
            ],
            "ledger_timed": self.ledger is not None,  # False: PostgreSQL, no one writer
            "ledger_writes": self.ledger.seconds[before["ledger"] : now["ledger"]]
            if self.ledger
            else [],
            "ledger_file_held": self.ledger.file_held[before["file"] : now["file"]]
            if self.ledger
            else [],
            "silero_runs": now["silero"][0] - before["silero"][0],
            "silero_windows": now["silero"][1] - before["silero"][1],
        }


def _own_socket(port: int) -> socket.socket:
    """A listening socket of this worker's own on the shared port (SO_REUSEPORT)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(2048)
    return sock


async def worker_main(args: argparse.Namespace, out: Any) -> None:
    from loguru import logger

    from agent.standins import StandInLatencies
    from agent.telephony.accept_balance import BalancedAccept, LoadBoard
    from agent.telephony.supervisor import worker_socket
    from bench.common import bench_calendar, trace_tools
    from bench.phone_calls import (
        VERDICTS,
        phone_server,
        phone_settings,
        services_with_delays,
        warm_up,
    )

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    if args.turn == "smart":
        VERDICTS.install()
    if args.trace_turns:
        from bench.turn_trace import TurnTrace

        TurnTrace(args.trace_turns.open("a", buffering=1)).install()
    worker = (args.worker_index, args.worker_count)
    settings = phone_settings(args.script, turn=args.turn, turn_silence=args.turn_silence)
    sock = worker_socket(args.fd) if args.fd is not None else _own_socket(args.port)
    balance = None
    if args.balance_fd is not None:
        board = LoadBoard.inherited(args.balance_fd, args.worker_count)
        balance = BalancedAccept(board, args.worker_index)
    async with bench_calendar(
        round_trip=args.rtt, sandbox_at=tuple(args.sandbox), ledger_file=args.ledger_file
    ) as cal:
        trace_tools(cal.log)
        services = services_with_delays(
            settings, cal, latencies, audible=args.audible_tts, worker=worker
        )
        await warm_up(settings, services)
        async with phone_server(settings, cal, services, sock=sock, worker=worker, balance=balance):
            stats = WorkerStats(cal, services)
            stats.ledger = await LedgerWrites.install(cal.runtime.ledger)
            print(READY, file=out, flush=True)
            while await asyncio.to_thread(sys.stdin.readline) == "mark\n":
                print(json.dumps(await stats.mark()), file=out, flush=True)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--fd", type=int, help="the inherited listening socket")
    where.add_argument("--port", type=int, help="listen on this port with SO_REUSEPORT")
    p.add_argument("--balance-fd", type=int, help="the inherited LoadBoard (balanced accept)")
    p.add_argument("--worker-index", type=int, default=0)
    p.add_argument("--worker-count", type=int, default=1)
    p.add_argument("--sandbox", nargs=2, metavar=("URL", "KEY"), required=True)
    p.add_argument("--ledger-file", required=True, help="a SQLite file or a PostgreSQL URL")
    p.add_argument("--script", type=Path, required=True)
    p.add_argument("--turn", choices=("smart", "silence"), required=True)
    p.add_argument("--turn-silence", type=float, default=0.8)
    p.add_argument("--stt", type=float, required=True)
    p.add_argument("--llm", type=float, required=True)
    p.add_argument("--tts", type=float, required=True)
    p.add_argument("--rtt", type=float, required=True)
    p.add_argument("--silent-tts", dest="audible_tts", action="store_false")
    p.add_argument("--log-level", default="ERROR")
    p.add_argument("--trace-turns", type=Path, help="bench/turn_trace.py's events, to this file")
    return p.parse_args(argv)


if __name__ == "__main__":
    from bench.phone_calls import run_on_serves_loop

    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    # The parent reads this process's stdout line by line: only ours goes there.
    protocol = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    with contextlib.suppress(KeyboardInterrupt):
        run_on_serves_loop(worker_main(parse_args(), protocol))
