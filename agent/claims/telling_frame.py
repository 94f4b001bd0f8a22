"""A claim wrapped in a modal frame of telling, put as the plain telling the reader takes (blind
23's false blocks, claims40; a step of `reworded`).

"Leider muss ich Ihnen mitteilen, dass Ihr Termin am Freitag storniert ist", "Ich darf Ihnen
sagen, dass …", "I have to tell you that …": the frame ("muss", "darf", "kann", "möchte" with
"Ihnen sagen / mitteilen", "I have to / must / regret to tell you") asserts the clause it
introduces, as "Ich sage Ihnen, dass …" does; the modal is not an obligation nor a wish left
open. A frame denied ("Ich kann Ihnen nicht sagen, dass …") is left as it is. The German frame is put as "Ich sage Ihnen, dass"; the English one is left out (the
clause after it is a main clause).

Blind 34 (claims75): a pleasure taken in confirming ("Es ist mir eine Freude, Ihnen die Buchung
zu bestätigen", "Ich freue mich, Ihnen Ihren Termin zu bestätigen") is the confirmation said, as
"Ich bestätige Ihnen die Buchung" (76: a frame of telling does not change the claim it wraps).

Blind 36 (claims83): a denial told in a factive frame ("Leider muss ich Ihnen sagen, dass noch
nichts gebucht ist", "Mir ist aufgefallen, dass Ihr Termin gar nicht eingetragen ist", "Ich habe
gesehen, dass …") is the denial said plainly, in main-clause order ("Es ist noch nichts gebucht",
"Ihr Termin ist gar nicht eingetragen"): the reader takes a denial only there. Only a denied
complement is put so (the frame's own claims stay as they were read); a belief ("Sie glauben,
dass …") is no factive frame. English: an emotive frame over the caller's appointment ("I'm
pleased your appointment is set", "I'm glad your booking went through") asserts it (45); the
bare frame before anything else ("I'm glad we could lock that in") is left to the reader. So is
a request said where it lies ("Ich darf Ihnen sagen, dass Ihre Anfrage beim Salon liegt" is
"Ihre Anfrage liegt beim Salon").

Blind 55 (claims141): a frame that announces how the answer is put, before a colon ("Sagen wir so:
reserviert ist er sicher, …", "Let's put it this way: it's definitely held, …"), and a best guess
("My best guess is that it's in, …": a loose hedge keeps the claim, 511) are no claim of their
own: the telling after them is read.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE = lazy(
    r"^\W*(?:leider\s+|es\s+tut\s+mir\s+leid,?\s+(?:aber\s+)?)?(?:(?:muss|darf|kann|möchte|will)"
    r"\s+ich|ich\s+(?:muss|darf|kann|möchte|will))\s+ihnen\s+(?:(?!nicht\b|nie\b|kaum\b|keinesfalls\b)\w+\s+){0,2}?(?:mitteilen|sagen|berichten|melden)\s*,?\s*dass\s+",
    re.IGNORECASE,
)
_DE_PLEASURE = lazy(
    r"^\W*(?:es\s+ist\s+mir\s+eine\s+(?:große\s+|besondere\s+)?freude|ich\s+freue\s+mich|"
    r"es\s+freut\s+mich)\s*,?\s+ihnen\s+(?P<obj>[^,.!?]+?)\s+zu\s+bestätigen(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:(?:unfortunately|sadly|i'm\s+afraid),?\s+)?i\s+(?:have\s+to|must|regret\s+to|need\s+to)"
    r"\s+(?:tell|inform)\s+you\s+(?:that\s+)?|"
    # blind 36 (claims82): emotive and factive frames assert their complement (convention 45):
    # "I'm sorry to say …", "You'll be pleased to know …", "I've noticed …" (not a bare "I'm glad
    # …": "I'm glad we could lock that in" is the implicative the reader takes whole)
    r"^\W*(?:i(?:'m|\s+am)\s+(?:sorry|sad|afraid|glad|happy|pleased|delighted)\s+to\s+(?:say|report|"
    r"tell\s+you|let\s+you\s+know)|you(?:'ll|\s+will)\s+be\s+(?:pleased|glad|happy|delighted)\s+to\s+"
    r"(?:know|hear)|"
    r"i(?:'ve|\s+have)\s+(?:just\s+)?noticed)\s+(?:that\s+)?(?=(?:your|it|it's|nothing|you're|we)\b)",
    re.IGNORECASE,
)

# blind 55 (claims141): a frame that announces how the answer is put, before a colon ("Sagen wir
# so: reserviert ist er sicher, …", "Let's put it this way: it's definitely held, …") or a best
# guess ("My best guess is that it's in": a loose hedge keeps the claim, 511), is no claim of its
# own; what follows it is the telling
_PUT_SO = lazy(
    r"^\W*(?:sagen\s+wir(?:\s+es)?\s+(?:mal\s+)?so|ich\s+sag(?:e|')?(?:\s+es)?\s+mal\s+so|"
    r"let's\s+put\s+it\s+(?:this|that)\s+way|let\s+me\s+put\s+it\s+(?:this|that)\s+way|"
    r"put\s+it\s+(?:this|that)\s+way)\s*:\s*(?=\w)|"
    r"^\W*my\s+(?:best\s+)?guess\s+is\s+(?:that\s+)?(?=(?:it|it's|you|you're|your|the)\b)",
    re.IGNORECASE,
)

# blind 36 (claims83): a factive frame and a denied complement in subordinate order
_DE_FACTIVE = (
    r"^\W*(?:leider\s+)?(?:ich\s+sage\s+ihnen|ich\s+weiß|"
    r"mir\s+ist\s+(?:gerade\s+|eben\s+|leider\s+|jetzt\s+)*aufgefallen|"
    r"ich\s+(?:habe|hab)\s+(?:gerade\s+|eben\s+|leider\s+|jetzt\s+)*(?:gesehen|bemerkt|"
    r"festgestellt)|ich\s+sehe(?:\s+(?:gerade|eben|leider|jetzt|hier))*|"
    r"es\s+tut\s+mir\s+leid,?\s+ihnen\s+(?:sagen|mitteilen)\s+zu\s+müssen)\s*,?\s*dass\s+"
)
_TAIL = r"(?P<part>[a-zäöüß]+)\s+(?:ist|wurde|worden\s+ist)(?P<end>\s*[.!]?\s*)$"
_DE_DENIED_NP = lazy(
    _DE_FACTIVE
    + r"(?P<np>(?:ihr|ihre|der|die)\s+[a-zäöüß-]+(?:\s+(?:am|bei|um|mit)\s+[a-zäöüß-]+)*)\s+"
    r"(?P<neg>(?:(?:noch|gar|überhaupt|leider|bisher|eigentlich|doch)\s+)*nicht\s+"
    r"(?:mehr\s+|fest\s+|richtig\s+)?)" + _TAIL,
    re.IGNORECASE,
)
_DE_DENIED_NOTHING = lazy(
    _DE_FACTIVE
    + r"(?P<neg>(?:(?:noch|bisher|leider|überhaupt|gar|jetzt)\s+)*nichts\s+(?:fest\s+|richtig\s+)?)"
    + _TAIL,
    re.IGNORECASE,
)
# a request or appointment said where it lies: "dass Ihre Anfrage beim Salon liegt"
_DE_LIES = lazy(
    _DE_FACTIVE
    + r"(?P<np>(?:ihr|ihre)\s+[a-zäöüß-]+)\s+(?P<pp>(?:beim|bei\s+dem|im|in\s+der|auf\s+der)\s+"
    r"[a-zäöüß-]+)\s+(?P<verb>liegt|ist|steht)(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_EMOTIVE = lazy(
    r"^\W*i(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+)?(?:pleased|glad|happy|delighted|relieved)"
    r"\s+(?:that\s+)?(?=your\s+(?:appointment|booking|visit|slot)\b)",
    re.IGNORECASE,
)


def plain_telling(sentence: str, lang: str) -> str:
    """`sentence` with a modal frame of telling put plainly (unchanged when it has none)."""
    put = _PUT_SO.sub("", sentence, count=1)
    if put != sentence:  # "Sagen wir so: …": the telling after it, its first word capitalized
        sentence = put[:1].upper() + put[1:]
    if lang == "de":
        sentence = _DE_PLEASURE.sub(r"Ich bestätige Ihnen \g<obj>\g<end>", sentence, count=1)
        sentence = _DE.sub("Ich sage Ihnen, dass ", sentence, count=1)
        sentence = _DE_DENIED_NP.sub(r"\g<np> ist \g<neg>\g<part>\g<end>", sentence, count=1)
        sentence = _DE_LIES.sub(r"\g<np> \g<verb> \g<pp>\g<end>", sentence, count=1)
        return _DE_DENIED_NOTHING.sub(r"Es ist \g<neg>\g<part>\g<end>", sentence, count=1)
    return _EN_EMOTIVE.sub("", _EN.sub("", sentence, count=1), count=1)
