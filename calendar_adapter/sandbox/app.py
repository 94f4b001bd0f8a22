"""The HTTP face of the sandbox: Cal.com v2 paths, envelopes, auth, rate limit and faults.

Handlers call the store synchronously (no await between check and write), so races between
concurrent requests are decided atomically on the server's loop.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from calendar_adapter.clock import FixedClock
from calendar_adapter.sandbox import timefmt as tf
from calendar_adapter.sandbox.errors import MSG_HOST_BUSY, ApiError
from calendar_adapter.sandbox.faults import BOOK
from calendar_adapter.sandbox.ratelimit import TOO_MANY_REQUESTS, rate_limit_headers

if TYPE_CHECKING:
    from calendar_adapter.sandbox.server import Sandbox

ADMIN_PREFIX = "/_sandbox"
_TEMPLATES = [
    (re.compile(r"^/v2/slots/reservations/[^/]+$"), "/v2/slots/reservations/{uid}"),
    (re.compile(r"^/v2/bookings/[^/]+/cancel$"), "/v2/bookings/{uid}/cancel"),
    (re.compile(r"^/v2/bookings/[^/]+/reschedule$"), "/v2/bookings/{uid}/reschedule"),
    (re.compile(r"^/v2/bookings/[^/]+$"), "/v2/bookings/{uid}"),
    (re.compile(r"^/v2/webhooks/[^/]+$"), "/v2/webhooks/{id}"),
    (re.compile(r"^/v2/event-types/[^/]+$"), "/v2/event-types/{id}"),
]


def route_template(path: str) -> str:
    for pattern, template in _TEMPLATES:
        if pattern.match(path):
            return template
    return path


def ok(data: Any, status: int = 200, **extra: Any) -> JSONResponse:
    return JSONResponse({"status": "success", "data": data, **extra}, status_code=status)


# The sandbox a request came to. The app is built once a process (per `admin`) and shared by
# every sandbox in it: building one analyses its ~30 routes, ~10 ms of CPU, and the tests start
# a sandbox for most of their calls. Each sandbox's server runs it through `_Bound`, which sets
# this for the request (the tasks a request starts inherit it).
_SERVING: ContextVar[Sandbox] = ContextVar("sandbox_serving")


class _Serving:
    """The serving sandbox (or its `part`, e.g. its store), looked up at each attribute read."""

    __slots__ = ("_part",)

    def __init__(self, part: str | None = None) -> None:
        self._part = part

    def __getattr__(self, name: str) -> Any:
        sandbox = _SERVING.get()
        return getattr(sandbox if self._part is None else getattr(sandbox, self._part), name)


Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class _Bound:
    """One sandbox's ASGI app: the shared app, serving this sandbox."""

    def __init__(self, app: FastAPI, sb: Sandbox) -> None:
        self.app, self.sb = app, sb

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        token = _SERVING.set(self.sb)
        try:
            await self.app(scope, receive, send)
        finally:
            _SERVING.reset(token)


def build_app(sb: Sandbox) -> _Bound:
    """The sandbox's Cal.com API (and its fault API when `sb.admin`)."""
    return _Bound(_shared_app(sb.admin), sb)


