"""German function words said the regional or clipped way, in standard German (blind 51,
claims127; called by `upper_german.standard_german`, a step of `reworded`, German sentences only).

A model told to sound local says "Hab Eahna auf Donnerstag um dreie umbucht", "Ick hab noch
nischt einjetragen", "Es isch no nüt iitreit", "Am Freitag brauchen S' nimmer kommen", "Die
Anfrag' is beim Salon, die müssen no zusagen". The words that carry the claim are mended letter
by letter where the text is folded (`regional_words.standard`: "g'strichen", "abg'sagt",
"einjetragen", "vaschoben", "Anfrag'"); what is left is the small closed class of words around
them, which no dictionary can mend and which decide the reading: pronouns ("i", "ick", "mia",
"Eahna", "S'"), auxiliaries ("san", "han", "ham'wer", "tät"), negation and quantity ("nischt",
"nüt", "nöd", "nimmer", "koa"), "no" for "noch" (only between German words: "No worries" and a
tag "…, no?" stay), "des" / "dit" / "dat" for "das" (not the genitive article before a noun),
articles clipped ("'ne", "a Stund'"), and a participle whose "ge" the dialect drops after its
separable prefix ("umbucht" at the end of a clause with "hab"). Idioms whose claim word means
something else are said plainly: "fix und fertig" before a word that is no outcome ("fix und
fertig nett": quite), or of the speaker (exhausted); "fest" before a state of the weather or a
body ("fest vereist"); "fix zamm" (an oath); "geht sich aus" / "tät sich ausgehen" (Austrian: it
fits, is free). A Leichte-Sprache pair "Der Salon muss noch Ja sagen. Dann ist der Termin fest."
is read as one sentence: the "dann" hangs on what is still to come.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agent.claims import lemmas, morph
from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import dispelled
from agent.claims.regional_words import standard_word

_I = re.IGNORECASE
_AP = "['’]"
# "i" / "ick" for "ich": a word of its own, no letter with an accent put on it ("éíng…")
_I_WORD = lazy(r"(?<![\w\u0300-\u036f'’])(?:i|ick)(?![\w\u0300-\u036f'’.])", _I)
_SPACES = lazy(r"\s+")
# English words a German sentence borrows after "no" ("No worries", "no problem")
_ENGLISH_AFTER_NO = r"(?:worries|problem|problemo|way|need|idea|thanks|stress|chance|sorry)"
# verbs after which "des" is the pronoun "das", not the genitive article
_VERB_AFTER_DES = (
    r"(?:is|ist|isch|hat|hot|hod|hamma|haben|ham|geht|passt|muss|macht|kann|wird|war|wär|wäre|"
    r"tät|bleibt|steht|kost|kostet|klappt|schaut|hab|hob|habe|san|sind|dauert)"
)
_VISIT_NOUN = r"(?:termin|friseurtermin|frisörtermin|buchung|buechig|reservierung|platz)"
_WORDS = (
    (lazy(rf"\bham{_AP}?wer\b|\bhamwa\b|\bham{_AP}?ma\b", _I), "haben wir"),
    (lazy(r"\b(?:eahna|ihna|eana)\b", _I), "Ihnen"),
    (lazy(r"\bmia\b", _I), "wir"),
    (lazy(r"\b(?:mir|wa)\b(?=\s+(?:han|hen|hend|ham|san|haben|sind|müssen|schauen)\b)", _I), "wir"),
    # "brauchen S' nimmer kommen", "san S' eingetragen": the clipped "Sie" after its verb
    (lazy(rf"(?<=[a-zäöüß] )[sS]{_AP}(?=[\s,.!?]|$)"), "Sie"),
    # claims136: the bot's own Bavarian, Swiss and Cologne forms (the caller's are read by this
    # map too): "muass" / "mues" for "muss", the article "da" / "dä" / "de" before the salon's
    # people and the visit ("Des muss da Chef abseg'nen", "Dä Termin es storniert"), Cologne
    # "es" for "ist" after the visit, Swiss "ha" for "habe" after its "ich"
    (lazy(r"\b(?:muass|mues|muess|muaß)\b", _I), "muss"),
    (lazy(r"\bdä\b", _I), "der"),
    (lazy(r"\b(?:da|de)\b(?=\s+(?:chefin|coiffeuse|friseurin)\b)", _I), "die"),
    (
        lazy(
            rf"\b(händ|hend|ha|han|hab|habe|haben|hat) de\b(?=\s+(?:chef|salon|coiffeur|friseur|{_VISIT_NOUN})\b)",
            _I,
        ),
        r"\1 den",  # Swiss "Mir händ de Termin verschobe": the object
    ),
    (
        lazy(
            rf"(?<=\w )(?:da|de)\b(?=\s+(?:chef|salon|coiffeur|friseur|meister|{_VISIT_NOUN})\b)",
            _I,
        ),
        "der",
    ),
    (
        lazy(
            rf"^(?:da|de)\b(?=\s+(?:chef|salon|coiffeur|friseur|{_VISIT_NOUN})\s+(?:is|isch|es|muss|mues|muass)\b)",
            _I,
        ),
        "der",
    ),
    (
        lazy(
            rf"\b({_VISIT_NOUN}) es\b(?=\s+(?:noch |no |schon |scho |jetzt )?[a-zäöü]+(?:t|en)\b)",
            _I,
        ),
        r"\1 ist",
    ),
    (lazy(r"\b(ich|i) ha\b(?![\w'’])", _I), r"\1 habe"),
    (lazy(r"\bsan\b", _I), "sind"),
    (lazy(r"\bham\b", _I), "haben"),
    # "han" / "hen" beside their pronoun only ("gestric hen" is a participle torn in two)
    (lazy(r"\b(mir|wir|mer|sie|ich|i|mia|wa|se) (?:han|hen|hend)\b", _I), r"\1 haben"),
    (lazy(r"\b(?:han|hen|hend) (?=(?:mir|wir|mer|sie|ich|i|se)\b)", _I), "haben "),
    (lazy(rf"\b(?:hob|hab)\b(?!{_AP})", _I), "habe"),
    (lazy(r"\b(?:hot|hod)\b", _I), "hat"),
    (lazy(rf"\bis{_AP}?(?=\s|[,.!?]|$)", _I), "ist"),  # "isch": `upper_german` (or "ich")
    (lazy(r"\btät\b", _I), "würde"),
    (lazy(r"\bscho\b", _I), "schon"),
    # "da is scho wer drin": "wer" not asking is "jemand"
    (lazy(r"\b(scho|schon|noch|no|ja|halt) wer\b(?!\s*\?)", _I), r"\1 jemand"),
    (lazy(r"\bderf\b", _I), "darf"),
    (lazy(rf"\bwia{_AP}s\b", _I), "wie es"),
    (lazy(r"\b(?:kummt|kimmt)\b", _I), "kommt"),
    (lazy(r"\bwia\b", _I), "wie"),
    (lazy(r"\b(hat|hot|hod|ist|geht) si\b", _I), r"\1 sich"),
    (lazy(r"\bd['’] ?(?=[a-zäöüA-ZÄÖÜ])", _I), "die "),
    (lazy(r"\b(woll|müss|könn|soll|dürf|mög)et\b", _I), r"\1en"),  # Swabian "Sie wollet"
    # Leichte Sprache: "Der Salon muss noch Ja sagen" (agree)
    (lazy(r"\b(muss|müssen|müsste|müssten)((?: \w+)?) ja sagen\b", _I), r"\1\2 zustimmen"),
    (lazy(r"\b(?:nischt|nüscht|nüt|nüd|nix)\b", _I), "nichts"),
    (lazy(r"\bnöd\b", _I), "nicht"),  # "ned" / "net" / "nit": `upper_german`, where they are
    (lazy(r"\bnimmer\b", _I), "nicht mehr"),
    (lazy(r"\b(?:koa|kee|koi|kei)\b", _I), "kein"),
    (lazy(r"\b(?:koane|keene|koine)\b", _I), "keine"),
    (lazy(rf"(?<=[a-zäöüß] )no\b(?=\s+(?!{_ENGLISH_AFTER_NO}\b)[a-zäöüß])", _I), "noch"),
    (lazy(r"\b(?:dit|det|dat)\b", _I), "das"),
    (lazy(rf"^des\b|\bdes\b(?=\s+{_VERB_AFTER_DES}\b|\s*[,.!?]|$)", _I), "das"),
    (lazy(rf"(?<![\w']){_AP}ne\b", _I), "eine"),
    (lazy(rf"(?<=\s){_AP}n\b", _I), "einen"),
    (lazy(r"\ba\b(?=\s+(?:stund|stunde|viertelstund|viertelstunde|woch|woche)\b)", _I), "eine"),
    (lazy(r"\ban\b(?=\s+tag\s+(?:später|früher|vorher|danach)\b)", _I), "einen"),
    # the caller's own words (claims131: `caller_words` reads the caller's question by this map):
    # "mei" / "meen" / Swiss "mi" Termin, "dr" Termin, "nomoi", "jetz", "worde", "gsi"
    (lazy(rf"\b(?:mei|meen|mi)\b(?=\s+(?:{_VISIT_NOUN})\b)", _I), "mein"),
    (lazy(rf"\bdr\b(?=\s+(?:{_VISIT_NOUN}|salon|coiffeur|friseur)\b)", _I), "der"),
    (lazy(r"\b(?:nomoi|nomol|nommal|nochma|nochmol|nomal)\b", _I), "nochmal"),
    (lazy(r"\bjetz\b", _I), "jetzt"),
    (lazy(r"\bworde\b", _I), "worden"),
    (lazy(r"\bgsi\b", _I), "gewesen"),
    # Swiss "Nei, no nöd.": "no" after a comma before the negation, "nei" as the answer
    (lazy(r"\bno\b(?=\s+(?:nöd|ned|net|nit|nicht)\b)", _I), "noch"),
    (lazy(r"^nei\b(?=\s*[,.!]|\s+(?:noch|no|nöd|nicht)\b)", _I), "nein"),
)
# idioms whose claim-like word means something else
_OUTCOME = (
    r"(?:gebucht|eingebucht|eingetragen|bestätigt|abgesagt|storniert|verschoben|umgebucht|"
    r"reserviert|vorgemerkt|fixiert|vereinbart|ausgemacht|erledigt|gemacht|drin|im)"
)
_IDIOMS = (
    # of the speaker: exhausted ("I bin fix und fertig")
    (lazy(r"\b(ich|wir) (bin|sind)((?: \w+)?) fix und fertig\b", _I), r"\1 \2\3 erschöpft"),
    (lazy(r"\bfix ?zamm(?:a|en)?\b", _I), "Mensch"),
    (lazy(rf"\bmach{_AP}s gut\b", _I), "tschüss"),  # a goodbye, no outcome "made good"
    # "Swiss "parat" (ready): "Das ist parat", "Alles parat" (done, convention 10)
    (lazy(r"\b(das|des|dit|dat|alles|alls)((?: ist| is| isch)?) parat\b", _I), r"\1\2 erledigt"),
    # "passiert jedem", "Kein Ding, passiert": it happens, nothing has been done
    (lazy(r"\bpassiert (jedem|jedem mal|schon mal|halt|mal)\b", _I), r"kommt \1 vor"),
    (
        lazy(
            r"\b(kein ding|kein problem|kein stress|macht nichts|no worries)([,.!]?\s+)passiert\b",
            _I,
        ),
        r"\1\2kommt vor",
    ),
    # a slot given to someone else: "Den Platz um zehn gibt's nicht mehr, den hat 'ne Kundin"
    (
        lazy(rf"\bgibt(?:{_AP}s| es) ((?:leider )?)nicht mehr(?=,? (?:den|die|das) hat\b)", _I),
        r"ist \1vergeben",
    ),
    # "fest vereist", "fest gefroren": how hard, not an appointment made fast
    (
        lazy(
            r"\bfest (?=(?:vereist|gefroren|zugefroren|verschlossen|verriegelt|eingeschlafen|"
            r"geschlafen|überzeugt|verklebt|verknotet|verankert|zu)\b)",
            _I,
        ),
        "stark ",
    ),
    # Austrian "geht sich aus", "tät sich ausgehen": it fits, the time is free
    (lazy(rf"\bgeht sich(?:{_AP}s)?\b([^.!?;]*?)\baus\b", _I), r"ist\1frei"),
    (
        lazy(rf"\b(?:würde|tät|täte|tat) sich(?:{_AP}s)?\b([^.!?;]*?)\bausgehen\b", _I),
        r"wäre\1frei",
    ),
)
# "fix und fertig nett": quite; not before an outcome ("fix und fertig gebucht", "… eing'tragen")
_QUITE = lazy(r"\bfix und fertig(\s+)([a-zäöüß'’]{3,})", _I)
_OUTCOME_WORD = lazy(_OUTCOME)


def _quite(m: re.Match[str]) -> str:
    word = standard_word(m[2].lower().replace("’", "e").replace("'", "e"))
    return m[0] if _OUTCOME_WORD.fullmatch(word) else f"ganz{m[1]}{m[2]}"


# "Die melden sich bei dir": "die" before its plural verb is the people of the salon
# (not "Die schicken wir Ihnen": then "die" is what is sent)
_THEY = lazy(r"^die (?=(?:melden|rufen|schicken|schreiben)\b(?! (?:wir|ich)\b))", _I)
# youth talk drops "du" before its verb: "Kriegst gleich 'ne SMS", "Bist eingetragen"
_DROPPED_DU = lazy(r"^(kriegst|bekommst|bist|hast|kannst|musst|brauchst)\b(?! du\b)", _I)
# spoken German drops "ich" before "hab": "Hab dich auf Donnerstag geschoben, passt?", "Hab's
# storniert" (claims158, blind 51); "hab" before an object, not a subject ("Hab ich …?" asks)
_DROPPED_ICH = lazy(
    rf"^(hab|habe)(?={_AP}s\b|\s+(?:dich|dir|sie|ihnen|euch|ihn|es|den|dein\w*|ihr\w*)\b)", _I
)
# "Der Salon muss noch Ja sagen. Dann ist der Termin fest.": "dann" after what is still to come
_STILL_TO_COME = lazy(
    r"^([^.!?]*\b(?:noch|bald|erst)\b[^.!?]*)[.!]\s+(dann|erst dann|danach)\b", _I
)
# a separable participle whose "ge" the dialect drops ("umbucht"), at a clause's end after "hab"
_DROPPED_GE = lazy(
    r"\b(hab|habe|haben|hat|ist|sind)\b([^.,;!?]*?)\b(um|ab|ein|aus|an|auf|zu|vor)"
    r"([bdgtkp][a-zäöüß]{2,}t)(?=\s*(?:[.,;!?]|$))",
    _I,
)


# a participle of Swiss, Bavarian or Berlin sound the dictionary does not know ("iitreit",
# "gmacht", "ygtrage"): in its standard form, as the tokenizer reads it
_DIALECT_WORD = lazy(r"(?<![\w'’-])[a-zäöüA-ZÄÖÜ][a-zäöü]{3,}(?![\w'’-])")


# "Sie wollet also am Freitag komme?" (Swabian): the infinitive after a modal with its "n" clipped
_CLIPPED_INFINITIVE = lazy(
    r"\b((?:woll|müss|könn|soll|dürf|mög)et|muss|mues|muess|muass|kann|soll|will)\b"
    r"([^.,;:!?–]*?\s)([a-zäöü]{3,}e)(?=\s*(?:[.,;!?]|$))",
    _I,
)


@lru_cache(maxsize=4096)
def _with_ge(prefix: str, stem: str) -> str | None:
    participle = (prefix + "ge" + stem).lower()
    return participle if morph.is_known(participle, "de") else None


# the same participle fronted before its auxiliary: "Umbucht is no ned", "Umbucht hab i no ned"
_DROPPED_GE_FRONT = lazy(
    r"^(um|ab|ein|aus|an|auf|zu|vor)([bdgtkp][a-zäöüß]{2,}t)\b(?=\s+(?:ist|habe|hat|haben|sind)\b)",
    _I,
)


def _mend_front(m: re.Match[str]) -> str:
    participle = _with_ge(m[1], m[2])
    return m[0] if participle is None else _cased(m, participle)


def _mend_ge(m: re.Match[str]) -> str:
    participle = _with_ge(m[3], m[4])
    return m[0] if participle is None else f"{m[1]}{m[2]}{participle}"


def _spelled(text: str) -> bool:
    """Whether `text` spells a word out letter by letter (with any kind of space between)."""
    return dispelled(_SPACES.sub(" ", text)) != _SPACES.sub(" ", text)


def _cased(m: re.Match[str], replacement: str) -> str:
    """The replacement, with a capital where the word it replaces had one (a sentence's start)."""
    out = m.expand(replacement)
    return out[:1].upper() + out[1:] if m[0][:1].isupper() and out[:1].islower() else out


def _infinitive(m: re.Match[str]) -> str:
    verb = standard_word((m[3] + "n").lower())  # Berlin "bestätije": "bestätigen"
    if not morph.is_known(verb, "de"):
        return m[0]
    if not m[1].lower().endswith("et") and (
        m[3][0].isupper() or lemmas.lemmatize(verb, "de") != verb
    ):
        return m[0]  # "muss … bestätige" (Swiss), not a noun ("… mit Karte", "… Garantien")
    return f"{m[1]}{m[2]}{verb}"


def _participle(m: re.Match[str]) -> str:
    word = m[0]
    from agent.claims.tokens import dialect_participle

    standard = dialect_participle(word.lower())
    if standard is None or lemmas.lemmatize(standard.capitalize(), "de") == standard.capitalize():
        return word  # "gricht" is "erledigt" (`tokens`), not the noun "Gericht"
    return standard.capitalize() if word[0].isupper() else standard


def regional_function_words(text: str) -> str:
    """`text` (German) with regional and clipped function words and idioms in standard German;
    unchanged when it has none."""
    out = _CLIPPED_INFINITIVE.sub(_infinitive, text)
    if not _spelled(text):  # "e i n g e t r a g e n": its "i" is a letter, not "ich"
        out = _I_WORD.sub(lambda m: _cased(m, "ich"), out)
    for pattern, word in (*_WORDS, *_IDIOMS):
        out = pattern.sub(lambda m, word=word: _cased(m, word), out)
    out = _QUITE.sub(_quite, out)
    out = _THEY.sub("Die vom Salon ", out)
    out = _DROPPED_DU.sub(lambda m: f"Du {m[1].lower()}", out)
    out = _DROPPED_ICH.sub(lambda m: f"Ich {m[1].lower()}", out)
    out = _STILL_TO_COME.sub(lambda m: f"{m[1]}, {m[2].lower()}", out)
    out = _DIALECT_WORD.sub(_participle, out)
    out = _DROPPED_GE_FRONT.sub(_mend_front, out)
    return _DROPPED_GE.sub(_mend_ge, out)
