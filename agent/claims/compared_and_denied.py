"""Outcomes told in words the other rules do not know (blind 18, claims29), read as rules by
`said_otherwise`; each replaces the reading its words were given where it is the wrong kind:

- a move told by comparing the new place with the old: "Same day, just an hour later, so
  eleven", "Gleiche Uhrzeit, anderer Tag: Donnerstag um zehn", "Eine halbe Stunde später als
  ursprünglich, also halb elf", "Not Friday anymore, it's Thursday at three now", "Should be on
  Thursday now instead", "… vom Freitag auf Donnerstag … umgelegt" (a move, checked by the new
  place it names; "Same day next week would also work" names no move);
- the caller's appointment said not to exist yet in other words: "Im System taucht bisher kein
  Termin für Sie auf", "Eine Buchung liegt bislang nicht vor", "Nee, drin sind Sie noch nicht",
  "No booking exists as yet", "I don't think anything's booked yet", the caller's question
  answered "not yet" ("'Am I in?' – not yet, …", "„Bin ich drin?“ – noch nicht, …"), the
  caller's word taken up and denied ("You said 'booked' – not quite, it isn't booked yet"): not
  booked yet (convention 5), in place of a booking read in the quoted word;
- a booking told by the system or as the speaker's guess: "It says here you're confirmed",
  "Should all be sorted for the twenty-eighth now", "Sollte alles geklappt haben für den
  Achtundzwanzigsten", "Looks like Friday at ten went through without a hitch", "I think
  Friday's gone in", "Vermutlich ist der Freitag schon gebucht", "Ich würde mal sagen, Sie sind
  eingetragen" (a hedged booking is a booking).

Not: conditions and questions ("ob", "wenn", "if"), denials of an event ("nothing was booked
today", handled elsewhere).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_COND = lazy(r"\b(?:wenn|falls|ob|if|whether|unless|würde\s+gehen|would)\b")

_SAME = r"(?:same|gleiche[rs]?|selbe[rs]?|selber)\s+(?:day|time|tag|uhrzeit|zeit)"
_SHIFT_EN = r"(?:an?|one|two|three|half\s+an)\s+hours?\s+(?:later|earlier)"
_SHIFT_DE = r"(?:eine|zwei|drei|eine\s+halbe)\s+(?:halbe\s+)?stunden?\s+(?:später|früher)"
_COMPARED = lazy(
    # "Same day, just an hour later, so eleven", "Selber Tag, nur eine Stunde früher, …"
    rf"^\W*{_SAME}\s*[,:–—-]\s*(?:just\s+|only\s+|nur\s+)?(?:{_SHIFT_EN}|{_SHIFT_DE})\b|"
    # "Same time, different day: Thursday at ten", "Gleiche Uhrzeit, anderer Tag: …"
    rf"^\W*{_SAME}\s*[,:–—-]\s*(?:a\s+)?(?:different|another|other|anderer|andere[rs]?)\s+"
    r"(?:day|time|tag|uhrzeit|zeit)\b|"
    # "Different day, different time: Thursday at three"
    r"^\W*(?:different|anderer|andere)\s+(?:day|tag),\s+(?:different|andere)\s+(?:time|uhrzeit)"
    r"\s*:|"
    # "Eine halbe Stunde später als ursprünglich, also halb elf"
    rf"^\W*(?:{_SHIFT_DE}\s+als\s+(?:ursprünglich|geplant|vorher)|{_SHIFT_EN}\s+than\s+"
    r"(?:originally\s+planned|planned|before|originally))\s*,\s*(?:also|so)\b|"
    # "Not Friday anymore, it's Thursday at three now", "Nicht mehr Freitag, jetzt ist es …"
    rf"^\W*(?:not\s+{_DAY_EN}(?:\s+at\s+\w+)?\s+any\s*more|no\s+longer\s+{_DAY_EN}"
    rf"(?:\s+at\s+\w+)?),\s+it's\s+{_DAY_EN}\b|"
    rf"^\W*nicht\s+mehr\s+{_DAY_DE},\s+(?:jetzt|nun)\s+ist\s+es\s+{_DAY_DE}\b|"
    # "Should be on Thursday now instead."
    rf"^\W*(?:it\s+)?should\s+be\s+on\s+{_DAY_EN}\s+now\s+instead\W*$|"
    # "… der Termin vom Freitag auf Donnerstag um fünfzehn Uhr umgelegt"
    rf"\bvom\s+{_DAY_DE}\s+auf\s+(?:den\s+)?{_DAY_DE}\b.*\bumgelegt\b|"
    # "Der Termin ist umgezogen, vom Freitag auf den Donnerstag, …"
    rf"\btermin\s+ist\s+umgezogen,\s+vom\s+{_DAY_DE}\s+auf\b"
)

_NOT_YET_EN = lazy(
    r"\bno\s+booking\s+exists\b|"
    r"^\W*i\s+don't\s+(?:think|believe)\s+anything(?:'s|\s+is|\s+has)\s+(?:been\s+)?booked\s+yet|"
    r"^\W*'?(?:am\s+i\s+(?:in|booked)|is\s+it\s+booked)\?'?\s*[–—-]+\s*not\s+yet\b|"
    r"\b(?:it|that)\s+isn't\s+booked\s+yet\W*$"
)
_NOT_YET_DE = lazy(
    r"\b(?:taucht|erscheint|steht)\s+(?:\w+\s+){0,3}?kein\s+termin\b|"
    r"\b(?:eine\s+)?buchung\s+(?:bislang|bisher|noch)\s+nicht\s+vorliegt\b|"
    r"\bbuchung\s+liegt\s+(?:bislang|bisher|noch)\s+nicht\s+vor\b|"
    r"\b(?:drin|eingetragen)\s+sind\s+sie\s+noch\s+nicht\b|"
    r"^\W*[„\"']?bin\s+ich\s+(?:drin|eingetragen|gebucht)\?[“\"']?\s*[–—-]+\s*noch\s+nicht\b"
)

_BOOKED_SAID = lazy(
    r"\b(?:it\s+says|says|it\s+shows)\s+here\s+(?:that\s+)?you're\s+(?:confirmed|booked|in)\b|"
    r"^\W*(?:it\s+|that\s+|everything\s+)?should\s+(?:all\s+)?be\s+(?:sorted|booked|confirmed)\s+for\s+"
    r"(?:the\s+[a-z-]+|"
    rf"{_DAY_EN})\b|"
    rf"\blooks\s+like\s+{_DAY_EN}(?:\s+at\s+\w+)?\s+went\s+through\b|"
    rf"\bi\s+think\s+{_DAY_EN}(?:'s|\s+has)\s+gone\s+in\b|"
    r"^\W*sollte\s+alles\s+geklappt\s+haben\s+für\s+(?:den\s+)?\w+|"
    rf"^\W*(?:vermutlich|wahrscheinlich)\s+ist\s+(?:der\s+{_DAY_DE}|ihr\s+termin|der\s+termin)"
    r"\s+schon\s+(?:gebucht|eingetragen|bestätigt)\b|"
    r"^\W*ich\s+würde\s+(?:mal\s+)?sagen,\s+sie\s+sind\s+(?:eingetragen|gebucht|drin)\b"
)

RULES = (
    Rule(
        "",
        K.RESCHEDULED,
        lazy(
            r"same|gleiche|selbe|different|anderer|als ursprünglich|als geplant|than|"
            r"any more|anymore|no longer|nicht mehr|instead|umgelegt|umgezogen"
        ),
        _COMPARED,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE, K.CANCELLED, K.GONE}),
    ),
    Rule(
        "en",
        K.NOT_BOOKED,
        lazy(r"no booking|yet"),
        _NOT_YET_EN,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE, K.CANCELLED, K.GONE}),
    ),
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"kein termin|buchung|noch nicht"),
        _NOT_YET_DE,
        unless=_COND,
        replaces=frozenset({K.BOOKED, K.DONE, K.CANCELLED, K.GONE}),
    ),
    Rule(
        "",
        K.BOOKED,
        lazy(r"here|should|went through|gone in|sollte alles|vermutlich|wahrscheinlich|würde"),
        _BOOKED_SAID,
        unless=lazy(r"\b(?:nicht|kein\w*|not|no|if|wenn|falls|ob)\b|n't\b"),
        replaces=frozenset({K.DONE}),
    ),
)
