"""Lists of what is done and what is not (blind 22, claims37): a label and a colon with nothing
after it ("Gebucht: noch nichts", "Booked: nothing", "What I've done: nothing yet") says nothing
is booked yet (convention 5; a "done" label needs "yet / noch / bisher", convention 33), and an
item listed as still open ("Noch offen: die Strähnchen bei Lena", "Still open: Lena's
highlights", "Not done yet: Saturday with Lena") says that item is not booked yet, with the day,
stylist or service it names: read as "… ist noch nicht gebucht" / "… is not booked yet". An open
item naming no day, stylist or service ("Noch offen: Ihr Name") is left alone, and so is a bare
"Open:" / "Offen:" before a clock time ("Open: Sat 11 am (Lena)"): a free slot listed."""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import normalize, straight_apostrophes

_NOTHING = lazy(
    r"(?:^|[.;!]\s*)(?P<label>gebucht|booked|erledigt|done|what\s+i've\s+done|"
    r"was\s+ich\s+erledigt\s+habe|confirmed|bestätigt)\s*:\s*(?P<v>(?:noch\s+|bisher\s+)?"
    r"(?:nichts|nothing|none)(?:\s+(?:yet|bisher))?)\b",
    re.IGNORECASE,
)
_OPEN = lazy(
    r"(?:^|[.;!]\s*)(?:noch\s+offen|offen|still\s+open|open|not\s+done\s+yet|noch\s+nicht\s+"
    r"erledigt|still\s+to\s+do)\s*:\s*(?P<item>[^,.;:!?]+)",
    re.IGNORECASE,
)
_DAY = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday)\b",
    re.IGNORECASE,
)


def _names_something(item: str, names: Names) -> bool:
    if _DAY.search(item):
        return True
    words = set(normalize(item).split())
    stems = {w.removesuffix("'s").removesuffix("s") for w in words} | words
    return any(stems & ws for _, ws in names.stylists) or any(
        any(s in normalize(item) for s in ss) for _, ss in names.services
    )


def listed_parts(sentence: str, lang: str, names: Names) -> str | None:
    """Not-booked-yet sentences for a list's empty "booked" label and its open items."""
    text = straight_apostrophes(sentence)
    out = []
    for m in _NOTHING.finditer(text):
        done_label = m["label"].lower() not in ("gebucht", "booked", "confirmed", "bestätigt")
        if done_label and not re.search(r"\b(?:yet|noch|bisher)\b", m["v"], re.IGNORECASE):
            continue
        out.append("Gebucht ist noch nichts." if lang == "de" else "Nothing is booked yet.")
    for m in _OPEN.finditer(text):
        item = m["item"].strip()
        bare = re.match(r"\W*(?:open|offen)\b", m.group().lstrip(".;! "), re.IGNORECASE)
        if bare and read_details(item, names).times:
            continue  # blind 34 (claims77): "Open: Sat 11 am (Lena)": a free slot listed
        if _names_something(item, names):
            tail = "ist noch nicht gebucht." if lang == "de" else "is not booked yet."
            out.append(f"{item} {tail}")
    return " ".join(dict.fromkeys(out)) or None
