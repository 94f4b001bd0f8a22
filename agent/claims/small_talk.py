"""Sentences of small talk and advice that claim nothing, though a reader reads a claim in them
(blind 17's false blocks, claims27), one pattern per class:

- a pleasantry: "Lovely to hear from you", "Schön, von Ihnen zu hören" (no callback promised);
- the caller asked to call again: "Überlegen Sie in Ruhe und rufen Sie wieder an", "Give us a
  call" (the caller calls; no callback promised);
- earlier visits told as a habit: "Früher kamen Sie immer samstags, nicht?", "You used to come
  in on Saturdays, didn't you?";
- the weather and the opening hours: "Typical Berlin weather today, isn't it?", "ob wir
  samstags offen haben – ja, bis sechzehn Uhr" (a claim read with no claim word in it);
- what there is at the salon: "Punkt zwei: es gibt Wasser und Kaffee", "Obwohl Samstag voll ist,
  gibt's unter der Woche sicher was" (no slot named as free);
- how things stand, said as a manner: "ich sag Ihnen immer ehrlich, wie's steht";
- what "das" meant, said after a dash: "Das hab ich schon abgehakt im Kopf – äh, das Thema mit
  dem Parken, meine ich" (a topic, not the appointment);
- advice for when the caller has an appointment: "When you've got your appointment, remember to
  come with unwashed hair";
- blind 33 (claims72): thanks for the call, for waiting or for patience, said as the whole
  sentence ("Thanks for holding", "Danke, dass Sie bei Salon Spitzer anrufen"): "holding" is the
  caller on the line, not a slot held, and a call thanked for promises no callback;
- the caller's habit said in the present, as the whole sentence or with a tag ("Sonst kommen Sie
  doch immer freitags, oder?", "You usually come in on Tuesdays, right?"): no visit booked.

Each drops only claims of the kinds it names, and only where its pattern is in the claim's own
words or the sentence; a claim with a claim word of its own stays ("Lovely to hear from you.
Your appointment on Friday is now confirmed" keeps the booking).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS})
_CLAIM_WORD = lazy(
    r"buch|book|bestätig|confirm|eingetragen|trage|storn|cancel|abgesagt|verschob|verleg|moved|"
    r"reserv|termin|appointment|slot|platz"
)
_PLEASANTRY = lazy(
    r"\b(?:lovely|nice|good|great|glad|happy|wonderful|so\s+nice)\s+(?:\w+\s+)?to\s+hear\s+from\s+"
    r"you\b|\bschön,?\s+(?:\w+\s+)?von\s+ihnen\s+zu\s+hören\b"
)
_CALLER_CALLS = lazy(
    r"(?:^|[,.;:–]|\bund)\s*(?:(?:dann|gern|gerne|einfach|bitte|doch)\s+)*rufen\s+sie\s+"
    r"(?:(?:uns|doch|einfach|gern|gerne|bitte|jederzeit|später)\s+)*(?:wieder|nochmal|noch\s+mal|"
    r"erneut|gern|gerne)?\s*an\b|\b(?:give\s+us\s+a\s+(?:call|ring)|call\s+us(?:\s+back)?|"
    r"ring\s+us)\b"
)
_HABIT = lazy(
    r"\bused\s+to\s+(?:come|be|have|book|visit|see|get)\b|"
    r"\bfrüher\s+(?:kamen|kam|waren|war|hatten|hatte|gingen)\b|"
    r"\b(?:kamen|waren|hatten)\s+sie\s+früher\b"
)
_WEATHER_HOURS = lazy(
    r"\b(?:weather|wetter|geöffnet|opening\s+hours|öffnungszeit\w*|offen\s+haben)\b|"
    r"\b(?:wir|we)\s+(?:\w+\s+)?(?:offen|open)\b"
)
_THERE_IS = lazy(
    r"\bes\s+gibt\s+(?:\w+\s+)?(?:wasser|kaffee|tee|wlan|getränke|parkplätze)\b|"
    r"\bgibt'?s\s+(?:\w+\s+){0,4}?(?:sicher|bestimmt|schon)\s+(?:was|etwas)\b"
)
_MANNER = lazy(r"\bwie(?:'s|\s+es)\s+(?:steht|aussieht)\b|\bhow\s+things\s+stand\b")
_MEANT = lazy(
    r"[–—-]\s*(?:\w+\W+){0,2}?(?:das|the)\s+(?:thema|frage|sache|question|thing)\b"
    r"[^–—]*\b(?:meine\s+ich|i\s+mean)\W*$"
)
_ADVICE = lazy(
    r"^\W*(?:when|once|after)\s+you(?:'ve|\s+have)\s+(?:got|booked|made)\s+[^,]*,\s*"
    r"(?:remember|please|don't|do\s+not|bring|come|make\s+sure)\b"
)
# blind 33 (claims72): the whole sentence a thanks for the call or the wait
_THANKS_CALL = lazy(
    r"^\W*(?:(?:thanks?|thank\s+you|many\s+thanks|cheers)\s+(?:(?:so\s+much|a\s+lot|very\s+much|"
    r"again)\s+)?for\s+(?:holding(?:\s+on)?|holding\s+the\s+line|waiting|hanging\s+on|your\s+"
    r"patience|bearing\s+with\s+(?:me|us)|your\s+call|calling(?:\s+(?:\w+\s+){0,3}?\w+)?)|"
    r"(?:danke(?:\s+schön|\s+sehr)?|(?:vielen|herzlichen|besten)\s+dank),?\s+(?:dass\s+sie\s+"
    r"(?:\w+\s+){0,4}?(?:anrufen|angerufen\s+haben|gewartet\s+haben|warten|dranbleiben|"
    r"drangeblieben\s+sind|dran\s+geblieben\s+sind)|für\s+(?:ihren\s+anruf|ihre\s+geduld|das\s+"
    r"warten)(?:\s+(?:\w+\s+){0,3}?\w+)?|fürs\s+(?:warten|dranbleiben|anrufen)))\W*$"
)
# blind 33 (claims72): the caller's habit in the present, the whole sentence, a tag after it
_HABIT_NOW = lazy(
    r"^\W*(?:(?:sonst|normalerweise|meistens|gewöhnlich|üblicherweise)\s+kommen\s+sie|"
    r"kommen\s+sie\s+(?:(?:nicht|doch|ja)\s+){0,2}(?:sonst|immer|meistens|normalerweise|"
    r"gewöhnlich|üblicherweise)|sie\s+kommen\s+(?:(?:doch|ja)\s+){0,2}(?:sonst|immer|meistens|"
    r"normalerweise)|you\s+(?:usually|normally|always|generally|typically)\s+come)"
    r"[^,.;:!?–—]*(?:,\s*(?:oder|nicht|nicht\s+wahr|gell|ne|right|don't\s+you|isn't\s+it))?\W*$"
)
_PLEA = lazy(r"\b(?:bitte|please)\b")  # "Kommen Sie bitte wie immer …": an instruction

# a word every class above needs (on the sentence as said, case ignored)
_QUICK = lazy(
    r"hear\s+from|hören|rufen|call\s+us|ring\s+us|give\s+us|used\s+to|früher|weather|wetter|"
    r"geöffnet|opening|öffnungszeit|offen|open|gibt|wie'?s|wie\s+es|how\s+things|meine\s+ich|"
    r"i\s+mean|when\s+you|once\s+you|after\s+you|thank|dank|kommen\s+sie|usually|normally|always|"
    r"generally|typically",
    re.IGNORECASE,
)


def habit_said(text: str) -> bool:
    """Whether the folded `text` is only the caller's habit in the present (blind 33, claims72):
    "Sonst kommen Sie doch immer freitags, oder?" — no visit booked, nothing asked of them."""
    return _HABIT_NOW.search(text) is not None and not _PLEA.search(text)


def without_small_talk(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those read in small talk or advice of the classes above."""
    if not claims or not _QUICK.search(sentence):
        return claims  # most sentences: none of the classes' words
    text = fold(sentence).text

    def spoken(c: Claim) -> str:
        return fold(sentence[c.start : c.end]).text

    if (_THANKS_CALL.search(text) or habit_said(text)) and not _CLAIM_WORD.search(text):
        return ()  # the whole sentence is the thanks or the habit: nothing else is said

    def keep(c: Claim) -> bool:
        own = spoken(c)
        if c.kind is K.FOLLOW_UP and (_PLEASANTRY.search(own) or _CALLER_CALLS.search(own)):
            return False
        if c.kind in _OUTCOMES and _HABIT.search(text):
            return False
        if c.kind in _OUTCOMES and _WEATHER_HOURS.search(text) and not _CLAIM_WORD.search(own):
            return False
        if c.kind is K.AVAILABLE and _THERE_IS.search(own):
            return False
        if c.kind is K.BOOKED and _MANNER.search(own) and not _CLAIM_WORD.search(own):
            return False
        if c.kind in (K.DONE, K.BOOKED) and _MEANT.search(text) and not _CLAIM_WORD.search(text):
            return False
        return not (c.kind is K.BOOKED and _ADVICE.search(own))

    return tuple(c for c in claims if keep(c))
