"""A worker process for tests/test_accept_balance.py: uvicorn on uvloop with `BalancedServer` on
an inherited listening socket and `LoadBoard`, as `serve --workers N` runs its workers, serving
an app that tells each websocket which process took it and keeps it open until the client closes.
SIGUSR1 takes the worker off the board, as a drain does.

    python -m tests.balance_worker --fd FD --balance-fd FD --index I --count N
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
from typing import Any

import uvicorn
import uvloop

from agent.telephony.accept_balance import BalancedAccept, BalancedServer, LoadBoard
from agent.telephony.supervisor import worker_socket


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "websocket":
        await receive()  # websocket.connect
        await send({"type": "websocket.accept"})
        await send({"type": "websocket.send", "text": str(os.getpid())})
        while (await receive())["type"] != "websocket.disconnect":
            pass
    elif scope["type"] == "http":
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(os.getpid()).encode()})


async def main(args: argparse.Namespace) -> None:
    config = uvicorn.Config(app, lifespan="off", log_config=None, ws_ping_interval=None)
    balance = BalancedAccept(LoadBoard.inherited(args.balance_fd, args.count), args.index)
    # SIGUSR1: leave the board, as `serve`'s drain does on SIGTERM
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, balance.leave)
    await BalancedServer(config, balance).serve(sockets=[worker_socket(args.fd)])


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--fd", type=int, required=True)
    p.add_argument("--balance-fd", type=int, required=True)
    p.add_argument("--index", type=int, required=True)
    p.add_argument("--count", type=int, required=True)
    uvloop.run(main(p.parse_args()))
