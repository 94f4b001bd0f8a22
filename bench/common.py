"""What every benchmark shares: the calendar it runs against, request counting, statistics,
the machine description, and where results go (bench/results/NAME.json, bench/RESULTS.md).

The calendar is the real one of the project: the embedded Cal.com sandbox over loopback HTTP with
a configured round trip (`sb.faults.latency`), the one `CalComClient`, and a file ledger (WAL, as
in production). The only addition is an httpx event hook that writes down each request's start
and end, so a benchmark can say how many Cal.com round trips a tool made one after another.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import os
import platform
import re
import resource
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from calendar_adapter.telemetry import fold_route

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
RESULTS_MD = BENCH_DIR / "RESULTS.md"

# A Tuesday, 09:00 in Berlin: the salon has just opened (the tests' pinned time too).
PINNED_NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
# The sandbox's own rate limit (120/min, like Cal.com's default) would measure the limiter.
BENCH_RATE_LIMIT = 1_000_000


# -- statistics ---------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile (p in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summary(values: list[float]) -> dict[str, float | int | None]:
    return {
        "n": len(values),
        "min": min(values) if values else None,
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "max": max(values) if values else None,
    }


def ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.1f}"


def table(headers: list[str], rows: list[list[Any]]) -> str:
    """A GitHub-flavoured markdown table (prints readably in a terminal too)."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "| " + " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)) + " |"

    return "\n".join(
        [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells)]
    )


# -- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    model = "unknown"
    try:
        for raw in Path("/proc/cpuinfo").read_text().splitlines():
            if raw.startswith("model name"):
                model = raw.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def machine_line(info: dict[str, Any]) -> str:
    return f"{info['nproc']} × {info['cpu_model']}, Python {info['python']}, {info['platform']}"


# -- process resources (psutil is not a dependency; /proc and resource are enough) -------------


def cpu_seconds() -> float:
    """CPU time of this process, all threads (the sandbox's server thread included)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_cpu_seconds(pid: int) -> float:
    """CPU (user + system) another process of ours has used so far; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class MachineCpu:
    """The machine's CPU time so far, all cores, from /proc/stat's `cpu` line (seconds)."""

    busy: float  # user, nice, system, irq, softirq: everything but idle and iowait
    steal: float  # a VM's time the hypervisor gave to other guests (in neither)

    @staticmethod
    def parse(stat: str, ticks: int) -> MachineCpu:
        for line in stat.splitlines():
            name, *values = line.split()
            if name == "cpu":
                user, nice, system, _idle, _iowait, irq, softirq, steal = (
                    int(v) for v in (values + ["0"] * 8)[:8]
                )
                return MachineCpu((user + nice + system + irq + softirq) / ticks, steal / ticks)
        raise ValueError("no cpu line in /proc/stat")

    @staticmethod
    def now() -> MachineCpu | None:
        """None where there is no /proc/stat (not Linux)."""
        try:
            return MachineCpu.parse(Path("/proc/stat").read_text(), os.sysconf("SC_CLK_TCK"))
        except (OSError, ValueError):
            return None


def others_on_the_machine(
    before: MachineCpu | None, after: MachineCpu | None, wall: float, own_cpu: float
) -> dict[str, float] | None:
    """Over `wall` seconds: the machine's busy cores, those of processes other than the
    benchmark's (busy minus `own_cpu`, the CPU seconds of every process of the benchmark), and the
    cores a VM's hypervisor took (steal), each in cores (1.0 = one core all the time)."""
    if before is None or after is None or wall <= 0:
        return None
    busy = (after.busy - before.busy) / wall
    return {
        "busy_cores": busy,
        "others_cores": max(0.0, busy - own_cpu / wall),
        "steal_cores": (after.steal - before.steal) / wall,
    }


