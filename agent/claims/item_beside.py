"""A second appointment listed beside a booking, in a part with no verb of its own (claims169,
issue 9: blinds 47, 53).

"Für Sie ist Freitag um zehn gebucht und für Ihre Tochter Samstag um elf bei Lena.", "We've
booked two appointments: Friday at ten for you and Saturday at eleven for your daughter.", "So
that's the two of you sorted: you on Friday, your daughter on Saturday.", "I've got your perm on
Friday at ten and your daughter's highlights on Saturday at eleven.", "Dann sehen wir Sie am
Freitag und Lara am Samstag!", "Punkt eins: Donnerstag um zehn bei Fabian, Punkt zwei: Samstag
um elf bei Lena – beide gebucht.": the reader keeps the booking of the part with the verb (or of
one item) and loses the other item, so a recap of two passed where the call holds one, or the
wrong day. Truth is per appointment: each item listed beside the booking is told booked too.

An item is a part of the sentence (cut at a comma, semicolon, dash, colon, "und"/"and") that is
a bare list entry — every word of it a day, date, time, stylist, service, a person it is for, a
function word or a booking's word said again ("für Ihre Tochter Samstag um elf bei Lena", "your
daughter on Saturday", "Samstag bei Lena bleibt auch", "Saturday with Lena stays too") — and
names a weekday the claim does not hold (a date beside its weekday, "Fr, 28. 11.", is the
same day). It is
added as a claim of the booking's kind with what it names.

Not: a sentence that repairs itself ("Donnerstag, nein, Freitag um zehn ist gebucht"), a part
with a verb of its own ("…, Samstag wäre noch frei", "…, am Samstag hat Lena frei"),
a negated part (`part_denied`), a question or a condition, an offer or a move (their own
readers), a part naming only a time, a stylist or the same day (an apposition of the same
appointment: "Freitag, den 28., um zehn").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_KINDS = frozenset({ClaimKind.BOOKED, ClaimKind.STANDS})
_JOINTS = lazy(r"\s*[,;–—]\s*|[:.!]\s+|\s+-\s+|\s+(?:und|and|sowie|plus)\s+")
_OPEN = lazy(
    r"\?|\b(?:wenn|falls|sobald|solange|ob|if|unless|once|whether|möchten|would|shall|soll|"
    r"sollen|could|könnte|wäre|were|alternativ\w*|instead|statt|stattdessen|anstatt|rather|"
    r"oder|or)\b"
)
# a self-repair: the part before it is taken back ("Donnerstag, nein, Freitag um zehn ist gebucht")
_REPAIR = lazy(
    r"\b(?:nein|no|sorry|pardon|entschuldigung|verzeihung|korrektur|correction|ich\s+meine|"
    r"i\s+mean|eigentlich|actually|moment|wait|oops|whoops|äh|ähm|uh|oder\s+besser|or\s+rather|"
    r"falsch|wrong|mistake|fehler)\b"
)
_NEGATED = lazy(r"\b(?:nicht|nichts|kein\w*|not|no|nothing|never|nie)\b|n't\b|n’t\b")
_WORD = lazy(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
# words a bare list entry may hold beside its details: articles, possessives, prepositions,
# the person it is for, the counting of a list ("Punkt zwei")
_FUNCTION = frozenset(
    "um am an im bei beim für mit der die das den dem des ihr ihre ihrer ihres ihren ihrem "
    "sie uhr the a at on for with your you yours you're and also dann then so too auch noch "
    "punkt eins zwei erstens zweitens one two first second point number item "
    "tochter sohn mann frau ehemann partner partnerin kind kleinen kleine daughter son husband "
    "wife partner kid kids child daughter's son's husband's wife's kid's kids' "
    "morgens vormittags nachmittags morning afternoon in the am pm a.m p.m "
    "termin appointment one's ones cut haircut schnitt haarschnitt "
    "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf halb viertel dreiviertel "
    "one two three four five six seven eight nine ten eleven twelve thirty fifteen "
    "forty-five o'clock".split()
)
# the booking's own word said again of the item ("Freitag bleibt, Samstag bei Lena bleibt auch")
_SAID_AGAIN = frozenset(
    "bleibt bleiben steht stehen ist sind gebucht eingetragen fest bestätigt auch ebenfalls "
    "stays stay is are 's booked confirmed in too as well also".split()
)
_DAYS = ("weekdays",)  # a date said beside its weekday ("Fr, 28. 11.") is the same day


def _bare_entry(part: str, names: Names) -> bool:
    """Whether every word of `part` is a detail or a function word (no verb of its own)."""
    words = _WORD.findall(part)
    return bool(words) and all(
        w in _FUNCTION or w in _SAID_AGAIN or w.isdigit() or not read_details(w, names).empty
        for w in words
    )


def _new_day(piece: Details, claim: Details) -> bool:
    """Whether `piece` names a day of a kind `claim` names that `claim` does not hold."""
    return any(
        getattr(piece, k) and getattr(claim, k) and not getattr(piece, k) <= getattr(claim, k)
        for k in _DAYS
    )


def item_beside(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a claim for each bare item listed beside a booking (above)."""
    said = [
        c for c in claims if c.kind in _KINDS and all(r is Role.ANY for r, _ in c.details.parts)
    ]
    if not said or len(said) != len(claims):
        return claims
    folded = fold(sentence)
    text = folded.text
    if _OPEN.search(text) or _REPAIR.search(sentence.lower()):  # (`fold` drops "äh")
        return claims
    parts = [p for p in _JOINTS.split(text) if p and p.strip()]
    if len(parts) < 2:
        return claims
    days = said[0].details.of(Role.ANY)
    for c in said[1:]:
        other = c.details.of(Role.ANY)
        days = Details(weekdays=days.weekdays | other.weekdays, days=days.days | other.days)
    known = {(c.kind, c.details) for c in claims}
    more = []
    for part in parts:
        if _NEGATED.search(part) or not _bare_entry(part, names):
            continue
        named = read_details(part, names)
        if not _new_day(named, days):
            continue
        claim = Claim(said[0].kind, 0, len(sentence), ClaimDetails(((Role.ANY, named),)))
        if (claim.kind, claim.details) not in known:
            more.append(claim)
    return claims + tuple(more)
