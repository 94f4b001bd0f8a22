"""Sentences about someone else, the salon's hours or the call itself, in which the readers read a
claim about the caller's appointment (blind 19's false blocks, claims31), one pattern per class:

- another customer's appointment: "Mrs Schulz cancelled her Friday, funnily enough", "A client
  just pushed theirs to next week", "Bei Fabian ist am Donnerstag ein Termin ausgefallen", "Eine
  Kundin hat ihren Termin verschoben" (their outcome, not the caller's);
- a stylist's or the salon's hours: "Fabian macht am Donnerstag Abend länger, bis acht", "we're
  only open late on Thursdays – could an evening work for you?";
- the hours or the staff given as the reason a time of day works, nothing said of the caller
  (blind 32, claims68): "Weil Donnerstag länger offen ist, geht es da auch abends", "Da Lena
  dienstags länger arbeitet, …", "Because Thursday runs late, evenings work too";
- a stylist's working time said as a fact or as the reason (blind 40, claims96): "Fabian starts
  work at nine", "Lena doesn't start until ten on Tuesdays", "Nachdem Fabian um 18 Uhr geht, sind
  abends keine Termine mehr möglich", "Weil Sophie um 17 Uhr Schluss macht, …", "Fabian ist ab neun
  Uhr im Salon" (a third-person verb: not the caller's coming);
- the week's free times in general or a hope of finding one (blind 40, claims96): "Während der
  Woche ist vormittags meist mehr frei als am Samstag", "Mornings are usually quieter than
  afternoons on Fridays", "Bis Freitag ist noch ein bisschen Zeit, da findet sich bestimmt
  etwas", "I'm sure something will turn up" (no slot named free, nothing of the caller's);
- a greeting: "👋 Hi, welcome to Salon Spitzer!";
- the calendar out of reach: "Fehlercode 503 – der Kalender ist gerade nicht erreichbar, ich
  versuche es gleich noch mal" (a failure told as a status: neutral, convention 5);
- the speaker checking a slot: "1) Freitag 10:00 – frei? Ich prüfe das gerade";
- a text promised once the booking is made: "When it's booked, we'll text you" (a condition);
- the caller invited to book again: "Die Dauerwelle am Freitag, die ja jetzt abgesagt ist,
  können Sie jederzeit neu buchen" (no booking beside the cancellation);
- a success supposed, then asked: "Wenn alles klappt, wird das gleich gebucht sein – darf ich?"
  (no claim, not even "not booked");
- a slot said "vorgemerkt" with no one put down: "Slot Freitag 10:00 – vorgemerkt für Sie",
  "🔒 **Freitag, 10 Uhr** – vorgemerkt" (a hold, convention 35: not a booking beside it).

Each drops only the kinds it names, and the first two classes only where the sentence says
nothing of the caller ("Ihr", "your", "Sie sind").
"""

from __future__ import annotations

