"""Can this process take a call? Every configured provider has its key, and stand-ins their
script. Asked at start-up (to warn), by health checks, and by every arriving call."""

from __future__ import annotations

from agent.config import Settings
from agent.services import MissingKeyError, check_keys
from agent.telephony.standin_calls import standin_problem


def call_refusal(settings: Settings) -> str | None:
    """Why calls cannot be taken with these settings, naming the variable; None when they can."""
    try:
        check_keys(settings)
    except MissingKeyError as exc:
        return str(exc)
    return standin_problem(settings)
