"""Slots named as free in the ways of offering the slot reader does not list: "Wie wäre es denn
mit Donnerstag um drei?", "Am Donnerstag um drei wäre noch was", "Lena can do highlights on
Saturday at eleven", "Freitag um zehn ist wieder frei geworden", "Friday at ten has opened up
again", "Morgen um drei wäre bei Fabian ein Platz", "There'd be a spot tomorrow at three".

Each offers (or states free) the day and time it names, so it is an AVAILABLE slot claim (see
slots.py), backed only by a slot the call holds, offered or set free. Not: negated or indirect
clauses, the caller's own time ("Haben Sie …?"), sentences that place no slot (a day and a
time, or a day and a stylist). An offer to act on a named slot ("Sagen Sie Ja, dann buche ich Freitag um zehn", "Wenn
Sie möchten, trage ich Sie für Freitag um zehn ein", "Shall I put you in for Monday at ten?",
"Just say yes and I'll book Friday at ten", "Ich trage Sie für Freitag um zehn ein, außer Sie
möchten lieber einen anderen Tag", "Wenn nichts dagegen spricht, buche ich Ihnen Freitag um
zehn") and a stylist's remaining place ("Lena hat Samstag
um elf noch Zeit", "Ich sehe, dass Fabian am Freitag um zehn noch Zeit hat", also after "Wenn es
nicht unbedingt Fabian sein muss: …") name that slot as available too. Not the act under way
after the yes ("dann trage ich Sie jetzt … ein", "I'll put you in for … now"): no offer.
"""

from __future__ import annotations

