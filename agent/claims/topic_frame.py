"""A claim said as the comment on a topic set up before it (blind 37, claims85): "Was Lena angeht:
Ihr Termin ist jetzt am Donnerstag", "Was die Strähnchen betrifft: die sind gebucht", "Zum
Freitag: …", "Freitag – der fällt für Sie weg", "When it comes to Saturday, it's confirmed",
"Saturday-wise, you're in with Lena", "About Friday, just be here at ten", "As for Friday – gone", "Friday, as far as you're concerned,
is off".

The topic names the appointment the comment speaks of, so the comment's claims carry what the
topic names (conventions 14, 67): the topic's details are added where the comment names none of
that kind (to a move's old place: the topic is the appointment as it was). A comment that says
the day's visit is off for the caller, no act named ("– gone", "fällt für Sie weg", "as far as
you're concerned, is off"), is `gone` (conventions 3, 42). A topic that names nothing of an
appointment ("Was den Preis angeht", "As for parking") changes nothing; nor a question, a
condition or a wish in the comment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_C = r"\s*[:,–—]\s*(?P<c>.+)$"
_FRAMES = {
    "de": (
        lazy(r"^\W*(?:und\s+)?was\s+(?P<t>[^:,–—?]+?)\s+(?:angeht|betrifft|anbelangt)" + _C),
        lazy(
            r"^\W*(?:und\s+)?(?:zu[mr]?|bezüglich|hinsichtlich|betreffs|apropos|in\s+sachen|thema|beim|"
            # "Für Freitag gilt: …" (claims92), "für" only before "gilt"
            r"für(?=\s+[^:,–—?]+?\s+gilt\s*[:–—]))\s+"
            r"(?P<t>[^:,–—?]+?)(?:\s+(?:sieht\s+es\s+so\s+aus|gilt|ist\s+es\s+so))?\s*[:–—]\s*"
            r"(?P<c>.+)$"
        ),
        lazy(r"^\W*(?P<t>[^:,–—?]+?)\s+betreffend" + _C),
        # left dislocation with a resumptive pronoun: "Freitag – der fällt für Sie weg"
        lazy(
            r"^\W*(?P<t>[^:,–—?]{3,40}?)\s*[–—]\s*(?P<c>(?:der|den|die|das)\s+(?:ist|sind|fällt|"
            r"fallen|habe|hat|steht|bleibt)\b[^–—]+)$"
        ),
    ),
    "en": (
        lazy(
            r"^\W*(?:and\s+)?(?:as\s+(?:for|to|regards)|regarding|concerning|speaking\s+of|"
            r"when\s+it\s+comes\s+to|where)\s+(?P<t>[^:,–—?]+?)(?:\s+is\s+concerned)?" + _C
        ),
        lazy(r"^\W*(?P<t>[a-z]+)-wise" + _C),
        # "about" only before a day ("About Friday, just be here at ten"): "About ten minutes, …"
        # names no topic
        lazy(
            r"^\W*about\s+(?P<t>(?:your\s+|the\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
            r"saturday|tomorrow)(?:'s\s+(?:appointment|booking|visit))?)" + _C
        ),
        lazy(r"^\W*(?P<t>[^:,–—?]+?)\s*,\s*as\s+far\s+as\s+you're\s+concerned\s*,\s*(?P<c>.+)$"),
    ),
}
_OPEN = lazy(r"\?|\b(?:wenn|falls|ob|möchten|wollen|würde|wäre|if|whether|would|want|could)\b")
# a comment of several sentences, a topic that is the caller's question or wish ("Zu Ihrer Frage
# zur Farbe: …"): no appointment named by the topic
_MORE = lazy(r"[.!?…]\s+\S")
_ASKED = lazy(r"\b(?:frage|fragen|wunsch|anliegen|question|request)\b")
# the day's visit off for the caller, no act named (3, 42)
_OFF = lazy(
    r"^\W*(?:gone|off|weg|raus)\W*$|\b(?:fällt|fallen)\s+(?:\w+\s+){0,2}weg\b|^\W*is\s+off\b|"
    r"\bas\s+far\s+as\s+you're\s+concerned\b"
)
# a comment that says the topic settled, no verb of its own: "alles fest bei Lena", "all set"
_SETTLED = lazy(
    r"^\W*(?:alles|all)\s+(?:fest|klar|gebucht|eingetragen|set|sorted|booked|confirmed)\b"
    r"(?:\s+(?:bei|with)\s+\w+)?\W*$"
)
# a directive whose day is the topic's: "seien Sie einfach um zehn da", "just be here at ten"
_DIRECTIVE = lazy(
    r"^\W*(?:(?:just|simply)\s+)?(?:be|come|turn\s+up|show\s+up|pop\s+in|drop\s+by)\b|"
    r"^\W*(?:seien|kommen|schauen)\s+sie\b|^\W*(?:sie\s+)?(?:sind|kommen)\s+(?:dann\s+)?"
    r"(?:einfach\s+)?(?:um|gegen)\b"
)
# a comment of a verbless slot and a directive resuming it by a pronoun (blind 37, claims92):
# "Beim Freitag gilt: um zehn bei Fabian, planen Sie das fest ein", "About Friday: ten o'clock
# with Fabian, put it in your diary" — the directive to keep the slot free presupposes the visit
_RESUMING = {
    "de": lazy(
        r"^\W*(?P<s>[^,;:–—]+?)\s*[,;–—]\s*(?P<d>(?:planen|merken|tragen|richten|notieren|"
        r"halten|schreiben)\s+sie\s+(?:sich\s+)?(?:\w+\s+)??(?P<p>das|es|den|ihn|darauf|dafür)\b.*)$"
    ),
    "en": lazy(
        r"^\W*(?P<s>[^,;:–—]+?)\s*[,;–—]\s*(?P<d>(?:(?:just|make\s+sure\s+you|be\s+sure\s+to)\s+)?"
        r"(?:put|pencil|note|write|mark|keep|plan|save|block)\b.*?\b(?P<p>for\s+it|it|that)\b.*)$"
    ),
}
_RESUMED_AS = {"darauf": "auf {}", "dafür": "für {}", "for it": "for {}"}
_ARTICLE = lazy(r"^(?:den|dem|der|die|das|ihren|ihrem|your|the)\s+")
_WEEKDAY = lazy(r"^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)")
# the confirmation text as the topic, resumed by a pronoun in the comment (blind 37)
_TEXT_TOPIC = lazy(
    r"^(?:die|der|the|your|ihre)?\s*(?:(?:confirmation|bestätigungs)\s*)?(?:sms|nachricht|"
    r"text(?:\s+message)?|message|bestätigung)\s*$"
)
_RESUMED = lazy(r"^\W*(?:die|sie|it(?=(?:'s|\s+has|\s+is)\b)|that(?=(?:'s|\s+has)\b))")
_ACT = lazy(r"storn|abgesagt|gestrichen|gelöscht|cancel|verschob|verleg|moved")
_UNDONE = frozenset(
    {ClaimKind.CANCELLED, ClaimKind.GONE, ClaimKind.RESCHEDULED, ClaimKind.NOT_BOOKED}
)
KINDS = frozenset(
    {
        ClaimKind.BOOKED,
        ClaimKind.CANCELLED,
        ClaimKind.RESCHEDULED,
        ClaimKind.GONE,
        ClaimKind.DONE,
        ClaimKind.HELD,
        ClaimKind.NOT_BOOKED,
        ClaimKind.NOT_CANCELLED,
        ClaimKind.STANDS,
        ClaimKind.PENDING,  # "Zum Samstag: …, da warten wir auf den Salon" (blind 56, claims162)
    }
)


def topic_framed(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
    names: Names,
) -> tuple[Claim, ...]:
    """`claims` with the comment's claims carrying what the topic names (above)."""
    text = fold(sentence).text
    m = next((m for p in _FRAMES.get(lang, ()) if (m := p.search(text))), None)
    if m is None or _OPEN.search(m["c"]) or _MORE.search(m["c"]) or _ASKED.search(m["t"]):
        return claims
    topic = read_details(m["t"], names)
    comment = m["c"]
    if topic.empty:
        return claims + _text_said(m["t"], comment, lang, read_whole)
    off = _OFF.search(comment) or _OFF.search(text[: m.start("c")])
    said = read_whole(comment) or read_whole(f"{m['t']}: {comment}")
    if not said and (topic.weekdays or topic.relative_days) and _DIRECTIVE.search(comment):
        said = read_whole(_on_day(m["t"], comment, lang))  # "Was Freitag angeht, seien Sie …"
    if not said and (topic.weekdays or topic.relative_days):
        said = _resumed(m["t"], comment, lang, read_whole, names)
    if not said and _SETTLED.search(comment):  # "Zu den Strähnchen: alles fest bei Lena"
        said = read_whole(f"{m['t']} ist gebucht." if lang == "de" else f"{m['t']} is booked.")
        named = read_details(comment, names)
        said = tuple(with_details(c, named, len(sentence)) for c in said)
    if off and not _ACT.search(comment):
        if not said:
            said = (Claim(ClaimKind.GONE, 0, len(sentence)),)
        said = tuple(
            replace(c, kind=ClaimKind.GONE) if c.kind is ClaimKind.CANCELLED else c for c in said
        )
    mine = [c for c in said if c.kind in KINDS]
    if not mine:
        return claims
    # the comment's own kinds are read again with the topic; "off" replaces the reading of a visit
    dropped = {c.kind for c in mine} | ({ClaimKind.BOOKED, ClaimKind.CANCELLED} if off else set())
    if dropped & _UNDONE:  # "Ihren Termin am Freitag betreffend: Der ist abgesagt"
        dropped.add(ClaimKind.BOOKED)
    kept = tuple(c for c in claims if c.kind not in dropped)
    return kept + tuple(with_details(c, topic, len(sentence)) for c in mine)


