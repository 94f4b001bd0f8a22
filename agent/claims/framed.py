"""A claim said in a frame the readers do not take apart, restated plainly (blind 23, claims39;
conventions 75 and 76). `unframed` gives the sentence in plain words, or None; `amended` reads it
as any other sentence and adds its claims to the sentence's (the frame's own claims stay).

- A frame of telling: "I'll have you know …", "Just so you know, …", "Leider muss ich Ihnen
  mitteilen, dass …", "Ich freue mich, Ihnen sagen zu können, dass …": the told clause is the
  claim; a German clause of "dass" ends on its verb, a separable verb is put back in main-clause
  order ("dass ich Ihnen … freihalte" -> "ich halte Ihnen … frei").
- Aspect and duration: "You've been in the book for a few minutes already" is "you're in the
  book"; "ist eben rausgegangen" (a text) is "ist raus".
- The salon or its team as the one that has the caller: "The salon has you in its book", "The
  team has you on the schedule" say what "we have you …" says (convention 31).
- A third person holding a slot for the caller: "Fabian hält Ihnen Freitag um zehn frei" is the
  hold "ich halte Ihnen … frei" (the stylist's free time is a hold once it is kept for "Ihnen").
  Not "vorgehalten": the gated files read "Der Termin ist für Sie vorgehalten" as no hold.
- A self-correction ("Korrektur:", "Sorry, I got that wrong —") is read by what it ends on
  (`repair.corrected_tail`, convention 8).
- A recap's denied act in an elliptical clause ("Wir haben über Freitag gesprochen, aber nichts
  eingetragen") is the speaker's act denied (convention 40); a consequence after ", so"
  ("I can't be sure it went through, so the salon will call you") is read on its own; "frei wäre
  noch: <slot>" is "<slot> ist noch frei"; "10 o'clock sharp" is "10 o'clock"; a state put first
  ("Drin sind Sie da noch nicht") is read in plain order; "gebucht wird mit Ihrem Ja" is booked
  only once the caller agrees: not booked yet (convention 5).
- A recap's headings: "Noch offen, also nicht gebucht: <X>" is "<X> ist noch nicht gebucht",
  "reserviert ja, gebucht noch nicht – <X>" names the slot both states are of; a recap of the
  caller's wish (a heading naming the wish), then "Soll ich das so buchen?", offers that slot (convention 2); "your slot,
  which I've confirmed, is …" says the slot is confirmed.

Not: a frame with nothing told after it, a clause that claims nothing once plain (read by the same
readers, so "Leider muss ich Ihnen sagen, dass wir montags zu haben" stays neutral).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.repair import corrected_tail
from agent.claims.reworded import reworded

_I = re.IGNORECASE
_TELLING = (
    lazy(
        r"^\W*(?:i'll\s+have\s+you\s+know|just\s+so\s+you\s+know|let\s+me\s+tell\s+you|"
        r"i'm\s+(?:happy|pleased|glad|delighted|sorry)\s+to\s+(?:tell\s+you|say|let\s+you\s+know|"
        r"inform\s+you|report)|i\s+regret\s+to\s+(?:tell|inform)\s+you)\s*,?\s*(?:that\s+)?",
        _I,
    ),
    lazy(
        r"^\W*(?:leider\s+)?(?:(?:muss|darf|kann|möchte)\s+ich|ich\s+(?:muss|darf|kann|möchte))\s+ihnen\s+(?:leider\s+|gerne?\s+)?"
        r"(?:mitteilen|sagen|berichten|melden)\s*,\s*dass\s+|"
        r"^\W*(?:ich\s+freue\s+mich|es\s+freut\s+mich|es\s+tut\s+mir\s+leid|ich\s+bedauere)"
        r"\s*,\s*ihnen\s+(?:\w+\s+)?(?:mitteilen|sagen|berichten)\s+zu\s+(?:können|dürfen|müssen)"
        r"\s*,\s*dass\s+",
        _I,
    ),
)
_SEPARABLE = lazy(
    r"^(?P<subj>ich|wir)\s+(?P<mid>.+?)\s+(?P<part>frei|vor|ein|fest|zurück|um|ab)"
    r"(?P<verb>[a-zäöüß]{3,}(?:e|en))(?P<end>\W*)$",
    _I,
)
_REWRITES = (
    # aspect and duration: "you've been in the book for a while" is "you're in the book"
    (
        lazy(
            r"\byou've\s+been\s+(?P<s>(?:in|on|down|booked)\b[^,;.!?]*?)(?:\s+for\s+(?:a\s+few|"
            r"some|several|a\s+couple\s+of)\s+(?:minutes|hours|days)|\s+for\s+a\s+(?:while|bit))?"
            r"(?:\s+(?:already|now))?(?=\W*$)",
            _I,
        ),
        r"you're \g<s>",
    ),
    (
        lazy(r"\b(ist|sind)\s+(?:eben|gerade|grad|soeben|schon|vorhin)\s+rausgegangen\b", _I),
        r"\1 raus",
    ),
    (lazy(r"\b(your\s+\w+)'s\s+(?=at\b|on\b|with\b)", _I), r"\1 is "),
    # the salon or its team has the caller
    (
        lazy(
            r"^\W*(?:the|our)\s+(?:salon|team|staff|studio|shop)(?:\s+here)?\s+"
            r"(?:has(?:\s+got)?|'s\s+got)\s+you\b",
            _I,
        ),
        "We have you",
    ),
    (
        lazy(r"\b(?:in|on)\s+its\s+(book|books|diary|calendar|schedule|system)\b", _I),
        r"in the \1",
    ),
    # a third person holding a slot for the caller
    (
        lazy(r"^\W*(?:[A-ZÄÖÜ]\w+|der\s+salon|das\s+team)\s+hält\s+ihnen\b(?=.*\bfrei\W*$)", _I),
        "Ich halte Ihnen",
    ),
    # a booking bound to the caller's yes: not made yet (convention 5)
    (
        lazy(r"\bgebucht\s+wird\s+(?:es\s+|er\s+)?(?:erst\s+)?(?=mit\s+ihrem|sobald|wenn)", _I),
        "gebucht ist es erst ",
    ),
    # "frei wäre noch:", "10 o'clock sharp"
    (
        lazy(r"^\W*(?:frei\s+wäre\s+noch|noch\s+frei\s+wäre)\s*:\s*(.+?)\W*$", _I),
        r"\1 ist noch frei.",
    ),
    # a state fronted: "Drin sind Sie da noch nicht" is "Sie sind da noch nicht drin"
    (
        lazy(
            r"^\W*(?:(?:nee|nein|ne|no)\s*,\s*)?(drin|gebucht|eingetragen|fest)\s+(sind|ist|bin)\s+"
            r"(sie|er|es|ich)\b([^,;.!?–—]*?)(\W*)$",
            _I,
        ),
        r"\3 \2\4 \1\5",
    ),
    (lazy(r"(?<=o'clock)\s+(?:sharp|on\s+the\s+dot)\b|(?<=\d)\s+sharp\b", _I), ""),
    # "at nine sharp" / "at ten on the dot" is "at nine" (blind 30, claims74)
    (
        lazy(
            r"\b((?:at|by)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve|\d{1,2}))\s+(?:sharp|on\s+the\s+dot)\b",
            _I,
        ),
        r"\1",
    ),
)
_RECAP_DENIED = lazy(
    r"^\W*(?:\w+\s*:\s*)?(?P<subj>wir|ich)\s+(?P<aux>haben|habe)\b[^.;:!?]*,\s*aber\s+"
    r"(?:noch\s+)?nichts\s+(?P<part>\w+)\W*$",
    _I,
)
# a recap's heading of states: "Noch offen, also nicht gebucht: <X>", "reserviert ja, gebucht
# noch nicht – <X>"; a recap of the caller's wish, then "Soll ich das so buchen?"
_HEADING_NOT_BOOKED = lazy(
    r"(?:^|[.;]\s+)(?:noch\s+offen\s*,?\s*(?:also\s+)?)?(?:noch\s+)?nicht\s+gebucht\s*:\s*"
    r"(?P<x>[^.;!?]+)",
    _I,
)
_STATE_LIST = lazy(
    r"^\W*(?:[\w ]{0,20}:\s*)?(?P<a>reserviert|vorgemerkt)\s+ja\s*,\s*(?P<b>gebucht|fest)\s+"
    r"noch\s+nicht\s*[–—-]\s*(?P<x>[^.!?]+)",
    _I,
)
_ASK_RECAP = lazy(
    r"^[^:]*\b(?:wunsch|wünsche|anfrage|request|wish|wanted)\b[^:]*:\s*(?P<x>[^.?!:]+)\.\s*(?P<q>soll\s+ich|shall\s+i|should\s+i)\s+(?:das|es|that|it)\s+"
    r"(?:so\s+)?(?P<v>buchen|eintragen|reservieren|book|reserve)\s*\?\s*$",
    _I,
)
# a claim in a non-restrictive relative clause of the caller's slot
_RELATIVE_DONE = lazy(
    r"\b(?P<np>your\s+(?:slot|appointment|booking|visit|time)),\s+which\s+(?:i|we)(?:'ve|\s+have)"
    r"\s+(?:just\s+)?(?P<v>confirmed|booked|reserved|cancell?ed|moved)\s*,\s*(?:is|'s)\s+",
    _I,
)
_SO_CONSEQUENCE = lazy(r",\s+so\s+(?=(?:the\s+salon|we|someone|they|fabian|lena)\b)", _I)


@per_text(512)
def unframed(sentence: str) -> str | None:
    """`sentence` without the frame that hides its claim (see above), or None."""
    text = sentence.strip()
    for frame in _TELLING:
        m = frame.match(text)
        if m and m.end() < len(text):
            text = text[m.end() :]
            text = text[0].upper() + text[1:]
            sep = _SEPARABLE.match(text)
            if sep:
                text = f"{sep['subj']} {sep['verb']} {sep['mid']} {sep['part']}{sep['end']}"
                text = text[0].upper() + text[1:]
            break
    for rule, plain in _REWRITES:
        text = rule.sub(plain, text)
    text = corrected_tail(text)
    m = _RECAP_DENIED.match(text)
    if m:
        text = f"{m['subj'].capitalize()} {m['aux']} noch nichts {m['part']}."
    text = _RELATIVE_DONE.sub(lambda m: f"{m['np']} is {m['v']}, and it is ", text)
    m = _HEADING_NOT_BOOKED.search(text) or _STATE_LIST.match(text) or _ASK_RECAP.match(text)
    if m and "a" in m.groupdict():
        text = f"{m['x'].strip()} ist {m['a']}, {m['b']} ist es noch nicht."
    elif m and "q" in m.groupdict():
        text = f"{m['q'].capitalize()} {m['x'].strip()} {m['v']}?"
    elif m:
        text = f"{m['x'].strip()} ist noch nicht gebucht."
    m = _SO_CONSEQUENCE.search(text)
    if m:
        text = text[m.end() :]
    return None if text == sentence.strip() else text


def framed(sentence: str, lang: str) -> str | None:
    """`sentence` without its frame, in standard words (as decide() reads a turn), or None;
    `amended` reads it through `restated`."""
    plain = unframed(sentence)
    return None if plain is None else reworded(plain, lang) or plain
