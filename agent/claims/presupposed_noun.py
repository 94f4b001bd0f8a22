"""An outcome presupposed by a definite noun phrase (blind 23, claims39; convention 77).

- A detail recorded at the caller's appointment: "Ich habe bei Ihrem Termin vermerkt, dass …",
  "Ihr Wunsch … ist zu Ihrem Termin eingetragen", "Darf ich zu Ihrer Buchung noch eine Nummer
  hinterlegen?", "Your allergy is noted on your booking": a note is put at an appointment that
  exists (BOOKED, with the day or time the noun phrase names; conventions 31, 45).
- A question that takes a cancellation or a hold as done: "Möchten Sie nach der Stornierung
  gleich einen neuen Termin?", "After the cancellation, shall I look for another day?"
  (CANCELLED); "Soll ich den reservierten Platz am Freitag um zehn fest buchen?", "Shall I turn
  the hold on Friday at ten into a booking?" (HELD, with what the sentence names); the hold's
  own adjective is then no booking ("Wollen Sie den vorgemerkten Platz behalten?": "vorgemerkt"
  names the hold, `without_hold_as_booked`; blind 27, claims49).

- Blind 27 (claims47): a question that turns the hold into a booking ("Darf ich die Reservierung
  in eine feste Buchung umwandeln?", "Shall I turn the hold into a booking?", "Do you want me to
  confirm the slot I'm holding for you?") takes the hold as live (HELD); one that offers to
  confirm the cancellation by text ("Soll ich die Stornierung noch per SMS bestätigen?", "Would
  you like a text confirming the cancellation?") takes it as done (CANCELLED); one whether the
  caller got the text or confirmation of the booking ("die SMS zu Ihrer Buchung", "die
  Buchungsbestätigung", "the text about your booking") takes the booking as made (BOOKED;
  convention 101: asked whether it arrived, the text is not said sent).

- Blind 33 (claims70): the caller's outcome named by its noun as the ground of a statement: after,
  since or through it ("Nach Ihrer Stornierung ist der Platz wieder frei", "Seit Ihrer Buchung hat
  sich nichts geändert", "Durch Ihre Absage entstehen keine Kosten", "Fabian weiß von Ihrer
  Absage", "Following your cancellation, no fee applies", "Since you cancelled, …"), said in order
  or received ("Mit Ihrer Buchung ist alles in Ordnung", "Ihre Buchung liegt uns vor", "Your
  booking is all in order"), said finished or taken up again ("die abgeschlossene Buchung", "das
  Gebuchte", "zur Buchung von eben"): the outcome (a booking, cancellation or move by the noun),
  with the details the noun phrase names ("nach der Absage für Freitag": Friday).

Not: a note with no appointment of the caller's named ("Ich habe notiert, dass Sie eine Allergie
haben", "Darf ich noch eine Telefonnummer hinterlegen?"), an indefinite or other appointment ("zu
einem Termin", "zu Ihrem nächsten Termin" asked for), a condition ("wenn Sie einen Termin haben",
"if you book"), a cancellation or hold as a statement (the clause readers read those) or named
as a plan ("vor der Stornierung", "before I cancel"); an outcome noun in a condition, a
hypothesis, a failure or with another person ("Nach einer Buchung …", "Wenn nach Ihrer Buchung
…", "Mit Ihrer Buchung hat es nicht geklappt", "for your booking": still to be made).
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Details, Names, Role, is_detail_word, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_AT_VISIT = lazy(
    r"\b(?:(?:zu|bei|an|in)\s+ihre[mr]|"
    # blind 33 (claims73): "zur Buchung", "beim Termin", "mit Ihrem Termin verknüpft", "bei der
    # Reservierung", "für die Buchung" (a perfect only: `_FOR_MADE`)
    r"mit\s+ihre[mr]|zur|zum|beim|bei\s+de[mr]|mit\s+de[mr]|(?P<for_de>für\s+(?:die|ihre)))\s+"
    r"(?:\w+(?:e[mnr]|es)\s+)?(?P<de>termin|buchung|reservierung)\b(?!\s*(?:anfrage|wunsch))|"
    r"\b(?:on|to|with|against|(?P<for_en>for))\s+(?:your|the)\s+(?:(?:existing|current)\s+)?"
    r"(?P<en>booking|appointment|reservation)\b(?!\s+(?:request|wish))|"
    # claims112 (blind 43): the visit named by its day and service ("noted on your Friday perm")
    r"\b(?:on|to)\s+your\s+(?:monday|tuesday|wednesday|thursday|friday|saturday)(?:'s)?\s+"
    r"(?:perm|cut|haircut|colou?r|highlights|trim|appointment|booking)\b"
)
# claims112 (blind 43): the note said to stand at the caller's appointment, the appointment as the
# subject ("An Ihrem Termin steht jetzt der Hinweis, dass …", "Ihr Termin hat jetzt den Vermerk
# …", "Your appointment has a note now that …", "Your booking now says you'll …")
_HAS_NOTE = lazy(
    r"\b(?:an|bei|in|zu)\s+ihre[mr]\s+(?:\w+\s+)?(?:termin|buchung)\s+steht\b|"
    r"\b(?:ihr|ihre|your)\s+(?:\w+\s+)?(?:termin|buchung|appointment|booking)\s+(?:now\s+)?(?:hat|has|trägt)\s+"
    r"(?:jetzt\s+|now\s+|nun\s+)?(?:den|einen|a|the)\s+(?:\w+\s+)?(?:vermerk|hinweis|notiz|note|"
    r"comment)\b|"
    r"\byour\s+(?:\w+\s+)?(?:booking|appointment)\s+(?:now\s+)?says\b"
)
# a note, in the forms a record verb takes (stem, any inflection or participle)
_NOTE = lazy(
    r"\b(?:vermerk\w*|notier\w*|eingetragen|einge?trag\w*|hinterleg\w*|speicher\w*|gespeichert|"
    r"aufgeschrieben|festgehalten|ergänz\w*|hinzugefügt|hinzufügen|"
    # blind 33 (claims73): "abgespeichert", "verknüpft", "trage ich … ein", "linked"
    r"abgespeichert|verknüpf\w*|trage\s+ich|tragen\s+wir|link(?:ed)?|"
    # blind 55 (claims152): the note as a noun, as "Vermerk" and "note" are ("Ich habe eine Notiz
    # bei Ihrem Termin gemacht, dass …")
    r"notiz|"
    r"not(?:ed|e)|add(?:ed)?|sav(?:ed|e)|record(?:ed)?|logg?(?:ed)?|put\s+down|attach(?:ed)?)\b"
)
# blind 33 (claims73): the caller's contact detail said to stand at the appointment ("Ihre Nummer
# steht jetzt bei Ihrem Termin")
_DETAIL_STANDS = lazy(
    r"^\W*(?:ihre?|your)\s+(?:\w+\s+)?(?:\w*nummer|namen?|adresse|e-mail\w*|mail\w*|number|"
    r"mobile|email|name|address|details)\s+(?:steht|stehen|ist|sind|is|are)\b"
)
# "für die Buchung" / "for the booking" is a booking made only in a perfect ("habe … gespeichert"),
# not in a plan ("Ich brauche Ihre Nummer für die Buchung")
_FOR_MADE = lazy(r"\b(?:habe|hab|haben|ist|sind|i've|i\s+have|we've|we\s+have|is|are|has)\b")
_NOT_THEIRS = lazy(
    r"\b(?:wenn|falls|sobald|sofern|if|once|whenever|nächste[nmr]?|next|neue[nmr]?|new|kein\w*|no)\b"
)
_AFTER_CANCEL = lazy(r"\b(?:nach\s+der\s+(?:stornierung|absage)|after\s+the\s+cancell?ation)\b")
_CANCEL_CONFIRMED = lazy(
    r"\b(?:die\s+(?:stornierung|absage))\b.*\b(?:sms|schriftlich|bestätig\w*)\b|"
    r"\b(?:confirm\w*\s+(?:\w+\s+)?the\s+cancell?ation|the\s+cancell?ation\s+by\s+text)\b"
)
# a text offered for the cancellation named by its day (blind 56, claims167; the lead's D75: a
# definite noun presupposes the act): "Do you need a text for the Saturday cancellation?", "Soll
# ich Ihnen für die Stornierung am Samstag eine SMS schicken?" (what the phrase names is checked)
_TEXT_FOR_CANCELLATION = lazy(
    r"\b(?:text|sms|message|confirmation)\s+(?:for|about|of)\s+(?P<en>(?:the|your)\s+(?:\w+\s+)?"
    r"cancell?ation)\b|"
    r"\b(?:für|zu)\s+(?P<de>(?:die|der|ihre|ihrer)\s+(?:stornierung|absage)\s+(?:am|vom|für)\s+\w+)"
    r"\b(?=.*\bsms\b)"
)
_HOLD_TURNED = lazy(
    r"\b(?:die|ihre)\s+reservierung\s+in\s+eine\s+(?:feste\s+|verbindliche\s+)?buchung\b|"
    r"\baus\s+(?:der|ihrer)\s+reservierung\s+eine\s+(?:feste\s+|verbindliche\s+)?buchung\b|"
    r"\b(?:turn|make|convert)\s+(?:the|your)\s+(?:hold|reservation)\s+(?:into\s+)?a\s+"
    r"(?:firm\s+|proper\s+)?booking\b|"
    r"\b(?:confirm|book)\s+the\s+(?:slot|appointment|time)\s+i'?m\s+holding\b"
)
_TEXT_OF_BOOKING = lazy(
    r"\b(?:sms|nachricht|bestätigung)\s+(?:zu\s+ihrer|zur)\s+buchung\b|\bbuchungsbestätigung\b|"
    r"\b(?:text|message|confirmation)\s+(?:about|of|for)\s+your\s+booking\b|"
    r"\bbooking\s+(?:confirmation|text)\b"
)
_TEXT_GOT = lazy(
    r"\b(?:angekommen|bekommen|erhalten|haben\s+sie|auf\s+dem\s+handy|get|got|received?|"
    r"arrived?|reach\w*|come\s+through|came\s+through)\b"
)
# the text of the booking said sent (probe 30c, claims78): "Die SMS zur Buchung ist schon
# verschickt", "The text about your booking has gone out" take the booking as made, as the
# question whether it arrived does (convention 101)
_TEXT_SENT = lazy(
    r"\b(?:verschickt|versendet|gesendet|geschickt|raus|unterwegs|draußen|sent|gone\s+out|"
    r"on\s+its\s+way|went\s+out)\b"
)
_TEXT_LATER = lazy(r"\b(?:wenn|falls|sobald|sowie|if|once|when|as\s+soon\s+as)\b")
_THE_HOLD = lazy(
    r"\b(?:den|die|das|ihren|ihre)\s+(?:für\s+sie\s+)?(?:reservierten|vorgemerkten|"
    r"freigehaltenen|vorgehaltenen)\s+(?:platz|termin|slot|zeit)\b|"
    r"\b(?:the|your)\s+(?:hold|reservation)\s+(?:on|for)\b|"
    r"\b(?:the|your)\s+(?:held|reserved|pencil(?:l)?ed[- ]in)\s+(?:slot|appointment|time)\b|"
    # blind 27 (claims49): "Would you like to keep the slot I'm holding?"
    r"\bthe\s+(?:slot|appointment|time|place)\s+(?:i'm|i\s+am|we're|we\s+are)\s+"
    r"(?:still\s+)?(?:holding|keeping|reserving)\b"
)


_OUTCOME_NOUN = (
    r"(?:(?:termin)?(?:stornierung|absage|buchung|verschiebung|umbuchung|verlegung)|"
    r"cancell?ation|booking|rescheduling|rebooking)"
)
_NOUN = lazy(rf"\b{_OUTCOME_NOUN}\b")
_OWN = r"(?:ihrer|ihre|your)\s+(?:\w+\s+)?"  # "after your Saturday cancellation"
_GROUND = lazy(
    rf"\b(?:nach|seit|durch|von|infolge|dank|after|following|since|through)\s+"
    rf"(?:{_OWN}|(?:der|die)\s+(?={_OUTCOME_NOUN}\s+(?:für|ihres|vom|am)\b)){_OUTCOME_NOUN}\b|"
    rf"\b(?:mit|an)\s+{_OWN}{_OUTCOME_NOUN}\s+(?:ist|gibt\s+es)\s+(?:alles|nichts)\s+"
    r"(?:in\s+ordnung|bestens|gut|klar|korrekt|auszusetzen)\b|"
    rf"\b{_OWN}{_OUTCOME_NOUN}\s+(?:liegt\s+uns\s+vor|ist\s+(?:bei\s+uns\s+)?"
    r"(?:angekommen|eingegangen))\b|"
    rf"\b{_OWN}{_OUTCOME_NOUN}(?:'s\s+details)?\s+(?:is|are)\s+(?:all\s+)?"
    r"(?:in\s+order|complete|fine|good)\b|"
    rf"\b(?:die|der)\s+(?:abgeschlossene\w?|fertige\w?|getätigte\w?|erfolgte\w?)\s+{_OUTCOME_NOUN}\b|"
    rf"\b(?:zur|zu\s+ihrer|bei\s+ihrer)\s+{_OUTCOME_NOUN}\s+von\s+(?:eben|vorhin|gerade)\b"
)
_SINCE_CANCELLED = lazy(r"\bsince\s+you(?:'ve|\s+have)?\s+cancell?ed\b")
_GERUND_DONE = lazy(r"\bdas\s+gebuchte\b(?!\s+\w+(?:termin|ung|e|en)\b)")
_NOT_GROUND = lazy(
    r"\b(?:wenn|falls|sobald|sofern|ob|if|once|whenever|whether|würde\w*|wäre\w*|would|"
    r"nicht|not|kein\w*\s+(?:buchung|absage|stornierung)|no\s+(?:booking|cancell?ation)|"
    r"geklappt|fehlgeschlagen|failed|problem\w*|nächste\w*|next|gefunden|found|"
    r"ihr\w*\s+(?:mann|frau|tochter|sohn|mutter|kind\w*|partner\w*|kolleg\w*)|"
    r"your\s+(?:husband|wife|daughter|son|mum|mother|kids?|partner|colleague|friend)'s)\b|n't\b"
)
_DETAIL_GLUE = frozenset(
    {"für", "am", "um", "ihres", "des", "vom", "bei", "uhr", "on", "at", "for", "of", "with"}
)
_NOUN_KIND = (
    ("umbuchung", ClaimKind.RESCHEDULED), ("verschiebung", ClaimKind.RESCHEDULED),
    ("verlegung", ClaimKind.RESCHEDULED), ("rebooking", ClaimKind.RESCHEDULED),
    ("rescheduling", ClaimKind.RESCHEDULED), ("stornierung", ClaimKind.CANCELLED),
    ("absage", ClaimKind.CANCELLED), ("cancel", ClaimKind.CANCELLED), ("buchung", ClaimKind.BOOKED),
    ("booking", ClaimKind.BOOKED),
)  # fmt: skip


def _grounded_outcome(sentence: str, text: str, names: Names) -> Claim | None:
    """The caller's outcome a statement names by its noun as given (blind 33, claims70)."""
    if text.rstrip().endswith("?") or _NOT_GROUND.search(text):
        return None
    if _SINCE_CANCELLED.search(text):
        return _claim(ClaimKind.CANCELLED, sentence, read_details("", names))
    if _GERUND_DONE.search(text):
        return _claim(ClaimKind.BOOKED, sentence, read_details("", names))
    m = _GROUND.search(text)
    if m is None:
        return None
    noun = next(n for n in _NOUN.finditer(text, m.start(), m.end()))
    kind = next(k for stem, k in _NOUN_KIND if stem in noun.group(0))
    own = re.search(r"\b(?:ihrer|ihre|your)\s", m.group(0))
    start = m.start() + own.end() if own else noun.start()
    return _claim(kind, sentence, read_details(_noun_phrase(text[max(start, 0) :], names), names))


