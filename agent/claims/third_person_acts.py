"""Outcomes told as another person's act or in the passive (blind 22, claims37): a colleague, the
team, the front desk or the manager as the agent of a done act ("Meine Kollegin hat Sie
eingetragen", "The front desk has just finished your booking", "The team has you down") is read as
the speaker's own act; the impersonal passive of "sich kümmern" ("Darum wurde sich gekümmert")
and "it's been dealt with" as done; the caller no longer expected ("Am Freitag werden Sie nicht
mehr erwartet", "Für Freitag wird nicht mehr mit Ihnen gerechnet", "You're no longer expected on
Friday") as the appointment gone, in the active the reader takes. A colleague's act to come
("trägt Sie gleich ein") and a person's state ("hat heute frei") claim nothing: the act must be
done (a perfect) and about the caller ("Sie", "Ihr …", "für Sie", "you", "your")."""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DE_STAFF = lazy(
    r"^(?P<pre>.*?)\b(?:mein|meine|unser|unsere|die|der|das)\s+(?:\w+\s+)?"
    r"(?:kolleg(?:e|in)|team|empfang|rezeption|chef(?:in)?|manager(?:in)?|inhaber(?:in)?)"
    r"(?:\s+(?:am|vom|an\s+der|im)\s+\w+)?\s+(?:hat|haben)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DE_ABOUT_CALLER = lazy(r"\b(?:sie|ihnen|ihr|ihre|ihren|ihrem|ihrer)\b", re.IGNORECASE)
_DE_PERFECT = lazy(r"\b(?:ge\w+[tn]|\w+ge\w+[tn]|\w+iert)\s*[.!]?\s*$", re.IGNORECASE)
_EN_STAFF = lazy(
    r"^(?P<pre>.*?)\b(?:(?:my|our|the)\s+(?:\w+\s+)?(?:colleague|co-?worker|team|front\s+desk|"
    r"reception(?:ist)?|manager|owner)|reception)\s+(?:has|'s)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_EN_ACT = lazy(
    r"^(?:(?:already|just|now)\s+)*(?:(?:booked|put|pencil(?:l)?ed|entered|finished|completed|"
    r"confirmed|sorted|got)\b|you\s+down\b)",
    re.IGNORECASE,
)
_DE_KUEMMERN = lazy(
    r"^\s*(?:darum|um\s+(?:das|alles(?:\s+weitere)?|den\s+rest))\s+wurde\s+sich\s+"
    r"(?:(?:schon|bereits|längst|gerade|jetzt)\s+)*gekümmert\s*[.!]?\s*$",
    re.IGNORECASE,
)
_EN_DEALT = lazy(
    r"^\s*(?:it|that|this|everything|all\s+of\s+that)(?:'s|\s+has|\s+is)\s+(?:all\s+)?been\s+"
    r"(?:dealt\s+with|seen\s+to|sorted(?:\s+out)?)(?:\s+now)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_DE_NOT_EXPECTED = lazy(
    r"^\s*(?P<a>.*?)\b(?:sie\s+werden|werden\s+sie)\s+(?P<b>.*?)\bnicht\s+mehr\s+(?P<c>.*?)\s*erwartet\s*[.!]?\s*$",
    re.IGNORECASE,
)
_DE_NOT_COUNTED = lazy(
    r"^(?=.*\bwird\b)(?=.*\bnicht\s+mehr\b)(?=.*\bmit\s+ihnen\b)(?=.*\bgerechnet\b).*$",
    re.IGNORECASE,
)
_EN_NOT_EXPECTED = lazy(
    r"^\s*you(?:'re|\s+are)\s+(?:no\s+longer\s+expected|not\s+expected)\b(?P<rest>.*?)"
    r"(?:\s+any\s*more)?\s*[.!]?\s*$|^\s*you\s+aren't\s+expected\b(?P<rest2>.*?)"
    r"(?:\s+any\s*more)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# a slot released for the caller before the act ("freigegeben und eingetragen") is no cancellation
_RELEASED_FOR = lazy(r"\b\w*freigegeben\s+und\s+", re.IGNORECASE)
_QUESTION_OR_IF = lazy(r"\?|\b(?:wenn|falls|ob|if|whether|once|sobald)\b", re.IGNORECASE)


def as_own_act(sentence: str, lang: str) -> str | None:
    """`sentence` with another person's done act or the passive told in the reader's words."""
    text = straight_apostrophes(sentence)
    if _QUESTION_OR_IF.search(text):
        return None
    if lang == "de":
        if _DE_KUEMMERN.match(text):
            return "Das ist erledigt."
        m = _DE_NOT_EXPECTED.match(text)
        if m:
            said = f"Wir erwarten Sie {m['a'].lower()} {m['b']} nicht mehr {m['c']}"
            return " ".join(said.split()) + "."
        if _DE_NOT_COUNTED.match(text):
            rest = re.sub(
                r"\bwird\b|\bnicht\s+mehr\b|\bmit\s+ihnen\b|\bgerechnet\b|[.!]",
                " ",
                text,
                flags=re.I,
            )
            return f"Wir rechnen {' '.join(rest.split())} nicht mehr mit Ihnen."
        m = _DE_STAFF.match(text)
        if m and _DE_ABOUT_CALLER.search(m["rest"]) and _DE_PERFECT.search(m["rest"]):
            rest = _RELEASED_FOR.sub("", m["rest"])  # "für Sie freigegeben und eingetragen"
            return f"{m['pre']}ich habe {rest}"
        return None
    if _EN_DEALT.match(text):
        return "It's been taken care of."
    m = _EN_NOT_EXPECTED.match(text)
    if m:
        rest = (m["rest"] or m["rest2"] or "").strip()
        return f"Fabian isn't expecting you {rest} anymore.".replace("  ", " ")
    m = _EN_STAFF.match(text)
    if m and _EN_ACT.match(m["rest"]) and re.search(r"\byou\b|\byour\b", m["rest"], re.I):
        return f"{m['pre']}I have {m['rest']}"
    return None
