"""The caller's appointment said kept or unchanged in words the other readers do not list (blind
15): "The reschedule failed, so it stays Friday at ten", "We're keeping Friday", "We'll stick
with Friday", "Your booking hasn't changed", "nothing about the appointment has changed", "Your
appointment is left untouched / exactly as it was", "Am Termin selbst hat sich nichts geändert",
"An Ihrer Buchung hat sich nichts verändert", "Ihr Termin ist so geblieben, wie er war", "Ihr
Termin ist genau so, wie er vorher war", "Ihr Freitagstermin ist unberührt geblieben", "also
bleibt es bei Freitag um zehn", "Wir behalten den Freitag", "dann lassen wir Freitag zehn so,
wie er ist", "we'll keep Friday at ten then", "we'll leave Friday at ten as it is" (blind 39).

STANDS with the details the sentence names: true where a booking that is not a move's new place
stands (after a failed move or cancel, or where nothing was asked), false where nothing is
booked and after the move itself; it replaces the booking the clause readers read in "ist so
geblieben" or "left untouched". The negation in "hasn't changed" / "nichts geändert" is the
claim's own. Not: questions, conditions, another person's appointment, a wish ("Wollen Sie den
Freitag behalten?").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_KEPT = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|möchten|wollen|würde|soll|if|whether|unless|once|would|"
    r"should|shall|want|like)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b"
)
_APPT_DE = r"(?:ihre[mnr]?\s+|dem\s+|der\s+)?(?:\w*termin|buchung)"
_APPT_EN = r"(?:your|the)\s+(?:\w+\s+)?(?:appointment|booking)"

# blind 44 (claims109): the appointment pointed to said to stay ("Der bleibt, wie er ist.", "Der
# ist unverändert.", "Der bleibt ebenfalls.", "An dem ändert sich nichts.", "That one stays as it
# is.", "That one's unchanged.", "Nothing's changed with that one."), the answer about the
# caller's other appointment, or standing alone
_LEAD_DE = r"^\W*(?:(?:ja|genau|nein|und|also|gut)\W+)*"
_LEAD_EN = r"^\W*(?:(?:yes|yeah|yep|no|and|oh|well)\W+)*"
_STAYS_DE = lazy(
    _LEAD_DE + r"(?:der|er)\s+(?:bleibt|ist|bleibt\s+auch)\s+(?:(?:auch|ebenfalls|ebenso|natürlich|"
    r"selbstverständlich|weiterhin|so)\s+)*(?:unverändert|bestehen|unberührt|so\s*,?\s*wie\s+er\s+"
    r"(?:ist|war))\b|"
    + _LEAD_DE
    + r"(?:der|er)\s+bleibt(?:\s+(?:auch|ebenfalls|ebenso|natürlich|selbstverständlich|so))*"
    r"(?=\s*(?:,\s*wie\s+er\s+(?:ist|war)\W*$|[.!]?\s*$))|"
    + _LEAD_DE
    + r"an\s+(?:dem|ihm)\s+(?:ändert\s+sich|hat\s+sich)\s+(?:\w+\s+)?nichts\b"
)
_STAYS_EN = lazy(
    _LEAD_EN + r"(?:that(?:\s+one)?|it)(?:'s|\s+is)\s+(?:still\s+|also\s+)?(?:unchanged|untouched|"
    r"as\s+it\s+was)\b|"
    + _LEAD_EN
    + r"(?:that(?:\s+one)?|it)\s+stays(?:\s+(?:as\s+it\s+is|put|the\s+same|as\s+well|too))*\W*$|"
    + _LEAD_EN
    + r"nothing(?:'s|\s+has)\s+changed\s+(?:there|with\s+(?:that(?:\s+one)?|it))\b"
)

# blind 55 (claims142): the terse voice's whole answer that all stays as it was ("Nein, alles wie
# gehabt.", "Es bleibt alles wie gehabt.", "Ihr Termin ist wie gehabt.", "Nope, still on.", "It's
# still on.", "Yes, still on for Friday.", "Your appointment is still happening."); not "wie gehabt" of a habit ("Sie bekommen wie gehabt
# eine SMS") nor the speaker or someone else still on something ("I'm still on the phone")
_AS_BEFORE_DE = lazy(
    _LEAD_DE
    + r"(?:(?:es\s+)?(?:ist|bleibt)\s+)?(?:(?:alles|es|der|er|ihr\s+termin|der\s+termin)\s+)?"
    r"(?:(?:ist|bleibt)\s+)?(?:(?:also|weiterhin|noch|so|alles)\s+)*wie\s+gehabt\W*$"
)
# the lead's D27 (convention 1094): the bare German twin "(Nein,) steht noch." / "Steht also noch."
# is 1051's "steht noch" without its pronoun: `stands`, as "Nope, still on."; not "steht noch aus"
_STILL_STANDS_DE = lazy(
    _LEAD_DE
    + r"(?:(?:also|immer|weiterhin|doch|ja)\s+)*steht\s+(?:(?:also|immer|weiterhin|doch|ja)\s+)*"
    r"noch(?:\s+(?:immer|so|genauso))?\W*$"
)
# the same answer said after a denied change (blind 55, claims172): the small model's "No, I did
# not moved anything, it is same like before.", "Everything is the same as before.", "Nein,
# verschoben habe ich nichts, alles ist wie vorher."; a clause of its own, where it ends
_SAME_AS_BEFORE = lazy(
    _LEAD_EN
    + r"(?:it|everything|all|your\s+appointment|the\s+appointment)(?:'s|\s+is)\s+(?:(?:still|all|"
    r"just|exactly)\s+)*(?:the\s+)?same\s+(?:as|like)\s+before\W*$|"
    + _LEAD_DE
    + r"(?:alles|es|ihr\s+termin|der\s+termin)\s+(?:ist|bleibt)\s+(?:(?:noch|weiterhin|genau|also)"
    r"\s+)*(?:so\s+)?wie\s+(?:vorher|zuvor|bisher)\W*$"
)
# what keeps it unsaid: `_NOT_KEPT` but "like", the small model's "same like before"
_NOT_KEPT_SAME = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|möchten|wollen|würde|soll|if|whether|unless|once|would|"
    r"should|shall|want)\b|"
    r"\b(?:ihre?s?|ihrer|your)\s+(?:sohn\w*|tochter|mann\w*|frau|mutter|vater\w*|freund\w*|son|"
    r"daughter|husband|wife|friend|mother|father|partner\w*)\b"
)
_STILL_ON_EN = lazy(
    _LEAD_EN
    + r"(?:(?:it|that(?:\s+one)?|yours|your\s+appointment|the\s+appointment)(?:'s|\s+is)\s+)?"
    r"still\s+(?:on|happening|going\s+ahead|taking\s+place)(?:\s+for\s+\w+(?:\s+at\s+\w+)?)?\W*$"
)

# blind 40 (claims115): a slot kept aside or free for the caller is held, not kept as it was ("We'll
# keep Friday at ten aside for you for now", "We're keeping Friday at ten free for you")
_NOT_ASIDE = r"(?![^.!?;,–—]*\b(?:aside|free|open|back|reserved|on\s+hold)\b)"

RULES = (
    Rule("de", K.STANDS, lazy(r"gehabt"), _AS_BEFORE_DE, unless=_NOT_KEPT),
    Rule(
        "",
        K.STANDS,
        lazy(r"same\s+(?:as|like)\s+before|wie\s+(?:vorher|zuvor|bisher)"),
        _SAME_AS_BEFORE,
        unless=_NOT_KEPT_SAME,
        clause=True,
        unless_sentence=lazy(r"\b(?:wenn|falls|sofern|if|unless|whether)\b"),
    ),
    # blind 58 (claims166): "still happening" / "going ahead" / "taking place" as "still on", the
    # statement a yes to "Is my appointment still happening?" affirms
    Rule(
        "en",
        K.STANDS,
        lazy(r"still\s+(?:on|happening|going\s+ahead|taking\s+place)"),
        _STILL_ON_EN,
        unless=_NOT_KEPT,
    ),
    Rule(
        "de",
        K.STANDS,
        lazy(r"steht"),
        _STILL_STANDS_DE,
        unless=_NOT_KEPT,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "de",
        K.STANDS,
        lazy(r"bleibt|unverändert|unberührt|ändert"),
        _STAYS_DE,
        unless=_NOT_KEPT,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"stays|unchanged|untouched|as\s+it\s+was|changed"),
        _STAYS_EN,
        unless=_NOT_KEPT,
    ),
    Rule(
        "de",
        K.STANDS,
        lazy(r"geändert|verändert|geblieben|war|unberührt|bleibt|behalten|lassen"),
        lazy(
            rf"\ba[nm]\s+{_APPT_DE}\s+(?:selbst\s+)?hat\s+sich\s+(?:gar\s+|überhaupt\s+)?nichts\s+"
            r"(?:ge|ver)ändert\b|"
            # the change not made by anyone, or made by no one (blind 58, claims161): "Der
            # Kalender hat an Ihrem Termin nichts verändert", "An Ihrem Termin wurde nichts geändert"
            rf"\b(?:hat|habe|haben)\s+a[nm]\s+{_APPT_DE}\s+(?:selbst\s+)?(?:gar\s+|überhaupt\s+)?"
            r"nichts\s+(?:ge|ver)ändert\b|"
            rf"\ba[nm]\s+{_APPT_DE}\s+(?:selbst\s+)?wurde\s+(?:gar\s+|überhaupt\s+)?nichts\s+"
            r"(?:ge|ver)ändert\b|"
            rf"\b{_APPT_DE}\s+ist\s+(?:genau\s+|also\s+)?so(?:\s+geblieben)?\s*,?\s+wie\s+(?:er|sie)\s+"
            r"(?:vorher\s+|vorhin\s+|ursprünglich\s+)?war\b|"
            rf"\b{_APPT_DE}\s+(?:ist|bleibt)\s+(?:\w+\s+)?unberührt\b|"
            rf"\bbleibt\s+es\s+(?:also\s+|dann\s+)?bei\s+(?:{_DAY}|{_APPT_DE})\b|"
            rf"\bwir\s+behalten\s+(?:also\s+|dann\s+)?(?:den\s+)?(?:{_DAY}|{_APPT_DE})\b|"
            # blind 39 (claims95): "dann behalten wir Freitag um zehn", "dann lassen wir Freitag
            # zehn so, wie er ist": the appointment left as it is
            rf"\bbehalten\s+wir\s+(?:also\s+|dann\s+|doch\s+)?(?:den\s+)?(?:{_DAY}|{_APPT_DE})\b|"
            rf"\b(?:lassen\s+wir|wir\s+lassen)\s+(?:also\s+|dann\s+|doch\s+)?(?:den\s+|ihren\s+)?"
            rf"(?:{_DAY}|{_APPT_DE})\b[^.!?;]*?\b(?:so\s*)?,?\s*wie\s+(?:er|es|sie)\s+ist\b"
        ),
        unless=_NOT_KEPT,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"change|untouched|touched|as\s+it\s+was|stays|keep|stick|leave"),
        lazy(
            rf"\b{_APPT_EN}\s+(?:itself\s+)?(?:hasn't|has\s+not)\s+(?:been\s+)?(?:changed|touched)\b|"
            rf"\bnothing\s+(?:about|with|on)\s+{_APPT_EN}\s+(?:has\s+)?changed\b|"
            rf"\b{_APPT_EN}\s+is\s+(?:left\s+|still\s+)?(?:untouched|unchanged|exactly\s+as\s+it\s+"
            r"was|just\s+as\s+it\s+was|as\s+it\s+was)\b|"
            rf"\b(?:it|that)\s+stays\s+(?:on\s+|at\s+)?(?:{_DAY}|as\s+it\s+(?:is|was))\b|"
            rf"\bwe(?:'re|\s+are|'ll|\s+will)?\s+(?:keeping|keep|sticking\s+with|stick\s+with|"
            rf"staying\s+with|stay\s+with)\s+(?:{_DAY}|{_APPT_EN})\b{_NOT_ASIDE}|"
            # blind 39 (claims95): "we'll leave Friday at ten as it is"
            rf"\bwe(?:'ll|\s+will)?\s+leave\s+(?:{_DAY}|{_APPT_EN})\b[^.!?;]*?\bas\s+it\s+is\b"
        ),
        unless=_NOT_KEPT,
        replaces=frozenset({K.BOOKED}),
    ),
)
