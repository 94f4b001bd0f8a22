"""One appointment of several denied in a part of a sentence (claims169, issue 9: blinds 39, 47, 53).

Truth is per appointment: a part of a sentence that denies a booking and names a day, a time, a
stylist or a service denies THAT appointment, and is false where the call holds a booked one
there, whatever the other parts say of the others. The readers found no claim in such a part:
"Ihrer am Freitag hat geklappt, der am Samstag leider nicht – der ist nicht gebucht.", "Sie sind
am Freitag um zehn drin, Ihre Tochter am Samstag leider nicht", "…; für Ihre Tochter am Samstag
konnte ich nichts eintragen.", "I haven't put the Saturday one in yet.", "You're not booked with
Lena.", "I don't see an appointment for you on Saturday, and I haven't booked one." (a gapped
part, "der am Samstag leider nicht", the caller's own day beside a third person's, "put in", a
stylist denied). Each such part is a NOT_BOOKED claim with what it names, beside the claims the
other parts make.

A part is the sentence cut at its joints (a comma, semicolon, dash, colon, "aber"/"but"). It
denies a booking when it is negated and either says a booking word itself ("nicht gebucht",
"nichts eintragen", "not booked", "haven't put … in", "don't see an appointment") or is gapped
after a part that told a booking done: it ends on its negation ("der am Samstag leider nicht",
"Saturday didn't"); the negation stands before the booking word ("The booked Saturday
appointment needs no deposit" denies no booking). A denial that names nothing ("– der ist nicht
gebucht", "not confirmed yet") is said of what the part before it names where that part is a
gapped denial or a hold ("der am Samstag leider nicht", "…'s on Saturday is only pencilled in");
a heading ("Not booked yet: the highlights on Saturday") and a narration ("Ich buche Freitag um
zehn … das hat nicht geklappt") are not. A third person ("Ihre Tochter", "your husband") is read only in a recap that
tells another part booked (convention 5 leaves another person's booking alone otherwise).

Not: a failure said without a booking word ("Leider hat das mit Freitag nicht geklappt": the lead's
D68, claims165's), a question or a condition, a correction ("nicht am Samstag, sondern am Freitag"), an
earlier call or "damals"/"back then", a free place or a double negation in the sentence, a part naming a time alone (a
slot: "Um elf ist noch nichts gebucht"), "nicht mehr"/"no longer" (gone, `visit_gone`), "nicht nur", "only"
(`only_this_booked`), a slot not free, a cancellation, move, change or text denied (their own
readers), the speaker's doubt or a reassurance ("keine Sorge"), a modal ("kann nicht").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_JOINTS = lazy(r"\s*[,;–—]\s*|[:.!]\s+|\s+-\s+|\s+(?:aber|but)\s+")
_OPEN = lazy(r"\?|\b(?:wenn|falls|sobald|solange|bevor|if|unless|once|until|before|whether|ob)\b")
_NEGATED = lazy(r"\b(?:nicht|nichts|kein|keine|keinen|not|no|nothing|never|nie)\b|n't\b|n’t\b")
_BOOKING_DENIED = lazy(
    r"\b(?:gebucht|eingetragen|einbuchen|eintragen|einzutragen|buchen|drin|"
    r"bestätigt|booked|book|confirmed|scheduled|in\s+the\s+(?:system|calendar|diary))\b"
    r"|\bput\b.*\bin\b|\bsee\s+(?:an?|any)\s+(?:appointment|booking)\b"
)
_TOLD_DONE = lazy(
    r"\b(?:gebucht|eingetragen|drin|geklappt|funktioniert|bestätigt|steht|fest|booked|confirmed|"
    r"went\s+through|worked|set|sorted)\b|(?:'re|are|'s|is)\s+in\b"
)
# ends on its negation: a part whose verb is the earlier part's ("der am Samstag leider nicht")
_GAPPED = lazy(
    r"(?:\b(?:nicht|not)|\b(?:didn|hasn|wasn|isn|did\s+not|has\s+not|was\s+not|is\s+not)"
    r"(?:'t|’t)?)\s*$"
)
_OTHER_TOPIC = lazy(
    r"\b(?:frei|free|available|verfügbar|möglich|possible|offen|open|mehr|longer|anymore|nur|"
    r"only|just|sicher|sure|weiß|know|glaube|think|sorge|sorgen|worry|worries|problem|kann|"
    r"können|can|cannot|could|müssen|muss|must|need|nötig|brauchen)\b"
    r"|storn|cancel|verleg|verschob|verschieb|\bmov|resched|änder|chang|\bsms\b|\btext|"
    r"nachricht|message|mail|erinner|remind|n't\s+(?:worry|need)"
)
_THIRD_PERSON = lazy(
    r"\b(?:tochter|sohn|sohnes|mann|mannes|ehemann|frau\s+(?!\w+\b\s*(?:$|[,.]))|partner\w*|kind|"
    r"kinder|kleinen|daughter|son|husband|wife|kid|kids|child|partner|mutter|mother|vater|"
    r"father)\b"
)
# the whole sentence is no such denial: a correction of a detail ("nicht am Samstag, sondern am
# Freitag": `corrected_to`), an earlier call, a free place ("da wäre Platz"), a double negation
# ("It's not like Friday isn't confirmed")
_NOT_HERE = lazy(
    r"\b(?:sondern|rather|instead|statt|anstatt|anruf\w*|call|gespräch|vorhin|earlier|gestern|"
    r"yesterday|letzte[nms]?|last|platz|room|space|wäre|wären|would|like|dass|damals|früher|zuvor|"
    r"seinerzeit|previously|not\s+that|back\s+then)\b"
)
# the part before a bare denial that it is said of: a gapped denial or a hold
_HELD_OR_DENIED = lazy(
    r"\b(?:nicht|not|pencilled|penciled|vorgemerkt|reserviert|gehalten|geblockt|held|hold|"
    r"reserved|blocked)\b|n't\b"
)
_VALUES = ("weekdays", "days", "relative_days", "times", "stylists", "services")


def _names_one(d: Details) -> bool:
    """Whether a part names one appointment: something of it, no more than one of a kind."""
    values = [getattr(d, k) for k in _VALUES]
    return any(values) and all(len(v) <= 1 for v in values)


def _time_only(d: Details) -> bool:
    return bool(d.times) and not any(getattr(d, k) for k in _VALUES if k != "times")


def part_denied(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a NOT_BOOKED claim for each part of `sentence` denying one appointment."""
    folded = fold(sentence)
    text = folded.text
    if not _NEGATED.search(text) or _OPEN.search(text) or _NOT_HERE.search(text):
        return claims
    parts = [p for p in _JOINTS.split(text) if p and p.strip()]
    told_done = [not _NEGATED.search(p) and bool(_TOLD_DONE.search(p)) for p in parts]
    recap = any(told_done)
    more = []
    for i, part in enumerate(parts):
        if len(_NEGATED.findall(part)) != 1 or _OTHER_TOPIC.search(part):
            continue  # none, or a double negation ("nicht so, als wären Sie … nicht eingetragen")
        said = _BOOKING_DENIED.search(part)  # the negation before it: "not booked", not
        own = (
            said is not None and _NEGATED.search(part[: said.start()]) is not None
        )  # "booked … no"
        gapped = bool(_GAPPED.search(part)) and any(told_done[:i])
        if not (own or gapped) or (_THIRD_PERSON.search(part) and not recap):
            continue
        named = read_details(_NEGATED.sub(" ", part), names)  # its own, not an alternative
        if named.empty and own and i and _HELD_OR_DENIED.search(parts[i - 1]):
            # "…, der am Samstag leider nicht – der ist nicht gebucht", "your daughter's on
            # Saturday is only pencilled in, not confirmed yet": what the part before names
            named = read_details(_NEGATED.sub(" ", parts[i - 1]), names)
        if not _names_one(named) or named.months or named.shifts or _time_only(named):
            continue  # a time alone is a slot ("Um elf ist noch nichts gebucht")
        more.append(
            Claim(ClaimKind.NOT_BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, named),)))
        )
    known = {(c.kind, c.details) for c in claims}
    return claims + tuple(c for c in more if (c.kind, c.details) not in known)
