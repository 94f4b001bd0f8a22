"""A short answer says what the caller's question said, read as a statement (blind 44, claims108).

`caller_answer.asked` knows the words of the usual questions ("gebucht?", "storniert?", "Did it
go through?"); the caller may ask in any words: "Steh ich jetzt im Kalender?", "Ist mein Termin
jetzt weg?", "Hätte Lena am Samstag um elf noch Zeit?", "Bekomme ich eine Erinnerung?", "Is my
appointment off now?", "Will you remind me?", "Is it still waiting on the salon?". When that
reading finds no outcome asked, the question is turned into the statement a yes affirms
(`asked_statement`) and read by the whole reader, without the caller's words; the answer
(conventions 74, 463, 5, 280, 190):

- a yes of answer words ("Ja.", "Absolut.", "Ja, stehen Sie.", "It is, yes.", "You do.") claims
  what the statement claims, with its details and nothing else: the answer's own words read
  alone ("Ja, hab ich." as a booking) give way to it, so a yes to "Haben Sie meinen Namen?" or
  "Ist das in der Nähe vom Bahnhof?" claims nothing;
- "Doch." or an echoed verb ("Doch, sind Sie.", "You are, yes.") to a negated question claims
  the statement without its negation; a bare "Ja." / "Yes." to it lends nothing (463);
- a "not yet" of answer words claims the booking not made (`not_booked`, 5) or the cancellation
  not made (`not_cancelled`, 280) when the statement claims it; anything else, nothing (190);
- a no, or an answer with words of its own, is read as said.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from agent.claims.answered_question import answer_polarity
from agent.claims.asked_statement import asked_statement
from agent.claims.caller_answer import _gainsaid, asked
from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.spoken_turn import sentence_spans

# what a "not yet" to the statement's claim says (5, 280); to any other claim nothing (190)
_NOT_YET = {ClaimKind.BOOKED: ClaimKind.NOT_BOOKED, ClaimKind.CANCELLED: ClaimKind.NOT_CANCELLED}
# the word that gainsays a negated question, or an affirming echo ("Doch.", "You are, yes.")
_GAINSAYS = lazy(
    r"\bdoch\b|\b(?:it|that|you|i|we|she|he|they)\s+(?:is|are|am|was|did|does|do|has|have|will)\b"
)
_NO = frozenset("nein nee nö no nope not nicht kein keine".split())


def answered_statement(
    sentence: str,
    lang: str,
    caller: str,
    claims: tuple[Claim, ...],
    names: Names,
    read: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims` of `sentence`, the answer's read as the caller's question stated (see above);
    `read` reads a statement with the caller's words left out."""
    if not caller or "?" not in caller:
        return claims
    first = _first_sentence(sentence)
    statement = asked_statement(caller, lang)
    if statement is None:
        statement = asked_statement(caller, lang, without_negation=True)
        if statement is None or not _gainsays(first, caller):
            return claims
        question = _gainsaid(first, caller)  # the question without its negation
        if question is not None and asked(question + "?") is not None:
            return claims  # the usual words: `caller_answer` read it
        polarity = "yes"
    else:
        if asked(caller) is not None and answer_polarity(first, caller) is not None:
            return claims  # the usual words, answered in the question's: `answered_question`
        answer = answer_polarity(first, f"{caller} {statement}")
        if answer is None or not answer[1] or answer[0] == "no":
            return claims
        polarity = answer[0]
    told = read(statement) or _read_as_visit(statement, lang, names, read)
    if polarity == "not_yet":
        told = tuple(replace(c, kind=_NOT_YET[c.kind]) for c in told if c.kind in _NOT_YET)
    rest = tuple(c for c in claims if c.start >= len(first))
    return rest + tuple(replace(c, start=0, end=len(first)) for c in dict.fromkeys(told))


# "it" / "das" standing for the caller's appointment in a question that places it ("Is it at
# eleven?", "Ist das am Freitag bei Fabian?"), or a day standing for it ("Ist der Freitag bei
# Fabian jetzt sicher?", "Is Friday locked?"): the statement says where the appointment is
_IT = {
    "de": lazy(r"^(?:(?:Der|Den)\s+(?P<day>(?:Mon|Diens|Mittwoch|Donners|Frei|Sams|Sonn)\w*)\b|"
               r"(?:Es|Das|Der|Er)\b)"),
    "en": lazy(r"^(?:(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|(?:It|That|This)\b)"),
}  # fmt: skip
_VISIT = {"de": ("Ihr Termin", "am"), "en": ("Your appointment", "on")}


def _read_as_visit(
    statement: str, lang: str, names: Names, read: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The statement's claims with its "it" or day read as the caller's appointment, when it
    names a day, a time or a stylist; () otherwise."""
    it = _IT.get(lang)
    m = it.search(statement) if it is not None else None
    if m is None:
        return ()
    d = read_details(normalize(statement), names)
    if not (d.weekdays or d.days or d.relative_days or d.times or d.stylists):
        return ()
    visit, on = _VISIT[lang]
    said = f"{visit} {on} {m['day']}" if m["day"] else visit
    return read(said + statement[m.end() :])


def _gainsays(answer: str, caller: str) -> bool:
    """Whether `answer` is a "Doch." or an affirming echo of answer words alone."""
    text = normalize(answer)
    words = re.findall(r"[\w']+", text)
    if not words or len(words) > 6 or any(w in _NO for w in words):
        return False
    return bool(_GAINSAYS.search(text)) and answer_polarity(answer, caller) == ("yes", True)


def _first_sentence(text: str) -> str:
    """The first sentence the guard would speak of `text` (all of it when it is one)."""
    if not re.search(r"[.!…]\s+\S", text):
        return text
    spans = sentence_spans(text)
    return text[: spans[0][1]] if len(spans) > 1 else text
