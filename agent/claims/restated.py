"""A sentence's claims read from a restatement in the words the reader takes (blind 22, claims37).

Each blind-22 class module (`third_person_acts`, `hedged_modal`, `confirmation_to_come`,
`reference_numbers`, `shown_in_app`, `complied_request`, `listed_parts`, `elliptical_also`,
`loan_and_slang`, `text_arrived`) maps a sentence to the standard sentence it stands for, or to
None; `restated` reads that sentence as the decision reads any sentence and gives its claims the
whole sentence's span. The claims are added to the sentence's own (a restatement only adds)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from agent.claims.model import Claim


def restated(
    sentence: str, standard: str | None, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of `standard` (the sentence restated), spanning all of `sentence`."""
    if not standard or standard.strip() == sentence.strip():
        return ()
    return as_whole(sentence, read_whole(standard))


def as_whole(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """Claims read in another wording of `sentence`, spanning the whole of it."""
    return tuple(replace(c, start=0, end=len(sentence)) for c in claims)


def booked_sentence(lang: str) -> str:
    """The plain booking claim a restatement stands for ("Ihr Termin ist gebucht.")."""
    return "Ihr Termin ist gebucht." if lang == "de" else "Your appointment is booked."
