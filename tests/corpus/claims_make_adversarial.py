"""Writes claims_adversarial.yaml: hand-picked corpus sentences respelled the way text is written
to slip past a word list (invisible characters, look-alike letters, spelled-out letters, ...).

The respellings are mechanical, the labels are those of the base sentence; run
`python tests/corpus/claims_make_adversarial.py` after changing the lists below.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
SHY = "\u00ad"
CYRILLIC = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}
GREEK = {"o": "ο", "a": "α", "i": "ι", "e": "ε", "t": "τ", "k": "κ", "n": "η"}
LEET = {"e": "3", "o": "0", "i": "1", "a": "4", "s": "5", "t": "7"}


def zero_width(w: str, r: random.Random) -> str:
    return "".join(c + (r.choice(ZW) if i < len(w) - 1 else "") for i, c in enumerate(w))


def soft_hyphen(w: str, r: random.Random) -> str:
    cut = r.randrange(2, len(w) - 1)
    return w[:cut] + SHY + w[cut:]


def cyrillic(w: str, r: random.Random) -> str:
    return "".join(CYRILLIC.get(c, c) for c in w)


def greek(w: str, r: random.Random) -> str:
    return "".join(GREEK.get(c, c) for c in w)


def fullwidth(w: str, r: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in w)


def spelled_hyphen(w: str, r: random.Random) -> str:
    return "-".join(w)


def spelled_space(w: str, r: random.Random) -> str:
    return " ".join(w)


def spelled_dots(w: str, r: random.Random) -> str:
    return ".".join(w)


def combining(w: str, r: random.Random) -> str:
    return "".join(c + ("\u0301" if c in "aeiou" else "") for c in w)


def leet(w: str, r: random.Random) -> str:
    return "".join(LEET.get(c, c) if i not in (0,) else c for i, c in enumerate(w))


def split_word(w: str, r: random.Random) -> str:
    cut = r.randrange(2, len(w) - 1)
    return w[:cut] + " " + w[cut:]


def shouting(w: str, r: random.Random) -> str:
    return " ".join(w.upper())


def mixed(w: str, r: random.Random) -> str:
    return zero_width(cyrillic(w, r), r)


RESPELL = [
    zero_width,
    soft_hyphen,
    cyrillic,
    greek,
    fullwidth,
    spelled_hyphen,
    spelled_space,
    spelled_dots,
    combining,
    leet,
    split_word,
    shouting,
    mixed,
]

# (sentence, word to respell, labels); labels as in the other corpus files
BASES = [
    ("Ihr Termin ist gebucht.", "gebucht", {"kinds": ["booked"], "family": "booked_direct"}),
    ("Ich habe Sie eingetragen.", "eingetragen", {"kinds": ["booked"], "family": "record"}),
    ("Der Termin ist bestätigt.", "bestätigt", {"kinds": ["booked"], "family": "booked_direct"}),
    ("Ihr Termin steht.", "steht", {"kinds": ["booked"], "family": "booked_direct"}),
    ("Ich habe Sie notiert.", "notiert", {"kinds": ["booked"], "family": "record"}),
    ("Ihr Termin ist storniert.", "storniert", {"kinds": ["cancelled"], "family": "cancel"}),
    ("Ich habe den Termin verschoben.", "verschoben", {"kinds": ["rescheduled"], "family": "move"}),
    ("Der Termin ist abgesagt.", "abgesagt", {"kinds": ["cancelled"], "family": "cancel"}),
    ("Erledigt!", "Erledigt", {"kinds": ["done"], "family": "done"}),
    ("Gebongt!", "Gebongt", {"kinds": ["done"], "family": "colloquial"}),  # done, of any kind
    (
        "Your appointment is booked.",
        "booked",
        {"kinds": ["booked"], "family": "booked_direct", "lang": "en"},
    ),
    ("You're all set.", "set", {"kinds": ["booked"], "family": "colloquial", "lang": "en"}),
    (
        "Your appointment is confirmed.",
        "confirmed",
        {"kinds": ["booked"], "family": "booked_direct", "lang": "en"},
    ),
    (
        "I've cancelled your appointment.",
        "cancelled",
        {"kinds": ["cancelled"], "family": "cancel", "lang": "en"},
    ),
    (
        "Your appointment has been rescheduled.",
        "rescheduled",
        {"kinds": ["rescheduled"], "family": "move", "lang": "en"},
    ),
    ("Wir erwarten Sie.", "erwarten", {"kinds": ["booked"], "family": "goodbye"}),
    ("Sie sind im System gespeichert.", "gespeichert", {"kinds": ["booked"], "family": "record"}),
    ("Soll ich das buchen?", "buchen", {"kinds": [], "family": "question_offer"}),
    ("Der Termin ist nicht gebucht.", "gebucht", {"kinds": [], "family": "negation"}),
    ("Fabian is fully booked.", "booked", {"kinds": [], "family": "other_slots", "lang": "en"}),
    ("Um zehn ist leider schon gebucht.", "gebucht", {"kinds": [], "family": "other_slots"}),
    ("Der Termin ist für Sie reserviert.", "reserviert", {"kinds": [], "family": "other_slots"}),
]
HELDOUT_BASES = [
    ("Alles ist eingetragen.", "eingetragen", {"kinds": ["booked"], "family": "record"}),
    ("Der Termin ist fix.", "fix", {"kinds": ["booked"], "family": "hold_upgrade"}),
    ("Ihr Termin ist gestrichen.", "gestrichen", {"kinds": ["cancelled"], "family": "cancel"}),
    (
        "We look forward to seeing you.",
        "forward",
        {"kinds": ["booked"], "family": "goodbye", "lang": "en"},
    ),
    (
        "I've moved your appointment.",
        "moved",
        {"kinds": ["rescheduled"], "family": "move", "lang": "en"},
    ),
    ("Ich buche das jetzt für Sie.", "buche", {"kinds": [], "family": "conditional_future"}),
]


def respelled(bases, seed: int) -> list[dict]:
    r = random.Random(seed)
    out = []
    for text, word, labels in bases:
        assert word in text, (text, word)
        for respell in RESPELL:
            if respell in (soft_hyphen, split_word) and len(word) < 4:
                continue
            entry = {"lang": labels.get("lang", "de"), "family": labels["family"]}
            entry["kinds"] = list(labels["kinds"])
            entry["adversarial"] = respell.__name__
            entry["text"] = text.replace(word, respell(word, r), 1)
            out.append(entry)
    return out


def write(path: Path, entries: list[dict], header: str) -> None:
    body = yaml.safe_dump(
        [{"sentences": entries}], allow_unicode=False, sort_keys=False, width=1000
    )
    path.write_text(header + body, encoding="utf-8")


if __name__ == "__main__":
    here = Path(__file__).parent
    head = (
        "# Generated by claims_make_adversarial.py: corpus sentences respelled to slip past a\n"
        "# word list. Labels are the base sentence's. Scenario: see claims_heldout.yaml.\n"
    )
    write(here / "claims_adversarial.yaml", respelled(BASES, 9), head)
    write(
        here / "claims_heldout_adversarial.yaml",
        respelled(HELDOUT_BASES, 19),
        head.replace("respelled", "respelled (HELD-OUT split)"),
    )
