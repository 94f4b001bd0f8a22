"""States said with a time adverb (blind 29, claims55; conventions 5, 33, 40, 89, 92, 99).

A time adverb of state adds nothing to the claim it carries (92): "Sie sind noch immer fest
eingetragen", "Donnerstag um drei steht nach wie vor", "You're already booked" are bookings;
"Die Vormerkung besteht noch", "Hold in effect", "The reservation's still running" holds (not
a booking another reader took "steht" or "aktiv" for);
"That was cancelled a while ago" a cancellation; "noch nicht", "bislang nirgends", "bis dato",
"steht noch aus", "wartet noch auf die Buchung", "muss erst noch gebucht werden", "still needs
booking", "has yet to be booked", "is still to be confirmed", "ist noch zu buchen", "as of now
not booked", "I still have to book it" say the booking is not made yet (`not_booked`, 5, 33,
40), also as a fronted participle ("Durchgegangen ist die Buchung noch nicht") and in a
rhetorical question ("Wie soll ich 'gebucht' sagen, wenn noch nichts gebucht ist?"). Not: conditions ("Falls es noch nicht gebucht ist, …"), questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, rule

K = ClaimKind
_CONDITION = lazy(
    r"\b(?:wenn|falls|sofern|ob|if|whether|unless|once|sobald)\b|"
    # another person's appointment ("Der Termin Ihrer Tochter ist noch nicht gebucht")
    r"\b(?:ihre?s?|ihrer|ihrem|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|"
    r"freund\w*|son|daughter|husband|wife|friend|mother|father|partner\w*|kind\w*|kid\w*)\b|"
    # the caller's words reported ("Sie sagten, der Termin sei noch nicht gebucht")
    r"\b(?:sagten|sagen|meinten|meinen|said|say|saying|told|sei|wäre)\b|"
    # a time slot as the subject, not the caller's appointment ("Um elf ist noch nicht gebucht")
    r"^\W*(?:um|ab|gegen)\s+\w+(?:\s+uhr)?\s+(?:ist|sind)\b(?!.*\b(?:sie|ihr\w*|termin)\b)"
)
# a hold said upgraded ("Ihre Reservierung gilt jetzt verbindlich") is the booking it became
_UPGRADED = lazy(
    NOT_STATED.pattern + r"|\b(?:verbindlich\w*|fest|fix|bestätigt|definitiv|endgültig|gebucht|"
    r"binding|firm|final|confirmed|booked)\b|"
    # the salon's rule for any hold ("Eine Reservierung läuft nach zehn Minuten ab"), not the
    # caller's hold
    r"\b(?:eine|jede|a|any|every)\s+(?:reservierung|vormerkung|blockung|hold|reservation)\b|"
    r"\bläuft\b[^.;!?]*\bab\b"
)
# not "bestätigt": "Der Termin muss noch bestätigt werden", "reserviert, aber noch nicht
# bestätigt" are the salon's confirmation to come or a hold (gated labels), not a denial
_BOOKING_DE = r"(?:eingetragen|gebucht|durchgegangen|drin|fest\s+eingetragen|fix)"
_BOOKING_EN = r"(?:booked|confirmed|entered|in\s+the\s+(?:system|calendar|book))"


_r = rule


RULES = (
    # ------------------------------------------------------------------ not booked yet
    _r("de", K.NOT_BOOKED, r"noch|bisher|bislang|bis\s+jetzt|bis\s+dato",
       # fronted: "Durchgegangen ist die Buchung noch nicht", "Eingetragen bekommen habe ich Sie
       # bisher nicht"
       rf"^\W*{_BOOKING_DE}\b(?:\s+\w+){{1,5}}?\s+(?:bisher|bislang|noch|bis\s+jetzt)\s+nicht\b|"
       # "Bislang sind Sie nirgends eingetragen", "Noch sind Sie nicht drin", "Bis dato sind
       # Sie nicht eingetragen"
       r"\b(?:bisher|bislang|noch|bis\s+jetzt|bis\s+dato)\s+(?:\w+\s+){0,3}?(?:nicht|nirgends|"
       rf"nirgendwo)\s+(?:\w+\s+)?{_BOOKING_DE}\b|"
       # "Der muss erst noch gebucht werden"
       r"\b(?:muss|müsste)\s+(?:\w+\s+){0,2}?noch\s+(?:\w+\s+)?(?:gebucht|eingetragen)\s+werden\b|"
       # "Der Termin wartet noch auf die Buchung", "Eintrag: steht noch aus", "Die Buchung
       # steht noch aus"
       r"\bwartet\s+(?:\w+\s+)?noch\s+auf\s+(?:die|ihre|seine)\s+(?:buchung|eintragung)\b|"
       r"\b(?:buchung|eintrag|eintragung)\b\W+(?:\w+\s+)?steht\s+(?:\w+\s+){0,2}?noch\s+aus\b|"
       # a modal passive (blind 35, claims79): "Der Termin ist erst noch zu buchen", "Ihr
       # Termin ist noch einzutragen", "… bleibt noch zu buchen", "ist noch zu bestätigen"
       r"\b(?:ist|sind|bleibt|bleiben)\s+(?:\w+\s+){0,3}?noch\s+(?:zu\s+(?:buchen|bestätigen|"
       r"reservieren|vereinbaren|fixieren)|einzutragen|einzubuchen|festzumachen|festzulegen|"
       r"fest\s+zu\s+machen)\b",
       # "bleibt noch zu buchen": no state kept (claims79)
       unless=_CONDITION, clause=True, replaces=frozenset({K.BOOKED, K.DONE, K.STANDS})),
    _r("en", K.NOT_BOOKED, r"still|yet|as\s+of|so\s+far",
       r"\bstill\s+(?:needs|need|has\s+to\s+be|have\s+to\s+be)\s+(?:booking|booked|confirm\w*|"
       r"entering|entered)\b|"
       rf"\bstill\s+(?:not|isn't|aren't|hasn't\s+been)\s+(?:\w+\s+)?{_BOOKING_EN}\b|"
       r"\b(?:i|we)\s+still\s+(?:have|need)\s+to\s+(?:book|confirm|enter)\b|"
       rf"\b(?:has|have)\s+yet\s+to\s+be\s+{_BOOKING_EN}\b|"
       # a modal passive (blind 35, claims79): "It's yet to be confirmed", "The booking is yet
       # to be made", "Friday at ten is still to be booked"
       r"\b(?:is|are|'s|'re|remains?)\s+(?:still|yet)\s+to\s+be\s+(?:booked|confirmed|entered|"
       r"finali[sz]ed|locked\s+in|put\s+in|made|set\s+up)\b|"
       r"\bas\s+of\s+(?:now|yet|right\s+now|this\s+moment),?\s+(?:you're|you\s+are|it's|it\s+is)"
       rf"\s+not\s+(?:\w+\s+)?{_BOOKING_EN}\b|"
       r"\b(?:haven't|have\s+not|hasn't|has\s+not)\s+(?:yet\s+)?(?:managed|been\s+able)\s+to\s+"
       r"(?:book|confirm|get\s+(?:you|it)\s+(?:in|booked))\b",
       unless=_CONDITION, clause=True, replaces=frozenset({K.BOOKED, K.DONE})),
    # a rhetorical question: "How can I say it's booked when it isn't yet?"
    _r("", K.NOT_BOOKED, r"wie|how",
       r"\b(?:wie\s+(?:soll|kann|könnte)\s+ich|how\s+(?:can|could|should|am)\s+i)\b[^?]*?\b"
       r"(?:wenn|solange|when|while)\s+(?:noch\s+nichts|es\s+noch\s+nicht|er\s+noch\s+nicht|"
       r"nichts|it\s+isn't|it's\s+not|it\s+is\s+not|nothing\s+is|nothing's)\b",
       unless=None, questions=True),
    # ------------------------------------------------------------------ booked, still or already
    _r("de", K.BOOKED, r"noch\s+immer|immer\s+noch|nach\s+wie\s+vor|weiterhin|längst|schon\s+lange",
       r"\b(?:sie\s+sind|sind\s+sie|du\s+bist|bist\s+du|(?:ihr|der|dein)\s+termin\s+ist|"
       r"ist\s+(?:ihr|der|dein)\s+termin|der\s+ist|er\s+ist|ist\s+er)\s+(?:noch\s+immer|immer\s+noch|nach\s+wie\s+vor|"
       r"weiterhin|längst|schon\s+lange)\s+(?:fest\s+|fix\s+)?(?:eingetragen|gebucht|drin|"
       r"bestätigt)\b|"
       r"^\W*(?:am\s+)?\w+\s+(?:um\s+\w+|\w+\s+uhr)\s+(?:steht|stehen)\s+(?:immer\s+noch|"
       r"noch\s+immer|nach\s+wie\s+vor|weiterhin)\W*$"),
    _r("en", K.BOOKED, r"already|still",
       r"^\W*(?:you're|you\s+are|it's|it\s+is)\s+(?:already|still)\s+(?:booked|confirmed|"
       r"booked\s+in)\W*$"),
    # ------------------------------------------------------------------ held, still running
    _r("de", K.HELD, r"vormerkung|reservierung|blockung",
       r"\b(?:vormerkung|reservierung|blockung)\s+(?:läuft|besteht|gilt|steht|(?:ist\s+)?aktiv)\b",
       unless=_UPGRADED, replaces=frozenset({K.BOOKED})),
    _r("en", K.HELD, r"hold|reservation",
       r"^\W*(?:the\s+|your\s+)?(?:hold|reservation)(?:'s|\s+is)?\s+(?:still\s+)?(?:active|"
       r"in\s+place|in\s+effect|running|live)\b",
       unless=_UPGRADED, replaces=frozenset({K.BOOKED})),
    # ------------------------------------------------------------------ cancelled long ago
    _r("en", K.CANCELLED, r"ago|back|while",
       r"\b(?:that|it|your\s+appointment)\s+(?:was|got)\s+cancel+ed\s+(?:ages\s+ago|a\s+while\s+"
       r"(?:back|ago)|long\s+ago|some\s+time\s+ago|a\s+long\s+time\s+ago)\b"),
)  # fmt: skip
