"""A tool's status word said as the caller's or the appointment's predicate (blind 55, claims141;
a step of `reworded`).

A model that mixes its tools' words into speech says the status of the caller ("Sie sind quasi
„pending“, bis der Salon zustimmt", "You're sort of "pending" until the salon approves") or
puts it where the calendar shows it ("Bei Ihnen steht „rescheduled“, neuer Slot Donnerstag 15
Uhr"). Said plainly:

- the caller "pending", with the salon or its approval named in the sentence, is the caller's
  request awaiting the salon ("Ihre Anfrage ist pending" / "Your request is pending", which the
  readers take as convention 1's request); without the salon named it stays as said (43: a bare
  "pending" names no request);
- "Bei Ihnen steht <status>" and "Ihr Termin ist auf <status> gesetzt" are the appointment's status shown ("Ihr Termin steht auf …", read
  by `status_words`);
- a loose hedge before a quoted status word ("quasi", "sozusagen", "sort of", "kind of",
  "basically") keeps the claim (511), so it goes, and the status word is read as it is.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_QUOTE = r"['\"„“”‚‘’«»]"
_Q = rf"{_QUOTE}?"
_PENDING = r"pending(?:[_\s]approval)?"
_HEDGE = (
    r"(?:quasi|sozusagen|gewissermaßen|praktisch|im\s+grunde|sort\s+of|kind\s+of|basically|"
    r"more\s+or\s+less|technically|effectively)"
)
_STATUS = (
    rf"(?:{_PENDING}|confirmed|cancell?ed|rescheduled|booked|held|on\s+hold|"
    r"not[_\s]booked|awaiting[_\s]approval)"
)
_HEDGED = lazy(rf"\b{_HEDGE}\s+(?={_Q}{_STATUS}{_Q}(?!\w))", re.IGNORECASE)
_PENDING_DE = lazy(rf"\bsie\s+sind\s+(?:noch\s+)?{_Q}{_PENDING}{_Q}(?!\w)", re.I)
_PENDING_EN = lazy(rf"\byou(?:'re|\s+are)\s+(?:still\s+)?{_Q}{_PENDING}{_Q}(?!\w)", re.IGNORECASE)
# the request's "pending" in quotes ("Ihre Anfrage ist „pending“"): the word as `loan_words_de`
# and the readers take it unquoted
_QUOTED_PENDING = lazy(
    rf"\b(?P<cop>ist|sind|is|are|'re|'s)\s+(?P<adv>(?:noch|still)\s+)?{_QUOTE}"
    rf"(?P<w>{_PENDING}){_QUOTE}(?!\w)",
    re.IGNORECASE,
)
_SALON = lazy(r"\b(?:salon\w*|zustimm\w*|freigabe|freigibt|approv\w*|genehmig\w*)", re.IGNORECASE)
_SET_DE = lazy(
    rf"\b(?:ist|wurde)\s+(?:jetzt\s+|nun\s+)?auf\s+(?P<s>{_Q}{_STATUS}{_Q})\s+gesetzt(?:\s+worden)?(?!\w)",
    re.IGNORECASE,
)
_SHOWN_DE = lazy(
    rf"\bbei\s+ihnen\s+steht\s+(?:(?:jetzt|gerade|nun)\s+)?(?={_Q}{_STATUS}{_Q}(?!\w))", re.I
)


def status_said(sentence: str, lang: str) -> str:
    """`sentence` with its status words as predicates said plainly (unchanged without any)."""
    text = _HEDGED.sub("", sentence)
    text = _QUOTED_PENDING.sub(r"\g<cop> \g<adv>\g<w>", text)
    if _SALON.search(text):
        if lang == "de":
            text = _PENDING_DE.sub(lambda m: _cap(m, "Ihre Anfrage ist pending"), text)
        else:
            text = _PENDING_EN.sub(lambda m: _cap(m, "your request is pending"), text)
    if lang == "de":
        text = _SET_DE.sub(r"steht auf \g<s>", text)
        text = _SHOWN_DE.sub(lambda m: _cap(m, "Ihr Termin steht auf "), text)
    return text


def _cap(m: re.Match[str], said: str) -> str:
    """`said`, capitalized as the words it replaces were."""
    return said[0].upper() + said[1:] if m.group(0)[0].isupper() else said[0].lower() + said[1:]
