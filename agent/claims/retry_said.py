"""A retry and how it ended, said as the outcome (blind 46, probe 50, claims136; a step of
`reworded`).

"Nochmal versucht, diesmal ging es durch.", "Zweiter Versuch – ging durch.", "Ich hab's erneut
versucht, diesmal hat das System es angenommen.", "Tried it again, this time it went through.",
"Second go worked.": the attempt repeated and then a success is the outcome done (`done`, probe
50's labels: the call's latest outcome), read as "Erledigt." / "Done."; "Nochmal versucht, ging
leider wieder nicht durch.", "The second attempt failed as well." is the booking not made
(`not_booked`), read as "Es ist noch nicht gebucht." / "It isn't booked yet.".

Not: a retry announced ("Ich versuche es gleich noch einmal", "Let me try that again": no outcome
said), a question or a condition, a sentence that names what was retried (a cancellation, a
move, the booking: the readers of those words read it as said).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
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
_FAILED = {
    "de": lazy(
        r"\b(?:nicht\s+(?:\w+\s+)?(?:geklappt|durch|funktioniert|angenommen)|fehlgeschlagen|"
        r"gescheitert|ohne\s+erfolg)\b",
        _F,
    ),
    "en": lazy(
        r"\b(?:(?:didn't|did\s+not|hasn't|has\s+not)\s+(?:\w+\s+)?(?:go\s+through|work|gone\s+"
        r"through)|failed|no\s+luck|no\s+joy)\b",
        _F,
    ),
}
_SUCCEEDED = {
    "de": lazy(
        r"\b(?:ging(?:\s+es)?\s+durch|durchgegangen|geklappt|funktioniert|angenommen)\b", _F
    ),
    "en": lazy(r"\b(?:went\s+through|gone\s+through|worked|succeeded|took\s+it|accepted)\b", _F),
}
_OTHER = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|unless|storn\w*|absag\w*|abgesagt|verschob\w*|verschieb\w*|"
    r"umgebucht|umbuch\w*|gebucht|buchung|termin\w*|cancel\w*|moved?|resched\w*|booked|booking|"
    r"appointment|gleich|sofort|let\s+me|i'll)\b",
    _F,
)
_SAID = {"de": ("Erledigt.", "Es ist noch nicht gebucht."), "en": ("Done.", "It isn't booked yet.")}


# where the retry's clause ends and another begins ("…, but the second try went through – you're
# booked": the rest is read by the readers, so the sentence is left as said)
_CLAUSE_END = lazy(r"[;!–—]|\.\s+\w")


def retry_said(sentence: str, lang: str) -> str:
    """`sentence` as the outcome a retry ended in, or unchanged (see above)."""
    m = _RETRY[lang].search(sentence) if lang in _RETRY else None
    if m is None or _OTHER.search(sentence) or _FAILED[lang].search(sentence[: m.start()]):
        return sentence  # a failure before the retry is the first attempt's
    tail = sentence[m.start() :]
    failed, succeeded = _FAILED[lang].search(tail), _SUCCEEDED[lang].search(tail)
    outcome = failed or succeeded
    if outcome is None:
        return sentence
    end = _CLAUSE_END.search(tail, outcome.end())
    if end is not None and any(ch.isalpha() for ch in tail[end.start() :]):
        return sentence  # a clause after the outcome: read by the readers
    done, not_booked = _SAID[lang]
    return not_booked if failed else done
