"""The caller's message said taken or passed on, and a message still being taken (blind 43,
claims107).

- A note or the caller's words said left, passed on or lying with the salon or a stylist ("Ich
  habe Sophie eine Nachricht dagelassen", "Ihre Bitte habe ich an die Chefin weitergereicht",
  "Das habe ich für Fabian aufgeschrieben", "Noted and passed on", "I've left word with Mehmet
  that you rang", "The salon has your message now", "I've flagged it for the manager"), and a
  stylist or the team said told ("Ich habe Fabian Bescheid gegeben", "Lena ist im Bilde", "I've
  let Fabian know", "Sophie's been informed", "Mehmet knows you rang"): FOLLOW_UP message,
  backed by a message taken in this call (conventions 15, 55, 78). Said with no outcome beside
  it, the booking, success or request the record and telling words read ("notiert", "Fabian ist
  informiert", "Erledigt, das geht an Lena") is that message, not an outcome, and goes.
- Beside an outcome ("Fabian ist informiert und rechnet am Freitag mit Ihnen", "I've told Fabian
  you won't be coming", a day or a time named), the stylist told is that outcome's news: no
  message (convention 761, the gated labels); a note of the caller's passed on beside it still
  is one ("You're in for Friday, and I've passed your note about the long hair on to Fabian").
- A message being taken, asked for or needed ("Einen Augenblick, ich speichere Ihre Nachricht",
  "Gut, dann nehme ich jetzt Ihre Nachricht auf", "Dafür müsste ich eine Nachricht aufnehmen,
  darf ich?", "One moment, I'm saving your message"): nothing is passed on yet, no message is
  claimed (blind 43's labels).

A note or message to someone at the salon promised ("Ich schreibe Lena gleich eine Notiz", "I'll
let Lena know you called") is one too (convention 904, claims122: the caller relies on it), and
so is a note for someone that the speaker puts down ("Ich notiere das für Lena", "I'll put that
down as a note for Fabian", convention 950, claims126); thanks or greetings passed on ("Ich richte
Fabian Ihren Dank aus", "I'll tell Fabian you said hello") claim nothing (950).

Not: questions, conditions, negations, other promises still to keep ("I'll pass your thanks on to
Fabian"), a booking request passed on (a pending request, convention 1). A condition or wish
inside the note's content is the note's, not the act's ("I've left a note for Fabian to call your
client if you're still off on Friday", "…, dass Sie ihn sprechen möchten": claims143).
"""

from __future__ import annotations

import re

