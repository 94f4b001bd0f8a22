"""The replay file, as pydantic models: one call, its calendar before, its turns, what must be true.

The turn keys `user:` and `expect:` are pipecat.evals' (a pipecat scripted turn is a valid replay
turn); calendar, ledger, events and the scripted model are ours. replays/README.md documents it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)\s*$")


def _time_text(v: Any) -> Any:
    """Times stay text until the salon's zone is known (refs.instant); YAML may hand a datetime."""
    return v if v is None or isinstance(v, datetime) else str(v)


class _Strict(BaseModel):
    """Unknown keys are errors: a typo in a replay must not silently weaken a check."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# ---------------------------------------------------------------------------------------------
# Where things are: a stylist, a service and a local time
# ---------------------------------------------------------------------------------------------


class SlotRef(_Strict):
    """A slot named like a person would: stylist (username, full or first name), service (slug,
    name or alias), start in the salon's local time ("2026-11-27 10:00") or an aware ISO time."""

    stylist: str
    service: str
    start: datetime | str

    @field_validator("start", mode="before")
    @classmethod
    def _start_text(cls, v: Any) -> Any:
        return _time_text(v)


class ExistingBooking(SlotRef):
    name: str = "Stammkundin"
    phone: str | None = None
    email: str | None = None


class Latency(_Strict):
    seconds: float = Field(ge=0)
    endpoint: str | None = None  # like "POST /v2/bookings"; none: every request


class FailNext(_Strict):
    n: int = Field(default=1, ge=1)
    kind: Literal["5xx", "timeout", "429", "400"]
    endpoint: str | None = None


class LoseResponse(_Strict):
    """Cal.com commits the booking, the answer never arrives."""

    n: int = Field(default=1, ge=1)
    endpoint: str = "POST /v2/bookings"
    kind: Literal["timeout", "5xx"] = "timeout"


class AnswerNext(_Strict):
    """Cal.com answers the next booking(s) (or moves) otherwise than accepted with a uid."""

    n: int = Field(default=1, ge=1)
    kind: Literal["pending", "rejected", "cancelled", "no_uid", "no_booking"]
    endpoint: Literal["POST /v2/bookings", "POST /v2/bookings/*/reschedule"] = "POST /v2/bookings"


class Fault(_Strict):
    """One sandbox fault, mirroring `Sandbox.faults`; exactly one key."""

    latency: Latency | None = None
    fail_next: FailNext | None = None
    lose_response_after_commit: LoseResponse | None = None
    answer_next: AnswerNext | None = None
    timeout_seconds: float | None = Field(default=None, ge=0)  # how long a "timeout" holds

    @model_validator(mode="after")
    def _one(self) -> Fault:
        given = [k for k, v in self.model_dump().items() if v is not None]
        if len(given) != 1:
            raise ValueError(
                "a fault has exactly one of: latency, fail_next, lose_response_after_commit, "
                f"answer_next, timeout_seconds (got {given or 'none'})"
            )
        return self


class CalendarBefore(_Strict):
    """The calendar before the call: bookings others made, holds others placed, faults armed."""

    bookings: list[ExistingBooking] = []
    holds: list[SlotRef] = []
    faults: list[Fault] = []


# ---------------------------------------------------------------------------------------------
# Events between turns
# ---------------------------------------------------------------------------------------------


def parse_duration(v: Any) -> timedelta:
    """`30s`, `4m`, `1h`, a number of seconds, or an ISO 8601 duration pydantic understands."""
    if isinstance(v, timedelta):
        return v
    if isinstance(v, int | float):
        return timedelta(seconds=v)
    m = _DURATION.match(str(v))
    if not m:
        raise ValueError(f"not a duration: {v!r} (use e.g. 30s, 4m, 1h)")
    amount, unit = float(m.group(1)), m.group(2)
    return timedelta(seconds=amount * {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}[unit])