from agent.claims.caller_asks import asks_opening_hours
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.GONE, K.DONE, K.STANDS})
_OTHER = lazy(
    r"^\W*(?:a\s+(?:client|customer|lady|gentleman)|another\s+(?:client|customer)|someone|"
    r"somebody|(?:mrs|mr|ms|miss)\.?\s+[a-z]\w+)\s+(?:\w+\s+){0,2}?(?:cancell?ed|pushed|moved|"
    r"rescheduled|booked|called\s+off)\s+(?:her|his|their|theirs|hers)\b|"
    r"^\W*(?:eine\s+(?:andere\s+)?kundin|ein\s+(?:anderer\s+)?kunde|jemand)\s+hat\s+(?:\w+\s+){0,4}?"
    r"(?:abgesagt|storniert|verschoben|verlegt|gebucht)\b|"
    r"\bist\s+(?:\w+\s+){0,3}?ein\s+termin\s+(?:ausgefallen|abgesagt|storniert|geplatzt)\b|"
    # many others booked (blind 51, claims128): "We've got a lot of folks booked on Saturdays",
    # "Lots of our regulars are booked on Fridays", "Viele Stammkundinnen sind samstags gebucht"
    r"\b(?:a\s+lot\s+of|lots\s+of|loads\s+of|tons\s+of|heaps\s+of|plenty\s+of|many|most\s+of)\s+"
    r"(?:our\s+|the\s+)?(?:folks|people|clients|customers|regulars|ladies|guests)\b[^.!?]*"
    r"\b(?:booked|in)\b|"
    r"\b(?:viele|etliche|die\s+meisten)\s+(?:unserer\s+)?(?:kunden|kundinnen|leute|stammkund\w*|"
    r"gäste)\b[^.!?]*\b(?:gebucht|eingetragen)\b"
)
# several other customers counted as the doers (blind 52, claims130): "Gerade haben heute Morgen
# drei Leute abgesagt", "Heute haben einige Kunden ihre Termine verschoben", "Bei Glatteis sagen
# immer viele ab", "Three people cancelled this morning", "Several people rescheduled today"
_COUNTED_DE = (
    r"(?:zwei|drei|vier|fünf|sechs|\d+|ein\s+paar|einige|mehrere|viele|etliche|manche)\s+"
    r"(?:andere\s+)?(?:leute|kund\w*|personen|damen|gäste|stammkund\w*)"
)
_COUNTED_EN = (
    r"(?:two|three|four|five|six|\d+|a\s+couple\s+of|a\s+few|several|some|lots\s+of|a\s+lot\s+of|"
    r"many|other)\s+(?:other\s+)?(?:people|clients|customers|ladies|regulars|folks|guests)"
)
_OTHERS_COUNTED = lazy(
    rf"\b{_COUNTED_DE}\b[^.!?;]*?\b(?:abgesagt|storniert|verschoben|verlegt|umgebucht|abgesprungen|"
    r"sagen\s+(?:\w+\s+)?ab|stornieren|verschieben)\b|"
    r"\b(?:sagen|stornieren|verschieben)\s+(?:\w+\s+){0,3}?(?:viele|einige|manche|etliche|mehrere)\s+"
    r"(?:\w+\s+)?(?:ab\b|$|[.!?,])|"
    rf"\b{_COUNTED_EN}\s+(?:\w+\s+){{0,2}}?(?:cancell?ed|cancel|rescheduled|reschedule|moved|"
    r"called\s+off|pushed|dropped\s+out|pulled\s+out)\b"
)
# their own appointments ("einige Kunden haben ihre Termine verschoben") are no caller's
_THEIRS = lazy(r"\b(?:ihre|their)\s+(?:termine|appointments|bookings)\b")
_CALLER = lazy(r"\b(?:your|you're|you\s+are|ihr|ihre|ihren|ihrem|sie\s+sind)\b")
_CALLER_OR_SPEAKER = lazy(
    r"\b(?:your|you|you're|ihr|ihre|ihren|ihrem|sie\s+sind|ich|i|i've|i'll|i'm|we've|dich|dir)\b"
)
_HOURS = lazy(
    r"\b(?:macht|arbeitet)\s+(?:\w+\s+){0,4}?(?:länger|früher\s+schluss)\b|"
    r"\b(?:only\s+)?open\s+(?:late|early)\b|\bclose[sd]?\s+early\b|"
    # the salon's opening days, no slot of them (claims54, tune probe 24: "The salon is open on
    # Saturday"; "Saturday at eleven is open" names a slot and keeps its claim)
    r"^\W*(?:the\s+salon|we)\s+(?:is|are|'re|'s)\s+(?:also\s+)?open\s+(?:on|every)\b|"
    r"^\W*(?:der\s+salon|wir)\s+(?:ist|hat|sind|haben)\s+(?:auch\s+)?(?:am|samstags?|montags?|"
    r"dienstags?|mittwochs?|donnerstags?|freitags?)\b[^.!?]*\b(?:geöffnet|offen|auf)\W*$"
)
# the salon's hours for a weekday in general (blind 59, claims170): a habitual day ("freitags",
# "donnerstags", "on Thursdays") with the hour it closes or the last start ("Freitags bis 18 Uhr",
# "Donnerstags ist der letzte Termin um Viertel vor acht", "On Thursdays you can come in until 8
# p.m."): every such week, not the caller's visit
_HABITUAL_HOURS = lazy(
    # one sentence only: a paragraph's other sentences keep their claims (blind 22)
    r"^(?!.*[.!?]\s+\w)(?=.*\b(?:montags|dienstags|mittwochs|donnerstags|freitags|samstags|"
    r"(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays))\b)"
    r".*\b(?:bis|until|till|letzte[nr]?\s+termin|last\s+(?:appointment|slot|start)|offen|geöffnet|"
    r"open)\b"
)
# a stylist's working time: a third-person verb of starting, leaving or working until (claims96)
_STAFF_TIME = lazy(
    r"\b(?:starts|begins|finishes|leaves|knocks\s+off|clocks\s+off)\s+(?:work\s+)?(?:at|from|"
    r"around)\b|\b(?:doesn't|does\s+not)\s+(?:start|begin)\s+(?:work\s+)?(?:until|till|before)\b|"
    r"\b(?:only\s+)?works\s+(?:\w+\s+){0,2}?(?:until|till|from)\b|\bis\s+in\s+from\b|"
    r"\bfängt\s+(?:\w+\s+){0,4}?an\b|\bhört\s+(?:\w+\s+){0,4}?auf\b|"
    r"\b(?:macht|hat)\s+(?:\w+\s+){0,3}?(?:schluss|feierabend)\b|"
    r"\barbeitet\s+(?:\w+\s+){0,4}?(?:bis|ab)\b|\bist\s+ab\s+\w+(?:\s+uhr)?\s+(?:im\s+salon|da|hier)\b|"
    r"^\W*(?:nachdem|weil|da|wenn)\s+(?!sie\b|es\b|das\b|der\b|die\b)\w+\s+(?:\w+\s+){0,2}?"
    r"(?:um|ab)\s+\w+(?:\s+uhr)?\s+geht\b"
)
# the week's free times in general, or a hope of finding one (claims96)
_LIKELY_FREE = lazy(
    r"\b(?:meist|meistens|oft|normalerweise|eher|usually|tend\s+to\s+be|generally|often)\s+"
    r"(?:\w+\s+){0,2}?(?:mehr|weniger|ruhiger|voller|quieter|busier|fuller|emptier)\b|"
    r"\b(?:findet|finden)\s+sich\s+(?:\w+\s+){0,2}?(?:etwas|was)\b|"
    r"\bwird\s+sich\s+(?:\w+\s+){0,3}?(?:etwas|was)\s+finden\b|"
    r"\bsomething\s+will\s+(?:turn\s+up|come\s+up)\b|\bwe'll\s+(?:likely|probably|surely)\s+find\s+something\b"
)
_HOURS_REASON = lazy(
    r"^\W*(?:weil|da|because|since|as)\b[^,;.!?]*(?:\blänger\s+(?:offen|geöffnet|auf|da|arbeite\w*|"
    r"mach\w*)|\bmehr\s+(?:kolleg\w*|personal|leute|stylist\w*|friseur\w*)\s+da|\b(?:runs|is\s+open|"
    r"stays\s+open|opens?|works?)\s+late|\bmore\s+(?:staff|stylists|people)\s+(?:in|on|around))\b"
)
_NOT_OF_CALLER = lazy(r"^(?![^.!?]*\b(?:sie|ihnen|ihr\w*|you\w*)\b)")
_CLAIM_WORD = lazy(
    r"buch|book|bestätig|confirm|eingetragen|storn|cancel|abgesagt|verschob|verleg|moved|reserv"
)
_GREETING = lazy(
    r"^\W*(?:(?:hi|hello|hallo|grüß\s+gott|guten\s+tag)\W+)?(?:welcome\s+to|willkommen\s+(?:bei|im))"
    r"\b[^.!?]*[.!?]?\W*$"
)
_OUT_OF_REACH = lazy(
    r"\b(?:fehlercode|error\s+code|error)\s+\d{3}\b[^.]*\b(?:nicht\s+erreichbar|unreachable|"
    r"not\s+reachable|down|offline)\b"
)
_CHECKING = lazy(
    r"\b(?:frei|free|available)\?\s*(?:ich\s+(?:prüfe|schaue|sehe|checke)|let\s+me\s+check|"
    r"i'm\s+checking|i'll\s+check)\b"
)
_ONCE_BOOKED = lazy(
    r"^\W*(?:when|once|as\s+soon\s+as|sobald|wenn)\s+(?:it's|it\s+is|that's|es|das|der\s+termin)"
    r"\s+(?:\w+\s+)?(?:booked|confirmed|gebucht|bestätigt|durch|eingetragen)\b(?:\s+ist)?\s*,"
)
_BOOK_AGAIN = lazy(
    r"\bkönnen\s+sie\s+(?:\w+\s+){0,2}?(?:neu|wieder|erneut)\s+buchen\b|"
    r"\byou\s+can\s+(?:\w+\s+){0,2}?(?:rebook|book\s+(?:it\s+)?again)\b"
)
_SUPPOSED_ASKED = lazy(
    r"^\W*(?:wenn|falls|if)\s+(?:alles|all)\s+(?:klappt|glattgeht|gut\s+geht|goes\s+well)\b.*\?\W*$"
)
_KEPT_SLOT = lazy(r"\bvorgemerkt\b")
_ONLY_KEPT = lazy(r"\b(?:nur|lediglich|bloß|bloss|erst)\s+(?:\w+\s+)?vorgemerkt\b")
_BOOKING_WORD = lazy(
    r"\b(?:gebucht|eingetragen|bestätigt|fest|fix|verbindlich|sie\s+sind|(?:habe|hab|haben)\s+"
    r"(?:ich\s+|wir\s+)?sie)\b"
)
# the call itself (blind 51, claims128): the speaker ready to help ("I'm all set up to help you
# with that", "We're all set up to take your booking details"), an apology accepted ("Oh, you're
# all good, no need to apologise"); dropped only where no day or time (and, for the apology, no
# appointment) is named
_READY_TO_HELP = lazy(
    r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:all\s+)?(?:set\s+up|set|ready|here)\s+to\s+(?:help|assist|"
    r"take|look|sort|answer)\b"
)
_APOLOGY_ACCEPTED = lazy(
    r"\byou're\s+(?:all\s+)?(?:good|fine|okay|ok|alright)\b[^.!?]*\b(?:no\s+need\s+to\s+(?:apologi[sz]e|"
    r"say\s+sorry|be\s+sorry)|don't\s+worry|no\s+worries|no\s+harm\s+done|happens\s+to)\b"
)
_DAY_NAMED = lazy(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|morning|"
    r"afternoon|o'clock)\b|\d"
)
_VISIT_NAMED = lazy(r"\b(?:appointment|booking|booked|slot|perm|colou?r|cut)\b")
_QUICK = lazy(
    r"lot of|lots|loads|tons|heaps|plenty|many|most|viele|etliche|meisten|all set|set up|leute|"
    r"people|personen|several|couple|few|einige|mehrere|manche|ein paar|damen|ladies|"
    r"ready to|here to|all good|you're good|you're fine|client|customer|someone|somebody|mrs|mr|ms|miss|kund|jemand|ein termin|macht|arbeitet|"
    r"open|close|welcome|willkommen|fehler|error|\?|when|once|soon|sobald|wenn|vorgemerkt|buchen|"
    r"rebook|book again|falls|if|länger|mehr|late|start|begin|finish|leave|knock|clock|works|in from|"
    r"fängt|hört|schluss|feierabend|ist ab|geht|meist|oft|eher|usually|tend|generally|often|sich|"
    r"turn up|come up|find something|tags |tags$|tags,|days "
)


