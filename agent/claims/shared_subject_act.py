"""Someone else's act to come, said with the subject of the clause before (blind 26, claims46;
convention 5's acts to come): "Fabian schaut sich die Anfrage noch an und bestätigt dann." The
second clause has no subject of its own; its verb is the present tense of the first clause's
subject ("[Fabian] bestätigt dann"), not the participle "bestätigt" said alone ("Bestätigt."),
and "dann" puts the act after the first. The sentence says what will be done, no outcome made;
what the first clause says (a request still looked at: `pending`) stays.

Only German (the verbs on -iert and with be-/ver-/er- are spelled alike as participle and third
person present: bestätigt, storniert, reserviert, vermerkt, erledigt), a person or the salon as
the subject opening the sentence (a stylist's name, "der Salon", "die Kollegin", "er") with a
verb in the present ("Fabian schaut", "Der Salon prüft"; not a participle "ge…t"), then "und"
and such a verb ("dann", "danach" may follow; the decision also reads the sentence without
them). Not: an auxiliary anywhere ("Fabian hat sich das angesehen und bestätigt", "ist"),
"schon" / "bereits" / "eben", the speaker ("ich", "wir": their forms differ and are read
already), a subject that is no person ("Alles geprüft und bestätigt", "Der Termin steht und
…"). Drops outcome and hold claims; nothing else."""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS, K.HELD})
_AUX = r"(?:hat|habe|hab|haben|hatte|ist|sind|war|waren|wird|wurde|wurden|worden|bin)"
_ROLE = (
    r"(?:(?:der|die|das|unser|unsere)\s+(?:salon|team|kollegin|kollege|chefin|chef|rezeption|"
    r"friseurin|friseur|meisterin|meister|inhaberin|inhaber|azubine|azubi)|er)"
)
_VERB = rf"\s+(?!{_AUX}\b|ge\w+t\b)\w+t\b"  # the subject's verb in the present
# the verb spelled like its participle: -iert, or be-/ver-/er-/ent-/zer- and -t (not "nicht")
_SECOND = lazy(
    r"\bund\s+(?:\w+iert|(?:be|ver|er|ent|zer)\w+t)\b[^,;:.!?–—]*(?:[.!]\s*)?$", re.IGNORECASE
)
_BLOCKED = lazy(rf"\b(?:{_AUX}|schon|bereits|eben|soeben|ich|wir)\b", re.IGNORECASE)


def without_shared_subject_act(
    sentence: str, lang: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without the outcomes of an act to come said with the first clause's subject."""
    if lang != "de" or not claims or not _SECOND.search(sentence) or _BLOCKED.search(sentence):
        return claims
    people = "|".join(re.escape(w) for _, words in names.stylists for w in words)
    subject = rf"{_ROLE}|{people}" if people else _ROLE
    if not re.match(rf"^\W*(?:(?:frau|herr)\s+)?(?:{subject}){_VERB}", sentence, re.IGNORECASE):
        return claims
    return tuple(c for c in claims if c.kind not in _OUTCOMES)
