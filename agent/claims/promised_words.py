"""Follow-ups promised in words the clause readers do not know: a text ("Ich schicke Ihnen die
Details aufs Handy", "Gleich piept Ihr Handy, da kommt die Bestätigung", "Ich texte Ihnen die
Uhrzeit", "I'll send the details to your mobile", "Expect a text from us", "Your phone will
buzz with the confirmation"), a reminder ("Sie werden vor dem Termin automatisch erinnert",
"Ein Erinnerungsanruf kommt am Morgen", "Wir pingen Sie am Tag davor an, damit Sie's nicht
vergessen", "You'll be reminded automatically", "We'll ping you a day ahead so it doesn't slip
your mind"), a callback ("Sie werden zurückgerufen, sobald jemand frei ist") and a message
passed on ("Ich habe Fabian Ihre Nachricht hinterlassen", "Ihre Bitte um Rückruf liegt jetzt
beim Salon", "Your callback request is with the salon").

Each is a FOLLOW_UP claim backed as `decide` says (a reminder by nothing). Not: questions,
conditions, negations ("Erinnerungen verschicken wir leider nicht"; a reminder's own purpose,
"damit Sie es nicht vergessen", is no negation).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
F = FollowUp
# negation, but not the purpose of a reminder ("so you don't forget", "damit Sie's nicht
# vergessen")
_UNLESS_REMINDER = lazy(
    r"\b(?:(?!keine\s+sorge)kein\w*|nichts|nie|niemals|wenn|falls|ob|sofern|leider|"
    r"no(?!\s+(?:worries|problem))|nothing|never|if|whether|"
    r"unless|unfortunately)\b|"
    # (a reminder promised to every client is promised to this caller too: the lead's D69)
    r"(?:\bnicht|\bnot|n't)\b(?!\s+(?:\w+\s+){0,2}(?:vergessen|verpassen|forget|slip|miss))"
)

RULES = (
    # a text
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"handy|telefon|smartphone|texte|simse"),
        lazy(
            r"\b(?:aufs|auf\s+ihr)\s+(?:handy|telefon|smartphone)\b[^.!?]*\b(?:schicke|schicken|"
            r"sende|senden|kommt|bekommen|kriegen|erhalten|geht)\b|"
            r"\b(?:schicke|schicken|sende|senden|kommt|bekommen|kriegen|erhalten|geht)\b[^.!?]*"
            r"\b(?:aufs|auf\s+ihr)\s+(?:handy|telefon|smartphone)\b|"
            # the caller's phone, not the salon's ringing all day (blind 19: "das Telefon klingelt
            # ständig")
            r"(?<!das\s)\b(?:handy|telefon|smartphone)\s+(?:\w+\s+)?(?:piept|vibriert|klingelt|"
            r"brummt|summt)(?!\s+(?:ständig|dauernd|pausenlos|ununterbrochen))|"
            r"\b(?:piept|vibriert|brummt|summt)\s+(?:\w+\s+)?ihr\s+(?:handy|telefon|smartphone)\b|"
            r"\b(?:ich|wir)\s+(?:texte|simse|texten|simsen)\b|\b(?:texte|simse|texten|simsen)\s+"
            r"(?:ich|wir)\b"
        ),
        F.TEXT,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"confirmation|send|text|expect|phone|mobile"),
        lazy(
            r"\bconfirmation\b[^.!?]*\b(?:come|coming|arrive|be\s+sent|been\s+sent|go\s+out|gone\s+out|"
            r"went\s+out)\s+(?:through\s+)?"
            r"(?:by|via|per|as\s+an?)\s+(?:sms|text|e-?mail)\b|"
            r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+(?:\w+\s+)?(?:send|text|message)\b"
            r"[^.!?]*\bto\s+your\s+(?:mobile|phone|cell|email|inbox)\b|"
            r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+(?:\w+\s+)?text\s+you\b|"
            r"\bexpect\s+an?\s+(?:text|sms|message|email)\b|"
            r"\b(?:phone|mobile)\s+(?:will|should|'ll|is\s+going\s+to)\s+(?:\w+\s+)?(?:buzz|ping|"
            r"beep|vibrate|ding)\b"
        ),
        F.TEXT,
        # a text once something is done (claims112, blind 43): "When I've booked it, a
        # confirmation will come by text"
        unless=lazy(NOT_STATED.pattern + r"|^\W*(?:when|once|as\s+soon\s+as|after)\b"),
    ),
    # the details sent in writing by text (blind 11): "Ich schick Ihnen das noch schriftlich per
    # SMS", "I'll pop the details over to you by text", "I'll text the details over to you"
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"sms|nachricht|whatsapp"),
        lazy(
            r"\b(?:ich|wir)\s+(?:schick\w*|send\w*)\s+(?:ihnen|dir)\b[^.!?]*\b(?:per|als|via)\s+"
            r"(?:sms|\w*nachricht|whatsapp)\b|"
            r"\b(?:schick\w*|send\w*)\s+(?:ich|wir)\s+(?:ihnen|dir)\b[^.!?]*\b(?:per|als|via)\s+"
            r"(?:sms|\w*nachricht|whatsapp)\b"
        ),
        F.TEXT,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"text|sms"),
        lazy(
            # the words between may hold a possessive or a title (blind 56, claims173: "I'll let
            # Mr. Grant's office know by text")
            r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+(?:(?:mr|mrs|ms|dr)\.\s+|[\w']+\s+){1,6}?"
            r"(?:by|via|as\s+an?|in\s+an?)"
            r"\s+(?:sms|text)\b|"
            r"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to)\s+(?:\w+\s+)?text\s+(?:the|those|all|your)\b"
        ),
        F.TEXT,
    ),
    # a reminder
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"erinner|vergessen|reminder"),
        lazy(
            r"\b(?:werden|wird)\s+(?:\w+\s+){0,5}erinnert\b|"
            r"\b(?:erinnerung\w*|reminder)\b[^.;!?]*\b(?:kommt|kommen|bekommen|bekommt|erhalten|erhält|"
            r"kriegen|kriegt|geht|schicken|senden)\b|\b(?:kommt|bekommen|bekommt|erhalten|erhält|"
            r"kriegen|kriegt|schicken|senden)\b[^.;!?]*"
            r"\b(?:erinnerung\w*|reminder)\b|"
            r"\b(?:melden|rufen|schreiben|anrufen|pingen|schicken)\b[^.;!?]*\bzur\s+erinnerung\b|"
            r"\bzur\s+erinnerung\b[^.;!?]*\b(?:melden|rufen|schreiben|anrufen|pingen|schicken)\b|"
            r"(?=.*\b(?:wir|ich)\b)[^.!?]*\b(?:melden|pingen|rufen|schreiben|schicken)\b[^.!?]*"
            r"\bdamit\s+sie(?:'s|\s+es)?\s+(?:\w+\s+)?nicht\s+vergessen\b"
        ),
        F.REMINDER,
        unless=_UNLESS_REMINDER,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"remind|forget|slip"),
        lazy(
            r"\byou(?:'ll|\s+will)\s+(?:be|get)\s+(?:\w+\s+)?reminded\b|"
            r"\breminder\b[^.!?]*\b(?:will|'ll|is\s+going\s+to)\s+(?:\w+\s+)?(?:come|arrive|go\s+out|"
            r"be\s+sent)\b|"
            r"\b(?:we|i)(?:'ll|\s+will)\s+(?:\w+\s+){0,2}(?:ping|buzz|call|ring|text|message|nudge|"
            r"give\s+you\s+a\s+(?:buzz|ring|call|shout|nudge))\b[^.!?]*"
            r"\bso\s+(?:it\s+doesn't\s+slip|you\s+don't\s+forget)\b"
        ),
        F.REMINDER,
        unless=_UNLESS_REMINDER,
    ),
    # a callback
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"zurückgerufen"),
        lazy(r"\b(?:werden|wird)\s+(?:\w+\s+){0,4}zurückgerufen\b(?!\s+werden)"),
        F.CALLBACK,
    ),
    # a reminder or a callback promised in other words (blind 12): "We'll ping you with a
    # reminder that morning", "You'll get a reminder the day before", "Das Team ruft Sie zurück,
    # sobald jemand frei ist", "Der Salon meldet sich bei Ihnen", "Der Salon wird Sie
    # kontaktieren", "The salon will get in touch with you" (3rd person or "wir": not the
    # caller told to call)
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"reminder"),
        lazy(
            r"\b(?:we|i)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:ping|send|text|message|email|drop)\s+"
            r"(?:you\s+)?(?:with\s+)?an?\s+(?:\w+\s+)?reminder\b|"
            r"\byou(?:'ll|\s+will)\s+(?:get|receive|have)\s+an?\s+(?:\w+\s+)?reminder\b"
        ),
        F.REMINDER,
        unless=_UNLESS_REMINDER,
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"zurück|meldet|melden|kontaktier|anrufen"),
        lazy(
            r"\b(?:ruft|rufe)\s+(?:\w+\s+){0,2}?sie\s+(?:\w+\s+){0,4}?zurück\b|"
            r"\bwir\s+rufen\s+sie\s+(?:\w+\s+){0,4}?zurück\b|"
            r"\b(?:meldet|melde)\s+sich\s+(?:\w+\s+){0,3}?bei\s+ihnen\b|"
            r"\bwir\s+melden\s+uns\s+(?:\w+\s+){0,3}?bei\s+ihnen\b|"
            r"\b(?:wird|werde|werden)\s+sie\s+(?:\w+\s+){0,3}?(?:kontaktieren|anrufen)\b"
        ),
        F.CALLBACK,
        # "Der Salon prüft das und meldet sich bei Ihnen": news of an open outcome (the code's
        # own sentence for an unknown outcome, tools/speech.py), not a callback promised
        unless=lazy(
            r"\b(?:nicht|kein\w*|nie|wenn|falls|sofern|leider|soll\w*|würde|prüft|prüfen|klärt|"
            r"schaut\s+nach)\b"
        ),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"touch|reach\s+out|contact\s+you"),
        lazy(
            r"(?<!\byou)(?:'ll|\s+will)\s+(?:\w+\s+)?(?:get\s+in\s+touch|be\s+in\s+touch|"
            r"reach\s+out|contact\s+you)\b"
        ),
        F.CALLBACK,
        unless=lazy(r"\b(?:not|never|if|unless|whether|would|should|could)\b|n't\b"),
    ),
    # the callback named as a noun in two words (claims112, blind 43): "I've arranged a call back
    # for you", "We've set up a call-back for this afternoon"
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"call[\s-]back"),
        lazy(
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+|already\s+)?(?:arranged|organi[sz]ed|"
            r"set\s+up|requested|booked|put\s+in|logged|scheduled)\s+(?:a|your)\s+call[\s-]back\b"
        ),
        F.CALLBACK,
    ),
    # the details in writing by text (blind 12): "Check your phone, there's a message with the
    # time and address", "You'll have everything in writing by text"
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"check\s+your|by\s+text|via\s+text|by\s+sms"),
        lazy(
            r"\bcheck\s+your\s+(?:phone|mobile|inbox|messages)\b[^.!?]*\b(?:there's|there\s+is)\s+"
            r"an?\s+(?:\w+\s+)?(?:message|text|sms)\b|"
            r"\byou(?:'ll|\s+will)\s+(?:have|get|receive)\s+(?:everything|it\s+all|the\s+details|it)\s+"
            r"(?:\w+\s+){0,2}?(?:by|via|per)\s+(?:text|sms)\b"
        ),
        F.TEXT,
    ),
    # a note left for the staff (blind 12): "I've made a note for Fabian about that", "I've
    # written it down for the staff" (a note for someone, not the appointment entered; a note
    # for Fabian to ring you back is the callback it asks for)
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\bnote\b|written|wrote|jotted"),
        lazy(
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?(?:made|left)\s+a\s+(?:\w+\s+)?note\s+"
            r"for\s+(?!you\b)\w+(?![^.;!?]*\b(?:ring|call|phone|text)\s+you\b)|"
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?(?:written|jotted)\s+(?:it|that|this)\s+"
            r"down\s+for\s+(?:the\s+)?(?:staff|team|stylist|salon|colleagues?)\b"
        ),
        F.MESSAGE,
        replaces=frozenset({K.BOOKED}),
    ),
    # a note left for the staff beside the booking (blind 12): "I've booked you in and left the
    # team a note about your allergy" (the booking stays)
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\bnote\b"),
        lazy(
            r"\band\s+(?:i've\s+|i\s+have\s+)?(?:also\s+)?left\s+(?:the\s+team|the\s+staff|"
            r"the\s+salon|\w+)\s+a\s+(?:\w+\s+)?note\b"
        ),
        F.MESSAGE,
    ),
    # a message passed on
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"hinterlassen|rückruf"),
        lazy(
            r"\b(?:ich\s+habe?|hab\s+ich|habe\s+ich|wir\s+haben|haben\s+wir)\b[^.;!?]*"
            r"\b(?:nachricht|notiz|vermerk)\b[^.;!?]*\bhinterlassen\b|"
            r"\b(?:bitte\s+um\s+(?:einen\s+)?rückruf|rückrufbitte|rückrufwunsch)\b[^.;!?]*"
            r"\b(?:liegt|ist|ging|landet)\s+(?:\w+\s+){0,2}(?:beim|bei|an\s+den)\s+\w+"
        ),
        F.MESSAGE,
    ),
    # a message made sure of (blind 34, claims76): "Ich sorge dafür, dass Fabian Bescheid weiß",
    # "I'll make sure Lena knows" (a promise to pass the matter on; the stylist told is no
    # booking here)
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"sorge|kümmere"),
        lazy(
            r"\b(?:ich|wir)\s+(?:sorge|sorgen|kümmere\s+mich|kümmern\s+uns)\s+(?:\w+\s+)?"
            r"(?:dafür|darum)\s*,?\s*dass\s+(?:\w+\s+){1,3}?(?:bescheid\s+weiß|bescheid\s+wissen|"
            r"(?:\w+\s+)?erfährt|(?:\w+\s+)?erfahren|informiert\s+(?:ist|wird|sind|werden))\b"
        ),
        F.MESSAGE,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"make\s+sure|ensure"),
        lazy(
            r"\b(?:i|we)(?:'ll|\s+will)\s+(?:make\s+sure|ensure)\s+(?:that\s+)?(?:\w+\s+){1,3}?"
            r"(?:knows|know|hears|is\s+aware|are\s+aware|is\s+told|gets\s+the\s+message|"
            r"is\s+informed|finds\s+out)\b"
        ),
        F.MESSAGE,
        replaces=frozenset({K.BOOKED}),
    ),
    # a callback asked of someone (blind 34, claims76): "Ich habe Lena gebeten, Sie
    # zurückzurufen", "Ich lasse Fabian Ihnen einen Rückruf geben"
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"gebeten|rückruf"),
        lazy(
            r"\b(?:ich\s+habe?|hab\s+ich|habe\s+ich|wir\s+haben|haben\s+wir)\s+(?:\w+\s+){1,3}?"
            r"(?:darum\s+)?gebeten\s*,?\s*(?:sie|dich)\s+(?:\w+\s+){0,3}?(?:zurückzurufen|anzurufen)\b|"
            r"\b(?:ich|wir)\s+(?:lasse|lassen)\s+(?:\w+\s+){1,3}?(?:einen\s+)?rückruf\s+geben\b"
        ),
        F.CALLBACK,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"message|call\s*back"),
        lazy(
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?left\s+(?:\w+\s+){0,2}"
            r"(?:a\s+)?message\b|"
            r"\b(?:callback\s+request|request\s+for\s+a\s+call\s*back)\b[^.!?]*\b(?:is|'s|has\s+gone|"
            r"went)\s+(?:\w+\s+)?(?:with|to)\s+\w+"
        ),
        F.MESSAGE,
    ),
)
