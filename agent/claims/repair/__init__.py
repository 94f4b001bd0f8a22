"""What a speaker's self-repair takes back and what stands: the one place for it.

A repair is a marker from the one table (`markers`: "Korrektur", "ich habe mich vertan", "I
misspoke" always take back; "nein", "sorry", "Verzeihung", "Moment", "ich meine", "äh" only when
a claim or a detail follows them) between what is taken back (the opener) and what stands (the
ending). The ending decides (`ending.ends_on_claim`, one rule for every reader): an outcome of its
own (a claim, a denial, a failure, a question) takes the opener's claim back whole, its details
of the kinds the ending does not name kept; details alone ("– Verzeihung, Freitag um zehn")
replace the opener's details of their kinds and the claim stands; anything else (an apology for
the wait, a "nein" that answers or insists: "– nein, wirklich, das steht fest") takes nothing
back.

The readers apply that rule where the pipeline needs it:
- `correction_end` (a step of `reworded`): after words that always take back, the sentence read
  from its correction on; a report of what was said before ("I said it was booked — it's only on
  hold") is no claim, and a correction from booked to a hold says it is not booked yet (75).
- `said_before.earlier_taken_back` (first in `correction_end`): an earlier turn's claim taken
  back ("Vorhin habe ich gesagt, der Termin sei gebucht – das war falsch, er ist nur
  reserviert"): the report dropped, the ending read; a booking taken back is not booked (75).
  A repair twice ends on its last word; a detail repaired with the claim after it keeps it.
- `corrected_tail` (`framed`): a told clause with a correction in it, read from its last dash.
- `repaired`, `softly_repaired` (`told_in_question`, `reworded`): in place, characters kept: what
  "nein / no" or an apology / filler takes back is blanked or overwritten by its replacement.
- `day_repaired` (a step of `reworded`): a day, time, stylist or service taken back for another
  of its kind ("am Samstag – Verzeihung, am Freitag").
- `repaired_booking` (`decide`, before the rewordings): a booking broken off or said and repaired
  to a hold or to "not yet" ("geb… also, reserviert", "booked— sorry, not yet").
- `repaired_to_hold` (`not_yet_made`): a booking repaired to a hold, read by `decide` in place of
  the reading that kept the booking (`HOLD_ONLY`, `HOLD_NOT_YET`; conventions 75, 124).
"""

from agent.claims.repair.blanked import repaired, softly_repaired
from agent.claims.repair.broken_off import repaired_booking
from agent.claims.repair.details import day_repaired
from agent.claims.repair.ending import ONLY_HELD, corrected_tail, correction_end, ends_on_claim
from agent.claims.repair.to_hold import HOLD_NOT_YET, HOLD_ONLY, REPAIRED, repaired_to_hold

__all__ = [
    "HOLD_NOT_YET",
    "HOLD_ONLY",
    "ONLY_HELD",
    "REPAIRED",
    "corrected_tail",
    "correction_end",
    "day_repaired",
    "ends_on_claim",
    "repaired",
    "repaired_booking",
    "repaired_to_hold",
    "softly_repaired",
]
