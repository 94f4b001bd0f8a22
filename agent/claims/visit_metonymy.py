"""The caller's visit named by what it takes up, put in the standard words (blind 36, claims83; a
step of `reworded`).

- The caller's time, hour or chair with an outcome said of it: "Ihre Zeit bei Fabian am Freitag
  ist eingetragen", "Ihre Stunde am Samstag ist gestrichen", "Your chair with Fabian is set for
  Friday", "Your hour on Friday is in the book" are "Ihr Termin …" / "your appointment …" (31,
  39). Only the caller's own ("Ihr", "your") and only before such an outcome: "Der Stuhl bei
  Fabian bleibt am Freitag leer", "Ihre Zeit ist knapp", "Fabian's chair fills up fast" are no
  appointment.
- The caller's name on a slot or off a day: "Die Zehn-Uhr-Lücke am Freitag hat jetzt Ihren
  Namen", "Friday at ten has your name on it" (booked there); "Ihr Name ist aus dem Freitag
  raus", "Your name's off the Friday list", "We've taken your name off Friday" (that day
  cancelled). Not the name known or kept on file ("Ihr Name ist bei uns bekannt").
- A stylist said to have the caller's day: "Sophie hat jetzt Ihren Freitag", "Mehmet's got your
  Friday" are the caller in that stylist's book that day, as "… hat Sie am Freitag drin" (31).
- The caller's service said in the book (blind 36, claims99): "The colour's in", "Your perm is in
  now", "Ihre Farbe am Freitag ist eingetragen" are "Your appointment for the colour is in", "Ihr
  Termin für Farbe am Freitag ist eingetragen" (31, 39), so the service is held against the
  booking's. Only a service noun as the subject and only before the outcome that ends its clause:
  "Your perm's in good hands", "Curls are in again", "Ihre Farbe hält lange" say no booking.
  Not a pronoun or a quantifier ("Er hat Ihren Freitag", "Nobody's got your Friday").
- The caller said to have their chair or seat (blind 36, claims99): "Sie haben Ihren Stuhl (bei
  Fabian am Freitag)", "You've got your chair" are "Sie haben Ihren Termin …", "You've got your
  appointment" (31, 39); the clause ends there (not "Sie haben Ihren Platz in der Warteschlange").
- A stylist said to take the caller over (blind 36, claims99): "Fabian hat abgesagt, Lena
  übernommen", "Fabian dropped out and Lena took over", "…, so Lena's taking you" are the caller
  in that stylist's book ("Lena hat Sie übernommen", "Lena's got you down"), a name at the
  clause's start and nothing after the verb but "you", "for him/her", "instead", "now": not "Lena
  übernimmt die Farbe", "The system took over the booking". The stylist who "dropped out" before
  it is read as "Fabian hat abgesagt" is (522: the pair is true only where both hold).
- The caller's day said to be with a stylist: "Ihr Freitag ist jetzt bei Sophie", "Your Friday
  is with Sophie now" are the same (probe 36f, claims100). Not a pronoun ("Ihr Freitag ist bei
  ihm", "Your Friday is with us").
- A slot said to be the caller's: "Die Zehn-Uhr-Zeit am Freitag ist Ihre" is "… gehört Ihnen"
  (a day or an hour in it); said "statt" / "instead of" another day, the move from that day:
  "Fabians Donnerstag um drei gehört jetzt Ihnen statt des Freitags", "Fabian's Thursday three
  o'clock is yours now instead of Friday" are "Statt Freitag ist es jetzt …", "Instead of
  Friday, you're now on …" (6).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DE_OUTCOME = (
    r"(?=(?:\s+(?:am|bei|um|für|im|an)\s+[\wäöüß-]+(?:\s+um\s+[\wäöüß-]+)?)*\s+(?:ist|wurde|sind)\s+"
    r"(?:jetzt\s+|nun\s+|schon\s+|fest\s+)*(?:eingetragen|notiert|vermerkt|gebucht|gestrichen|"
    r"storniert|bestätigt|abgesagt)\b)"
)
_DE_NOUN = lazy(r"\bihre?\s+(?:zeit|stunde|stuhl|sitzplatz)\b" + _DE_OUTCOME, re.IGNORECASE)
_EN_NOUN = lazy(
    r"\byour\s+(?:chair|hour|time|seat)\b(?=(?:\s+(?:with|on|at|for)\s+[\w'-]+)*\s+(?:is|'s|has\s+been|"
    r"was)\s+(?:now\s+|all\s+)?(?:set|booked|confirmed|entered|cancell?ed|locked\s+in|in\s+the\s+"
    r"(?:book|diary|calendar))\b)",
    re.IGNORECASE,
)
# hair services an English speaker names as the visit (the detail reader maps them to the salon's)
_EN_SERVICE = (
    r"(?:perm|colou?r|highlights|lowlights|balayage|foils|(?:hair)?cut|trim|beard\s+trim|shave|"
    r"blow-?dry|tint|(?:ladies|gents|men|women|kids|children)(?:'s|')?\s+(?:hair)?cut)"
)
_EN_SERVICE_IN = lazy(
    rf"^\W*(?:(?:so|and|okay|ok|right|great|good|perfect)\W+)?(?:the|your)\s+(?P<svc>{_EN_SERVICE})"
    r"(?:['’]s|\s+is|\s+are)\s+(?P<adv>(?:now\s+|all\s+)?)"
    r"in\b(?=(?:\s+now)?\s*(?:[,.!;–—]|\s-\s|$))",
    re.IGNORECASE,
)
# German service aliases that are everyday nouns too (the reader does not take them alone as the
# visit: "Ihre Farbe hält lange"): before a booking's outcome they are the visit for that service
_DE_SERVICE_OUTCOME = lazy(
    r"^\W*(?:ihre?|die|der|das)\s+(?P<svc>farbe|haarfarbe|tönung|locken|welle|bart|rasur|ansatz)"
    r"(?P<mid>(?:\s+(?:am|bei|um|für)\s+[\wäöüß-]+(?:\s+um\s+[\wäöüß-]+)?)*)\s+"
    r"(?P<verb>ist|sind|wurde|wurden)\s+(?P<adv>(?:(?:jetzt|nun|schon|fest)\s+)*)"
    r"(?P<part>eingetragen|gebucht|bestätigt|drin|notiert|vermerkt|storniert|abgesagt|gestrichen)\b",
    re.IGNORECASE,
)
_DAY_DE = r"(?P<day>montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday)"
_DE_NAME_OFF = lazy(
    rf"^\W*ihr\s+name\s+(?:ist|wurde)\s+(?:jetzt\s+|nun\s+)?(?:aus\s+dem|vom|von\s+dem)\s+{_DAY_DE}"
    r"(?:s?(?:kalender|termin|liste))?\s+(?:raus|gestrichen|entfernt|genommen)(?:\s+worden)?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_NAME_OFF = lazy(
    rf"^\W*(?:your\s+name(?:'s|\s+is|\s+has\s+been|\s+was)\s+(?:now\s+)?(?:off|taken\s+off|removed\s+"
    rf"from|crossed\s+off)|(?:i|we)(?:'ve|\s+have)?\s+(?:taken|crossed|struck)\s+your\s+name\s+off)"
    rf"\s+(?:the\s+)?{_DAY_EN}(?:\s+(?:list|schedule|diary|book))?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_NAME_ON = lazy(
    r"^\W*(?P<slot>(?:die|der|das)\s+[\wäöüß-]+\s+am\s+(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag)(?:\s+um\s+\w+)?)\s+(?:hat|trägt)\s+(?:jetzt\s+|nun\s+)?ihren\s+namen"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_NAME_ON = lazy(
    r"^\W*(?P<slot>(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+at\s+\w+(?:\s+"
    r"(?:a\.?m\.?|p\.?m\.?|o'clock))?)?)\s+(?:has|carries|bears)\s+your\s+name(?:\s+on\s+it)?"
    r"(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)


_NOT_A_NAME = (
    r"(?!(?:er|sie|es|wer|niemand|jemand|keiner|man|it|he|she|who|nobody|someone|that|this)\b)"
)
_DE_HAS_DAY = lazy(
    rf"^\W*{_NOT_A_NAME}(?P<who>[^\W\d_]+)\s+hat\s+(?:jetzt\s+|nun\s+)?ihren\s+{_DAY_DE}"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_HAS_DAY = lazy(
    rf"^\W*{_NOT_A_NAME}(?P<who>[^\W\d_]+)(?:'s|\s+has)\s+(?:now\s+)?(?:got\s+)?your\s+{_DAY_EN}"
    r"(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_NOT_A_PRONOUN = r"(?!(?:ihm|ihr|ihnen|uns|mir|dir|euch|him|her|us|me|them|you)\b)"
_DE_DAY_WITH = lazy(
    rf"^\W*ihr\s+{_DAY_DE}\s+(?:ist|liegt)\s+(?:jetzt\s+|nun\s+)?bei\s+{_NOT_A_PRONOUN}"
    r"(?P<who>[^\W\d_]+)(?:\s+(?:jetzt|nun))?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_DAY_WITH = lazy(
    rf"^\W*your\s+{_DAY_EN}(?:'s|\s+is)\s+(?:now\s+)?with\s+{_NOT_A_PRONOUN}"
    r"(?P<who>[^\W\d_]+)(?:\s+now)?(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)

# a name (capitalised, not a pronoun or the system) at the clause's start
# (not a process noun: "Änderung übernommen" is the change taken on, blind 52)
_WHO = r"(?P<who>(?!(?:Er|Sie|Es|Das|Der|Die|System|Kalender|Salon|Niemand|Jemand|It|He|She|The|Nobody|Someone|System)\b)(?![A-ZÄÖÜ][a-zäöüß]*ung\b)[A-ZÄÖÜ][a-zäöüß]+)"
_DE_TAKES_OVER = lazy(
    rf"(?:^\W*|,\s*|\bund\s+|\baber\s+|\bdafür\s+|\bjetzt\s+){_WHO}\s+(?:hat\s+)?(?:Sie\s+|Ihren\s+Termin\s+)?"
    r"(?:jetzt\s+|nun\s+)?(?:übernommen|übernimmt(?:\s+Sie)?)\b(?=\s*(?:[,.!;–—]|$))"
)
_EN_TAKES_OVER = lazy(
    rf"(?:^\W*|,\s*|\band\s+|\bso\s+|\bbut\s+|\bnow\s+){_WHO}(?:'s|\s+is|\s+has)?\s+(?:now\s+)?"
    r"(?:took\s+over|taken\s+over|taking\s+over|takes\s+over|taking\s+you|takes\s+you|stepped\s+in|"
    r"stepping\s+in)(?:\s+(?:for\s+(?:him|her)|instead|now|from\s+here))?(?=\s*(?:[,.!;–—]|$))"
)
_DE_HAVE_SEAT = lazy(
    r"\b(?P<head>sie\s+haben\s+(?:jetzt\s+|nun\s+)?)ihren\s+(?:stuhl|sitzplatz|platz)\b"
    r"(?=(?:\s+(?:am|bei|um|für)\s+[\wäöüß-]+(?:\s+um\s+[\wäöüß-]+)?)*\s*(?:[,.!;–—]|$))",
    re.IGNORECASE,
)
_EN_HAVE_SEAT = lazy(
    r"\b(?P<head>you(?:'ve|\s+have)\s+(?:now\s+)?got\s+|you\s+have\s+)your\s+(?:chair|seat|spot)\b"
    r"(?=(?:\s+(?:with|on|at|for)\s+[\w'-]+)*\s*(?:[,.!;–—]|$))",
    re.IGNORECASE,
)
# the stylist withdrawn from the caller's appointment, said as "Fabian hat abgesagt" is read
_EN_DROPS_OUT = lazy(
    rf"(?:^\W*|,\s*|\band\s+|\bbut\s+){_WHO}\s+(?:has\s+|had\s+to\s+)?(?:dropped|drop|pulled|pull)\s+out\b"
    r"(?=\s*(?:[,.!;–—]|and\b|so\b|but\b|$))"
)
_DE_SLOT = r"(?P<slot>(?:die|der|das|fabians|lenas|\w+s)\s+[^.!?,]*?)"
_DE_YOURS = lazy(
    rf"^\W*{_DE_SLOT}\s+ist\s+(?P<adv>(?:jetzt|nun|ab\s+sofort)\s+)?ihre[rs]?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_DE_YOURS_INSTEAD = lazy(
    rf"^\W*{_DE_SLOT}\s+(?:ist|gehört)\s+(?:jetzt\s+|nun\s+)?(?:ihre[rs]?|ihnen)\s+(?:statt|anstelle)"
    rf"\s+(?:des|dem|vom|von)?\s*(?P<old>montag|dienstag|mittwoch|donnerstag|freitag|samstag)s?"
    r"(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_EN_YOURS_INSTEAD = lazy(
    r"^\W*(?P<slot>[^.!?,]*?)\s+(?:is|'s)\s+(?:now\s+)?yours\s+(?:now\s+)?instead\s+of\s+(?:the\s+)?"
    r"(?P<old>monday|tuesday|wednesday|thursday|friday|saturday)(?P<end>\s*[.!]?\s*)$",
    re.IGNORECASE,
)
_NAMES_TIME = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|uhr|o'clock)"
)


def _yours(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"{m.group('slot')} gehört {m.group('adv') or ''}Ihnen{m.group('end')}"


def _yours_instead(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"Statt {m.group('old')} ist es jetzt {m.group('slot')}{m.group('end')}"


def _instead_en(m: re.Match[str]) -> str:
    if not _NAMES_TIME.search(m.group("slot").lower()):
        return m.group()
    return f"Instead of {m.group('old')}, you're now on {m.group('slot')}{m.group('end')}"


def visit_named_plainly(sentence: str, lang: str) -> str:
    """`sentence` with the caller's visit said by what it takes up put as the appointment."""
    if lang == "de":
        sentence = _DE_NOUN.sub("Ihr Termin", sentence)
        sentence = _DE_SERVICE_OUTCOME.sub(
            lambda m: (
                f"Ihr Termin für {m['svc']}{m['mid']} "
                f"{'ist' if m['verb'].lower() in ('ist', 'sind') else 'wurde'} {m['adv']}{m['part']}"
            ),
            sentence,
            count=1,
        )
        sentence = _DE_NAME_OFF.sub(r"Ihr Termin am \g<day> ist storniert\g<end>", sentence)
        sentence = _DE_NAME_ON.sub(r"Sie sind für \g<slot> eingetragen\g<end>", sentence)
        sentence = _DE_HAS_DAY.sub(r"\g<who> hat Sie am \g<day> drin\g<end>", sentence)
        sentence = _DE_HAVE_SEAT.sub(r"\g<head>Ihren Termin", sentence)
        sentence = _DE_TAKES_OVER.sub(
            lambda m: m.group()[: m.start("who") - m.start()] + f"{m['who']} hat Sie übernommen",
            sentence,
        )
        sentence = _DE_DAY_WITH.sub(r"\g<who> hat Sie am \g<day> drin\g<end>", sentence)
        sentence = _DE_YOURS_INSTEAD.sub(_yours_instead, sentence, count=1)
        return _DE_YOURS.sub(_yours, sentence, count=1)
    sentence = _EN_NOUN.sub("your appointment", sentence)
    sentence = _EN_SERVICE_IN.sub(
        r"Your appointment for the \g<svc> is \g<adv>in", sentence, count=1
    )
    sentence = _EN_NAME_OFF.sub(r"Your \g<day> appointment is cancelled\g<end>", sentence)
    sentence = _EN_NAME_ON.sub(r"You're booked for \g<slot>\g<end>", sentence)
    sentence = _EN_HAS_DAY.sub(r"\g<who>'s got you down for \g<day>\g<end>", sentence)
    sentence = _EN_HAVE_SEAT.sub(r"\g<head>your appointment", sentence)
    sentence = _EN_DROPS_OUT.sub(
        lambda m: m.group()[: m.start("who") - m.start()] + f"{m['who']} cancelled", sentence
    )
    sentence = _EN_TAKES_OVER.sub(
        lambda m: m.group()[: m.start("who") - m.start()] + f"{m['who']}'s got you down", sentence
    )
    sentence = _EN_DAY_WITH.sub(r"\g<who>'s got you down for \g<day>\g<end>", sentence)
    return _EN_YOURS_INSTEAD.sub(_instead_en, sentence, count=1)
