"""This call's booking told not made, in the past or the modal (the lead's D57, convention 1124).

Every denial that this call's booking happened is convention 5's and 48's `not_booked`, active
or passive, nominal, with or without a reason: "Es ist nichts gebucht worden", "Gebucht wurde
nichts", "Der Termin wurde nicht gebucht, weil …", "Der Termin konnte nicht gebucht werden",
"Ich konnte Sie leider nicht eintragen", "Die Buchung ist nicht zustande gekommen", "keine Buchung
angelegt", "Nothing was booked today", "I didn't book anything", "I couldn't book it", "Friday
wasn't booked". Said after a booking it tells the caller to book again, as a present denial does
(denied_booking.py reads those; conventions 5 and 33 had left these event reports neutral).

Not this class: a condition or a rule ("Solange nichts gebucht ist, …", "Nothing gets booked
without your okay", "ohne Ihr Ja"), a question, another person's booking ("Für Ihre Tochter ist
noch nichts eingetragen", "nothing for your son"; a stylist's calendar), an earlier call ("Beim
letzten Anruf wurde nichts gebucht", "the line dropped"), a double booking denied ("doppelt
gebucht wurde nichts"), a denial denied or taken back (a booking read beside it). A present state
("Um elf ist noch nichts gebucht") is denied_booking.py's to read. "Heute" /
"today" is the call's day, not the appointment's: the denial names no day by it.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_PART = r"(?:gebucht|eingetragen|eingebucht)"
_INF = r"(?:buchen|eintragen|einbuchen)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DENIED = {
    "de": lazy(
        # nothing booked, told as an event or a state of the call: "es ist nichts gebucht
        # worden", "Heute wurde (also) nichts gebucht", "Heute ist also nichts eingetragen",
        # "Da nichts gebucht wurde", "gebucht wurde nichts"
        rf"\b(?:wurde|wurden)\s+(?:\w+\s+){{0,3}}?nichts\s+{_PART}\b|"
        rf"\bist\s+(?:\w+\s+){{0,3}}?nichts\s+{_PART}\s+worden\b|"
        rf"\bheute\s+ist\s+(?:\w+\s+){{0,2}}?nichts\s+{_PART}\b|"
        rf"\bnichts\s+{_PART}\s+(?:wurde|worden)\b|"
        rf"\b{_PART}\s+(?:wurde|haben\s+(?:wir|sie))\s+(?:\w+\s+){{0,2}}?nichts\b|"
        # the appointment (or a place) not booked, in the passive: "Der Termin wurde nicht
        # gebucht", "ist nicht gebucht worden", "konnte leider nicht gebucht werden"
        rf"\b(?:ist|wurde|konnte)\s+(?:\w+\s+){{0,4}}?nicht\s+{_PART}\s+(?:worden|werden)\b|"
        rf"\bwurde\s+(?:\w+\s+){{0,3}}?nicht\s+{_PART}\b|"
        # the speaker could not: "Ich konnte den Termin leider nicht eintragen", "Leider konnte
        # ich den Termin nicht buchen", "Ich habe Sie leider nicht eintragen können"
        rf"\b(?:ich|wir)\s+konnten?\s+(?:\w+\s+){{0,6}}?(?:nicht|nichts)\s+(?:\w+\s+){{0,2}}?{_INF}\b|"
        rf"\bkonnten?\s+(?:ich|wir)\s+(?:\w+\s+){{0,6}}?(?:nicht|nichts)\s+(?:\w+\s+){{0,2}}?{_INF}\b|"
        rf"^\W*{_INF}\s+konnte\s+ich\s+(?:\w+\s+){{0,2}}?nicht\b|"
        rf"\bließ\s+sich\s+(?:\w+\s+){{0,3}}?nicht\s+{_INF}\b|^\W*{_INF}\s+ließ\s+sich\b[^.!?;]*?\bnicht\b|"
        rf"\bnicht\s+geschafft,\s+(?:\w+\s+){{0,3}}?zu\s+{_INF}\b|"
        rf"\b(?:habe|haben)\s+(?:ich|wir)?\s*(?:\w+\s+){{0,3}}?nicht\s+{_INF}\s+können\b|"
        # the speaker's own act: "dann haben wir heute nichts eingetragen", "Nein, für Samstag
        # habe ich Sie nicht gebucht"
        rf"\b(?:habe|haben)\s+(?:ich|wir)\s+(?:\w+\s+){{0,2}}?nichts\s+(?:für\s+sie\s+)?{_PART}\b|"
        rf"\b(?:habe|haben)\s+(?:ich|wir)\s+sie\s+(?:\w+\s+){{0,2}}?nicht\s+{_PART}\b|"
        # nominal: "Ihr Termin ist also nicht zustande gekommen", "keine Buchung angelegt"
        r"\b(?:termin|buchung)\s+(?:\w+\s+){0,3}?nicht\s+zustande\s+gekommen\b|"
        r"\bkeine\s+buchung\s+(?:angelegt|erstellt|zustande\s+gekommen)\b"
    ),
    "en": lazy(
        r"\bnothing(?:\s+(?:has|had)\s+been|'s\s+been|\s+was|\s+got)\s+(?:\w+\s+)?(?:booked|entered|"
        r"put\s+in)\b|"
        # nominal, and the booking said not to have come about: "no booking today, then",
        # "no booking created", "the appointment didn't happen", "couldn't be booked / made"
        r"^\W*(?:(?:okay|ok|so|right|alright),?\s+)?no\s+booking\s+(?:today|this\s+time)\b|"
        r"\bnothing\s+booked\s+(?:today|this\s+time)\b|"
        r"\bno\s+(?:appointment|booking)\s+(?:was|has\s+been|got)\s+(?:\w+\s+)?(?:booked|made|created)\b|"
        r"\bno\s+booking\s+(?:was\s+)?(?:created|made)\b|"
        r"\b(?:appointment|booking)\s+(?:didn't|did\s+not)\s+happen\b|"
        r"\b(?:appointment|booking|it|slot)\s+(?:couldn't|could\s+not)\s+be\s+(?:booked|made)\b|"
        r"\b(?:i|we)\s+(?:couldn't|could\s+not|wasn't\s+able\s+to)\s+get\s+(?:you|it)\s+"
        r"(?:in|booked)\b|\bi\s+(?:didn't|did\s+not)\s+succeed\s+in\s+booking\b|"
        r"\b(?:it\s+)?(?:wasn't|was\s+not)\s+possible\s+to\s+book\b|"
        r"\b(?:i|we)\s+(?:didn't|did\s+not|haven't|have\s+not)\s+book(?:ed)?\s+"
        rf"(?:anything|{_DAY_EN}\b)|"
        r"\b(?:i|we)\s+(?:couldn't|could\s+not|(?:wasn't|was\s+not|weren't|were\s+not)\s+able\s+to|"
        r"(?:was|were)\s+unable\s+to)\s+(?:book|enter|put\s+you\s+(?:in|down))\b|"
        r"\b(?:wasn't|was\s+not|hasn't\s+been|has\s+not\s+been)\s+booked\b"
    ),
}
_NOT_THIS = lazy(
    r"\?\s*$|"
    # a condition, a rule, what the caller did not want
    r"\b(?:wenn|falls|sobald|solange|bevor|ohne|if|once|unless|until|before|without|nie|never|"
    r"grundsätzlich)\b|\bwas\s+sie\s+nicht\b|"
    # another person's booking, a stylist's calendar
    r"\b(?:sohn\w*|tochter|mann|mannes|frau|mutter|vater|oma|opa|kind\w*|kleine|schwester|"
    r"bruder|freund\w*|nachbar\w*|deine[nmr]?|son|daughter|husband|wife|mother|father|grandma|"
    r"grandpa|sister|brother|friend|kid|kids)\b|"
    # an earlier call, a line lost
    r"\b(?:letzte[nmrs]?\s+(?:mal|anruf|versuch|woche)|beim\s+ersten\s+anruf|"
    r"last\s+(?:time|call|week|attempt)|earlier|vorhin|damals|back\s+then|monday's\s+call|"
    r"verbindung\s+war\s+weg|gespräch\s+brach|line\s+dropped|call\s+dropped)\b|"
    # a double booking denied, a booking said twice (litotes)
    r"\b(?:doppelt|twice|double)\b|\b(?:nicht|not)\s+(?:nicht|not)\b|"
    # two days denied together (convention 106 leaves "weder Freitag noch Samstag" neutral)
    rf"\b{_DAY_EN}\s+(?:or|nor)\s+{_DAY_EN}\b"
)
# the call's day, not the appointment's
_CALL_DAY = lazy(r"\b(?:heute|today|für\s+heute)\b")


def told_not_booked(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with this call's booking denied (above), unless a booking beside it (a repair, a
    litotes) says otherwise; a denial another reader found keeps its reading, except one that
    names only "heute" / "today" (the call's day, read as the appointment's)."""
    if any(c.kind is ClaimKind.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    pattern = _DENIED.get(lang)
    if pattern is None or not pattern.search(text) or _NOT_THIS.search(text):
        return claims
    claims = tuple(c for c in claims if not (c.kind is ClaimKind.NOT_BOOKED and _today_only(c)))
    if any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return claims
    # the place it names (a service word the fuzzy reading finds in "gestreikt" is no place)
    named = replace(read_details(_CALL_DAY.sub(" ", text), names), services=frozenset())
    details = ClaimDetails(((Role.ANY, named),)) if not named.empty else ClaimDetails()
    return (*claims, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), details))


def _today_only(claim: Claim) -> bool:
    """Whether `claim` names nothing but today."""
    parts = [d for _, d in claim.details.parts if not d.empty]
    return bool(parts) and all(
        d.relative_days == frozenset({0}) and replace(d, relative_days=frozenset()).empty
        for d in parts
    )
