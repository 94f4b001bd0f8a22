"""A condition said without "wenn" is a condition (blind 27, claims49; a step of `reworded`):
"Vorausgesetzt, das System akzeptiert es, …", "Unter der Voraussetzung, dass …, …", and the
German verb-first condition "Geht alles glatt, sind Sie …", "Klappt die Buchung, sind Sie …"
(a finite verb opens the sentence, and the clause after its comma opens with a finite verb and
its subject: "Passt alles, ist eingetragen" drops a subject and states the outcome)
are read as "Wenn …, …", so that the outcome after them is read as one under a condition
(`condition_consequent`, convention 5). Not a question; not an imperative ("Sagen Sie Ja,
…"), whose verb is no third person.

"Nachdem" before a passive with no subject and no adverb ("Nachdem gebucht ist, kommt die
Bestätigung per SMS", "Nachdem storniert ist, können Sie …"; blind 42, claims104) is the open
condition "Sobald gebucht ist, …" (convention 5): it names no appointment to presuppose. With a
subject or "jetzt" ("Nachdem der Freitag gebucht ist, …", "Nachdem jetzt gebucht ist, …") it stays
the presupposed outcome, as the gated splits label it (blinds 9, 14, 32).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.morph import lemma

_PROVIDED = lazy(
    r"^(?P<lead>\W*)(?:vorausgesetzt|unter\s+der\s+voraussetzung)\s*,?\s*(?:dass\s+)?"
    r"(?P<c>[^,–—]+?)\s*,\s*(?P<rest>(?:sind|ist|haben|hat|bekommen|bekommt|steht|stehen|wird|"
    r"werden|kann|können)\b.*)$",
    re.IGNORECASE,
)
_VERB_FIRST = lazy(
    r"^(?P<lead>\W*)(?P<v>[A-ZÄÖÜ][a-zäöüß]+t)\s+(?P<c>[^,–—?]+?)\s*,\s*"
    r"(?P<rest>(?:dann\s+)?(?:sind|ist|haben|hat|bekommen|bekommt|steht|stehen|wird|werden)\s+"
    r"(?i:sie|es|er|der|die|das|ihr|ihre|alles)\b.*)$"
)
_AFTER_IMPERSONAL = lazy(
    r"^(?P<lead>\W*)nachdem\s+(?P<p>gebucht|eingebucht|eingetragen|storniert|abgesagt|verschoben|verlegt|"
    r"umgebucht|bestätigt|reserviert|erledigt)\s+ist\s*,",
    re.IGNORECASE,
)
_NOT_VERBS = frozenset({"jetzt", "erst", "nicht", "recht", "gut", "bestimmt", "heut", "zuletzt"})


def as_wenn(text: str, lang: str) -> str:
    """`text` with a condition said without "wenn" said with it."""
    if lang != "de" or text.rstrip().endswith("?"):
        return text
    m = _AFTER_IMPERSONAL.match(text)
    if m:
        return f"{m.group('lead')}Sobald {m.group('p')} ist,{text[m.end() :]}"
    m = _PROVIDED.match(text)
    if m:
        return f"{m.group('lead')}Wenn {m.group('c')}, {m.group('rest')}"
    m = _VERB_FIRST.match(text)
    if m is None or m.group("v").lower() in _NOT_VERBS:
        return text
    verb = m.group("v")
    infinitive = lemma(verb.lower(), "de")
    if infinitive == verb.lower() or not infinitive.endswith(("en", "ern", "eln")):
        return text  # no verb: "Jetzt …", a noun
    return f"{m.group('lead')}Wenn {m.group('c')} {verb.lower()}, {m.group('rest')}"
