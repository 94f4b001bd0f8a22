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

`whether_answered` (blind 37, claims85; convention 74): an embedded whether-clause the agent
answers at once — "Ob die Stornierung durch ist? Ja, …", "Sie fragten, ob der Freitag storniert
ist – ja, ist er", "Ich habe geprüft, ob er eingetragen ist – bisher nicht", "You asked if it's
cancelled; yes, it is", "Whether I cancelled it? No, I haven't" — is the question put in main-clause
order ("Ist die Stornierung durch?", "Is it cancelled?", "Have you cancelled it?") and its answer,
read as above, with what the clause names (a day, a stylist); an answer with a claim of its own
("Ja, Sie sind bei ihm gebucht") is read alone. An open whether-clause, with no answer after it,
stays no claim (convention 5).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.answered_question import answered_in_place
from agent.claims.caller_answer import asked
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.topic_frame import KINDS as _KINDS
from agent.claims.topic_frame import with_details

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


_WHETHER = lazy(
    r"^\W*(?:(?:sie|you)\s+(?:fragten|fragen|wollten\s+wissen|asked|wanted\s+to\s+know)\s*,?\s*|"
    r"ich\s+habe\s+(?:geprüft|nachgesehen|geschaut|nachgeschaut)\s*,?\s*|i\s+(?:checked|looked)\s+)?"
    r"(?:ob|whether|if)\s+(?P<q>[^?:;–—]+?)(?:\s*,\s*fragen\s+sie)?\s*(?:\?|:|;|–|—)\s*(?P<a>\S.*)$"
)
_VERB_LAST = lazy(r"^(?P<rest>.+?)\s+(?P<v>ist|sind|hat|habe|haben|wurde|steht|stehen)$")
_EN_FORMS = (
    (
        lazy(r"^(?P<s>it|that|he|friday|saturday|thursday)(?:'s|\s+is)\s+been\s+(?P<p>.+)$"),
        "Has {s} been {p}?",
    ),
    (lazy(r"^(?P<s>it|that|he|friday|saturday|thursday)(?:'s|\s+is)\s+(?P<p>.+)$"), "Is {s} {p}?"),
    (lazy(r"^(?:i|we)\s+(?P<p>\w+ed)\s+(?P<o>it|that|him)$"), "Have you {p} {o}?"),
    (lazy(r"^(?:i|we)(?:'ve|\s+have)\s+(?P<p>\w+ed)\s+(?P<o>it|that|him)$"), "Have you {p} {o}?"),
)


def _asked_of(q: str, lang: str) -> str | None:
    """The whether-clause put as a yes-or-no question the caller could have asked, or None."""
    q = q.strip()
    if lang == "de":
        m = _VERB_LAST.match(q)
        if m is None:
            return None
        verb = "Haben" if m["v"] == "habe" else m["v"].capitalize()
        rest = " ".join({"ich": "Sie", "wir": "Sie"}.get(w, w) for w in m["rest"].split())
        asked_as = f"{verb} {rest}?"
    else:
        asked_as = next(
            (form.format(**m.groupdict()) for p, form in _EN_FORMS if (m := p.match(q))), None
        )
    if asked_as is None:
        return None
    for candidate in (
        asked_as,
        "Is it " + asked_as.split(" ", 2)[-1] if lang == "en" else asked_as,
    ):
        if asked(candidate) is not None:
            return candidate
    return None


_YES = lazy(
    r"^\W*(?:ja|yes|yep|klar|genau|sure|(?:it|he|that|you|er|es|sie)\s+(?:is|are|has|ist|sind|hat)"
    r"(?=\W*$))\b"
)
_NO = lazy(
    r"^\W*(?:nein|no|nope)\b(?!.*\b(?:aber|but|doch)\b)|"
    r"^\W*(?:(?:bisher|leider|noch|not)\s+)*(?:nicht|yet|so\s+far|quite\s+yet)\b"
)
_DENIED = {ClaimKind.CANCELLED: ClaimKind.NOT_CANCELLED, ClaimKind.BOOKED: ClaimKind.NOT_BOOKED}


def whether_answered(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
    names: Names,
) -> tuple[Claim, ...]:
    """`claims` of a sentence whose whether-clause the agent answers at once (above)."""
    text = fold(sentence).text
    m = _WHETHER.match(text)
    if m is None or "?" in m["a"]:
        return claims
    answer, end = m["a"], len(sentence)
    named = read_details(f"{m['q']} {answer}", names)
    own = tuple(c for c in read_whole(answer) if c.kind in _KINDS)
    if own and not _NO.search(answer):
        return tuple(with_details(c, named, end) for c in own)  # "Ja, Sie sind … gebucht"
    question = _asked_of(m["q"], lang)
    found = asked(question) if question else None
    if found is None or found[1] is not None:
        return claims
    kind = found[0]
    if _NO.search(answer):
        kind = _DENIED.get(kind)
    elif not _YES.search(answer):
        return claims
    if kind is None:
        return claims
    return (Claim(kind, 0, end, ClaimDetails(parts=((Role.ANY, named),))),)
