"""The calendar read out: what the agent sees, reads or finds of the caller's appointment in the
calendar, and the status words it says of it, read as the claim of that state (conventions 1,
3, 5, 21, 84, 86).

One owner for one question (blind 24 and blind 31 left six readers of it, claims42, claims62,
claims64): "what does the calendar, as the agent reads it out, claim?". Three jobs, a module
each: `book.py` the state seen or the caller said in or out of the book ("Da sehe ich Sie:
Freitag, zehn Uhr", "Sie sind am Freitag nicht mehr dabei"), `gone.py` the appointment no longer
there (`gone`, not which act took it), `status.py` the status said of it (an English clause
after "I can see", pending, the place empty again).

Read at the two levels the readings need, each from one call: `read_out` on a clause's claims
(amended.py, where the readers' claims are still the clause's), `read_status` on the whole
sentence's claims (decide.py's late steps, after the repairs, on every claim found), and
`seen_clause` where decide.py reads a clause again alone.
"""

from __future__ import annotations

from agent.claims.calendar_read.book import seen_in_book
from agent.claims.calendar_read.gone import gone_said, gone_seen
from agent.claims.calendar_read.status import pending_status, place_emptied, seen_clause
from agent.claims.details import Names
from agent.claims.model import Claim

__all__ = ["read_out", "read_status", "seen_clause"]


def read_out(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of a clause with what the calendar read out claims: no longer there, or seen."""
    return seen_in_book(sentence, gone_seen(sentence, claims), names)


def read_status(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` of the whole sentence with the status words said of the caller's appointment:
    a day told gone, a status awaiting the salon, the place empty again."""
    for step in (gone_said, pending_status, place_emptied):
        read = step(sentence, claims)
        claims = claims if read is None else read
    return claims
