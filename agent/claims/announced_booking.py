"""A booking of a named slot announced before its outcome (claims100; convention 670, the lead's
decision, as convention 620 reads an offer on the caller's yes).

"Dann buche ich Ihnen jetzt den Freitag um zehn ein", "Ich trage Sie jetzt für Samstag um elf bei
Lena ein", "Moment, ich buche Donnerstag um drei", "Ich gehe jetzt die Buchung für Freitag durch",
"Tragen wir Sie doch für Freitag ein", "I'm booking you in for Friday at ten now", "Let me put you down for Thursday at three",
"Ich werde Sie für Freitag um zehn eintragen", "I'll put you down for Friday at ten" (the future,
the lead's D53, convention 1120),
"Booking Thursday at three now" (blind 53, claims133): the
speaker says the act on a slot it names is under way or to come, so that slot is free for this
caller (AVAILABLE: offered or kept) and not booked yet (NOT_BOOKED), both with what the sentence
names. Also an act said to follow unless the caller objects ("…, außer Sie möchten lieber …",
"Unless you say otherwise, I'll book …", blind 34). Not: an announcement that names no slot
("Dann buche ich das jetzt": neutral), an offer on a wish ("Wenn Sie möchten, trage ich Sie …":
AVAILABLE alone, convention 2; on the caller's yes: `offer_on_yes.py`), a question, a denial, an
act of someone else, and a sentence that also tells an outcome ("…, so, das ist jetzt fest": the
outcome is what is said; any claim but a slot offered keeps the sentence as read).
"""

from __future__ import annotations

from agent.claims.answered_slot import placed
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

