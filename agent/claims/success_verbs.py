"""Outcomes said by a success or ability verb (blind 29, claims55; conventions 28, 34, 39, 45).

The act a success verb governs is the claim: "Es ist mir gelungen, Sie unterzubringen", "Ich
hab's hinbekommen, den Termin festzuzurren", "I managed to get you in", "Fortunately I was able
to book it" are bookings (not the bare success `done` that is true after a cancellation too);
"geschafft, den Termin rauszunehmen", "Cancelling it went fine" cancellations. A success said
bare and short, or in a tag question ("Lief reibungslos.", "Pulled it off!", "Ging doch schnell,
oder?", "That went smoothly, didn't it?") is the bare success `done` (34); "We got you" and "I
got Friday at ten" the booking. "could" is past
ability only after a word of luck ("Luckily I could slot you in"); without it it offers (2).
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule, rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_SUCCEEDED_DE = r"\b(?:geschafft|gelungen|geglückt|hinbekommen|hingekriegt)\b"
# a zu-infinitive of putting in ("reinzubekommen", "einzutragen", "unterzubringen", "festzumachen")
_PUT_IN_DE = (
    r"\b(?:\w*(?:rein|ein|unter|fest|dazwischen|dran)zu(?:bekommen|kriegen|tragen|buchen|bringen|"
    r"machen|zurren|schieben|quetschen|schleusen|nehmen)|zu\s+buchen|fest\s+zu\s+machen)\b"
)
_TAKE_OUT_DE = (
    r"\b(?:\w*(?:raus|heraus|aus|ab)zu(?:nehmen|tragen|sagen|streichen)|zu\s+stornieren|"
    r"zu\s+streichen|zu\s+löschen)\b"
)
_SUCCEEDED_EN = (
    r"\b(?:managed|was\s+able|were\s+able|been\s+able|succeeded\s+in|"
    r"(?:luckily|fortunately|happily|thankfully|lucky\s+you|good\s+news)\W+(?:i|we)\s+could)\b"
)
_PUT_IN_EN = (
    r"\s+(?:to\s+)?(?:book|booking|get(?:ting)?\s+(?:you|it|that)\s+(?:in|booked|entered)|"
    r"(?:slot|squeez|fit|pencil|pop|lock)\w*\s+(?:you|it|that)\s+in)\b"
)
_TAKE_OUT_EN = r"\s+(?:to\s+)?(?:cancel\w*|call\s+(?:it|that)\s+off|take\s+(?:it|that)\s+out)\b"
# a bare success, the whole sentence, or with a tag question after it
_TAG_DE = r"(?:\s*,\s*(?:oder|nicht|gell|ne|nicht\s+wahr)\s*\?)?"
_TAG_EN = r"(?:\s*,\s*(?:didn't|wasn't|isn't|hasn't)\s+it\s*\?|\s*,\s*right\s*\?)?"
# a rhetorical lead before it (blind 32, claims67): "Sehen Sie, ging doch ganz schnell!", "See, …"
_LEAD_DE = r"^\W*(?:(?:sehen\s+sie|siehste|siehst\s+du|na\s+also|na|also|tja)\s*,?\s+)?"
_LEAD_EN = r"^\W*(?:(?:see|there|look|told\s+you|there\s+you\s+go)\s*,?\s+)?"
_BARE_DE = lazy(
    _LEAD_DE + r"(?:das\s+|es\s+|alles\s+)?(?:ging|lief|klappte)\s+(?:doch\s+|ja\s+|alles\s+|"
    r"wirklich\s+)?(?:glatt|reibungslos|problemlos|wie\s+geschmiert|wie\s+am\s+schnürchen|"
    r"ohne\s+probleme)(?:\s+durch)?"
    + _TAG_DE
    + r"\W*$|"
    + _LEAD_DE
    + r"(?:das\s+|es\s+)?(?:ging|lief)\s+(?:doch|ja)\s+(?:(?:ganz|so|richtig|echt)\s+)?"
    r"(?:schnell|flott|fix)"
    + _TAG_DE
    + r"\W*$|"
    # the bare "Ging doch!", "Klappt doch, oder?": the affirming "doch" says it worked
    + _LEAD_DE
    + r"(?:das\s+|es\s+)?(?:ging|klappt|klappte|lief)\s+doch"
    r"(?:\s*,\s*(?:oder|nicht|gell|ne|nicht\s+wahr)\s*\?|\s*[.!]*)\s*$"
)
_BARE_EN = lazy(
    r"^\W*(?:(?:i|we)\s+)?(?:managed\s+it|pulled\s+it\s+off)\W*$|"
    + _LEAD_EN
    + r"(?:that|it)\s+(?:went|ran)\s+(?:very\s+|really\s+)?(?:smoothly|without\s+a\s+hitch|"
    r"like\s+clockwork|like\s+a\s+charm)" + _TAG_EN + r"\W*$|"
    r"^\W*(?:that|it)\s+was\s+(?:very\s+|really\s+)?(?:quick|painless|easy)\s*,\s*"
    r"(?:wasn't\s+it|right)\s*\?\W*$|"
    r"^\W*(?:that's|it's|that\s+is|it\s+is)\s+long\s+(?:since\s+)?done\W*$"
)


# what the caller reports is theirs, not the speaker's claim ("You're saying the cancellation went
# through – who told you that?")
_REPORTED = lazy(
    NOT_STATED.pattern + r"|\b(?:saying|say|said|told|heard|think|sagen|sagten|meinen|meinten|"
    r"gehört|glauben)\b"
)


def _r(lang: str, kind: ClaimKind, trigger: str, pattern: str, **kw) -> Rule:
    kw.setdefault("unless", _REPORTED)
    return rule(lang, kind, trigger, pattern, **kw)


RULES = (
    _r("de", K.BOOKED, _SUCCEEDED_DE, _SUCCEEDED_DE + r"[^.;!?]*?" + _PUT_IN_DE,
       replaces=frozenset({K.DONE})),
    _r("de", K.CANCELLED, _SUCCEEDED_DE, _SUCCEEDED_DE + r"[^.;!?]*?" + _TAKE_OUT_DE,
       replaces=frozenset({K.DONE})),
    _r("en", K.BOOKED, r"managed|able|succeeded|could", _SUCCEEDED_EN + _PUT_IN_EN,
       replaces=frozenset({K.DONE})),
    _r("en", K.CANCELLED, r"managed|able|succeeded|could", _SUCCEEDED_EN + _TAKE_OUT_EN,
       replaces=frozenset({K.DONE})),
    # "We got you.", "I got Friday at ten, but …": the slot got is the booking (its own clause)
    _r("en", K.BOOKED, r"got",
       r"^\W*we(?:'ve)?\s+got\s+you\W*$|"
       # past "got", not "I've got Thursday at three" (a slot on offer)
       rf"^\W*(?:i|we)\s+got\s+(?:you\s+)?(?:in\s+(?:on|for)\s+)?{_DAY}\s+at\s+\w+\b",
       clause=True),
    # "That's your appointment sorted, isn't it?": the caller's appointment said sorted is booked
    # (a tag question says it as fact)
    _r("en", K.BOOKED, r"sorted|fixed|set\s+up",
       r"^\W*(?:that's|that\s+is|there's)\s+your\s+(?:appointment|booking|visit)\s+(?:all\s+)?"
       r"(?:sorted|sorted\s+out|fixed|set\s+up)\b(?:\s*,\s*(?:isn't|is\s+not)\s+it\s*\?)?\W*$",
       questions=True, unless=None),
    # "Cancelling Friday worked fine", "The cancellation went through without a hitch"
    _r("en", K.CANCELLED, r"cancel",
       r"\bcancel+(?:ing|ation)\s+(?:\w+\s+){0,3}?(?:worked|went\s+(?:fine|smoothly|through)|"
       r"was\s+(?:successful|no\s+problem))\b"),
    Rule("de", K.DONE, lazy(r"ging|lief|klappt"), _BARE_DE, questions=True, unless=None),
    Rule("en", K.DONE, lazy(r"managed|pulled|went|ran|was|done"), _BARE_EN,
         questions=True, unless=None),
)  # fmt: skip
