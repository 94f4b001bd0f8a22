"""The stylist's act with the caller at the visit (blind 53, claims133; conventions 31 and 45: a
visit presupposed is booked with what it names).

"And don't worry, Fabian will talk you through everything before he starts.", "Keine Sorge, Fabian
bespricht vorher alles mit Ihnen.", "Lena will take good care of you.", "Fabian macht Ihnen die
Dauerwelle.", "Fabian will be doing your perm.", "Bei Fabian, er macht Ihre Dauerwelle." tell the caller what their
stylist will do with them: the visit with that stylist is presupposed, BOOKED of the stylist. Not
read: a callback or message ("Fabian will call you back", "Lena meldet sich bei Ihnen": follow-ups
of their own), the stylist's willingness ("Fabian berät Sie gern": blind 22), the stylist's habit with everyone ("Fabian bespricht vor jeder Dauerwelle alles mit
seinen Kundinnen", "always"), an offer or condition ("could", "wenn", "if"), a question, a
sentence whose readers found a claim.

After a denial of another stylist (blind 57, claims163): "You're not with Mehmet on Friday, Fabian
is doing your perm.", "Bei Mehmet sind Sie am Freitag nicht, Ihre Dauerwelle macht Fabian." (the
service first, the stylist last) correct the caller: the clause after the comma is the stylist's
act, read as above, on the day the denial names (issue 9 item 1: the day and the service are
checked against the appointment with that stylist).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_LEAD = lazy(
    r"^\W*(?:(?:and|und|also|so|keine\s+sorge|don't\s+worry|and\s+don't\s+worry|übrigens|"
    r"by\s+the\s+way),?\s+)*(?P<who>[\w-]+)\s*(?:will\s+be|'ll\s+be|will|'ll|wird|is\s+going\s+to|is|'s)?\s*"
    r"(?P<rest>.+)$"
)
_WITH_YOU = lazy(r"\b(?:you|your|ihnen|sie|dich|dir|ihre[mn]?)\b")
_ACT = lazy(
    r"^(?:talk|go|walk|take|look|show|explain|check|ask|help|bespricht|besprechen|nimmt|nehmen|"
    r"berät|beraten|zeigt|zeigen|erklärt|erklären|kümmert|kümmern|schaut|schauen|fragt|fragen|"
    r"geht|gehen)\b|"
    # the service done on the caller, the caller its object (claims134): "Fabian macht Ihnen die
    # Dauerwelle", "Fabian will be doing your perm", "Fabian is looking after you", "Lena
    # schneidet Ihnen die Haare"; not "Fabian is doing a perm until eleven"
    r"^(?:macht|doing|does|do|looking\s+after|look\s+after|schneidet|färbt|cuts?|cutting|"
    r"colou?rs?|colou?ring|styles?|styling)\s+(?:\w+\s+)?(?:your|you|ihnen|ihre\w*|dir|dich|"
    r"deine\w*)\b"
)
# "Bei Fabian, er macht Ihnen die Dauerwelle.": the stylist named, then his act
_NAMED_THEN = lazy(r"^\W*(?:bei|with)\s+([\w-]+)\s*,\s*(?:er|sie|he|she)\b")
_NOT = lazy(
    r"\?|\b(?:call|calls|ring|back|contact|text|message|melden|meldet|ruft|rufen|anrufen|zurück|"
    r"bescheid|nachricht|jede[nmr]?|alle[nm]?|always|immer|every|each|kunden\w*|customers|clients|"
    r"could|would|könnte|würde|wenn|falls|if|when|whenever|gern|gerne|happy|glad|love|you'd|"
    r"nicht|kein\w*|not|never)\b|n't\b"
)


# a denial, then the clause that corrects it: "You're not with Mehmet on Friday, Fabian is …"
_AFTER_DENIAL = lazy(
    r"^(?P<denial>[^,;]*\b(?:nicht|kein\w*|not)\b[^,;]*|[^,;]*n't\b[^,;]*)\s*,\s*(?P<clause>[^,;]+)$"
)
# the service first, the stylist last: "Ihre Dauerwelle macht Fabian"
_SERVICE_FIRST = lazy(
    r"^\W*(?P<service>(?:ihre[nm]?|your)\s+\w+)\s+(?P<verb>macht|übernimmt|schneidet|färbt)\s+"
    r"(?P<who>[\w-]+)\W*$"
)


def stylist_will(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """BOOKED of the stylist said to act with the caller at the visit (see above)."""
    if claims:
        return ()
    text = _NAMED_THEN.sub(r"\1", normalize(sentence))
    who = _acting(text, names)
    if who is None:
        corrected = _AFTER_DENIAL.search(text)
        if corrected is None or "?" in text:
            return ()
        clause = corrected["clause"]
        turned = _SERVICE_FIRST.search(clause)
        if turned is not None:
            clause = f"{turned['who']} {turned['verb']} {turned['service']}"
        who = _acting(clause, names)
        if who is None:
            return ()
        denied = read_details(corrected["denial"], names)
        if not denied.stylists or denied.stylists & who.stylists:
            return ()  # the correction is of the stylist: another one named before
        said = read_details(clause, names)
        who = replace(
            said, weekdays=denied.weekdays, days=denied.days, months=denied.months,
            times=denied.times,
        )  # fmt: skip
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), ClaimDetails(((Role.ANY, who),))),)


def _acting(text: str, names: Names) -> Details | None:
    """The stylist's details where `text` says the stylist acts with the caller, or None."""
    m = _LEAD.search(text)
    if m is None or "?" in text or _NOT.search(m["rest"]):
        return None
    who = read_details(m["who"], names)
    if not who.stylists or not _ACT.search(m["rest"]) or not _WITH_YOU.search(m["rest"]):
        return None
    return who
