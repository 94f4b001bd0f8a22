"""Two acts offered under one modal, with the modal said again before the second (blind 53's,
blind 54's and probe 53's false blocks, claims149).

"I can try again, or take a message for the salon", "I can try the move again, or leave a message
for the salon to call you", "Ich kann es noch einmal versuchen oder eine Nachricht für den Salon
aufnehmen": "can" governs both acts, so both are offered, neither is done nor promised. Read alone,
the act after "or" had lost its modal and read as said ("take a message for the salon" a booking,
"leave a message … to call you" a callback promised). The plainer sentence says the modal again:
"I can try again, or I can take a message for the salon", which the reader reads as the offer it
reads "I can take a message for the salon" as.

Only where the second act begins with a verb: a word that is no subject, article, pronoun,
preposition, name or detail ("I can do Friday, or Saturday", "I can put you with Fabian, or Lena"
offer two slots, each read as it is), and in German only between two infinitives ("… versuchen
oder … aufnehmen"; "Ich kann Ihnen Freitag oder Samstag anbieten" is left as it is). Not a negated
modal ("I can't move it or cancel it" denies both).
"""

from __future__ import annotations

import re

from agent.claims.details import is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.lexicon_en import PREPOSITIONS, SUBJECTS

_EN = lazy(
    r"^(?P<pre>\W*(?:(?:or|and|so|but|well|okay|ok|otherwise|alternatively),?\s+)*"
    r"(?P<modal>(?:i|we)\s+(?:can|could))\s+(?!not\b)[^.!?;:]+?,?\s+or\s+)"
    r"(?P<next>[A-Za-z]+)\s+\S",
    re.IGNORECASE,
)
# not the first word of a verb phrase
_NOT_VERB_EN = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "our", "their",
    "its", "some", "any", "another", "maybe", "perhaps", "else", "not", "rather", "instead", "if",
    "whether", "even", "just", "so", "then", "me", "him", "them", "us", "someone", "somebody",
    "one", "two", "both", "either", "neither", "later", "earlier", "sooner", "morning",
    "afternoon", "evening", "midday", "noon",
})  # fmt: skip
_DE = lazy(
    r"^(?P<pre>\W*(?:(?:oder|und|also|gut|okay|ok|alternativ),?\s+)*"
    r"(?P<modal>(?:ich|wir)\s+(?:kann|könnte|können|könnten))\s+[^.!?;:,]+?\w(?:en|ern|eln)\s+"
    r"oder\s+)(?P<rest>(?!(?:ich|wir|sie|er|es|man|das|dann)\b)[^.!?;:,]+?\w(?:en|ern|eln))"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)


def _again(modal: str) -> str:
    """The modal said again mid-sentence ("I can", "we can", "ich kann")."""
    return modal if modal.startswith("I ") else modal[:1].lower() + modal[1:]


def with_modal_repeated(sentence: str, lang: str) -> str | None:
    """`sentence` with the modal said again before the second of two acts it offers, or None."""
    if lang == "de":
        m = _DE.search(sentence)
        if m is None:
            return None
        return f"{m['pre']}{_again(m['modal'])} {m['rest']}{m['end']}"
    m = _EN.search(sentence)
    if m is None:
        return None
    word = m["next"]
    low = word.lower()
    if (
        word[0].isupper()
        or low in _NOT_VERB_EN
        or low in SUBJECTS
        or low in PREPOSITIONS
        or is_detail_word(low)
    ):
        return None
    return f"{m['pre']}{_again(m['modal'])} {sentence[m.start('next') :]}"
