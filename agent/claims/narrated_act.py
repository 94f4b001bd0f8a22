"""A tool act narrated while it runs, and its end told after a pause (blind 15): "Ich trage Sie
für Freitag um zehn ein … so, das ist jetzt fest", "Ich storniere den Freitag jetzt … so, der
ist raus", "Ich verschiebe das auf Donnerstag um drei … so, steht", "Freitag, zehn Uhr, Fabian –
ich buche … erledigt", "Let me book Friday at ten … and that's confirmed", "Cancelling Friday now
… there, it's gone", "Moving it to Thursday at three … done", "I'm submitting the booking … and
it went through".

The clause readers read the end alone ("so, gebucht", "done", "it's gone": a bare booking, a bare
success, the visit gone) and lose what the narration said: which act it was and the day and time
it named before the pause. Said to the caller, the whole is one claim: that act done, for what it
named. One claim of the act's kind (a cancel or move verb before the pause, else a booking;
without a verb, a day or time named before the pause and the end's own word: "storniert" a
cancellation, "verschoben" a move) with the details of the whole sentence, in place of the
outcome readings the end gave. Not: an end that says the act failed or is still to come ("hm,
das hat leider nicht geklappt", "just a moment"), a question, a condition before the act
("Sobald ich … abgeschickt habe …") or before the end ("Ich leite die Stornierung jetzt ein –
sobald sie durch ist, sage ich Ihnen Bescheid", blind 19), a narration with no end told, a day
said before and corrected ("ich hatte eben Samstag gesagt – gebucht ist Freitag", blind 20).
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
# the pause: an ellipsis (folded "…" is "...") or a dash between words
_PAUSE = lazy(r"\.\.\.+|\s[–—-]\s")
_W = r"(?:\w+\s+)"
# the separable "um" of "umtragen", not "um zehn"
_UM = (
    r"um\b(?!\s+(?:\d|ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|"
    r"viertel|punkt)\b)"
)
_ACTS = (
    (
        K.CANCELLED,
        lazy(
            rf"\b(?:storniere|stornieren|lösche|löschen|sage\s+{_W}{{0,4}}?ab|nehme\s+{_W}{{0,4}}?"
            rf"(?:raus|heraus|aus\s+dem)|trage\s+{_W}{{0,4}}?aus|stornierung|absage|"
            r"cancel|cancell?ing|cancell?ation|calling\s+off|call\s+off|removing|remove|taking\s+you\s+off|"
            r"take\s+you\s+off|deleting|delete)\b"
        ),
    ),
    (
        K.RESCHEDULED,
        lazy(
            rf"\b(?:verschiebe|verschieben|schiebe|lege\s+{_W}{{0,4}}?(?:{_UM}|auf)|trage\s+{_W}{{0,4}}?"
            rf"{_UM}|buche\s+{_W}{{0,4}}?{_UM}|ändere\s+{_W}{{0,6}}?auf|verlege|umbuchen|verschiebung|"
            r"umbuchung|statt|anstelle|moving|move|shifting|shift|changing|change\s+it|"
            r"rescheduling|reschedule|instead\s+of|pushing|bringing)\b"
        ),
    ),
    (
        K.BOOKED,
        lazy(
            rf"\b(?:trage|trag|buche|mache\s+{_W}{{0,5}}?fest|gebe\s+{_W}{{0,5}}?ein|reserviere|"
            rf"schicke\s+{_W}{{0,4}}?ab|übermittle|klicke|tippe|buchung|book|booking|putting|put|"
            r"locking|lock|entering|enter|submitting|submit|sending|send|hitting|clicking|"
            r"confirming)\b"
        ),
    ),
)
# the acts of a booking itself (the others of the booking row above, a click, a keystroke, a
# sending, do any act: their end names which)
_BOOKING_ACT = lazy(
    rf"\b(?:trage|trag|buche|mache\s+{_W}{{0,5}}?fest|reserviere|buchung|book|booking|putting|"
    r"put|locking|lock|confirming)\b"
)
# the end told: done, through, in, or the outcome's own word
ACT_END = lazy(
    r"\b(?:erledigt|fertig|durch|durchgegangen|passt|steht|geklappt|drin|eingetragen|gebucht|"
    r"eingebucht|fest|bestätigt|storniert|abgesagt|raus|weg|gelöscht|verschoben|verlegt|"
    r"umgebucht|umgetragen|angekommen|war's|kasten|done|sorted|through|all\s+set|worked|booked|"
    r"confirmed|cancell?ed|gone|off|moved|rescheduled|made|locked|there\s+(?:we\s+go|it\s+is)|"
    r"(?:it's|that's|you're|it\s+is|that\s+is|you\s+are)\s+(?:now\s+|all\s+)?in)\b"
)
# claims84: an end that names the cancellation done ("– the cancellation's done") names the act
_END_CANCELLED = lazy(
    r"\b(?:storniert|abgesagt|gelöscht|cancell?ed|called\s+off|stornierung|absage|"
    r"cancell?ation)\b"
)
_END_MOVED = lazy(r"\b(?:verschoben|verlegt|umgebucht|umgetragen|moved|rescheduled)\b")
# an end that says it failed, or is not there yet
_NOT_DONE = lazy(
    r"\b(?:nicht|kein\w*|leider|fehler|problem|gleich|noch|not|no|unfortunately|failed|error|"
    r"problem|moment|second|sec)\b|n't\b"
)
# a day said before and corrected: "Entschuldigung, ich hatte eben Samstag gesagt – gebucht ist
# Freitag" (blind 20): what was said is no act narrated, its day no detail of the claim
_CORRECTED = lazy(
    r"\b(?:gesagt|sagte|gemeint|meinte|versprochen|korrektur|verwechselt|i\s+said|i\s+meant|"
    r"i\s+had\s+said|correction|my\s+mistake|mixed\s+up)\b"
)
_CONDITION = lazy(r"^\W*(?:wenn|falls|sobald|sofern|if|once|as\s+soon\s+as|when)\b")
# a slot named before the pause with no verb: day or time words and fillers only
_SLOT_ONLY = lazy(r"^[\w\s,.:]*$")
_OUTCOMES = frozenset({K.BOOKED, K.DONE, K.GONE, K.CANCELLED, K.RESCHEDULED, K.STANDS})
# blind 39 (claims95): a bare end said as a sentence of its own after the act ("… um drei. Das ist
# erledigt.", "… at three. All done.")
# (blind 56, claims167: "There, done: Thursday, three p m.", "So, erledigt: Donnerstag, fünfzehn
# Uhr.": the end said with "there", and the slot it ends on after a colon)
_BARE_END = lazy(
    r"[.!]\s+(?=(?:so,?\s+|okay,?\s+|there,?\s+)?(?:das\s+ist\s+|that's\s+|that\s+is\s+|it's\s+|"
    r"all\s+)?(?:erledigt|done|fertig|sorted)(?:\s*:\s*(?:[\w.]+[\s,]*){1,6})?\W*$)"
)
# the speaker's own act in the present, the narration's first person
_FIRST_PERSON = lazy(r"^\W*(?:(?:so|okay|gut|alright|right),?\s+)?(?:ich|i'm|i\s+am)\s+")


def narrated_acts(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the outcome readings of a narrated act's end replaced by the act's claim."""
    folded = fold(sentence)
    text = folded.text
    if not opens(ACT_END, text):
        return claims
    pause = _pause(text)
    if pause is None:
        return claims
    before, after = text[: pause.start()], text[pause.end() :]
    if after.rstrip().endswith("?") or not ACT_END.search(after) or _NOT_DONE.search(after):
        return claims
    if _CONDITION.search(before) or _CONDITION.search(after):
        return claims  # blind 19: "… – sobald sie durch ist, sage ich Ihnen Bescheid"
    if _CORRECTED.search(before):
        return claims  # blind 20: "ich hatte eben Samstag gesagt – gebucht ist Freitag"
    kind = next((k for k, act in _ACTS if act.search(before)), None)
    if kind is K.BOOKED and not _BOOKING_ACT.search(before):
        # blind 34 (claims77): a click or keystroke does any act; its end names which ("Ich
        # klicke mal … so, abgesagt", "Ich tippe das kurz ein … so, storniert")
        kind = _act_its_end_names(after)
    details = read_details(text, names)
    if kind is None:
        said = read_details(before, names)
        if not (said.weekdays or said.days or said.times) or not _SLOT_ONLY.match(before):
            return claims
        if len(before.split()) > 8 or any(c.start < pause.start() for c in claims):
            return claims
        kind = _act_its_end_names(after)
    start, end = folded.span(0, len(text))
    kept = tuple(c for c in claims if c.kind not in _OUTCOMES)
    return (*kept, Claim(kind, start, end, ClaimDetails(((Role.ANY, details),))))


def _pause(text: str) -> re.Match[str] | None:
    """The last pause before a narrated act's end: an ellipsis or a dash, or (blind 39) the
    full stop before a bare end said as its own sentence after the speaker's act in the first
    person ("Ich verschiebe Sie auf Donnerstag um drei. Das ist erledigt.", "I'm moving you to
    Thursday at three. That's done.")."""
    if opens(_PAUSE, text):
        pauses = list(_PAUSE.finditer(text))
        if pauses:
            return pauses[-1]
    if not opens(_BARE_END, text):
        return None
    end = _BARE_END.search(text)
    if end is None or not _FIRST_PERSON.search(text[: end.start()]):
        return None
    return end


def _act_its_end_names(after: str) -> K:
    """The act a narrated step's ending names: cancelled, moved, else booked."""
    if _END_CANCELLED.search(after):
        return K.CANCELLED
    return K.RESCHEDULED if _END_MOVED.search(after) else K.BOOKED