from agent.claims import morph
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_F = re.IGNORECASE
# whom a message goes to, by name, role or pronoun (not the caller)
_DAYS = (
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen|heute|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|\d"
)
_WHO_DE = rf"(?!sie\b|ich\b|es\b|das\b|{_DAYS})\w+"
_WHO_EN = rf"(?!you\b|i\b|it\b|that\b|this\b|{_DAYS})\w+"
# a note or the caller's words left, passed on or lying with the salon
_NOTE_DE = lazy(
    r"\b(?:weitergegeben|weitergeleitet|weitergereicht|ausgerichtet|übermittelt|überbracht|"
    r"dagelassen)\b|"
    r"\b(?:nachricht|notiz)\b[^.;!?]*?\b(?:hinterlassen|hinterlegt|gespeichert|"
    r"angelegt|abgelegt)\b|"
    r"\b(?:hinterlassen|hinterlegt|gespeichert)\b[^.;!?]*?\b(?:nachricht|notiz)\b|"
    r"\b(?:ihre?|die|das)\s+(?:nachricht|notiz|anliegen|wunsch|bitte|frage|beschwerde)\s+"
    r"(?:ist|liegt)\s+(?:\w+\s+){0,4}?(?:beim|bei|im)\s+\w+|"
    r"\b(?:notiert|aufgeschrieben|vermerkt)\b[^.;!?]*?\b(?:geht|weitergeleitet|weitergegeben)\b|"
    rf"\b(?:notiert|aufgeschrieben|vermerkt)\s+für\s+(?:den\s+salon|das\s+team|die\s+\w+|{_WHO_DE})|"
    rf"\bfür\s+(?:den\s+salon|das\s+team|die\s+kolleg\w+|{_WHO_DE})\s+(?:notiert|aufgeschrieben|"
    r"vermerkt)\b|"
    r"^\W*(?:erledigt|gut|alles\s+klar|gerne)\W+(?:das|es)\s+geht\s+(?:jetzt\s+)?an\s+\w+",
    _F,
)
_NOTE_EN = lazy(
    r"\bpass(?:ed)?\s+(?:(?:it|this|that|them|everything|your\s+\w+(?:\s+\w+){0,5}?)\s+)?"
    r"(?:on|along)\b|"
    r"\b(?:has|have|'s|been)\s+(?:been\s+)?passed\s+(?:on\s+)?to\b|"
    r"\bleft\s+(?:\w+\s+)?(?:a\s+)?(?:note|message|word)\b|"
    r"\bflagged\s+(?:it|this|that|your\s+\w+)\s+(?:for|to|with)\b|"
    rf"\b(?:the\s+)?{_WHO_EN}(?:'s|\s+has)\s+(?:got\s+)?your\s+(?:message|note|question)\b|"
    r"\byour\s+(?:note|message)\s+for\s+\w+\s+(?:is|'s|has\s+been)\s+(?:saved|logged|stored|with)\b|"
    rf"\bnoted\s+(?:that\s+)?(?:down\s+)?for\s+(?:the\s+salon|the\s+team|{_WHO_EN})\b|"
    r"\b(?:gone|went)\s+(?:through|over)\s+to\s+(?:the\s+salon|the\s+team|\w+)\b",
    _F,
)
# a note or message written or sent TO someone of the salon (convention 870, the lead's decision):
# "Ich habe Lena eine Notiz geschrieben, dass …", "Dem Salon habe ich eine Notiz geschickt", "Ich
# habe den Kolleginnen geschrieben, dass …", "Eine Notiz an Fabian ist geschrieben", "Lena bekommt
# von mir eine Notiz", "I've written Lena a note", "I dropped the owner a note", "I've messaged the
# salon", "Fabian's getting a note from me". The recipient stands where the words put it, never
# the caller ("Ich habe Ihnen eine Nachricht geschickt" is a text). Beside an outcome it is still
# the message, as a note passed on is (the lead's decision overrides claims63's spec that read "und
# dem Team eine Notiz geschrieben" beside a hold as none).
_TO_DE = rf"(?:(?:dem|der|den)\s+\w+(?:\s+im\s+salon)?|(?!ihnen\b|dir\b|euch\b|uns\b){_WHO_DE})"
_SENT = r"(?:geschrieben|geschickt|gesendet|hingelegt|zukommen\s+lassen)"
_WRITTEN_TO_DE = lazy(
    rf"\b(?:habe|hab|haben)\s+(?:ich\s+|wir\s+)?{_TO_DE}\s+(?:(?:eine|die|meine|ein\s+paar)\s+)?"
    rf"(?:\w+\s+)?(?:notiz|nachricht|zeilen|zettel)\b[^.;!?]*?\b{_SENT}\b|"
    r"^\W*(?:dem|der|den)\s+\w+\s+(?:habe|hab|haben)\s+(?:ich|wir)\s+(?:(?:eine|die)\s+)?"
    rf"(?:\w+\s+)?(?:notiz|nachricht|zeilen)\b[^.;!?]*?\b{_SENT}\b|"
    r"\b(?:habe|hab|haben)\s+(?:ich\s+|wir\s+)?(?:dem|der|den)\s+\w+(?:\s+im\s+salon)?\s+"
    r"geschrieben\s*,?\s*dass\b|"
    r"\b(?:notiz|nachricht)\s+(?:an|für)\s+(?:den\s+|die\s+|das\s+)?(?!sie\b|ihnen\b)\w+\s+"
    rf"(?:ist|wurde)\s+(?:\w+\s+)?{_SENT}\b|"
    rf"\b{_WHO_DE}\s+(?:bekommt|kriegt|erhält)\s+(?:von\s+mir\s+|jetzt\s+|gleich\s+|schon\s+)*"
    r"(?:eine|die|meine)\s+(?:kurze\s+)?(?:notiz|nachricht)\b",
    _F,
)
_TO_EN = r"(?:the\s+\w+|(?!you\b|yourself\b|us\b|it\b|a\b|an\b|me\b)\w+)"
_WRITTEN_TO_EN = lazy(
    rf"\b(?:written|wrote|sent|dropped|given|slipped|left)\s+{_TO_EN}\s+(?:a|an|my)\s+(?:\w+\s+)?"
    r"(?:note|message|line|memo)\b|"
    rf"\bmessaged\s+{_TO_EN}\b|"
    r"\b(?:put|sent)\s+(?:a|my)\s+(?:\w+\s+)?(?:note|message|memo)\s+(?:through\s+|over\s+)?to\s+"
    rf"{_TO_EN}|"
    rf"\b(?:note|message|memo)\s+(?:for|to)\s+{_TO_EN}\s+(?:is|'s|has\s+been)\s+(?:\w+\s+)?"
    r"(?:written|sent|done)\b|"
    rf"\b{_TO_EN}(?:'s|\s+is)\s+getting\s+(?:a|the|my)\s+(?:\w+\s+)?(?:note|message)\b",
    _F,
)

