"""Gapped pairs of days, put with each member's outcome said in full (blind 36, claims83; a step
of `reworded`).

- A second day that adds to the first's outcome: "Friday's off, and so is Saturday", "Friday's
  cancelled, Saturday too", "Der Freitag ist storniert, der Samstag ebenso" are "Friday is
  cancelled, and Saturday is cancelled" (each claim carries its own day, 67 and 522: Saturday's
  cancellation is false where Saturday was never cancelled). "Off", "weg" and "fällt weg" of a
  day are its cancellation.
- Two stylists' days said "both in" / "beides drin": "Fabian on Friday, Lena on Saturday – both
  in" is "… – both booked", which the reader takes with both days.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday)"
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)"
_END = r"(?P<end>\s*[.!]?\s*)$"
_EN_ADDED = lazy(
    rf"^\W*(?:the\s+)?(?P<d1>{_DAY_EN})(?:'s|\s+is|\s+has\s+been)\s+(?:now\s+)?"
    r"(?P<p>cancell?ed|called\s+off|off|booked|confirmed)\s*,?\s+(?:and\s+)?"
    rf"(?:so\s+is\s+(?:the\s+)?(?P<d2>{_DAY_EN})|(?:the\s+)?(?P<d3>{_DAY_EN})\s+(?:too|as\s+well|"
    rf"also)){_END}",
    re.IGNORECASE,
)
_DE_ADDED = lazy(
    rf"^\W*(?:der\s+)?(?P<d1>{_DAY_DE})\s+(?:ist\s+(?:jetzt\s+)?(?P<p>storniert|abgesagt|gestrichen|"
    rf"weg|gebucht|eingetragen)|(?P<gone>fällt\s+weg))\s*,?\s+(?:und\s+)?(?:der\s+)?(?P<d2>{_DAY_DE})"
    rf"\s+(?:auch|ebenso|ebenfalls|genauso){_END}",
    re.IGNORECASE,
)
_CANCEL_EN = {"off", "called off", "canceled", "cancelled"}
_EN_BOTH_IN = lazy(
    rf"(?P<pre>^\W*[^.!?]*\b(?:on|for)\s+{_DAY_EN}\s*,\s*[^.!?]*\b(?:on|for)\s+{_DAY_EN}\s*[–—:-]\s*"
    r"both)\s+in\b",
    re.IGNORECASE,
)
_DE_BOTH_IN = lazy(
    rf"(?P<pre>^\W*[^.!?]*\bam\s+{_DAY_DE}\s*,\s*[^.!?]*\bam\s+{_DAY_DE}\s*[–—:-]\s*beides?)\s+drin\b",
    re.IGNORECASE,
)


def _en_added(m: re.Match[str]) -> str:
    p = m.group("p").lower()
    p = "cancelled" if p in _CANCEL_EN or p.startswith("called") else p
    d2 = m.group("d2") or m.group("d3")
    return f"{m.group('d1')} is {p}, and {d2} is {p}{m.group('end')}"


def _de_added(m: re.Match[str]) -> str:
    p = "storniert" if m.group("gone") or m.group("p").lower() == "weg" else m.group("p")
    return f"Der {m.group('d1')} ist {p}, und der {m.group('d2')} ist {p}{m.group('end')}"


def pair_in_full(sentence: str, lang: str) -> str:
    """`sentence` with a gapped pair of days said in full (see above)."""
    if lang == "de":
        sentence = _DE_ADDED.sub(_de_added, sentence, count=1)
        return _DE_BOTH_IN.sub(r"\g<pre> eingetragen", sentence, count=1)
    sentence = _EN_ADDED.sub(_en_added, sentence, count=1)
    return _EN_BOTH_IN.sub(r"\g<pre> booked", sentence, count=1)
