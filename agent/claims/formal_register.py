"""Outcomes said in formal or legal register (blind 27, claims48).

"Hiermit bestätigen wir Ihren Termin", "Wir dürfen Ihnen die Buchung … bestätigen", "Wir
bestätigen die Verlegung Ihres Termins auf …", "Der Vertrag über Ihren Termin ist zustande
gekommen", "Die Terminvereinbarung ist verbindlich", "We hereby confirm …", "This confirms
your …", "This serves as confirmation of …", "The appointment is now legally binding": the salon
confirming the caller's appointment, its cancellation or its move in the words of a letter, or
the appointment said binding, states that outcome (blind 27's label: formal register as its
plain twin). Said denied ("Ein Vertrag ist bislang nicht zustande gekommen", "Eine verbindliche
Buchung liegt nicht vor", "not yet legally binding", "no binding booking has been made") it is
"nicht gebucht" (conventions 5, 33). `formal_plain` gives the plain sentence, the confirmed
object kept for its details ("Ihr Termin ist gebucht: die Buchung einer Dauerwelle … am
Freitag …"), read as any sentence (`amended`, `restated`).

Not: a request to the caller ("Bitte bestätigen Sie …", "Could you confirm …"), an act to come
("sobald", "werden … bestätigen", "once you agree"), a rule ("Termine werden erst mit Ihrer
Zustimmung verbindlich", "Wir bestätigen jede Buchung per SMS"), a question or condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_F = re.IGNORECASE
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|erst|ob|werden|würden|möchten|können|bitte|jede[nrs]?|alle|"
    r"immer|stets|grundsätzlich|if|once|when|whether|will|would|could|can|please|every|all|"
    r"always|before|after|until|unless|only)\b",
    _F,
)
# the salon's act of confirming, then its object (to the end of the clause)
_CONFIRM_DE = lazy(
    r"\b(?:(?:hiermit\s+)?bestätigen\s+wir|(?:hiermit\s+)?bestätige\s+ich|wir\s+bestätigen|"
    r"ich\s+bestätige|wir\s+dürfen|(?:hiermit\s+)?wird)\s+(?P<you>ihnen\s+)?"
    r"(?:(?:hiermit|gern|gerne|nun|jetzt|offiziell|förmlich)\s+)*(?P<you2>ihnen\s+)?"
    r"(?:(?:hiermit|gern|gerne|nun|jetzt)\s+)*(?P<obj>(?:den|die|das|ihren|ihre|ihr|beide)\b.*)$",
    _F,
)
_CONFIRM_EN = lazy(
    r"\b(?:(?:we|i)\s+(?:(?:hereby|formally|officially)\s+)*(?:acknowledge\s+and\s+)?"
    r"(?:confirm|acknowledge)|"
    r"this\s+(?:serves\s+as\s+confirmation\s+of|confirms|is\s+to\s+confirm))\s+"
    r"(?P<you>)(?P<obj>(?:your|the|both)\b.*)$",
    _F,
)
_OWN = lazy(r"\b(?:ihre[nmrs]?|your|both)\b", _F)
_THE_ONE = lazy(r"(?:die\s+buchung|den\s+termin|the\s+(?:booking|appointment))\b", _F)
_CANCEL = lazy(
    r"stornierung|storno|absage|auflösung|aufhebung|löschung|rücktritt|cancell?ation|termination",
    _F,
)
_MOVE = lazy(r"verlegung|umbuchung|verschiebung|\bmove\b|rescheduling|change", _F)
_MOVED_TO = lazy(r"\b(?:auf|to)\s+(?P<to>.+)$", _F)
_BOOKING = lazy(r"termin|buchung|reservierung|appointment|booking|reservation|perm|cut", _F)
# the appointment or its contract said binding or made
_BINDING_DE = lazy(
    r"\b(?:vertrag\b[^.;!]*\bzustande\s+gekommen|"
    r"(?:termin|terminvereinbarung|buchung|reservierung)\s+(?:ist|besteht)\s+(?:\w+\s+){0,2}?"
    r"(?:nicht\s+)?(?:(?:rechts)?verbindlich|bindend|rechtsgültig)(?:\s+(?:vereinbart|gebucht))?|"
    r"(?:rechtsgültige|verbindliche)\s+buchung\s+(?:liegt\b[^.;!]*\bvor|besteht)|"
    r"kein\s+verbindlicher\s+termin\s+(?:ist\s+)?(?:vereinbart|gebucht))",
    _F,
)
_BINDING_EN = lazy(
    r"\b(?:(?:appointment|booking|reservation)\s+(?:is|'s|isn't)\s+(?:\w+\s+){0,3}?"
    r"(?:legally\s+)?binding|no\s+binding\s+(?:booking|appointment)|"
    r"binding\s+(?:booking|appointment)\s+has\s+been\s+made)\b",
    _F,
)
_DENIED = lazy(r"\b(?:nicht|kein\w*|not|no|isn't)\b", _F)


def formal_plain(sentence: str, lang: str) -> str | None:
    """The plain outcome a formal confirmation or a binding appointment states, or None."""
    text = straight_apostrophes(sentence)
    de = lang == "de"
    binding = (_BINDING_DE if de else _BINDING_EN).search(text)
    if binding and not re.search(r"\?|\b(?:wenn|falls|sobald|erst|if|once|when)\b", text, _F):
        if _DENIED.search(text):
            return "Es ist noch nichts gebucht." if de else "Nothing is booked yet."
        return "Ihr Termin ist gebucht." if de else "Your appointment is booked."
    confirm = (_CONFIRM_DE if de else _CONFIRM_EN).search(text)
    if confirm is None or _NOT.search(text):
        return None
    obj = confirm.group("obj").strip().rstrip(".!; ")
    if not (_BOOKING.search(obj) or _CANCEL.search(obj)):
        return None
    you = confirm.groupdict().get("you") or confirm.groupdict().get("you2")
    if not (_OWN.search(obj) or you or _THE_ONE.match(obj)):
        return None  # "Wir bestätigen die Termine per SMS": no appointment of the caller's
    if (
        de
        and confirm.group(0).lower().startswith(("wird", "hiermit wird"))
        and not re.search(r"\bbestätigt\b", obj, _F)
    ):
        return None
    if _CANCEL.search(obj):
        return "Ihr Termin ist storniert." if de else "Your appointment is cancelled."
    if _MOVE.search(obj):
        to = _MOVED_TO.search(obj)
        if to is None:
            return None
        where = to.group("to").rstrip(" .")
        return (
            f"Ihr Termin ist verschoben auf {where}."
            if de
            else f"Your appointment has been moved to {where}."
        )
    if re.search(r"\b(?:beide[nr]?|both)\b", obj, _F):  # the count kept ("beide": `counted`)
        return (
            f"Ihre beiden Termine sind gebucht: {obj}."
            if de
            else f"Both your appointments are booked: {obj}."
        )
    return f"Ihr Termin ist gebucht: {obj}." if de else f"Your appointment is booked: {obj}."
