"""Calls spread evenly over `serve`'s workers: a worker takes a new connection only while it holds
no more connections than the least loaded of the others.

The workers share one listening socket. Left to the kernel, whichever worker's event loop looks
first takes the next connection, and a busy loop is not the slower one to look: at 30 calls one
of two workers took 23 (bench/concurrent_calls.py) and its loop saturated while the other idled.
One socket per worker (SO_REUSEPORT) does not fix it: the kernel picks a socket by a hash of the
connection's addresses and ports, a coin toss per call, not an even split.

So each worker publishes how many connections it holds in a `LoadBoard`: a few integers of
memory that every worker maps, made by the supervisor and handed down like the socket (an
anonymous file descriptor: no name to clean up, nothing for Python's resource tracker to unlink
when one worker exits). A worker accepts only while its count is at most the smallest of the
other live workers' counts, so after any accept it is at most one ahead: M connections on N
workers split within one of M/N, by construction. A worker that is ahead stops watching the
socket (the others take the connections) and looks again when one of its connections closes or
after `RECHECK_SECONDS`; the least loaded worker is never held back, so some worker always
accepts.

A worker that died leaves its last count behind: the supervisor clears its slot, and a slot
whose process is gone counts for nothing anyway. A worker that drains leaves the board and takes
connections only when no other worker is on it.
"""

from __future__ import annotations

import asyncio
import mmap
import os
import socket
import tempfile
from typing import Any

import uvicorn
from loguru import logger

# How often a worker that is ahead looks whether the others have caught up.
RECHECK_SECONDS = 0.01
# After the process ran out of file descriptors, how long it leaves the socket to the others.
ACCEPT_ERROR_BACKOFF_SECONDS = 1.0
_SLOT = 2  # per worker: its pid (0: not on the board), the connections it holds
_INT = 8


class LoadBoard:
    """Each worker's open connections, in memory shared by all workers of one `serve`."""

    def __init__(self, fd: int, workers: int):
        self.fd = fd
        self.workers = workers
        self._map = mmap.mmap(fd, workers * _SLOT * _INT)
        self._slots = memoryview(self._map).cast("q")

    @classmethod
    def create(cls, workers: int) -> LoadBoard:
        """A new board (every slot empty) on an anonymous file the workers inherit."""
        if hasattr(os, "memfd_create"):
            fd = os.memfd_create("serve-load-board")
        else:  # macOS: an unlinked temporary file does the same
            fd, path = tempfile.mkstemp(prefix="serve-load-board-")
            os.unlink(path)
        os.ftruncate(fd, workers * _SLOT * _INT)
        return cls(fd, workers)

    @classmethod
    def inherited(cls, fd: int, workers: int) -> LoadBoard:
        """The board a worker inherited from its supervisor."""
        os.set_inheritable(fd, False)
        return cls(fd, workers)

    def join(self, index: int) -> None:
        self._slots[index * _SLOT + 1] = 0
        self._slots[index * _SLOT] = os.getpid()

    def leave(self, index: int) -> None:
        """Off the board (a worker draining; the supervisor for a worker that died)."""
        self._slots[index * _SLOT] = 0
        self._slots[index * _SLOT + 1] = 0

    def publish(self, index: int, connections: int) -> None:
        self._slots[index * _SLOT + 1] = connections

    def counts(self) -> list[int | None]:
        """Each worker's connections; None for a slot with no live worker."""
        return [
            self._slots[i * _SLOT + 1] if _alive(self._slots[i * _SLOT]) else None
            for i in range(self.workers)
        ]

    def may_accept(self, index: int, mine: int) -> bool:
        """Whether worker `index`, holding `mine` connections, takes the next one: while on the
        board, when no live worker holds fewer; off it, when no other worker is on it."""
        on_board = self._slots[index * _SLOT] != 0
        for other in range(self.workers):
            if other == index:
                continue
            pid = self._slots[other * _SLOT]
            if pid == 0:
                continue
            count = self._slots[other * _SLOT + 1]
            # Only a worker that would hold this one back is checked for life (a system call).
            if (not on_board or count < mine) and _alive(pid):
                return False
        return True

    def close(self) -> None:
        self._slots.release()
        self._map.close()


def _alive(pid: int) -> bool:
    if pid == 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class _CountedConnections(set):
    """uvicorn's set of open connections (every protocol adds itself on connection_made and
    removes itself on connection_lost; on a websocket upgrade the HTTP protocol leaves and the
    websocket's joins), telling its owner when a connection arrives or its size changes."""

    def __init__(self, arrived: Any, changed: Any):
        super().__init__()
        self._arrived, self._changed = arrived, changed

    def add(self, item: Any) -> None:
        super().add(item)
        self._arrived(item)
        self._changed()

    def discard(self, item: Any) -> None:
        super().discard(item)
        self._changed()

    def remove(self, item: Any) -> None:
        super().remove(item)
        self._changed()


