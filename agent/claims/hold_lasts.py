"""The caller's hold said to last a while yet (blind 26, claims46): "Ihre Reservierung im System
hält noch eine Viertelstunde.", "Ihr reservierter Platz hält noch zehn Minuten.", "Your
reservation holds for another ten minutes.", "The hold lasts another quarter of an hour." say the
hold runs on (held, as "Die Reservierung läuft noch zehn Minuten"), not that anything is booked.

Only the caller's hold named definitely or by possession (hold_time.py's words; convention 89: a
hold said timed presupposes a live one), naming no day or time, "hält noch",
"hält sich noch", "holds for another", "lasts another" with a span of minutes, and no booking
word of its own ("gebucht", "booked"). A HELD claim naming no time (the span is the hold's, not
the slot's) in place of the outcomes read in "hält"; nothing else changes."""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_HOLD = lazy(
    r"\b(?:die|der|ihre|ihr|eure|euer|diese|dieser|the|your|this)\s+(?:\w+\s+)?(?:reservierung|vormerkung|platz|slot|"
    r"hold|reservation|spot)\b"
)
_SPAN = r"(?:\w+\s+){0,2}?(?:minuten|viertelstunde|halbe\s+stunde|stunde)\b"
_ABOUT = r"(?:etwa|ungefähr|rund|circa|ca|knapp|gut|about|around|roughly|approximately)\s+"
_LASTS = lazy(
    r"\b(?:hält|halt)\s+(?:sich\s+)?noch\s+(?:\w+\s+){0,2}?(?:minuten|viertelstunde|"
    r"halbe\s+stunde|stunde)\b|"
    # blind 38 (claims87): the span said approximately, without "noch" / "another" ("Die
    # Reservierung hält etwa zehn Minuten", "The hold lasts about ten minutes")
    rf"\b(?:hält|halt)\s+{_ABOUT}{_SPAN}|"
    rf"\b(?:holds|lasts|stays)\s+(?:for\s+)?{_ABOUT}(?:\w+\s+){{0,2}}?(?:minutes|hour)\b|"
    r"\b(?:holds|lasts|stays|runs)\s+(?:for\s+)?(?:another|a\s+further|\w+\s+more)\s+(?:\w+\s+){0,3}?"
    r"(?:minutes|hour)\b|"
    # blind 35 (claims80): the place the caller's for a span, valid for a span ("Noch zehn
    # Minuten gehört der Platz Ihnen", "The slot's yours for the next ten minutes", "Ihre
    # Reservierung ist noch zehn Minuten gültig")
    rf"\bnoch\s+{_SPAN}\s+(?:gehört|ist)\s+(?:der|ihr|dieser)\s+platz\s+(?:ihnen|ihrer)\b|"
    rf"\b(?:gehört|ist)\s+(?:\w+\s+){{0,2}}?(?:ihnen|ihrer)\s+(?:auch\s+)?noch\s+{_SPAN}|"
    rf"\bist\s+noch\s+(?:knapp\s+|etwa\s+|ungefähr\s+|gut\s+)?{_SPAN}\s+gültig\b|"
    r"\b(?:is|'s)\s+yours\s+for\s+(?:the\s+next|another|a\s+further|\w+\s+more)\s+(?:\w+\s+){0,3}?"
    r"(?:minutes|hour)\b|"
    # claims112 (blind 43): the span fronted or after "noch" ("Zehn Minuten lang ist der Platz
    # noch Ihrer", "Der Platz gehört noch eine Viertelstunde Ihnen"), the place the caller's until
    # the call ends ("It stays yours until we hang up", "Der Termin bleibt für Sie frei, bis wir
    # aufgelegt haben")
    rf"\b{_SPAN}\s+lang\s+(?:gehört|ist)\s+(?:der|ihr|dieser)\s+platz\s+(?:noch\s+)?(?:ihnen|ihrer)\b|"
    rf"\b(?:gehört|ist)\s+noch\s+{_SPAN}\s+(?:lang\s+)?(?:ihnen|ihrer)\b|"
    r"\b(?:stays|remains|is|'s)\s+yours\s+(?:until|till|while)\s+(?:we|the\s+end|our|this)\b|"
    rf"\bbleibt\s+(?:noch\s+)?(?:{_SPAN}\s+)?für\s+sie\s+(?:frei|reserviert|geblockt|blockiert)\b"
    r"(?:[^.!?]*\b(?:bis|solange)\b)?"
)
# the speaker keeping a place for the caller for a span or until the call ends, said as what it
# does or will do (claims112, blind 43: "I'll hold the slot for you for ten minutes", "I'll keep
# Monday at nine for you for ten minutes"): the hold, named by the verb
_KEEPS = lazy(
    r"\b(?:i'll|i\s+will|we'll|we\s+will|i'm\s+going\s+to)\s+(?:\w+\s+)?(?:hold|keep|block)\b"
    r"[^.!?]*?\bfor\s+you\b[^.!?]*?\b(?:for\s+(?:the\s+next\s+|another\s+|a\s+further\s+)?"
    r"(?:\w+\s+){0,2}?(?:minutes|hour|quarter\s+of\s+an\s+hour)|until\s+(?:we|the\s+end|our)|"
    r"while\s+we)\b"
)
# "It's yours for another five minutes": the place the pronoun stands for (blind 35, claims80)
_ITS_YOURS = lazy(
    r"^\W*(?:\w+\W+)?(?:it's|it\s+is|it\s+stays|it\s+remains)\s+yours\s+(?:for|until|till|while)\b"
)
# a hold offered, asked or under a condition: "If you like, I'll hold it for you for ten minutes"
_OFFER = lazy(r"\?|\b(?:if|unless|want|like|shall|could|can|once|when)\b")
# "Der Termin bleibt für Sie frei, bis …": the appointment kept, not yet booked (claims112)
_TERM_KEPT = lazy(
    r"\b(?:der|dieser|ihr)\s+termin\s+bleibt\s+(?:noch\s+)?(?:\w+\s+){0,3}?für\s+sie\b"
)
_NAMED = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|uhr)\b|\d+\s*(?:uhr|h\b|am\b|pm\b)|\b(?:at|um)\s+\w+"
)
_BOOKED = lazy(r"\b(?:gebucht|eingetragen|fest|fix|bestätigt|booked|confirmed)\b")
# a rule for every hold, not this one's (convention 89): "normalerweise", "usually"
_RULE = lazy(
    r"\b(?:normalerweise|grundsätzlich|jeweils|regel|generell|usually|always|normally|"
    r"generally|typically)\b"
)
_OUTCOMES = frozenset({K.BOOKED, K.DONE, K.STANDS, K.HELD})


def hold_lasts(
    sentence: str, claims: tuple[Claim, ...], names: Names | None = None
) -> tuple[Claim, ...]:
    """`claims`, or HELD in place of the outcomes read in a hold said to last (above)."""
    if any(c.kind not in _OUTCOMES for c in claims):
        return claims
    text = fold(sentence).text
    held = _HOLD.search(text) or _ITS_YOURS.search(text) or _TERM_KEPT.search(text)
    lasts = (held and _LASTS.search(text)) or (_KEEPS.search(text) and not _OFFER.search(text))
    if not lasts or _BOOKED.search(text) or _RULE.search(text):
        return claims
    if _NAMED.search(text):
        # "Your hold on Friday at 10 lasts …": the hold of the place it names, in place of what
        # the readers read (blind 41, claims101: "The hold on Friday at 10am lasts another ten
        # minutes" is HELD of Friday at ten, false where none is held; the readers read
        # nothing, or the day without its time)
        if names is None:
            return claims
        details = read_details(_LASTS.sub(" ", text), names)
        return (Claim(K.HELD, 0, len(sentence), ClaimDetails(((Role.ANY, details),))),)
    return (Claim(K.HELD, 0, len(sentence)),)
