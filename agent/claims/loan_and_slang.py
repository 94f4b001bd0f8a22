"""Denglisch, Swiss German and slang (blind 22, claims37), put in the standard words the reader takes:
English participles in a German sentence ("Confirmed ist er", "gebookt", "gecancelt", "Der Booking-
Status ist confirmed"; "er" after a loan participle is the appointment, der Termin; a bare "Der
Status ist confirmed" names nothing: "Es ist bestätigt", the bare success); Swiss forms ("isch
buechet", "gebuechet", "fescht", "Friitig", "öppis", "wänd", "gäll", "Grüezi"); colloquial answers
("nee", "nö", "jo", "nix", "bist dabei / drin" said to the caller); English slang ("mate" as an
address, "nah", "not sorted yet", "you're not in" = not booked yet)."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DE_WORDS = {
    "confirmed": "bestätigt", "booked": "gebucht", "gebookt": "gebucht", "gebooked": "gebucht",
    "cancelled": "storniert", "canceled": "storniert", "gecancelt": "storniert",
    "gecancelled": "storniert", "booking-status": "Buchungsstatus", "buchungs-status":
    "Buchungsstatus", "booking": "Buchung", "buechet": "gebucht", "gebuechet": "gebucht",
    "fescht": "fest", "friitig": "Freitag", "samschtig": "Samstag", "öppis": "etwas",
    "wänd": "wollen", "hätt": "hätte", "nix": "nichts", "nee": "nein", "nö": "nein", "jo": "ja",
    "grüezi": "Guten Tag",
}  # fmt: skip
_SWISS = lazy(
    r"\b(?:isch|buechet|gebuechet|fescht|friitig|samschtig|öppis|wänd|gäll|grüezi)\b", re.I
)
_LOAN = lazy(r"\b(?:confirmed|booked|gebookt|gebooked|cancell?ed|gecancel\w*|booking\S*)\b", re.I)
_WORD = lazy(r"[\wäöüÄÖÜß-]+")


def _de(text: str) -> str:
    swiss, loan = bool(_SWISS.search(text)), bool(_LOAN.search(text))
    out = _WORD.sub(lambda m: _DE_WORDS.get(m[0].lower(), m[0]), text)
    if swiss:
        out = re.sub(r",?\s*\bgäll\b", "", out, flags=re.I)
        out = re.sub(r"\bisch\b", "ist", out, flags=re.I)
        out = re.sub(r"\bno\b", "noch", out, flags=re.I)
    if loan:
        out = re.sub(r"^(\s*\w+\s+ist)\s+er\b", r"\1 der Termin", out, flags=re.I)
        # a bare status names nothing (convention 43): "Der Status ist confirmed" is "es ist …"
        out = re.sub(r"^\s*(?:der\s+)?status\s+ist\b", "Es ist", out, flags=re.I)
    out = re.sub(r"\b(?:du\s+)?bist\s+(?:dabei|drin)\b", "Sie sind drin", out, flags=re.I)
    return out


_EN_ADDRESS = lazy(r",\s*(?:mate|pal|buddy|love|hun|my\s+friend)\s*(?=[,.!])", re.I)
_EN_NOT_IN = lazy(
    r"\b(?:not\s+sorted\s+yet|not\s+in\s+yet|you're\s+not\s+in|you\s+are\s+not\s+in)\b", re.I
)


def standard_words(sentence: str, lang: str) -> str | None:
    """`sentence` with its loan, dialect and slang words put in standard ones, or None."""
    text = straight_apostrophes(sentence)
    if lang == "de":
        out = _de(text)
    else:
        out = _EN_ADDRESS.sub("", text)
        out = re.sub(r"^\s*(?:nah|nope)\b", "No", out, flags=re.I)
        if _EN_NOT_IN.search(out) and not re.search(r"\?|\bif\b", out, re.I):
            out = "You're not booked yet."
    return None if out == text else out