# a note or message to someone at the salon promised, not yet written (convention 904, the lead's
# decision; claims122): "Ich schreibe Lena gleich eine Notiz, dass …", "Ich gebe Fabian Bescheid,
# dass Sie angerufen haben", "Ich hinterlasse der Chefin eine Nachricht", "I'll let Lena know you
# called", "I'll leave a note for Fabian", "I'll pass a message to the manager": the caller relies
# on it as taken, as on 870's note written. Not an offer or question ("Soll ich Lena Bescheid
# geben?"), a condition ("Sobald …, gebe ich dem Team Bescheid"), the caller told ("Ich sage
# Ihnen Bescheid", "I'll let you know"), a denial.
_SOON_DE = r"(?:(?:gleich|sofort|direkt|noch|dann|jetzt|kurz|mal|auch|gern|gerne)\s+)*"
_PROMISED_DE = lazy(
    rf"^\W*(?:(?:gut|okay|ok|alles\s+klar|klar|gerne?|dann|also)\W+)?ich\s+(?:schreibe|gebe|sage|hinterlasse|"
    rf"schicke|lege)\s+{_SOON_DE}{_TO_DE}\s+{_SOON_DE}(?:(?:eine|ein\s+paar|die)\s+)?(?:kurze\s+)?"
    r"(?:notiz|nachricht|zeilen|bescheid)\b",
    _F,
)
_SOON_EN = r"(?:(?:just|also|quickly|now|then|right\s+away|certainly|definitely)\s+)*"
_PROMISED_EN = lazy(
    rf"^\W*(?:(?:okay|ok|alright|right|sure|great|fine)\W+)?(?:i'll|i\s+will|i'm\s+going\s+to)\s+"
    rf"{_SOON_EN}(?:let\s+{_TO_EN}\s+know|tell\s+{_TO_EN}\s+(?:that\s+)?you|leave\s+(?:a\s+note|a\s+"
    rf"message|word)\s+(?:for|with)\s+{_TO_EN}|leave\s+{_TO_EN}\s+a\s+(?:\w+\s+)?(?:note|message)|"
    rf"pass\s+(?:a|the|your)\s+(?:message|note)\s+(?:on\s+)?to\s+{_TO_EN}|(?:drop|write|send)\s+"
    rf"{_TO_EN}\s+a\s+(?:\w+\s+)?(?:note|line|message))\b",
    _F,
)
# a note for someone at the salon that the speaker puts down or writes (convention 950, the lead's
# decision; claims126): "Ich notiere das für Lena", "Das schreibe ich Fabian als Notiz auf", "I'll
# put that down as a note for Fabian", "I'll write that down for the manager": a message promised
# (904). A note on the booking stays 870's record word ("Ich notiere das bei Ihrem Termin", "I'll
# put that down as a note on your booking"); a note for the caller is none.
_ROLE_DE = (
    r"(?:chef\w*|salonleitung|leitung|kolleg\w*|team|salon|inhaber\w*|stylist\w*|friseur\w*|"
    r"rezeption|mitarbeiter\w*|manager\w*)"
)
_FOR_DE = (
    rf"(?:(?:den|die|das|dem|der|unsere[nmr]?)\s+{_ROLE_DE}\b|"
    r"(?!ihr\w*\b|ihnen\b|sie\b|mich\b|mir\b|uns\b|euch\b|dich\b|dir\b|das\b|es\b|die\b|den\b|"
    rf"der\b|dem\b|später\b|nachher\b|alle\w*\b|{_DAYS})\w+)"
)
_ROLE_EN = (
    r"(?:manager|owner|team|salon|stylist|boss|front\s+desk|staff|colleagues?|receptionist|"
    r"salon\s+manager)"
)
_FOR_EN = (
    rf"(?:(?:the|our)\s+{_ROLE_EN}\b|"
    r"(?!you\b|your\w*\b|yourself\b|me\b|us\b|it\b|a\b|an\b|the\b|later\b|now\b|"
    rf"{_DAYS})\w+)"
)
_NOTE_FOR_DE = lazy(
    rf"\bich\s+notiere\s+{_SOON_DE}(?:(?:das|es|mir\s+das)\s+)?{_SOON_DE}für\s+{_FOR_DE}\b|"
    rf"\b(?:das|es)\s+notiere\s+ich\s+{_SOON_DE}für\s+{_FOR_DE}\b|"
    rf"\b(?:das|es)\s+schreibe\s+ich\s+{_SOON_DE}(?:für\s+)?{_FOR_DE}\s+(?:\w+\s+){{0,2}}?auf\b|"
    rf"\bich\s+schreibe\s+{_SOON_DE}(?:das|es)\s+{_SOON_DE}für\s+{_FOR_DE}\s+(?:\w+\s+){{0,2}}?auf\b",
    _F,
)
_NOTE_FOR_EN = lazy(
    rf"\b(?:i'll|i\s+will|i'm\s+going\s+to)\s+{_SOON_EN}(?:put|write|note|jot|take)\s+"
    r"(?:that|this|it)\s+(?:down\s+)?(?:as\s+a\s+note\s+)?for\s+"
    rf"{_FOR_EN}\b|"
    rf"\b(?:i'll|i\s+will)\s+{_SOON_EN}(?:make|leave)\s+a\s+note\s+(?:of\s+(?:that|it)\s+)?for\s+"
    rf"{_FOR_EN}\b",
    _F,
)
# thanks or greetings passed on (convention 950): no one is to act on them, no message claimed:
# "Ich richte Fabian Ihren Dank aus", "Schöne Grüße richte ich aus", "I'll pass on your thanks",
# "I'll tell Fabian you said hello"
_THANKS_PASSED = lazy(
    r"\b(?:ihren\s+dank|ihre\s+grüße|(?:schöne|liebe|herzliche|viele|beste)\s+grüße|"
    r"dass\s+sie\s+sich\s+bedankt|dass\s+sie\s+(?:grüßen|grüße\s+\w+)|your\s+(?:thanks|regards|"
    r"best\s+wishes|compliments|love)|you\s+said\s+(?:hello|hi|thanks|thank\s+you)|"
    r"you\s+say\s+(?:hello|hi)|you\s+send\s+your\s+(?:thanks|regards|love))\b|"
    # a courtesy welcomed, then passed on as it is (the lead's D61, convention 1128): "Oh, wie
    # nett, das richte ich dem Team gern aus" after "Ich bringe Kuchen mit", "How lovely, I'll
    # pass that on": the appreciation says it is a kindness, not something to act on
    r"^\W*(?:(?:oh|ach|ah|aw+|och)\W+)?(?:wie\s+|how\s+|das\s+ist\s+(?:ja\s+|aber\s+)?|"
    r"that's\s+(?:so\s+)?)(?:nett|lieb|süß|schön|kind|lovely|sweet|nice)\b[^.;!?]*?"
    r"\b(?:(?:das|that|it)\s+(?:richte|gebe)|pass(?:ing)?\s+(?:that|it)\s+on)\b",
    _F,
)
# what keeps a promised note from being one: a question, condition, offer or denial
_NOT_PROMISED = lazy(
    r"\?|\b(?:wenn|falls|ob|sofern|sobald|nachdem|soll|sollen|kann|können|könnte|darf|möchten|"
    r"möchte|hätte|wäre|würde|nicht|kein\w*|nie|if|whether|unless|once|shall|should|would|could|"
    r"can|not|never|no|want|like)\b|n't\b|\bas\s+soon\b",
    _F,
)

