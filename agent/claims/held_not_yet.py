"""A slot said held and not booked yet is not also said booked (blind 20).

"Der 28.11. um zehn ist vorgemerkt, aber noch nicht verbindlich gebucht." holds the slot and
denies the booking; the clause reader's "booked" of the held clause is dropped when the sentence
also says the appointment is not booked yet and the booking names nothing the hold does not
(another slot booked beside a held one, "Freitag ist gebucht, Samstag nur vorgemerkt", stays).
"""

from __future__ import annotations

import re

from agent.claims.details import Details, _merge
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

K = ClaimKind


def without_booked_beside_hold(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking of the slot the sentence holds and says not booked yet."""
    holds = [c for c in claims if c.kind is K.HELD]
    if not holds or not any(c.kind is K.NOT_BOOKED for c in claims):
        return claims
    return tuple(
        c for c in claims if not (c.kind is K.BOOKED and any(_within(c, h) for h in holds))
    )


def _within(booked: Claim, held: Claim) -> bool:
    """Every detail the booking names, the hold names too."""
    b = _merge(d for _, d in booked.details.parts)
    h = _merge(d for _, d in held.details.parts)
    return all(getattr(b, name) <= getattr(h, name) for name in Details.__dataclass_fields__)


# claims84 (blind 36): a hold said beside a booking still going through ("Der Platz ist
# reserviert, die Buchung läuft aber noch", "The slot is held while the booking's still going
# through") holds the slot and says the booking is not made yet (460: `held` + `not_booked`), as
# "reserviert, aber noch nicht gebucht" does; a step of `reworded` puts it so.
_HOLD_DE = r"\b(?:reserviert|vorgemerkt|geblockt|blockiert|freigehalten)\b"
_HOLD_EN = r"\b(?:held|on\s+hold|reserved|blocked)\b"
_RUNNING_DE = lazy(
    rf"^(?P<hold>[^,;:]*{_HOLD_DE}[^,;:]*?)\s*[,;–—-]\s*(?:aber\s+)?die\s+buchung\s+(?:selbst\s+)?"
    r"läuft\s+(?:aber\s+)?(?:selbst\s+)?noch\W*$",
    re.IGNORECASE,
)
_RUNNING_EN = lazy(
    rf"^(?P<hold>[^,;:]*{_HOLD_EN}[^,;:]*?)\s*,?\s*(?:while|but|and)\s+the\s+booking(?:'s|\s+is)\s+"
    r"(?:itself\s+)?still\s+(?:going\s+through|processing|being\s+processed|running|in\s+progress)"
    r"\W*$",
    re.IGNORECASE,
)


def booking_running_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a hold beside a booking still going through said as held and not booked
    yet, else as it is."""
    if lang == "de" and (m := _RUNNING_DE.match(sentence)):
        return f"{m['hold']}, aber noch nicht gebucht."
    if lang == "en" and (m := _RUNNING_EN.match(sentence)):
        return f"{m['hold']}, but not booked yet."
    return sentence


# claims106 (blinds 35 and 36's leftovers): the hold fronted or conceded and all beyond it denied —
# "Reserviert habe ich ihn, mehr noch nicht", "Zurückgelegt habe ich den Platz, mehr ist noch nicht
# passiert", "Vorgemerkt schon, fest gebucht aber noch nicht", "Reserviert ist er, gebucht noch
# nicht", "I've held it, nothing more yet", "Held, yes – booked, not yet": the slot held and the
# booking not made yet (460: `held` + `not_booked`), said as "…, aber noch nicht gebucht". The
# reader took the hold and left the denial, which names no outcome ("mehr", "nothing more") or
# follows its outcome word ("gebucht aber noch nicht").
_HOLD_FRONT_DE = (
    r"(?:reserviert|vorgemerkt|geblockt|blockiert|freigehalten|zurückgelegt|festgehalten|gehalten)"
)
_HOLD_FRONT_EN = r"(?:held|reserved|blocked|on\s+hold|pencil+ed(?:\s+in)?|kept)"
_NO_MORE_DE = lazy(
    rf"^(?P<hold>\W*{_HOLD_FRONT_DE}\b[^,;:–—?]*?)\s*[,;–—-]\s*(?:aber\s+)?(?:mehr|weiter)\b"
    r"[^,.;:!?]*?\bnoch\s+nicht\b(?:\s+(?:passiert|geschehen|gemacht))?\W*$",
    re.IGNORECASE,
)
_BOOKING_NOT_YET_DE = lazy(
    rf"^(?P<hold>\W*{_HOLD_FRONT_DE}\b[^,;:–—?]*?)\s*[,;–—-]\s*(?:aber\s+)?"
    r"(?:(?:fest|verbindlich|richtig)\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt)\b"
    r"(?:\s+(?:ist|sind|habe|haben)\s+(?:er|es|sie|ich|wir))?\s+(?:aber\s+)?noch\s+nicht\W*$",
    re.IGNORECASE,
)
_NO_MORE_EN = lazy(
    rf"^(?P<hold>[^,;:–—?]*\b{_HOLD_FRONT_EN}\b[^,;:–—?]*?)\s*[,;–—-]\s*(?:but\s+)?"
    r"(?:nothing\s+(?:more|further|else|beyond\s+that)(?:\s+(?:yet|so\s+far|for\s+now))?|"
    r"that(?:'s|\s+is)\s+(?:all|it)(?:\s+(?:yet|so\s+far|for\s+now))?)\W*$",
    re.IGNORECASE,
)
_BOOKING_NOT_YET_EN = lazy(
    rf"^(?P<hold>\W*{_HOLD_FRONT_EN}\b[^,;:–—?]*?(?:\s*,?\s*(?:yes|sure))?)\s*[,;–—-]\s*(?:but\s+)?"
    r"(?:(?:firmly|properly)\s+)?(?:booked|confirmed)\s*,?\s*not\s+(?:yet|so\s+far)\W*$",
    re.IGNORECASE,
)
# claims132 (blind 50): the hold said and the booking denied in a bare tail — "It's only reserved in
# the system so far, not booked", "Der Platz ist bisher nur vorgemerkt, nicht gebucht"
_NOT_TAIL_DE = lazy(
    rf"^(?P<hold>[^,;:–—?]*{_HOLD_DE}[^,;:–—?]*?)\s*[,;–—-]\s*(?:aber\s+)?(?:noch\s+)?nicht\s+"
    r"(?:(?:fest|verbindlich)\s+)?(?:gebucht|eingetragen|bestätigt)\W*$",
    re.IGNORECASE,
)
_NOT_TAIL_EN = lazy(
    rf"^(?P<hold>[^,;:–—?]*{_HOLD_EN}[^,;:–—?]*?)\s*[,;–—-]\s*(?:but\s+)?not\s+(?:yet\s+)?"
    r"(?:(?:firmly|properly)\s+)?(?:booked|confirmed)(?:\s+yet)?\W*$",
    re.IGNORECASE,
)
_CONCEDED = lazy(r"[\s,]+(?:ja|schon|yes|sure)$", re.IGNORECASE)


def hold_only_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a hold fronted or conceded and all beyond it denied said as held and not
    booked yet, else as it is."""
    if lang == "de":
        m = (
            _NO_MORE_DE.match(sentence)
            or _BOOKING_NOT_YET_DE.match(sentence)
            or (_NOT_TAIL_DE.match(sentence) if "nicht" in sentence else None)
        )
        tail = ", aber noch nicht gebucht."
    elif lang == "en":
        m = (
            _NO_MORE_EN.match(sentence)
            or _BOOKING_NOT_YET_EN.match(sentence)
            or (_NOT_TAIL_EN.match(sentence) if "not" in sentence else None)
        )
        tail = ", but not booked yet."
    else:
        return sentence
    if m is None:
        return sentence
    return _CONCEDED.sub("", m["hold"]) + tail


# claims132 (blinds 47's leftovers, probe 47d): the booking denied first and a hold named after it
# with "nur" / "just" — "Im Moment ist nichts gebucht, nur Freitag um zehn ist für Sie reserviert",
# "Kurz zusammengefasst: noch keine Buchung, nur eine Reservierung am Freitag um zehn", "Recap: no
# booking yet, just a hold on Friday at ten", "At the moment nothing's booked, only Friday at ten is
# on hold for you": the slot held and the booking not made (75: `held` + `not_booked`, the hold's
# details on both), said as "<slot> ist für Sie reserviert, aber noch nicht gebucht". The readers
# took one half (the verbless hold or the denial behind a fronted adverb) and lost the other.
_DENIAL_DE = lazy(
    r"^(?:[^:,;]{0,40}:\s*)?[^,;:]{0,40}?\b(?:nichts\s+(?:\w+\s+){0,2}?(?:gebucht|eingetragen|eingebucht)|"
    r"(?:noch\s+|gar\s+)?keine\s+buchung|(?:gebucht|eingetragen)\s+ist\s+(?:noch\s+)?nichts)"
    r"(?:\s+(?:für\s+sie|bisher|bis\s+jetzt))?\s*[,;–—]\s*",
    re.IGNORECASE,
)
_DENIAL_EN = lazy(
    r"^(?:[^:,;]{0,40}:\s*)?[^,;:]{0,40}?\b(?:nothing(?:'s|\s+is|\s+has\s+been)?\s+(?:\w+\s+)?booked|"
    r"(?:there(?:'s|\s+is)\s+)?no\s+booking|not\s+booked)"
    r"(?:\s+(?:yet|so\s+far|for\s+now|for\s+you))*\s*[,;–—]\s*",
    re.IGNORECASE,
)
_ONLY = r"(?:nur|lediglich|bloß|just|only)\s+"
# the slot the hold names: a day or an hour, and no verb of its own
_PLACED = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morgen|übermorgen|heute|tomorrow|today)\b|\d",
    re.IGNORECASE,
)
_VERB = lazy(r"\b(?:ist|sind|is|are|was|war|wird|being)\b|'s\b", re.IGNORECASE)
_ONLY_WORD = lazy(r"\b(?:nur|lediglich|bloß|just|only)\b", re.IGNORECASE)
_HOLD_NOUN = lazy(
    rf"^{_ONLY}(?:eine?\s+|a\s+)?(?:reservierung|vormerkung|hold|reservation)\s+"
    r"(?:am|für|on|for)\s+(?P<slot>[^,;:–—!?]+?)\s*[.!]?$",
    re.IGNORECASE,
)
_HOLD_CLAUSE = lazy(
    rf"^(?:{_ONLY})?(?:(?:der|die|das|the)\s+)?(?P<slot>[^,;:–—!?]+?)\s+(?:(?:ist|is|'s)\s+)?"
    r"(?:(?:für\s+sie|lediglich|nur|only|being)\s+)*(?:reserviert|vorgemerkt|freigehalten|"
    r"reserved|held|on\s+hold|pencil+ed\s+in)(?:\s+(?:für\s+sie|for\s+you))?\s*[.!]?$",
    re.IGNORECASE,
)

# the speaker's hold in the present: "nur Freitag um zehn halte ich Ihnen frei"
_HOLD_ACT = lazy(
    rf"^(?:{_ONLY})?(?P<slot>[^,;:–—!?]+?)\s+(?:halte|halten|reserviere|reservieren|merke|merken)\s+"
    r"(?:ich|wir)\s+(?:(?:ihnen|für\s+sie|gern|gerne|lediglich|nur|bloß)\s+)*(?:frei|vor)?\s*[.!]?$",
    re.IGNORECASE,
)


def denial_then_hold_in_words(sentence: str, lang: str) -> str:
    """`sentence` with the booking denied and a hold named after it with "nur" / "just" said as
    "<slot> is on hold for you, but not booked yet", else as it is."""
    if lang not in ("de", "en") or not _ONLY_WORD.search(sentence):
        return sentence  # most sentences: no "nur" / "just", one cheap look
    m = (_DENIAL_DE if lang == "de" else _DENIAL_EN).match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    found = _HOLD_NOUN.match(rest) or _HOLD_CLAUSE.match(rest) or _HOLD_ACT.match(rest)
    if found is None or not _ONLY_WORD.search(rest):  # "nur", "just": this hold and no more
        return sentence
    slot = found["slot"]
    if not _PLACED.search(slot) or _VERB.search(slot):
        return sentence  # "the slot is just being held", "beide Termine": the readers take them
    if lang == "de":
        return f"{slot} ist für Sie reserviert, aber noch nicht gebucht."
    return f"{slot} is on hold for you, but not booked yet."
