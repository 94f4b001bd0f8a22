"""Cal.com API v2 client: the one `CalendarBackend` (against Cal.com, or the embedded sandbox).

Safety rules it keeps:
- Reads, DELETE and the PATCH of a reservation are retried on 5xx, timeouts and dropped
  connections (exponential backoff with jitter). Any request is retried after a 429, after waiting
  as the rate-limit headers say: a 429 was not processed.
- A POST that may have been processed (a booking, a reschedule, a cancel, a reservation) is never
  re-sent blindly. A booking whose answer was lost is looked up by the request id it carries in
  `metadata`; if it cannot be found the caller gets `BookingOutcomeUnknownError`, never a success
  it did not see.
"""

from __future__ import annotations

import asyncio
import email.utils
import functools
import random
import ssl
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from loguru import logger

from .backend import (
    AnswerLostError,
    Attendee,
    BadRequestError,
    Booking,
    BookingOutcomeUnknownError,
    BookingRequest,
    CalendarError,
    CalendarTimeoutError,
    Catalog,
    ConnectionLostError,
    NotFoundError,
    NotSentError,
    Offering,
    RateLimitedError,
    Reservation,
    ServerError,
    Service,
    SlotHeldByOtherError,
    SlotUnavailableError,
    Stylist,
    UnauthorizedError,
)
from .budget import GateRequest, RequestGate, give_way_if_wanted
from .privacy import mask_phone
from .salon import SalonFile
from .telemetry import calcom_request

SLOTS_VERSION = "2024-09-04"
BOOKINGS_VERSION = "2024-08-13"
EVENT_TYPES_VERSION = "2024-06-14"

METADATA_MAX_KEYS = 50
METADATA_MAX_KEY_CHARS = 40
METADATA_MAX_VALUE_CHARS = 500

Sleep = Callable[[float], Awaitable[Any]]


class _NotSent(Exception):
    """The request never left this process (connect failed): safe to send again, even a POST."""

    def __init__(self, cause: Exception):
        super().__init__(str(cause))
        self.cause = cause


# ---------------------------------------------------------------------------------------------
# Parsing
# ---------------------------------------------------------------------------------------------


