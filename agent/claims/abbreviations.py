"""Day and month names abbreviated with a full stop (blind 26, claims46): "Mo. bis Fr. von 9 bis
18 Uhr, Sa. bis 14 Uhr", "am Fr. 28. Nov. ist storniert", "Fri. 28 Nov., 10 a.m.": the stop
after "Sa", "Nov", "Fri" shortens the word and ends no sentence, so "Sa. bis 14 Uhr" is a day's
closing time (not a goodbye "bis 14 Uhr" on its own) and "Ihr Termin am Fr. 28. Nov." is not a
sentence of its own. One list for the claims reader's tokenizer and the guard's sentence
splitter. "So." is left out (it is also "so", as in "So. Sie sind eingetragen.")."""

from __future__ import annotations

DAYS = frozenset("mo di mi do fr sa mon tue tues wed thu thur thurs fri sat sun".split())
MONTHS = frozenset("jan feb mär mrz apr jun jul aug sep sept okt nov dez mar oct dec".split())
ABBREVIATED = DAYS | MONTHS


def abbreviation_dot(word: str, following: str) -> bool:
    """Whether the full stop after `word` (lower case) shortens it rather than ending a sentence,
    given the text that follows it (nothing after it: the sentence ends there)."""
    return word in ABBREVIATED and bool(following.strip())
