"""Follow-ups said in words the other readers do not list (blind 15):

- an e-mail said sent, on its way or waiting in the inbox ("Die Bestätigungsmail ist raus",
  "Schauen Sie in Ihr Postfach, die Mail ist schon da", "I've emailed you the details", "You'll
  find the booking confirmation in your inbox"): FOLLOW_UP e-mail, backed by nothing (the salon
  confirms by text only), in place of the text the readers read in it;
- a callback promised by the stylist or the salon ("Fabian will get back to you when he's free",
  "We'll ring you back once it's clear whether the booking stands", "the salon will call and let
  you know", "jemand vom Salon meldet sich bei Ihnen, ob der Termin steht", "Lena ruft Sie an,
  sobald sie Luft hat"): FOLLOW_UP callback (backed by a message taken or an outcome still open;
  the "ob / whether" and "sobald / once" here time the call, they are no condition on it);
- the text said done ("…, und die SMS sind erledigt"): FOLLOW_UP text (convention 1088);
- the caller's words said written down and passed on, or the note saved ("The note for the salon
  is saved", "Ich habe aufgeschrieben, was Sie mir gesagt haben, und an den Salon geschickt",
  "I've jotted down everything you said and forwarded it to the team"): FOLLOW_UP message, in
  place of the booking the record verb ("aufgeschrieben", "written down") reads;
- the caller's matter said to lie with the team now, gone over to it, or handed over (blind 33,
  claims71: "Ihre Bitte liegt jetzt beim Salonteam", "Your question's with the team now", "Your
  request has gone through to the team", "I'll hand this over to my colleague"): FOLLOW_UP
  message (conventions 55, 78), backed by a message taken.

Not: questions, a condition before the promise ("Wenn Sie möchten, ruft Fabian Sie zurück" is an
offer), negations ("Wir verschicken keine E-Mails"), modals of offer ("Fabian can call you back"),
the caller's own e-mail address asked for.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import Rule

K = ClaimKind
# not a promise made: negation, a condition before it, an offer or a wish
_NOT_PROMISED = lazy(
    r"\b(?:nicht|kein\w*|nichts|nie|wenn|falls|sofern|möchten|möchte|wollen|können|könnte|kann|"
    r"soll|würde|not|no|never|nothing|if|unless|can|could|may|might|would|shall|want|like)\b|"
    r"n't\b"
)
# a booking request with the salon to confirm is pending, not a message ("Ihre Anfrage ist jetzt
# beim Team, die müssen nur noch zusagen")
_NOT_PASSED_ON = lazy(
    _NOT_PROMISED.pattern + r"|\b(?:zusag\w*|bestätig\w*|freigeb\w*|annehm\w*|confirm\w*|"
    r"approv\w*|accept\w*|sign\s+off|buchungsanfrage|terminanfrage|booking\s+request)\b"
)
# the caller's matter and who it goes to
_MATTER_DE = r"(?:frage|bitte|anliegen|nachricht|wunsch|rückfrage)"  # not "anfrage": pending
_MATTER_EN = r"(?:question|message|query|concern|note)"  # not a request or enquiry: pending
_TEAM_EN = (
    r"(?:the\s+(?:salon\s+)?team|the\s+salon|the\s+manager|the\s+owner|my\s+colleague|"
    r"a\s+colleague|fabian|lena|sophie|mehmet)\b"
)
_MAIL = r"(?:e-?mails?|mails?|\w+mail|e-?mail-\w+|inbox|postfach|posteingang|e-?mail-?postfach)"

RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"mail|postfach|posteingang"),
        lazy(
            rf"\b{_MAIL}\b[^.;!?]*?\b(?:geschickt|gesendet|zugeschickt|verschickt|raus|unterwegs|"
            r"da|angekommen|bei\s+ihnen|rausgegangen|rausgeschickt|abgeschickt|bekommen|erhalten|"
            r"kriegen)\b|"
            r"\b(?:per|via|als)\s+(?:e-?mail|mail)\b|"
            r"\b(?:erhalten|bekommen|kriegen|schicke|schicken|sende|senden)\b[^.;!?]*?\b(?:e-?mail|mail)\b|"
            r"\b(?:in\s+ihr(?:em)?|im|ins)\s+(?:e-?mail-?)?(?:postfach|posteingang)\b"
        ),
        follow_up=FollowUp.EMAIL,
        unless=lazy(
            # "Per E-Mail verschicken wir leider nichts" (blind 43): e-mail denied
            r"\b(?:nicht|nichts|kein\w*|nie|wenn|falls|ob|sofern|sobald|mailbox|handy|telefon|"
            r"möchten|können|laut|"
            # the caller reaching the salon (blind 27, claims49): "Man erreicht uns auch per E-Mail"
            r"erreich\w*|kontaktier\w*)\b"
        ),
        replaces=frozenset({K.FOLLOW_UP}),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"mail|inbox"),
        lazy(
            r"\b(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:just\s+)?e-?mailed\s+you\b|"
            r"\b(?:we|i)(?:'ll|\s+will)\s+(?:also\s+)?e-?mail\s+(?:you|it|them|that|this)\b|"
            r"\bin\s+your\s+(?:e-?mail\s+)?inbox\b|"
            # blind 45 (claims111): "The Bestätigung will come by E-Mail" (not a rule: "Booking
            # status updates come by email")
            r"\b(?:(?:will|'ll)\s+(?:come|arrive|go)|(?:is|'s)\s+coming|(?:the|your)\s+\w+\s+"
            r"(?:comes|arrives|goes))\s+(?:to\s+you\s+)?(?:by|via|per)\s+e-?mail\b|"
            r"\bcheck\s+your\s+inbox\b|"
            # "The invoice is on its way to your inbox" (blind 43, claims107)
            r"\b(?:on\s+(?:its|the)\s+way|heading|going|gone|sent)\s+to\s+your\s+(?:inbox|e-?mail)\b|"
            rf"\b{_MAIL}\b[^.;!?]*?\b(?:sent|on\s+(?:its|the)\s+way|heading|coming|there|with\s+you|"
            r"arrived|gone\s+out|out)\b|"
            rf"\b(?:sent|landed|waiting)\b[^.;!?]*?\b(?:by\s+|to\s+your\s+|in\s+your\s+|via\s+)?"
            rf"{_MAIL}\b|"
            r"\byou(?:'ll|\s+will)?(?:\s+be)?\s+(?:also\s+|now\s+|soon\s+)?(?:find|get|getting|receive|"
            rf"receiving|have)\b[^.;!?]*?\b{_MAIL}\b"
        ),
        follow_up=FollowUp.EMAIL,
        unless=lazy(
            r"\b(?:not|no|never|if|whether|unless|when|once|would|could|voicemail)\b|n't\b|"
            r"\b(?:got|have|take|need)\s+your\s+e-?mail|"
            # the inbox of the phone, the text named (convention 25; blind 43, claims118): "The
            # confirmation has landed in your inbox — by text", "You've got mail — well, a text"
            r"\b(?:text|texts|sms|phone|handy)\b"
        ),
        replaces=frozenset({K.FOLLOW_UP}),
    ),
    # the text said done beside the booking ("Sowohl die Buchung als auch die SMS sind erledigt",
    # "Die Buchung und auch die SMS sind beide erledigt"): the text sent (convention 1088, D21)
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"erledigt"),
        lazy(
            r"\b(?:sms|textnachricht\w*|bestätigungs-?sms)\s+(?:ist|sind)\s+"
            r"(?:(?:beide|auch|schon|bereits|jetzt|nun|alle)\s+)*erledigt\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sobald|bevor|erst|noch)\b|\?"),
    ),
    # the text said sent beside the booking, by whoever sent it (blind 58): "Cal.com confirmed
    # the booking and sent the text", "… and has sent off the confirmation text" (the German
    # "… und die SMS verschickt" is read already); not the caller's ("Have you sent the text?")
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"sent"),
        lazy(
            r"\b(?:and\s+|has\s+|have\s+|'s\s+|'ve\s+)(?:also\s+|just\s+|already\s+)?sent\s+"
            r"(?:off\s+|out\s+)?(?:the|your|a)\s+(?:confirmation\s+)?(?:text|sms)(?:\s+message)?\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(
            r"\b(?:not|no|never|if|whether|unless|when|once|would|could|you|e-?mail\w*)\b|"
            r"n't\b|\?"
        ),
    ),
    # the text said waiting on the phone already
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"schon|bereits"),
        lazy(
            r"\b(?:sms|textnachricht|bestätigung)\s+(?:ist\s+)?(?:\w+\s+)?(?:schon|bereits)\s+"
            r"(?:da|angekommen|drauf|eingegangen)\b|"
            r"\bda\s+ist\s+(?:die|ihre)\s+(?:sms|bestätigung)\s+(?:schon|bereits)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|mail\w*)\b"),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"already"),
        lazy(
            r"\b(?:text|sms|confirmation)(?:'s|\s+is|\s+has)\s+(?:already|now)\s+"
            r"(?:there|arrived|come\s+through|landed|on\s+your\s+phone)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:not|no|never|if|whether|unless|would|could|e-?mail\w*)\b|n't\b"),
    ),
    # the text said on its way in other words (claims145, blind 50): delayed, not lost ("nur die
    # SMS hängt noch etwas", "die Bestätigung braucht noch einen Moment"), or gone off ("The
    # text's gone")
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"hängt|braucht|dauert"),
        lazy(
            r"\b(?:sms|textnachricht|bestätigung|bestätigungs-?sms)\s+(?:hängt|braucht|dauert)\s+"
            r"(?:\w+\s+)?noch\s+(?:etwas|ein\s+bisschen|ein\s+wenig|einen\s+moment|"
            r"einen\s+augenblick|kurz|ein\s+paar\s+minuten)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|mail\w*)\b"),
    ),
    # the text said to follow, or to be looked out for (claims145, blind 43): "Termin eingetragen,
    # Bestätigung folgt per SMS", "Booked — look out for a text in a minute"
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"folgt"),
        lazy(
            # a confirmation follows by text only when the text is said: "die Bestätigung folgt
            # noch" while a request waits is the salon's answer to come (pending), not a text
            r"\b(?:sms|textnachricht|bestätigungs-?sms)\s+(?:\w+\s+)?folgt\b|"
            r"\bbestätigung\s+(?:\w+\s+)?folgt\s+(?:\w+\s+)?(?:per|als)\s+(?:sms|textnachricht)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:nicht|kein\w*|nie|wenn|falls|ob|sofern|sobald|mail\w*|post|brief)\b"),
    ),
    # what the text holds, said of the text (blind 56, claims167, as "Die Nummer steht in der
    # SMS"): "The number is in the text", "The link's in your confirmation text"
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"\bin\s+(?:the|your)\s+(?:confirmation\s+)?(?:text|sms)\b"),
        lazy(
            r"\b(?:the|your)\s+(?:\w+\s+)?(?:number|link|address|details|code|reference|time|date)"
            r"(?:'s|\s+is|\s+are)\s+(?:also\s+|all\s+)?in\s+(?:the|your)\s+(?:confirmation\s+)?"
            r"(?:text|sms)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(
            r"\b(?:not|no|never|if|whether|unless|once|when|would|will|e-?mail\w*)\b|n't\b"
        ),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"look\s+out|watch\s+out|eye\s+out"),
        lazy(
            r"\b(?:look|watch|keep\s+an\s+eye)\s+out\s+for\s+(?:a|the|our|your)\s+(?:confirmation\s+)?"
            r"(?:text|sms)\b"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:not|no|never|if|whether|unless|once|when)\b|n't\b"),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"gone"),
        lazy(
            r"\b(?:the|your)\s+(?:confirmation\s+)?(?:text|sms)(?:'s|\s+is|\s+has)\s+(?:just\s+|now\s+|"
            r"already\s+)?gone\b(?!\s+(?:missing|astray|wrong))"
        ),
        follow_up=FollowUp.TEXT,
        unless=lazy(r"\b(?:not|no|never|if|whether|unless|would|could|e-?mail\w*)\b|n't\b"),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"meldet|melden|ruft|rufen|bescheid"),
        lazy(
            r"\b(?:salon|team|fabian|lena|sophie|mehmet|kollegin|kollege|jemand|wir|er|sie)\s+"
            r"(?:\w+\s+){0,3}?(?:meldet|melden|ruft|rufen|gibt|geben)\s+(?:sich\s+)?(?:\w+\s+){0,2}?"
            r"(?:bei\s+ihnen|sie\s+(?:\w+\s+)?(?:an|zurück)|ihnen\s+(?:\w+\s+)?bescheid)\b"
        ),
        follow_up=FollowUp.CALLBACK,
        unless=lazy(
            r"^\W*(?:wenn|falls|sofern)\b|\b(?:nicht|kein\w*|möchten|wollen|können|könnte|kann|"
            r"soll|würde|sollen)\b|"
            r"\b(?:wenn|falls|sofern)\s+sich\s+(?:\w+\s+){0,2}?(?:etwas|was)\s+(?:\w+\s+)?ändert\b"
        ),
        clause=True,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"back\s+to\s+you|ring|phone|call|in\s+touch|let\s+you\s+know"),
        lazy(
            r"\b(?:will|'ll)\s+(?:(?!not\b)\w+\s+)?(?:get\s+back\s+to\s+you|ring\s+you|phone\s+you|call\s+you|"
            r"call\s+and\s+let\s+you\s+know|give\s+you\s+a\s+(?:ring|call|buzz|bell)|"
            r"let\s+you\s+know\s+by\s+phone|be\s+in\s+touch|get\s+in\s+touch)\b"
        ),
        follow_up=FollowUp.CALLBACK,
        # a call only if something changes is no call promised (blind 51, claims128: "I'll ring
        # you if anything changes on our side", as blind 18's "If anything changes, you'll be the
        # first to know")
        unless=lazy(
            r"^\W*(?:if|should|unless)\b|\b(?:never|can|could|may|might|would|shall|want|like)\b|"
            r"\b(?:if|in\s+case)\s+(?:anything|something|aught)\s+(?:\w+\s+)?changes?\b"
        ),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"aufgeschrieben|notiert|festgehalten|mitgeschrieben|notiz|nachricht"),
        lazy(
            r"\b(?:aufgeschrieben|notiert|festgehalten|mitgeschrieben)\b[^.;!?]*?\b(?:an\s+den\s+"
            r"salon|an\s+das\s+team|ans\s+team|dem\s+team|dem\s+salon|an\s+fabian|an\s+lena)\s+"
            r"(?:\w+\s+)?(?:geschickt|weitergeleitet|weitergegeben|übermittelt|gesendet)\b|"
            r"\b(?:notiz|nachricht)\s+(?:für|an)\s+(?:den\s+salon|das\s+team|fabian|lena)\s+ist\s+"
            r"(?:jetzt\s+)?(?:gespeichert|hinterlegt|notiert|abgelegt|weitergeleitet)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_PROMISED,
        replaces=frozenset({K.BOOKED, K.DONE, K.HELD}),
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"down|noted|note|message"),
        lazy(
            r"\b(?:written|jotted|noted|taken|put)\s+down\b[^.;!?]*?\b(?:sent|passed|forwarded|"
            r"handed|given)\b[^.;!?]*?\b(?:to\s+the\s+(?:salon|team)|to\s+fabian|to\s+lena|on)\b|"
            r"\b(?:note|message)\s+(?:for|to)\s+(?:the\s+salon|the\s+team|fabian|lena)\s+(?:is|has\s+"
            r"been)\s+(?:now\s+)?(?:saved|stored|logged|recorded|filed|passed\s+on|forwarded)\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_PROMISED,
        replaces=frozenset({K.BOOKED, K.DONE, K.HELD}),
    ),
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"beim|bei\s+|gegangen"),
        lazy(
            rf"\bihre?\s+{_MATTER_DE}\s+(?:liegt|ist)\s+(?:jetzt\s+|nun\s+|schon\s+|bereits\s+)*"
            r"(?:beim\s+\w*team|beim\s+salon|bei\s+(?:der\s+chefin|dem\s+chef|der\s+kollegin|dem\s+kollegen|"
            r"fabian|lena|sophie|mehmet))\b|"
            # gone over to the team (claims78): "Ihr Anliegen ist ans Team weitergegangen"
            rf"\bihre?\s+{_MATTER_DE}\s+ist\s+(?:jetzt\s+|nun\s+|schon\s+|bereits\s+)*(?:ans|an\s+das|"
            r"an\s+den|an\s+die)\s+(?:\w*team|salon|chefin|chef|kollegin|kollegen)\s+(?:weiter)?gegangen\b"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_PASSED_ON,
    ),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"with|gone|hand|pass"),
        lazy(
            rf"\byour\s+{_MATTER_EN}(?:'s|\s+is)\s+(?:now\s+)?with\s+{_TEAM_EN}|"
            rf"\byour\s+{_MATTER_EN}(?:'s|\s+has)\s+(?:now\s+)?(?:gone|been\s+passed)\s+"
            rf"(?:through|over|off|across|on)\s+to\s+{_TEAM_EN}|"
            # the caller's request gone or handed over to the team, not to the salon to confirm
            # (blind 33, claims78; blind 16's gated "Your request is with the team now")
            r"\byour\s+request(?:'s|\s+has)\s+(?:now\s+|just\s+)?(?:gone|been\s+(?:passed|handed))\s+"
            r"(?:through|over|off|across|on)\s+to\s+(?:the\s+team|my\s+colleague|a\s+colleague)\b|"
            r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i've|i\s+have|we'll|we've)\s+(?:just\s+)?"
            rf"(?:hand(?:ed)?|pass(?:ed)?)\s+(?:this|it|that)\s+(?:over|on)\s+to\s+{_TEAM_EN}"
        ),
        follow_up=FollowUp.MESSAGE,
        unless=_NOT_PASSED_ON,
    ),
)