def parse_time(value: str) -> datetime:
    """Cal.com's ISO 8601 (`...Z`, offsets, milliseconds) -> aware UTC."""
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def format_time(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("aware datetimes only (UTC crosses the calendar seam)")
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def parse_reservation(data: Mapping[str, Any]) -> Reservation:
    start = parse_time(data["slotStart"])
    end = parse_time(data["slotEnd"]) if data.get("slotEnd") else None
    minutes = int(data.get("slotDuration") or ((end - start).total_seconds() // 60 if end else 0))
    return Reservation(
        uid=data["reservationUid"],
        event_type_id=int(data["eventTypeId"]),
        slot_start=start,
        slot_end=end or start + timedelta(minutes=minutes),
        slot_minutes=minutes,
        reservation_minutes=int(data.get("reservationDuration") or 0),
        until=parse_time(data["reservationUntil"]),
    )


def _parse_attendee(a: Mapping[str, Any]) -> Attendee:
    return Attendee(
        name=a.get("name") or "",
        time_zone=a.get("timeZone") or "UTC",
        email=a.get("email"),
        phone_number=a.get("phoneNumber"),
        language=a.get("language"),
    )


def parse_booking(data: Mapping[str, Any]) -> Booking:
    if not isinstance(data, Mapping):
        raise TypeError(f"a booking answer that is no object: {type(data).__name__}")
    event_type_id = data.get("eventTypeId")
    if event_type_id is None and isinstance(data.get("eventType"), Mapping):
        event_type_id = data["eventType"].get("id")
    uid = data["uid"]
    if not isinstance(uid, str) or not uid:
        raise ValueError(f"a booking without a uid: {uid!r}")
    return Booking(
        id=int(data["id"]),
        uid=uid,
        status=str(data.get("status") or "").lower(),
        start=parse_time(data["start"]),
        end=parse_time(data["end"]),
        event_type_id=int(event_type_id or 0),
        host_user_ids=tuple(int(h["id"]) for h in data.get("hosts") or () if "id" in h),
        attendees=tuple(_parse_attendee(a) for a in data.get("attendees") or ()),
        metadata=dict(data.get("metadata") or {}),
        rescheduled_from_uid=data.get("rescheduledFromUid"),
        rescheduled_to_uid=data.get("rescheduledToUid"),
        cancellation_reason=data.get("cancellationReason"),
    )


def _error_fields(response: httpx.Response) -> tuple[str | None, str]:
    """(code, message) from Cal.com's error envelope, or from a NestJS default body."""
    try:
        body = response.json()
    except ValueError:
        return None, response.text[:300] or response.reason_phrase
    if not isinstance(body, Mapping):
        return None, str(body)[:300]
    err = body.get("error")
    if isinstance(err, Mapping):
        return err.get("code"), str(err.get("message") or err.get("code") or "")
    message = body.get("message")
    if isinstance(message, list):
        message = "; ".join(map(str, message))
    return (err if isinstance(err, str) else None), str(message or response.reason_phrase)


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float:
    """The wait a 429 asks for, in seconds.

    Cal.com v2 sends no `Retry-After`: its throttler answers `X-RateLimit-Reset-{Name}` (one per
    named limit, `-Default` unless configured) in seconds to go, and refuses only while every named
    limit is blocked, so the shortest of those waits is the one that counts. A `Retry-After`
    (seconds or HTTP date, e.g. from a proxy in front) wins when present; a reset that looks like
    an epoch timestamp (seconds or milliseconds) is read as one. 1 s when nothing says."""
    now = time.time() if now is None else now
    lowered = {k.lower(): v for k, v in headers.items()}
    asked = [
        wait
        for key, value in lowered.items()
        if key == "retry-after" or key.startswith("retry-after-")
        if (wait := _seconds_or_http_date(value, now)) is not None
    ]
    if asked:
        return min(asked)
    waits = [
        wait
        for key, value in lowered.items()
        if key == "x-ratelimit-reset" or key.startswith("x-ratelimit-reset-")
        if (wait := _reset_seconds(value, now)) is not None
    ]
    return min(waits) if waits else 1.0


def _seconds_or_http_date(value: str, now: float) -> float | None:
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None


def _reset_seconds(value: str, now: float) -> float | None:
    try:
        n = float(value)
    except ValueError:
        return None
    if n > 1e12:  # epoch milliseconds
        return max(0.0, n / 1000 - now)
    if n > 1e9:  # epoch seconds
        return max(0.0, n - now)
    return max(0.0, n)


def error_from_response(response: httpx.Response) -> CalendarError:
    """Map a Cal.com error answer to a typed error, by status AND message."""
    status = response.status_code
    code, message = _error_fields(response)
    text = message.lower()
    if status == 429:
        return RateLimitedError(
            message or "rate limited", retry_after=retry_after_seconds(response.headers)
        )
    if status in (401, 403):
        return UnauthorizedError(message, status=status, code=code)
    if status == 404:
        return NotFoundError(message, status=status, code=code)
    if status >= 500:
        return ServerError(message, status=status, code=code)
    if status == 409:
        if "someone else reserved" in text:
            return SlotHeldByOtherError(message, status=status, code=code)
        return SlotUnavailableError(message, status=status, code=code)  # booking_conflict
    if status == 422 and "already reserved" in text:  # a live reservation, not a booking
        return SlotHeldByOtherError(message, status=status, code=code)
    if status == 422 and "already booked" in text:
        return SlotUnavailableError(message, status=status, code=code)
    if status == 400 and "already has booking" in text:
        return SlotUnavailableError(message, status=status, code=code)
    return BadRequestError(message, status=status, code=code)


# ---------------------------------------------------------------------------------------------
# The client
# ---------------------------------------------------------------------------------------------


@functools.cache
def verified_tls() -> ssl.SSLContext:
    """httpx's own certificate verification (its CA bundle, SSL_CERT_FILE/_DIR), built once per
    process: a new client would read and parse the CA bundle again, ~20 ms of CPU each time."""
    return httpx.create_ssl_context()


class CalComClient:
    """`CalendarBackend` over Cal.com API v2 on one shared `httpx.AsyncClient`."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None,
        *,
        salon: SalonFile,
        timeout: float = 10.0,
        http: httpx.AsyncClient | None = None,
        max_retries: int = 3,
        sleep: Sleep = asyncio.sleep,
        backoff_base: float = 0.25,
        max_rate_limit_wait: float = 30.0,
        lookup_attempts: int = 3,
        gate: RequestGate | None = None,
    ):
        base = base_url.rstrip("/")
        self._base_url = base[: -len("/v2")] if base.endswith("/v2") else base
        self._api_key = api_key or None
        self._salon = salon
        self._max_retries = max_retries
        self._sleep = sleep
        self._backoff_base = backoff_base
        self._max_rate_limit_wait = max_rate_limit_wait
        self._lookup_attempts = lookup_attempts
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(
            verify=verified_tls(),
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            # Expire idle connections before uvicorn's 5 s keep-alive does, so a POST is not
            # written into a socket the server is closing (that would look like a lost answer).
            limits=httpx.Limits(
                max_connections=20, max_keepalive_connections=10, keepalive_expiry=4.0
            ),
        )
        self._catalog: Catalog | None = None
        self._catalog_lock = asyncio.Lock()
        # Every request passes the gate before it is sent: the key's budget, slot answers.
        self.gate = gate or RequestGate.unmetered()

    @property
    def authenticated(self) -> bool:
        """Cal.com takes a hold length (`reservationDuration`) only from an authenticated
        client; without a key a length asked for is left out and Cal.com's 5 minutes apply."""
        return self._api_key is not None

    @property
    def base_url(self) -> str:
        return self._base_url

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> CalComClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- transport ---------------------------------------------------------------------------

    def _headers(self, version: str) -> dict[str, str]:
        headers = {"cal-api-version": version, "Accept": "application/json"}
        if self._api_key:
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    async def _send_once(
        self,
        method: str,
        path: str,
        *,
        version: str,
        params: Mapping[str, Any] | None,
        json: Any,
        attempt: int = 0,
    ) -> httpx.Response:
        with calcom_request(method, path, attempt=attempt) as exchange:
            try:
                response = await self._http.request(
                    method,
                    self._base_url + path,
                    params={k: v for k, v in (params or {}).items() if v is not None} or None,
                    json=json,
                    headers=self._headers(version),
                )
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
                exchange.failed("not_sent")
                raise _NotSent(exc) from exc
            except httpx.TimeoutException as exc:
                exchange.failed("timeout")
                raise CalendarTimeoutError(f"{method} {path}: no answer in time ({exc!r})") from exc
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                exchange.failed("connection_lost")
                raise ConnectionLostError(f"{method} {path}: connection lost ({exc!r})") from exc
            exchange.answered(response)
            return response

    def _backoff(self, attempt: int) -> float:
        delay = min(self._backoff_base * (2**attempt), 5.0)
        return delay * (0.5 + random.random() / 2)

    async def _request(
        self,
        method: str,
        path: str,
        *,
        version: str,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        idempotent: bool,
    ) -> Any:
        """Send, retry as safety allows, and return the envelope's `data` or raise typed.

        `idempotent` requests are retried on 5xx, timeouts and dropped connections; every
        request is retried after a 429 (not processed) or a failed connect (never sent); inside
        `give_way`, that retry gives way (`GaveWayError`) instead while a caller waits."""
        attempt = 0
        while True:
            try:
                response = await self.gate.send(
                    GateRequest(method, path, params, json),
                    lambda attempt=attempt: self._send_once(
                        method, path, version=version, params=params, json=json, attempt=attempt
                    ),
                )
            except _NotSent as exc:
                if attempt >= self._max_retries:
                    raise NotSentError(f"{method} {path}: cannot connect ({exc.cause!r})") from exc
                give_way_if_wanted(f"{method} {path}: connect failed")  # never sent
                logger.warning("calcom {} {}: connect failed, retrying", method, path)
            except (CalendarTimeoutError, ConnectionLostError) as exc:
                if not idempotent or attempt >= self._max_retries:
                    raise
                logger.warning("calcom {} {}: {}, retrying", method, path, type(exc).__name__)
            else:
                logger.debug("calcom {} {} -> {}", method, path, response.status_code)
                if response.is_success:
                    return _data(response)
                error = error_from_response(response)
                if isinstance(error, RateLimitedError):
                    if attempt >= self._max_retries:
                        raise error
                    give_way_if_wanted(f"{method} {path}: rate limited")  # not processed
                    wait = min(error.retry_after, self._max_rate_limit_wait)
                    logger.warning(
                        "calcom {} {}: rate limited, waiting {:.1f}s as told", method, path, wait
                    )
                    await self._sleep(wait)
                    attempt += 1
                    continue
                if isinstance(error, ServerError) and idempotent and attempt < self._max_retries:
                    logger.warning(
                        "calcom {} {}: {} {}, retrying",
                        method,
                        path,
                        response.status_code,
                        error.message,
                    )
                else:
                    raise error
            await self._sleep(self._backoff(attempt))
            attempt += 1

    # -- catalog -----------------------------------------------------------------------------

    async def get_catalog(self, *, refresh: bool = False) -> Catalog:
        async with self._catalog_lock:
            if self._catalog is None or refresh:
                self._catalog = await self._fetch_catalog()
            return self._catalog

    async def _event_types_of(self, username: str) -> list[dict[str, Any]]:
        data = await self._request(
            "GET",
            "/v2/event-types",
            version=EVENT_TYPES_VERSION,
            params={"username": username},
            idempotent=True,
        )
        if isinstance(data, Mapping):  # older shapes nest the list
            data = data.get("eventTypes") or data.get("eventTypeGroups") or []
        return list(data or [])

    async def _fetch_catalog(self) -> Catalog:
        staff = self._salon.staff
        per_user = await asyncio.gather(*(self._event_types_of(s.username) for s in staff))
        services = tuple(
            Service(slug=s.slug, name=s.name, minutes=s.minutes, aliases=tuple(s.aliases))
            for s in self._salon.services
        )
        known_slugs = {s.slug for s in services}
        stylists: dict[int, Stylist] = {}
        offerings: dict[int, Offering] = {}
        for spec, event_types in zip(staff, per_user, strict=True):
            user = _user_of(spec.username, event_types)
            if user is None:
                logger.warning("calcom: no event types for user {}; not in catalog", spec.username)
                continue
            user_id = int(user["id"])
            stylists.setdefault(
                user_id,
                Stylist(
                    user_id=user_id,
                    username=spec.username,
                    name=user.get("name") or spec.name,
                    email=user.get("email") or spec.email,
                ),
            )
            for et in event_types:
                slug = et.get("slug")
                if slug not in known_slugs:
                    logger.debug("calcom: event type {!r} of {} is no service", slug, spec.username)
                    continue
                offerings[int(et["id"])] = Offering(
                    event_type_id=int(et["id"]),
                    stylist_user_id=user_id,
                    service_slug=slug,
                    minutes=int(et.get("lengthInMinutes") or et.get("length") or 0),
                    title=et.get("title") or "",
                )
        catalog = Catalog(
            stylists=tuple(stylists.values()),
            services=services,
            offerings=tuple(offerings.values()),
        )
        logger.info(
            "calcom: catalog of {} stylists, {} offerings",
            len(catalog.stylists),
            len(catalog.offerings),
        )
        return catalog

    # -- slots and holds ---------------------------------------------------------------------

    async def get_slots(
        self, event_type_id: int, start: datetime, end: datetime, *, time_zone: str = "UTC"
    ) -> list[datetime]:
        data = await self._request(
            "GET",
            "/v2/slots",
            version=SLOTS_VERSION,
            params={
                "eventTypeId": event_type_id,
                "start": format_time(start),
                "end": format_time(end),
                "timeZone": time_zone,
                "format": "time",
            },
            idempotent=True,
        )
        starts = {
            parse_time(slot["start"] if isinstance(slot, Mapping) else slot)
            for day in (data or {}).values()
            for slot in day
        }
        return sorted(s for s in starts if start <= s < end)

    async def reserve_slot(
        self, event_type_id: int, slot_start: datetime, *, reservation_minutes: int | None = None
    ) -> Reservation:
        body: dict[str, Any] = {"eventTypeId": event_type_id, "slotStart": format_time(slot_start)}
        if reservation_minutes is not None and self.authenticated:
            body["reservationDuration"] = reservation_minutes
        # Not idempotent: a re-sent reserve after a lost answer would meet our own first hold.
        data = await self._request(
            "POST", "/v2/slots/reservations", version=SLOTS_VERSION, json=body, idempotent=False
        )
        return parse_reservation(data)

    async def get_reservation(self, uid: str) -> Reservation | None:
        try:
            data = await self._request(
                "GET", f"/v2/slots/reservations/{uid}", version=SLOTS_VERSION, idempotent=True
            )
        except NotFoundError:
            return None
        return parse_reservation(data) if data else None

    async def extend_reservation(
        self, uid: str, *, reservation_minutes: int | None = None
    ) -> Reservation:
        current = await self.get_reservation(uid)
        if current is None:
            raise NotFoundError(f"reservation {uid} not found (expired or released)", status=404)
        body: dict[str, Any] = {
            "eventTypeId": current.event_type_id,
            "slotStart": format_time(current.slot_start),
            "slotDuration": current.slot_minutes,
        }
        if reservation_minutes is not None and self.authenticated:
            body["reservationDuration"] = reservation_minutes
        data = await self._request(
            "PATCH",
            f"/v2/slots/reservations/{uid}",
            version=SLOTS_VERSION,
            json=body,
            idempotent=True,
        )
        return parse_reservation(data)

    async def release_reservation(self, uid: str) -> None:
        await self._request(
            "DELETE", f"/v2/slots/reservations/{uid}", version=SLOTS_VERSION, idempotent=True
        )

    # -- bookings ----------------------------------------------------------------------------

    async def create_booking(self, request: BookingRequest) -> Booking:
        logger.info(
            "calcom: booking event type {} at {} for {} (request {})",
            request.event_type_id,
            format_time(request.start),
            mask_phone(request.attendee.phone_number),
            request.request_id,
        )
        answer = await self._write_once(
            "/v2/bookings",
            _booking_body(request),
            what=f"booking with request id {request.request_id}",
            key=request.request_id,
            look_up=lambda: self.find_booking_by_request_id(
                request.request_id, event_type_id=request.event_type_id, around=request.start
            ),
            parse=parse_booking,
        )
        return answer if isinstance(answer, Booking) else parse_booking(answer)

    async def _write_once(
        self,
        path: str,
        body: dict[str, Any],
        *,
        what: str,
        key: str,
        look_up: Callable[[], Awaitable[Booking | None]],
        parse: Callable[[Any], Booking] | None = None,
    ) -> Any:
        """POST a booking write (create, cancel, reschedule) that must never be re-sent blindly.

        Returns the answer's `data`. When the answer is lost (timeout, dropped connection, 5xx),
        the write may have happened: `look_up` asks Cal.com what became of it, and the booking it
        finds is returned instead. Nothing found (or Cal.com not answering the lookup) raises
        `BookingOutcomeUnknownError` carrying `key`. A request that never left raises
        `NotSentError` (nothing happened). A 2xx answer `parse` cannot read as a booking (no
        uid, another shape) says as little as a lost one: it is looked up the same way, since
        what was written is only known by the booking Cal.com shows."""
        try:
            data = await self._request(
                "POST", path, version=BOOKINGS_VERSION, json=body, idempotent=False
            )
        except (AnswerLostError, ServerError) as exc:
            logger.warning(
                "calcom: answer to the {} lost ({}); looking it up", what, type(exc).__name__
            )
            return await self._find_written(look_up, what, key, exc)
        if parse is None:
            return data
        try:
            return parse(data)
        except (KeyError, TypeError, ValueError) as exc:
            logger.warning(
                "calcom: the answer to the {} is no booking ({!r}); looking it up", what, exc
            )
            return await self._find_written(look_up, what, key, exc)

    async def _find_written(
        self,
        look_up: Callable[[], Awaitable[Booking | None]],
        what: str,
        key: str,
        cause: BaseException,
    ) -> Booking:
        found = await self._look_up(look_up)
        if found is not None:
            logger.info("calcom: {} found: {} ({})", what, found.uid, found.status)
            return replace(found, found_by_lookup=True)
        raise BookingOutcomeUnknownError(
            f"the answer to the {what} was lost or unreadable, and Cal.com does not show it done",
            request_id=key,
            cause=cause,
        ) from cause

    async def _look_up(self, find: Callable[[], Awaitable[Booking | None]]) -> Booking | None:
        """Ask Cal.com a few times with backoff; None when nothing was found (or asking failed)."""
        for attempt in range(self._lookup_attempts):
            if attempt:
                await self._sleep(self._backoff(attempt))
            try:
                found = await find()
            except CalendarError as exc:
                logger.warning("calcom: lookup attempt {} failed: {}", attempt + 1, exc.message)
                continue
            if found is not None:
                return found
        return None

    async def find_booking_by_request_id(
        self, request_id: str, *, event_type_id: int | None = None, around: datetime | None = None
    ) -> Booking | None:
        after = before = None
        if around is not None:
            after = around - timedelta(minutes=1)
            before = around + timedelta(days=1)
        for booking in await self.list_bookings(
            event_type_id=event_type_id, after_start=after, before_end=before
        ):
            if str(booking.metadata.get("requestId")) == request_id:
                return booking
        return None

    async def get_booking(self, uid: str) -> Booking | None:
        try:
            data = await self._request(
                "GET", f"/v2/bookings/{uid}", version=BOOKINGS_VERSION, idempotent=True
            )
        except NotFoundError:
            return None
        if isinstance(data, list):  # a recurring booking answers with its occurrences
            data = data[0] if data else None
        return parse_booking(data) if data else None

    async def list_bookings(
        self,
        *,
        attendee_email: str | None = None,
        event_type_id: int | None = None,
        after_start: datetime | None = None,
        before_end: datetime | None = None,
        status: str | None = None,
    ) -> list[Booking]:
        take = 100
        params: dict[str, Any] = {
            "attendeeEmail": attendee_email,
            "eventTypeId": event_type_id,
            "afterStart": format_time(after_start) if after_start else None,
            "beforeEnd": format_time(before_end) if before_end else None,
            "status": status,
            "take": take,
        }
        bookings: list[Booking] = []
        for page in range(50):
            response = await self._request_with_envelope(
                "/v2/bookings", {**params, "skip": page * take}
            )
            items = response.get("data") or []
            bookings.extend(parse_booking(b) for b in items)
            pagination = response.get("pagination")
            more = (
                bool(pagination.get("hasNextPage"))
                if isinstance(pagination, Mapping)
                else len(items) >= take
            )
            if not more:
                break
        return bookings

    async def _request_with_envelope(self, path: str, params: Mapping[str, Any]) -> dict:
        """GET that keeps the whole envelope (the bookings list carries `pagination` beside
        `data`)."""
        data = await self._request(
            "GET", path, version=BOOKINGS_VERSION, params=params, idempotent=True
        )
        return data if isinstance(data, dict) and "data" in data else {"data": data}

    async def cancel_booking(self, uid: str, *, reason: str | None = None) -> Booking:
        async def seen_cancelled() -> Booking | None:
            booking = await self.get_booking(uid)
            return booking if booking is not None and booking.status == "cancelled" else None

        answer = await self._write_once(
            f"/v2/bookings/{uid}/cancel",
            {"cancellationReason": reason} if reason else {},
            what=f"cancel of booking {uid}",
            key=uid,
            look_up=seen_cancelled,
        )
        if isinstance(answer, Booking):
            return answer
        if isinstance(answer, Mapping) and "uid" in answer:
            return parse_booking(answer)
        booking = await self.get_booking(uid)  # some versions answer without the booking
        if booking is None:
            raise NotFoundError(f"booking {uid} not found after cancel", status=404)
        return booking

    async def reschedule_booking(
        self,
        uid: str,
        start: datetime,
        *,
        reserved_slot_uid: str | None = None,
        reason: str | None = None,
    ) -> Booking:
        body: dict[str, Any] = {"start": format_time(start)}
        if reserved_slot_uid:
            body["reservedSlotUid"] = reserved_slot_uid
        if reason:
            body["reschedulingReason"] = reason
        answer = await self._write_once(
            f"/v2/bookings/{uid}/reschedule",
            body,
            what=f"reschedule of booking {uid}",
            key=uid,
            look_up=lambda: self._find_rescheduled(uid, start),
            parse=parse_booking,
        )
        return answer if isinstance(answer, Booking) else parse_booking(answer)

    async def _find_rescheduled(self, uid: str, start: datetime) -> Booking | None:
        old = await self.get_booking(uid)
        if old is None:
            return None
        if old.rescheduled_to_uid:
            return await self.get_booking(old.rescheduled_to_uid)
        for booking in await self.list_bookings(
            event_type_id=old.event_type_id or None,
            after_start=start - timedelta(minutes=1),
            before_end=start + timedelta(days=1),
        ):
            if booking.rescheduled_from_uid == uid:
                return booking
        return None


def _data(response: httpx.Response) -> Any:
    if not response.content:
        return None
    body = response.json()
    if isinstance(body, Mapping) and "data" in body:
        if "pagination" in body:
            return {"data": body["data"], "pagination": body["pagination"]}
        return body["data"]
    return body


def _user_of(username: str, event_types: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The Cal.com user behind `username`: from an event type's `users`, else its `ownerId`."""
    for et in event_types:
        for user in et.get("users") or ():
            if user.get("username") == username and "id" in user:
                return user
    for et in event_types:
        if et.get("ownerId") is not None:
            return {"id": et["ownerId"]}
    return None


def _booking_body(request: BookingRequest) -> dict[str, Any]:
    metadata: dict[str, str] = {"requestId": request.request_id}
    for key, value in request.metadata.items():
        if key == "requestId":
            continue
        if len(key) > METADATA_MAX_KEY_CHARS:
            raise BadRequestError(f"metadata key {key!r} longer than {METADATA_MAX_KEY_CHARS}")
        metadata[key] = str(value)
    if len(metadata) > METADATA_MAX_KEYS:
        raise BadRequestError(f"metadata has more than {METADATA_MAX_KEYS} keys")
    too_long = [k for k, v in metadata.items() if len(v) > METADATA_MAX_VALUE_CHARS]
    if too_long:
        raise BadRequestError(f"metadata values longer than {METADATA_MAX_VALUE_CHARS}: {too_long}")
    a = request.attendee
    if not a.email and not a.phone_number:
        raise BadRequestError("an attendee needs an email or a phone number")
    attendee: dict[str, Any] = {"name": a.name, "timeZone": a.time_zone}
    if a.email:
        attendee["email"] = a.email
    if a.phone_number:
        attendee["phoneNumber"] = a.phone_number
    if a.language:
        attendee["language"] = a.language
    body: dict[str, Any] = {
        "start": format_time(request.start),
        "eventTypeId": request.event_type_id,
        "attendee": attendee,
        "metadata": metadata,
    }
    if request.reserved_slot_uid:
        body["reservedSlotUid"] = request.reserved_slot_uid
    return body
