"""A booking repaired to a hold within a sentence (blind 19, blind 28, claims50/52; conventions 75,
124): "Booked, sorry, held", "Gebucht – äh, reserviert, meine ich" say the hold (`HOLD_ONLY`, put
by `decide` in place of a reading that kept the booking taken back); "Sie sind eingetragen –
also vorgemerkt, noch nicht fest", "Booked – I mean held, until you say yes" also say the booking
is still to come (`HOLD_NOT_YET`). A correction of what was said before ("Ich hatte gesagt, er sei
gebucht – er ist aber nur vorgemerkt") is no repair here: it denies the booking (blind 23).
Read on `normalize`d text (lower case, fillers dropped)."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.repair.markers import words

BOOKED = r"(?:gebucht|gebookt|booked|eingetragen|eingebucht|fix|fest|bestätigt|confirmed)"
HOLD = lazy(
    r"\b(?:reserviert|reserved|vorgemerkt|geblockt|blockt|gehalten|held|on hold|"
    r"halte (?:ich )?(?:ihnen )?(?:\w+ ){0,4}frei)\b"
)
# not "um", "er": German words ("gebucht, Samstag um elf nur reserviert")
_REPAIR = words(
    "filler", "no", "apology", "meaning", "repair_closing", "pause", "softener", but=("um", "er")
)
_MISTAKE = words("taking_back")
_REPAIRED = lazy(rf"\b{BOOKED}\b.*?(?:\W(?:{_REPAIR}|{_MISTAKE})\b|\s[–—-]\s).*?{HOLD.pattern}")
# the repair said after the hold, its filler dropped by `normalize`: "gebucht, äh, reserviert
# meine ich" is "gebucht reserviert meine ich" (blind 39)
_REPAIRED_AFTER = lazy(rf"\b{BOOKED}\W+{HOLD.pattern}\W+{words('repair_closing', 'meaning')}\b")
_CORRECTION = lazy(rf"\b{words('said_before')}\b")
STILL_TO_COME = lazy(
    r"\b(?:noch nicht|noch nichts|noch gar nichts|noch kein\w*|nicht fest|not yet|"
    r"nothing(?:'s| is)? (?:\w+ )?yet|not (?:booked|final|confirmed)|"
    r"erst (?:wenn|nach|mit|bei|sobald)|bis sie|until you|till you|for now)\b"
)

# the booking said again after a second repair, no hold after it: the last word stands
_BOOKED_AGAIN = lazy(
    rf"\W(?:{_REPAIR}|{_MISTAKE})\b\W+(?:(?:{_REPAIR}|doch|ach|ja|yes)\W+)*(?:\w+\W+){{0,3}}?"
    rf"{BOOKED}\b(?!.*{HOLD.pattern})"
)
HOLD_ONLY = {"de": "Der Termin ist reserviert.", "en": "It's on hold."}
HOLD_NOT_YET = {
    "de": "Der Termin ist nur reserviert, gebucht ist er noch nicht.",
    "en": "It's only on hold, it isn't booked yet.",
}
REPAIRED = frozenset({*HOLD_ONLY.values(), *HOLD_NOT_YET.values()})


def repaired_to_hold(body: str) -> bool | None:
    """For one statement: None when it repairs no booking to a hold; else whether it also says
    the booking is still to come (what follows the hold: "noch nicht fest", "until you say
    yes")."""
    repair = _REPAIRED.search(body) or _REPAIRED_AFTER.search(body)
    if repair is None or _CORRECTION.search(body):
        return None
    if _BOOKED_AGAIN.search(body, repair.end()):
        return None  # repaired twice, the booking last: "gebucht – nein, reserviert – nein, doch gebucht"
    return bool(STILL_TO_COME.search(body[repair.end() :]))
