"""Words abbreviated with a full stop.

Day and month names (blind 26, claims46): "Mo. bis Fr. von 9 bis 18 Uhr, Sa. bis 14 Uhr", "am Fr.
28. Nov. ist storniert", "Fri. 28 Nov., 10 a.m.": the stop after "Sa", "Nov", "Fri" shortens the
word and ends no sentence, so "Sa. bis 14 Uhr" is a day's closing time (not a goodbye "bis 14 Uhr"
on its own) and "Ihr Termin am Fr. 28. Nov." is not a sentence of its own. One list for the claims
reader's tokenizer and the guard's sentence splitter. "So." is left out (it is also "so", as in
"So. Sie sind eingetragen.").

Nouns, titles and example markers (blind 54, claims138): a model writes "Ihre Buchungsnr. ist
4711.", "Ihre Storno-Nr. ist 2290.", "Your booking ref. is No. 4711.", "bei Hr. Spitzer", "with Mr.
Spitzer" (claims145), "hätte
z. B. um 10 Uhr Zeit", "He's free at, e.g., 10 a.m.". The stop inside the sentence cut it in two
and the reader never saw "Buchungsnummer" or "Herr Spitzer"; an English "no." read as the
negation. `expanded` writes each out as the word it shortens before the reader reads the text:
the number noun alone or as a compound's last part (German morphology: "Buchungs|nr.",
"Storno-|Nr.", "Telefon|nr." keep their first part, which names whose number it is), "ref.",
"Hr.", and the example markers, whose commas setting them off are dropped with them (an example
offered is offered: "hat, zum Beispiel, um 11 Uhr frei" reads as "hat zum Beispiel um 11 Uhr
frei"). "no." is the number only inside a sentence before a number or a word in lower case ("is
No. 4711", "confirmation no. is 8815"); "No. I'm sorry." stays the answer."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

DAYS = frozenset("mo di mi do fr sa mon tue tues wed thu thur thurs fri sat sun".split())
MONTHS = frozenset("jan feb mär mrz apr jun jul aug sep sept okt nov dez mar oct dec".split())
ABBREVIATED = DAYS | MONTHS

# a number noun, alone or a compound's last part, then more of the sentence
_NUMBER_DE = lazy(r"(?<![\w.])(?P<stem>[a-zäöüß]{3,}-?)?nr\.(?=\s*[\w(])")
# "ref." / "no." inside a sentence: after a word, before a number or a word
_NUMBER_EN = lazy(r"(?<=[\w)] )(?:(?P<ref>ref)|(?P<no>no))\.(?=\s*(?P<next>\w))")
# a title: "Hr." written out; "Mr.", "Mrs.", "Ms." without their stop (claims145, blind 49: "The
# slot at 10am with Mr. Spitzer is on hold for you" was cut in two there)
_TITLE = lazy(r"(?<![\w.])(?P<title>hr|mr|mrs|ms)\.(?=\s+\w)")
# an example marker, the commas that set it off with it
_EXAMPLE = lazy(
    r"(?P<pre>,\s*)?(?P<marker>z\.\s?b\.|e\.\s?g\.|zum beispiel|beispielsweise|for example|"
    r"for instance)(?P<post>\s*,)?"
)
_LETTER_DOT = lazy(r"[^\W\d_]\.")  # the second letter of "z. B.", "e. g."
_EXAMPLE_WORDS = {"z": "zum beispiel", "e": "for example"}


def abbreviation_dot(word: str, following: str) -> bool:
    """Whether the full stop after `word` (lower case) shortens it rather than ending a sentence,
    given the text that follows it (nothing after it: the sentence ends there)."""
    return word in ABBREVIATED and bool(following.strip())


# issue 9 (claims144): a clock's "a.m." / "p.m." and "Uhr." inside a sentence that goes on
# ("Thanks, Jordan, booking Friday at 10 a.m. now", "um 10 Uhr – bei Fabian"), and a title before
# a name ("Mr. Porter, putting you down …", "Friday, Mrs. Evans."): the stop ends no sentence; a
# clock's stop before a word in capitals ("… um 10 a.m. Danke!") ends its sentence as well
CLOCK = frozenset({"a.m", "p.m", "uhr"})
# one character of a sentence in a pattern's slot: anything but a sentence end, and the stops of
# "a.m." / "p.m." (a slot such as "Friday at 10 a.m." keeps its clock)
IN_SENTENCE = r"(?:[^.!?…]|(?<=\b[ap])\.(?=m)|(?<=\b[ap]\.m)\.)"
TITLES = frozenset({"mr", "mrs", "ms", "dr", "prof"})
_PAUSE = frozenset("–—-,;:(")


def goes_on_dot(word: str, following: str) -> bool:
    """Whether the full stop after `word` (lower case) is a clock's or a title's inside a sentence
    that goes on (see above), given the text that follows; with nothing after it yet, the next
    word decides (True: wait for it; a text's last sentence is its rest)."""
    if word not in CLOCK and word not in TITLES:
        return False
    rest = following.lstrip()
    if not rest:
        return True
    if word in TITLES:
        return rest[0].isalpha()
    return rest[0].islower() or rest[0].isdigit() or rest[0] in _PAUSE


def shortening_dot(word: str, following: str) -> bool:
    """For the guard's sentence splitter, which sees the text as written: whether the full stop
    after `word` (lower case) shortens it, given the text that follows, beyond the day and month
    names (`abbreviation_dot`) and the splitter's own list: a number noun alone or as a compound's
    last part ("Buchungsnr. ist", "Storno-Nr. lautet"), "ref." and "no." before a number or a
    word in lower case, one letter of an abbreviation of several ("z. B.", "e. g.") or before a
    word in lower case (an initial inside a sentence). Where the next word decides and has not
    come yet, the stop is not an end yet: the splitter waits for that word (a text's last
    sentence is its rest)."""
    if word.endswith("nr") and word.replace("-", "").isalpha():
        return True
    letter = len(word) == 1 and word.isalpha()
    rest = following.lstrip()
    if not rest:
        return word in {"ref", "no"} or letter
    if abbreviation_dot(word, following):
        return True
    lower_next = rest[0].isdigit() or rest[0].islower()
    if word in {"ref", "no"}:
        return lower_next
    return letter and (lower_next or _LETTER_DOT.match(rest) is not None)


def expanded(chars: list[str], origin: list[int], original: str) -> tuple[list[str], list[int]]:
    """Folded characters with the abbreviated nouns, titles and example markers written out (see
    above); `original` (the text as written) tells a word in lower case after "no."."""
    text = "".join(chars)
    if "." not in text and "," not in text:
        return chars, origin
    edits: list[tuple[int, int, str]] = []
    for m in _NUMBER_DE.finditer(text):
        edits.append((m.start(), m.end(), (m["stem"] or "").rstrip("-") + "nummer"))
    for m in _NUMBER_EN.finditer(text):
        if m["ref"]:
            edits.append((m.start(), m.end(), "reference"))
        elif m["next"].isdigit() or original[origin[m.start("next")]].islower():
            edits.append((m.start(), m.end(), "number"))
    for m in _TITLE.finditer(text):
        edits.append((m.start(), m.end(), "herr" if m["title"] == "hr" else m["title"]))
    for m in _EXAMPLE.finditer(text):
        marker = m["marker"]
        words = _EXAMPLE_WORDS.get(marker[0], marker) if "." in marker else marker
        if m["pre"] and m["post"]:
            edits.append((m.start(), m.end(), f" {words} "))
        elif "." in marker:
            edits.append((m.start("marker"), m.end("marker"), words))
    if not edits:
        return chars, origin
    return _edited(chars, origin, sorted(edits))


def _edited(
    chars: list[str], origin: list[int], edits: list[tuple[int, int, str]]
) -> tuple[list[str], list[int]]:
    """`chars` with each (start, end, words) span replaced: a kept place keeps its origin, the
    added letters take the span's last one's."""
    out: list[str] = []
    org: list[int] = []
    last = 0
    for start, end, words in edits:
        if start < last:
            continue  # overlapping spans: the first one's reading stands
        out.extend(chars[last:start])
        org.extend(origin[last:start])
        out.extend(words)
        org.extend(origin[min(start + i, end - 1)] for i in range(len(words)))
        last = end
    out.extend(chars[last:])
    org.extend(origin[last:])
    return out, org
