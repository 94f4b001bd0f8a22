"""The caller's words heard as the bot's are (blind 51, claims131; decision of the lead).

A caller who asks "Is mei Termin fix?", "Isch dr Termin fix?", "Wann is mei Termin nomoi?" asks
"Ist mein Termin fix?", "Ist der Termin fix?", "Wann ist mein Termin nochmal?": the readers of the
caller's question (`caller_asks`, `caller_answer`, `answered_statement`) read it in standard
German by the one normalization the bot's sentences get (`upper_german.standard_german`: the
regional function words and Upper German words; `normalize` mends the letters), not a second
word list. The caller's language is read from the words, not from the call: a German call's
caller may ask in English ("Is it booked yet?", "Can I get a perm …?"), and an English call's in
Scots or Irish English ("Is me appointment sorted?"); only words more German than English are
put in standard German.

The caller's last question is cut out of their words here too (`last_question`), for every reader
of it: of the folded words (`normalize`) or of the words heard (`caller_heard`), as each reader
reads the caller.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.normalize import normalize
from agent.claims.upper_german import standard_german

# a question of the caller's turn: the words since the last sentence's end, up to its "?"
_QUESTION = lazy(r"[^.!?]*\?")

# words of one language only (a word both have, "is", "am", "in", "so", is neither's evidence)
_GERMAN = lazy(
    r"\b(?:termin\w*|buchung|ich|ick|bin|mein|mei|meen|ist|isch|schon|scho|noch|jetzt|jetz|wann|"
    r"hab|habe|hob|hend|händ|der|die|das|des|dr|den|dem|um|bei|beim|mit|sie|gebucht|jebucht|"
    r"eingetragen|storniert|abgesagt|verschoben|nochmal|nomoi|nicht|nöd|ned|worde|gsi|und|oder|"
    r"steht|klappt|hat|fest|gell|wie|wo|was)\b"
)
_ENGLISH = lazy(
    r"\b(?:it|my|me|the|you|your|can|booked|appointment|when|what|did|does|do|have|has|yet|now|"
    r"cancel\w*|want|get|sorted|through|booking|still|will|are|was|there|with|on|at)\b"
)


@per_text(256)
def caller_heard(caller: str) -> str:
    """The caller's words folded (`normalize`), in standard German when they are German."""
    folded = normalize(caller)
    german = len(_GERMAN.findall(folded))
    if german == 0 or german <= len(_ENGLISH.findall(folded)):
        return folded
    return normalize(standard_german(caller, "de"))


def last_question(words: str) -> str:
    """The last question of the caller's `words` (folded or heard), "" when they ask none."""
    questions = _QUESTION.findall(words)
    return questions[-1] if questions else ""
