"""A meeting agreed with the caller in everyday words (blind 25, claims43).

"Wir sind verabredet!", "Dann sind wir verabredet, Freitag um zehn!", "Dann haben wir ein Date,
haha": said by the salon to the caller, the speaker and the caller meet at the appointment, as
"It's a date!" does: read as "Sie sind gebucht" with what the sentence names (the blind round's
label). `date_agreed` gives that statement, read as any sentence (`amended`).

Blind 34 (claims76): the outcome said in words of agreement. Agreed on what the visit is ("Wir
verbleiben so: Freitag um zehn", "Dann bleibt es dabei: Freitag, zehn Uhr", "So that's settled:
Friday, ten o'clock", "We're agreed on Friday"): the booking with what it names (blind 34's
convention, 45); a bare agreement ("Gesagt, getan", "It's a deal", "Then it's settled"): the bare
success, as "Abgemacht!" reads (10). Only where the agreement names no other outcome ("Dann
verbleiben wir so: Der Termin ist gestrichen" is the cancellation it says).

Not: the speaker's own plans ("Ich bin heute Abend noch verabredet"), a meeting with someone else
("mit meiner Freundin"), a question or a condition ("Are we agreed?", "Once we're agreed on a
day, …").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_AGREED = lazy(
    r"\b(?:wir\s+sind|sind\s+wir)\s+(?:(?:also|dann|ja|jetzt|fest)\s+)*verabredet\b|"
    r"\b(?:wir\s+haben|haben\s+wir)\s+(?:(?:also|dann|ja|jetzt)\s+)*ein\s+date\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:mit|wenn|falls|sobald|ob)\b", re.IGNORECASE)
_LEAD = r"^\W*(?:(?:also|dann|gut|okay|ok|so|right|alright|well|then|good|great)\W+)*"
# an agreement on the visit, then what it is: "Wir verbleiben so: Freitag um zehn"
_AGREED_ON_DE = lazy(
    _LEAD + r"(?:wir\s+verbleiben\s+so|so\s+verbleiben\s+wir|verbleiben\s+wir\s+so|"
    r"(?:dann\s+)?bleibt\s+es\s+dabei|es\s+bleibt\s+dabei)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
_AGREED_ON_EN = lazy(
    _LEAD + r"(?:that's|that\s+is|it's|it\s+is)\s+(?:all\s+)?(?:agreed|settled)(?:\s+then)?"
    r"\s*:\s*(?=\S)|"
    r"\bwe(?:'re|\s+are)\s+(?:all\s+)?(?:agreed|settled)\s+on\s+(?=\S)",
    re.IGNORECASE,
)
# a bare agreement: the bare success
_BARE_DE = lazy(r"^\W*gesagt\W+getan\W*$", re.IGNORECASE)
_BARE_EN = lazy(
    _LEAD + r"(?:(?:that's|that\s+is|it's|it\s+is)\s+(?:a\s+deal|settled|agreed)|"
    r"then\s+it's\s+settled)(?:\W+then)?\W*$",
    re.IGNORECASE,
)
# another outcome or a verb said in what follows: the agreement frames that
_OTHER_OUTCOME = lazy(
    r"\b(?:ist|sind|wird|habe|hat|haben|is|are|was|has|have|'s|storn\w*|gestrichen|abgesagt|"
    r"verschoben|verlegt|cancel\w*|moved|off|not|nicht|kein\w*|no)\b|'s\b|n't\b",
    re.IGNORECASE,
)
_CONDITION_EN = lazy(r"\b(?:if|once|when|whether|unless|until|before)\b", re.IGNORECASE)


def date_agreed(sentence: str, lang: str) -> str | None:
    """`sentence` with the agreed meeting said as the booking, or None (see above)."""
    if lang == "en":
        return _agreed_en(sentence)
    if _BARE_DE.match(sentence):
        return "Erledigt."
    on = _AGREED_ON_DE.match(sentence)
    if on is not None and not _OTHER_OUTCOME.search(sentence[on.end() :]):
        return f"Sie sind gebucht: {sentence[on.end() :]}"
    if _NOT.search(sentence) or not _AGREED.search(sentence):
        return None
    return _AGREED.sub("sind Sie gebucht", sentence, count=1)


def _agreed_en(sentence: str) -> str | None:
    if "?" in sentence or _CONDITION_EN.search(sentence):
        return None
    if _BARE_EN.match(sentence):
        return "Done."
    on = _AGREED_ON_EN.search(sentence)
    if on is None or _OTHER_OUTCOME.search(sentence[on.end() :]):
        return None
    return f"You're booked for {sentence[on.end() :]}"