def _noun_phrase(rest: str, names: Names) -> str:
    """The noun, a word before it, and the details that follow it ("absage für freitag")."""
    words = re.split(r"[,;:.!?–-]", rest)[0].split()
    kept = words[:2]
    for w in words[2:]:
        if not (w in _DETAIL_GLUE or is_detail_word(w) or w in names.words or "termin" in w):
            break
        kept.append(w.removesuffix("s") if w.endswith("termins") else w)  # "Samstagstermins"
    return " ".join(kept)


def noted_at_visit(sentence: str) -> bool:
    """Whether `sentence` puts a note at the caller's appointment ("I've noted on your Friday
    perm that …", "Zu Ihrer Buchung habe ich notiert, dass …"): what the note says is the note's."""
    text = normalize(sentence)
    at = _AT_VISIT.search(text)
    if at is None or not (_NOTE.search(text) or _DETAIL_STANDS.search(text)):
        return False
    return not (at.group("for_de") or at.group("for_en")) and not _NOT_THEIRS.search(text)


def presupposed_by_noun(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The outcome a definite noun phrase of `sentence` takes as given (see above)."""
    text = normalize(sentence)
    found: list[Claim] = []
    grounded = _grounded_outcome(sentence, text, names)
    if grounded is not None:
        found.append(grounded)
    at = _AT_VISIT.search(text)
    noted = _NOTE.search(text) or _DETAIL_STANDS.search(text)
    if at and (at.group("for_de") or at.group("for_en")) and not _FOR_MADE.search(text):
        at = None  # "for the booking" still to be made
    if at and noted and not _NOT_THEIRS.search(text):
        phrase = " ".join(text[at.start() :].split()[:7])
        phrase = re.split(r"[,;:?!]|\b(?:dass|that|noch)\b", phrase)[0]
        held = (at.group("de") or at.group("en")) in ("reservierung", "reservation")
        kind = ClaimKind.HELD if held else ClaimKind.BOOKED  # blind 33 (claims73): 77
        found.append(_claim(kind, sentence, read_details(phrase, names)))
    question = text.rstrip().endswith("?")
    if not found and not question and _HAS_NOTE.search(text) and not _NOT_THEIRS.search(text):
        phrase = re.split(r"[,;:?!]|\b(?:dass|that|der\s+hinweis|den\s+vermerk)\b", text)[0]
        found.append(_claim(ClaimKind.BOOKED, sentence, read_details(phrase, names)))
    if not question and _TEXT_OF_BOOKING.search(text) and _TEXT_SENT.search(text):
        if not _TEXT_LATER.search(text):
            found.append(_claim(ClaimKind.BOOKED, sentence, read_details("", names)))
    if question:
        if _AFTER_CANCEL.search(text):
            found.append(_claim(ClaimKind.CANCELLED, sentence, read_details("", names)))
        if _THE_HOLD.search(text) or _HOLD_TURNED.search(text):
            found.append(_claim(ClaimKind.HELD, sentence, read_details(text, names)))
        if _CANCEL_CONFIRMED.search(text) and not _AFTER_CANCEL.search(text):
            found.append(_claim(ClaimKind.CANCELLED, sentence, read_details("", names)))
        elif (offered := _TEXT_FOR_CANCELLATION.search(text)) and not _AFTER_CANCEL.search(text):
            phrase = offered.group("en") or offered.group("de")
            found.append(_claim(ClaimKind.CANCELLED, sentence, read_details(phrase, names)))
        if _TEXT_OF_BOOKING.search(text) and _TEXT_GOT.search(text):
            found.append(_claim(ClaimKind.BOOKED, sentence, read_details("", names)))
    return tuple(found)


def _claim(kind: ClaimKind, sentence: str, details: Details) -> Claim:
    return Claim(kind, 0, len(sentence), ClaimDetails(((Role.ANY, details),)))


_BOOKING_WORD = lazy(
    r"\b(?:gebucht\w*|eingetragen\w*|eingebucht\w*|fest\w*|fix\w*|bestätigt\w*|booked|"
    r"confirmed|firm)\b"
)


# blind 33 (claims72): the hold as the subject, said still there: "Ihr vorgemerkter Platz am
# Freitag ist noch da", "The slot I've set aside for you on Friday is still there" (the hold, no
# booking: "noch da" of a hold says it has not lapsed)
_HOLD_STILL_THERE = lazy(
    r"^\W*(?:(?:ihr|der)\s+(?:für\s+sie\s+)?(?:reservierter|vorgemerkter|freigehaltener|"
    r"zurückgelegter)\s+(?:platz|termin|slot)|(?:the|your)\s+(?:held|reserved)\s+(?:slot|"
    r"appointment|time|place)|the\s+(?:slot|appointment|time|place)\s+(?:i've|i\s+have|we've|"
    r"we\s+have)\s+(?:set|put)\s+aside)\b[^,;:.!?–—]*?\b(?:ist\s+(?:immer\s+)?noch\s+da|is\s+"
    r"still\s+there)\W*$"
)


def without_hold_as_booked(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking read in the adjective of a hold a question takes as given, or
    in a hold said still there (blind 33, claims72)."""
    text = normalize(sentence)
    if not any(c.kind is ClaimKind.BOOKED for c in claims):
        return claims
    if _HOLD_STILL_THERE.search(text) and not _BOOKING_WORD.search(text):
        return tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    if not text.rstrip().endswith("?"):
        return claims
    hold = _THE_HOLD.search(text)
    if hold is None:
        return claims
    rest = text[: hold.start()] + " " + text[hold.end() :]
    if _BOOKING_WORD.search(rest):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)