# a stylist or the team told
_TOLD_DE = lazy(
    rf"\b{_WHO_DE}\s+(?:ist|sind)\s+(?:jetzt\s+|nun\s+|schon\s+|bereits\s+|auch\s+)*"
    r"(?:informiert|im\s+bilde|vorgewarnt|benachrichtigt)\b|"
    r"\b(?!ihnen\b|sie\b|dir\b|uns\b|euch\b)\w+\s+bescheid\s+(?:gegeben|gesagt)\b|"
    rf"\b{_WHO_DE}\s+weiß\s+(?:jetzt\s+|nun\s+|schon\s+|bereits\s+)*bescheid\b|"
    r"\b(?:habe|hab|haben)\s+(?:ich\s+|wir\s+)?(?:\w+\s+){0,3}?(?:informiert|vorgewarnt|"
    r"benachrichtigt)\b",
    _F,
)
_TOLD_EN = lazy(
    r"\b(?:i've|we've|i\s+have|we\s+have)\s+(?:just\s+|already\s+|also\s+)?(?:let\s+\w+(?:\s+\w+)?"
    r"\s+know|told|informed|warned|notified|filled\s+\w+\s+in|looped\s+\w+\s+in|given\s+\w+\s+"
    r"(?:the|a)\s+heads-?up)\b|"
    rf"\b{_WHO_EN}(?:'s|\s+has|\s+have)\s+been\s+(?:told|informed|notified|filled\s+in)\b|"
    rf"\b{_WHO_EN}\s+knows\s+(?:you|that|about)\b",
    _F,
)
# not said done: a question, condition, negation, a promise or offer still to keep
_NOT_DONE = lazy(
    r"\?|\b(?:wenn|falls|ob|sofern|soll|sollen|werde|wird|kann|können|könnten|könnte|darf|dürfen|"
    r"möchten|möchte|hätte|hätten|wäre|würde|gestern|vorhin|nicht|kein\w*|nie|yesterday|"
    r"niemand\w*|nichts|if|whether|unless|shall|should|would|could|can|not|never|no|nobody|"
    r"nothing|want|like)\b|n't\b|\bno\s+one\b|"
    r"\b(?:i|we|they|she|he)(?:'ll|\s+will)\b|\bwill\s+(?:be\s+)?pass",
    _F,
)
# a note of the caller's passed on to someone beside an outcome is still a message ("…, and I've
# passed your note about the long hair on to Fabian"); a note put on the booking is the booking's
# (convention 77), a request beside its day a booking request
_PASSED_NOTE = lazy(
    r"\b(?:nachricht|notiz|beschwerde|note|message|complaint)\b[^.;!?]*?\b(?:weiter\w+|"
    r"ausgerichtet|übermittelt|hinterlassen|passed|forwarded|on\s+to)\b|\b(?:weiter\w+|hinterlassen|"
    r"passed|forwarded|left\s+\w+)\b[^.;!?]*?\b(?:nachricht|notiz|beschwerde|note|message|complaint)\b",
    _F,
)
# the salon's yes awaited: a booking request passed on (pending, convention 1)
_AWAITED = lazy(
    r"\b(?:freigabe|zusage|zusagen|zustimm\w*|bestätig\w*|genehmig\w*|wartet|warten|approv\w*|"
    r"okay|ok|pending|waiting|confirm\w*|accept\w*)\b",
    _F,
)
# a booking request passed on is a pending request, not a message (convention 1)
_REQUEST_OBJECT = lazy(
    r"\b(?:ihre|die|ihren|den|your|the)\s+(?:\w+\s+)?(?:buchungs|termin)?(?:anfrage|buchung|"
    r"reservierung|stornierung|absage|verschiebung|umbuchung|termin|booking|appointment|"
    r"cancell?ation|reservation)\b|\bbooking\s+request\b",
    _F,
)
# an outcome said beside the telling: a day or time, the appointment, a booking word
_OUTCOME = lazy(
    r"\d|\b(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|"
    r"morgen|übermorgen|heute|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|today)\b|\b\w*termin\w*|\b(?:buch|gebucht|eingetragen|storn|abgesagt|verschoben|"
    r"verlegt|erwartet|rechnet|freut|booked|booking|cancel|moved|reschedul|appointment|coming|"
    r"expect|eingeplant|einplan|angekündigt|vorbereitet|platz|besuch|eingebucht)\w*|"
    r"\b(?:kommen|kommt|plant\s+sie|see\s+you|you're\s+in|in\s+for|for\s+it)\b",
    _F,
)
_DROPPED = frozenset({K.BOOKED, K.DONE, K.PENDING})
# where the note's content starts: what the stylist is to hear or do, a condition of its own
# inside it ("…, dass Sie ihn sprechen möchten", "a note for Fabian to call your client if
# you're still off on Friday", "I'll let Mehmet know you'd like …", claims143): the act of
# leaving the note stays said. "to" starts the content before a verb only ("a note to ring
# you"), not before whom the note is for ("a message to the manager if you like").
_CONTENT = lazy(
    r",?\s+(?P<c>dass)\b|\b(?:note|message|word|line|know)\b(?:\s+(?:for|with)\s+(?:the\s+)?\w+)?"
    r"\s+(?P<e>that|saying|you|to\s+(?P<verb>\w+))\b",
    _F,
)


