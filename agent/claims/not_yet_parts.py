"""A part of a reply said not booked yet in words the clause reader does not take (blind 24,
claims41; conventions 5, 56, 75):

- a bracket saying not booked yet beside a status ("vorgemerkt (noch nicht fest) – Samstag");
- the booking said to come only after the caller's yes ("gebucht erst nach Ihrem Ja", "booked
  once you say yes"); the booking said still to come ("Buchung – steht noch aus", "Booking — not
  done yet", "Buchung: noch offen"); a status line of the appointment with "not yet" ("Termin:
  noch nicht bestätigt", "Eintrag: steht noch aus");
- a participle fronted and denied ("reserviert ist er, aber gebucht noch nicht", "fest noch
  nicht");
- a slot said only held ("erst vorgemerkt", "only pencilled in so far") or still held, beside a
  part said booked ("Die Dauerwelle ist gebucht; die Strähnchen sind noch reserviert"): a hold,
  and not yet a booking, of what that part names ("Ihr Platz ist noch reserviert" alone says it
  is kept, which a booking keeps too: a hold, blind 25's label);
- after a part said booked, another part naming a day, time, stylist or service said "not yet"
  alone ("Freitag ist eingetragen, Samstag noch nicht", "Friday's booked, Saturday isn't yet",
  "Perm: booked. Highlights: not yet.", "Fabian's is booked, Lena's isn't yet"): that one not
  booked yet, and the first booked as it names it.

Each is `not_booked` with what its part names. Not: a part that names nothing of its own after a
booking ("…, der Rest noch nicht"), a "not yet" of something other than the booking ("Die SMS
noch nicht")."""

from __future__ import annotations

import re

from agent.claims.date_apposition import DENIED_AFTER_DATE
from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.said_claim import said

_AFTER_YES = lazy(  # convention 32; English only verbless ("it gets booked when …" is a hold)
    r"\b(?:gebucht|fest|fix|eingetragen)\s+(?:ist\s+er\s+|wird\s+er\s+)?"
    r"(?:(?:aber|allerdings|jedoch|doch)\s+)?erst,?\s+(?:nach|mit|"
    r"wenn|sobald)\b|"
    r"(?:^|[,;:–—-])\s*(?:and\s+|but\s+)?(?:booked|confirmed|locked\s+in)\s+(?:only\s+)?"
    r"(?:once|when|as\s+soon\s+as|after)\s+you\b|"
    # the outcome word first, then the yes it waits for (claims126, blind 48): "Okay: gebucht –
    # sobald Sie Ja sagen", "Gebucht, sobald Sie zustimmen", "Right: confirmed — once you say yes",
    # "Booked, the moment you give me the okay"
    r"(?:^|[:–—-])\s*(?:(?:gut|okay|ok|also|right|alright|fine)\s*[:,]\s*)?(?:gebucht|eingetragen|"
    r"bestätigt|fest|booked|confirmed|locked\s+in)\s*[,–—-]\s*(?:sobald|wenn|once|when|as\s+soon\s+"
    r"as|the\s+moment)\s+(?:sie|you)\b"
)
_TO_COME = lazy(
    r"\b(?:buchung|booking)\s*(?:[:–—-]\s*|ist\s+|is\s+)?(?:steht\s+noch\s+aus|noch\s+offen|"
    r"noch\s+nicht\s+(?:erfolgt|gemacht|durch)|not\s+(?:done\s+|made\s+|complete\s+)?yet|"
    r"still\s+(?:open|pending|to\s+come)|outstanding)\b"
)
# a status line of the appointment itself with "not yet" (blind 29): "Termin: noch nicht
# bestätigt", "Eintrag: steht noch aus", "Appointment: not confirmed yet"; without "noch" /
# "yet" a failure label, neutral (convention 84)
_STATUS_LINE = lazy(
    r"(?:^|[.;!]\s)\W*(?:ihre?\s+|your\s+)?(?:termin|eintrag|eintragung|appointment|entry)"
    r"\s*[:–—-]\s*(?:steht\s+noch\s+aus|noch\s+offen|noch\s+nicht\s+(?:bestätigt|gebucht|"
    r"eingetragen|fest|fix|erfolgt|gemacht|durch)|not\s+yet\s+(?:confirmed|booked|made|done)|"
    r"not\s+(?:confirmed|booked|made|done)\s+yet|still\s+(?:open|to\s+come))\b"
)
_BRACKET = lazy(  # "reserviert (noch nicht gebucht)", "held (not confirmed yet)"
    r"\((?:noch\s+nicht|nicht)\s+(?:gebucht|fest|fix|bestätigt|eingetragen)\)|"
    r"\(not\s+(?:booked|confirmed|locked\s+in)\s+yet\)|\(not\s+yet\s+(?:booked|confirmed)\)"
)
_FRONTED = lazy(
    r"(?:^|,|\baber\b|\bdoch\b)\s*(?:gebucht|fest|fix|eingetragen|bestätigt)\s+(?:ist\s+er\s+|"
    r"ist\s+sie\s+|ist\s+es\s+)?(?:aber\s+)?(?:noch\s+nicht|nicht)\b(?!\s+\w+[t]\b)"
)
_HOLD_WORD = (
    r"(?:reserviert|vorgemerkt|geblockt|on\s+hold|reserved|held|pencill?ed\s+in|provisional)"
)
# "only … so far", "erst vorgemerkt": not yet booked in itself
_ONLY_HELD = lazy(
    r"\bonly\s+(?:\w+\s+)?(?:pencill?ed\s+in|on\s+hold|held|reserved)\s+so\s+far\b|"
    rf"\berst(?!\s+mal)\s+(?:\w+\s+)?{_HOLD_WORD}\b"
)
# "noch reserviert", "still held": still kept; not yet booked only beside a part said booked
# ("Die Dauerwelle ist gebucht; die Strähnchen sind noch reserviert")
_STILL_HELD = lazy(rf"(?<!nicht mehr )(?<!no longer )\b(?:noch|still)\s+(?:\w+\s+)?{_HOLD_WORD}\b")
_BOOKED = lazy(
    r"\b(?:gebucht|eingetragen|fest|fix|steht|bestätigt|booked|confirmed|in|locked\s+in|set)\b"
)
_NOT_YET_ALONE = lazy(
    r"^\W*(?P<np>[\w' .]+?)\s*(?::\s*|'s\s+|\s+)?(?:ist\s+|sind\s+)?(?:noch\s+nicht|noch\s+offen|"
    r"not\s+yet|isn't\s+yet|aren't\s+yet|is\s+not\s+yet|are\s+not\s+yet|still\s+open|"
    r"(?:is|are)\s*n't(?:\s+\w+)?\s+yet)\W*$"
)
# a part said only or still held needs a hold word, one said "not yet" alone "noch", "yet" or
# "still": a sentence with none of them has no part this module reads
_PART_MAY = lazy(rf"{_HOLD_WORD}|noch|yet|still")
# not at the dot of a date's day ("Gebucht ist Ihr Termin am 27. um 10 Uhr … noch nicht", claims126)
_PARTS = lazy(r"[;,\n]|(?<!\b\d)(?<!\b\d\d)\.|\b(?:aber|but|und|and)\b")


