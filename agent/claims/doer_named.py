"""An outcome told with a person as its doer (blind 26, claims45).

"Fabian hat den Termin bestätigt", "Meine Kollegin hat den Termin schon storniert", "Lena hat
Ihren Termin abgesagt", "Frau Hoffmann hat Sie vorhin fest eingebucht", "Fabian's confirmed it
himself", "Lena has cancelled your appointment": a done act on the caller's appointment (the
object is the caller, "Ihr Termin", "den Termin", "es", "it", "your appointment") claims its
outcome whoever did it (convention 84: the blind round labels the outcome), and the doer, a
stylist too, is not a detail of the appointment: the stylist who cancelled it need not be the
one it was with. `doer_read` adds the claims of the sentence told as the speaker's own act
("ich habe den Termin bestätigt") and takes the doer's name off the claims the reader found, unless
the sentence names that stylist once more. The doer is a stylist's name (with or without "Frau"
/ "Herr"), or a person or team named by a noun after a determiner ("meine Kollegin", "unser
Azubi", "the front desk"). Not: an act to come or in progress ("bestätigt dann", "is booking"),
an act on other people ("drei Kundinnen eingetragen"), a question or a condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

# the person may carry where they work (blind 58, claims161): "Die Kollegin am Empfang"
_DE_PERSON = (
    r"(?:(?:mein|meine|unser|unsere|die|der|das)\s+(?:\w+\s+)?[A-ZÄÖÜ]\w+"
    r"(?:\s+(?:am|im|vom|an\s+der|in\s+der)\s+[A-ZÄÖÜ]\w+)?)"
)
# an opening word is a whole word: "Sophie", "Janine", "Wellington" are doers, not "So" + "phie"
_DE = lazy(
    r"^(?P<pre>\W*(?:(?:so|also|ja|übrigens|gute\s+nachricht)\b)?\W*)(?P<doer>(?:(?:frau|herr)\s+)?"
    r"[A-ZÄÖÜ]\w+|"
    + _DE_PERSON
    + r")\s+(?:hat|haben)\s+(?P<rest>(?:(?-i:Sie|Ihnen|Ihr\w*)|den\s+termin|"
    # the appointment named by its day (blind 58, claims161): "Meine Kollegin hat den Samstag um
    # elf storniert"
    r"den\s+(?:\w+tag|mittwoch)|"
    r"die\s+buchung|die\s+reservierung|es|ihn)\b.*?\b(?:ge\w+[tn]|\w+ge\w+[tn]|\w+iert|"
    # a strong participle after its prefix (claims161): "verschoben", "entzogen"
    r"(?:be|ver|er|ent|zer)\w+t|(?:be|ver|er|ent|zer)\w*[oua]\w*en))"
    r"(?P<tail>\s*(?:,.*)?[.!]?\s*)$",
    re.IGNORECASE,
)
_EN = lazy(
    # a belief before the doer keeps the claim (blinds 26, 28, 50; claims161, blind 55): "I
    # believe the salon has approved it in the meantime, but don't quote me on that"
    r"^(?P<pre>\W*(?:(?:so|well|good\s+news|i\s+(?:believe|think)(?:\s+that)?)\b)?\W*)"
    r"(?P<doer>[A-Z]\w+|(?:my|our|the)\s+(?:\w+\s+)?"
    r"(?:colleague|co-?worker|team|front\s+desk|receptionist|reception|manager|owner|boss|salon|"
    r"system|calendar))"
    # the act denied (blind 58, claims161): "My colleague hasn't booked it yet"
    r"(?:'s|\s+has|\s+had|(?P<neg>\s+(?:hasn't|has\s+not|hadn't|had\s+not)))?\s+"
    r"(?P<rest>(?:already\s+|just\s+)?(?:booked|cancell?ed|confirmed|approved|"
    r"moved|rescheduled|entered|put)\s+(?:you|it|your\s+\w+|the\s+(?:appointment|booking))\b.*?)"
    r"(?:\s+(?:himself|herself|themselves|personally))?(?P<tail>\s*(?:,\s+but\b.*)?[.!]?\s*)$",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|sobald|if|whether|once)\b", re.IGNORECASE)
# when the act was done, not the appointment's day: "Lena hat Ihren Termin heute früh gestrichen"
_ACT_TIME = lazy(
    r"\s+(?:heute\s+(?:früh|morgen|vormittag)|this\s+morning|earlier\s+today)\b", re.IGNORECASE
)
# "Der Chef hat den Freitag für Sie freigegeben": the approval, read as said (consequences_said),
# not "ich habe den Freitag freigegeben" (a slot released)
_APPROVED = lazy(r"\bfreigegeben\b", re.IGNORECASE)
_NOT_DOERS = frozenset({"sie", "ich", "wir", "er", "es", "das", "i", "we", "you", "it", "that"})
# a machine, not a person (probe 29, claims59): "Das System hat Ihren Termin freigegeben" is the
# system's approval, read as the sentence says it, not "ich habe Ihren Termin freigegeben"
_MACHINE = lazy(
    r"(?:system|kalender|computer|programm|software|app|tool|calendar|server)$", re.IGNORECASE
)


def doer_read(
    sentence: str,
    lang: str,
    names: Names,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` with the doer's name taken off and the outcome added (see above)."""
    text = straight_apostrophes(sentence)
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None or _NOT.search(text) or m["doer"].lower() in _NOT_DOERS:
        return claims
    if _APPROVED.search(m["rest"]):  # another's approval is not the speaker releasing the slot
        return claims
    negated = lang != "de" and m["neg"] is not None
    if _MACHINE.search(m["doer"]) and not negated:  # a machine's act not done is the act not done
        return claims
    rest = m["rest"]
    if _ACT_TIME.search(text):  # the act's time is no detail of the appointment
        rest = _ACT_TIME.sub("", rest)
        claims = tuple(_without_today(c) for c in claims)
    if lang == "de":
        own = f"{m['pre']}ich habe {rest}{m['tail']}"
    else:  # "confirmed it": what a person confirms is the appointment, not any outcome
        rest = re.sub(r"^((?:already\s+|just\s+)?\w+)\s+it\b", r"\1 your appointment", rest)
        own = f"{m['pre']}I {'haven' + chr(39) + 't' if negated else 'have'} {rest}{m['tail']}"
    doers = _stylists(m["doer"], names)
    if (
        doers
        and not _puts_caller_in(m["rest"], lang)
        and not any(_stylists(w, names) & doers for w in rest.split())
    ):
        claims = tuple(_without(c, doers) for c in claims)
    return claims + restated(sentence, own, read_whole)


