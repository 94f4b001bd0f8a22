"""The informal du read as the polite Sie (blind 26, claims45).

"Du stehst am Freitag bei Fabian im Kalender", "Noch bist du nicht eingetragen", "Gebucht hab
ich dich noch nicht, erst wenn du Ja sagst", "Den Freitag kannst du vergessen": said to the
caller in the du form, a sentence claims what its Sie form claims (the blind round's label). The
reader knows the Sie forms; `sie_form` gives the sentence with the second person singular put
into the polite form by its morphology: the pronouns (du, dich -> Sie; dir -> Ihnen; dein- ->
Ihr-), the verb of "du" (the -st ending of the second person -> -en, with the irregular
"bist", "hast", "kannst", "musst", "willst", "darfst", "weißt", "wirst", and the vowel
changes "gibst", "nimmst", "siehst", "hältst", "fährst", "läufst" undone) and the colloquial
first person "hab" -> "habe". Read as any sentence (`amended`, `restated`). None when the
sentence has no du.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DU = lazy(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines)\b", re.IGNORECASE)
_PRONOUNS = {
    "du": "Sie",
    "dich": "Sie",
    "dir": "Ihnen",
    "dein": "Ihr",
    "deine": "Ihre",
    "deinen": "Ihren",
    "deinem": "Ihrem",
    "deiner": "Ihrer",
    "deines": "Ihres",
}
_IRREGULAR = {
    "bist": "sind",
    "hast": "haben",
    "kannst": "können",
    "musst": "müssen",
    "willst": "wollen",
    "darfst": "dürfen",
    "sollst": "sollen",
    "magst": "mögen",
    "weißt": "wissen",
    "wirst": "werden",
    "gibst": "geben",
    "nimmst": "nehmen",
    "siehst": "sehen",
    "liest": "lesen",
    "hältst": "halten",
    "fährst": "fahren",
    "läufst": "laufen",
    "triffst": "treffen",
    "isst": "essen",
    "vergisst": "vergessen",
}
# not verbs though they end in -st
_NOT_VERBS = frozenset(
    "fast erst sonst selbst meist zuerst längst jetzt just angst dienst herbst post fest test "
    "rest best gast lust list frist kunst last most nest ost west".split()
)
_WORD = lazy(r"[A-Za-zÄÖÜäöüß]+")


def sie_form(sentence: str, lang: str) -> str | None:
    """`sentence` in the Sie form, or None when it has no du (see above)."""
    if lang != "de" or not _DU.search(sentence):
        return None
    words = list(_WORD.finditer(sentence))
    out, last = [], 0
    for i, m in enumerate(words):
        w, low = m[0], m[0].lower()
        new = w
        if low in _PRONOUNS:
            new = _PRONOUNS[low]
        elif low == "hab" and _near(words, i, ("ich",)):
            new = "habe"
        elif _second_person(low) and (
            _near(words, i, ("du",)) or _clause_end_after_du(sentence, words, i)
        ):
            new = _IRREGULAR.get(low) or _regular(low)
            new = new[:1].upper() + new[1:] if w[:1].isupper() else new
        out.append(sentence[last : m.start()] + new)
        last = m.end()
    out.append(sentence[last:])
    text = "".join(out)
    return text if text != sentence else None


def _second_person(low: str) -> bool:
    return low.endswith("st") and len(low) > 3 and low not in _NOT_VERBS


def _near(words: list[re.Match], i: int, wanted: tuple[str, ...]) -> bool:
    return any(0 <= j < len(words) and words[j][0].lower() in wanted for j in (i - 1, i + 1))


def _clause_end_after_du(sentence: str, words: list[re.Match], i: int) -> bool:
    """The verb at the end of a subordinate clause with "du" ("…, wenn du Ja sagst")."""
    after = sentence[words[i].end() :].lstrip()
    if after and after[0] not in ",.!?;–-":
        return False
    for j in range(i - 1, max(-1, i - 6), -1):
        low = words[j][0].lower()
        if low == "du":
            return True
        if sentence[words[j].end() : words[j + 1].start()].strip(" "):
            return False  # a comma or a dash between: another clause
    return False


def _regular(low: str) -> str:
    if low in _IRREGULAR.values():
        return low
    stem = low[:-3] if low.endswith("est") and not low.endswith("sest") else low[:-2]
    if stem.endswith(("el", "er")):
        return stem + "n"
    return stem + "en"
