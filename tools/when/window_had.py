"""A stretch of time the caller has, said as a length and its start: "ich hab zwischen zwei
Terminen eine Stunde, so ab elf", "eine Stunde Zeit ab Viertel nach neun", "ich hätte anderthalb
Stunden ab zehn", "ab eins hab ich eine halbe Stunde", "I'm free for an hour from three", "from
two I've got half an hour". The appointment must fit in it, so it is round 34's end to keep
(`end_to_keep`): the phrase becomes "ab S bitte vor E" (E = S + the length) with the service's
minutes counted before E, so the window of starts runs from S to E less the service; where the
service fills the stretch that one start ("nur die halbe Stunde ab zwölf" for 30 minutes), where
it does not fit, no start ("outside", as an end to keep).

A stretch said by its start and end with the caller free in it ("I'm free from two until four",
"ich hab von zwei bis vier Zeit", "zwischen 14 und 16 Uhr bin ich frei", "we're available between
one and three") is the same: "ab S bitte vor E". "Haben Sie von zwei bis vier was frei?" (the
salon's free time) and a window with no such words stay the window of starts.

Only a length and a start with nothing but the words of having time around them ("ich hab",
"nur", "Zeit", "Luft", "frei", "I've got", "free for"): "in einer Stunde" (from now), "eine
Stunde vor Ladenschluss" (`hours_anchor`) and a length with no start stay as they are.

A length the appointment takes said beside a stretch by its start and end ("zwischen zehn und
zwölf, eine Stunde", "von zwei bis vier, das dauert ja zwei Stunden", "I've got Tuesday from one
till three, it takes an hour") makes the stretch one the service must fit in, as the caller free
in it does (W35, W50): "ab S bitte vor E", the length's words dropped. A length the appointment
takes said with its start and no words of having time ("anderthalb Stunden ab halb zwei", "for
two hours from ten", "ich bräuchte drei Stunden ab neun") is the service's length from that
start: the start itself ("um S"), never the window cut to the length (W50).

Works on normalized text (`tools.when.normalize`)."""

from __future__ import annotations

import re

from tools.when.normalize import normalize
from tools.when.stretch import STRETCH, stretch_minutes
from tools.when.times import Clock, parse_clock

# the words of having time, said around the length
_FILL = (
    r"(?:ich|i|wir|we|hab|habe|haette|hatte|haett|hast|hab\s+ich|habe\s+ich|haette\s+ich"
    r"|nur|noch|bloss|so|also|etwa|zeit|luft|frei|free|for|im|ive|got|have|has|just|only|dann"
    r"|da|mal|spare|can|window|bin|am|available|fuer|aber|zwischen\s+(?:2\s+)?terminen"
    r"|between\s+(?:2\s+)?(?:appointments|meetings))"
)
_FROM = r"(?:(?:so|also|etwa|ungefaehr|about|around)\s+)?(?:ab|from|starting\s+(?:at|from))"
_CLOCK = r"(?P<clock>\S+(?:\s+\S+){0,3})"
# "ich hab eine Stunde ab elf", "eine Stunde Zeit ab Viertel nach neun"
_LENGTH_FIRST = re.compile(
    rf"(?<!\bin\s)\b(?:{_FILL}\s+)*(?P<length>{STRETCH})(?:\s+{_FILL})*\s+{_FROM}\s+{_CLOCK}"
)
# what may follow the length: nothing, or another clause ("ab elf hab ich eine Stunde Yoga" is
# the caller's own appointment, never free time)
_CLAUSE_END = r"(?=$|\s+(?:und|aber|also|dann|bitte|am|an|and|but|so|then|please|on)\b)"
# "ab eins hab ich eine halbe Stunde", "from six ive got an hour"
_START_FIRST = re.compile(
    rf"\b(?:{_FILL}\s+)*{_FROM}\s+(?P<clock>\S+(?:\s+\S+){{0,2}}?)(?:\s+{_FILL})*\s+"
    rf"(?P<length>{STRETCH})(?:\s+{_FILL})*{_CLAUSE_END}"
)


# the clause must say the caller has the time ("ich hab", "Zeit", "free"): "ich brauche zwei
# Stunden ab zehn", "I need an hour from two", "für eine Stunde ab drei" may be the service's length
_HAVING = re.compile(
    r"\b(?:hab|habe|haette|hatte|haett|zeit|luft|frei|free|have|ive|got|spare|window|available)\b"
)
_NEEDING = re.compile(r"\b(?:brauch\w*|benoetig\w*|dauer\w*|need\w*|takes?|lasts?)\b")


