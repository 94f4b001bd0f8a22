"""The sandbox answers on kept-alive connections without Nagle's delay: a response written in
pieces must not wait for the client's delayed ACK (~40 ms on Linux) on every request after the
first, or every test and demo pays it per Cal.com call."""

from __future__ import annotations

import socket

import httpx


async def test_connections_the_sandbox_accepts_have_tcp_nodelay(sandbox):
    headers = {"Authorization": f"Bearer {sandbox.api_key}"}
    async with httpx.AsyncClient() as http:
        for _ in range(2):  # the second request travels on the kept-alive connection
            assert (await http.get(sandbox.url + "/v2/me", headers=headers)).status_code == 200
        accepted = [
            connection.transport.get_extra_info("socket")
            for connection in sandbox._server.server_state.connections
        ]
        assert accepted
        assert all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in accepted)
