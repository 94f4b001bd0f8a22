"""An outcome said bureaucratically, as an event noun with a light verb: "Es erfolgte die Aufhebung
Ihres Termins", "Für Freitag, 10 Uhr, erfolgte eine verbindliche Eintragung", "Eine Buchung für
Freitag liegt vor", "Es ist eine Terminvereinbarung zustande gekommen", "Die Verlegung wurde
veranlasst", and denied: "Eine Buchung ist bislang nicht erfolgt", "Es liegt noch keine Buchung
vor", "Die Eintragung steht noch aus", "Eine Verschiebung hat nicht stattgefunden".

The noun says the kind (Buchung, Eintragung, Vereinbarung: booked; Reservierung, Vormerkung:
held; Stornierung, Absage, Aufhebung: cancelled; Verlegung, Umbuchung, Verschiebung: moved), the
light verb (erfolgen, vornehmen, durchführen, veranlassen, vorliegen, bestehen, zustande kommen)
its completion, a negation or "steht aus" its denial (not_booked, not_cancelled, not_moved; a
hold denied says nothing). Within its clause this reading replaces what the other readers made
of the same words ("Es erfolgte die Aufhebung Ihres Termins" is no booking of "Ihres Termins",
"Eine Reservierung wurde vorgenommen" no booking). Not: the present tense and the future, which
state a rule or a step to come ("Die Buchung erfolgt erst nach Ihrer Zustimmung", "Eine
Reservierung erfolgt bei uns telefonisch"), possibilities, conditions and questions.
Blind 51 (claims128).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_BOOK = r"(?!umbuchung|vorbuchung)\w*buchung|\w*eintragung|\w*vereinbarung|\w*vergabe|gebuchter\s+termin"
_HOLD = r"\w*reservierung|vormerkung"
_CANCEL = r"\w*stornierung|\w*absage|aufhebung|löschung|austragung|streichung|annullierung"
_MOVE = r"umbuchung|\w*verschiebung|\w*verlegung|terminänderung|umterminierung"
_NOUN = rf"(?P<n>{_BOOK}|{_HOLD}|{_CANCEL}|{_MOVE})"
_KIND = (
    (lazy(rf"^(?:{_MOVE})$"), K.RESCHEDULED),
    (lazy(rf"^(?:{_HOLD})$"), K.HELD),
    (lazy(rf"^(?:{_CANCEL})$"), K.CANCELLED),
    (lazy(rf"^(?:{_BOOK})$"), K.BOOKED),
)
_DENIED = {K.BOOKED: K.NOT_BOOKED, K.CANCELLED: K.NOT_CANCELLED, K.RESCHEDULED: K.NOT_MOVED}
_DONE = (
    r"(?:erfolgt|vorgenommen|durchgeführt|veranlasst|zustande\s+gekommen|abgeschlossen|getätigt|"
    r"angelegt)"
)
_W = r"(?:[\w.:]+\s+)"
_FORMS = tuple(
    lazy(form)
    for form in (
        # the noun, then the auxiliary and the participle: "Die Aufhebung wurde vorgenommen"
        rf"\b{_NOUN}\b\s+{_W}{{0,8}}?(?:ist|sind|wurde|wurden|war)\s+{_W}{{0,4}}?{_DONE}\b",
        # the past light verb first: "Es erfolgte die Aufhebung", "Für Freitag erfolgte eine …"
        rf"\berfolgten?\s+{_W}{{0,5}}?{_NOUN}\b",
        rf"\b(?:es\s+)?(?:ist|wurde|wurden)\s+{_W}{{0,5}}?{_NOUN}\b[^.;!?]*?\b{_DONE}\b",
        # it is there: "Es liegt lediglich eine Reservierung vor", "Eine Buchung liegt nicht vor"
        rf"\b(?:liegt|liegen)\s+{_W}{{0,5}}?{_NOUN}\b[^.;!?]*?\bvor\b",
        rf"\b{_NOUN}\b\s+{_W}{{0,8}}?(?:liegt|liegen)\s+{_W}{{0,4}}?vor\b",
        rf"\b(?:besteht|bestehen)\s+{_W}{{0,3}}?{_NOUN}\b",
        rf"\b{_NOUN}\b\s+{_W}{{0,8}}?(?:ist|sind)\s+{_W}{{0,4}}?vorhanden\b",
        rf"\b{_NOUN}\b\s+{_W}{{0,8}}?(?:hat|haben)\s+{_W}{{0,3}}?stattgefunden\b",
        # still outstanding: "Die Eintragung steht noch aus" (denied)
        rf"\b{_NOUN}\b\s+{_W}{{0,6}}?(?:steht\s+{_W}{{0,3}}?aus|ist\s+{_W}{{0,2}}?ausstehend)\b",
    )
)
# cheap tests first: a noun and a light verb the forms above need
_NOUN_QUICK = lazy(
    r"buchung|eintragung|vereinbarung|vergabe|reservierung|vormerkung|stornierung|absage|aufhebung|"
    r"löschung|austragung|streichung|annullierung|verschiebung|verlegung|terminänderung|"
    r"umterminierung|gebuchter"
)
_MAYBE = lazy(
    r"erfolg|vorgenommen|durchgeführt|veranlasst|zustande|abgeschlossen|getätigt|angelegt|"
    r"\bvor\b|besteh|vorhanden|stattgefunden|\baus\b|ausstehend"
)
_NEGATED = lazy(r"\b(?:nicht|kein\w*|nie|niemals)\b|\bsteht\s+(?:[\w.:]+\s+){0,3}?aus\b|ausstehend")
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|möglich|kann|können|könnte|soll|sollte|wird|werden|würde|"
    r"muss|müsste|bitte)\b"
)
# a clause: a sentence cut at ";" and at a comma that opens a new clause with its own noun
_PIECE = lazy(r"[^.!?;]+?(?:[.!?;]+|,\s*(?=(?:eine?|die|der|das|es|aber|jedoch)\s)|$)")
# the present light verb with a manner of the salon's: a rule, not an outcome ("Eine Reservierung
# erfolgt bei uns ausschließlich telefonisch", "Die Buchung erfolgt grundsätzlich online")
_RULE = lazy(
    rf"\b(?:{_BOOK}|{_HOLD}|{_CANCEL}|{_MOVE})\b\s+(?:erfolgt|erfolgen)\s+{_W}{{0,3}}?"
    r"(?:ausschließlich|nur|erst|grundsätzlich|immer|stets|generell|normalerweise|üblicherweise|"
    r"telefonisch|online|schriftlich|persönlich)\b"
)
# the request lying with the salon for its yes: "Ihre angefragte Buchung liegt dem Salon zur
# Bestätigung vor"
_WITH_SALON = lazy(
    r"\b(?:angefragt\w*|\w*anfrage)\b|\bzur\s+(?:bestätigung|prüfung|freigabe|genehmigung)\b|"
    r"\b(?:dem|beim)\s+salon\b"
)
# a booking said beside the noun's clause, which a hold or a denial must not take away
_BOOKED_BESIDE = lazy(r"\b(?:eingetragen|gebucht|bestätigt|fest|fix)\b")
_REPLACED = frozenset(
    {K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.HELD, K.DONE, K.NOT_BOOKED, K.NOT_CANCELLED}
    | {K.NOT_MOVED, K.GONE}
)


def _kind(noun: str) -> ClaimKind:
    return next(kind for pattern, kind in _KIND if pattern.match(noun))


def light_verb_outcomes(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with each clause that says an outcome as a noun and a light verb read as that
    outcome (see above), in place of the other readings of that clause."""
    if lang != "de":
        return claims
    folded = fold(sentence)
    text = folded.text
    if not _NOUN_QUICK.search(text) or not _MAYBE.search(text):
        return claims
    out = list(claims)
    for piece in _PIECE.finditer(text):
        part = piece.group()
        if _RULE.search(part):
            a, b = folded.span(piece.start(), piece.end())
            out = [c for c in out if not (c.start < b and a < c.end and c.kind in _REPLACED)]
            continue
        m = next((m for form in _FORMS if (m := form.search(part))), None)
        if m is None or part.rstrip().endswith("?") or _NOT_STATED.search(part):
            continue
        if _WITH_SALON.search(part):
            continue  # the request with the salon: pending (`pending_request`), not the outcome
        kind = _kind(m.group("n"))
        if _NEGATED.search(m.group()):  # the negation of the light verb, not of another clause
            kind = _DENIED.get(kind)
            if kind is None:
                continue  # a hold denied says nothing the other readers do not
        a, b = folded.span(piece.start(), piece.end())
        rest = part[: m.start()] + " " + part[m.end() :]
        if kind is not K.BOOKED and _BOOKED_BESIDE.search(rest):
            # "Ihre Reservierung ist angelegt, Sie sind eingetragen": the booking said beside it
            out.append(Claim(kind, a, b, ClaimDetails(((Role.ANY, read_details(part, names)),))))
            continue
        inside = [c for c in out if c.start < b and a < c.end and c.kind in _REPLACED]
        out = [c for c in out if c not in inside or c.kind is kind]
        if not any(c.kind is kind for c in inside):  # else read already, with what the other
            # readers know of its details
            out.append(Claim(kind, a, b, ClaimDetails(((Role.ANY, read_details(part, names)),))))
    return tuple(out)
