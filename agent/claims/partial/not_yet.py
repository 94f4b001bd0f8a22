"""A partial outcome (blind 20): "Die Dauerwelle ist gebucht, die Strähnchen sind noch offen",
"Die Dauerwelle ist eingetragen, die Strähnchen bei Lena leider noch nicht", "The perm is
booked, the highlights aren't yet". The first part claims the booking of what it names (the
clause readers read it); the part after it names another service or stylist and says it is not
done yet: `NOT_BOOKED` with what that part names, false where such a booking exists (both
booked: the second part is false).

Not: a part that names nothing of its own (the clause readers' "noch nicht" cases), a part that
is a question or a condition.

Part of `partial`, the one owner of partial outcomes: a later part not done yet.
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.partial.parts import later_parts

_PARTS = lazy(r"\s*(?:[,;–—]|\baber\b|\bbut\b|\bwhile\b|\bwährend\b)\s*", re.IGNORECASE)
_NOT_YET = lazy(
    r"\b(?:noch\s+(?:offen|nicht|ausstehend|aus|in\s+klärung)|leider\s+nicht|fehlt\s+noch|"
    r"steh(?:t|en)\s+noch\s+aus|not\s+yet|aren't\s+yet|isn't\s+yet|still\s+(?:open|pending)|"
    r"not\s+(?:booked|confirmed|through)\s+yet)\b",
    re.IGNORECASE,
)
_OPEN = lazy(r"\?|\b(?:wenn|falls|if|unless)\b", re.IGNORECASE)


def partial_outcomes(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`NOT_BOOKED` claims for the parts of `sentence` after a booking that say theirs is not
    done yet (see above)."""
    booked = [c for c in claims if c.kind in (ClaimKind.BOOKED, ClaimKind.DONE)]
    if not booked or not _NOT_YET.search(sentence) or _OPEN.search(sentence):
        return ()
    first = min(c.start for c in booked)
    out = []
    for start, end, part in later_parts(sentence, _PARTS, first):
        if not _NOT_YET.search(part):
            continue
        named = read_details(fold(part).text, names)
        if named.services or named.stylists:
            details = ClaimDetails(((Role.ANY, named),))
            out.append(Claim(ClaimKind.NOT_BOOKED, start, end, details))
    return tuple(out)