# blind 33 (claims73): the hold as the subject, said to wait for the caller's yes ("Der für Sie
# zurückgelegte Termin bei Fabian wird erst mit Ihrer Zusage fest", "Ihr reservierter Platz
# wartet nur noch auf Ihr Ja", "The slot I've put aside for you only becomes firm once you say
# yes"): the hold stands and the booking waits for the yes (HELD and NOT_BOOKED, 75, 150)
_HOLD_SUBJECT = lazy(
    r"^\W*(?:(?:ihr|der|den)\s+(?:für\s+sie\s+)?(?:reservierte[rn]?|vorgemerkte[rn]?|"
    r"freigehaltene[rn]?|zurückgelegte[rn]?|geblockte[rn]?)\s+(?:\w+\s+)?(?:platz|termin|slot)|"
    r"(?:the|your)\s+(?:held|reserved|pencil(?:l)?ed[- ]in)\s+(?:slot|appointment|time|place)|"
    r"the\s+(?:slot|appointment|time|place)\s+(?:i've|i\s+have|we've|we\s+have)\s+(?:set|put)\s+"
    r"aside)\b"
)
_AWAITS_YES = lazy(
    r"\b(?:wird|ist)\s+erst\s+(?:mit|nach|wenn|sobald)\s+(?:ihrer?m?\s+)?(?:\w+\s+)?"
    r"(?:zusage|ja|okay|ok|bestätigung|zustimmung|sie)\b[^.!?]*\b(?:fest|verbindlich|gebucht|fix)\b|"
    r"\bwartet\s+(?:nur\s+)?(?:noch\s+)?auf\s+ihr(?:e)?\s+(?:ja|zusage|okay|ok|bestätigung)\b|"
    r"\b(?:only\s+)?becomes?\s+(?:firm|binding|final|fixed|definite|a\s+(?:firm\s+)?booking)\s+"
    r"(?:once|when|as\s+soon\s+as|after)\s+you\b|"
    r"\b(?:is\s+)?(?:just\s+|only\s+)?waiting\s+(?:on|for)\s+your\s+(?:yes|okay|ok|go-ahead)\b"
)


