"""Very short replies, goodbyes, rules and offers in shapes the clause reader does not take, put
in the words it does (blind 21, claims35; a step of `reworded`):

- not in yet: "Noch nicht drin.", "Drin sind Sie noch nicht", "Not in yet.", "not booked in
  yet" (the appointment not booked yet, convention 5);
- a bare success confirmed after a dash ("All set – yes.": the bare success, `done`, as "All
  set!" by convention 28), a bare "we have it" with a word of done ("Hamma, fertig.", "Haben
  wir, erledigt."): the bare success, not a booking;
- a goodbye that names no day, time or place ("Bis dann.", "Alles klar, bis dann, tschüss!",
  "bis später", "bis bald"): a goodbye, no visit presupposed (the lead's decision for blind 21;
  "bis Freitag", "bis dann im Salon" are left to the reader);
- nothing changed about the caller's booking ("Don't worry, nothing's changed about your
  booking"): the appointment stays as it was (`stands`);
- a rule that sets one thing apart from another ("Eine Reservierung ist bei uns noch keine
  Buchung", "A hold isn't a booking"): a definition, no appointment's state;
- a slot offered in other shapes: a stylist who "hätte" a day ("Fabian ist voll, Lena hätte
  aber Samstag um elf"), "I've got Saturday 11 a.m. with Lena available", "Saturday I could also
  offer" (the slot said free, convention 2).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_REWRITES_DE = (
    (
        lazy(
            r"\bnoch\s+(?:gar\s+)?nicht\s+drin\b|\bdrin\s+(?:sind\s+sie|bist(?:\s+du)?)\s+noch\s+"
            r"(?:gar\s+)?nicht\b",
            re.IGNORECASE,
        ),
        "noch nicht eingetragen",
    ),
    (
        lazy(
            r"^\W*(?:so\s*,?\s*)?(?:haben\s+wir|hab(?:e)?\s+ich)\s*[,!.–—-]\s*(?:alles\s+)?"
            r"(?:fertig|erledigt|geschafft)\b",
            re.IGNORECASE,
        ),
        "Erledigt",
    ),
    (
        lazy(
            r"(?:^|(?<=[.!?]\s))\W*(?:eine?|die)\s+(?:reservierung|vormerkung|anfrage)\s+ist\s+"
            r"(?:bei\s+uns\s+)?(?:noch\s+)?keine\s+(?:feste\s+|verbindliche\s+)?(?:buchung|termin)\b",
            re.IGNORECASE,
        ),
        "Das ist bei uns ein Unterschied",
    ),
    (
        lazy(
            rf"(?:^|(?<=[,;–—]\s)|(?<=[,;])|(?<=aber\s))\s*(?!(?:der|die|das|sie|er|es|wir|ich|man|ihr|jemand|"
            rf"niemand)\b)(?P<who>[A-ZÄÖÜ][a-zäöüß]+)\s+hätte\s+(?:(?:aber|noch|dafür|doch)\s+)*"
            rf"(?P<slot>(?i:{_DAY})(?:\s+um\s+\w+(?:\s+[Uu]hr)?)?)\b",
        ),
        r" \g<slot> ist bei \g<who> frei",
    ),
)
_REWRITES_EN = (
    (
        lazy(r"\bnot\s+(?:booked\s+)?in\s+yet\b|\bnot\s+yet\s+(?:booked\s+)?in\b", re.I),
        "not booked yet",
    ),
    (
        lazy(
            r"\bnothing(?:'s|\s+has|\s+is)\s+(?:been\s+)?changed?\s+(?:about|with|on|for|"
            r"regarding)\s+your\s+(?:booking|appointment)\b",
            re.IGNORECASE,
        ),
        "your appointment stays as it is",
    ),
    (
        lazy(
            r"(?:^|(?<=[.!?]\s))\W*(?:a|an)\s+(?:hold|reservation|request)\s+(?:is\s+not|isn't)\s+"
            r"(?:yet\s+)?(?:a\s+)?(?:booking|firm\s+booking|appointment)\b",
            re.IGNORECASE,
        ),
        "that is a difference here",
    ),
    (
        lazy(r"\bI(?:'ve|\s+have)\s+got\s+(?P<slot>[^,;]+?)\s+(?:available|free|open)\b"),
        lambda m: _A_M.sub(r"\1 \2m", m.group("slot")) + " is free",
    ),
    (
        lazy(rf"\b(?P<day>{_DAY})\s+I\s+could\s+(?:also\s+)?offer\b", re.IGNORECASE),
        r"\g<day> is also free",
    ),
    # "Noted, a perm.", "Noted: Friday at ten." — a note of a bare slot is its booking, as the
    # German "Notiert: Freitag, zehn Uhr" is (convention 664; blind 40, claims105); not "Noted."
    # alone, nor a note of the caller's name or number
    (
        lazy(
            r"^\W*noted\s*[,:–—-]\s*(?P<slot>(?:(?:a|an|the|your)\s+)?(?:perm|haircut|cut|colou?r|"
            rf"highlights|trim|blow-?dry)|(?:on\s+)?{_DAY}(?:\s+at\s+\w+(?:\s+(?:o'clock|a\.?m\.?|"
            r"p\.?m\.?))?)?)(?:,?\s+with\s+(?:fabian|lena|mehmet|memo|fabi))?\W*$",
            re.IGNORECASE,
        ),
        r"Booked: \g<slot>.",
    ),
    # the slot first, then the note (blind 48, claims122): "Ah, Thursday at three — noted.", as
    # the German "Ah, Donnerstag um drei – notiert." is read
    (
        lazy(
            r"^\W*(?:(?:ah|oh|okay|ok|right|alright|got\s+it|perfect|great)\W+)?(?P<slot>(?:on\s+)?"
            rf"{_DAY}(?:\s+at\s+\w+(?:\s+(?:o'clock|a\.?m\.?|p\.?m\.?))?)?)(?:,?\s+with\s+(?:fabian|"
            r"lena|mehmet|memo|fabi))?\s*[,:–—-]\s*noted\W*$",
            re.IGNORECASE,
        ),
        r"Booked: \g<slot>.",
    ),
)
_BARE_YES = lazy(
    r"^\W*(all\s+set|all\s+done|done|sorted|erledigt|fertig)\s*[–—-]\s*(yes|yep|ja|jep)\b",
    re.IGNORECASE,
)
_A_M = lazy(r"\b(\d\d?)\s*([ap])\.m\.", re.IGNORECASE)


# a goodbye and nothing else: "bis dann" among greetings, thanks and forms of address only
_PURE_GOODBYE = lazy(
    r"^\W*(?:(?:also|so|gut|alles\s+klar|okay|ok|prima|super|danke(?:\s+schön)?|vielen\s+dank|"
    r"(?:danke(?:\s+schön)?|vielen\s+dank)\s+(?:fürs\s+anrufen|für\s+(?:den|ihren)\s+anruf)|"
    r"tschüss|tschüs|ciao|servus|ade|dann|bis\s+(?:dann|später|bald|nachher)|"
    # blind 38 (claims87): a wish that names nothing ("Bis dann, machen Sie es gut!")
    r"machen\s+sie(?:\s+es|'s|s)?\s+gut|alles\s+gute|(?:einen\s+)?schönen\s+tag(?:\s+noch)?|"
    r"auf\s+wieder(?:hören|sehen)|(?:herr|frau)\s+[A-ZÄÖÜ]\w+)\W*)+$",
    re.IGNORECASE,
)
_GOODBYE = lazy(r"\bbis\s+(?:dann|später|bald|nachher)\b", re.IGNORECASE)


def plain_replies(text: str, lang: str) -> str:
    """`text` with the short replies and shapes above in the reader's words."""
    if lang == "de" and _GOODBYE.search(text) and _PURE_GOODBYE.match(text):
        return _GOODBYE.sub("tschüss", text)
    text = _BARE_YES.sub(r"\1, \2", text)
    for pattern, words in _REWRITES_DE if lang == "de" else _REWRITES_EN:
        text = pattern.sub(words, text)
    return text
