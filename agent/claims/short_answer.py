"""A proposition put up and answered in short, read as the answer says it (blind 21, claims35;
a step of `reworded`):

- the caller's question echoed, then answered after a dash or colon: "Sie fragen, ob der Termin
  gebucht ist – ja, ist er" (booked), "Sie fragten, ob schon gebucht ist – nein, noch nicht"
  and "'Bin ich schon drin?' – Noch nicht, ich brauche erst Ihr Ja" (not booked yet), "You
  asked 'am I booked?' – yes, you are", "You said 'really booked?' – yes, really";
- a denial denied: "There's no way it isn't booked – it is", "It's not like it isn't booked:
  it is" (booked), "Nicht dass Sie denken, es sei schon gebucht – ist es nicht" (not yet);
- a comparison that cannot be topped: "Can't get more booked than that!", "Fester geht's
  nicht" (the state itself).

A short answer ("ja, ist er", "yes, really", "it is", "no, not yet", "ist es nicht") takes the
state word of what it answers and its polarity: yes is the state, no is the state not reached
yet (convention 5; only for the booking's words). An answer in a clause of its own ("Es hat
geklappt, Sie sind gebucht", "actually nothing's booked yet") is read as said, the frame gone.
The caller's preference reported with nothing answered ("Sie sagten ja, Freitag passt Ihnen",
"You said Friday works for you") claims nothing. Not: an answer that is a question, a frame
with no answer after it, a report followed by the speaker's own act ("…, so I've booked it").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_QUOTE_OPEN, _QUOTE_CLOSE = "[„\"'‚‘“]", "[“\"'‘’”]"
_DASH = r"\s*(?:[–—:]|\s-)\s*"
_FRAMES = (
    # the caller's question echoed
    lazy(
        r"^\W*(?:sie\s+(?:fragen|fragten|wollen\s+wissen|wollten\s+wissen)(?:\s+mich)?|"
        r"you(?:'re|\s+are|\s+were)?\s+(?:ask|asked|asking|wondering|wanted\s+to\s+know)"
        r"(?:\s+me)?)\s*,?\s*(?:ob|if|whether)\s+(?P<p>[^–—:?]+?)" + _DASH + r"(?P<a>.+)$",
        re.IGNORECASE,
    ),
    # blind 37 (claims85): the whether-clause answered after its own "?" or ";", or put up by
    # the agent's check: "Ob die Stornierung durch ist? Ja, …", "You asked if it's cancelled; yes,
    # it is", "Ich habe geprüft, ob er eingetragen ist – bisher nicht", "Whether I cancelled it?
    # No, I haven't"
    lazy(
        r"^\W*(?:(?:sie\s+(?:fragen|fragten|wollen\s+wissen|wollten\s+wissen)(?:\s+mich)?|"
        r"you(?:'re|\s+are|\s+were)?\s+(?:ask|asked|asking|wondering|wanted\s+to\s+know)"
        r"(?:\s+me)?)\s*,?\s*(?:ob|if|whether)|(?:ich\s+habe|i(?:'ve|\s+have)?)\s+(?:geprüft|"
        r"nachgesehen|nachgeschaut|geschaut|checked|looked)\s*,?\s*(?:ob|if|whether)|ob|whether)\s+"
        r"(?P<p>[^–—:;?]+?)\s*(?:\?|;|[–—:]|\s-)\s*(?P<a>.+)$",
        re.IGNORECASE,
    ),
    lazy(
        r"^\W*(?:sie\s+(?:sagten|sagen|fragten|fragen)|you\s+(?:said|say|asked|ask))\s+"
        + _QUOTE_OPEN
        + r"(?P<p>[^“\"'‘’”]{1,60}?)\??"
        + _QUOTE_CLOSE
        + _DASH
        + r"(?P<a>.+)$",
        re.IGNORECASE,
    ),
    lazy(
        r"^\W*"
        + _QUOTE_OPEN
        + r"(?P<p>[^“\"'‘’”]{1,60}?)\?"
        + _QUOTE_CLOSE
        + r"(?:\s*,?\s*(?:fragen\s+sie|you\s+ask))?"
        + _DASH
        + r"(?P<a>.+)$",
        re.IGNORECASE,
    ),
    lazy(
        r"^\W*(?:sie\s+sagten\s*,|you\s+said)\s+(?P<p>[^–—:]+?)" + _DASH + r"(?P<a>.+)$",
        re.IGNORECASE,
    ),
    # claims116: the caller's belief told back, then answered ("Sie dachten, der Termin sei schon
    # gebucht – und das ist er auch", "You thought it was already booked – and it is"); alone it
    # claims nothing (convention 721)
    lazy(
        r"^\W*(?:(?:ich\s+)?verstehe\s*,?\s*|i\s+(?:see|understand)\s*,?\s*)?(?:sie\s+(?:dachten|"
        r"glaubten|meinten|gingen\s+davon\s+aus)|you\s+(?:thought|assumed|believed|figured))\s*,?\s*"
        r"(?:that\s+|dass\s+)?(?P<p>[^–—:]+?)" + _DASH + r"(?P<a>.+)$",
        re.IGNORECASE,
    ),
    # a denial denied
    lazy(
        r"^\W*(?:there's\s+|there\s+is\s+)?no\s+(?:way|chance)\s+(?P<p>[^–—:]+?)"
        + _DASH
        + r"(?P<a>.+)$|^\W*it's\s+not\s+like\s+(?P<p2>[^–—:]+?)"
        + _DASH
        + r"(?P<a2>.+)$|"
        r"^\W*nicht\s+dass\s+sie\s+(?:denken|meinen|glauben)\s*,\s*(?P<p3>[^–—:]+?)"
        + _DASH
        + r"(?P<a3>.+)$",
        re.IGNORECASE,
    ),
)
_TOPPED = lazy(
    r"^\W*(?:you\s+)?can(?:'t|not)\s+get\s+(?:any\s+)?more\s+(?P<p>\w+)\s+than\s+(?:that|this)\b"
    r"|^\W*(?:noch\s+)?(?P<p2>fest|fix)er\s+geht(?:'s|\s+es)?\s+nicht\b",
    re.IGNORECASE,
)
_STATE = lazy(
    r"\b(gebucht|eingetragen|bestätigt|fest|fix|drin|storniert|abgesagt|verschoben|booked|"
    r"confirmed|in|firm|fixed|cancell?ed|moved|worked|geklappt|gestrichen|called\s+off)\b",
    re.IGNORECASE,
)
_BOOKING_STATE = frozenset(
    {"gebucht", "eingetragen", "bestätigt", "fest", "fix", "drin", "booked", "confirmed", "in",
     "firm", "fixed"}
)  # fmt: skip
_CANCEL_STATE = frozenset({"storniert", "abgesagt", "gestrichen", "cancelled", "canceled"})
_CANCELLATION_DONE = lazy(
    r"\b(?:stornierung|absage|cancellation)\b[^,;]*\b(?:durch|geklappt|through|gone\s+through)\b",
    re.IGNORECASE,
)
_DAY = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_PARTICLE = lazy(
    r"^\s*(?:ja|jawohl|genau|doch|nein|nee|yes|yeah|yep|no|nope|actually|well|also|tatsächlich|und|and|"
    r"wirklich|really|indeed|sorry|leider)\b[,!.]?\s*",
    re.IGNORECASE,
)
_ELLIPTIC_WORD = (
    r"(?:ist|sind|bin|hat|haben|is|are|am|did|does|has|have|it|er|es|sie|you|they|i|ich|noch|"
    r"nicht|not|yet|no|nein|ja|yes|wirklich|really|leider|sorry|isn't|aren't|it's|you're|schon|"
    r"already|nope|definitely|absolutely|sure|natürlich|klar|das|des|that|so|auch|also|wohl|"
    r"did|didn't|worked|geklappt|bisher|haven't|hasn't|habe|hab|far)"
)
_ELLIPTIC = lazy(rf"^\s*(?:{_ELLIPTIC_WORD}\W*)*$", re.IGNORECASE)
_NEGATIVE = lazy(
    r"\b(?:nein|nee|no|nope|nicht|not|isn't|aren't|nichts|nothing)\b|n't\b", re.IGNORECASE
)
_DENIAL = lazy(r"\s*\bnot\b|n't\b|\s+nicht\b|isn't", re.IGNORECASE)
_PREFERENCE = lazy(
    r"^\W*(?:sie\s+(?:sagten|meinten|sagen|meinen)(?:\s+(?:ja|doch|vorhin|eben|schon))*|"
    r"you\s+(?:said|mentioned|told\s+me)(?:\s+(?:earlier|before))?)\s*,?\s*(?:that\s+|dass\s+)?"
    r"(?P<p>[^–—:;?]+)$",
    re.IGNORECASE,
)
_PREFERS = lazy(
    r"\b(?:passt|passen|geht|lieber|besser|works|work|suits|suit|prefer|prefers|better|"
    r"would\s+like|möchten|wollen)\b",
    re.IGNORECASE,
)
_OWN_ACT = lazy(
    r"\b(?:so|also|deshalb|daher|dann|and|und|therefore)\b\s+(?:i|ich|we|wir|habe|hab|have|'ve)\b|"
    r"\b(?:gebucht|eingetragen|booked|confirmed|cancell?ed|storniert)\b",
    re.IGNORECASE,
)


def _statement(pred: str, positive: bool, de: bool, day: str = "") -> str | None:
    p = re.sub(r"\s+", " ", pred.lower())
    if p == "called off":
        p = "cancelled"
    if not positive and p in _CANCEL_STATE:  # "ob … storniert ist? Nein": not cancelled (280)
        subject = (f"Der Termin am {day}" if day else "Der Termin") if de else (day or "It")
        return f"{subject} ist nicht storniert." if de else f"{subject} is not cancelled."
    if not positive and p not in _BOOKING_STATE:
        return None
    if day and p not in ("worked", "geklappt", "drin", "in"):  # the day the clause names (14)
        if de:
            return (
                f"Der Termin am {day} ist {p}."
                if positive
                else f"Der Termin am {day} ist noch nicht {p}."
            )
        return f"{day} is {p}." if positive else f"{day} is not {p} yet."
    if p in ("worked", "geklappt"):  # "… ob es geklappt hat – ja": the bare success
        return "Es hat geklappt." if de else "It worked."
    if de:
        if p == "drin":
            return "Sie sind drin." if positive else "Sie sind noch nicht drin."
        return f"Der Termin ist {p}." if positive else f"Der Termin ist noch nicht {p}."
    if p == "in":
        return "You're in." if positive else "You're not in yet."
    return f"It is {p}." if positive else f"It is not {p} yet."


def _answered(prop: str, answer: str, de: bool) -> str | None:
    if answer.rstrip().endswith("?"):
        return None
    segments = re.split(r"\s*(?:[,;–—]|\.\s)\s*", answer.strip())
    short: list[str] = []
    while segments:
        body = segments[0]
        while (m := _PARTICLE.match(body)) is not None:
            body = body[m.end() :]
        if not _ELLIPTIC.match(body.rstrip(".!")):
            break
        short.append(segments.pop(0))
    rest = ", ".join(segments).strip()
    if not short:
        return answer  # an answer in a clause of its own: read as said
    bare_no = all(re.fullmatch(r"\W*(?:nein|nee|no|nope)\W*", s, re.I) for s in short)
    if bare_no and rest:
        return rest  # "– no, I haven't done anything yet": the clause says it
    states = _STATE.findall(prop)
    if not states and _CANCELLATION_DONE.search(prop):  # "ob die Stornierung durch ist"
        states = ["storniert" if de else "cancelled"]
    positive = not _NEGATIVE.search(" ".join(short))
    day = _DAY.search(prop)
    named = day.group(0).capitalize() if day else ""
    statement = _statement(states[-1], positive, de, named) if states else None
    if statement is None and positive and rest and _DAY.search(prop) and _STATE.search(rest):
        # "ob Fabian Sie am Freitag nimmt: Ja, Sie sind bei ihm gebucht": as said, of that day
        day = _DAY.search(prop).group(0).capitalize()
        return f"{rest.rstrip('.!')}, {'am' if de else 'on'} {day}."
    if statement is None:  # nothing of the booking's put up ("ob wir samstags offen haben")
        return None
    return f"{statement} {rest}".strip()


def short_answers(text: str, lang: str) -> str:
    """`text` with a short answer read as its statement (unchanged when it has none)."""
    de = lang == "de"
    m = _TOPPED.search(text)
    if m:
        pred = m.group("p") or m.group("p2")
        if pred.lower() in _BOOKING_STATE:
            return _statement(pred, True, de) or text
    for frame in _FRAMES:
        m = frame.search(text)
        if m is None:
            continue
        groups = [g for g in m.groups() if g is not None]
        if len(groups) < 2:
            continue
        if frame is _FRAMES[-1]:
            if not _ELLIPTIC.match(groups[1].rstrip(".!")):
                return text  # an answer of its own ("…: Ich brauche noch Ihr Okay"): the reader's
            if not _NEGATIVE.search(groups[1]):
                # "It's not like Friday isn't confirmed – it is": what it denies, said
                plain = _DENIAL.sub(
                    lambda n: " is" if n.group(0).lower() == "isn't" else "", groups[0]
                )
                return plain.strip().capitalize() + "."
        out = _answered(groups[0], groups[1], de)
        if frame is _FRAMES[1] and out == groups[1]:
            continue  # "Ob das gebucht ist? Aber sicher.": left to the self-asked reading
        if out is not None:
            return out
    m = _PREFERENCE.search(text)
    if m and _PREFERS.search(m.group("p")) and not _OWN_ACT.search(m.group("p")):
        return "Verstanden." if de else "Understood."
    return text
