"""Twilio's and Telnyx's REST APIs as a local HTTP server on loopback, for the real clients.

It speaks their shapes: Twilio `POST|GET /2010-04-01/Accounts/{sid}/Calls/{CallSid}.json` and
`POST .../Messages.json` (form bodies, HTTP basic auth with the account SID and auth token,
Twilio's error body `{code, message, more_info, status}`); Telnyx `POST
/v2/calls/{id}/actions/transfer|hangup` and `POST /v2/messages` (JSON, bearer key, `{"data":
...}` / `{"errors": [...]}`; a command with a `command_id` already run is not run again, as
Telnyx does). What was asked is kept in `requests`; `fail_next` and `drop_next` make the next
matching requests fail with a status or lose their answer (the connection closes unanswered).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

ACCOUNT_SID = "AC" + "1" * 32
AUTH_TOKEN = "twilio-rest-token"
TELNYX_KEY = "KEY0123456789"


@dataclass
class Seen:
    method: str
    path: str
    kind: str  # twilio_call | twilio_fetch | twilio_message | telnyx_transfer | telnyx_hangup | telnyx_message
    form: dict[str, str] = field(default_factory=dict)
    json: dict[str, Any] = field(default_factory=dict)
    answered: bool = True


@dataclass
class _Fault:
    kind: str
    status: int | None  # None: no answer at all
    body: dict[str, Any] | None
    left: int


class ProviderStandIn:
    def __init__(self, *, auth_token: str = AUTH_TOKEN) -> None:
        self.auth_token = auth_token
        self.requests: list[Seen] = []
        self.calls: dict[str, dict[str, Any]] = {}  # CallSid -> the call resource
        self.commands: set[str] = set()  # Telnyx command ids run
        self._faults: list[_Fault] = []
        self.base_url = ""
        # Called with each request as it arrives (a test looks at the world at that moment).
        self.on_request: Callable[[Seen], Awaitable[None]] | None = None

    # -- what tests arrange ---------------------------------------------------------------

    def add_call(self, call_sid: str, *, to: str, from_: str) -> None:
        self.calls[call_sid] = {"sid": call_sid, "to": to, "from": from_, "status": "in-progress"}

    def fail_next(
        self, kind: str, status: int, *, n: int = 1, body: dict[str, Any] | None = None
    ) -> None:
        self._faults.append(_Fault(kind, status, body, n))

    def drop_next(self, kind: str, *, n: int = 1) -> None:
        """The request arrives (and is recorded, and for a Telnyx command run) but its answer
        is lost: the connection closes unanswered."""
        self._faults.append(_Fault(kind, None, None, n))

    def of(self, kind: str) -> list[Seen]:
        return [r for r in self.requests if r.kind == kind]

    # -- the server -----------------------------------------------------------------------

    def app(self) -> web.Application:
        app = web.Application()
        base = "/2010-04-01/Accounts/{account}"
        app.router.add_post(base + "/Calls/{call}.json", self._twilio_call)
        app.router.add_get(base + "/Calls/{call}.json", self._twilio_fetch)
        app.router.add_post(base + "/Messages.json", self._twilio_message)
        app.router.add_post("/v2/calls/{id}/actions/{action}", self._telnyx_action)
        app.router.add_post("/v2/messages", self._telnyx_message)
        return app

    def _fault(self, kind: str) -> _Fault | None:
        for fault in self._faults:
            if fault.kind == kind and fault.left > 0:
                fault.left -= 1
                return fault
        return None

    async def _answer(
        self, request: web.Request, seen: Seen, ok: dict[str, Any], *, status: int = 200
    ) -> web.StreamResponse:
        fault = self._fault(seen.kind)
        self.requests.append(seen)
        if self.on_request is not None:
            await self.on_request(seen)
        if fault is not None and fault.status is None:
            seen.answered = False
            if request.transport is not None:
                request.transport.close()
            raise ConnectionResetError("answer dropped")
        if fault is not None:
            seen.answered = False
            return web.json_response(
                fault.body or self._error(seen, fault.status), status=fault.status
            )
        return web.json_response(ok, status=status)

    @staticmethod
    def _error(seen: Seen, status: int) -> dict[str, Any]:
        if seen.kind.startswith("twilio"):
            return {
                "code": 20500 if status >= 500 else 21211,
                "message": "Internal Server Error"
                if status >= 500
                else "Invalid 'To' Phone Number",
                "more_info": "https://www.twilio.com/docs/errors",
                "status": status,
            }
        return {"errors": [{"code": str(status), "title": "error", "detail": f"status {status}"}]}

    # Twilio

    def _twilio_auth(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return user == ACCOUNT_SID == request.match_info["account"] and password == self.auth_token

    def _twilio_refused(self) -> web.Response:
        return web.json_response(
            {"code": 20003, "message": "Authenticate", "more_info": "", "status": 401},
            status=401,
        )

    async def _twilio_call(self, request: web.Request) -> web.StreamResponse:
        if not self._twilio_auth(request):
            return self._twilio_refused()
        form = dict(await request.post())
        sid = request.match_info["call"]
        seen = Seen("POST", request.path, "twilio_call", form={k: str(v) for k, v in form.items()})
        call = self.calls.setdefault(
            sid, {"sid": sid, "to": "", "from": "", "status": "in-progress"}
        )
        if "Status" in form:
            call["status"] = str(form["Status"])
        return await self._answer(request, seen, call)

    async def _twilio_fetch(self, request: web.Request) -> web.StreamResponse:
        if not self._twilio_auth(request):
            return self._twilio_refused()
        sid = request.match_info["call"]
        seen = Seen("GET", request.path, "twilio_fetch")
        if sid not in self.calls:
            self.requests.append(seen)
            return web.json_response(
                {"code": 20404, "message": "not found", "more_info": "", "status": 404}, status=404
            )
        return await self._answer(request, seen, self.calls[sid])

    async def _twilio_message(self, request: web.Request) -> web.StreamResponse:
        if not self._twilio_auth(request):
            return self._twilio_refused()
        form = {k: str(v) for k, v in (await request.post()).items()}
        seen = Seen("POST", request.path, "twilio_message", form=form)
        sid = "SM" + uuid.uuid4().hex
        body = {"sid": sid, "to": form.get("To"), "from": form.get("From"), "status": "queued"}
        return await self._answer(request, seen, body, status=201)

    # Telnyx

    def _telnyx_auth(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {TELNYX_KEY}"

    def _telnyx_refused(self) -> web.Response:
        return web.json_response(
            {"errors": [{"code": "10009", "title": "Authentication failed"}]}, status=401
        )

    async def _telnyx_action(self, request: web.Request) -> web.StreamResponse:
        if not self._telnyx_auth(request):
            return self._telnyx_refused()
        action = request.match_info["action"]
        body = await request.json()
        seen = Seen("POST", request.path, f"telnyx_{action}", json=body)
        command = body.get("command_id")
        if command and command in self.commands:
            seen.kind = f"telnyx_{action}_repeat"  # run once only, as Telnyx does
        elif command:
            self.commands.add(command)
        return await self._answer(request, seen, {"data": {"result": "ok"}})

    async def _telnyx_message(self, request: web.Request) -> web.StreamResponse:
        if not self._telnyx_auth(request):
            return self._telnyx_refused()
        body = await request.json()
        seen = Seen("POST", request.path, "telnyx_message", json=body)
        return await self._answer(
            request,
            seen,
            {"data": {"id": str(uuid.uuid4()), "to": [{"phone_number": body.get("to")}]}},
        )


@asynccontextmanager
async def provider_standin(*, auth_token: str = AUTH_TOKEN) -> AsyncIterator[ProviderStandIn]:
    standin = ProviderStandIn(auth_token=auth_token)
    runner = web.AppRunner(standin.app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    standin.base_url = f"http://127.0.0.1:{port}"
    try:
        yield standin
    finally:
        await runner.cleanup()


def rest_settings(base_url: str, **overrides: Any):
    """Settings whose REST clients talk to the stand-in (both providers configured)."""
    from agent.config import Settings

    values: dict[str, Any] = dict(
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        twilio_api_base_url=base_url,
        telnyx_api_key=TELNYX_KEY,
        telnyx_api_base_url=base_url,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)
