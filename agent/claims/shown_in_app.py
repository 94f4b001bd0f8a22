"""The appointment said to show in an app (blind 22, claims37): "Den Termin sehen Sie auch in der
App", "Sie finden die Buchung in unserer App", "Steht in der App", "You can see the booking in the
app", "It's in the app under My Appointments" presuppose the booking (gated blind 6 labels the
same wording `booked`; the salon has no app, so it is true only where a booking stands): read as
"Ihr Termin ist gebucht". Not the app named without the appointment ("In der App können Sie
auch selbst buchen"), a question or a condition.

The same for the caller's customer account, profile or portal (blind 34, claims75; conventions
31, 45, 77): "Den Termin sehen Sie jetzt in Ihrem Kundenkonto", "Die Buchung finden Sie im
Kundenportal", "Unter 'Meine Termine' ist er jetzt aufgeführt", "Die Buchungsbestätigung können
Sie im Kundenkonto herunterladen", "It's in your profile now, under my bookings", "You can
download the booking confirmation from your account": only a booking is listed there. What the
entry is said to read after a colon ("Im Kundenkonto sehen Sie jetzt: Freitag, 10:00 Uhr, …") is
the booking with those details; an entry said crossed out or cancelled the cancellation. Not the
caller's own data in the account ("Ihre Telefonnummer ist in Ihrem Konto hinterlegt"), an
account not needed or had on a condition ("Falls Sie ein Kundenkonto haben, …", "You don't need
an account"), what will show there once booked, nor a question."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import booked_sentence

_APP = lazy(r"\bapp\b", re.IGNORECASE)
_SHOWN = lazy(
    r"\b(?:termin\w*|buchung|reservierung|appointment|booking)\b.*\b(?:sehen|finden|steht|stehen|"
    r"taucht|erscheint|see|find|shows?|appears?|is|are)\b|"
    r"\b(?:sehen|finden|see|find)\b.*\b(?:termin\w*|buchung|appointment|booking)\b|"
    r"^\s*(?:steht|ist|it's|it\s+is|that's)\s+(?:\w+\s+)?in\s+(?:der|unserer|the|our)\s+app\b",
    re.IGNORECASE,
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|if|once|selbst|yourself|herunterladen|download|nicht|not|kein\w*)\b"
    r"|n't",
    re.IGNORECASE,
)


_ACCOUNT = lazy(
    r"\b(?:kundenkonto|online-?konto|konto|kundenportal|portal|kundenbereich|profil|"
    r"(?:customer\s+|online\s+)?(?:account|profile|portal|area)|meine[nm]?\s+(?:termine[n]?|buchungen)|"
    r"my\s+(?:bookings|appointments))\b",
    re.IGNORECASE,
)
# the appointment or booking itself (not the caller's data), or "it" / "er" standing for it
_ENTRY = lazy(
    r"\b(?:(?:den|der|die|ihr|ihren|ihre|the|your)\s+(?:\w+\s+)?(?:termin|buchung|reservierung|"
    r"buchungsbestätigung|terminbestätigung|appointment|booking|booking\s+confirmation)|qr-code\s+für\s+"
    r"ihren\s+termin|qr\s+code\s+for\s+your\s+appointment)\b|"
    r"^\W*(?:it's|it\s+is|you'll\s+find\s+it|unter\s+.{1,20}\s+ist\s+er)\b|:\s*\S",
    re.IGNORECASE,
)
_LISTED = lazy(
    r"\b(?:sehen|finden|steht|stehen|taucht|erscheint|aufgeführt|gelistet|hinterlegt|gespeichert|"
    r"abgelegt|zugeordnet|abrufbar|herunterladen|exportieren|liegt|see|find|shows?|appears?|"
    r"listed|saved|stored|says|reads|download|export|it's|is\s+in)\b",
    re.IGNORECASE,
)
_ACCOUNT_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|if|once|nicht|not|kein\w*|brauchen|need|künftig|future|"
    r"nummer|number|passwor[dt]|telefon\w*|phone|e-?mail\w*|adresse|address)\b|n't",
    re.IGNORECASE,
)
_CROSSED = lazy(
    r"\b(?:durchgestrichen|gestrichen|storniert|abgesagt|crossed\s+out|struck\s+through|"
    r"cancell?ed)\b",
    re.IGNORECASE,
)


# the appointment said to hang on the caller's customer number or account (blind 34, claims77):
# "Ihre Kundennummer haben wir, und der Termin hängt jetzt daran", "Der Termin ist mit Ihrem
# Kundenkonto verknüpft": only a booking is filed under it
_HUNG_ON = lazy(
    r"\b(?:termin|buchung)\b[^.?!;]*?\b(?:hängt|hängen)\s+(?:jetzt\s+|nun\s+|auch\s+)*(?:daran|dran)"
    r"(?!\s*,?\s*(?:dass|ob|wie|wann|wer|was|wo))|\b(?:termin|buchung)\b[^.?!;]*?\b(?:hängt|hängen)\s+"
    r"(?:jetzt\s+|nun\s+|auch\s+)*(?:an\s+(?:ihrer|ihrem|der|dem)\s+(?:kunden)?(?:nummer|konto|profil))\b|"
    r"\b(?:termin|buchung)\b[^.?!;]*?\b(?:verknüpft|verbunden)\s+mit\s+(?:ihrer|ihrem)\s+"
    r"(?:kunden\w*|konto|profil)\b",
    re.IGNORECASE,
)
_HUNG_NOT = lazy(r"\?|\b(?:wenn|falls|sobald|sofern|nicht|kein\w*|noch\s+nichts)\b", re.IGNORECASE)


def shown_in_app(sentence: str, lang: str) -> str | None:
    """The booking's standard sentence when `sentence` says the appointment shows in an app
    or the caller's account (the cancellation's when it shows there crossed out)."""
    text = straight_apostrophes(sentence)
    if lang == "de" and _HUNG_ON.search(text) and not _HUNG_NOT.search(text):
        return booked_sentence(lang)
    if _APP.search(text) and not _NOT.search(text) and _SHOWN.search(text):
        return _cancelled(lang) if _CROSSED.search(text) else booked_sentence(lang)
    if not _ACCOUNT.search(text) or _ACCOUNT_NOT.search(text):
        return None
    if not (_ENTRY.search(text) and _LISTED.search(text)):
        return None
    if _CROSSED.search(text):
        return _cancelled(lang)
    listed = text.partition(":")[2].strip()
    if listed and not _ENTRY.search(listed.split(",")[0] + " "):
        return f"Gebucht: {listed}" if lang == "de" else f"Booked: {listed}"
    return booked_sentence(lang)


def _cancelled(lang: str) -> str:
    return "Ihr Termin ist storniert." if lang == "de" else "Your appointment is cancelled."