def _on_day(topic: str, comment: str, lang: str) -> str:
    """The directive with its topic day put back as the day of the visit (blind 37): "Was
    Freitag angeht, seien Sie einfach um zehn da" read as "Am Freitag seien Sie einfach um zehn
    da", "About Friday, just be here at ten" as "Just be here at ten on Friday"."""
    day = _ARTICLE.sub("", topic.strip())
    if lang == "de":
        return f"{'Am ' if _WEEKDAY.match(day) else ''}{day} {comment}"
    return f"{comment.rstrip(' .!')} on {day}."


def _resumed(
    topic: str,
    comment: str,
    lang: str,
    read_whole: Callable[[str], tuple[Claim, ...]],
    names: Names,
) -> tuple[Claim, ...]:
    """The directive read with the slot its pronoun resumes (above): "um zehn bei Fabian, planen
    Sie das fest ein" on Friday read as "planen Sie Freitag um zehn bei Fabian fest ein"; a
    first part that is no slot or says something of its own is no antecedent."""
    m = _RESUMING[lang].search(comment) if lang in _RESUMING else None
    if m is None or read_details(m["s"], names).empty or read_whole(m["s"]):
        return ()
    slot = f"{_ARTICLE.sub('', topic.strip())} {m['s'].strip()}"
    said = _RESUMED_AS.get(m["p"], "{}").format(slot)
    d = m["d"]
    at, end = m.start("p") - m.start("d"), m.end("p") - m.start("d")
    return read_whole(f"{d[:at]}{said}{d[end:]}")