class BalancedAccept:
    """One worker's accepting on the shared socket, held back while it is ahead on the board."""

    def __init__(self, board: LoadBoard, index: int):
        self.board = board
        self.index = index
        self._connections: set = set()
        self._pending = 0  # accepted, protocol not yet in `_connections`
        self._arriving: set = set()  # their protocols, once made
        self._sock: socket.socket | None = None
        self._factory: Any = None
        self._ssl: Any = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._watching = False
        self._recheck: asyncio.TimerHandle | None = None
        self._stopped = True
        self._on_board = False
        self._left = False  # drained: stays off the board
        self._tasks: set[asyncio.Task] = set()

    @property
    def held(self) -> int:
        return len(self._connections) + self._pending

    def track(self, server_state: Any) -> None:
        """Count uvicorn's connections (before any protocol is made)."""
        self._connections = server_state.connections = _CountedConnections(
            self._arrived, self._changed
        )

    def start(self, sock: socket.socket, protocol_factory: Any, ssl: Any = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._sock, self._factory, self._ssl = sock, protocol_factory, ssl
        sock.setblocking(False)
        self._stopped = False
        if not self._left:
            self.board.join(self.index)
            self._on_board = True
        self._publish()
        self._look()

    def leave(self) -> None:
        """Off the board: the others no longer wait for this worker (it drains)."""
        self._left, self._on_board = True, False
        self.board.leave(self.index)
        self._look()

    def stop(self) -> None:
        self._stopped = True
        self._unwatch()
        if self._recheck is not None:
            self._recheck.cancel()
            self._recheck = None
        self._on_board = False
        self.board.leave(self.index)

    def _publish(self) -> None:
        if self._on_board:
            self.board.publish(self.index, self.held)

    def _arrived(self, protocol: Any) -> None:
        # A pending connection's protocol made it in: counted once, never twice (the others
        # read the count; one too many there would let them take one too many).
        if protocol in self._arriving:
            self._arriving.discard(protocol)
            self._pending -= 1

    def _changed(self) -> None:
        self._publish()
        if not self._watching and not self._stopped:
            self._look()

    def _look(self) -> None:
        """Watch the socket while this worker may accept, else look again soon."""
        if self._stopped:
            return
        if self.board.may_accept(self.index, self.held):
            if self._recheck is not None:
                self._recheck.cancel()
                self._recheck = None
            if not self._watching:
                assert self._loop is not None and self._sock is not None
                self._loop.add_reader(self._sock.fileno(), self._ready)
                self._watching = True
            return
        self._unwatch()
        if self._recheck is None:
            assert self._loop is not None
            self._recheck = self._loop.call_later(RECHECK_SECONDS, self._rechecked)

    def _rechecked(self) -> None:
        self._recheck = None
        self._look()

    def _unwatch(self) -> None:
        if self._watching:
            assert self._loop is not None and self._sock is not None
            self._loop.remove_reader(self._sock.fileno())
            self._watching = False

    def _ready(self) -> None:
        assert self._sock is not None and self._loop is not None
        while not self._stopped and self.board.may_accept(self.index, self.held):
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return  # another worker took it
            except OSError as exc:  # out of file descriptors: leave the socket to the others
                logger.error(f"serve: cannot accept a connection: {exc}")
                self._unwatch()
                self._recheck = self._loop.call_later(ACCEPT_ERROR_BACKOFF_SECONDS, self._rechecked)
                return
            self._pending += 1
            self._publish()
            task = self._loop.create_task(self._attach(conn))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        self._look()

    async def _attach(self, conn: socket.socket) -> None:
        assert self._loop is not None
        made: list[Any] = []

        def protocol() -> Any:
            made.append(self._factory())
            self._arriving.add(made[0])
            return made[0]

        try:
            conn.setblocking(False)
            if conn.family in (socket.AF_INET, socket.AF_INET6):
                conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # as create_server
            await self._loop.connect_accepted_socket(protocol, conn, ssl=self._ssl)
        except Exception as exc:  # the peer left during the handshake; the others go on
            logger.debug(f"serve: an accepted connection failed to start: {exc!r}")
            conn.close()
        finally:
            if not made or made[0] in self._arriving:  # its protocol never joined
                self._arriving.difference_update(made)
                self._pending -= 1
                self._changed()


class BalancedServer(uvicorn.Server):
    """uvicorn's server that accepts through `BalancedAccept` when given one (and a socket);
    without one it is uvicorn's own."""

    def __init__(self, config: uvicorn.Config, balance: BalancedAccept | None = None):
        super().__init__(config)
        self.balance = balance
        if balance is not None:
            balance.track(self.server_state)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        if self.balance is None or not sockets:
            await super().startup(sockets)
            return
        (sock,) = sockets  # one inherited socket, as `serve --workers` hands it down
        await super().startup(sockets=[])  # the lifespan; no listener of uvicorn's own
        if self.should_exit or not self.started:
            return
        config = self.config

        def protocol() -> asyncio.Protocol:  # what uvicorn's startup makes per connection
            return config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=self.server_state, app_state=self.lifespan.state
            )

        self.balance.start(sock, protocol, ssl=config.ssl)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.balance is not None:
            self.balance.stop()
        await super().shutdown(sockets)
