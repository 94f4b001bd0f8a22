"""A claim behind a hedge or a preamble, read as the plain claim it is (blind 14).

The readers take "I'd say", "if I'm reading this right", "wie Sie gerade gehört haben" or
"although it took a couple of tries" for reported speech, a condition or a concession and read no
claim after them; a modal hedge ("wird wohl gebucht sein", "dürfte durch sein", "should have gone
through", "probably") leaves the claim unread too. Said to a caller, each still tells them the
appointment is booked, cancelled or moved. `plain_statement` gives the sentence without the hedge
or preamble ("I'd say you're all booked" -> "you're all booked", "Der Termin wird jetzt wohl
gebucht sein" -> "Der Termin ist jetzt gebucht", "Also fürs Protokoll: Freitag … ist eingebucht"
-> "Freitag … ist eingebucht"), or None when it has none; the caller of `plain_statement`
(`amended`) reads that sentence as any other and adds its claims to the sentence's.

Not: a hedge before a question, a preamble before a sentence that claims nothing (the plain
sentence is read by the same readers, so "I'd say the mornings are quieter" stays a non-claim),
"if" or "wenn" of a real condition (only the fixed "if I'm reading this right" is taken away).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# openers taken away at the start of the sentence (after "so", "also", "okay")
_OPENER_EN = lazy(
    r"^\W*(?:(?:so|okay|ok|right|well|alright),?\s+)?(?:"
    r"(?:i'd|i\s+would)\s+say|i\s+(?:reckon|gather|believe|think)|"
    r"if\s+i'm\s+reading\s+(?:this|that|it)\s+(?:right|correctly)|"
    r"from\s+what\s+i\s+(?:can\s+)?see(?:\s+here)?|as\s+far\s+as\s+i\s+(?:can\s+)?(?:tell|see|know)|"
    r"by\s+the\s+look\s+of\s+(?:it|things)|"
    r"as\s+(?:i\s+(?:said|mentioned)|you\s+(?:heard|just\s+heard))(?:\s+a\s+moment\s+ago|\s+earlier|"
    r"\s+before|\s+just\s+now)?|"
    r"(?:so\s+)?for\s+the\s+record|just\s+so\s+it's\s+on\s+record|just\s+to\s+confirm|"
    r"to\s+sum\s+(?:it\s+all\s+|things\s+|it\s+)?up|to\s+recap|in\s+short|all\s+in\s+all|"
    r"(?:although|even\s+though|though|even\s+if)\s+[^,;:.!?]{3,60}|"
    # an apology, a hope or a remark before a colon or dash (blind 15)
    r"(?:sorry|pardon|apologies|my\s+apologies|i\s+apologi[sz]e|i\s+hope|hope|that\s+was\s+(?:easy|"
    r"quick|simple|fast)|good\s+news|by\s+the\s+way)[^:;.!?–—]{0,60}(?=\s*[:–—])"
    r")\s*[,:–—-]?\s*(?:that\s+)?",
    re.IGNORECASE,
)
_OPENER_DE = lazy(
    r"^\W*(?:(?:also|so|okay|gut),?\s+)?(?:"
    r"(?:so\s*weit|soweit)\s+ich\s+(?:das\s+)?(?:sehe|weiß|erkennen\s+kann|sehen\s+kann)|"
    r"wenn\s+ich\s+(?:das|es)\s+richtig\s+(?:lese|sehe)|"
    r"ich\s+würde\s+sagen|"
    r"nach\s+meinem\s+(?:stand|kenntnisstand|wissen)|meines\s+wissens|laut\s+meinem\s+stand|"
    r"wie\s+(?:sie\s+(?:gerade|eben|ja)\s+(?:gehört\s+haben|mitbekommen\s+haben)|"
    r"ich\s+(?:eben|gerade|vorhin)\s+(?:schon\s+)?(?:sagte|gesagt\s+habe))|"
    r"(?:also\s+)?fürs\s+protokoll|zusammenfassend(?:\s+lässt\s+sich\s+sagen|\s+gesagt)?|"
    r"kurz\s+gesagt|kurz\s+und\s+gut|nur\s+damit\s+es\s+feststeht|nur\s+zur\s+sicherheit|"
    r"(?:obwohl|obgleich|auch\s+wenn|selbst\s+wenn)\s+[^,;:.!?]{3,60}|"
    # an apology, a hope or a remark before a colon or dash (blind 15)
    r"(?:entschuldigung|entschuldigen\s+sie|verzeihung|pardon|sorry|tut\s+mir\s+leid|ich\s+hoffe|ging\s+ja\s+schnell|"
    r"das\s+ging\s+(?:ja\s+)?schnell|gute\s+nachrichten?|übrigens)[^:;.!?–—]{0,60}(?=\s*[:–—])"
    r")\s*[,:–—-]?\s*",
    re.IGNORECASE,
)
# modal hedges inside the claim, said as the plain claim
_MODAL_EN = (
    (lazy(r"\b(you|we|they)\s+(?:should|ought\s+to)\s+(now|already)\s+be\b", re.I), r"\1 are \2"),
    (lazy(r"\b(?:should|ought\s+to)\s+(now|already)\s+be\b", re.IGNORECASE), r"is \1"),
    (lazy(r"\b(you|we|they)\s+should\s+be\b", re.IGNORECASE), r"\1 are"),
    (lazy(r"\bshould\s+be\b", re.IGNORECASE), "is"),
    # claims116 (probe 42b's "Your appointment ought to sit on Thursday at 3 pm now")
    (lazy(r"\b(?:should|ought\s+to)\s+(sit|show|stand)\b", re.IGNORECASE), r"\1s"),
    (lazy(r"\b(?:should|ought\s+to|must)\s+have\s+(?!to\b)", re.IGNORECASE), "has "),
    (lazy(r"\b(you|we|they)\s+ought\s+to\s+be\b", re.IGNORECASE), r"\1 are"),
    (lazy(r"\bought\s+to\s+be\b", re.IGNORECASE), "is"),
    # blind 42 (claims103): "might well be booked", "must still be reviewing your request"
    (lazy(r"\b(you|we|they)\s+(?:might|may|could)\s+well\s+be\b", re.IGNORECASE), r"\1 are"),
    (lazy(r"\b(?:might|may|could)\s+well\s+be\b", re.IGNORECASE), "is"),
    (lazy(r"\b(?:must)\s+(?=(?:still|already)\s+be\b)", re.IGNORECASE), "is "),
    (lazy(r"\bis\s+(still|already)\s+be\s+", re.IGNORECASE), r"is \1 "),
    (lazy(r"\b(?:probably|presumably|most\s+likely|likely)\s+", re.IGNORECASE), ""),
    (lazy(r"\bdid\s+get\b", re.IGNORECASE), "got"),
    (lazy(r"^\W*(?:it\s+)?(?:appears|seems|looks)\s+(?:like|as\s+if|that)?\s*", re.I), ""),
    # the opener's hedge after a conjunction, inside the sentence (claims145, blind 50: "The
    # system threw an error but I think it went through")
    (
        lazy(
            r"\b(but|and|though|so)\s+i\s+(?:think|believe|reckon|gather|guess)\s+(?:that\s+)?",
            re.I,
        ),
        r"\1 ",
    ),
)
_MODAL_DE = (
    (lazy(r"\b(?:wird|dürfte|müsste|sollte)\s+(.{1,60}?)\s+sein\b", re.I), r"ist \1"),
    (lazy(r"\b(?:dürften|müssten)\s+(.{1,60}?)\s+sein\b", re.I), r"sind \1"),
    (lazy(r"\b(?:wohl|vermutlich|wahrscheinlich)\s+", re.IGNORECASE), ""),
    (lazy(r"\b(aber|und|doch|also)\s+ich\s+(?:glaube|denke|schätze|vermute)\s*,\s*", re.I), r"\1 "),
)
# an apology for not having said it earlier: "already" after it is the caller's booking, made
# before it was told ("Sorry, I didn't mention it earlier: Friday is already booked"), not a slot
# taken by others
_UNSAID = lazy(
    r"\b(?:mention|mentioned|say|said|tell|told|forgot|sagen|gesagt|erwähnt|vergessen)\b", re.I
)
_ALREADY = lazy(r"\b(?:already|schon|bereits)\s+", re.IGNORECASE)
# a question tag after a statement ("Friday's in, yeah?", "…, gell?"): the statement is said
_TAG_EN = lazy(
    r",\s*(?:yeah|yes|right|isn't\s+it|is\s+it|didn't\s+it|hasn't\s+it|aren't\s+you|haven't\s+"
    r"you)\s*\?\s*$",
    re.IGNORECASE,
)
_TAG_DE = lazy(
    r",\s*(?:gell|gelle|oder|nicht\s+wahr|ne|nich|wa|richtig|stimmt's)\s*\?\s*$", re.IGNORECASE
)
# not a claim stated: a question, or a real condition left after the hedge
_QUESTION = lazy(r"\?\s*$")
_MODAL_OFFER = lazy(r"\b(?:should\s+i|shall\s+i|sollte\s+ich|soll\s+ich)\b", re.IGNORECASE)


def plain_statement(sentence: str, lang: str) -> str | None:
    """`sentence` without its hedge or preamble, or None when it has none."""
    tag = (_TAG_DE if lang == "de" else _TAG_EN).search(sentence)
    if tag is not None and "?" not in sentence[: tag.start()]:
        sentence = sentence[: tag.start()] + "."
    if _QUESTION.search(sentence) or _MODAL_OFFER.search(sentence):
        return None
    opener, modals = (_OPENER_DE, _MODAL_DE) if lang == "de" else (_OPENER_EN, _MODAL_EN)
    text = opener.sub("", sentence, count=1)
    if _UNSAID.search(sentence[: len(sentence) - len(text)]):
        text = _ALREADY.sub("", text)  # the caller's own booking, made before it was said
    for pattern, plain in modals:
        text = pattern.sub(plain, text)
    text = text.strip()
    if (text == sentence.strip() and tag is None) or len(text) < 4:
        return None
    return text[0].upper() + text[1:]
