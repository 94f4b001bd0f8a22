"""An adverb after the participle never stops the participle from being read (blind 14, found
again by blind 20): "The appointment is set now.", "Your booking is in already.", "It's sorted
too.", "That's locked in as well.", "Ihr Termin ist gebucht jetzt." The sentence is also read
without the adverb that ends a clause right after an outcome participle ("now", "then",
"already", "too", "as well", "jetzt", "nun", "schon", "bereits", "dann", "auch", and of time
past: "ages ago", "a while ago", "vor einer Weile", blind 29), and the claims
of that reading are kept beside the sentence's own.

Not: a question (read as written), an adverb before its participle or inside the clause ("It's
now booked for Friday": read as written), and "already / schon / bereits" after "booked /
taken / gebucht / vergeben" of a subject that is not the caller's appointment ("Ten o'clock is
booked already", "That's booked already", "Um zehn ist gebucht schon": someone else's slot, as
"already booked" reads), nor "back then" (at that time), nor "earlier" in a condition ("If you'd
cancelled earlier, it would have been free": about when, convention 561; blind 42, claims103).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

# the outcome participle or particle the adverb follows ("set", "booked", "in", "taken care
# of", "gebucht", "drin", "raus")
_PARTICIPLE = (
    r"(?:\w+ed|set|done|in|made|put|on|off|up|down|back|forward|of|through|gone|fixed|taken|"
    r"go|ge\w+t|ge\w+en|\w+iert|ein\w+t|ein\w+en|fest|fix|drin|raus|weg|klar|gebongt)"
)
# an adverb of time past: "That was cancelled ages ago" says it is cancelled (blind 29)
_AGO = (
    r"(?:ages|long|a\s+while|some\s+time|a\s+long\s+time)\s+ago|earlier(?:\s+on)?|"
    r"vor\s+(?:ewigkeiten|einer\s+weile|einiger\s+zeit|langem)|vorhin"
)
_ADVERB = rf"(?:now|then|already|too|as\s+well|jetzt|nun|schon|bereits|dann|auch|{_AGO})"
_AFTER = lazy(
    rf"\b(?P<p>{_PARTICIPLE})(?P<a>(?:,?\s+{_ADVERB})+)(?=\s*(?:[.!,;:–—…]|$))",
    re.IGNORECASE,
)
_TAKEN = lazy(r"booked|taken|full|gebucht|vergeben|belegt|weg", re.IGNORECASE)
_SINCE = lazy(rf"\b(?:already|schon|bereits|{_AGO})\b", re.IGNORECASE)
# the caller's appointment or the caller as the subject: "already" is theirs, not another's
_CALLERS = lazy(
    r"\b(?:your|you|you're|the\s+(?:appointment|booking|reservation)|ihr\w*|sie|"
    r"der\s+termin|die\s+buchung|die\s+reservierung)\b",
    re.IGNORECASE,
)


# a focus particle before the participle stresses the caller's own outcome, never another's slot
# (claims116, probe 42's "It's even booked already", "It's actually booked already")
_FOCUS = lazy(r"\b(?:even|actually|really|indeed|sogar|tatsächlich|wirklich)\s+$", re.IGNORECASE)


# a condition opening the sentence: "earlier" there says when, not that it is done
_CONDITION = lazy(r"^\W*(?:if|had|when|wenn|falls)\b", re.IGNORECASE)


def without_adverb_after(sentence: str) -> str | None:
    """`sentence` without the adverbs that end a clause after its participle, or None."""
    if "?" in sentence:
        return None

    def plain(m: re.Match[str]) -> str:
        if m["p"].lower() == "back" and re.search(r"then", m["a"], re.IGNORECASE):
            return m[0]  # "with Lena back then": at that time, no participle
        if _CONDITION.match(sentence) and re.search(r"earlier", m["a"], re.IGNORECASE):
            return m[0]  # "If you'd cancelled earlier, …": about when (561), kept (claims103)
        taken = _TAKEN.fullmatch(m["p"])
        before = sentence[: m.start()]
        if (
            taken
            and _SINCE.search(m["a"])
            and not (_CALLERS.search(before) or _FOCUS.search(before))
        ):
            return m[0]  # "Ten o'clock is booked already": another's slot, read as said
        return m["p"]

    text = _AFTER.sub(plain, sentence)
    return None if text == sentence else text
