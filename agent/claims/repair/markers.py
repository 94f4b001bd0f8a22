"""The one table of the words that mark a self-repair, per language and role; every reader of a
repair builds its patterns from it (`words`), so a marker is added once and heard everywhere.

Roles: `taking_back` (always a correction: "Korrektur", "ich habe mich vertan", "I misspoke",
"scratch that"); `apology` ("Verzeihung", "sorry"), `no` ("nein", "no"), `pause` ("Moment",
"hang on"), `meaning` ("ich meine", "I mean"), `filler` ("äh", "uh"), `softener` ("also",
"well", "actually"): these mark a repair only when a claim or a detail follows them (an apology
for the wait, a "nein" that answers, a "no" that insists are none); `said_before` (a report of
what the speaker said earlier: "ich hatte Ihnen gesagt", "I told you"), `repair_closing` ("meine
ich", "I mean" after the word put right).
"""

from __future__ import annotations

MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {
        "taking_back": (
            r"ich\s+korrigiere\s+mich",
            r"ich\s+muss\s+mich\s+korrigieren",
            r"korrektur",
            r"berichtigung",
            r"(?:da\s+)?(?:habe|hab)\s+ich\s+mich\s+(?:vertan|versprochen|geirrt)",
            r"ich\s+(?:habe|hab)\s+mich\s+(?:vertan|versprochen|geirrt)",
            r"da\s+lag\s+ich\s+falsch",
            r"das\s+(?:stimmt|war)\s+(?:so\s+)?(?:nicht|falsch)(?:\s+(?:richtig|ganz\s+richtig))?",
            r"falsch\s+gesagt",
            r"(?:ein\s+)?fehler\s+(?:von\s+mir|meinerseits)",
            r"mein\s+fehler",
            r"streichen\s+sie\s+das",
            r"vergessen\s+sie(?:\s*,)?\s+was\s+ich\s+(?:eben\s+|gerade\s+)?gesagt\s+habe",
            r"ich\s+nehme\s+das\s+zurück",
            r"falscher\s+tag",
            r"quatsch",
            r"ich\s+meinte",
            r"ich\s+wollte\s+sagen",
        ),
        "apology": (r"entschuldigung", r"verzeihung", r"pardon"),
        "no": (r"nein", r"nee", r"falsch", r"ach\s+nein", r"ach\s+nee", r"ach\s+quatsch"),
        "pause": (r"moment", r"moment\s+mal", r"halt", r"ach\s+was"),
        "meaning": (r"ich\s+meine", r"ich\s+meinte", r"besser\s+gesagt", r"oder\s+vielmehr"),
        "filler": (r"äh", r"ähm", r"öh", r"hm", r"ach"),
        "softener": (r"also", r"eigentlich"),
        "said_before": (
            r"(?:hatte|habe|hab)\s+(?:ihnen\s+)?(?:gesagt|erzählt)",
            r"sagte",
            r"berichtigung",
            r"korrektur",
        ),
        "repair_closing": (r"meine\s+ich", r"wollte\s+ich\s+sagen"),
    },
    "en": {
        "taking_back": (
            r"i\s+meant",
            r"i\s+misspoke",
            r"scratch\s+that",
            r"strike\s+that",
            r"correction",
            r"let\s+me\s+correct\s+(?:that|myself)",
            r"i\s+take\s+that\s+back",
            r"forget\s+what\s+i\s+(?:just\s+)?said",
            r"that's\s+(?:not\s+right|wrong|not\s+correct)",
            r"that\s+(?:is|was)\s+(?:not\s+right|wrong)",
            r"my\s+mistake",
            r"my\s+bad",
            r"i\s+got\s+that\s+wrong",
            r"wrong\s+day",
            r"i\s+stand\s+corrected",
        ),
        "apology": (r"sorry", r"my\s+apologies", r"apologies", r"pardon", r"oops"),
        "no": (r"no", r"nope", r"no\s+wait", r"oh\s+no", r"actually(?:\s*,)?\s+no"),
        "pause": (r"wait", r"hang\s+on"),
        "meaning": (r"i\s+mean", r"i\s+meant", r"i\s+should\s+say"),
        "filler": (r"uh", r"um", r"er", r"erm", r"hm", r"oh"),
        "softener": (r"well", r"actually"),
        "said_before": (r"told\s+you", r"i\s+said", r"correct\s+myself", r"misspoke"),
        "repair_closing": (r"i\s+mean", r"i\s+meant"),
    },
}


def words(*roles: str, but: tuple[str, ...] = ()) -> str:
    """An alternation (no group of its own, longest first) of the markers of `roles` in both
    languages (a call mixes them: "Gebucht – sorry, reserviert"), leaving out `but`."""
    said = {w for lang in MARKERS.values() for role in roles for w in lang[role]} - set(but)
    return "(?:" + "|".join(sorted(said, key=lambda w: (-len(w), w))) + ")"
