"""A bare success in words the clause readers do not read: "Zack, fertig", "Schwupps, ist
durch", "Ist alles geklärt, da passiert nichts mehr", "Alles geregelt, da brauchen Sie nichts mehr
zu tun", "Job's a good 'un", "That's you sorted, nothing more to do", "Everything's settled, nothing else will happen" (blind 11, 12).

Said with nothing named, each is the call's latest outcome: DONE (backed, as "Erledigt!", by a
booking or a cancellation being the call's last outcome). The "nothing more" of the German and
English forms is the success's consequence, not a negation of it. Not: questions, conditions,
the agent's own work ("Ich bin gleich fertig mit dem Nachschauen": no interjection before it),
what is left to do ("Ist alles geklärt?").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_CONDITION = lazy(
    r"\b(?:wenn|falls|ob|sofern|sobald|sonst|if|whether|unless|once|when|otherwise)\b"
)

RULES = (
    # an interjection and "fertig" / "durch" alone: "Zack, fertig.", "Schwupps, ist durch!"
    Rule(
        "de",
        K.DONE,
        lazy(r"\b(?:zack|schwupps|tada|bäm|voilà|voila|zackbumm)\b"),
        lazy(
            r"^\W*(?:zack(?:\W+zack)?|schwupps|tada|bäm|voilà|voila|zackbumm)\W+"
            r"(?:(?:ist|alles|ist\s+alles|schon)\s+)?(?:fertig|durch|erledigt|gemacht)\W*$"
        ),
    ),
    # "Ist alles geklärt, da passiert nichts mehr", "Alles geregelt, da kommt nichts mehr nach",
    # "… da brauchen Sie nichts mehr zu tun"
    Rule(
        "de",
        K.DONE,
        lazy(r"\bnichts\s+mehr\b"),
        lazy(
            r"^\W*(?:(?:ist|das\s+ist|jetzt\s+ist)\s+)?(?:jetzt\s+)?alles\s+(?:schon\s+)?"
            r"(?:geklärt|geregelt|erledigt|gemacht|durch)\s*[,–—-]\s*da\s+(?:passiert|kommt|"
            r"brauchen\s+sie|müssen\s+sie)\s+nichts\s+mehr\b"
        ),
        unless=_CONDITION,
    ),
    # blind 51 (claims128), bureaucratic: "Ihr Anliegen wurde vollständig bearbeitet", "Seitens
    # des Salons ist nichts mehr offen", "Ihre Angelegenheit ist abschließend erledigt"
    Rule(
        "de",
        K.DONE,
        lazy(r"anliegen|angelegenheit|offen"),
        lazy(
            r"^\W*(?:ihr\s+anliegen|ihre\s+angelegenheit)\s+(?:wurde|ist)\s+(?:\w+\s+)?(?:vollständig|"
            r"abschließend|vollumfänglich)\s+(?:bearbeitet|erledigt)\W*$|"
            r"^\W*(?:seitens\s+des\s+salons|von\s+unserer\s+seite|unsererseits)\s+ist\s+nichts\s+mehr\s+"
            r"offen\W*$"
        ),
        unless=_CONDITION,
    ),
    # "Job's a good 'un."
    Rule(
        "en",
        K.DONE,
        lazy(r"\bjob"),
        lazy(r"\bjob'?s\s+a\s+good\s+'?un\b"),
        unless=NOT_STATED,
    ),
    # "That's you sorted, nothing more to do": a bare success (DONE), not the booking "you're
    # sorted for Friday" is
    Rule(
        "en",
        K.DONE,
        lazy(r"\bsorted\b"),
        lazy(
            r"^\W*(?:that's|that\s+is)\s+you\s+(?:all\s+)?sorted\s*(?:[,–—]\s*nothing\s+(?:more|"
            r"else)\b[^.!?]*)?[.!]?\s*$"
        ),
        unless=_CONDITION,
        replaces=frozenset({K.BOOKED}),
    ),
    # "Everything's settled, nothing else will happen", "It's all sorted, nothing more to do"
    Rule(
        "en",
        K.DONE,
        lazy(r"\bnothing\s+(?:else|more)\b"),
        lazy(
            r"^\W*(?:everything|it|that|all)(?:'s|\s+is)\s+(?:all\s+|now\s+)?(?:settled|sorted|"
            r"handled|taken\s+care\s+of)\s*[,–—-]\s*nothing\s+(?:else|more)\s+(?:will\s+happen|"
            r"to\s+do|needed|for\s+you\s+to\s+do|to\s+worry\s+about)\b"
        ),
        unless=_CONDITION,
    ),
)
