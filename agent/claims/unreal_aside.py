"""What would have or nearly happened, set aside before the statement (blind 37's leftovers,
claims106): one step of `reworded`.

"Sonst hätten Sie am Samstag extra kommen müssen – so ist alles am Freitag um zehn gebucht",
"Fast hätte ich den Samstag erwischt, aber abgesagt habe ich natürlich den Freitag", "Otherwise
you'd have had to come in on Saturday too – this way it's all on Friday": the unreal clause says
what is not the case (a counterfactual, `counterfactual`), the statement after it what is. The
reader took the unreal clause's day for the statement's (Saturday beside Friday's booking, or a
slot offered). Said as the statement alone ("Jetzt ist alles am Freitag um zehn gebucht").

Not: an unreal clause with no statement after it, or a statement that is itself unreal ("…, dann
wäre es gebucht"), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_UNREAL_DE = lazy(
    r"^\W*(?:sonst|ansonsten|fast|beinahe|um\s+ein\s+haar)\s+(?:hätten?|wären?|hätte|wäre)\s+"
    r"[^–—;:,]*?(?:\s*[–—;:]\s*|\s*,\s*(?:aber|doch)\s+)(?:so\s+|stattdessen\s+)?",
    re.IGNORECASE,
)
_UNREAL_EN = lazy(
    r"^\W*(?:otherwise|or\s+else)\s+(?:you|i|we)(?:'d|\s+would)\s+have\s+[^–—;:]*?\s*[–—;:]\s*"
    r"(?:this\s+way\s+|instead\s+)?",
    re.IGNORECASE,
)
_STILL_UNREAL = lazy(r"\b(?:hätte|hätten|wäre|wären|würde|würden|would|could|might)\b", re.I)
# "– aber es ist natürlich Freitag", "– ist er aber nicht": the statement answers the unreal
# clause and is read with it
_ELLIPTICAL = lazy(r"^(?:aber|doch|but|(?:ist|sind|hat|habe)\s+(?:er|es|sie|ich)\b)", re.IGNORECASE)
# the statement says its outcome itself ("– es ist aber Freitag um zehn" says it only with the
# unreal clause's "eingebucht": read as a whole)
_OUTCOME_WORD = lazy(
    r"\b(?:gebucht|eingebucht|eingetragen|storniert|abgesagt|gestrichen|verschoben|verlegt|"
    r"umgebucht|reserviert|vorgemerkt|booked|cancell?ed|moved|rescheduled|held|reserved)\b",
    re.IGNORECASE,
)
_VERB_FIRST_DE = lazy(r"^(?:ist|sind|steht|stehen|bleibt|haben|habe)\b", re.IGNORECASE)


def unreal_set_aside(sentence: str, lang: str) -> str:
    """`sentence` as the statement after what would have or nearly happened (above)."""
    pattern = _UNREAL_DE if lang == "de" else _UNREAL_EN if lang == "en" else None
    if pattern is None or "?" in sentence or not (m := pattern.match(sentence)):
        return sentence
    rest = sentence[m.end() :]
    if (
        len(rest.split()) < 4
        or _STILL_UNREAL.search(rest)
        or _ELLIPTICAL.match(rest)
        or not _OUTCOME_WORD.search(rest)
    ):
        return sentence  # the statement leans on the unreal clause: read as a whole
    if lang == "de" and _VERB_FIRST_DE.match(rest):
        return f"Jetzt {rest}"
    return rest[:1].upper() + rest[1:]
