"""A state reported in Konjunktiv I, or presumed, read as the state (blind 28, claims50).

"Der Termin sei gebucht, sagt das System", "Laut Kalender sei der Termin abgesagt", "Der Salon
lässt ausrichten, Sie seien fest eingetragen", "Im Kalender stehe, Sie seien gebucht": German
reports what a source says in Konjunktiv I; said to the caller by the agent, the report from the
system, the calendar, the salon or a stylist is a claim of the state (conventions 45, 84). So is a
state presumed from what the screen shows ("Laut Anzeige dürfte Freitag zehn Uhr fest sein").
`reported_indicative` gives the report in the indicative with its source left out; a report of
the caller's own words ("Sie sagten, Sie seien …") or a question is no claim of the agent's and
gives None, as does a sentence with no Konjunktiv I.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize

_KONJUNKTIV = {"sei": "ist", "seien": "sind", "stehe": "steht", "habe": "hat"}
_REPORTED = lazy(r"\b(?:sei|seien|stehe)\b")
_PRESUMED = lazy(r"\bdürfte (.+?) (\w+) sein\b")
# the caller as the source: their own words are not the agent's claim
_CALLER_SAID = lazy(
    r"\bsie (?:sagten|sagen|meinten|meinen|hatten gesagt|haben gesagt|dachten|denken|glaubten|"
    r"glauben|hatten gehört|haben gehört|möchten, dass ich sage)\b|"
    # blind 36 (claims83): the caller's belief with the verb first or as an impression ("Vielleicht
    # glauben Sie, …", "Sie hatten vielleicht den Eindruck, er sei verschoben")
    r"\b(?:glauben|denken|meinen|dachten|glaubten|meinten)\s+sie\b|"
    r"\bsie (?:hatten|haben|hätten) (?:\w+ )?(?:den eindruck|das gefühl)\b|"
    # claims116: their opinion or assumption ("Sie waren der Meinung, er sei bestätigt")
    r"\bsie (?:waren|sind) (?:\w+ )?der (?:meinung|ansicht|auffassung)\b|"
    r"\bsie (?:gingen|gehen) (?:\w+ )?davon aus\b|\bsie (?:hatten|haben) (?:\w+ )?angenommen\b|"
    # hearsay the caller brings: what they were told, what their family or other clients think
    r"\bihnen (?:wurde |wurden )?(?:gesagt|mitgeteilt|erzählt)\b|\bhat ihnen (?:gesagt|erzählt)\b|"
    r"\bihr(?:e)? (?:mann|frau|partner\w*|sohn|tochter|mutter|vater|kollegin|kollege) "
    r"(?:meinte|sagte|hat gesagt|dachte)\b|\b(?:manche|viele|einige) (?:kunden|kundinnen|leute)\b|"
    # the speaker's own earlier words, taken back by a correction (claims54: blind 23's
    # "Korrektur: Ich hatte gesagt, es sei gebucht – es ist nur reserviert" is the hold)
    r"\bich (?:hatte|habe|hab) (?:ihnen |eben |vorhin |gerade )*(?:gesagt|erzählt)\b|"
    r"\bich sagte\b|\b(?:korrektur|berichtigung)\b"
)
# a clause that is only the source of the report ("sagt das System", "heißt es hier")
_FRAME = lazy(
    r"^(?:(?:das|der|die|unser|unsere|ihr)?\s*[\wäöüß-]+\s+)?(?:meldet|sagt|zeigt(?: an)?|meint|"
    r"schreibt|berichtet|lässt (?:ausrichten|sagen|mitteilen)|bestätigt)$|"
    r"^(?:sagt|meldet|zeigt|meint|schreibt|berichtet)\b.*$|^(?:hier )?heißt es(?: hier)?$|"
    r"^(?:im \w+|hier) (?:stehe|steht)$"
)
_SOURCE = lazy(r"^laut [\wäöüß-]+\s*")
# "(Bitte) seien Sie … da": the imperative, spelled as Konjunktiv I, asks the caller (claims54:
# blind 4's "Bitte seien Sie zu Ihrem Termin ein paar Minuten früher da" is no report of a move)
_IMPERATIVE = lazy(r"(?:^\W*|\bbitte\s+|[,;:–—]\s*)seien sie\b")


def reported_indicative(sentence: str, lang: str) -> str | None:
    """The reported state said in the indicative ("Ihr Termin ist bestätigt."), or None."""
    if lang != "de":
        return None
    text = normalize(sentence)
    if "?" in text or _CALLER_SAID.search(text) or _IMPERATIVE.search(text):
        return None
    if _PRESUMED.search(text):
        return _SOURCE.sub("", _PRESUMED.sub(r"\1 ist \2", text))
    if not _REPORTED.search(text):
        return None
    kept = []
    for clause in re.split(r"\s*[,:;]\s*", text.rstrip(".! ")):
        if not clause or _FRAME.match(clause):
            continue
        clause = _SOURCE.sub("", clause)
        kept.append(re.sub(r"\b(sei|seien|stehe)\b", lambda m: _KONJUNKTIV[m.group(1)], clause))
    return ", ".join(kept) + "." if kept else None
