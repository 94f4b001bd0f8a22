"""Calls spread evenly over `serve`'s workers: real worker processes (uvicorn on uvloop, as
`serve --workers N` runs them) on one listening socket and one `LoadBoard`, real websockets.
However the connections arrive (one by one, all at once, after some closed), each worker holds
within one of its share; a worker that died does not hold the others back; and `serve --workers
2` as shipped spreads its connections the same way.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

import httpx
import pytest
import websockets

from agent.telephony.accept_balance import LoadBoard
from agent.telephony.supervisor import listening_socket

pytestmark = pytest.mark.slow  # processes (tests/conftest.py)

ROOT = Path(__file__).resolve().parent.parent
START_LIMIT_SECONDS = 60.0


class Workers:
    def __init__(self, url: str, board: LoadBoard, processes: list[asyncio.subprocess.Process]):
        self.url, self.board, self.processes = url, board, processes
        self.calls: list[tuple[int, websockets.ClientConnection]] = []

    async def call(self) -> int:
        """A websocket held open; the pid of the worker that took it."""
        ws = await websockets.connect(self.url)
        pid = int(await ws.recv())
        self.calls.append((pid, ws))
        return pid

    async def hang_up(self, pid: int, n: int) -> None:
        """`n` of the calls that worker `pid` holds end."""
        ending = [c for c in self.calls if c[0] == pid][:n]
        for call in ending:
            self.calls.remove(call)
            await call[1].close()
        # the worker counts a connection as gone once it has seen it close
        index = self.pids.index(pid)
        held = len([c for c in self.calls if c[0] == pid])
        await until(lambda: self.board.counts()[index] == held)

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.processes]

    def split(self) -> list[int]:
        held = Counter(pid for pid, _ in self.calls)
        return [held[pid] for pid in self.pids]


async def until(condition, limit: float = START_LIMIT_SECONDS) -> None:
    """Bounded waiting for what another process does (no timing is asserted)."""
    for _ in range(int(limit / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("condition not reached")


@asynccontextmanager
async def workers(count: int) -> AsyncIterator[Workers]:
    sock = listening_socket("127.0.0.1", 0)
    board = LoadBoard.create(count)
    processes: list[asyncio.subprocess.Process] = []
    workers = Workers(f"ws://127.0.0.1:{sock.getsockname()[1]}/", board, processes)
    try:
        for index in range(count):
            processes.append(
                await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "tests.balance_worker",
                    "--fd", str(sock.fileno()), "--balance-fd", str(board.fd),
                    "--index", str(index), "--count", str(count),
                    cwd=ROOT,
                    pass_fds=(sock.fileno(), board.fd),
                )
            )  # fmt: skip
        # every worker on the board: accepting
        await until(lambda: all(c is not None for c in board.counts()))
        yield workers
    finally:
        for _, ws in workers.calls:
            await ws.close()
        for process in processes:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
        for process in processes:
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()
        sock.close()
        board.close()
        os.close(board.fd)


def within_one(split: list[int]) -> bool:
    return max(split) - min(split) <= 1


@pytest.mark.parametrize("count,calls", [(2, 9), (3, 14)])
async def test_calls_arriving_one_by_one_spread_within_one_of_even(count, calls):
    async with workers(count) as w:
        for _ in range(calls):
            await w.call()
        assert within_one(w.split()) and sum(w.split()) == calls, w.split()
        assert w.board.counts() == w.split()  # what each worker published is what it holds


async def test_calls_arriving_all_at_once_spread_within_one_of_even():
    async with workers(2) as w:
        await asyncio.gather(*(w.call() for _ in range(30)))
        assert w.split() in ([15, 15],), w.split()


async def test_new_calls_go_to_the_worker_whose_calls_ended_until_it_has_caught_up():
    async with workers(2) as w:
        for _ in range(10):
            await w.call()
        assert w.split() == [5, 5]
        first = w.pids[0]
        await w.hang_up(first, 4)
        assert w.split() == [1, 5]
        taken = [await w.call() for _ in range(4)]
        assert taken == [first] * 4
        assert w.split() == [5, 5]
        await w.call()
        await w.call()
        assert w.split() == [6, 6]


async def test_a_worker_that_died_holding_fewer_calls_does_not_hold_the_others_back():
    async with workers(3) as w:
        for _ in range(6):
            await w.call()
        assert w.split() == [2, 2, 2]
        dead = w.processes[2]
        dead.kill()  # no goodbye: its slot on the board still says 2 calls
        await dead.wait()
        w.calls = [c for c in w.calls if c[0] != dead.pid]
        # 8 more calls: the two live workers take them all, evenly; none waits for the dead one
        taken = await asyncio.wait_for(
            asyncio.gather(*(w.call() for _ in range(8))), START_LIMIT_SECONDS
        )
        assert dead.pid not in taken
        assert w.split()[:2] == [6, 6]


async def test_a_draining_worker_leaves_new_calls_to_the_others():
    async with workers(2) as w:
        for _ in range(4):
            await w.call()
        draining = w.processes[0]
        draining.send_signal(signal.SIGUSR1)
        await until(lambda: w.board.counts()[0] is None)  # off the board
        taken = [await w.call() for _ in range(4)]
        assert draining.pid not in taken
        assert w.split() == [2, 6]


async def test_a_worker_off_the_board_takes_calls_only_when_no_other_is_on_it():
    """A draining worker leaves the board: the others get the new calls; alone, it still
    answers (it refuses calls itself, with the apology, as a draining worker does)."""
    board = LoadBoard.create(2)
    try:
        board.join(0)
        board.publish(0, 3)
        board.join(1)  # this process stands in for worker 1 on the board
        board.publish(1, 0)
        assert not board.may_accept(0, 3)  # worker 1 holds fewer
        board.publish(1, 3)
        assert board.may_accept(0, 3)  # a tie: both take calls
        board.leave(0)
        assert not board.may_accept(0, 3)  # off the board, while worker 1 is on it
        board.leave(1)
        assert board.may_accept(0, 3)
    finally:
        board.close()
        os.close(board.fd)


# -- `serve --workers 2` as shipped ----------------------------------------------------------------


async def test_serve_with_two_workers_spreads_connections_evenly(tmp_path):
    """Each of 8 clients keeps one connection open and asks /healthz which worker it reached."""
    from tests.test_serve_command import KEYS, serve_process

    env = {k: v for k, v in os.environ.items() if k not in KEYS and not k.startswith("LEDGER_")}
    env.update(PYTHONPATH=str(ROOT), HTTP_KEEP_ALIVE_SECONDS="600")
    async with serve_process(tmp_path, env, "--workers", "2") as (base, output, _):
        async with httpx.AsyncClient() as http:
            for _ in range(300):  # until both workers have started and beaten (bounded)
                health = (await http.get(f"{base}/healthz")).json()
                if len(health.get("cluster", {}).get("workers", [])) >= 2:
                    break
                await asyncio.sleep(0.2)
        async with AsyncExitStack() as stack:
            reached = []
            for _ in range(8):
                client = await stack.enter_async_context(
                    httpx.AsyncClient(limits=httpx.Limits(max_connections=1))
                )
                reached.append((await client.get(f"{base}/healthz")).json()["worker"])
        split = sorted(Counter(reached).values())
        assert split == [4, 4], (reached, b"".join(output).decode())
