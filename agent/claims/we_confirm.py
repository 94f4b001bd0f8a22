"""The caller's appointments confirmed by the salon in a performative ("Hiermit bestätigen wir
Ihre beiden Termine", "Wir bestätigen Ihnen beide Termine", "Hiermit bestätigen wir Ihren Termin
bei Frau Hoffmann", "We hereby confirm both of your appointments"; blind 27, claims47; a step of
`reworded`): the act of confirming them says them booked, read as "Ihre beiden Termine sind
gebucht." / "Both of your appointments are booked.", so that what the phrase names (two
appointments, a stylist, a day) is the claim's.

Blind 34 (claims75): the English act in the progressive or with "can" ("I'm officially
confirming your booking now", "I'm formally confirming your appointment", "I can confirm both:
Friday at ten with Fabian and Saturday at eleven with Lena") is the same performative (76): the
booking or appointment confirmed, both confirmed with what follows the colon.

Blind 35 (claims79): a cancellation performed with "hiermit" ("Wir sagen Ihren Termin am Freitag
um zehn hiermit ab", "Hiermit storniere ich Ihren Termin") is the cancellation (76), read as
"Ihr Termin … ist storniert."

Only the appointment as object (Termin, appointment); the booking, the cancellation or the move
confirmed are read elsewhere. Not: a rule ("Wir bestätigen jeden Termin per SMS"), a question, a
promise to confirm ("Wir bestätigen Ihnen den Termin, sobald …").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*(?:hiermit\s+)?(?:bestätigen\s+wir|wir\s+bestätigen)\s+(?:ihnen\s+)?(?:hiermit\s+)?"
    r"(?P<np>(?:ihren|ihre|den|die)\s+(?:beiden\s+|zwei\s+)?termine?|beide\s+termine)\b"
    r"(?P<rest>[^.!?,;]*)[.!]?\s*$",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:we|i)\s+(?:hereby\s+)?confirm\s+(?P<np>(?:both\s+(?:of\s+)?)?your\s+(?:two\s+)?"
    r"appointments?)\b(?P<rest>[^.!?,;]*)[.!]?\s*$",
    re.IGNORECASE,
)
# blind 34 (claims75): "I'm (officially) confirming your booking now", "I can confirm both: …"
_EN_NOW = lazy(
    r"^\W*(?:we|i)(?:'m|\s+am|'re|\s+are|\s+can)\s+(?:hereby\s+|now\s+|officially\s+|formally\s+|"
    r"happy\s+to\s+|pleased\s+to\s+)*(?:confirm|confirming)\s+(?:(?P<np>your\s+(?:booking|"
    r"appointment))(?:\s+(?:right\s+)?now)?|both(?:\s+of\s+them)?\s*:\s*(?P<both>[^.!?;]+))"
    r"[.!]?\s*$",
    re.IGNORECASE,
)
# blind 35 (claims79): "Wir sagen Ihren Termin … hiermit ab", "Hiermit storniere ich Ihren Termin"
_DE_CANCEL = lazy(
    r"^\W*(?:hiermit\s+)?(?:(?:wir|ich)\s+(?P<v1>sagen|sage|stornieren|storniere)|(?P<v2>sagen|sage|"
    r"stornieren|storniere)\s+(?:wir|ich))\s+(?P<np>ihren\s+termin|den\s+termin)\b"
    r"(?P<rest>[^.!?,;]*?)\s*(?P<ab>\bab)?[.!]?\s*$",
    re.IGNORECASE,
)
_HIERMIT = lazy(r"\bhiermit\b", re.IGNORECASE)
_NOT = lazy(r"\b(?:jeden|alle|every|all|sobald|wenn|once|when|if)\b", re.IGNORECASE)
_NOMINATIVE = {"ihren termin": "Ihr Termin", "den termin": "Der Termin", "ihre termine": "Ihre Termine",
               "die termine": "Die Termine", "beide termine": "Ihre beiden Termine"}  # fmt: skip


def confirmed_by_us(text: str, lang: str) -> str:
    """`text` with the appointments the salon confirms said booked, else unchanged."""
    if _NOT.search(text):
        return text
    if lang == "de":
        c = _DE_CANCEL.search(text) if _HIERMIT.search(text) else None
        if c is not None and (c["ab"] is not None) == (c["v1"] or c["v2"]).lower().startswith(
            "sag"
        ):
            rest = _HIERMIT.sub("", c["rest"])
            subject = _NOMINATIVE[" ".join(c["np"].lower().split())]
            return " ".join(f"{subject}{rest} ist storniert.".split())
        m = _DE.search(text)
        if m is None:
            return text
        np = " ".join(m["np"].lower().split())
        subject = _NOMINATIVE.get(np) or np[0].upper() + np[1:].replace("termin", "Termin")
        verb = "sind" if subject.endswith("e") else "ist"
        return f"{subject}{m['rest']} {verb} gebucht."
    m = _EN_NOW.search(text)
    if m is not None:
        if m["both"]:
            return f"{m['both'].strip()} are both booked."
        return f"{m['np'][0].upper()}{m['np'][1:]} is booked."
    m = _EN.search(text)
    if m is None:
        return text
    np = m["np"]
    verb = "are" if np.lower().endswith("s") else "is"
    return f"{np[0].upper()}{np[1:]}{m['rest']} {verb} booked."
