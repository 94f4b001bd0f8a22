"""Parts of a move or a cancellation told by their outcome (blind 24, claims41; conventions 5, 13,
26, 56):

- an act named by its verb as a noun and said to have worked ("Stornieren ging", "Absagen hat
  geklappt", "Cancelling worked", "Cancelling went fine"): that act done (a cancellation
  `cancelled`, a booking `booked`, a move `rescheduled`); the part said not to have worked ("neu
  buchen leider nicht", "rebooking didn't") claims nothing (a failure without "yet", 5);
- the caller said to stay with a slot ("Sie bleiben bei Freitag um zehn", "Sie bleiben beim
  Freitag", "You're staying with Friday at ten"): that appointment unchanged, `stands`;
- an appointment said not cancelled yet beside a new place ("Thursday is booked, but the old
  Friday one isn't cancelled yet"): it still stands, `stands` with what that part names (alone,
  "Friday hasn't been cancelled yet" is the denial only, convention 280; claims130);
Not: the act said not to have worked alone, an act still to come ("Stornieren geht gleich").

Part of `partial`, the one owner of partial outcomes: an act or a slot told by its outcome.
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.said_claim import names_slot, said

_WORKED = (
    r"(?:ging|ging\s+durch|ging\s+glatt|hat\s+(?:gut\s+)?geklappt|hat\s+funktioniert|war\s+erfolgreich|"
    r"worked|went\s+(?:fine|through|ok|okay|well)|was\s+fine|succeeded|is\s+done)"
)
_ACTS = (
    (ClaimKind.CANCELLED, r"(?:das\s+)?(?:stornieren|absagen|canc?ell?ing|the\s+cancell?ation)"),
    (ClaimKind.RESCHEDULED, r"(?:das\s+)?(?:verschieben|umbuchen|moving|rescheduling)"),
)
_NEGATED = lazy(r"\b(?:nicht|not|nie|never|kein\w*)\b|n't\b")
_STAY = lazy(
    r"\b(?:sie\s+bleiben|es\s+bleibt)\s+(?:bei|beim)\s+(?P<slot>[^,.;!]+)|"
    r"\byou(?:'re|\s+are)?\s+(?:stay(?:ing)?|keep(?:ing)?)\s+(?:with|on)\s+(?P<slot2>[^,.;!]+)"
)
_NOT_CANCELLED_YET = lazy(
    r"\b(?:noch\s+nicht\s+(?:storniert|abgesagt|gelöscht)|"
    r"(?:hasn't|has\s+not|isn't|is\s+not)\s+(?:been\s+)?(?:cancell?ed|deleted)\s+yet|"
    r"not\s+(?:yet\s+)?cancell?ed(?:\s+yet)?)\b"
)

# the new place beside the old one not cancelled yet
_NEW_PLACE = lazy(
    r"\b(?:gebucht|eingetragen|reserviert|verschoben|verlegt|umgebucht|booked|moved|rescheduled|"
    r"reserved|neue\w*|new|drin|fest|in|montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|"
    r"tuesday|wednesday|thursday|friday|saturday)\b"
)


def partial_outcomes_said(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The claims of the parts told (see above)."""
    text = normalize(sentence)
    if "?" in text:
        return ()
    out: list[Claim] = []
    parts = re.split(r"[;,]|\b(?:aber|but)\b", text)
    for i, part in enumerate(parts):
        for kind, act in _ACTS:
            if re.search(rf"^\W*{act}\s+{_WORKED}\b", part.strip()) and not _NEGATED.search(part):
                out.append(said(kind, sentence, "", names))
        if _NOT_CANCELLED_YET.search(part) and names_slot(part, names):
            # blind 52 (claims130): only beside a new place ("Der neue Termin am Donnerstag ist
            # gebucht, aber der alte am Freitag ist noch nicht storniert"); alone the denial is
            # `not_cancelled` and nothing more (280: "Der Freitag ist noch nicht storniert")
            if any(_NEW_PLACE.search(p) for p in parts[:i] + parts[i + 1 :]):
                out.append(said(ClaimKind.STANDS, sentence, part, names))
    m = _STAY.search(text)
    if m and names_slot(m["slot"] or m["slot2"], names) and not _NEGATED.search(m[0]):
        out.append(said(ClaimKind.STANDS, sentence, m["slot"] or m["slot2"], names))
    return tuple(out)
