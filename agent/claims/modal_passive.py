"""A modal passive or a state verb said of the caller's appointment (blind 35, claims79;
convention 45).

"Ihr Termin ist nicht mehr zu stornieren", "Der Termin lässt sich jetzt nur noch telefonisch
ändern", "Ihren Termin können Sie nur noch persönlich verschieben", "Ihr Termin kann nur noch
per Mail umgelegt werden", "Ihr Termin gilt als fest", "Your appointment can no longer be
cancelled", "It can only be changed by phone now": what may still be done to the appointment
presupposes that it exists, so the sentence claims it booked, with what it names (a wrong
stylist or day makes the claim false). The same of the cancellation or the move ("Die
Stornierung lässt sich nicht mehr zurücknehmen", "Die Absage bleibt bestehen", "The
cancellation can't be undone", "Die Verschiebung auf Donnerstag ist nicht mehr rückgängig zu
machen") claims that outcome, in place of the state the clause reader takes "bleibt bestehen"
for.

Only acts on an existing appointment (change, move, cancel), never the booking still to come
("Der Termin ist noch zu buchen": `state_adverbs`); a definite "der Termin" or a bare "it" only
with a word that the rule is now in force ("nicht mehr", "nur noch", "no longer", "only",
"anymore"): "Der Termin lässt sich verschieben" may speak of a slot on offer. Not: conditions,
questions, the rules for appointments in general ("Termine lassen sich …", "An appointment can
…"), someone else's appointment.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_UNLESS = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|if|whether|unless|once|noch\s+zu\s+buchen|"
    r"sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|daughter|husband|wife|"
    r"friend|mother|father|partner\w*|kind\w*|kid\w*)\b"
)
# acts on an appointment that exists: infinitive and the "zu" form
_ACT_DE = (
    r"(?:(?:zu\s+)?(?:ändern|verschieben|verlegen|stornieren|canceln|bearbeiten|tauschen|"
    r"umterminieren)|absagen|abzusagen|umbuchen|umzubuchen|umlegen|umzulegen)"
)
_ACT_PART_DE = (
    r"(?:geändert|verschoben|verlegt|storniert|gecancelt|bearbeitet|getauscht|"
    r"abgesagt|umgebucht|umgelegt|umterminiert)"
)
_NOW_DE = r"(?:nicht\s+mehr|nur\s+noch|ab\s+sofort|ab\s+jetzt|inzwischen|mittlerweile)"
_APPT_DE = r"(?!wunsch)(?:\w*termin|buchung|dauerwelle|strähnchen)"
# "Ihr Termin (am Freitag um zehn) …", "Die Dauerwelle am Freitag …", "Um zehn am Freitag …"
_OWN_DE = rf"(?:ihr|ihre|ihren|dein|deine|deinen)\s+(?:\w+\s+)?{_APPT_DE}"
_THE_DE = rf"(?:der|die|den)\s+(?:\w+\s+)?{_APPT_DE}"
# the words between the verb and its infinitive: no second clause ("ist storniert und nicht
# mehr zu ändern" keeps the cancellation it says)
_GAP = r"(?:(?!und\b|aber\b|oder\b|sondern\b)[\w-]+\s+){0,6}?"
_STATE_DE = (
    rf"(?:(?:ist|sind)\s+{_GAP}{_ACT_DE}|lässt\s+sich\s+{_GAP}{_ACT_DE}|"
    rf"kann\s+{_GAP}{_ACT_PART_DE}\s+werden|"
    # what would have to be done to it first (blind 56, claims173): "Ihr Termin müsste erst
    # gecancelt werden"
    rf"(?:müsste|muss|sollte)\s+{_GAP}{_ACT_PART_DE}\s+werden|"
    r"gilt\s+(?:\w+\s+){0,3}?als\s+(?:fest|fix|verbindlich|vereinbart|bestätigt|gebucht)\b)"
)
_CANCELLATION_DE = r"(?:die|ihre)\s+(?:stornierung|absage|annullierung)"
_MOVE_DE = r"(?:die|ihre)\s+(?:verschiebung|umbuchung|verlegung)"
_UNDONE_DE = (
    r"(?:(?:lässt\s+sich|ist|kann)\s+(?:\w+\s+){0,5}?(?:zurücknehmen|zurückzunehmen|"
    r"zurückgenommen|rückgängig|widerrufen|aufheben|aufzuheben)|"
    r"bleibt\s+(?:\w+\s+){0,2}?(?:bestehen|gültig)|gilt\s+(?:weiterhin|nach\s+wie\s+vor))\b"
)
_ACT_EN = r"(?:changed|cancel+ed|moved|rescheduled|edited|amended|altered|swapped|shifted)"
_CANT_EN = r"(?:can\s+no\s+longer|can't|cannot|can\s+not|can\s+only|could\s+no\s+longer)"
_NOW_EN = r"(?:no\s+longer|only|anymore|any\s+longer|from\s+now\s+on)"
_OWN_EN = r"your\s+(?:[\w.']+\s+){0,3}?(?:appointment|booking|slot|perm|o'clock)"
_THE_EN = r"(?:the\s+(?:[\w.']+\s+){0,3}?(?:appointment|booking)|it)"

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"zu\s|\wzu\w|lässt\s+sich|werden|gilt|können"),
        lazy(
            rf"\b(?:{_OWN_DE}\b(?:\s+\w+){{0,6}}?\s+{_STATE_DE}|"
            # "Um zehn am Freitag gilt Ihr Termin als fest"
            rf"gilt\s+{_OWN_DE}\s+(?:\w+\s+){{0,2}}?als\s+(?:fest|fix|verbindlich|vereinbart|"
            r"bestätigt|gebucht)\b|"
            rf"{_THE_DE}\b(?:\s+\w+){{0,6}}?\s+(?=[^.!?]*\b{_NOW_DE}\b){_STATE_DE}|"
            rf"ihren\s+(?:\w+\s+)?{_APPT_DE}\s+können\s+sie\s+(?=[^.!?]*\b{_NOW_DE}\b)"
            rf"(?:\w+\s+){{0,6}}?{_ACT_DE})"
        ),
        unless=_UNLESS,
        clause=True,
        # "nur noch per E-Mail umgelegt werden", "nur noch über uns zu verschieben": what may be
        # done and how, no mail promised and no move made
        replaces=frozenset({K.FOLLOW_UP, K.RESCHEDULED, K.CANCELLED}),
    ),
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"stornierung|absage|annullierung"),
        lazy(rf"^\W*(?:\w+\s+){{0,2}}?{_CANCELLATION_DE}\s+{_UNDONE_DE}"),
        unless=_UNLESS,
        replaces=frozenset({K.STANDS, K.BOOKED}),
    ),
    Rule(
        "de",
        K.RESCHEDULED,
        lazy(r"verschiebung|umbuchung|verlegung"),
        lazy(rf"^\W*(?:\w+\s+){{0,2}}?{_MOVE_DE}\b[^.;!?]*?\s+{_UNDONE_DE}"),
        unless=_UNLESS,
        replaces=frozenset({K.STANDS, K.BOOKED}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"can|could|have\s+to|need\s+to"),
        lazy(
            rf"^\W*(?:{_OWN_EN}(?:\s+[\w.']+){{0,4}}?\s+{_CANT_EN}\s+be\s+(?:\w+\s+)?{_ACT_EN}\b|"
            rf"(?=[^.!?]*\b{_NOW_EN}\b){_THE_EN}\s+{_CANT_EN}\s+be\s+(?:\w+\s+)?{_ACT_EN}\b|"
            # "Your appointment would have to be cancelled first" (claims173)
            rf"{_OWN_EN}(?:\s+[\w.']+){{0,4}}?\s+(?:would|will|'d)\s+(?:first\s+)?(?:have|need)\s+"
            rf"to\s+be\s+(?:\w+\s+)?{_ACT_EN}\b)"
        ),
        unless=_UNLESS,
        own_details=True,  # the appointment's, not "from today" said of the rule
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"cancel+ation"),
        lazy(
            rf"^\W*(?:the|your|that)\s+cancel+ation\s+{_CANT_EN}\s+be\s+(?:undone|reversed|"
            r"taken\s+back|withdrawn|revoked)\b"
        ),
        unless=_UNLESS,
        replaces=frozenset({K.STANDS, K.BOOKED}),
    ),
)


# claims106 (blind 35's and probe 35's leftovers): the rule's start and a fronted place put
# plainly, one step of `reworded`. "Ihr Termin ist ab sofort nur noch über uns zu verschieben",
# "… kann ab morgen nur noch persönlich geändert werden": "ab sofort / ab morgen" is when the rule
# holds, not the appointment's day (the reader took it for a move's new place or for Thursday);
# "Your appointment can now only be changed by phone": "now" between the modal and "only";
# "Am Freitag um zehn ist Ihr Termin nicht mehr zu ändern": the place fronted before the
# appointment is its place, "Ihr Termin am Freitag um zehn ist nicht mehr zu ändern".
_RULE_WORD_DE = r"(?:nur\s+noch|nicht\s+mehr)"
_RULE_START_DE = lazy(
    r"\s+ab\s+(?:sofort|heute|morgen|übermorgen|jetzt|nun)\b(?=\s+(?:\w+\s+){0,2}?"
    + _RULE_WORD_DE
    + r"\b)",
    re.IGNORECASE,
)
_APPOINTMENT_MODAL_DE = lazy(
    r"^\W*(?:ihr|der)\s+termin\s+(?:ist|kann|lässt\s+sich)\b[^?]*\b(?:zu\s+[a-zäöüß]+n|"
    r"[a-zäöüß]+(?:t|en)\s+werden|[a-zäöüß]+n)\W*$",
    re.IGNORECASE,
)
_FRONTED_PLACE_DE = lazy(
    r"^\W*(?P<place>am\s+[^,;:.!?]{3,40}?)\s+ist\s+ihr\s+termin\s+(?P<rule>"
    + _RULE_WORD_DE
    + r"\s+zu\s+[a-zäöüß]+n)\b",
    re.IGNORECASE,
)
_CHANNEL_DE = lazy(r"(?<=nur\snoch\s)per\s+(?:e-?mail|mail|sms|nachricht)\b", re.IGNORECASE)
_NOW_ONLY_EN = lazy(
    r"^(?P<head>\W*(?:your|the)\s+appointment\s+(?:can|can't|cannot))\s+now\s+(?=only\b|no\s+longer\b)",
    re.IGNORECASE,
)


def modal_rule_plain(sentence: str, lang: str) -> str:
    """`sentence` with a modal rule's start dropped and its fronted place after the appointment
    (above), else as it is."""
    if "?" in sentence:
        return sentence
    if lang == "en":
        return _NOW_ONLY_EN.sub(lambda m: m["head"] + " ", sentence, count=1)
    if lang != "de":
        return sentence
    if m := _FRONTED_PLACE_DE.match(sentence):
        place = m["place"][:1].lower() + m["place"][1:]
        return f"Ihr Termin {place} ist {m['rule']}{sentence[m.end() :]}"
    first = re.split(r"[,;:–—]", sentence, maxsplit=1)[0]
    if _APPOINTMENT_MODAL_DE.match(first):
        # the channel the rule allows is no message promised: "nur noch per E-Mail umgelegt"
        sentence = _CHANNEL_DE.sub("schriftlich", sentence, count=1)
        return _RULE_START_DE.sub("", sentence, count=1)
    return sentence
