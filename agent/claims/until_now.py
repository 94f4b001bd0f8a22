"""A fronted "until" clause before a main clause in the present: the main clause tells how
things stand now (blind 40's `until` / `solange` / `bis` family, claims98; a step of
`reworded`).

"Bis Sie Ja sagen, ist nichts gebucht", "Solange Sie nicht zugestimmt haben, ist nichts
gebucht", "Until you decide, nothing is booked on my side", "Bis Sie etwas anderes sagen, bleibt
der Freitag gebucht": the event of the fronted clause has not happened, and the main clause
states the present up to it (not a condition: nothing is contingent on it now). Put as "Bis
jetzt …" / "For now, …" so the clause reader reads the main clause as said. "Solange" and "as
long as" only with their clause negated (then they mean "until"; "Solange Sie bis zehn da sind,
ist alles gut" is a condition). Not a main clause that plans or could ("Bis Sie sich
entschieden haben, schaue ich …" is left; its verb is no state), nor a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
_SUBJECT_DE = r"(?:sie|ich|wir|du|es|man|der|die|das|ihr\w*|jemand|fabian|lena)"
_STATE_FIRST_DE = (
    r"(?:ist|sind|bleibt|bleiben|liegt|liegen|steht|stehen|wartet|warten|hält|halte|habe|"
    r"haben|hat|gilt)"
)
_DE = lazy(
    rf"^\W*(?:bis|solange(?=[^,.;!?]*\bnicht\b))\s+{_SUBJECT_DE}\b[^,.;!?]*,\s+"
    rf"(?P<main>{_STATE_FIRST_DE}\b[^?]*)$",
    _F,
)
# the main clause speaks of the booking ("Bis wir öffnen, ist ab neun Uhr jemand erreichbar": not)
_OF_BOOKING = lazy(
    r"\b(?:\w*gebucht|\w*getragen|storniert|abgesagt|verschoben|reserviert|vorgemerkt|bestätigt|"
    r"fest|\w*termin\w*|\w*anfrage|\w*wunsch|buchung|kalender|booked|entered|cancell?ed|moved|"
    r"reserved|held|confirmed|appointment|request|calendar|diary|booking|pencilled)\b",
    _F,
)
# a hold bounded by the yes says also that nothing is booked before it ("Bis Sie zusagen, ist der
# Termin nur geblockt": held and not booked, read by the clause reader as it stands)
_HOLD = lazy(
    r"\b(?:nur|only|geblockt|blockiert|reserviert|vorgemerkt|gehalten|held|reserved|hold|"
    r"blocked|pencilled)\b",
    _F,
)
# only a denial is read so ("…, ist nichts gebucht"); a state that stays until then ("Bis der
# Salon zusagt, bleibt Ihr Termin bestehen") is the clause reader's
_DENIED = lazy(r"\b(?:nichts|nicht|kein\w*|nothing|not|no)\b|n't\b", _F)
# or an outcome said to hold until then ("…, bleibt der Freitag gebucht")
_OUTCOME = lazy(
    r"\b(?:\w*gebucht|eingetragen|storniert|abgesagt|verschoben|bestätigt|booked|entered|"
    r"cancell?ed|moved|confirmed)\b",
    _F,
)
_SUBJECT_EN = r"(?:you|i|we|the|they|it|your|someone|he|she|fabian|lena)"
_DE_NOT_EN = r"(?=[^,.;!?]*(?:\bnot\b|n't\b))"
_EN = lazy(
    rf"^\W*(?:until|till|(?:as|so)\s+long\s+as{_DE_NOT_EN})\s+{_SUBJECT_EN}\b[^,.;!?]*,\s+"
    r"(?P<main>(?!(?:i|we|you|they)(?:'ll|\s+will|\s+can|\s+could|'d|\s+would)\b)[^?]*)$",
    _F,
)


def until_now(sentence: str, lang: str) -> str:
    """`sentence` with a fronted "until" clause put as "Bis jetzt" / "For now"."""
    low = sentence.lower()
    if lang == "de":
        if "bis" not in low and "solange" not in low:
            return sentence
        m = _DE.match(sentence)
        return f"Bis jetzt {m['main']}" if m and _stated_now(m["main"]) else sentence
    if "until" not in low and "till" not in low and "long as" not in low:
        return sentence
    m = _EN.match(sentence)
    return f"For now, {m['main']}" if m and _stated_now(m["main"]) else sentence


def _stated_now(main: str) -> bool:
    """The main clause speaks of the booking, and not of a hold until the yes."""
    if _HOLD.search(main):
        return False
    return bool(_OUTCOME.search(main) or (_OF_BOOKING.search(main) and _DENIED.search(main)))
