"""A list item labelled by a bare service word (blind 29, claims58): "Perm: done. Cut: didn't
work out." The salon file leaves "cut" and "trim" out of the service words a sentence names
(they are verbs as often: "I'll cut it short"); as the label before a colon they are the noun, a
haircut or a beard trim, and name that service like its full name.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_LABEL = lazy(r"(?:^|(?<=[.;]\s))\s*(cut|trim)\s*:", re.IGNORECASE)
_SERVICE = {"cut": "haircut", "trim": "beard trim"}


def with_service_label(text: str) -> str:
    """`text` with a label "Cut:" or "Trim:" said as the service it names."""
    return _LABEL.sub(lambda m: f"{_SERVICE[m.group(1).lower()]}:", text)