from agent.claims.another_slot import ANOTHER
from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_DAY_EN = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DE_OFFER = lazy(
    r"\bwie\s+wär(?:e|'?s)\s+(?:es\s+)?(?:(?:denn|dann|vielleicht|stattdessen|eventuell)\s+)*mit\b|"
    r"\bwäre\s+(?:(?:da|dann|auch|noch|aber)\s+)*(?:was|etwas|einer?\s+(?:platz|termin|lücke))\b|"
    r"\b(?:wieder\s+frei\s+geworden|ist\s+wieder\s+frei|frei\s+geworden)\b|"
    # the place with its stylist between (blind 37): "Morgen um drei wäre bei Fabian ein Platz";
    # not "… wäre … gewesen" (a chance gone)
    r"\bwäre\s+(?:(?:da|dann|auch|noch|aber)\s+)*(?:bei|für)\s+\w+\s+(?:(?:da|dann|auch|noch)\s+)*"
    r"(?:was|etwas|ein(?:e|en)?\s+(?:platz|termin|lücke))\b(?![^.?!]*\bgewesen\b)|"
    # an offer to act on the slot: "dann buche ich", "soll ich Sie … eintragen?"
    r"\b(?:buche|reserviere|nehme|trage|notiere|blocke|sichere|halte|mache|setze)\s+ich\b|"
    # (a date's dots inside it, blind 41: "Darf ich Sie am Freitag, den 28. November, … eintragen?")
    r"\b(?:soll|darf|kann|könnte|würde)\s+ich\b(?:[^.?!]|(?<=\d)\.)*\b(?:buchen|reservieren|eintragen|"
    r"einbuchen|einplanen|nehmen|festhalten|festmachen|blocken|sichern|vormerken)\b|"
    # a stylist's remaining place: "Lena hat Samstag um elf noch Zeit"
    r"\b(?:hat|hätte)\b[^.?!]*\bnoch\s+(?:zeit|platz|einen\s+(?:platz|termin)|was|etwas|"
    r"eine\s+lücke)\b|"
    # blind 54 (claims138): the place in the conditional without "noch", "Morgen hätte Fabian um
    # 15 Uhr einen Platz"; not "… hätte … gehabt" (a chance gone), nor asked ("Hätte Fabian …?")
    r"(?<=\w\s)hätte\b(?![^.?!]*\bgehabt\b)[^.?!]*\b(?:einen\s+(?:freien\s+)?(?:platz|termin)|"
    r"eine\s+(?:freie\s+)?lücke)\b|"
    # the same, verb-final in a complement (blind 38): "Ich sehe, dass Fabian … noch Zeit hat"
    r"\bnoch\s+(?:zeit|platz|einen\s+platz|eine\s+lücke)\s+(?:hat|hätte)\b|"
    # the act offered in the statement's order (blind 16): "Ich könnte Sie Dienstag um neun
    # eintragen, wenn Sie mögen", "Fabian könnte dich morgen um drei drannehmen"
    r"\b(?:ich\s+(?:kann|könnte|würde)|könnte)\s+(?:sie|dich)\b[^.?!]*\b(?:buchen|"
    r"reservieren|eintragen|einbuchen|einplanen|nehmen|drannehmen|einschieben|unterbringen|"
    r"vormerken)\b|"
    # the act to come with an exception (blind 34): "Ich trage Sie für Freitag um zehn ein,
    # außer Sie möchten lieber einen anderen Tag"
    r"\b(?:ich|wir)\s+(?:buche|buchen|trage|tragen|reserviere|reservieren|nehme|nehmen)\b"
    r"[^.?!]*,\s*(?:außer|ausser|es\s+sei\s+denn)\b|"
    # blind 56 (claims148): a slot given as the example of a new appointment, "Wollen Sie gleich
    # einen neuen Termin ausmachen, zum Beispiel (etwa) Donnerstag um drei?"; a visit proposed
    # at a slot, also for whom the caller books ("Möchten Sie, dass Ihre Tochter stattdessen am
    # Samstag um elf zu Lena kommt?"); the slot must be placed (a day with a time: "Möchten Sie
    # am Freitag vorbeikommen?" names none)
    rf"\b(?:zum\s+beispiel|beispielsweise|etwa)\s+(?:am\s+)?{_DAY_DE}\b|"
    r"\b(?:möchten|wollen|würden)\s+sie\b(?:,?\s+dass\b)?[^.?!,]*\b(?:kommt|kommen|vorbeikommt|"
    r"vorbeikommen)\s*\?"
)
_EN_OFFER = lazy(
    r"\b(?:can|could)\s+(?:do|see|take)\b|"
    r"\b(?:has|have)\s+(?:opened|freed)\s+up\b|\bis\s+(?:free|open)\s+again\b|"
    r"\bbecome\s+(?:free|available)\b|"
    # an offer to act on the slot: "Shall I put you in for …?", "say yes and I'll book …"
    r"\b(?:shall|should|can|could|may)\s+i\s+(?:put|book|pencil|slot|fit|squeeze|reserve|"
    r"grab|hold|get)\b|\bi(?:'ll|\s+will|'d|\s+would)\s+(?:happily\s+|gladly\s+)?(?:book|"
    r"reserve|put|grab|hold|pencil|slot)\b|\bwant\s+me\s+to\s+(?:book|reserve|put|hold)\b|"
    # a stylist's remaining place: "Lena still has Saturday at eleven"
    r"\b(?:has|'s\s+got|still\s+has)\b[^.?!]*\b(?:free|open|available|a\s+(?:slot|space|gap|spot))\b|"
    # the act offered in the statement's order, a place still left (blind 16): "I could put you
    # in for Tuesday at nine if you like", "I'd still have a spot", "there's still something"
    r"\bi\s+(?:can|could)\s+(?:put|book|pencil|slot|fit|squeeze|get)\s+you\b|"
    r"\bi'd\s+be\s+happy\s+to\s+(?:put|book|pencil|slot|fit|squeeze)\s+you\b|"
    r"\b(?:i|he|she|we|fabian|lena)(?:'d|\s+would)\s+still\s+have\s+(?:a\s+)?(?:spot|slot|"
    r"space|place|opening|room|gap)\b|"
    r"\bthere's\s+still\s+(?:something|a\s+(?:slot|spot|space|gap|place)|room)\b|"
    # the place in the conditional (blind 37): "Tomorrow at three there'd be a spot with Fabian";
    # not "there would have been" (a chance gone)
    r"\bthere(?:'d|\s+would)\s+(?:still\s+)?be\s+(?:a\s+)?(?:spot|slot|space|place|opening|gap|room)\b|"
    # blind 56 (claims148): the example slot and the visit proposed, as in German ("Would you like
    # to book something new, say Thursday at three?", "Would you like your daughter to come on
    # Saturday at eleven instead?")
    rf"\b(?:say|for\s+example|for\s+instance),?\s+(?:on\s+)?{_DAY_EN}\b|"
    r"\bwould\s+you\s+like\b[^.?!,]*\bto\s+come\b[^.?!,]*\?"
)
# a move offered (blind 52, claims129): "Ich könnte Sie auf Donnerstag um drei legen", "Wenn Sie
# wollen, verschiebe ich Sie auf …", "I could switch you over to Lena on Saturday at eleven",
# "I'd be able to shift you to Thursday at 3": the slot it names offered, as a booking offered
# names its slot (conventions 2, 480); a day alone is no slot ("Ich könnte Sie auch auf
# Donnerstag umbuchen, wenn Ihnen das lieber ist" is neutral in blind 3)
_MOVE_VERBS = (
    r"(?:verschieben|verlegen|umbuchen|umlegen|legen|schieben|rüberschieben|umtragen|setzen|"
    r"vorziehen|vorverlegen|hinlegen)"
)
_MOVE_OFFER = lazy(
    rf"\b(?:ich\s+(?:kann|könnte|würde)|(?:kann|könnte|würde)\s+ich)\s+(?:sie|dich)\b[^.?!]*"
    rf"\b{_MOVE_VERBS}\b|"
    r"\b(?:wenn|falls|sofern)\s+(?:es\s+)?(?:sie|ihnen|du|dir)\s+(?:\w+\s+){0,2}?(?:wollen|möchten|"
    r"mögen|willst|passt|recht\s+ist)\b[^.?!]*\b(?:verschiebe|verlege|lege|schiebe|buche)\s+ich\b|"
    r"\b(?:verschiebe|verlege|lege|schiebe)\s+ich\b[^.?!]*\b(?:wenn|falls|sofern)\b|"
    r"\bi\s+(?:can|could)\s+(?:also\s+|easily\s+|gladly\s+)?(?:move|switch|shift|rebook|"
    r"reschedule|swap|bump)\s+you\b|"
    r"\bi(?:'d|\s+would)\s+be\s+(?:able|happy|glad)\s+to\s+(?:move|switch|shift|rebook|"
    r"reschedule|put)\s+you\b"
)
_NEGATED = lazy(
    r"\b(?:nicht|kein\w*|nichts|leider|not|no|never|nothing|unfortunately|sorry)\b|n't\b"
)
_INDIRECT = lazy(r"\b(?:ob|whether)\b")
_EXCEPTION_TAIL = lazy(r",\s*(?:außer|ausser|es\s+sei\s+denn)\b.*$")
# "Wenn nichts dagegen spricht, buche ich …": no negation of the offer (blind 34)
_NO_OBJECTION = lazy(
    r"\b(?:wenn|falls|sofern)\s+(?:sie\s+)?nichts\s+dagegen\s+(?:spricht|haben|einzuwenden\s+haben)\b|"
    # another stylist offered (blind 38): "Wenn es nicht unbedingt Fabian sein muss: …"
    r"\b(?:wenn|falls|sofern)\s+es\s+nicht\s+(?:\w+\s+){0,2}?sein\s+muss\b|"
    r"\bif\s+it\s+(?:doesn't|does\s+not|don't)\s+have\s+to\s+be\b"
)
# the act under way after the caller's yes (blind 38, claims91): "Danke, dann trage ich Sie jetzt
# für Freitag um zehn ein", "Thanks, I'll put you in for Friday at ten now": the booking being
# made (neutral by convention 5), not an offer; not asked, not on a condition
_UNDER_WAY = lazy(
    r"^(?![^?]*\?)(?![^.!]*\b(?:wenn|falls|sobald|sofern|if|once|when)\b)[^.!]*(?:"
    r"\b(?:buche|trage|reserviere|notiere|setze)\s+ich\s+(?:\w+\s+){0,2}?(?:jetzt|gerade|nun|"
    r"sofort|gleich)\b|\bi(?:'ll|\s+will|'m|\s+am)\s+(?:book|put|enter|pencil|slot)\w*\b[^.!]*"
    r"\b(?:now|right\s+away)\b)"
)
_ASKED_ABOUT = lazy(r"\bwie\s+wär(?:e|'?s)\b|\b(?:would|could)\b[^.!?]*\b(?:work|suit|do)\b")
_CALLER_TIME = lazy(r"\b(?:haben\s+sie|sie\s+haben|you\s+have|do\s+you|are\s+you)\b")


