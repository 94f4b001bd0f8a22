"""This call's booking, cancellation or move told failed (the lead's D68, convention 1160).

A report that the act failed is a claim of its outcome's absence, as a denial is (D57, 1124):
"Die Buchung ist fehlgeschlagen", "Beim Buchen ist ein Fehler aufgetreten", "Das System hat die
Buchung abgelehnt", "The booking failed", "The system threw an error when I tried to book", "The
cancellation didn't go through", "Das Verschieben hat nicht geklappt", "I couldn't move it" is
`not_booked` / `not_cancelled` / `not_moved` of what it names. Told after a real booking it makes
the caller book again; told after a real cancellation it keeps them from a slot they gave up.

The act is read from the sentence up to the end of the failure's sentence (a cancellation word
before a move word before a booking word: "Umbuchung" is a move); "Termin" / "appointment" counts
as the booking only as the failure verb's own noun ("das System hat den Termin abgelehnt").

Not this class: a failure of something else (a text, the line) with no act named, a condition or
a hypothetical ("Falls die Stornierung nicht durchgeht", "It would have been booked if …"), a
general statement ("Manchmal schlägt eine Buchung fehl"), a question, a failure denied ("nichts
ist schiefgegangen"), an indirect question ("what went wrong", "ob es geklappt hat"), a hedge
before it ("Ich glaube, …", "maybe"), another person's booking, an earlier call or day, one
attempt of several ("on the first try"), and a sentence that also claims an outcome (a repair
or a contradiction: its other readers decide).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FAILED = {
    "de": lazy(
        r"\b(?:fehlgeschlagen|gescheitert|schiefgegangen|schief\s+gegangen)\b|"
        r"\bnicht\s+(?:\w+\s+){0,2}?(?:geklappt|funktioniert|hingehauen|angenommen|angelegt|"
        r"durchgegangen|durchgekommen)\b|"
        r"\b(?:ging|geht)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+)?durch\b|\bdas\s+ging\s+nicht\b|"
        r"\babgelehnt\b|"
        r"\bfehler(?:meldung)?\b(?=[^.!?;]*\b(?:aufgetreten|gemeldet|geantwortet|passiert|zurück|abgebrochen)\b)|"
        r"\b(?:gab|kam)\s+(?:\w+\s+){0,3}?fehler(?:meldung)?\b|"
        r"\b(?:meldet|meldete)\s+(?:\w+\s+){0,2}?fehler\b|\bfehlermeldung\b|"
        r"\bkonnten?\s+(?:\w+\s+){0,5}?nicht\s+(?:\w+\s+){0,2}?(?:abschließen|anlegen|durchführen|"
        r"vornehmen|verlegen|verschieben|umbuchen|absagen|stornieren)\b|"
        r"\bnicht\s+(?:\w+\s+){0,2}?(?:abschließen|anlegen|verlegen|verschieben|umbuchen|absagen|"
        r"stornieren)\s+können\b|"
        r"\b(?:konnte|ließ)\s+sich\s+(?:\w+\s+){0,3}?nicht\s+(?:verschieben|verlegen|umbuchen|"
        r"stornieren|absagen|durchführen)\b|"
        r"\bkonnte\s+(?:\w+\s+){0,3}?nicht\s+(?:abgeschlossen|angelegt|storniert|verschoben|"
        r"verlegt)\s+werden\b|"
        r"\bnicht\s+möglich,\s+(?:\w+\s+){0,3}?zu\s+(?:verlegen|verschieben|stornieren|buchen)\b|"
        r"\b(?:buchung|stornierung)\s+fehlgeschlagen\b"
    ),
    "en": lazy(
        r"\bfailed\b|\b(?:didn't|did\s+not|wouldn't|won't)\s+(?:go\s+through|work|take|complete)\b|"
        r"\b(?:rejected|declined|refused|bounced)\b|\bwent\s+wrong\b|"
        r"\b(?:threw|returned|gave|showing|came\s+back\s+with)\s+(?:an\s+)?error\b|"
        r"\berror\s+occurred\b|"
        r"\b(?:couldn't|could\s+not|(?:wasn't|was\s+not|weren't|were\s+not)\s+able\s+to|"
        r"(?:was|were)\s+unable\s+to)\s+(?:complete|create|carry\s+out|move|cancel|reschedule|"
        r"rebook|shift)\b|"
        r"\b(?:couldn't|could\s+not)\s+be\s+(?:completed|created|cancell?ed|moved|rescheduled)\b|"
        r"\b(?:wasn't|was\s+not)\s+created\b"
    ),
}
# the act the failure is of, in priority order ("Umbuchung" is a move, not a booking)
_ACTS = (
    (ClaimKind.NOT_CANCELLED, lazy(r"(?:stornier|storno|absage|abgesagt|cancel)")),
    (
        ClaimKind.NOT_MOVED,
        lazy(
            r"(?:verschieb|verschob|verleg|umbuch|reschedul|rebook)|\bmov(?:e|ed|ing)\b|\bshift\b"
        ),
    ),
    (
        ClaimKind.NOT_BOOKED,
        lazy(
            r"(?:buchung|buchen|gebucht|booking|eintrag|eingetragen|einzutragen)|"
            r"\b(?:book|booked|anlegen|angelegt|create)\b|\btrage\s+(?:\w+\s+){0,2}?ein\b|"
            r"\b(?:termin|appointment)\b(?=[^.!?;]*\b(?:abgelehnt|angenommen|angelegt|"
            r"durchgegangen|rejected|created|isn't\s+in)\b)|"
            r"\b(?:rejected|declined)\s+the\s+appointment\b"
        ),
    ),
)
# a condition, a hypothetical, a general statement, in the failure's own clause
_CONDITION = lazy(
    r"\b(?:wenn|falls|sobald|solange|if|once|unless|would|wäre|wären|hätte|hätten|würde|"
    r"manchmal|sometimes|often|oft|meistens|usually|grundsätzlich)\b"
)
_CLAUSE_START = lazy(r"[^,;:.!?–—]*$")
_NOT_THIS = lazy(
    # a failure denied, an indirect question
    r"\b(?:nichts|kein(?:en)?|nothing|no)\s+(?:\w+\s+)?(?:schiefgegangen|fehler|went\s+wrong|error)\b|"
    r"\b(?:whether|ob)\b|\bwhat\b[^.!?;]*\bwrong\b|"
    # the outcome said open, not failed: "I can't say for certain whether it's booked"
    r"\b(?:can't|cannot|can\s+not)\s+(?:\w+\s+)?say\b|\bnot\s+sure\b|\bnicht\s+sicher\b|"
    r"\bkann\s+(?:\w+\s+){0,3}?nicht\s+sagen\b|"
    # another person's booking
    r"\b(?:sohn\w*|tochter|mann|mannes|mutter|vater|oma|opa|kind\w*|schwester|bruder|"
    r"freund\w*|nachbar\w*|son|daughter|husband|wife|mother|father|sister|brother|friend)\b|"
    # an earlier call or day, one attempt of several, something not an appointment act
    r"\b(?:gestern|yesterday|letzte[nmrs]?\s+(?:mal|anruf|woche)|last\s+(?:time|call|week)|"
    r"damals|first\s+(?:try|attempt)|ersten\s+(?:versuch|anlauf)|sms|texts?|e-?mail|"
    r"zahlung|payment|verbindung|connection)\b"
)
# a hedge before the failure: "Ich glaube, …", "maybe", "möglicherweise"
_HEDGE = lazy(
    r"\b(?:glaube|vermute|vielleicht|möglicherweise|wahrscheinlich|eventuell|think|maybe|"
    r"perhaps|probably|might|may)\b"
)
# a belief in the failure with a check still to do after it is the failure's claim (the lead's
# D77, convention 1196, as D71 / 1163 reads a belief in the outcome): "Ich glaube, die Absage hat
# nicht geklappt, aber ich prüfe das lieber noch einmal", "I think it didn't go through, let me
# double-check"; a hedge of doubt ("vielleicht", "maybe") or a belief with no check stays a hedge
_BELIEF = lazy(r"\b(?:glaube|vermute|denke|think|believe|suspect|guess)\b")
_DOUBT = lazy(
    r"\b(?:vielleicht|möglicherweise|wahrscheinlich|eventuell|maybe|perhaps|probably|might|may)\b"
)
_CHECK = lazy(
    r"\b(?:prüfe|prüfen|kontrolliere|schaue|sehe\s+(?:\w+\s+){0,3}?nach|check|double-check|verify)\b"
)
_END = lazy(r"[.!?;–—]|$")
_CLAUSE_END = lazy(r"[,.!?;:–—]|$")
_OUTCOMES = frozenset(
    {ClaimKind.BOOKED, ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.DONE}
)


def told_failed(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the act a failure report names told not done (above)."""
    if any(c.kind in _OUTCOMES for c in claims):
        return claims
    pattern = _FAILED.get(lang)
    if pattern is None:
        return claims
    text = fold(sentence).text
    if _NOT_THIS.search(text):
        return claims
    for failure in pattern.finditer(text):
        end = _END.search(text, failure.end())
        stop = end.start() if end else len(text)
        before = text[: failure.start()]
        clause = _CLAUSE_START.search(before)
        if (
            text[stop : stop + 1] == "?"
            or (_HEDGE.search(before) and not _believed_then_checked(before, text[failure.end() :]))
            or (clause and _CONDITION.search(clause.group()))
        ):
            continue
        window = text[:stop]
        kind = next((k for k, act in _ACTS if act.search(window)), None)
        if kind is None or any(c.kind is kind for c in claims):
            continue
        # what it names, up to the end of the failure's clause ("…, Samstag ist vergeben" is
        # the reason, not the act's place)
        clause_end = _CLAUSE_END.search(text, failure.end())
        named = replace(read_details(text[: clause_end.start()], names), services=frozenset())
        details = ClaimDetails(((Role.ANY, named),)) if not named.empty else ClaimDetails()
        return (*claims, Claim(kind, 0, len(sentence), details))
    return claims


def _believed_then_checked(before: str, after: str) -> bool:
    """A belief (not a doubt) before the failure and a check after it (D77, above)."""
    return bool(_BELIEF.search(before) and not _DOUBT.search(before) and _CHECK.search(after))
