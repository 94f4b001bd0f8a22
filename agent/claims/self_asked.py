"""A question the agent asks itself and answers at once, read as a question and its answer (blind
36, claims81): "Gebucht? Ja.", "Ist der Termin fest? Ja, ist er.", "Eingetragen? Klar.", "Booked?
You bet.", "Is it confirmed? Yes, it is.", "Cancelled? Yep, done.", "Gebucht? Leider noch nicht."

The caller hears the answer as a statement of what was asked: a yes claims it, a "not yet" denies
it (convention 74, read by `answered_question` as for the caller's own question). The reader took
the question as no claim and the bare answer as nothing. Here the question in front is put in the
caller's place: a bare participle or word of state ("Gebucht?", "Booked?", "Locked in?") is asked
as "Ist es …?" / "Is it …?", and an emphatic yes ("You bet", "Und wie!", "Aber sicher doch") said
as "yes". Not: a question about something else ("Open on Saturday? Yes, till four."), an answer
with words of its own ("Moved? Yes, to Thursday."), which are read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.answered_question import answered_in_place
from agent.claims.caller_answer import asked
from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_SELF_ASKED = lazy(r"^\W*(?P<q>[^?.!]{1,60}\?)\s+(?=\S)")
_EMPHATIC_YES = lazy(
    r"^\W*(?:you\s+bet|und\s+wie|aber\s+sicher(?:\s+doch)?|na\s+klar|sure\s+thing|of\s+course)"
    r"(?=\W*$)",
    re.IGNORECASE,
)


def _question(q: str) -> str | None:
    """The self-asked question as the caller's yes-or-no question, or None when it asks no
    outcome."""
    for asked_as in (q, f"Ist es {q[0].lower()}{q[1:]}", f"Is it {q[0].lower()}{q[1:]}"):
        if asked(asked_as) is not None:
            return asked_as
    return None


def self_answered(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of `sentence` with a self-asked question's answer read as that answer."""
    m = _SELF_ASKED.match(sentence)
    if m is None or "?" in sentence[m.end() :]:
        return claims
    question = _question(m["q"].strip())
    if question is None:
        return claims
    off = m.end()
    answer = _EMPHATIC_YES.sub("Ja", sentence[off:])
    before = tuple(c for c in claims if c.start < off)
    after = tuple(
        replace(c, start=c.start - off, end=c.end - off) for c in claims if c.start >= off
    )
    read = answered_in_place(answer, question, after, names)
    if read == after:
        return claims
    return before + tuple(replace(c, start=c.start + off, end=c.end + off) for c in read)