class ExternalBookingEvent(SlotRef):
    """Someone else books this slot (a web booker, attendee "Web Booker"): now, when the clock
    reaches `at`, or right before the next request matching `on` (e.g. "POST /v2/bookings")."""

    on: str | None = None
    at: datetime | str | None = None


class DuringEvent(_Strict):
    """A tool call of the turn before, still running when this happens. `at`: a timeline kind
    the tool writes (e.g. `booking_sent`); the tool is caught right after writing it, so the
    request has not been answered yet. Default: right after the call started (`tool_called`)."""

    tool: str
    at: str = "tool_called"

    @model_validator(mode="before")
    @classmethod
    def _bare_tool(cls, v: Any) -> Any:
        return {"tool": v} if isinstance(v, str) else v


EVENT_KINDS = (
    "external_booking",
    "advance",
    "silence",
    "fault",
    "hangup",
    "hang_up_during",
    "barge_in_during",
)


class Event(_Strict):
    """Something that happens between turns; exactly one key."""

    external_booking: ExternalBookingEvent | None = None
    advance: timedelta | None = None  # the clock moves (the caller thinks, the hold ages)
    # the caller says nothing this long: the clock moves and the silence timer runs
    silence: timedelta | None = None
    fault: Fault | None = None
    hangup: bool | None = None  # the caller hangs up: the call ends here
    # the caller hangs up / talks while the previous turn's tool call is still running
    hang_up_during: DuringEvent | None = None
    barge_in_during: DuringEvent | None = None

    @field_validator("advance", "silence", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    @model_validator(mode="after")
    def _one(self) -> Event:
        given = [k for k in EVENT_KINDS if getattr(self, k)]
        if len(given) != 1:
            raise ValueError(
                f"an event has exactly one of: {', '.join(EVENT_KINDS)} (got {given or 'none'})"
            )
        return self

    @property
    def kind(self) -> str:
        return next(k for k in EVENT_KINDS if getattr(self, k))

    @property
    def during(self) -> DuringEvent | None:
        """The tool call this event happens during, for the two in-flight events."""
        return self.hang_up_during or self.barge_in_during


# ---------------------------------------------------------------------------------------------
# The scripted model (offline runs)
# ---------------------------------------------------------------------------------------------


class ToolCallStep(_Strict):
    name: str
    arguments: dict[str, Any] = {}


class Step(_Strict):
    """One output of the scripted model: tool calls, or text to say. In text, `{say}` is the
    latest tool result's `say` and `{tool.field}` a field of that tool's latest result."""

    tool_calls: list[ToolCallStep] | None = None
    say: str | None = None

    @model_validator(mode="after")
    def _one(self) -> Step:
        if (self.tool_calls is None) == (self.say is None):
            raise ValueError("a model step is either `tool_calls:` or `say:`")
        if self.tool_calls is not None and not self.tool_calls:
            raise ValueError("`tool_calls:` needs at least one call")
        return self

    def as_dict(self) -> dict[str, Any]:
        if self.say is not None:
            return {"say": self.say}
        return {"tool_calls": [c.model_dump() for c in self.tool_calls or []]}


# ---------------------------------------------------------------------------------------------
# Expectations
# ---------------------------------------------------------------------------------------------


class ToolExpect(_Strict):
    """A tool call: by name, arguments as a subset, the result's status, and result fields as
    a subset (nested mappings and lists matched field by field)."""

    name: str
    args: dict[str, Any] | None = None
    status: str | None = None
    result: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _bare_name(cls, v: Any) -> Any:
        return {"name": v} if isinstance(v, str) else v

    def label(self) -> str:
        """`book_appointment(customer_name='Eva') -> booked {'reason': ...}`; a bare name alone."""
        if self.args is None and self.status is None and self.result is None:
            return self.name
        args = ", ".join(f"{k}={v!r}" for k, v in (self.args or {}).items())
        status = f" -> {self.status}" if self.status else ""
        result = f" {self.result}" if self.result else ""
        return f"{self.name}({args}){status}{result}"


class _OptionalSlot(_Strict):
    """Stylist, service and start of an expected appointment or booking; each may be left out."""

    stylist: str | None = None
    service: str | None = None
    start: datetime | str | None = None

    @field_validator("start", mode="before")
    @classmethod
    def _start_text(cls, v: Any) -> Any:
        return _time_text(v)


class AppointmentExpect(_OptionalSlot):
    state: str
    customer_name: str | None = None


class LedgerExpect(_Strict):
    """The ledger after the call (this call's appointments unless said otherwise)."""

    appointments: list[AppointmentExpect] = []
    count: int | None = None  # how many appointments the call left, in any state
    states: dict[str, int] = {}  # how many in each state, e.g. {confirmed: 1}
    no_confirmed: bool = False
    timeline: list[str] = []  # timeline kinds that must appear, in this order
    not_timeline: list[str] = []  # timeline kinds that must not appear at all


class BookingExpect(_OptionalSlot):
    phone: str | None = None  # attendee phone
    name: str | None = None  # attendee name
    status: str = "accepted"
    absent: bool = False  # no booking like this may exist


class HoldExpect(_OptionalSlot):
    """A hold this call may leave behind (in Cal.com, and `held` in the ledger)."""


class CalendarExpect(_Strict):
    bookings: list[BookingExpect] = []
    accepted_count: int | None = None  # accepted bookings in the whole calendar
    only_listed: bool = False  # no accepted booking beyond those listed
    # No hold is ever left unless listed in `holds` (a built-in check); `no_hold_left` says so
    # explicitly and is checked as well.
    no_hold_left: bool = False
    holds: list[HoldExpect] = []  # holds this call must leave, and the only ones it may

    @model_validator(mode="after")
    def _holds_or_none(self) -> CalendarExpect:
        if self.no_hold_left and self.holds:
            raise ValueError("`no_hold_left: true` and `holds:` contradict each other")
        return self


class SmsExpect(_Strict):
    """A text sent to a caller once the call is over and the outbox has delivered."""

    to: str | None = None  # default: the caller's number
    says: list[str] = []  # phrases the text contains (like `says:`)
    absent: bool = False  # no text like this may have been sent


class SalonMessageExpect(_Strict):
    """A message taken for the salon in this call (the ledger's `messages`)."""

    kind: str  # callback | complaint | question | data_deletion
    phone: str | None = None
    name: str | None = None
    reason_says: list[str] = []


class CallExpect(_Strict):
    """What must be true of the whole call."""

    tools: list[ToolExpect] = []  # each called, in this order (others may come between)
    not_tools: list[ToolExpect] = []  # no call like this anywhere in the call
    says: list[str] = []  # case-insensitive substring, or /regex/
    not_says: list[str] = []  # nowhere in anything the caller heard (greeting included)
    ended_by: str | None = None  # how the call ended: hangup, bot, script_end
    ledger: LedgerExpect | None = None
    calendar: CalendarExpect | None = None
    # After the call: texts sent to the caller, messages for the salon, hand-overs.
    sms: list[SmsExpect] = []
    sms_count: int | None = None  # texts sent, in all
    salon_messages: list[SalonMessageExpect] = []
    salon_messages_count: int | None = None
    transfers: list[str] | None = None  # numbers the caller was put through to; []: none


class Turn(_Strict):
    """One caller turn: events before it, what the caller says, what the scripted model does,
    and what must be true of the turn."""

    user: str | None = None
    events: list[Event] = []
    model: list[Step] = []
    # pipecat.evals expectations (event: function_call / response ..., calls, text_contains ...)
    expect: list[dict[str, Any]] = []
    tools: list[ToolExpect] = []
    not_tools: list[ToolExpect] = []
    says: list[str] = []
    not_says: list[str] = []

    @model_validator(mode="after")
    def _something(self) -> Turn:
        if self.user is None and not self.events:
            raise ValueError("a turn needs `user:` (what the caller says) or `events:`")
        if self.user is None and (
            self.model or self.expect or self.tools or self.says or self.not_tools or self.not_says
        ):
            raise ValueError("a turn without `user:` cannot have model output or expectations")
        for i, event in enumerate(self.events):
            if event.during is not None and i != 0:
                raise ValueError(
                    f"events[{i}]: `{event.kind}` must be the turn's first event (it happens "
                    "while the previous turn's tool call runs)"
                )
        if self.during is not None:
            if any(e.advance is not None or e.silence is not None for e in self.events):
                raise ValueError(
                    "a turn with `hang_up_during`/`barge_in_during` cannot move the clock: the "
                    "tool in flight holds the call's calendar session meanwhile"
                )
            if self.events[0].barge_in_during is not None and self.user is None:
                raise ValueError("`barge_in_during` needs `user:` (what the caller says)")
            if self.events[0].hang_up_during is not None and self.user is not None:
                raise ValueError("`hang_up_during`: the caller hangs up instead of speaking")
        return self

    @property
    def hangs_up(self) -> bool:
        return any(e.hangup or e.hang_up_during for e in self.events)

    @property
    def during(self) -> DuringEvent | None:
        """The in-flight tool call this turn's first event happens during, if any."""
        return self.events[0].during if self.events else None


class Limits(_Strict):
    """The salon's call limits for this call (MAX_CALL_MINUTES, SILENCE_PROMPT_SECONDS,
    HANG_UP_AFTER_GOODBYE_SECONDS); each left out keeps the setting."""

    max_call: timedelta | None = None
    silence: timedelta | None = None
    after_goodbye: timedelta | None = None

    @field_validator("max_call", "silence", "after_goodbye", mode="before")
    @classmethod
    def _duration(cls, v: Any) -> Any:
        return None if v is None else parse_duration(v)

    def settings_update(self) -> dict[str, float]:
        update: dict[str, float] = {}
        if self.max_call is not None:
            update["max_call_minutes"] = self.max_call.total_seconds() / 60
        if self.silence is not None:
            update["silence_prompt_seconds"] = self.silence.total_seconds()
        if self.after_goodbye is not None:
            update["hang_up_after_goodbye_seconds"] = self.after_goodbye.total_seconds()
        return update


class Replay(_Strict):
    name: str | None = None
    description: str | None = None
    now: datetime | str
    salon: str | None = None  # salon file, relative to the replay file
    caller: str | None = Field(default="+4915112345678")
    language: Literal["de", "en"] = "de"
    limits: Limits = Limits()
    # The line the call is on: `phone` puts a caller through when asked (a Twilio/Telnyx call),
    # `local` cannot (a typed, browser or microphone call).
    line: Literal["phone", "local"] = "phone"
    calendar: CalendarBefore = CalendarBefore()
    turns: list[Turn]
    expect: CallExpect = CallExpect()

    @field_validator("now", mode="before")
    @classmethod
    def _now_text(cls, v: Any) -> Any:
        return _time_text(v)

    @model_validator(mode="after")
    def _hangup_last(self) -> Replay:
        if not self.turns:
            raise ValueError("`turns:` needs at least one turn")
        for i, turn in enumerate(self.turns[:-1]):
            if turn.hangs_up:
                raise ValueError(
                    f"turns[{i}]: a hang-up ends the call, so it must be the last turn"
                )
        last = self.turns[-1]
        if last.hangs_up and last.user is not None:
            raise ValueError(
                f"turns[{len(self.turns) - 1}]: the caller hangs up before speaking; put the "
                "hang-up in a turn of its own"
            )
        for i, turn in enumerate(self.turns):
            if turn.during is None:
                continue
            if i == 0 or self.turns[i - 1].user is None:
                raise ValueError(
                    f"turns[{i}]: `{turn.events[0].kind}` happens during a tool call of the turn "
                    "before, which needs `user:` (what makes the model call the tool)"
                )
            if self.turns[i - 1].during is not None:
                raise ValueError(
                    f"turns[{i}]: one tool call in flight at a time; turns[{i - 1}] already "
                    "happens during one"
                )
        return self