def hold_awaiting_yes(sentence: str, names: Names) -> tuple[Claim, ...]:
    """HELD and NOT_BOOKED for a hold said to wait for the caller's yes (see above)."""
    text = normalize(sentence)
    if not _HOLD_SUBJECT.search(text) or not _AWAITS_YES.search(text) or "?" in text:
        return ()
    details = read_details(text, names)
    return (
        _claim(ClaimKind.HELD, sentence, details),
        _claim(ClaimKind.NOT_BOOKED, sentence, details),
    )


# blind 33 (claims88): the cancelled appointment named as the owner of what the sentence tells
# ("The cancelled appointment's slot is free again", "Der Platz des stornierten Termins ist
# wieder frei"): the participle presupposes the cancellation (31, 77), whatever else is read of
# the slot (a slot free again alone is also the old place of a move). Not: a question, a
# condition, a denial of the cancellation ("not cancelled").
_CANCELLED_OWNER = lazy(
    r"\bthe\s+(?:\w+\s+)?cancell?ed\s+(?:appointment|booking|visit|slot)'s\b|"
    r"\b(?:des|ihres)\s+(?:\w+\s+)?(?:stornierten|abgesagten|gestrichenen)\s+(?:termins|besuchs)\b"
)
_OWNER_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|sofern|ob|if|whether|unless|once|nicht|kein\w*|not|never)\b|n't\b"
)


def with_cancelled_owner(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the cancellation the owner's participle presupposes (above); None if no
    such owner is named or a cancellation is already read."""
    if any(c.kind is ClaimKind.CANCELLED for c in claims):
        return None
    text = normalize(sentence)
    if not _CANCELLED_OWNER.search(text) or _OWNER_NOT_STATED.search(text):
        return None
    return (*claims, _claim(ClaimKind.CANCELLED, sentence, Details()))
