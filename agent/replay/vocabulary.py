"""The names a replay file may use, read from the code each time a file is loaded.

Tools come from the tool registry, ledger states from `AppointmentState`, timeline kinds from
`TIMELINE_KINDS`: never a copy, so a tool, state or kind the code adds is known at once and one
it drops makes the files that still name it fail to load.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

SAY_PLACEHOLDER = "say"


def tool_names() -> tuple[str, ...]:
    from tools.booking_tools import BookingTools

    return tuple(BookingTools.names)


def ledger_states() -> tuple[str, ...]:
    from calendar_adapter.ledger import AppointmentState

    return tuple(state.value for state in AppointmentState)


def timeline_kinds() -> tuple[str, ...]:
    from calendar_adapter.ledger.timeline_kinds import TIMELINE_KINDS

    return tuple(TIMELINE_KINDS)


def message_kinds() -> tuple[str, ...]:
    from calendar_adapter.ledger import MessageKind

    return tuple(kind.value for kind in MessageKind)


def unknown_name(what: str, name: str, known: Iterable[str]) -> str:
    """`unknown tool 'book_apointment' (did you mean 'book_appointment'? known: ...)`."""
    known = list(known)
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"unknown {what} {name!r} ({hint}known: {', '.join(known)})"
