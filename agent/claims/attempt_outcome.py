"""How an attempt at the booking turned out, said by the salon: one reader of an attempt's
outcome (blind 46, blind 53, probe 50; claims133, claims136; convention 102).

Two attempts are told of, read with one vocabulary of success and failure:

- a retry and how it ended (`retry_said`, a step of `reworded`): "Nochmal versucht, diesmal ging
  es durch.", "Zweiter Versuch – ging durch.", "Ich hab's erneut versucht, diesmal hat das System
  es angenommen.", "Tried it again, this time it went through.", "Second go worked.": the attempt
  repeated and then a success is the outcome done (`done`, probe 50's labels: the call's latest
  outcome), read as "Erledigt." / "Done."; "Nochmal versucht, ging leider wieder nicht durch.",
  "The second attempt failed as well." is the booking not made (`not_booked`), read as "Es ist
  noch nicht gebucht." / "It isn't booked yet.". Not: a retry announced ("Ich versuche es gleich
  noch einmal", "Let me try that again": no outcome said), a question or a condition, a sentence
  that names what was retried (a cancellation, a move, the booking: the readers of those words
  read it as said), a clause after the outcome;
- a first attempt that went through after all (`first_try_landed`, a step of `amended`): "Good
  news: the first attempt went through after all.", "Der erste Versuch ist doch noch
  durchgegangen.", "Es hat beim ersten Mal doch geklappt." report the tool's success, naming no
  booking: the bare success DONE (102). Not: the attempt denied ("ist leider nicht
  durchgegangen", "didn't go through": a failure, 5), a question, a condition.
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_F = re.IGNORECASE
# the words that say an attempt went through, in either language
_SUCCESS_WORDS = (
    r"ging(?:\s+es)?\s+durch|durchgegangen|geklappt|funktioniert|angenommen|angekommen|gelandet|"
    r"geglückt|went\s+through|gone\s+through|worked|succeeded|landed|took\s+it|accepted"
)
_SUCCEEDED = lazy(rf"\b(?:{_SUCCESS_WORDS}|did\s+go\s+through)\b", _F)
# the words that say it did not: a failure, or a success word denied
_FAILED = lazy(
    r"\b(?:nicht\s+(?:\w+\s+)?(?:geklappt|durch|durchgegangen|funktioniert|angenommen|angekommen|"
    r"gelandet|geglückt)|fehlgeschlagen|gescheitert|ohne\s+erfolg|failed|no\s+luck|no\s+joy)\b|"
    r"(?:n't|\bnot|\bnever)\s+(?:\w+\s+)?(?:go\s+through|gone\s+through|work|worked|land|landed|"
    r"succeed|succeeded|take\s+it|accepted)\b",
    _F,
)

# the attempt told of: a retry ("nochmal versucht", "second go"), the first one ("first try")
_RETRY = {
    "de": lazy(
        r"\b(?:(?:noch\s*(?:ein)?mal|nochmals|erneut|wieder)\s+(?:versucht|probiert)|"
        r"(?:zweite[rn]?|dritte[rn]?)\s+(?:versuch|anlauf)|beim\s+(?:zweiten|dritten|nächsten)\s+"
        r"(?:versuch|anlauf)|(?:hab|habe)['’]?s?\s+(?:es\s+)?(?:noch\s*(?:ein)?mal|erneut)\s+"
        r"(?:versucht|probiert))\b",
        _F,
    ),
    "en": lazy(
        r"\b(?:tried\s+(?:it\s+|that\s+)?again|retried|(?:second|third|another)\s+(?:go|attempt|"
        r"try)|gave\s+it\s+another\s+(?:go|try|shot))\b",
        _F,
    ),
}
_FIRST = lazy(
    r"\b(?:first|erste[nr]?|earlier|frühere[nr]?|vorige[nr]?)\s+(?:attempt|try|go|versuch|anlauf|"
    r"mal|one)\b|\b(?:the\s+)?first\s+time\b"
)
# what a retry's sentence may not hold: a question, a condition, the thing retried named, a retry
# still to come
_OTHER = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|unless|storn\w*|absag\w*|abgesagt|verschob\w*|verschieb\w*|"
    r"umgebucht|umbuch\w*|gebucht|buchung|termin\w*|cancel\w*|moved?|resched\w*|booked|booking|"
    r"appointment|gleich|sofort|let\s+me|i'll)\b",
    _F,
)
# what a first attempt's may not: a condition or a denial
_NOT = lazy(r"\b(?:wenn|falls|if|whether|ob|nicht|kein\w*|not|never|no)\b|n't\b")
_SAID = {"de": ("Erledigt.", "Es ist noch nicht gebucht."), "en": ("Done.", "It isn't booked yet.")}
# where the retry's clause ends and another begins ("…, but the second try went through – you're
# booked": the rest is read by the readers, so the sentence is left as said)
_CLAUSE_END = lazy(r"[;!–—]|\.\s+\w")


def retry_said(sentence: str, lang: str) -> str:
    """`sentence` as the outcome a retry ended in, or unchanged (see above)."""
    m = _RETRY[lang].search(sentence) if lang in _RETRY else None
    if m is None or _OTHER.search(sentence) or _FAILED.search(sentence[: m.start()]):
        return sentence  # a failure before the retry is the first attempt's
    tail = sentence[m.start() :]
    failed, succeeded = _FAILED.search(tail), _SUCCEEDED.search(tail)
    outcome = failed or succeeded
    if outcome is None:
        return sentence
    end = _CLAUSE_END.search(tail, outcome.end())
    if end is not None and any(ch.isalpha() for ch in tail[end.start() :]):
        return sentence  # a clause after the outcome: read by the readers
    done, not_booked = _SAID[lang]
    return not_booked if failed else done


def first_try_landed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """DONE for a first attempt said to have gone through after all (see above)."""
    if "?" in sentence or claims:
        return ()
    text = normalize(sentence)
    if not (_FIRST.search(text) and _SUCCEEDED.search(text)) or _NOT.search(text):
        return ()
    return (Claim(ClaimKind.DONE, 0, len(sentence), ClaimDetails()),)
