"""A question the agent asks itself and answers at once, read as a question and its answer (blind
36, claims81): "Gebucht? Ja.", "Ist der Termin fest? Ja, ist er.", "Eingetragen? Klar.", "Booked?
You bet.", "Is it confirmed? Yes, it is.", "Cancelled? Yep, done.", "Gebucht? Leider noch nicht."

The caller hears the answer as a statement of what was asked: a yes claims it, a "not yet" denies
it (convention 74, read by `answered_question` as for the caller's own question). The reader took
the question as no claim and the bare answer as nothing. Here the question in front is put in the
caller's place: a bare participle or word of state ("Gebucht?", "Booked?", "Locked in?") is asked
as "Ist es …?" / "Is it …?", and an emphatic yes ("You bet", "Und wie!", "Aber sicher doch") said
as "yes". Not: a question about something else ("Open on Saturday? Yes, till four."), an answer
with words of its own ("Moved? Yes, to Thursday."), which are read as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.answered_question import answered_in_place
from agent.claims.caller_answer import asked
from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim

_SELF_ASKED = lazy(r"^\W*(?P<q>[^?.!]{1,60}\?)\s+(?=\S)")
_EMPHATIC_YES = lazy(
    r"^\W*(?:you\s+bet|und\s+wie|aber\s+(?:sicher|klar)(?:\s+doch)?|na\s+klar|sure(?:\s+thing)?|"
    r"of\s+course)"
    # claims84: the question's verb said back after it ("Of course I did", "Aber klar hab ich das")
    r"(?:\W*(?:i\s+did|i\s+have|hab(?:e)?\s+ich(?:\s+(?:das|es))?))?(?=\W*$)",
    re.IGNORECASE,
)

_I = lazy(r"\bI\b")


def _question(q: str) -> str | None:
    """The self-asked question as the caller's yes-or-no question, or None when it asks no
    outcome."""
    you = _I.sub("you", q)  # claims84: "Did I book it?" asked as the caller would
    for asked_as in (q, you, f"Ist es {q[0].lower()}{q[1:]}", f"Is it {q[0].lower()}{q[1:]}"):
        if asked(asked_as) is not None:
            return asked_as
    return None


def self_answered(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of `sentence` with a self-asked question's answer read as that answer."""
    m = _SELF_ASKED.match(sentence)
    if m is None or "?" in sentence[m.end() :]:
        return claims
    question = _question(m["q"].strip())
    if question is None:
        return claims
    off = m.end()
    answer = _EMPHATIC_YES.sub("Ja", sentence[off:])
    before = tuple(c for c in claims if c.start < off)
    after = tuple(
        replace(c, start=c.start - off, end=c.end - off) for c in claims if c.start >= off
    )
    read = answered_in_place(answer, question, after, names)
    if read == after:
        return claims
    return before + tuple(replace(c, start=c.start + off, end=c.end + off) for c in read)


# claims84: a self-asked question whose answer has words of its own, said as one statement (a
# step of `reworded`): "Moved? Yes, to Thursday at three." is "I've moved your appointment to
# Thursday at three." (74, with the place the answer names: 6, 14); "Cancelled? Yes, Saturday's
# off." is its answer; "Bei Sophie? Ja, da sind Sie gebucht." is "Ja, bei Sophie sind Sie gebucht."
# (the question's stylist or day put where the answer points back, 67); "Abgesagt? Nein." is "Ihr
# Termin ist nicht storniert." (280: the cancellation denied). Not: a question about anything
# else ("Open on Saturday? Yes, till four.", "Parken? Direkt vor der Tür."), a bare no to a booking
# or a move (74, 190: neutral).
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_ASKED_ANSWERED = lazy(
    r"^\W*(?P<q>[^?.!]{1,40}?)\s*\?\s+(?P<a>(?P<yes>ja|jawohl|jep|jo|yes|yep|yeah|yup|genau|klar)|"
    r"(?P<no>nein|nee|nö|no|nope))\b\W*(?P<rest>[^?]*?)\W*$",
    re.IGNORECASE,
)
_MOVED_Q = lazy(
    r"^(?:verschoben|verlegt|umgebucht|umgelegt|moved|rescheduled|shifted|pushed|bumped)$",
    re.IGNORECASE,
)
_CANCELLED_Q = lazy(r"^(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off)$", re.IGNORECASE)
# a place the answer names, with no verb of its own: "to Thursday at three", "auf Sonntag"
_PLACE = lazy(
    rf"^(?:(?:over\s+)?to|auf|for|für|nach)?\s*{_DAY}\b(?![^,.;:!?–—-]*?\b(?:is|'s|ist|sind|are|was|"
    r"wurde)\b)",
    re.IGNORECASE,
)
_TO = lazy(r"^(?:(?:over\s+)?to|auf|for|für|nach)\b", re.IGNORECASE)
# the salon's hours asked: "Open on Saturday?", "Samstags geöffnet?"
_HOURS_Q = lazy(
    rf"^(?:(?:open|geöffnet|offen)\s+(?:on\s+|am\s+)?(?P<day>{_DAY})s?|(?P<day2>{_DAY})s?\s+"
    r"(?:geöffnet|offen|open))$",
    re.IGNORECASE,
)
# a detail asked alone: "Bei Sophie?", "With Mehmet?", "Samstag?", "Am Samstag?"
_DETAIL_Q = lazy(
    rf"^(?P<prep>bei|mit|with|am|on)?\s*(?P<word>{_DAY}|[A-ZÄÖÜ][a-zäöüß]+)$", re.IGNORECASE
)
# nothing of the caller's there: "da ist nichts gebucht", "da haben Sie nichts", "nothing's booked"
_NOTHING = lazy(
    r"^(?:da|dort|there)?\s*(?:ist\s+nichts|haben\s+sie\s+nichts|steht\s+nichts|"
    r"nothing(?:'s|\s+is)|you\s+have\s+nothing|there's\s+nothing)\b[^,;]*$",
    re.IGNORECASE,
)
_POINTS_BACK = lazy(r"\b(?:da|dort|there)\b|\bthat's\s+where\s+", re.IGNORECASE)
# the denial said again: "das ist er nicht", "it isn't", "nicht"
_DENIED_AGAIN = lazy(
    r"^(?:(?:das|der|es|er)\s+ist\s+(?:er|es)?\s*nicht|it\s+(?:isn't|is\s+not|wasn't|hasn't"
    r"(?:\s+been)?)|(?:leider\s+)?nicht|not)?$",
    re.IGNORECASE,
)