_NOTE_NOUN = lazy(r"\b(?:notiz|nachricht|zeilen|note|message|word|line)\b", _F)


def _act(text: str) -> str:
    """`text` up to the content of the note it leaves (see `_CONTENT`), a question mark kept;
    the whole text where no note is named: what a stylist is told ("Fabian weiß Bescheid, dass
    du nicht kommst") is news of an outcome (761), its negation the outcome's."""
    if not _NOTE_NOUN.search(text):
        return text
    for m in _CONTENT.finditer(text):
        verb = m.group("verb")
        if verb and not _a_verb(verb):
            continue
        start = m.start("c") if m.group("c") else m.start("e")
        return text[:start] + ("?" if "?" in text[start:] else "")
    return text


def _a_verb(word: str) -> bool:
    """Whether `word` after "to" is a verb the note asks for, not whom it goes to: an English
    word of the dictionary that is no name and no determiner or pronoun."""
    if word in {"the", "a", "an", "your", "our", "my", "his", "her", "their", "him", "them",
                "me", "us", "you", "it", "whoever", "someone"}:  # fmt: skip
        return False
    return morph.is_known(word, "en") and not morph.is_proper_name(word)


def _is_message(c: Claim) -> bool:
    return c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.MESSAGE


def messages_given(sentence: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the message said taken or passed on (see above)."""
    text = fold(sentence).text
    if any(c.kind is K.FOLLOW_UP and c.follow_up is FollowUp.CALLBACK for c in claims):
        return claims  # a request passed on beside a call promised stays the callback (55)
    if _THANKS_PASSED.search(text) and not _OUTCOME.search(text):
        return tuple(c for c in claims if not _is_message(c))  # thanks passed on (950)
    promised = (_PROMISED_EN if lang == "en" else _PROMISED_DE).search(text)
    promised = promised or (_NOTE_FOR_EN if lang == "en" else _NOTE_FOR_DE).search(text)
    act = _act(text)
    if promised is not None and not _NOT_PROMISED.search(act):
        rest = text[promised.end() :]
        if not _OUTCOME.search(rest) and not any(_is_message(c) for c in claims):
            return (*claims, Claim(K.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.MESSAGE))
    if _NOT_DONE.search(act) or _REQUEST_OBJECT.search(text) or _AWAITED.search(text):
        return claims
    en = lang == "en"
    note = (_NOTE_EN if en else _NOTE_DE).search(text)
    written = None if note else (_WRITTEN_TO_EN if en else _WRITTEN_TO_DE).search(text)
    note = note or written
    told = None if note else (_TOLD_EN if en else _TOLD_DE).search(text)
    said = note or told
    if said is None:
        return claims
    rest = text[: said.start()] + " " + text[said.end() :]
    if _OUTCOME.search(rest) or _OUTCOME.search(said.group()):
        if told is not None or (written is None and not _PASSED_NOTE.search(text)):
            return claims  # the stylist told of the outcome: its news (761)
    else:  # nothing but the message: the record and telling words read no outcome
        claims = tuple(c for c in claims if c.kind not in _DROPPED)
    if any(_is_message(c) for c in claims):
        return claims
    return (*claims, Claim(K.FOLLOW_UP, 0, len(sentence), follow_up=FollowUp.MESSAGE))


# a message being taken now, asked for or needed: "ich speichere Ihre Nachricht", "dann nehme ich
# jetzt Ihre Nachricht auf", "Dafür müsste ich eine Nachricht aufnehmen", "I'm saving your
# message", "let me take your message down"
_IN_HAND_DE = lazy(
    r"\b(?:nehme|speichere|notiere|schreibe|lege|erfasse|tippe)\s+(?:ich\s+)?(?:\w+\s+){0,3}?"
    r"(?:ihre|die|eine)\s+(?:nachricht|notiz)\b|"
    r"\b(?:müsste|müssten|würde|könnte|kann|darf|soll)\s+(?:ich\s+)?(?:\w+\s+){0,4}?"
    r"(?:nachricht|notiz)\s+(?:\w+\s+){0,3}?(?:aufnehmen|anlegen|speichern|hinterlassen|"
    r"schreiben|notieren)\b",
    _F,
)
_IN_HAND_EN = lazy(
    r"\b(?:i'm|i\s+am)\s+(?:just\s+|now\s+)?(?:saving|taking|writing|noting|typing|recording|"
    r"logging|jotting)\s+(?:down\s+)?(?:your|the|a)\s+(?:\w+\s+)?(?:message|note)\b|"
    r"\blet\s+me\s+(?:just\s+)?(?:save|take|write|note|jot|log)\s+(?:down\s+)?(?:your|that|the)"
    r"\s+(?:\w+\s+)?(?:message|note)\b|"
    r"\b(?:i'd|i\s+would)\s+(?:need|have)\s+to\s+take\s+(?:a|your)\s+message\b",
    _F,
)
_DONE_DE = lazy(
    r"\b(?:habe|hab|ist|sind|wurde)\b[^.;!?]*?\b(?:gespeichert|aufgenommen|notiert|hinterlassen|"
    r"angelegt|geschrieben|aufgeschrieben)\b",
    _F,
)
_DONE_EN = lazy(
    r"\b(?:i've|i\s+have|has\s+been|is|'s)\s+(?:\w+\s+)?(?:saved|taken|written|noted|logged|left)\b",
    _F,
)


def without_message_in_hand(
    sentence: str, lang: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without a message claim read in a message still being taken (see above)."""
    if not any(_is_message(c) for c in claims):
        return claims
    text = fold(sentence).text
    en = lang == "en"
    if not (_IN_HAND_EN if en else _IN_HAND_DE).search(text):
        return claims
    if (_PROMISED_EN if en else _PROMISED_DE).search(text):
        return claims  # "Ich schreibe Lena gleich eine Notiz": to someone at the salon (904)
    if (_DONE_EN if en else _DONE_DE).search(text):
        return claims  # "Ich habe Ihre Nachricht gespeichert", "I've saved your message"
    return tuple(c for c in claims if not _is_message(c))