# "von zwei bis vier", "from 2 until 4", "zwischen 14 und 16 uhr", "between one and three"
_SPAN = re.compile(
    r"\b(?:von|vom|from|zwischen|between)\s+(?P<lo>\S+(?:\s+\S+){0,2}?)\s+"
    r"(?:bis|until|till|til|to|und|and)\s+(?P<hi>\S+(?:\s+\S+){0,3})"
)
# the caller free or with time ("ich bin frei", "hab ich Zeit", "I'm free", "we're available"),
# never the salon's ("haben Sie was frei", "are you free", "something free")
# ("ich hab frei" is a day off, no stretch: "frei" counts with "bin" / "sind")
_HAVE = r"(?:hab|habe|haette|hatte|haben|haetten)"
_BE = r"(?:bin|sind|waere|waeren)"
_CALLER_FREE = re.compile(
    rf"\b(?:ich|wir)\s+(?:{_HAVE}\b(?:\s+\S+){{0,8}}?\s+zeit|{_BE}\b(?:\s+\S+){{0,8}}?\s+frei)\b"
    rf"|\b(?:{_HAVE}\s+(?:ich|wir)\b(?:\s+\S+){{0,8}}?\s+zeit|{_BE}\s+(?:ich|wir)\b"
    r"(?:\s+\S+){0,8}?\s+frei)\b"
    r"|\b(?:i|im|ive|we|were)\b(?:\s+\S+){0,8}?\s+(?:free|available|(?:have|got)\s+(?:some\s+)?time)\b"
)
_SALONS_FREE = re.compile(
    r"\b(?:sie|ihr|you|youre|was|etwas|something|anything|noch)\s+(?:\S+\s+){0,1}"
    r"(?:zeit|frei|free|available)\b"
)


# the length the appointment takes, said as its own clause beside a stretch ("das dauert ja zwei
# Stunden", "it takes an hour", "ist nur ne halbe Stunde", "eine Stunde")
_TAKES = (
    r"(?:\b(?:das|es|it|this|that|ist|is|dauert|dauern|braucht|brauche|takes?|lasts?|needs?|will"
    r"|nur|ja|only|just|bloss|wohl|so)\s+)*"
)
_LENGTH_CLAUSE = re.compile(rf"{_TAKES}\b{STRETCH}(?=$|\s*[,;]|\s+(?:bitte|please)\b)")


def _free_span(said: str) -> str | None:
    """`said` with the stretch the caller is free in, by its start and end, made "ab S bitte vor
    E"; None when no such stretch is said. A length the appointment takes said beside it makes
    it such a stretch too (its words dropped)."""
    m = _SPAN.search(said)
    if m is None:
        return None
    length = _LENGTH_CLAUSE.search(said, m.start("hi"))
    if length is None and _SALONS_FREE.search(said):
        return None
    if length is not None:  # "haben Sie von zwei bis vier was frei? Es dauert eine Stunde" too
        said = " ".join(f"{said[: length.start()]} {said[length.end() :]}".split())
        m = _SPAN.search(said)
        if m is None:
            return None
    elif not _CALLER_FREE.search(said) or _NEEDING.search(said):
        return None
    low = parse_clock(m["lo"])
    found = _start(m["hi"])
    if not low or len(low) != 1 or found is None:
        return None
    high_said, _, rest = found
    tail = f"{rest} {said[m.end() :]}"
    return " ".join(f"{said[: m.start()]} ab {m['lo']} bitte vor {high_said} {tail}".split())


def _start(words: str) -> tuple[str, Clock, str] | None:
    """The longest leading words of `words` that are one clock time, the clock, and the rest."""
    tokens = words.split()
    for n in range(min(len(tokens), 4), 0, -1):
        said = " ".join(tokens[:n])
        clocks = parse_clock(said)
        if clocks is not None and len(clocks) == 1:
            return said, clocks[0], " ".join(tokens[n:])
    return None


def _end(start: Clock, minutes: int) -> str | None:
    """The clock `minutes` after `start`, written as the start was (12-hour unless fixed)."""
    hour = 12 if start.hour == 0 and not start.fixed and start.meridiem is None else start.hour
    end_hour, end_minute = divmod(hour * 60 + start.minute + minutes, 60)
    if start.fixed:
        return f"{end_hour}:{end_minute:02d}" if end_hour < 24 else None
    if end_hour > 12:
        end_hour -= 12
    if end_hour > 12:
        return None
    meridiem = " pm" if start.meridiem == "pm" else ""
    return f"{end_hour}:{end_minute:02d}{meridiem}"


def span_with_length(text: str) -> str | None:
    """`text` with a stretch by its start and end and the length the appointment takes said
    beside it ("von zwei bis vier, das dauert ja zwei Stunden") made "ab S bitte vor E", or None.
    Read before a duration is dropped as another number (`other_numbers`)."""
    said = normalize(text)
    m = _SPAN.search(said)
    if m is None or _LENGTH_CLAUSE.search(said, m.start("hi")) is None:
        return None
    return _free_span(said)


def window_had(text: str) -> str | None:
    """`text` with the stretch the caller has made "ab S bitte vor E" (the service's minutes to
    be counted before E), or None when no such stretch is said."""
    said = normalize(text)
    span = _free_span(said)
    if span is not None:
        return span
    m = _LENGTH_FIRST.search(said)
    if m is not None:
        found = _start(m["clock"])
        if found is None:
            return None
        clock_said, clock, rest = found
        tail = f"{rest} {said[m.end() :]}"
    else:
        m = _START_FIRST.search(said)
        if m is None:
            return None
        clocks = parse_clock(m["clock"])
        if clocks is None or len(clocks) != 1:
            return None
        clock_said, clock, tail = m["clock"], clocks[0], said[m.end() :]
    if not _HAVING.search(m[0]) or _NEEDING.search(said):
        # the appointment's length from its start ("for two hours from ten"): that start
        return " ".join(f"{said[: m.start()]} um {clock_said} {tail}".split())
    minutes = stretch_minutes(m["length"])
    end = _end(clock, minutes) if minutes else None
    if end is None:
        return None
    return " ".join(f"{said[: m.start()]} ab {clock_said} bitte vor {end} {tail}".split())