def _moved_said(participle: str, place: str, lang: str) -> str:
    to = "" if _TO.match(place) else ("auf " if lang == "de" else "to ")
    if lang == "de":
        return f"Ich habe Ihren Termin {to}{place} {participle.lower()}."
    return f"I've {participle.lower()} your appointment {to}{place}."


def _detail_put_back(prep: str | None, word: str, rest: str, lang: str, yes: bool) -> str:
    is_day = re.fullmatch(_DAY, word, re.IGNORECASE) is not None
    if prep:
        phrase = f"{prep.lower()} {word}"
    elif is_day:
        phrase = f"am {word}" if lang == "de" else f"on {word}"
    else:
        return ""
    answer = "Ja" if yes else "Nein"
    if lang == "en":
        answer = "Yes" if yes else "No"
    back = _POINTS_BACK.search(rest)
    if back is not None and not back[0].lower().startswith("that"):
        return f"{answer}, {_POINTS_BACK.sub(phrase, rest, count=1)}."
    return f"{answer}, {_POINTS_BACK.sub('', rest, count=1)} {phrase}."


# claims106 (probes 36 and 36f): the booking asked of the caller and affirmed by the question's
# verb said back, with or without a yes ("Eingebucht? Ja, sind Sie.", "Have I put you down? I
# have.", "Did I book you? I did.", "Are you in? You are."): the booking said (74)
_BOOKING_Q = lazy(
    r"^\W*(?:(?:ob\s+sie\s+)?(?:eingebucht|gebucht|eingetragen|drin)(?:\s+sind)?|"
    r"sind\s+sie\s+(?:gebucht|eingebucht|eingetragen|drin)|ist\s+(?:er|es|der\s+termin)\s+"
    r"(?:gebucht|eingetragen|drin)|steht\s+der\s+termin|"
    r"(?:are|were)\s+you\s+(?:booked(?:\s+in)?|in|down)|is\s+it\s+(?:in|booked)|"
    r"(?:did|have)\s+i\s+(?:book(?:ed)?|put|enter(?:ed)?)\s+(?:you|it)(?:\s+(?:in|down))?)\s*\?\s+"
    r"(?P<a>(?:(?:ja|jawohl|genau|klar|yes|yep|yeah|yup)\W*)?"
    r"(?:(?:das\s+)?(?:sind\s+sie|ist\s+er|ist\s+es|tut\s+er|steht\s+er)|you\s+are|it\s+is|"
    r"i\s+(?:certainly\s+)?(?:did|have))?)\W*$",
    re.IGNORECASE,
)


def self_answered_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a self-asked question whose answer has words of its own said as one
    statement (see above), else as it is."""
    if (b := _BOOKING_Q.match(sentence)) is not None and b["a"].strip():
        return "Sie sind gebucht." if lang == "de" else "You're booked."
    m = _ASKED_ANSWERED.match(sentence)
    if m is None:
        return sentence
    q, rest, yes = m["q"].strip(), m["rest"].strip(), m["yes"] is not None
    if _MOVED_Q.match(q) and yes and _PLACE.match(rest):
        return _moved_said(q, rest, lang)
    if _CANCELLED_Q.match(q):
        if yes and re.search(rf"\b{_DAY}", rest, re.IGNORECASE):
            return f"{rest[0].upper()}{rest[1:]}."
        if not yes:
            denied = "Ihr Termin ist nicht storniert" if lang == "de" else "It's not cancelled"
            return f"{denied}." if _DENIED_AGAIN.match(rest) else f"{denied}, {rest}."
        return sentence
    if (h := _HOURS_Q.match(q)) is not None and yes:  # the salon's hours, no appointment
        day = h["day"] or h["day2"]
        said = f"Wir haben am {day} geöffnet" if lang == "de" else f"We're open on {day}"
        return f"{said}, {rest}." if rest else f"{said}."
    d = _DETAIL_Q.match(q)
    day = d is not None and re.fullmatch(_DAY, d["word"], re.IGNORECASE) is not None
    if day and not yes and _NOTHING.search(rest):  # "Samstag? Nein, da ist nichts gebucht."
        if lang == "de":
            return f"Am {d['word']} haben Sie keinen Termin."
        return f"You're not booked on {d['word']}."
    if d is not None and rest:
        said = _detail_put_back(d["prep"], d["word"], rest, lang, yes)
        return said or sentence
    return sentence
