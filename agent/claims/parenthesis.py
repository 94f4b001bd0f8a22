"""A parenthesis inside a claim (blind 33, claims70).

- A comment set off by paired dashes or commas changes no claim: "Der Termin ist – wie gewünscht
  – abgesagt", "Friday, I'm sorry to say, is cancelled", "Sie haben, also nur zur Sicherheit,
  Freitag um zehn fest bei uns", "Der ist, wie soll ich sagen, gestrichen", a hedge said aside
  ("Verschoben habe ich, glaube ich, noch nichts", "It is, I think, booked"), "Your cancellation – you'd mentioned you're unwell, get better
  soon – has gone through", "Der Termin – und das freut mich, weil Freitag sonst voll ist –
  steht". `without_comment` gives the sentence without it, read instead of the sentence (the
  comment's own words, "wie gewünscht" or a day named in its reason, are not the claim's).
- A new place said between dashes is said of the appointment before them: "Your appointment –
  now on Thursday at three – stays with Fabian", "Ihr Termin – jetzt am Donnerstag – bleibt bei
  Fabian": `parenthesis_said` gives "Your appointment is now on Thursday at three", read beside
  the sentence.

Not: a parenthesis that denies, conditions or asks ("– falls Sie zusagen –", "– noch nicht –",
"– if you say yes –"), nor one that is no comment of this list (an apposition naming the
appointment's details stays: "Ihre Dauerwelle, also die am Freitag bei Fabian, …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.restated import as_whole

_DASH = r"\s[–—-]\s"
_COMMENT = (
    r"(?:(?:ganz\s+|just\s+)?(?:wie\s+(?:gewünscht|gewollt|besprochen|vereinbart|erbeten)|"
    r"as\s+(?:you\s+(?:asked|wanted|requested)|requested|agreed|discussed))|"
    r"zum\s+glück|glücklicherweise|erfreulicherweise|happily|luckily|fortunately|thankfully|"
    # a search for the word (blind 34, claims76): "der ist, wie soll ich sagen, gestrichen"
    r"wie\s+(?:soll|sollte)\s+ich\s+sagen|wie\s+sagt\s+man|how\s+(?:shall|should)\s+i\s+put\s+it|"
    r"what's\s+the\s+word|"
    # a hedge said aside (blind 55, claims140): "Verschoben habe ich, glaube ich, noch nichts"
    r"(?:glaube|denke|meine|schätze|vermute)\s+ich|i\s+(?:think|believe|guess|suppose)|"
    r"(?:also\s+)?(?:nur\s+)?zur\s+sicherheit|just\s+so\s+you\s+know|just\s+to\s+be\s+safe|"
    r"(?:i'm|i\s+am)\s+(?:sorry|glad|happy|pleased)\s+to\s+(?:say|report|tell\s+you)|"
    r"(?:das|dies)\s+(?:darf|kann|muss|möchte|will)\s+ich\s+(?:ihnen\s+)?(?:\w+\s+)?"
    r"(?:sagen|verraten|vorausschicken|versichern)|"
    r"(?:und\s+)?das\s+freut\s+mich\b[^–—?]*|(?:and\s+)?(?:i'm|i\s+am)\s+(?:so\s+|really\s+)?"
    r"(?:glad|happy|pleased)\b[^–—?]*|"
    r"(?:you'd|you\s+had|sie\s+hatten)\s+(?:ja\s+)?(?:mentioned|said|erwähnt|gesagt)\b[^–—?]*|"
    # how a name is said (blind 56, claims167): "Bei Mehmet – gesprochen Meh-met – haben Sie …"
    r"(?:aus)?gesprochen\s+[^–—?,]{1,30}|pronounced\s+[^–—?,]{1,30})"
)
_IN_DASHES = lazy(rf"{_DASH}{_COMMENT}{_DASH}", re.IGNORECASE)
_IN_COMMAS = lazy(rf",\s*{_COMMENT},\s*", re.IGNORECASE)
_NOT_A_COMMENT = lazy(
    r"\?|\b(?:wenn|falls|sobald|sofern|if|once|unless|nicht|not|noch|yet|erst|only)\b|n't\b",
    re.IGNORECASE,
)
_NEW_PLACE = lazy(
    rf"^(?P<subject>(?:ihr|ihre|der|die|your|the)\s+[^–—,]{{0,30}}?(?:termin|appointment|"
    rf"booking|slot)){_DASH}(?P<place>(?:[^–—\s]+\s+){{0,5}}?(?:jetzt|nun|now)\b[^–—]{{0,30}}?)"
    rf"{_DASH}",
    re.IGNORECASE,
)


def without_comment(sentence: str) -> str | None:
    """`sentence` without a comment set off inside it, or None when it has none (see above)."""
    for pattern, glue in ((_IN_DASHES, " "), (_IN_COMMAS, " ")):
        m = pattern.search(sentence)
        if m is None or _NOT_A_COMMENT.search(m[0]):
            continue
        rest = (sentence[: m.start()] + glue + sentence[m.end() :]).strip()
        if len(rest.split()) >= 2:
            return re.sub(r"\s+([,.!])", r"\1", re.sub(r"\s{2,}", " ", rest))
    return None


def parenthesis_said(sentence: str, lang: str) -> str | None:
    """The new place said between dashes, said of the appointment before them, or None."""
    m = _NEW_PLACE.search(sentence.strip())
    if m is None or _NOT_A_COMMENT.search(m["place"]):
        return None
    verb = "ist" if lang == "de" else "is"
    return f"{m['subject']} {verb} {m['place'].strip()}."


# a statement in round brackets (blind 56, claims162): said beside the sentence, not under its
# condition nor inside its predicate: "Falls doch etwas dazwischenkommt, rufen Sie einfach an (die
# Nummer steht in der SMS)", "If something comes up, just call us (the number is in the text)",
# "Reserviert (aber noch nicht gebucht) sind die Strähnchen am Samstag" (held, and not booked)
_BRACKET = lazy(r"\((?P<said>[^()]{4,})\)")
# a bracket of a word or two annotates the word before it ("Freitag, 10:00 (entfällt)",
# "(verschoben)"), said of no subject of its own
_OWN_WORDS = 3
# a bracket that conditions, asks or is subordinate is the sentence's, not a statement of its own
_NOT_OWN = lazy(
    r"\?|^\W*(?:und\s+|and\s+)?(?:wenn|falls|sobald|sofern|bis|nachdem|bevor|solange|ob|weil|da|"
    r"if|once|unless|until|till|after|before|as\s+soon\s+as|as\s+long\s+as|whether|because|"
    r"since|when|so\s+lange)\b|\b(?:wenn|falls|sofern|if|unless|whether)\b",
    re.IGNORECASE,
)


def bracket_said(
    sentence: str, read_whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The claims of a bracketed statement read alone, and of the sentence read without it,
    spanning the sentence; none when the bracket says nothing on its own ("(noch nicht)" is the
    sentence's own negation, "(within the next few minutes)" no statement) or is no statement
    of its own (above)."""
    m = _BRACKET.search(sentence)
    if m is None or _NOT_OWN.search(m["said"]) or len(m["said"].split()) < _OWN_WORDS:
        return ()
    said = read_whole(m["said"].strip() + ".")
    if not said:
        return ()
    rest = f"{sentence[: m.start()].rstrip()} {sentence[m.end() :].lstrip()}".strip()
    return as_whole(sentence, said + read_whole(rest))