# the speaker's own act of booking, under way or to come (not a hold: "reserviere", "pencil")
_ACT = lazy(
    r"\b(?:(?:dann\s+|so\s+|gleich\s+|jetzt\s+)?(?:buche\s+ich|(?:trage|schreibe)\s+ich\b"
    r"[^.!?;]*?\b(?:ein|auf)\b)|ich\s+(?:\w+\s+){0,3}?(?:buche|(?:trage|schreibe)\b[^.!?;]*?\b"
    r"(?:ein|auf))\b|"
    r"(?:mache\s+ich|ich\s+mache)\b[^.!?;]*?\bfest\b|"
    # the future (the lead's D53, convention 1120): "Ich werde Sie für Freitag um zehn eintragen"
    # the slot between may be long or set off by commas ("Dann werde ich Donnerstag, 15 Uhr, für
    # Sie einbuchen", "Ich werde Sie jetzt für Donnerstag um 15 Uhr bei Fabian eintragen"; probe 55c)
    r"(?:ich\s+werde|werde\s+ich)\s+(?:[\w.:]+,?\s+){0,10}?(?:buchen|eintragen|einbuchen|"
    r"einschreiben|festmachen)\b|"
    r"ich\s+gehe\s+(?:\w+\s+){0,2}?die\s+buchung\b[^.!?;]*?\bdurch\b|"
    r"(?:buchen\s+wir|wir\s+buchen|(?:tragen|schreiben)\s+wir\b[^.!?;]*?\b(?:ein|auf)|"
    r"wir\s+(?:tragen|schreiben)\b[^.!?;]*?\b(?:ein|auf))\b|"
    r"lass\w*\s+(?:sie\s+)?uns\b[^.!?;]*?\b(?:festmachen|buchen|eintragen|einbuchen)\b|"
    r"(?:i'm|i\s+am|i'll|i\s+will)\s+(?:\w+\s+){0,2}?(?:booking|book|putting|put|adding|add|"
    r"getting|get)\b|"
    # blind 55 (claims152): the small model's present for the act now, "I (go ahead and) book …"
    r"\bi\s+(?:now\s+|just\s+)?book\b|"
    r"let(?:\s+me|'s|\s+us)\s+(?:\w+\s+){0,2}?(?:book|put|get)\b|"
    # blind 53 (claims133): the gerund alone, "Booking Thursday at three now, …"; blind 54
    # (claims152): after thanks and the caller's name, "Thanks, Jordan, booking Saturday …"
    r"^\W*(?:(?:okay|ok|right|alright|so|fine|great|perfect|thanks|thank\s+you)"
    r"(?:,\s*\w+(?=,))?,?\s+)*(?:booking|putting\s+you\s+"
    r"(?:in|down)|getting\s+you\s+(?:in|booked))\b)"
)
# in English, the act's target: a booking, not a call put through or a note added
_BOOKING_EN = lazy(
    r"\b(?:book\w*|put(?:ting)?\s+(?:\w+\s+){0,4}?(?:down|in|through(?!\s+to))|add(?:ing)?\s+you|"
    r"get(?:ting)?\s+(?:you|it|that)\s+(?:booked|in|down))\b"
)
# the act said to follow unless the caller objects (blind 34): not a condition it waits on
_UNLESS = lazy(
    r"\b(?:(?:wenn|falls|sofern)\s+(?:sie\s+)?nichts\s+dagegen\s+(?:spricht|haben)|"
    r"außer\s+sie\b[^,.;]*|es\s+sei\s+denn\b[^,.;]*|unless\b[^,.;]*)"
)
# a wish or a condition the act waits on (convention 2's offers), past acts, denials, questions,
# other acts than a booking
_NOT = lazy(
    r"\b(?:wenn|falls|sofern|ob|if|would|würde|könnte|could|should|sollte|soll|shall|habe|hab|"
    r"haben|hatte|hatten|have|had|um\s+auf|nicht|nichts|kein\w*|not|never|no|wollte|wanted|gerne?|sobald|once|after|"
    r"nachdem|storn\w*|cancel\w*|verschieb\w*|resched\w*|move|ab|aus|reservier\w*|hold|"
    r"pencil\w*)\b|n't\b|\?"
)
# "Ich gehe jetzt die Buchung für Freitag durch": the act's particle, not "die Buchung ist durch"
_GOING_THROUGH = lazy(r"\bich\s+gehe\s+(?:\w+\s+){0,2}?die\s+buchung\b[^.!?;]*?\bdurch\W*$")
# the act narrated while it runs, its outcome told after the pause (blind 15; the guard also reads
# each spoken piece alone, so the piece before the pause is no announcement either)
_PAUSED = lazy(r"(?:\.\.\.|…)")
_OUTCOME = frozenset(ClaimKind) - {ClaimKind.AVAILABLE, ClaimKind.NOT_BOOKED}


def announced_booking(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the named slot of a booking announced before its outcome (above)."""
    if _GOING_THROUGH.search(normalize(sentence)):
        claims = tuple(c for c in claims if c.kind not in (ClaimKind.BOOKED, ClaimKind.DONE))
    if any(c.kind in _OUTCOME for c in claims) or any(
        c.kind is ClaimKind.NOT_BOOKED for c in claims
    ):
        return claims  # an outcome told, or the slot already read as not booked
    text = normalize(sentence)
    if _PAUSED.search(text):
        return claims  # "Ich buche Sie für Freitag um zehn ein … okay, fertig": told by its end
    act = _ACT.search(text)
    if act is None or _NOT.search(_UNLESS.sub(" ", text)):
        return claims
    if act.group().startswith(("i'", "i ", "let")) and not _BOOKING_EN.search(text, act.start()):
        return claims  # "I'll put you through to the salon", "I'll add a note"
    details = read_details(text, names)
    if not placed(details):
        return claims  # "Dann buche ich das jetzt": no slot named, neutral
    named = ClaimDetails(((Role.ANY, details),))
    whole = (0, len(sentence))
    kept = claims
    if not any(c.kind is ClaimKind.AVAILABLE for c in kept):
        kept = (*kept, Claim(ClaimKind.AVAILABLE, *whole, named))
    return (*kept, Claim(ClaimKind.NOT_BOOKED, *whole, named))
