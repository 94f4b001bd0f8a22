"""The caller's wish read back (blind 25's false blocks, claims44): one job, dropping the slot
or booking a read-back of what the caller wants seemed to claim.

"Freitag um zehn hätten Sie gern, bei Fabian", "Sie tendieren zu zehn Uhr, habe ich notiert",
"So that's Friday at ten you're after", "Friday at ten is your preferred slot, then", "So
Thursday at three would suit you better": the caller's wish (a verb of wanting with "Sie" or
"you", or "your preferred …") is said back, nothing is said done or free (convention 46). Noting
the wish ("habe ich notiert") notes the wish, not a booking.

A sentence that also says the slot is booked, held, free or the caller's ("…, and that's what
you've got", "Freitag um zehn ist eingetragen") keeps every claim.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.presupposed_noun import noted_at_visit

K = ClaimKind
_WISH = lazy(
    r"\b(?:hätten|möchten|wünschen|bräuchten|nähmen)\s+sie\s+(?:\w+\s+)?(?:gern|lieber|"
    r"also|am\s+liebsten)\b|\bsie\s+(?:hätten|möchten|wünschen|nähmen)\s+(?:\w+\s+)?"
    r"(?:gern|lieber|also)\b|\bsie\s+tendieren\b|\bwäre\s+ihnen\s+(?:\w+\s+)?lieber\b|"
    r"\bwürde\s+ihnen\s+(?:\w+\s+)?(?:besser|lieber|eher)\s+passen\b|"
    r"\byou(?:'re|\s+are)\s+(?:after|hoping\s+for|looking\s+for|leaning\s+towards?)\b|"
    r"\byou(?:'d|\s+would)\s+(?:like|prefer|rather)\b|\byour\s+(?:preferred|favourite|"
    r"favorite|first\s+choice|ideal)\b|\bwould\s+(?:suit|work\s+(?:better\s+)?for)\s+you\b|"
    # blind 29 (claims56): "Saturday afternoon works best for you", "passt Ihnen am besten"
    r"\bworks?\s+(?:best|better)\s+for\s+you\b|\bsuits?\s+you\s+(?:best|better)\b|"
    r"\bpasst\s+ihnen\s+(?:\w+\s+)?am\s+besten\b"
)
# an acknowledgement before the read-back ("Got it: …", "Okay, …") says nothing of the slot
_ACKNOWLEDGED = lazy(
    r"^\W*(?:got\s+it|okay|ok|alright|understood|verstanden|alles\s+klar|gut)\s*[:,.!–—-]\s*"
)
# the slot also said booked, held, free or the caller's
_ALSO_SAID = lazy(
    r"\b(?:gebucht|eingetragen|reserviert|bestätigt|fest|drin|frei|steht|haben\s+sie\s+jetzt|"
    r"booked|confirmed|reserved|held|free|available|open|you've\s+got|you\s+have|is\s+yours|"
    r"ist\s+ihrer|you're\s+in|is\s+in|got\s+it)\b|"
    r"\bihr\w*\s+(?:\w+\s+)?\w*termin\w*|\byour\s+(?:\w+\s+)?(?:appointment|booking|visit)\b"
)
# the caller's hope said back with what they hope for (claims116, blind 42's "Sie hoffen, dass am
# Freitag noch etwas frei ist – ich schaue nach", "You're hoping Friday works out, let me check"):
# the hoped clause, up to the speaker's next words, is theirs; "free" in it is no claim of the
# speaker's, "– und um elf ist tatsächlich etwas frei" after it is
_HOPE = lazy(
    r"\b(?:sie\s+(?:hoffen|hofften|hatten\s+gehofft)|(?:hoffen|hofften)\s+sie|"
    r"you(?:'re|\s+are|\s+were)\s+hoping|you\s+(?:hope|hoped|had\s+hoped))\b"
    r"[^–—;:.!?]*?(?=\s*(?:[–—;:.!?]|,\s*(?:ich|wir|und|aber|doch|let|i|i'll|we|and|but|so)\b)|$)"
)
# a wish inside an exception is no read-back (blind 34): "…, außer Sie möchten lieber …",
# "…, unless you'd rather …"
_EXCEPTION_TAIL = lazy(r"\b(?:außer|ausser|es\s+sei\s+denn|unless|except)\b.*$")
# a tag asking the caller to confirm the read-back is no offer (blind 51, claims128: "Right, so
# you're after a perm on Friday, yeah?")
# a wish as the condition of an offer is no read-back (probe 55c: "If you'd like, I can go ahead
# and book Thursday at 3 p.m.", convention 2's offer on a wish): the condition says nothing back
_OFFER_CONDITION = lazy(
    r"\b(?:if|should|whenever)\s+you(?:'d|\s+would)\s+(?:like|prefer|rather)(?:\s+(?:it|that|to))?"
    r"(?=\s*[,–—]|\s+i\b|\s+we\b)"
)
_TAG = lazy(
    r",\s*(?:yeah|yes|right|correct|is\s+that\s+(?:right|correct)|have\s+i\s+got\s+that\s+right|"
    r"gell|oder|richtig|stimmt\s+das|ist\s+das\s+(?:richtig|korrekt))\s*\?\s*$"
)
_DROPPED = frozenset({K.BOOKED, K.AVAILABLE, K.HELD})


def without_wish_read_back(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the slot or booking a read-back of the caller's wish made (see above)."""
    if not any(c.kind in _DROPPED for c in claims):
        return claims
    text = fold(sentence).text
    text = _ACKNOWLEDGED.sub("", text)
    text = _TAG.sub(".", _EXCEPTION_TAIL.sub("", _OFFER_CONDITION.sub("if so", text)))
    hoped = _HOPE.search(text)
    if hoped is not None:
        text = text[: hoped.start()] + "hoped" + text[hoped.end() :]
    wished = hoped is not None or _WISH.search(text)
    if "?" in text or not wished or _ALSO_SAID.search(text):  # a question offers
        return claims
    if noted_at_visit(sentence):  # claims151 (blind 43): "I've noted on your Friday perm that
        return claims  # you'd like it a bit looser": the wish is the note's, the perm is booked
    return tuple(c for c in claims if c.kind not in _DROPPED)
