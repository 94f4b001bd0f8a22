"""Whether the name a caller gives is the name on a booking, as a phone line delivers names.

The caller ID says which number the call comes from, as the network (or whoever set it) claims;
it can be spoofed. So cancelling or moving an appointment also takes the name on the booking,
asked from the caller and compared loosely: case, umlauts, titles and small mishearings
("Meier"/"Maier") do not matter, and either name may be the fuller one ("Becker" or "Anna
Becker" for "Anna Becker", "Erika Muster" for "Erika"), but the surname must be there: a first
name alone is not enough, and another first name with the same surname is someone else.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from tools.text_fold import fold, sound_key

SIMILAR = 0.8
_TITLES = {"frau", "herr", "herrn", "fr", "hr", "dr", "prof", "familie", "mrs", "mr", "ms"}


def _words(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in _TITLES]


def _same_word(a: str, b: str) -> bool:
    """The same name part, misheard at most a little: similar in spelling or in sound, and
    about as long ("Muster" is not "Mustermann")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    spelled = SequenceMatcher(None, a, b).ratio()
    sounded = SequenceMatcher(None, sound_key(a), sound_key(b)).ratio()
    return max(spelled, sounded) >= SIMILAR


def names_match(said: str, on_booking: str) -> bool:
    said_words, booked_words = _words(said), _words(on_booking)
    if not said_words or not booked_words:
        return False
    said_known = all(any(_same_word(s, b) for b in booked_words) for s in said_words)
    booked_said = all(any(_same_word(b, s) for s in said_words) for b in booked_words)
    if not (said_known or booked_said):
        return False  # each has a name part the other lacks: another person
    surname = booked_words[1:] or booked_words  # everything after the first name
    return any(_same_word(s, b) for s in said_words for b in surname)