@functools.cache
def _shared_app(admin: bool) -> FastAPI:
    sb: Sandbox = _Serving()  # type: ignore[assignment]  # the request's sandbox, read per use
    app = FastAPI(
        title="Cal.com sandbox",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # It stands for Cal.com: its insides are not part of the agent's traces.
        telemetry={"tracing": False, "metrics": False, "logs": False},
    )
    store = _Serving("store")  # the request's sandbox's store

    def error_response(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(
            {
                "status": "error",
                "timestamp": tf.iso_utc(store.now()),
                "path": request.url.path,
                "error": {"code": exc.code, "message": exc.message, "details": exc.details},
            },
            status_code=exc.status,
        )

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(request, exc)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = (
            f"Cannot {request.method} {request.url.path}"
            if exc.status_code == 404
            else str(exc.detail)
        )
        return error_response(request, ApiError(exc.status_code, message))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(request, ApiError(400, "Bad request", details=exc.errors()))

    @app.middleware("http")
    async def _gatekeeper(request: Request, call_next: Any) -> Response:
        """Auth, rate limit and faults, in Cal.com's order: a throttled request is not served."""
        path = request.url.path
        if path.startswith(ADMIN_PREFIX):
            if not sb.admin:
                return error_response(request, ApiError(404, f"Cannot {request.method} {path}"))
            if _bearer(request) != sb.api_key:
                return error_response(request, ApiError(401, "Invalid API key"))
            return await call_next(request)

        token = _bearer(request)
        request.state.authed = token is not None and token == sb.api_key
        who = f"key:{token}" if request.state.authed else f"ip:{_client_ip(request)}"
        verdict = sb.limiter.hit(who)
        if token is not None and not request.state.authed:
            resp = error_response(request, ApiError(401, "Invalid API key"))
            resp.headers.update(verdict.headers())
            return resp
        if not verdict.allowed:
            resp = error_response(request, ApiError(429, TOO_MANY_REQUESTS))
            resp.headers.update(verdict.headers())
            return resp

        key = f"{request.method} {path}"
        template = f"{request.method} {route_template(path)}"
        resp = await _faulted(request, key, template, call_next)
        for name, value in verdict.headers().items():
            resp.headers.setdefault(name, value)
        return resp

    async def _faulted(request: Request, key: str, template: str, call_next: Any) -> Response:
        delay = sb.faults.delay_for(key, template)
        if delay > 0:
            await asyncio.sleep(delay)
        sb.run_due_external(key, template)
        failure = sb.faults.take_failure(key, template)
        if failure is not None:
            return await _fault_response(request, failure)
        resp = await call_next(request)
        if resp.status_code < 300:
            lost = sb.faults.take_lost_response(key, template)
            if lost is not None:
                return await _fault_response(request, "timeout" if lost == "timeout" else "502")
        return resp

    async def _fault_response(request: Request, kind: str) -> Response:
        if kind == "timeout":
            await asyncio.sleep(sb.faults.timeout_seconds)
            return error_response(request, ApiError(504, "Gateway Timeout"))
        if kind == "429":
            resp = error_response(request, ApiError(429, TOO_MANY_REQUESTS))
            resp.headers.update(
                rate_limit_headers(sb.limiter.per_minute, 0, sb.faults.retry_after_seconds)
            )
            return resp
        if kind == "502":
            return error_response(request, ApiError(502, "Bad Gateway"))
        if kind == "400":  # a definite refusal: Cal.com's answer when the host cannot take it
            return error_response(request, ApiError(400, MSG_HOST_BUSY))
        return error_response(request, ApiError(500, "Internal server error"))

    def require_auth(request: Request) -> None:
        if not getattr(request.state, "authed", False):
            raise ApiError(401, "No authentication method provided")

    # -- me, event types ---------------------------------------------------------------------

    @app.get("/v2/me")
    async def me(request: Request) -> JSONResponse:
        require_auth(request)
        user = store.user(100) or {}
        return ok(
            {
                "id": user.get("id"),
                "username": user.get("username"),
                "email": user.get("email"),
                "name": user.get("name"),
                "timeZone": user.get("time_zone"),
                "weekStart": "Monday",
                "timeFormat": 24,
                "defaultScheduleId": None,
                "organizationId": None,
            }
        )

    def event_type_dict(et: Any) -> dict[str, Any]:
        user = store.user(et.user_id) or {}
        return {
            "id": et.id,
            "slug": et.slug,
            "title": et.title,
            "description": "",
            "lengthInMinutes": et.length,
            "ownerId": et.user_id,
            "requiresConfirmation": et.requires_confirmation,
            "hidden": False,
            "schedulingType": None,
            "users": [  # Cal.com's User_2024_06_14: no e-mail, no time zone
                {
                    "id": user.get("id"),
                    "username": user.get("username"),
                    "name": user.get("name"),
                    "avatarUrl": None,
                    "weekStart": "Monday",
                    "brandColor": None,
                    "darkBrandColor": None,
                    "theme": None,
                    "metadata": {},
                }
            ],
        }

    @app.get("/v2/event-types")
    async def event_types(
        request: Request,
        username: str | None = None,
        usernames: str | None = None,
        eventSlug: str | None = None,
    ) -> JSONResponse:
        names = [n for n in ([username] if username else (usernames or "").split(",")) if n]
        if not names:
            require_auth(request)
            found = store.event_types()
        else:
            found = []
            for name in names:
                user = store.user_by_name(name)
                if user is not None:
                    found += store.event_types(user["id"])
        if eventSlug:
            found = [et for et in found if et.slug == eventSlug]
        return ok([event_type_dict(et) for et in found])

    @app.get("/v2/event-types/{event_type_id}")
    async def event_type(event_type_id: int) -> JSONResponse:
        et = store.event_type(event_type_id)
        if et is None:
            raise ApiError(404, f"Event type with id={event_type_id} not found")
        return ok(event_type_dict(et))

    # -- slots -------------------------------------------------------------------------------

    @app.get("/v2/slots")
    async def slots(
        request: Request,
        eventTypeId: int | None = None,
        eventTypeSlug: str | None = None,
        username: str | None = None,
        start: str | None = None,
        end: str | None = None,
        startTime: str | None = None,
        endTime: str | None = None,
        timeZone: str | None = None,
        format: str | None = None,
    ) -> JSONResponse:
        if eventTypeId is None and eventTypeSlug and username:
            user = store.user_by_name(username)
            match = [et for et in store.event_types(user["id"])] if user else []
            match = [et for et in match if et.slug == eventTypeSlug]
            if not match:
                raise ApiError(404, f"Event type with slug {eventTypeSlug} not found")
            eventTypeId = match[0].id
        if eventTypeId is None:
            raise ApiError(400, "eventTypeId or eventTypeSlug with username is required")
        start, end = start or startTime, end or endTime
        if not start or not end:
            raise ApiError(400, "start and end are required")
        zone = tf.zone_or_400(timeZone)
        from_ts = tf.parse_instant(start, "start", zone=zone)
        to_ts = tf.parse_instant(end, "end", zone=zone, end_of_day=True)
        if to_ts < from_ts:
            raise ApiError(400, "end must be after start")
        days: dict[str, list[dict[str, str]]] = {}
        for s, e in store.free_slots(eventTypeId, from_ts, to_ts):
            render = (lambda t: tf.iso_in_zone(t, zone)) if zone else tf.iso_utc
            day = tf.from_epoch(s).astimezone(zone).date() if zone else tf.from_epoch(s).date()
            item = {"start": render(s)}
            if format == "range":
                item["end"] = render(e)
            days.setdefault(day.isoformat(), []).append(item)
        return ok(days)

    # -- reservations ------------------------------------------------------------------------

    @app.post("/v2/slots/reservations")
    async def reserve(request: Request) -> JSONResponse:
        body = await _json(request)
        if body.get("reservationDuration") is not None:
            require_auth(request)
        slot_start = tf.parse_instant(_required(body, "slotStart"), "slotStart")
        data = store.reserve(
            body.get("eventTypeId"),
            slot_start,
            _opt_int(body, "slotDuration"),
            _opt_int(body, "reservationDuration"),
        )
        return ok(data, 201)

    @app.get("/v2/slots/reservations/{uid}")
    async def get_reservation(uid: str) -> JSONResponse:
        return ok(store.get_reservation(uid))

    @app.patch("/v2/slots/reservations/{uid}")
    async def update_reservation(uid: str, request: Request) -> JSONResponse:
        body = await _json(request)
        if body.get("reservationDuration") is not None:
            require_auth(request)
        slot_start = body.get("slotStart")
        data = store.update_reservation(
            uid,
            tf.parse_instant(slot_start, "slotStart") if slot_start else None,
            _opt_int(body, "slotDuration"),
            _opt_int(body, "reservationDuration"),
        )
        return ok(data)

    @app.delete("/v2/slots/reservations/{uid}")
    async def delete_reservation(uid: str) -> JSONResponse:
        store.delete_reservation(uid)
        return ok(None)

    # -- bookings ----------------------------------------------------------------------------

    @app.post("/v2/bookings")
    async def create_booking(request: Request) -> JSONResponse:
        body = await _json(request)
        start = tf.parse_instant(_required(body, "start"), "start")
        answer = sb.faults.take_booking_answer()
        return _answered(
            answer,
            BOOK,
            lambda: store.create_booking(
                body.get("eventTypeId"),
                start,
                body.get("attendee"),
                body.get("metadata"),
                body.get("reservedSlotUid"),
                requires_confirmation=answer in ("pending", "rejected"),
            ),
        )

    @app.get("/v2/bookings")
    async def list_bookings(request: Request) -> JSONResponse:
        require_auth(request)
        q = request.query_params
        filters = _booking_filters(q, store.now())
        found = store.list_bookings(filters)
        if q.get("sortStart") == "desc":
            found.reverse()
        take, skip = int(q.get("take") or 100), int(q.get("skip") or 0)
        page = found[skip : skip + take]
        total = len(found)
        return ok(
            page,
            pagination={
                "totalItems": total,
                "remainingItems": max(0, total - skip - len(page)),
                "returnedItems": len(page),
                "itemsPerPage": take,
                "currentPage": skip // take + 1 if take else 1,
                "totalPages": -(-total // take) if take else 1,
                "hasNextPage": skip + len(page) < total,
                "hasPreviousPage": skip > 0,
            },
        )

    @app.get("/v2/bookings/{uid}")
    async def get_booking(uid: str) -> JSONResponse:
        return ok(store.get_booking(uid))

    @app.post("/v2/bookings/{uid}/cancel")
    async def cancel_booking(uid: str, request: Request) -> JSONResponse:
        body = await _json(request, allow_empty=True)
        return ok(store.cancel_booking(uid, body.get("cancellationReason")))

    @app.post("/v2/bookings/{uid}/reschedule")
    async def reschedule_booking(uid: str, request: Request) -> JSONResponse:
        body = await _json(request)
        start = tf.parse_instant(_required(body, "start"), "start")
        key = f"POST /v2/bookings/{uid}/reschedule"
        answer = sb.faults.take_booking_answer(key, "POST /v2/bookings/{uid}/reschedule")
        return _answered(
            answer,
            key,
            lambda: store.reschedule_booking(
                uid,
                start,
                body.get("reschedulingReason"),
                body.get("reservedSlotUid"),
                requires_confirmation=answer in ("pending", "rejected"),
            ),
        )

    def _answered(answer: str | None, key: str, write: Callable[[], dict]) -> JSONResponse:
        """The booking `write` makes, answered as `answer_next` says (None: as usual)."""
        if answer == "no_booking":  # "success", and nothing written
            return ok({}, 201)
        try:
            booking = write()
        except ApiError:
            if answer is not None:  # not this booking's answer: kept for the next one
                sb.faults.keep_booking_answer(answer, key)
            raise
        if answer == "rejected":
            booking = store.decline_booking(booking["uid"], "Declined by the host")
        if answer == "cancelled":
            booking = store.cancel_booking(booking["uid"], "Cancelled by the host")
        if answer == "no_uid":
            booking = {k: v for k, v in booking.items() if k not in ("id", "uid")}
        return ok(booking, 201)

    # -- webhooks ----------------------------------------------------------------------------

    @app.post("/v2/webhooks")
    async def add_webhook(request: Request) -> JSONResponse:
        require_auth(request)
        body = await _json(request)
        url = _required(body, "subscriberUrl")
        triggers = body.get("triggers") or [
            "BOOKING_CREATED",
            "BOOKING_CANCELLED",
            "BOOKING_RESCHEDULED",
        ]
        hook = store.add_webhook(
            url,
            list(triggers),
            body.get("secret"),
            bool(body.get("active", True)),
            body.get("payloadTemplate"),
        )
        return ok(hook, 201)

    @app.get("/v2/webhooks")
    async def list_webhooks(request: Request) -> JSONResponse:
        require_auth(request)
        return ok(store.webhooks())

    @app.get("/v2/webhooks/{wid}")
    async def get_webhook(wid: str, request: Request) -> JSONResponse:
        require_auth(request)
        hook = store.webhook(wid)
        if hook is None:
            raise ApiError(404, f"Webhook with id={wid} not found")
        return ok(hook)

    @app.delete("/v2/webhooks/{wid}")
    async def delete_webhook(wid: str, request: Request) -> JSONResponse:
        require_auth(request)
        return ok(store.delete_webhook(wid))

    if admin:
        _add_admin_routes(app, sb)
    return app


def _add_admin_routes(app: FastAPI, sb: Sandbox) -> None:
    """The Python fault API over HTTP, for a sandbox in another process."""

    @app.post(ADMIN_PREFIX + "/faults/latency")
    async def latency(request: Request) -> JSONResponse:
        body = await _json(request)
        sb.faults.latency(float(_required(body, "seconds")), body.get("endpoint"))
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/fail_next")
    async def fail_next(request: Request) -> JSONResponse:
        body = await _json(request)
        try:
            sb.faults.fail_next(
                int(body.get("n", 1)), _required(body, "kind"), body.get("endpoint")
            )
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/lose_response_after_commit")
    async def lose(request: Request) -> JSONResponse:
        body = await _json(request, allow_empty=True)
        try:
            sb.faults.lose_response_after_commit(
                int(body.get("n", 1)),
                body.get("endpoint", "POST /v2/bookings"),
                body.get("kind", "timeout"),
            )
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/answer_next")
    async def answer_next(request: Request) -> JSONResponse:
        body = await _json(request)
        try:
            sb.faults.answer_next(
                int(body.get("n", 1)), _required(body, "kind"), body.get("endpoint") or BOOK
            )
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/external_booking")
    async def external(request: Request) -> JSONResponse:
        body = await _json(request)
        at = body.get("at")
        sb.faults.external_booking(
            int(_required(body, "eventTypeId")),
            tf.from_epoch(tf.parse_instant(_required(body, "start"), "start")),
            at=tf.from_epoch(tf.parse_instant(at, "at")) if at else None,
            on=body.get("on"),
        )
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/timeout_seconds")
    async def timeout_seconds(request: Request) -> JSONResponse:
        body = await _json(request)
        sb.faults.timeout_seconds = float(_required(body, "seconds"))
        return ok(None)

    @app.post(ADMIN_PREFIX + "/faults/clear")
    async def clear() -> JSONResponse:
        sb.faults.clear()
        return ok(None)

    @app.get(ADMIN_PREFIX + "/reservations")
    async def reservations() -> JSONResponse:
        """Every reservation still holding its slot (Cal.com has no such list; the sandbox's
        owner may look)."""
        return ok(sb.active_reservations())

    @app.get(ADMIN_PREFIX + "/clock")
    async def get_clock() -> JSONResponse:
        return ok({"now": tf.iso_utc(sb.store.now()), "pinned": isinstance(sb.clock, FixedClock)})

    @app.post(ADMIN_PREFIX + "/clock")
    async def set_clock(request: Request) -> JSONResponse:
        if not isinstance(sb.clock, FixedClock):
            raise ApiError(
                400, "The sandbox runs on the system clock; start it with --now to pin it"
            )
        body = await _json(request)
        if body.get("set"):
            sb.clock.set(datetime.fromisoformat(body["set"]))
        elif body.get("advanceSeconds") is not None:
            sb.clock.advance(timedelta(seconds=float(body["advanceSeconds"])))
        else:
            raise ApiError(400, "Give `set` (ISO instant) or `advanceSeconds`")
        sb.run_due_external(None, None)
        return ok({"now": tf.iso_utc(sb.store.now())})


def _booking_filters(q: Any, now: int) -> Any:
    email = q.get("attendeeEmail")
    name = q.get("attendeeName")
    et_ids = {int(x) for x in (q.get("eventTypeIds") or q.get("eventTypeId") or "").split(",") if x}
    after = tf.parse_instant(q["afterStart"], "afterStart") if q.get("afterStart") else None
    before = (
        tf.parse_instant(q["beforeEnd"], "beforeEnd", end_of_day=True)
        if q.get("beforeEnd")
        else None
    )
    statuses = {s.strip() for s in (q.get("status") or "").split(",") if s.strip()}

    def matches_status(b: dict[str, Any]) -> bool:
        if not statuses:
            return True
        end = tf.parse_instant(b["end"], "end")
        live = b["status"] in ("accepted", "pending")
        checks = {
            "upcoming": live and end >= now,
            "past": live and end < now,
            "cancelled": b["status"] in ("cancelled", "rejected"),
            "unconfirmed": b["status"] == "pending" and end >= now,
            "recurring": False,
        }
        return any(checks.get(s, b["status"] == s) for s in statuses)

    def where(b: dict[str, Any]) -> bool:
        if email and not any((a["email"] or "").lower() == email.lower() for a in b["attendees"]):
            return False
        if name and not any(a["name"] == name for a in b["attendees"]):
            return False
        if et_ids and b["eventTypeId"] not in et_ids:
            return False
        if after is not None and tf.parse_instant(b["start"], "start") < after:
            return False
        if before is not None and tf.parse_instant(b["end"], "end") > before:
            return False
        return matches_status(b)

    return where


def _bearer(request: Request) -> str | None:
    value = request.headers.get("authorization")
    if not value:
        return None
    scheme, _, token = value.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else value


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


async def _json(request: Request, allow_empty: bool = False) -> dict[str, Any]:
    raw = await request.body()
    if not raw and allow_empty:
        return {}
    try:
        body = await request.json()
    except ValueError:
        raise ApiError(400, "Request body must be valid JSON") from None
    if not isinstance(body, dict):
        raise ApiError(400, "Request body must be a JSON object")
    return body


def _required(body: dict[str, Any], key: str) -> Any:
    if body.get(key) in (None, ""):
        raise ApiError(400, f"{key} should not be empty")
    return body[key]


def _opt_int(body: dict[str, Any], key: str) -> int | None:
    value = body.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ApiError(400, f"{key} must be a positive integer")
    return value
