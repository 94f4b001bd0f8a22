"""A summary line: the appointment's details as bare fragments and a verdict after a dash,
perhaps after an opener ("Kurz zusammengefasst: Freitag, zehn Uhr, Fabian, Dauerwelle – fest",
"So, to sum up: Friday, 10 am, Fabian, perm – you're in"; blind 11, 12 and their probes).

The clause readers cut the line at its commas, and the verdict's clause keeps none of the
fragments, or the opener's summary word makes the line read as a question's preamble. A line of
three or more fragments and a verdict of booking is the booking: BOOKED, with the details the
line names. Not: a verdict of fit or wish ("– passt?", "– recht so?"), questions, negations.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_VERDICT = (
    r"(?:fest|steht|gebucht|eingetragen|drin|bestätigt|alles\s+fest|ist\s+gebucht|"
    r"you're\s+(?:all\s+)?(?:in|set|booked(?:\s+in)?)|booked(?:\s+in)?|confirmed|all\s+set|"
    r"all\s+booked|locked\s+in)"
)

RULES = (
    Rule(
        "",
        K.BOOKED,
        lazy(r"[–—]|\s-\s"),
        lazy(
            r"^\W*(?:[\w ,]{0,30}:\s*)?(?:[\w.' ]{1,30},\s*){2,}[\w.' ]{1,30}\s*(?:[–—]|\s-)\s*"
            rf"{_VERDICT}\W*$"
        ),
    ),
)