# The caller put in by a stylist ("Lena hat Sie eingeplant", "Lena's booked you in"): the salon's
# stylist who books a caller in is heard as the one the caller is booked with (convention 123),
# unlike the stylist who cancelled, moved or confirmed "den Termin".
_CALLER_PUT_IN = {
    "de": lazy(
        r"^(?:sie|ihnen)\b(?!.*\b(?:storniert|abgesagt|gestrichen|ausgetragen|"
        r"verschoben|verlegt|umgebucht|umgetragen)\b)",
        re.IGNORECASE,
    ),
    "en": lazy(r"^(?:already\s+|just\s+)?(?:booked|put|entered)\s+you\b", re.IGNORECASE),
}


def _puts_caller_in(rest: str, lang: str) -> bool:
    return _CALLER_PUT_IN["de" if lang == "de" else "en"].search(rest) is not None


def _stylists(words: str, names: Names) -> set[str]:
    said = {w.lower() for w in re.findall(r"\w+", words)}
    return {display for display, name in names.stylists if said & name}


def _without_today(claim: Claim) -> Claim:
    parts = tuple(
        (role, replace(d, relative_days=d.relative_days - {0})) for role, d in claim.details.parts
    )
    return replace(claim, details=replace(claim.details, parts=parts))


def _without(claim: Claim, doers: set[str]) -> Claim:
    parts = tuple(
        (role, replace(d, stylists=d.stylists - doers)) for role, d in claim.details.parts
    )
    return replace(claim, details=replace(claim.details, parts=parts))