def _names_something(piece: str, names: Names) -> bool:
    d = read_details(piece, names)
    return bool(d.weekdays or d.days or d.relative_days or d.times or d.stylists or d.services)


def parts_not_yet(sentence: str, names: Names) -> tuple[Claim, ...]:
    """`not_booked` for each part said not booked yet (see above); `booked` for the part said
    booked before an elliptical "not yet"."""
    text = normalize(sentence)
    if "?" in text:
        return ()
    out: list[Claim] = []
    if any(r.search(text) for r in (_TO_COME, _STATUS_LINE, _FRONTED, _BRACKET, _AFTER_YES)):
        out.append(said(ClaimKind.NOT_BOOKED, sentence, text, names))
    elif not _PART_MAY.search(text):
        return ()
    parts = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
    booked_part: str | None = None  # the first part said booked, naming something
    booked_before = elliptical = False
    contrast = any(
        _BOOKED.search(p)
        and not _STILL_HELD.search(p)
        and not re.search(r"\b(?:nicht|not)\b|n't\b", p)
        for p in parts
    )
    for part in parts:
        # alone, "Erst reserviert." is the hold said (conventions 5 and 340: "bisher nur
        # reserviert"); beside a part said booked, the other part is not booked yet (claims74)
        held_only = contrast and (_ONLY_HELD.search(part) or _STILL_HELD.search(part))
        if held_only and not re.search(r"\b(?:nicht|not)\b|n't\b", text):
            out.append(said(ClaimKind.NOT_BOOKED, sentence, part, names))
            out.append(said(ClaimKind.HELD, sentence, part, names))
            continue
        m = _NOT_YET_ALONE.search(part)
        if m and booked_before and _names_something(m["np"], names):
            if DENIED_AFTER_DATE.search(text):  # claims126: one clause denied
                continue
            out.append(said(ClaimKind.NOT_BOOKED, sentence, m["np"], names))
            elliptical = True
            continue
        if _BOOKED.search(part) and not re.search(r"\b(?:nicht|not|noch)\b|n't\b", part):
            if booked_part is None and _names_something(part, names):
                booked_part = part
            booked_before = True
    if elliptical and booked_part is not None:
        out.append(said(ClaimKind.BOOKED, sentence, booked_part, names))
    return tuple(out)