def _text_said(
    topic: str, comment: str, lang: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The text said sent in a comment on it (blind 37): "As for the text, it's gone out", "Was
    die Nachricht angeht: die ist verschickt" read as "The text's gone out", "Die SMS ist
    verschickt"; only the text's claims (a topic that names no text adds nothing)."""
    if not _TEXT_TOPIC.search(topic) or _OPEN.search(comment) or _MORE.search(comment):
        return ()
    rest = _RESUMED.sub("", comment, count=1)
    if rest == comment:
        return ()
    said = read_whole(f"The text{rest}" if lang == "en" else f"Die SMS {rest}")
    return tuple(c for c in said if c.follow_up == "text")


def with_details(claim: Claim, topic: Details, end: int) -> Claim:
    """The claim with `topic`'s details where it names none of their kind (also used for the
    details a whether-clause names: self_asked.py)."""
    det = claim.details
    role = Role.OLD if claim.kind is ClaimKind.RESCHEDULED else Role.ANY
    named = det.of(Role.ANY) if role is Role.ANY else det.of(Role.OLD)
    if role is Role.ANY:
        for r in (Role.NEW, Role.OLD):
            named = Details(
                **{
                    f.name: getattr(named, f.name) | getattr(det.of(r), f.name)
                    for f in fields(Details)
                }
            )
    added = Details(
        **{
            f.name: getattr(topic, f.name) if not getattr(named, f.name) else frozenset()
            for f in fields(Details)
        }
    )
    if added.empty:
        return replace(claim, start=0, end=end)
    parts = ClaimDetails(parts=(*det.parts, (role, added)))
    return replace(claim, start=0, end=end, details=replace(det, parts=parts.parts))