# the speaker's offer to put the caller in: "Shall I put you in …?", "…, trage ich Sie … ein"
_PUT_IN = lazy(
    r"\b(?:trage|buche|reserviere)\s+ich\s+sie\b|\b(?:soll|darf|kann)\s+ich\s+sie\b|"
    r"\b(?:shall|should|can|may)\s+i\s+(?:put|book|pencil|slot)\s+you\b"
)


def _placed(d: Details, part: str) -> bool:
    """A day with a time; or, offered to put the caller in, a day with the stylist ("Shall I
    put you in on Tuesday with Mr Spitzer?", "…, trage ich Sie am 28. November bei Lea ein",
    blind 49): a slot named, which only a slot the call has backs. Not a look at what a
    stylist has ("Let me see what Lena has open on Saturday")."""
    if not (d.weekdays or d.days or d.relative_days):
        return False
    return bool(d.times) or (bool(d.stylists) and _PUT_IN.search(part) is not None)


def offered_slots(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The slots `sentence` offers or states free in the ways described above."""
    folded = fold(sentence)
    text = folded.text
    en = lang == "en"
    offer = _EN_OFFER if en else _DE_OFFER
    out = []
    for start, end in sentence_spans(text):
        part = text[start:end]
        plain = _NO_OBJECTION.sub(" ", part)
        head = _EXCEPTION_TAIL.sub(
            " ", part
        )  # "…, außer Sie haben Einwände": not the caller's time
        if _NEGATED.search(plain) or _INDIRECT.search(part) or _CALLER_TIME.search(head):
            continue
        moving = _MOVE_OFFER.search(part) is not None
        if not (moving or offer.search(part)) or _UNDER_WAY.search(part):
            continue
        if _ASKED_ABOUT.search(part) and ANOTHER.search(part):
            continue  # "…, wie wäre es mit einer anderen Uhrzeit?": no slot named (another_slot)
        details = read_details(part, names)
        if _placed(details, part):
            span = folded.span(start, end)
            out.append(Claim(ClaimKind.AVAILABLE, *span, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)
