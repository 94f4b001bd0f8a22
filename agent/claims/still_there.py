"""The caller's appointment said still there (the lead's decision D11, convention 1051).

"Storniert? Nein, der steht noch.", "Ihr Termin besteht noch", "Gelöscht? Nein, er ist noch da.",
"Ihr Termin ist da, wo er war", "Ja, der bleibt." (blind 44: it stays), "Keine Sorge, der Freitag
ist nicht weg." (blind 54, claims168), "Cancelled? Nope, still there.", "Friday hasn't been cancelled;
it's still there": said of the caller's appointment, a denial beside it or not, it stays as it
was (`stands`, 1035's one label), not any booking: false after a move. Read per clause, so a denial
in the clause before keeps its own kind; a booking read over the whole sentence, naming nothing,
gives way to it too (`still_there_read`). Not: a condition said beside it ("…, wenn Sie wollen"), "steht noch aus / nicht / in den Sternen", the
caller asked whether they are still on the line, a slot or hold said still there (`held`), a hedge ("besteht womöglich noch": not known).
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.word_rules import Rule, read_rules

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|möchten|würde|wäre|if|whether|unless|should|"
    r"would|could|nicht\s+mehr|no\s+longer)\b"
)

# a condition elsewhere in the sentence: the clause says what stays if it holds, no claim
_CONDITION = lazy(r"\b(?:wenn|falls|sofern|sobald|solange|if|unless|once|as\s+long\s+as)\b")

STILL_THERE = (
    Rule(
        "de",
        K.STANDS,
        lazy(
            r"steht\s+(?:\w+\s+){0,2}noch\b|\bnoch\s+da\b|\bwo\s+er\s+war\b|\bbleibt\b|"
            r"\bnicht\s+weg\b"
        ),
        lazy(
            r"^\W*(?:(?:ja|nein|doch|aber|also|keine\s+sorge|und)\W+)*(?:(?:der|er|ihr\s+termin|"
            r"der\s+termin|die\s+buchung|ihre\s+buchung|der\s+(?:montag|dienstag|mittwoch|"
            r"donnerstag|freitag|samstag)|(?:ihr\s+)?(?:montags|dienstags|mittwochs|donnerstags|"
            r"freitags|samstags)termin)\s+(?:(?:aber|also|ja|doch|immer|jedenfalls|auch)\s+)*)"
            r"(?:(?:be)?steht\s+(?:(?:also|ja|doch|immer|auch|aber|eigentlich|jedenfalls)\s+){0,2}noch|ist\s+(?:(?:aber|also|ja|"
            r"doch|auch)\s+)*(?:immer\s+)?noch\s+da|ist\s+(?:noch\s+)?da,?\s+wo\s+er\s+war|bleibt|"
            # claims168 (blind 54): "Keine Sorge, der Freitag ist nicht weg."
            r"ist\s+(?:(?:aber|also|ja|doch|auch)\s+)*nicht\s+weg(?!\s*[,;:–—]))"
            r"\s*(?:[.!,;:]|$)"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"\bstill\s+there\b"),
        lazy(
            r"^\W*(?:(?:yes|yeah|yep|no|nope|but|so|and|don't\s+worry|no\s+worries)\W+)*"
            r"(?:(?:it|your\s+(?:\w+\s+)?(?:appointment|booking)|(?:your\s+)?(?:monday|tuesday|"
            r"wednesday|thursday|friday|saturday)(?:\s+(?:appointment|booking))?)(?:'s|\s+is)\s+)?"
            r"(?:(?:definitely|really|all)\s+)?still\s+there\s*(?:[.!,;]|$)"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=frozenset({K.BOOKED, K.RESCHEDULED}),
    ),
)


def still_there_read(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without a booking or move naming nothing read over the whole sentence around a
    clause that says the appointment is still there (its `stands` is that clause's reading)."""
    found, spans = read_rules(sentence, lang, names, STILL_THERE)
    if not found:
        return claims
    if _CONDITION.search(fold(sentence).text):  # "Der Termin bleibt, wenn Sie wollen."
        said = {(c.start, c.end) for c in found}
        return tuple(c for c in claims if not (c.kind is K.STANDS and (c.start, c.end) in said))
    return tuple(
        c
        for c in claims
        if not (
            c.kind in (K.BOOKED, K.RESCHEDULED)
            and all(d.empty for _, d in c.details.parts)
            and any(c.start < a and c.end >= b for a, b, _ in spans)
        )
    )