def rss_bytes() -> int:
    try:
        for raw in Path("/proc/self/status").read_text().splitlines():
            if raw.startswith("VmRSS:"):
                return int(raw.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


# -- the event loop ---------------------------------------------------------------------------


class LoopLag:
    """How late the event loop wakes a 10 ms timer: a loop busy with one call delays all."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            t = loop.time()
            await asyncio.sleep(0.01)
            self.samples.append(loop.time() - t - 0.01)

    def start(self) -> None:
        self.samples = []
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> list[float]:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        return self.samples


# -- Cal.com requests, attributed to the tool that made them ----------------------------------


@dataclass
class Request:
    method: str
    path: str
    start: float
    end: float | None = None
    status: int | None = None


@dataclass
class ToolRun:
    """One tool call and the Cal.com requests made inside it."""

    name: str
    start: float
    end: float | None = None
    status: str | None = None
    requests: list[Request] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return (self.end or self.start) - self.start

    def sequential_round_trips(self) -> int:
        """Requests on the critical path: overlapping requests (a concurrent fan-out) count once."""
        rounds = 0
        reach = float("-inf")
        for r in sorted(self.requests, key=lambda r: r.start):
            if r.start >= reach:
                rounds += 1
                reach = r.end or r.start
            else:
                reach = max(reach, r.end or r.start)
        return rounds

    def critical_path_seconds(self) -> float:
        """Time spent waiting on Cal.com: the union of request intervals, overlaps counted once."""
        total, start, reach = 0.0, None, float("-inf")
        for r in sorted(self.requests, key=lambda r: r.start):
            end = r.end or r.start
            if start is None or r.start > reach:
                if start is not None:
                    total += reach - start
                start, reach = r.start, end
            else:
                reach = max(reach, end)
        if start is not None:
            total += reach - start
        return total


CURRENT_TOOL: contextvars.ContextVar[ToolRun | None] = contextvars.ContextVar(
    "bench_current_tool", default=None
)


class RequestLog:
    """httpx event hooks: every request the client sends, timed, and given to the running tool
    (context variables travel into the tasks a tool starts, e.g. a concurrent slot fan-out)."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.tool_runs: list[ToolRun] = []

    async def on_request(self, request: httpx.Request) -> None:
        path = fold_route(request.url.path)  # one route, whatever booking or hold
        entry = Request(request.method, path, time.perf_counter())
        request.extensions["bench_entry"] = entry
        self.requests.append(entry)
        run = CURRENT_TOOL.get()
        if run is not None:
            run.requests.append(entry)

    async def on_response(self, response: httpx.Response) -> None:
        entry = response.request.extensions.get("bench_entry")
        if entry is not None:
            # The hook runs when the headers are in; the round trip ends with the body.
            await response.aread()
            entry.end = time.perf_counter()
            entry.status = response.status_code

    def hooks(self) -> dict[str, list]:
        return {"request": [self.on_request], "response": [self.on_response]}


def trace_tools(log: RequestLog) -> None:
    """Attribute requests to tool calls: wraps the work inside a tool's task
    (`BookingTools._logged`, which `call` and the tool wiring's `start` both run) once per
    process. Instrumentation only: arguments, result and behaviour are untouched."""
    from tools.booking_tools import BookingTools

    original = getattr(BookingTools._logged, "__bench_original__", BookingTools._logged)

    async def call(self, name: str, arguments: Any) -> dict:
        run = ToolRun(name, time.perf_counter())
        token = CURRENT_TOOL.set(run)
        try:
            result = await original(self, name, arguments)
            run.status = result.get("status") if isinstance(result, dict) else None
            return result
        finally:
            run.end = time.perf_counter()
            CURRENT_TOOL.reset(token)
            log.tool_runs.append(run)

    call.__bench_original__ = original  # type: ignore[attr-defined]
    BookingTools._logged = call  # type: ignore[method-assign]


# -- the calendar side --------------------------------------------------------------------------


@dataclass
class BenchCalendar:
    runtime: Any  # calendar_adapter.runtime.CalendarRuntime
    sandbox: Any  # calendar_adapter.sandbox.Sandbox
    log: RequestLog


@asynccontextmanager
async def bench_calendar(
    *,
    round_trip: float,
    ledger_dir: str | None = None,
    http_timeout: float = 30.0,
    separate_process: bool = False,
    sandbox_at: tuple[str, str] | None = None,
    ledger_file: str | Path | None = None,
) -> AsyncIterator[BenchCalendar]:
    """The sandbox (on a pinned clock) with `round_trip` seconds added to every request, the
    project's Cal.com client on it (with the request log's hooks), a file ledger.

    Built from the same parts as `open_calendar`, so that the HTTP client can carry the hooks.
    `separate_process`: the sandbox runs in a process of its own, as Cal.com runs elsewhere, so
    its work is neither billed to nor competing for this process's interpreter (`sandbox` is
    then None; only its URL is known). `sandbox_at` (URL, key): a sandbox already running (one
    that several server processes share); `ledger_file`: a ledger file (or PostgreSQL URL) to open (and leave),
    shared with other processes, instead of a fresh one in `ledger_dir`.
    """
    from calendar_adapter.calcom import CalComClient
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.runtime import CalendarRuntime
    from calendar_adapter.salon import load_salon

    clock = FixedClock(PINNED_NOW)
    salon = load_salon()
    log = RequestLog()
    async with AsyncExitStack() as stack:
        if sandbox_at is not None:
            (url, api_key), sandbox = sandbox_at, None
        elif separate_process:
            child = await stack.enter_async_context(sandbox_process(round_trip))
            (url, api_key), sandbox = (child.url, child.api_key), None
        else:
            sandbox = await stack.enter_async_context(_sandbox_here(clock, salon, round_trip))
            url, api_key = sandbox.url, sandbox.api_key
        http = httpx.AsyncClient(
            timeout=httpx.Timeout(http_timeout, connect=5.0),
            # the project client's defaults (calcom.py), plus the hooks
            limits=httpx.Limits(
                max_connections=20, max_keepalive_connections=10, keepalive_expiry=4.0
            ),
            event_hooks=log.hooks(),
        )
        stack.push_async_callback(http.aclose)
        backend = CalComClient(url, api_key, salon=salon, http=http)
        if ledger_file is None:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-", dir=ledger_dir))
            ledger_file = Path(tmp) / "ledger.sqlite3"
        ledger = await Ledger.open(ledger_file, clock=clock)
        stack.push_async_callback(ledger.close)
        await ledger.sync_catalog(await backend.get_catalog())
        runtime = CalendarRuntime(
            backend=backend, ledger=ledger, salon=salon, clock=clock, sandbox=sandbox,
            hold_minutes=10,
        )  # fmt: skip
        yield BenchCalendar(runtime=runtime, sandbox=sandbox, log=log)


@asynccontextmanager
async def _sandbox_here(clock: Any, salon: Any, round_trip: float) -> AsyncIterator[Any]:
    from calendar_adapter.sandbox import Sandbox

    sandbox = Sandbox(salon=salon, clock=clock, rate_limit_per_minute=BENCH_RATE_LIMIT)
    await sandbox.start(host="127.0.0.1", port=0)
    try:
        if round_trip > 0:
            sandbox.faults.latency(round_trip)
        yield sandbox
    finally:
        await sandbox.stop()


_SANDBOX_CHILD = """
import asyncio, sys
sys.path.insert(0, {repo!r})
from bench.common import serve_sandbox_until_stdin_closes
asyncio.run(serve_sandbox_until_stdin_closes({round_trip!r}))
"""


@dataclass(frozen=True)
class SandboxProcess:
    url: str
    api_key: str
    pid: int  # its CPU is the benchmark's harness, not the server's


@asynccontextmanager
async def sandbox_process(round_trip: float) -> AsyncIterator[SandboxProcess]:
    """The sandbox in a process of its own while the context is open."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _SANDBOX_CHILD.format(repo=str(REPO), round_trip=round_trip),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert proc.stdout is not None and proc.stdin is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 60)
        url, _, api_key = line.decode().strip().partition(" ")
        if not url.startswith("http"):
            raise RuntimeError(f"the sandbox process did not start: {line!r}")
        yield SandboxProcess(url, api_key, proc.pid)
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            await asyncio.wait_for(proc.wait(), 10)
        except TimeoutError:
            proc.kill()
            await proc.wait()


async def serve_sandbox_until_stdin_closes(round_trip: float) -> None:
    """The child's side: a sandbox on the pinned clock, its URL and key on stdout."""
    from loguru import logger

    from calendar_adapter.clock import FixedClock
    from calendar_adapter.salon import load_salon

    logger.remove()
    async with _sandbox_here(FixedClock(PINNED_NOW), load_salon(), round_trip) as sandbox:
        print(sandbox.url, sandbox.api_key, flush=True)
        await asyncio.to_thread(sys.stdin.read)


# -- results ----------------------------------------------------------------------------------


def write_json(name: str, payload: dict[str, Any]) -> Path:
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    return path


def update_results_md(name: str, section: str) -> None:
    """Replace this benchmark's section of bench/RESULTS.md (between its markers), keeping the
    other benchmarks' latest figures as they are."""
    begin, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    block = f"{begin}\n{section.strip()}\n{end}"
    text = RESULTS_MD.read_text(encoding="utf-8") if RESULTS_MD.exists() else ""
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    RESULTS_MD.write_text(text, encoding="utf-8")


def publish(name: str, title: str, command: str, report: dict[str, Any], text: str) -> Path:
    """Keep a run: its JSON under bench/results/ and its section of bench/RESULTS.md, headed by
    the command that reproduces it and the machine it ran on (figures mean nothing without)."""
    path = write_json(name, report)
    update_results_md(
        name,
        f"### {title}\n\n`.venv/bin/python {command}` — {report['when']}, "
        f"{machine_line(report['machine'])}\n\n{text}",
    )
    print(f"JSON: {path}")
    return path


def niceness_for_the_session() -> int | None:
    """Give this process's niceness, when below 0, to its session's autogroup; the group's
    niceness (None where there is none: not Linux, autogroup off).

    With autogroup on (Linux's default on desktops and on this VM), the CPU is shared fairly
    between sessions first, whatever their processes' niceness: `nice -n -10` alone puts a
    benchmark ahead of nothing another session runs, only of its own shell. The group's
    niceness (`/proc/self/autogroup`, root for below 0) does; it holds for the whole session
    (the shell that started the benchmark too) until the session ends."""
    path = Path("/proc/self/autogroup")
    try:
        nice = os.nice(0)
        if nice < 0:
            path.write_text(str(nice))
        return int(path.read_text().split()[-1])  # "/autogroup-11 nice -10"
    except (OSError, ValueError, IndexError):
        return None


def stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
