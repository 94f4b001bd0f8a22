"""What a sentence says about a slot: that it is held for the caller, or that it is free.

The outcome claims (booked, cancelled, moved) are read by the clause readers; this module reads
the sentences before an outcome, the ones the caller agrees to: "Freitag um 10 Uhr ist für Sie
reserviert", "um elf hätte ich noch was", "Passt Ihnen Freitag um zehn?", "I've held 2 pm for
you", "Friday at ten works". A slot the tools did not hold or offer, named as held or free, is as
false as an unbacked "gebucht": the caller says yes to a time that is not the one held.

- HELD: a slot stated as reserved for the caller (participle, "ich halte Ihnen …", "yours for
  now"). Not: negated ("nicht reserviert"), another person's ("um zehn ist leider schon
  reserviert"), offered ("Soll ich … reservieren?", "I can hold it" — those name it as free).
- AVAILABLE: a day or time stated or offered as free ("ist frei", "wäre möglich", "hätte ich",
  "ginge", "Wie wäre es mit …", "Passt Ihnen …?", "Soll ich Ihnen … reservieren?", "I have 2 pm
  open", "works", "how about"). Not: negated, a condition or a search ("falls … frei ist",
  "ich schaue, ob … frei ist"), the caller's own time ("wann haben Sie Zeit"), opening hours,
  a stylist's day off ("Fabian hat am Montag frei"), or a sentence naming no day and no time.

Details are read by `details.read_details`; a clause that names none ("…, ich habe ihn für Sie
reserviert") takes those of the clause before it in the sentence. Whether facts back a slot
claim is decided in `decide.backed` with `slot_pool`; `contradicts` is the calendar's own check
of a weekday against its date ("Donnerstag, der 4. Dezember" in a year where it is a Friday).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from agent.claims.another_slot import ANOTHER
from agent.claims.details import (
    COUNTED_NOUNS,
    NUMBERS,
    ClaimDetails,
    Details,
    Names,
    Role,
    is_detail_word,
    read_details,
)
from agent.claims.lazy_pattern import lazy
from agent.claims.model import AppointmentFact, CallFacts, Claim, ClaimKind, SlotFact
from agent.claims.narrated_act import ACT_END
from agent.claims.normalize import fold
from agent.claims.spans import CLOCK_DOT_GOES_ON
from calendar_adapter.ledger import AppointmentState

S = AppointmentState
SLOT_KINDS = frozenset({ClaimKind.HELD, ClaimKind.AVAILABLE})
# a slot kept for the caller: held, being booked, or booked already. Not RESERVING: a
# reservation whose answer never came may not exist in Cal.com, so it backs no "reserviert".
_HOLDING = frozenset({S.HELD, S.BOOKING, S.CONFIRMED, S.PENDING})
_FREED = frozenset(
    {S.RELEASED, S.EXPIRED, S.CANCELLED, S.RESCHEDULED}
)  # "Ihr Freitagstermin ist wieder frei"


def _merge(details) -> Details:
    """Every value each of `details` names, together."""
    out: dict[str, frozenset] = {}
    for d in details:
        for f in dataclasses.fields(Details):
            out[f.name] = out.get(f.name, frozenset()) | getattr(d, f.name)
    return Details(**out)


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# -- held ------------------------------------------------------------------------------------
_HELD_WORD = _any(
    r"\b(vor)?reserviert\b|\bvorgemerkt\b|\bgeblockt\b|\bblockiert\b|\bfreigehalten\b",
    r"\bzurückgelegt\b|\bfestgehalten\b|\bgesichert\b|\bangeblockt\b",
    r"\b(ihre|deine) (vor)?reservierung\b",
    r"\breserved\b|\bon hold\b|\bpencil+ed\b|\bblocked\b|\bset aside\b|\bput aside\b",
    r"\bheld\b|\bholding\b|\byours for now\b|\b(put|placed) an? (\w+ )?hold\b",
    r"\bhold( has been| was| is)?( now)? (placed|put|set)\b",  # blind 58: "Hold placed."
    r"\byour (reservation|hold)\b|\bsaved (it|that|this|the (slot|spot|time|place))\b",
    r"\bsaved for you\b|\bsecured (it|that|the (slot|spot|time|place))\b",
)
# the speaker holding it now ("ich halte Ihnen …"): for the caller, not "halten wir fest: …"
_HOLD_NOW = _any(
    r"\b(ich|wir) (halte|halten|reserviere|reservieren|blocke|blocken|sichere|sichern)\b",
    r"\b(halte|halten|reserviere|reservieren|blocke|blocken|sichere|sichern) (ich|wir)\b",
    r"\b(i|we) hold\b|\b(i|we)('m| am|'re| are) (holding|reserving|blocking|keeping)\b",
    r"\b(ich|wir) (sperre|sperren|merke|merken)\b|\b(i|we)('m| am|'re| are) hanging on to\b",
    # claims93 (blind 35's leftovers): "Ich blockiere Ihnen den Freitag", "Den Platz merke ich
    # Ihnen gern vor", "Ich sperre den Platz für Sie"
    r"\b(ich|wir) (blockiere|blockieren)\b|\b(sperre|sperren|merke|merken|blockiere|blockieren) "
    r"(ich|wir)\b",
)
# when a hold lapses ("Ich merke Ihnen den Termin bis morgen vor", "Wir sperren den Termin für
# Sie bis heute Abend", "I'm blocking the slot for you until tomorrow"): the hold's end, not the
# slot held (claims93)
_HOLD_LAPSE = lazy(
    r"\b(?:bis|until|till)\s+(?:(?:heute|morgen|übermorgen|today|tomorrow|tonight)\b"
    r"(?:\s+(?:früh|abend|mittag|nachmittag|vormittag|morning|evening|afternoon|night)\b)?|"
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?day\b|(?:zum\s+)?feierabend\b)"
)
# the caller put down in the present ("Ich merke Sie für Freitag um zehn vor"): the hold in
# progress, as blind 35 labels it; the perfect "Ich habe Sie vorgemerkt" stays the booking (490)
_CALLER_NOTED_NOW = lazy(r"\b(?:ich|wir) (?:merke|merken) (?:sie|dich)\b[^.!?,]*\bvor$")
_BENEFICIARY = lazy(r"\b(ihnen|dir|für sie|für dich|for you)\b")
_NOT_A_HOLD = _any(
    # ("a hold on Friday" is the noun, the slot held: claims132, blind 47)
    r"(?<!\ba )(?<!\bthe )(?<!\byour )\bhold(ing)? on\b(?! (it|that|this|the|to)\b)|\bhold the line\b|"
    r"\bheld up\b",
    # the caller kept waiting on the line (claims132, blind 48): "you've been on hold for a while"
    r"\byou('ve| have| were| had)( been)? on hold\b|\b(kept|put|left) you on hold\b",
    # what lapsed or was let go, and what is held that is no slot
    r"\b(abgelaufen|verfallen|expired|lapsed|released|freigegeben|aufgehoben|weg|gone)\b",
    r"\b(wieder frei|free again)\b",
    r"\b(rückruf\w*|callback|call back|nachricht|message|notiz|note|wunsch|preference|nummer|"
    r"number|adresse|address|e-?mail|warteliste|waiting list|tisch|table)\b",
)
# another person's reservation ("um zehn ist leider schon reserviert")
_SOMEONE_ELSE = lazy(
    r"\b(leider|schon|bereits|jemand|jemandem|anderen?|already|unfortunately|sorry|someone|"
    r"somebody|another|other)\b"
)
_FOR_THE_CALLER = lazy(
    r"\b(ihnen|sie|dir|dich|ihr\w*|dein\w*|you|your|yours|ich|wir|i|we|i've|we've)\b"
)

# -- available -------------------------------------------------------------------------------
_FREE_WORD = _any(
    r"\bfrei\b|\bverfügbar\b|\bmöglich\b|\bmachbar\b|\bginge\b|\bgeht\b|\bklappt\b|\bklappen\b",
    r"\bpasst\b|\bpassen\b|\bpassend\b|\b(ihnen|dir)\b.*\brecht\b",
    r"\b(hätte|hätten) (ich|wir|er|sie)\b|\b(ich|wir) (hätte|hätten)\b",
    r"\b(habe|hab|haben) (ich|wir)\b.*\b(was|etwas|platz|einen termin|einen platz|lücke|slot)\b",
    r"\b(ich|wir) (habe|hab|haben)\b.*\b(was|etwas|platz|einen termin|einen platz|lücke|slot)\b",
    r"\banbieten\b|\bbiete\b|\bbieten\b|\bgibt es\b|\bgäbe es\b|\bgibt's\b|\bes gibt\b",
    r"\bunterbringen\b|\breinschieben\b|\beinschieben\b|\bdazwischenschieben\b|\blücke\b",
    r"\bnoch\s+(?:ein(?:en)?\s+)?platz\b",  # "Da ist noch Platz", "Es gibt noch einen Platz"
    # a stylist (or the salon) who "has" a day or an hour, the slot offered (blind 39, claims99):
    # "Fabian has Thursday at three", "Lena's got Saturday at 11", "…, but Lena has eleven"; not
    # what is taken or off then ("has Thursday at three booked", "has Thursdays off")
    r"\b(?:has|has got|'s got)\s+(?:still\s+|also\s+|only\s+)?(?:an?\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\b|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|noon)\b(?=\s*(?:o'clock|a\.?m\b|p\.?m\b|on\b|at\b|this\b|next\b|"
    r"tomorrow\b|today\b|morning\b|afternoon\b|[,.!?;–—]|$))(?![^.!?,;]*\b(?:booked|taken|blocked|off|"
    r"full|gone|reserved|already|busy|for (?:someone|somebody|another)|with (?:a|another) client)\b)",
    # a slot named as the last, next, earliest or only free one (convention 470): "Der letzte
    # freie Platz am Samstag ist um elf", "Fabians nächster freier Termin ist am Dienstag um neun"
    r"\b(?:aller)?(?:letzte|nächste|früheste|erste|einzige)[nrs]?\s+freie[nrs]?\b",
    r"\bwie wär(e|s|'s) es mit\b|\bwie wär'?s mit\b|\bwas halten sie von\b",
    r"\b(soll|sollen|sollte|sollten|darf|kann|könnte|möchten sie, dass) (ich|wir)\b.*"
    r"\b(reservieren|buchen|einbuchen|eintragen|festmachen|vormerken|blocken|freihalten|halten|"
    r"sichern)\b",
    # blind 35 (claims79): "Wollen wir Sie … einbuchen?", "Möchten Sie, dass ich Sie … eintrage?",
    # "Ich könnte Sie … noch mit reinnehmen"
    r"\b(wollen|möchten) (ich|wir) (sie|dich)\b.*\b(einbuchen|eintragen|buchen|reservieren)\b",
    # (the clause after the comma: "Möchten Sie, | dass ich Sie … eintrage?")
    r"^\W*dass (ich|wir) (sie|dich)\b.*\b(eintrage|eintragen|einbuche|einbuchen|buche|"
    r"buchen|reserviere|reservieren)$",
    # (not "Ich kann Sie gern für Freitag eintragen": a plan, as the gated splits label it)
    r"\b(ich|wir) (könnte|könnten|kann|können) (sie|dich)\b.*\b(um \w+|\w+ uhr)\b.*"
    r"\b(reinnehmen|einschieben|unterbringen|dazwischenschieben)\b",
    # an agreement asked about the slot (blind 34): "Sollen wir Freitag um zehn festhalten?",
    # "Wollen wir uns auf Freitag um zehn einigen?", "Shall we go with Friday at ten?"
    r"\b(sollen|wollen) wir\b.*\b(festhalten|ausmachen|abmachen|vereinbaren|festlegen|einigen)\b",
    r"\b(shall|should) we\b.*\b(go (with|for)|settle on|agree on|make it)\b",
    r"\bfree\b|\bavailable\b|\bavailability\b|\bopen\b|\bopening\b|\bopenings\b",
    r"\bworks?\b|\bsuits?\b|\bpossible\b|\bhow about\b|\bwhat about\b",
    r"\b(is|would|be|ist|wäre|sind|wären)\b.*\b(okay|ok|in ordnung|fine|alright|all right)\b",
    # a slot asked to be good for the caller (convention 1087, the lead's D20): "Ist Freitag um
    # zehn gut für Sie?", "Is Friday good for you?"
    r"\b(is|would|be|ist|wäre)\b.*\b(gut für (sie|dich)|good for you)\b",
    r"\b(i|we) (could|can) (do|offer|fit|squeeze|get|pop)\b|\bfit you in\b|\bsqueeze you in\b",
    r"\b(i|we) (have|had|'ve got|got|would have)\b.*\b(slot|spot|opening|gap|space|room|open|free|"
    r"something)\b",
    r"\bthere'?s\b.*\b(slot|spot|opening|gap|space|room)\b|\bthere (is|are)\b.*\b(slot|spot)\b",
    r"\b(shall|should|can|could) (i|we)\b.*\b(book|reserve|hold|pencil|put you down|block)\b",
    r"\b(i|we) (can|could) (book|reserve|hold|pencil|block)\b",
    # blind 35 (claims80): phrasal verbs offered ("Should I lock in Friday at ten?", "Can I pin
    # down Friday at ten?", "Want me to slot you in on Friday at ten?", as the gated blind 24's
    # "Want me to lock in Friday at ten?"); "Would you like me to lock in …?" stays neutral
    # (blind 7, gated; convention 503)
    r"\b(shall|should|can|could) (i|we)\b.*\b(slot|lock|pin|pen|sign|squeeze|firm)\b",
    r"^\W*want me to\b.*\b(slot|lock|pin|pen|squeeze|firm)\b",
    r"\b(i|we)('d| would) have\b(?! to\b)",  # "I'd have Saturday at eleven"
    # claims98 (blind 40): "I found a slot on Thursday at 3 p.m.", "Lena has one spot left on
    # Saturday", as the German "Ich habe einen Platz … gefunden"
    r"\b(i|we)('ve| have)? (just |now )?found\b.*\b(slot|spot|opening|gap|space)\b",
    # blind 56 (claims148): the place the search leaves, "I can only find one slot on Saturday,
    # at eleven with Lena"
    r"\b(i|we) (can|could) (only )?find (a|one)( free| single)? (slot|spot|opening|gap|space)\b",
    r"\b(slot|spot|opening|place|appointment)s? left\b",
)
# the speaker's act said in the present, its prefix at the end (blind 35, claims79): "Ich trage
# Sie am Freitag um zehn bei Fabian ein", "…, trage ich Sie … ein": the slot offered (with the
# time it names: "Trage ich Sie dann für Freitag ein?" asks, as a plan would); not an act whose
# end is told after a pause ("Ich nehme Sie für Freitag um zehn auf … so, ist durch": the act
# narrated while it runs, `narrated_act`)
_PRESENT_ACT = _any(
    r"^\W*(ich|wir) (trage|tragen|buche|buchen|plane|planen|nehme|nehmen|schreibe|schreiben) "
    r"(sie|dich)\b.*\b(um \w+|\w+ uhr)\b.*\b(ein|auf)$",
    r"^\W*(trage|tragen|buche|buchen|plane|planen|nehme|nehmen|schreibe|schreiben) (ich|wir) "
    r"(sie|dich)\b.*\b(um \w+|\w+ uhr)\b.*\b(ein|auf)$",
    # the same act in the future (convention 1120; probe 55c): "Wenn Sie möchten, werde ich Sie
    # für Donnerstag um 15 Uhr eintragen"
    r"^\W*(ich werde|werde ich) (sie|dich)\b.*\b(um \w+|\w+ uhr)\b.*\b(eintragen|einbuchen|"
    r"buchen|einschreiben)$",
)
_PAUSE_AT = lazy(r"(?:\.\.\.+|…|\s[–—-])\s*$|^\s*(?:\.\.\.+|…|[–—-]\s)")


def _end_told_after(clause: str, rest: str) -> bool:
    """Whether the act of `clause` has its end told after a pause: "… so, ist durch"."""
    return bool(_PAUSE_AT.search(clause) or _PAUSE_AT.search(rest)) and bool(ACT_END.search(rest))


# a condition, a search, the caller's own time, the salon's hours, a stylist's day off
_SEARCH = lazy(
    r"\b(nachsehen|nachschauen|schaue|schauen|schau|gucke|gucken|prüfe|prüfen|checke|check|"
    r"checking|look|looking|see if|see whether|see what|find out)\b"
)
_NOT_AN_OFFER = _any(
    _SEARCH.pattern,
    r"\b(sie|du|you)\b\s+(\w+\s+)?(frei|free|available|zeit|time)\b",
    r"\bsuits\s+you\b",  # "Friday suits you, doesn't it?": the caller's wish (probe 29)
    # the act running, not offered (blind 38, claims91): "Ich trage Sie gerade für Freitag … ein"
    r"^\W*(ich|wir) (trage|tragen|buche|buchen|nehme|nehmen) (sie|dich) (gerade|grad)\b",
    # a past question (claims91): "Did Friday work for you?" asks how it went, offers nothing
    r"^\W*did\b[^.?!]*\bwork\b",
    r"\b(sind|are|bist|haben|have|hätten) (sie|you|du)\b.*\b(frei|free|available|zeit|time)\b",
    r"\bbei (ihnen|dir)\b.*\b(frei|zeit)\b|\bin your (calendar|diary)\b",  # the caller's own day
    r"\bgeöffnet\b|\böffnungszeit\w*\b|\bwe'?re open\b|\bwe are open\b|\bopen (until|till|from)\b"
    r"|\bopening hours\b|\bhaben (wir )?offen\b|\bist (der salon )?offen\b"
    # the doors or the salon opening at an hour (blind 49, claims131): "the doors open at 9:00"
    r"|\b(doors?|salon|shop) (open|opens|close|closes)\b|\b(türen|tür) (öffnen|öffnet)\b",
    r"\b(hat|has)\b(?!.*\b(was|etwas|noch|termin|platz|slot|opening)\b).*\b(frei|off)\b",
    # another customer who has the slot (claims99): "Someone else already has ten o'clock",
    # "Mr Schulz has Thursday at three"
    r"\b(someone|somebody|another|other|mr|mrs|ms|miss|client|customer)\b[^.!?]*\b(has|'s got)\b",
    r"\balready\s+(has|got)\b",
    r"\b(welche|welcher|welchen|welches|wann|what time|which|when)\b",
    r"\b(hoffentlich|hoffe|hope|wish)\b|\bfeel free\b|\bfree (of charge|to)\b|\bkostenfrei\b|\bkostenlos\b|\bwie geht\b",
    r"\bgeht\b.*\bvor$|\bfrei (werden|wird|geworden)\b|\b(becomes?|became) free\b",
    # the caller's own slot set free again: a release, said by the summary, not an offer
    r"\b(reservierte\w*|gehaltene\w*|held|hold|ihr termin|your appointment)\b.*"
    r"\b(wieder frei|free again)\b",
    # a way compared, no slot (blind 57, claims155): "Am Samstag ginge es schneller, aber …",
    # "On Saturday it would be quicker"
    r"\b(?:ginge|geht|ginge|wäre|ist)\s+(?:es|das)\s+(?:\w+\s+)?(?:schneller|besser|einfacher|"
    r"leichter|kürzer|ruhiger)\b|\b(?:it|that)(?:'d|\s+would|'s|\s+is)\s+(?:be\s+)?(?:\w+\s+)?"
    r"(?:quicker|faster|easier|shorter|quieter)\b",
    # what always happens on such a day (blind 34, claims77): "The last openings on a Saturday
    # always go quickly"
    r"\b(?:always|usually|generally|typically|immer|meistens|normalerweise|gewöhnlich)\b",
    # blind 37 (claims85): what often happens ("früh am Morgen geht oft noch etwas")
    r"\b(?:oft|häufig)\s+noch\b|\b(?:often|frequently)\s+(?:still|something)\b",
    # a slot word as part of another verb or idiom (probe 57, claims174): "aufpassen" split ("Sophie
    # passt am Freitag auf Ihren Hund auf"), "geht aufs Haus" / "on the house" (paid by the salon)
    r"\bpass(?:t|en|e)\b.*\bauf$|\bgeht\s+(?:aufs\s+haus|auf\s+(?:uns|mich|die\s+kasse))\b",
    # habits, not a slot: "donnerstags", "Lena works Saturdays"
    r"\b(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags|mondays|tuesdays|"
    r"wednesdays|thursdays|fridays|saturdays|sundays)\b",
)
# an indirect question or a condition: nothing stated ("…, ob Freitag frei ist")
_INDIRECT = lazy(
    r"^\W*((und|and|aber|but|oder|or)\s+)?(falls|wenn|sofern|sobald|ob|if|whether|unless|"
    r"in case|once|was(?! halten)|what(?! about))\b"
)
_NEGATED = lazy(
    r"\b(nicht|kein|keine|keinen|keiner|nichts|nie|niemand|weder|not|no|nothing|none|never|"
    r"nobody|cannot|can't|won't|isn't|aren't|don't|doesn't|wasn't|haven't|hasn't)\b|n't\b"
)
# an offer of a hold, not a statement that it is held
_OFFERED = lazy(
    r"\b(soll|sollen|kann|können|könnte|könnten|würde|würden|möchte|möchten|darf|dürfen|werde|"
    r"werden|will|gern|gerne|shall|should|can|could|would|may|might|want|like|will|'ll)\b"
)
_WILLING = frozenset({"gern", "gerne"})


def _offered(clause: str, held_now: bool) -> bool:
    """Whether `clause` offers its slot rather than holds it: a modal ("Soll ich Ihnen …
    reservieren?", "I can hold it"), or "gern" beside no act. "Ich merke Ihnen Freitag um zehn
    gerne vor" (probes 35 and 36f, claims93) is the hold done willingly: the speaker's present
    hold verb with only "gern" is no offer."""
    words = {m.group(1) for m in _OFFERED.finditer(clause)}
    return bool(words) and not (held_now and words <= _WILLING)


_CONDITION = lazy(r"^\W*((und|and|aber|but)\s+)?(wenn|falls|sofern|sobald|if|once)\b")
# the caller asked for a yes: what follows is done on that condition ("Sagen Sie Ja, dann
# reserviere ich …", "Say the word and I'll hold …")
_ASKS_YES = lazy(
    r"\b(sagen sie|geben sie mir|say|give me)\b.*\b(ja|yes|okay|ok|the word|the nod)\b"
)

# a cheap first look: a word without which no clause can hold or offer a slot
_ANY_SLOT_WORD = lazy(
    r"reserv|vorgemerkt|block|sperr|merke|gehalten|zurückgelegt|gesichert|halte|sicher|hold|held|pencil|"
    r"aside|saved|secured|yours|frei|free|verfügbar|availab|möglich|possible|machbar|ginge|geht|"
    r"klapp|pass|recht|hätte|habe|hab|haben|have|had|has|got|biete|gibt|gäbe|unterbring|schieb|"
    r"lücke|wär|halten|soll|darf|kann|könnte|shall|should|can|could|open|work|suit|about|fit|noch\s+(?:ein\w*\s+)?platz|"
    r"squeeze|there|okay|ok\b|ordnung|fine|alright|right|want\s+me|gut\s+für|good\s+for|"
    # the act in the present or offered on a day other than Friday, whose "frei" let the older
    # ones through (claims93): "Ich trage Sie am Samstag um elf bei Lena ein", "Möchten Sie,
    # dass ich Sie am Samstag … eintrage?"; the English hold in progress ("I'm keeping the slot
    # for you until tomorrow")
    r"trage\b|tragen\b|eintrag|einbuch|buche\b|plane\b|planen\b|nehme\b|schreibe\b|keeping|"
    r"(?:möchten|wollen)\s+sie,?\s+dass|"
    r"found|\bfind\b|\bleft\b"  # claims98: "I've found a slot …", "one spot left on Saturday"
)
# a sentence of the text; a day, a month or a title shortened ("Shall I book Fri., Nov. 28, with
# Mr. Spitzer?") ends none (claims144), nor the hour's "a.m." where the sentence goes on
# (`spans.CLOCK_DOT_GOES_ON`: "Friday at 10 a.m. is free and held for you", claims158)
_SENTENCE = lazy(
    r"(?:[^.!?]|(?<=\d)\.(?=\s*[\w,])|\.(?=\w)|"
    r"(?:(?<=\b(?:mr|ms|dr|fr|sa))|(?<=\bmrs)|(?<=\b(?:fri|sat|sun|mon|tue|wed|thu|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|oct|okt|nov|dec|dez)))\.(?=[\s,])|" + CLOCK_DOT_GOES_ON + r")+[.!?]*"
)
_CLAUSE = lazy(
    r"(?:[,;–—]|(?<!\d):(?!\d))+|\s(?=(?:aber|sondern|doch|but|however)\b)|"
    # a purpose clause without its comma (blind 35, claims79): "… so that nobody takes it"
    r"\s(?=(?:sodass|so\s+that|so\s+(?:you|nobody|no\s+one|someone|it\s+(?:doesn't|won't|can't|"
    r"does\s+not|will\s+not))|damit\s+(?:sie|ihn|es|er|"
    r"niemand|keiner|ich|wir|man))\b)"
)
# a purpose clause: the hold before it is for the caller ("Ich halte ihn fest, damit ihn keiner
# wegschnappt", "I'm holding it so that nobody else can grab it")
_NOTE_TAKEN = lazy(r"^\W*(?:halten|halte)\s+(?:wir|ich)\s+fest\b")  # "Halten wir fest, damit …"
# (blind 38, claims92: "… on hold for you so it doesn't go while we talk": the slot kept from going)
_PURPOSE = lazy(
    r"^\W*(?:damit|sodass|so\s+that|so\s+(?:you|nobody|no\s+one|someone|it\s+(?:doesn't|won't|"
    r"can't|does\s+not|will\s+not)))\b"
)


@lru_cache(maxsize=64)
def _names(stylists: tuple, services: tuple, aliases: tuple, nicknames: tuple) -> Names:
    return Names.of(stylists, services, aliases, nicknames)


_last: tuple[CallFacts, Names] | None = None  # the facts last asked about, and their names


def names_of(facts: CallFacts) -> Names:
    """The salon's names in `facts`: a decision asks many times for the same (immutable) facts,
    answered without hashing them again."""
    global _last
    last = _last
    if last is not None and last[0] is facts:
        return last[1]
    names = _names(facts.stylists, facts.services, facts.service_aliases, facts.stylist_aliases)
    _last = (facts, names)
    return names


def _placed(d: Details) -> bool:
    """It names a day or a time (a stylist or service alone places no slot)."""
    return bool(d.weekdays or d.days or d.relative_days or d.times)


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    text: str
    kind: ClaimKind | None
    details: Details
    only_details: bool  # a verbless day, time or name ("der 4. Dezember", "bei Fabian")


def read_slot_claims(sentence: str, names: Names) -> tuple[Claim, ...]:
    """Every statement of `sentence` that a slot is held for the caller or free (see above)."""
    folded = fold(sentence)
    text = folded.text
    if not _ANY_SLOT_WORD.search(text):
        return ()  # most sentences: no word that could hold or offer a slot
    claims: list[Claim] = []
    asked = ""  # a question before ("Wie sieht's mit morgen um drei aus?"), read when needed
    for sm in _SENTENCE.finditer(text):
        before, asked = asked, ""
        question = sm.group().rstrip().endswith("?")
        if question:
            asked = sm.group()
        pieces = _clauses(text, sm.start(), sm.end())
        kinds: list[ClaimKind | None] = []
        conditional = False
        open_question = False  # "ob übermorgen, also am Freitag, um zehn … frei ist" (blind 41)
        for k, (start, end) in enumerate(pieces):
            clause = text[start:end].strip(" .!?")
            asks = question and (k == len(pieces) - 1 or bool(_ASKS.match(clause)))
            later = text[pieces[k + 1][0] : pieces[k + 1][1]] if k + 1 < len(pieces) else ""
            inverted = _inverted_condition(clause, later, question)
            purpose = bool(_PURPOSE.match(later))
            narrated = _end_told_after(text[start:end], text[end:])
            asked_on = open_question
            open_question = _question_open(clause, names, asked_on)
            if inverted or asked_on:
                kinds.append(None)  # the verb of a question opened before it: nothing stated
            else:
                kinds.append(_kind(clause, asks, conditional, purpose, narrated))
            conditional = (
                inverted or bool(_CONDITION.search(clause)) or bool(_ASKS_YES.search(clause))
            )
        if not any(kinds):
            continue
        clauses: list[_Clause] = []
        for (start, end), kind in zip(pieces, kinds, strict=True):
            clause = _without_replaced(text[start:end].strip(" .!?"), names)
            read = _HOLD_LAPSE.sub("", clause) if kind is ClaimKind.HELD else clause
            details = _clock(read_details(_POSSESSIVE.sub(r"\1", read), names), read)
            if kind is not None and (not details.times or _LISTED.search(clause)):
                details = _with_hours(details, clause)  # "but eleven would work"
            only = all(
                is_detail_word(w) or w in _FILLER or w in names.words for w in _words(clause)
            )
            if _YES.match(clause) and clauses and _INDIRECT.search(clauses[-1].text):
                # "… geprüft, ob Fabian am Freitag um zehn kann, und ja, …": affirmed
                prev = clauses[-1]
                clauses[-1] = dataclasses.replace(prev, text=_INDIRECT.sub("", prev.text))
            clauses.append(_Clause(start, end, clause, kind, details, only))
        for i, c in enumerate(clauses):
            if c.kind is None:
                continue
            span = folded.span(c.start, c.end)
            for details in _slots_named(clauses, i, names):
                if not _placed(details) and before and _BACK.match(c.text):
                    named = read_details(before, names)  # "…? Da ist noch Platz": that slot
                    details = _merge((details, named)) if _placed(named) else details
                if c.kind is ClaimKind.HELD or _placed(details):
                    claims.append(Claim(c.kind, *span, ClaimDetails(((Role.ANY, details),))))
    return tuple(claims)


# a clause that points back at the slot a question before it named
_BACK = lazy(r"^\W*(?:da|dann|dafür|then|there)\b")
_POSSESSIVE = lazy(r"(\w)'s\b")  # "Lena's 10 o'clock": Lena
# words that leave a clause verbless in effect ("ich habe Ihnen Mittwoch, den 28. …")
_FILLER = frozenset(
    {"für", "sie", "ihnen", "bei", "mit", "ich", "habe", "hab", "haben", "wir", "ist", "es",
     "das", "also", "dann", "for", "you", "with", "at", "on", "the", "and", "und", "i", "i've",
     "we", "we've", "have", "is", "it", "it's", "that", "so", "then", "oder", "or"}
)  # fmt: skip


# the word that opens an indirect question or a condition inside a clause ("ich schaue, ob …")
_OPENS_QUESTION = lazy(r"\b(?:ob|falls|if|whether)\b")
# words that name a day again between the commas ("übermorgen, also am Freitag, …")
# (claims131: and a date's article, "ob am Freitag, dem 28. November, um zehn …")
_SAME_DAY_WORDS = frozenset(
    {"also", "so", "sprich", "nämlich", "that's", "i.e.", "d.h.", "in", "tagen", "days", "day",
     "after", "dem", "den", "the", "of"}
)  # fmt: skip


def _question_open(clause: str, names: Names, open_before: bool) -> bool:
    """Whether an indirect question or condition is still waiting for its verb after `clause`:
    `clause` opens one and names only days, times and names after its "ob" / "if" ("ich schaue
    kurz nach, ob übermorgen"), or one was open before and `clause` is verbless too ("also am
    Freitag"). The verb after the commas is the question's ("…, um zehn noch frei ist")."""
    if not open_before:
        opened = list(_OPENS_QUESTION.finditer(clause))
        if not opened:
            return False
        clause = clause[opened[-1].end() :]
    words = _words(clause)
    return (
        bool(words)
        and all(
            is_detail_word(w) or w in _FILLER or w in names.words or w in _SAME_DAY_WORDS
            for w in words
        )
        and not any(w in _VERBS_IN_FILLER for w in words)
    )


_VERBS_IN_FILLER = frozenset({"habe", "hab", "haben", "ist", "is", "have", "it's"})


def _words(clause: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:[-'.][^\W_]+)*\.?", clause)


def _slots_named(clauses: list[_Clause], i: int, names: Names) -> list[Details]:
    """The slot (or slots: "Freitag um zehn oder Samstag um elf") that clause `i` speaks of,
    with the verbless days and times around it and, when it names none, those said before."""
    around = _around(clauses, i)
    details = _merge((clauses[i].details, *(_with_hours(c.details, c.text) for c in around)))
    if _several(details):
        # one slot per listed part, each with the day of the part before ("zehn oder elf")
        text = " ".join(c.text for c in sorted([clauses[i], *around], key=lambda c: c.start))
        parts: list[Details] = []
        for piece in _LISTED.split(text):
            if piece and not _LISTED.fullmatch(piece):
                d = _with_hours(_clock(read_details(piece, names), piece), piece)
                if parts and _placed(d) and not _day(d):
                    d = _with_day(d, [_Clause(0, 0, "", None, parts[-1], True)])
                if _placed(d):
                    parts.append(d)
        if len(parts) > 1:
            return parts
    if ANOTHER.search(clauses[i].text):
        # "…, wie wäre es mit einem anderen Tag?", "…, would another time work?" (blind 38,
        # claims91): the offer is of a slot other than the one said before, and names none
        return [details]
    if not _placed(details):
        # "…, ich habe ihn für Sie reserviert": the day and time said before it
        details = _with(details, _said_before(clauses, i))
    own = details.times or details.stylists or details.services
    if not _day(details) and (own or clauses[i].kind is not ClaimKind.AVAILABLE):
        # "Freitag um zehn ist vergeben, aber um elf ginge es": Friday at eleven. An offer that
        # names nothing of its own takes no bare day ("Gebucht ist der Termin am Freitag … erst,
        # wenn Sie zustimmen – passt Ihnen das so?": the booking's terms asked about, blind 41);
        # a hold does ("…, nur reserviert")
        details = _with_day(details, clauses[:i])
    return [details]


def _several(d: Details) -> bool:
    return len(d.times) > 1 or len(d.weekdays) > 1 or len(d.days) > 1


def _around(clauses: list[_Clause], i: int) -> list[_Clause]:
    """The verbless days, times and names right before and after clause `i` ("Donnerstag, der
    4. Dezember, um 10 Uhr ist …", "Frei wäre Freitag, der 27. November, um 15 Uhr")."""
    out = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(clauses) and clauses[j].kind is None and clauses[j].only_details:
            out.append(clauses[j])
            j += step
    return out


_YES = lazy(r"^\W*((und|and)\s+)?(ja|yes|jawohl)\b")
_ASKS = lazy(
    r"^\W*((und|and|oder|or|aber|but|so|also|dann)\s+)?(soll|sollen|darf|kann|passt|wäre|wären|ist|"
    r"möchten|wollen|geht|shall|should|can|could|would|will|do|does|is|are)\b"
)
_LISTED = lazy(r"\b(oder|or|und|and|bzw)\b")  # "um zehn … oder passt Ihnen elf"
_HOUR_WORD = lazy(
    r"(?<!unter )(?<!über )(?<!under )(?<!over )(?<!halb )(?<!viertel )(?<!nach )(?<!vor )(?<!past )(?<!to )(?<![\d.:])"
    # a count of the people or things named ("Shall I book all three?", "Zwei von Ihnen kann ich
    # am Samstag unterbringen", blinds 54 and 56, claims149): no hour
    r"(?<!\ball )(?<!\balle )(?<!\ballen )"
    r"\b(\d{1,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![.:]\d)(?!\.\s*\w)"
    r"(?!\s+(uhr\s+)?(fünfzehn|dreißig|dreissig|fünfundvierzig|fifteen|thirty|forty))"
    r"(?!\s+(?:von|of)\s+(?:ihnen|euch|uns|you|us|them|those)\b)"
    # "ten more minutes", "zehn weitere Minuten": a span (blind 35, claims80)
    r"(?!\s*(?:(?:more|further|extra|weitere|mehr)\s+)?(minuten|min|stunden|tage|tagen|wochen|"
    r"euro|prozent|personen|leute|plätze|termine|"
    r"minutes|hours|days|weeks|euros|people|openings|slots|spots|mal|times|möglichkeiten|"
    rf"optionen|options|choices|jahre|jahren|years|kinder|children|{COUNTED_NOUNS}|"
    # probe 55 (claims172): "Two alternatives were gone before I could offer them"
    r"alternativen|alternatives|vorschläge|suggestions)\b)"
)


_CLOCK = lazy(r"\b(\d{1,2})[:.]([0-5]\d)\b")


def _clock(d: Details, clause: str) -> Details:
    """ "um 9:30" is half past nine, not also nine o'clock (the hour is read once more after
    "um")."""
    hours = {int(m[1]) for m in _CLOCK.finditer(clause) if int(m[2])}
    whole = {h for h in hours if not re.search(rf"\b{h}\b(?![:.]\d)", _CLOCK.sub(" ", clause))}
    if not whole:
        return d
    times = frozenset(
        t for t in d.times if not (t[1] == 0 and t[0] % 12 in {h % 12 for h in whole})
    )
    return dataclasses.replace(d, times=times)


def _with_hours(d: Details, clause: str) -> Details:
    """A bare number in a slot statement is an hour ("but eleven would work", "11 is free")."""
    hours = set(d.times)
    for m in _HOUR_WORD.finditer(clause):
        h = int(m[1]) if m[1].isdigit() else NUMBERS.get(m[1])
        if h is not None and 1 <= h <= 20:
            hours.add((h, 0, h > 12))
    return dataclasses.replace(d, times=frozenset(hours)) if hours else d


def _day(d: Details) -> bool:
    return bool(d.weekdays or d.days or d.relative_days or d.weeks)


def _with_day(d: Details, before: list[_Clause]) -> Details:
    """A time without a day takes the day the sentence named last before it, whatever was
    said of it ("… ist vergeben, aber …"), unless it was a search or a condition."""
    for c in reversed(before):
        if _day(c.details) and not (_INDIRECT.search(c.text) or _SEARCH.search(c.text)):
            x = c.details
            return dataclasses.replace(
                d, weekdays=x.weekdays, days=x.days, months=x.months,
                relative_days=x.relative_days, weeks=x.weeks,
            )  # fmt: skip
    return d


def _said_before(clauses: list[_Clause], i: int) -> Details:
    """The day and time the sentence stated before clause `i`: of the last claim, or of the
    statements since (not of a search: "…, ob Freitag frei ist, das ginge" lends nothing)."""
    found: list[Details] = []
    kept = _STAYS_FREE.match(clauses[i].text) is not None
    for c in reversed(clauses[:i]):
        if (_stated(c.text) or (kept and _KEEPING_DENIED.search(c.text))) and _placed(c.details):
            found.append(c.details)
        if c.kind is not None:
            break
    return _merge(found)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CLAUSE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip(" .!?")]


# a condition put first by its verb, with no "wenn/if": "Sollte es am Freitag klappen, melde ich
# mich", "Hätten Sie früher angerufen, …", "Should it work out on Friday, I'll call", "Had you
# called earlier, …" (a question asks instead: "Sollte ich Freitag buchen?")
_VERB_FIRST = lazy(
    r"^\W*(sollte|sollten|solltest|hätte|hätten|hättest|wäre|wären|wärst|würde|würden|"
    r"könnte|könnten|käme|kämen|should|had|were)\s+"
    r"(es|sie|ich|wir|er|du|man|das|der|die|den|dem|ihr|ihnen|ihre|ihrem|ihren|you|it|we|i|he|"
    r"she|they|the|your|that|this|friday|\w+tag|\w+day)\b"
)
# what follows such a condition: its consequence, verb first ("melde ich", "hätte ich") or "then"
_CONSEQUENCE = lazy(
    r"^\W*(dann|so|then|just|please|give|call|ring|let|drop|"
    r"\w+\s+(ich|wir|er|sie|es|man|das|der|die)\b|"
    r"(i|we|you|he|she|it|they|that|there)\b|(i|we|you|he|she|it|they|that|there)'\w+)"
)


def _inverted_condition(clause: str, later: str, question: bool) -> bool:
    return bool(_VERB_FIRST.match(clause) and later and not question and _CONSEQUENCE.match(later))


# a counterfactual past: what would have been ("hätte ich Sie noch am Donnerstag unterbringen
# können", "wäre Freitag frei gewesen", "I could have fitted you in on Thursday"), no offer now
_IRREALIS = _any(
    r"\b(hätte|hätten|hättest|wäre|wären|wärst)\b.*\b(können|müssen|sollen|dürfen|gekonnt|"
    r"gehabt|gewesen|ge\w+t|ge\w+en|\w+iert)$",
    r"\b(could|would|might|should)(n't)?\s+(\w+\s+)?have\s+(been|had|got|gotten|\w+ed|fit|done|taken|"
    r"given|kept|held|found|put|squeezed)\b|\bhad been (free|available|open)\b",
)


def _kind(
    clause: str,
    question: bool,
    after_condition: bool,
    purpose_after: bool = False,
    narrated: bool = False,
) -> ClaimKind | None:
    if _NEGATED.search(clause) or _INDIRECT.search(clause) or _IRREALIS.search(clause):
        return None
    purpose_after = purpose_after and not _NOTE_TAKEN.match(clause)
    now = (
        _HOLD_NOW.search(clause) and (_BENEFICIARY.search(clause) or purpose_after)
    ) or _CALLER_NOTED_NOW.search(clause)
    if (now or _HELD_WORD.search(clause)) and not _NOT_A_HOLD.search(clause):
        if _SOMEONE_ELSE.search(clause) and not _FOR_THE_CALLER.search(clause):
            return None  # "Um zehn ist leider schon reserviert": not the caller's
        if question or after_condition or _offered(clause, bool(now)):
            return ClaimKind.AVAILABLE  # "Soll ich Ihnen … reservieren?": named as free
        return ClaimKind.HELD
    offered = _FREE_WORD.search(clause) or (_PRESENT_ACT.search(clause) and not narrated)
    if offered and not _NOT_AN_OFFER.search(clause):
        return ClaimKind.AVAILABLE
    return None


# a slot given up for another ("Statt Freitag wäre Samstag möglich", "Thursday instead of
# Friday"): what follows the mark is not the slot named
_INSTEAD = lazy(r"\b(statt|anstatt|anstelle|instead of|rather than)\s+")
_INSTEAD_FILLER = frozenset(
    {"am", "an", "um", "bei", "dem", "den", "der", "des", "die", "the", "on", "at", "with", "zu",
     "zum", "zur", "uhr", "of", "o'clock", "von"}
)  # fmt: skip


def _without_replaced(clause: str, names: Names) -> str:
    m = _INSTEAD.search(clause)
    if not m:
        return clause
    end = m.end()
    for w in re.finditer(r"[^\s,]+", clause[m.end() :]):
        word = w.group().lower()
        if not (is_detail_word(word) or word in _INSTEAD_FILLER or word in names.words):
            break
        end = m.end() + w.end()
    return clause[: m.start()] + clause[end:]


# the day a hold was denied for, said to stay free by a pronoun (blind 54, claims168): "I haven't
# held Saturday, so it stays open for other clients", "Den Samstag habe ich nicht reserviert, er
# bleibt frei": the denial lends its day to the pronoun, as no other negated clause does
_STAYS_FREE = lazy(
    r"^\W*(?:(?:so|and|und|also|damit|dann|then)\s+)?(?:it|er|es|der)\s+(?:\w+\s+)?"
    r"(?:stays|remains|bleibt)\b"
)
_KEEPING_DENIED = lazy(
    r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?(?:held|reserved|kept|on\s+hold)\b|"
    r"\bnicht\s+(?:\w+\s+)?(?:reserviert|vorgemerkt|gehalten|festgehalten|geblockt)\b"
)


def _stated(clause: str) -> bool:
    """Whether a clause may lend its day and time to the next ("…, ob Freitag frei ist, das
    ginge" lends nothing: a search states no slot, "zehn ist vergeben, …" no free one)."""
    return not (
        _INDIRECT.search(clause)
        or _NOT_AN_OFFER.search(clause)
        or _NEGATED.search(clause)
        or _UNAVAILABLE.search(clause)
    )


_UNAVAILABLE = lazy(
    r"\b(leider|vergeben|belegt|weg|voll|ausgebucht|gebucht|taken|booked|full|gone|"
    r"unfortunately|sorry)\b"
)


def _with(d: Details, before: Details) -> Details:
    """`d` with the day and time said before it (its own stylist or service kept)."""
    return Details(
        before.weekdays,
        before.days,
        before.months,
        before.relative_days,
        before.times,
        d.stylists or before.stylists,
        d.services or before.services,
        before.weeks,
    )


# -- what backs them -------------------------------------------------------------------------


def slot_pool(kind: ClaimKind, facts: CallFacts) -> list[AppointmentFact | SlotFact]:
    """What may back a slot claim: for HELD the slots kept for the caller (held, being held or
    booked, or booked); for AVAILABLE those, the free slots the tools offered in this call, and
    a slot this call set free again."""
    keeping = [a for a in facts.appointments if a.state in _HOLDING]
    if kind is ClaimKind.HELD:
        return keeping
    freed = [a for a in facts.appointments if a.state in _FREED]
    return [*keeping, *facts.offered, *freed]


def contradicts(details: ClaimDetails, now: datetime) -> bool:
    """A weekday that is not the weekday of the date named with it ("Donnerstag, der 4.
    Dezember" when 4 December is a Friday), the date taken in its next year from `now`."""
    for _, d in details.parts:
        if not (d.weekdays and d.days and len(d.days) == 1 and len(d.months) == 1):
            continue
        day, month = next(iter(d.days)), next(iter(d.months))
        year = now.year
        try:
            if date(year, month, day) < now.date().replace(day=1):
                year += 1
            on = date(year, month, day)
        except ValueError:
            return True  # "der 31. November"
        if on.weekday() not in d.weekdays:
            return True
    return False
