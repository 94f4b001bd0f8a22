"""What a Cal.com request is to the gate: how urgent, which slot question, and what a write changed.

Read from the request (method, path, query, body) and the answer's `data`, so the client needs to
tell the gate nothing beyond the request it sends.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from .slot_answers import SlotAnswers, SlotQuery

SLOTS_PATH = "/v2/slots"
RESERVATIONS_PATH = "/v2/slots/reservations"
_RESERVATION = re.compile(r"^/v2/slots/reservations/(?P<uid>[^/]+)$")
_BOOKING_ACTION = re.compile(r"^/v2/bookings/(?P<uid>[^/]+)/(?P<action>cancel|reschedule)$")


class Priority(IntEnum):
    """Lower goes first. A booking never waits behind slot questions."""

    WRITE = 0  # bookings, cancels, moves, holds (placed, extended, released); booking lookups
    READ = 1  # the catalog and other reads
    SLOTS = 2  # slot questions: answered from kept answers, or wait


@dataclass(frozen=True)
class GateRequest:
    method: str
    path: str
    params: Mapping[str, Any] | None = None
    json: Any = None


def priority_of(request: GateRequest) -> Priority:
    if request.method != "GET":
        return Priority.WRITE
    if request.path == SLOTS_PATH:
        return Priority.SLOTS
    # A booking looked up after a lost answer, a caller's bookings, a hold read to extend it:
    # all on a caller's way to a booking or a change of one.
    if request.path.startswith(("/v2/bookings", RESERVATIONS_PATH)):
        return Priority.WRITE
    return Priority.READ


def slot_query(request: GateRequest) -> SlotQuery | None:
    """The question a `GET /v2/slots` asks; None for any other request."""
    if request.method != "GET" or request.path != SLOTS_PATH:
        return None
    params = {k: v for k, v in (request.params or {}).items() if v is not None}
    try:
        event_type_id = int(params.pop("eventTypeId"))
    except (KeyError, TypeError, ValueError):
        return None
    return SlotQuery(event_type_id, tuple(sorted((k, str(v)) for k, v in params.items())))


class AvailabilityWrites:
    """Which stylists' slots a write changed, told to the slot answers.

    Holds and bookings name their event type in the body; a release, cancel or move names only a
    uid, so the event types of uids seen in answers are remembered (bounded). What cannot be
    placed forgets every kept answer."""

    def __init__(self, answers: SlotAnswers, *, remember: int = 4096):
        self._answers = answers
        self._remember = remember
        self._event_type_of: OrderedDict[str, int] = OrderedDict()

    def learn(self, request: GateRequest, data: Any) -> None:
        """Remember what an answer shows: event types' hosts, reservations' and bookings'
        event types."""
        if request.method == "GET" and request.path == "/v2/event-types":
            if isinstance(data, Mapping):  # older shapes nest the list
                data = data.get("eventTypes") or []
            for et in data if isinstance(data, list) else ():
                if isinstance(et, Mapping) and (host := _host_of_event_type(et)) is not None:
                    self._answers.hosts.learn(int(et["id"]), host)
            return
        for item in data if isinstance(data, list) else (data,):
            if isinstance(item, Mapping):
                self._learn_item(item)

    def _learn_item(self, item: Mapping[str, Any]) -> None:
        event_type_id = _int(item.get("eventTypeId"))
        if event_type_id is None:
            return
        for key in ("reservationUid", "uid"):
            if isinstance(item.get(key), str):
                self._remember_uid(item[key], event_type_id)
        hosts = item.get("hosts")
        if isinstance(hosts, list) and hosts and isinstance(hosts[0], Mapping):
            if (host := _int(hosts[0].get("id"))) is not None:
                self._answers.hosts.learn(event_type_id, host)

    def _remember_uid(self, uid: str, event_type_id: int) -> None:
        self._event_type_of[uid] = event_type_id
        self._event_type_of.move_to_end(uid)
        while len(self._event_type_of) > self._remember:
            self._event_type_of.popitem(last=False)

    def written(self, request: GateRequest, data: Any) -> None:
        """A write was sent (answered, refused, or its answer lost: it may have happened)."""
        named = _int(request.json.get("eventTypeId")) if isinstance(request.json, Mapping) else None
        answered = _int(data.get("eventTypeId")) if isinstance(data, Mapping) else None
        if request.path == RESERVATIONS_PATH or request.path == "/v2/bookings":
            self._changed(named, answered)
        elif (m := _RESERVATION.match(request.path)) and request.method == "DELETE":
            self._changed(self._event_type_of.get(m["uid"]))
        elif m := _BOOKING_ACTION.match(request.path):
            self._changed(self._event_type_of.get(m["uid"]), answered)
        # PATCH of a reservation keeps the slot held; other writes (webhooks) change no slots.

    def _changed(self, *event_type_ids: int | None) -> None:
        known = [e for e in event_type_ids if e is not None]
        if known:
            self._answers.changed(event_type_ids=known)
        else:
            self._answers.changed_everywhere()


def _host_of_event_type(et: Mapping[str, Any]) -> int | None:
    if _int(et.get("id")) is None:
        return None
    if (owner := _int(et.get("ownerId"))) is not None:
        return owner
    users = et.get("users")
    if isinstance(users, list) and users and isinstance(users[0], Mapping):
        return _int(users[0].get("id"))
    return None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
