"""Enumerations, steps and checklists (blind 27, claims48).

"Erstens: gebucht. Zweitens: SMS unterwegs", "1) booked 2) text sent", "Step one done, you're
booked; step two, …", "Schritt 2: buchen – erledigt", "Checkliste: Name – ja. Termin – noch
offen", "Termin – gebucht. Stylist – Fabian. Uhrzeit – zehn": a list states every outcome of its
items (blind 27's label, convention 38 for the text beside a booking, 8 for a hold beside "not
booked yet"). `enumerated` restates the list as plain sentences, one an item, read as any
sentence (`amended`, `restated`): the markers ("Erstens", "Schritt 1 erledigt", "Point two",
"a)") dropped; a step's act said done ("buchen – erledigt", "book it – done") as its outcome
("gebucht"); a text said sent as the text promised; a booking that still needs the caller's yes,
beside a hold, as "not booked yet"; a checklist's status field said of the appointment with the
stylist, day and time its other fields name. Not: steps to come ("Schritt 3: Ich buche"),
questions, lists of what the speaker needs ("1) Name 2) Nummer").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_F = re.IGNORECASE
_ORD = r"(?:\d{1,2}|eins|zwei|drei|vier|one|two|three|four)"
_MARKER = lazy(
    r"(?:^|(?<=[\s.;,:]))(?:"
    r"(?:erstens|zweitens|drittens|zum\s+einen|zum\s+anderen|firstly|secondly|thirdly|"
    r"first(?:\s+thing)?|second(?:\s+thing)?|third(?:\s+thing)?)"
    rf"|(?:schritt|step|punkt|point|item|number|nummer)\s+(?:{_ORD}(?!\))|(?=:))"
    r"|\d\)|[a-c]\))"
    r"(?:\s+(?:erledigt|done|ist\s+abgehakt))?"
    # not a step that is the subject: "Schritt 1 hat geklappt, Schritt 2 nicht"
    r"(?!\s+(?:hat|ist|war|wurde|kommt|geht|has|is|was|comes|went)\b)\s*[:,.–-]?\s*"
    # a marker the list reader blanked ("1)" at the start: `list_markers`)
    r"|^\s{2,}",
    _F,
)
_WORD_MARKER = lazy(
    r"\b(?:erstens|zweitens|zum\s+einen|firstly|secondly|first|second)\b|"
    r"\b(?:schritt|step|punkt|point|item|number|nummer)\s+\S+\s+(?:erledigt|done)\b|^\s*[a-c]\)",
    _F,
)
_HEADER = lazy(
    r"^\s*(?:checkliste|checklist|übersicht|summary|liste|list|punkt\s+für\s+punkt|"
    r"zusammenfassung|overview)\s*:\s*",
    _F,
)
_ACTS = {
    "buchen": "gebucht",
    "eintragen": "eingetragen",
    "bestätigen": "bestätigt",
    "stornieren": "storniert",
    "absagen": "abgesagt",
    "verschieben": "verschoben",
    "book": "booked",
    "confirm": "confirmed",
    "cancel": "cancelled",
    "reschedule": "rescheduled",
}
_STEP_DONE = lazy(
    r"^(?P<act>.*?\b(?P<verb>buchen|eintragen|bestätigen|stornieren|absagen|verschieben|book|"
    r"confirm|cancel|reschedule)\b.*?)\s*[–-]\s*(?:erledigt|fertig|done|check|ok)\W*$",
    _F,
)
_TEXT_SENT = lazy(
    r"^(?:die\s+|the\s+|a\s+)?(?:bestätigungs-?)?(?:sms|text(?:nachricht)?|confirmation\s+text|"
    r"bestätigung(?:\s+per\s+sms)?)(?:'s)?\s+(?:ist\s+|is\s+)?(?:verschickt|unterwegs|raus|"
    r"sent|on\s+its\s+way|goes\s+out(?:\s+now)?)\W*$",
    _F,
)
_NEEDS_YES = lazy(
    r"\b(?:buchung|booking(?:\s+it)?)\b.*\b(?:fehlt|braucht|needs|requires|wartet)\b.*"
    r"\b(?:ja|zusage|yes|go-ahead|ok(?:ay)?|confirmation)\b",
    _F,
)
_AND = lazy(r"[\s,]+(?:und|and)$", _F)
_HELD = lazy(r"\b(?:reserviert|geblockt|vorgemerkt|held|on\s+hold|reserved)\b", _F)
_FIELD = lazy(r"^(?P<label>[\w ]+?)\s*[–-]\s*(?P<value>[^–-]+?)\W*$")
_STATUS_LABEL = lazy(r"^(?:termin|buchung|appointment|booking)$", _F)
_OPEN = lazy(
    r"\b(?:noch\s+offen|offen|steht\s+noch\s+aus|noch\s+nicht|pending|open|not\s+yet)\b", _F
)
_DETAIL_LABELS = {
    "stylist": ("bei", "with"),
    "stylistin": ("bei", "with"),
    "friseur": ("bei", "with"),
    "friseurin": ("bei", "with"),
    "zeit": ("um", "at"),
    "uhrzeit": ("um", "at"),
    "time": ("um", "at"),
    "tag": ("am", "on"),
    "day": ("am", "on"),
    "datum": ("am", "on"),
    "date": ("am", "on"),
}


def enumerated(sentence: str, lang: str) -> str | None:
    """The list's items as plain sentences, or None when `sentence` is no list (see above)."""
    if "?" in sentence:
        return None
    body = _HEADER.sub("", sentence, count=1)
    headed = body != sentence
    markers = list(_MARKER.finditer(body))
    if len(markers) < 2 and not headed:
        return None
    cuts = [m.start() for m in markers] + [len(body)]
    items = [body[: cuts[0]]] if cuts[0] > 0 else []
    items += [body[m.end() : cuts[i + 1]] for i, m in enumerate(markers)]
    if headed or not markers:
        items = [p for i in items for p in re.split(r"(?<=[.;])\s+", i)]
    items = [_AND.sub("", i.strip(" ,;.:")) for i in items if i.strip(" ,;.:")]
    fields = [f for i in items if (f := _FIELD.match(i))]
    listed = _checklist(fields, lang) if fields and len(fields) == len(items) else None
    if listed:
        return listed
    held = any(_HELD.search(i) for i in items)
    out = [_plain(i, lang, held) for i in items]
    if out == items and not _WORD_MARKER.search(body):
        return None  # "Punkt eins: …", "1) …": `list_markers` blanks them, the reader reads on
    return " ".join(o[0].upper() + o[1:] + "." for o in out if o)


def _plain(item: str, lang: str, held: bool) -> str:
    step = _STEP_DONE.match(item)
    if step:
        return _ACTS.get(step.group("verb").lower(), "")
    if _TEXT_SENT.match(item):
        return "Sie bekommen eine SMS" if lang == "de" else "You'll get a text"
    if held and not _HELD.search(item) and _NEEDS_YES.search(item):
        return "gebucht ist er noch nicht" if lang == "de" else "it isn't booked yet"
    return item


def _checklist(fields: list[re.Match[str]], lang: str) -> str | None:
    status = [f.group("value") for f in fields if _STATUS_LABEL.match(f.group("label").strip())]
    if not status:
        return None
    if _OPEN.search(status[0]):
        return "Ihr Termin ist noch nicht gebucht." if lang == "de" else "It isn't booked yet."
    where = []
    for f in fields:
        prep = _DETAIL_LABELS.get(f.group("label").strip().lower())
        if prep:
            where.append(f"{prep[lang != 'de']} {f.group('value').strip()}")
    subject = "Ihr Termin" if lang == "de" else "Your appointment"
    verb = "ist" if lang == "de" else "is"
    return f"{subject} {' '.join(where)} {verb} {status[0].strip()}.".replace("  ", " ")