def without_others_and_hours(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those the classes above drop."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not _QUICK.search(text):
        return claims
    if _GREETING.search(text) or _CHECKING.search(text):
        return ()
    if _OUT_OF_REACH.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _OTHER.search(text) and not _CALLER.search(text):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if _OTHERS_COUNTED.search(text) and not _CALLER_OR_SPEAKER.search(_THEIRS.sub(" ", text)):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    if not _DAY_NAMED.search(text) and (
        _READY_TO_HELP.search(text)
        or (_APOLOGY_ACCEPTED.search(text) and not _VISIT_NAMED.search(text))
    ):
        return tuple(c for c in claims if c.kind not in _OUTCOMES)
    hours = _HOURS.search(text) or (_HOURS_REASON.search(text) and _NOT_OF_CALLER.match(text))
    hours = hours or (_HABITUAL_HOURS.search(text) and not _CALLER.search(text))
    hours = hours or (
        (_STAFF_TIME.search(text) or _LIKELY_FREE.search(text)) and _NOT_OF_CALLER.match(text)
    )
    if hours and not _CLAIM_WORD.search(text):
        return tuple(c for c in claims if c.kind not in (K.BOOKED, K.AVAILABLE))
    if _SUPPOSED_ASKED.search(text):
        return ()
    if _BOOK_AGAIN.search(text) and any(c.kind is K.CANCELLED for c in claims):
        claims = tuple(c for c in claims if c.kind is not K.BOOKED)
    if _ONCE_BOOKED.search(text):
        claims = tuple(c for c in claims if c.follow_up is not FollowUp.TEXT)
    if _KEPT_SLOT.search(text) and not _BOOKING_WORD.search(text):
        if any(c.kind is K.HELD for c in claims):
            claims = tuple(c for c in claims if c.kind is not K.BOOKED)
    elif _ONLY_KEPT.search(text) and any(c.kind is K.HELD for c in claims):
        # "nur vorgemerkt" beside a booking word taken back ("Ich sagte, es sei bestätigt – es
        # ist nur vorgemerkt"): the clause that says only the hold is no booking (claims54)
        claims = tuple(c for c in claims if not _only_kept(sentence, c))
    return claims


def _only_kept(sentence: str, claim: Claim) -> bool:
    """A booking read from a clause that says only the hold and no booking word."""
    said = fold(sentence[claim.start : claim.end]).text
    return (
        claim.kind is K.BOOKED and bool(_ONLY_KEPT.search(said)) and not _BOOKING_WORD.search(said)
    )


# the hour the salon closes told ("bis 18 Uhr", "until eight"): the hours, not a slot
_HOURS_TOLD = lazy(r"\b(?:bis|until|till)\b")


def without_hours_told(sentence: str, caller: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking or slot read in the salon's hours told, whichever reader
    found it (blind 59, claims170): a habitual weekday's hours ("On Thursdays you can come in
    until 8 p.m.") or the closing hour answered to the caller's question about the hours ("Bis
    wann haben Sie am Freitag offen?" -> "Bis achtzehn Uhr."). Not where the sentence names the
    caller's own visit ("Ihr Termin", "your") or an outcome word."""
    if not any(c.kind in (K.BOOKED, K.AVAILABLE) for c in claims):
        return claims
    text = fold(sentence).text
    if _CALLER.search(text) or _CLAIM_WORD.search(text):
        return claims
    told = _HABITUAL_HOURS.search(text) or (
        _HOURS_TOLD.search(text) and bool(caller) and asks_opening_hours(caller)
    )
    return tuple(c for c in claims if c.kind not in (K.BOOKED, K.AVAILABLE)) if told else claims
