"""The caller's words taken up and answered (blind 18, claims30): only the answer is the
speaker's own statement, so the frame that quotes or restates the caller is blanked, every
character kept in place (as `told_in_question` does), and what follows is read as said:

- a quote of the caller's, then a dash: "Sie sagten „gebucht“ – ja, genau, gebucht ist er",
  "You said 'cancel it' – done, it's cancelled", "'Is that firm?' you ask – yes, Friday at ten
  is firm", "You said 'booked' – not quite, it isn't booked yet" (the answer's "ja" / "yes" /
  "genau" blanked with the frame; a denial kept);
- the caller's point restated before a colon: "Ganz richtig, was Sie sagen: Der Termin steht",
  "Sie meinten, Sie wollen sichergehen: Sie sind drin, versprochen", "You said you wanted to be
  sure: you're in";
- a question that only asks whether the caller heard or knew an outcome: "Haben Sie nicht
  gehört, dass Ihr Termin gebucht ist?", "Wussten Sie nicht, dass Ihr Termin schon bestätigt
  ist?" (the frame blanked, the question mark made a full stop).

Not: an answer that is itself a question ("Sie sagten „gebucht“ – meinen Sie den Freitag?",
"You said 'cancel' – which appointment do you mean?": the question stays one), the caller's
words with no answer after them (left to `no_claim_made`).
"""

from __future__ import annotations

import re

from agent.claims.caller_answer import agreed
from agent.claims.lazy_pattern import lazy

_YES = r"(?:(?:ja|jawohl|genau|richtig|stimmt|yes|yeah|yep|right|exactly|correct|indeed)\W+)*"
_ECHO = lazy(
    # a quote of the caller's, then a dash
    r"^\W*(?:(?:sie\s+(?:sagten|sagen|fragten|fragen|meinten|meinen)|you\s+(?:said|say|asked|ask|"
    r"mentioned))\s+[„\"'‚‘“][^“\"'‘’”]{1,40}[“\"'‘’”]|"
    r"[„\"'‚‘“][^“\"'‘’”]{1,40}\?[“\"'‘’”]\s*,?\s*(?:you\s+(?:ask|asked|say|said)|"
    r"(?:fragen|fragten|sagen|sagten)\s+sie))\s*[–—-]+\s*" + _YES + r"|"
    # the caller's point restated before a colon
    r"^\W*(?:(?:ganz\s+)?(?:richtig|genau|stimmt)\s*,\s*was\s+sie\s+(?:sagen|sagten|meinen)|"
    r"(?:genau\s+|ganz\s+)?wie\s+sie\s+(?:sagen|sagten|meinen|meinten)|"
    r"(?:quite\s+)?right,\s+what\s+you\s+(?:say|said)|(?:just\s+)?(?:as|like)\s+you\s+(?:say|said)|"
    r"sie\s+(?:meinten|sagten),\s+sie\s+(?:wollen|wollten|möchten|müssten)\s+[^:.!?]{3,50}|"
    r"you\s+(?:said|mentioned)\s+you\s+(?:want|wanted|need|needed)\s+[^:.!?]{3,50})"
    r"\s*:\s*" + _YES,
    re.IGNORECASE,
)
_HEARD = lazy(
    r"^\W*(?:haben\s+sie\s+(?:(?:denn|nicht|schon|noch\s+nicht)\s+){1,2}gehört|wussten\s+sie"
    r"(?:\s+(?:denn|nicht|schon|eigentlich|noch\s+nicht)){1,2}|didn't\s+you\s+(?:hear|know)|"
    r"haven't\s+you\s+heard)\s*,?\s*(?:dass|that)\s+",
    re.IGNORECASE,
)


def answered(sentence: str) -> str:
    """`sentence` with the frames above blanked, characters kept in place; unchanged when it has
    none."""
    m = _ECHO.search(sentence)
    if m is not None:
        rest = sentence[m.end() :]
        if rest.strip() and not rest.rstrip().endswith("?"):
            return " " * m.end() + rest
        return sentence
    if "?" not in sentence:  # "Sie haben recht, halb elf": the agreement is the yes (claims122)
        sentence = agreed(sentence)
    if "?" in sentence:
        m = _HEARD.search(sentence)
        if m is not None:
            end = sentence.find("?", m.end())
            if end >= 0:
                return " " * m.end() + sentence[m.end() : end] + "." + sentence[end + 1 :]
    return sentence
