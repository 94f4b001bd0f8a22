"""A denial in a later sentence that names another visit than the earlier sentence's claim
(blind 23's false blocks, claims40): one job, telling `taken_back` that nothing is taken back.

"Done: the perm on Friday at ten. Not booked yet: the highlights on Saturday": the second
sentence denies a booking of Saturday's highlights, not the perm on Friday the first says made
(a recap of parts, convention 56); it claims its own denial with what it names, which the
sentence's own reading holds.
"""

from __future__ import annotations

from agent.claims.details import Names, read_details
from agent.claims.model import Claim
from agent.claims.service_label import with_service_label


def names_other_visit(text: str, earlier: tuple[Claim, ...], names: Names) -> bool:
    """Whether folded `text` names a day or service none of the `earlier` claims names (and
    they name one)."""
    said = read_details(with_service_label(text), names)  # "Cut: didn't work out" (claims58)
    if not (said.weekdays or said.days or said.services):
        return False
    named = [d for c in earlier for _, d in c.details.parts if d.weekdays or d.days or d.services]
    if not named:
        return False  # the earlier claim names no visit: the denial may be of it
    for c in earlier:
        for _, d in c.details.parts:
            if (said.weekdays & d.weekdays) or (said.days & d.days) or (said.services & d.services):
                return False
    return True
