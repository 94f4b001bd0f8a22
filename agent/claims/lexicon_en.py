"""English words by what they mean for a claim about the caller's appointment (lemmas)."""

from __future__ import annotations

# fmt: off
BOOK = frozenset({"book", "schedule", "secure", "arrange", "rebook"})
RECORD = frozenset({
    "enter", "note", "log", "save", "record", "register", "add", "create", "pencil", "slot",
    "squeeze", "fit", "write", "jot", "enrol", "enroll",
})
CONFIRM = frozenset({"confirm", "approve"})  # "the salon has approved it" (blind 55, claims162)
CANCEL = frozenset({"cancel", "scrap", "delete", "remove", "annul", "void", "wipe", "drop", "axe",
                    "release", "unbook", "erase", "un-book", "withdraw", "bin", "ditch", "lift"})
MOVE = frozenset({"move", "reschedule", "change", "shift", "switch", "swap", "bump", "push",
                  "replace", "slide", "shuffle", "nudge", "re-slot", "reslot", "amend",
                  "postpone"})
DONE = frozenset({"do", "sort", "complete", "finish", "handle", "process", "work", "go"})
HOLD = frozenset({"reserve", "hold"})
# verb + particle phrases: (lemma, particle) -> class
PHRASAL = {
    ("put", "down"): "record", ("put", "in"): "record", ("get", "down"): "record",
    ("get", "in"): "record", ("write", "in"): "record", ("write", "down"): "record",
    ("note", "down"): "record", ("lock", "in"): "book", ("pencil", "in"): "record",
    ("slot", "in"): "record", ("squeeze", "in"): "record", ("fit", "in"): "record",
    ("set", "up"): "book", ("call", "off"): "cancel", ("take", "off"): "cancel",
    ("cross", "off"): "cancel", ("strike", "off"): "cancel", ("push", "back"): "move",
    ("bring", "forward"): "move", ("move", "up"): "move", ("go", "through"): "done",
    ("take", "care"): "done", ("make", "note"): "record", ("put", "through"): "book",
    ("pop", "in"): "record", ("pop", "down"): "record", ("strike", "from"): "cancel",
    ("free", "up"): "cancel", ("take", "from"): "cancel", ("take", "out"): "cancel",
    ("sign", "off"): "cancel", ("slide", "back"): "move", ("slide", "forward"): "move",
    ("pull", "plug"): "cancel", ("pull", "forward"): "move", ("pull", "back"): "move",
    # blind 35 (claims80): more phrasal verbs of booking, cancelling and moving
    ("sign", "up"): "book", ("firm", "up"): "book", ("pin", "down"): "book",
    ("tie", "down"): "book", ("nail", "down"): "book", ("line", "up"): "record",
    ("pen", "in"): "record", ("back", "out"): "cancel", ("shunt", "forward"): "move",
    ("shunt", "back"): "move",
    # claims158 (blind 51): scrubbed out of or off the book (not "scrubbed the basin")
    ("scrub", "out"): "cancel", ("scrub", "off"): "cancel", ("scrub", "from"): "cancel",
}
DONE_IDIOMS = ("squared away", "in the bag", "wrapped up", "sewn up", "nailed down",
               "signed and sealed", "all taken care of", "mission accomplished")
ACTIVE = frozenset({"active", "valid", "live", "standing"})
APPOINTMENT = frozenset({
    "appointment", "booking", "slot", "reservation", "spot", "visit", "session", "time",
    "appointments", "bookings", "place",
})
EVENT_KIND = {
    "booking": "booked", "reservation": "booked", "cancellation": "cancelled",
    "reschedule": "rescheduled", "change": "rescheduled", "move": "rescheduled",
    "rescheduling": "rescheduled", "switch": "rescheduled",
}
CALENDAR_PLACE = frozenset({
    "system", "calendar", "diary", "book", "books", "schedule", "list", "computer", "planner",
    "file", "records", "rota", "roster", "register", "agenda", "chair",
})
MESSAGE_NOUN = ("confirmation", "reminder")
MESSAGE_VERB = frozenset({"get", "receive", "send", "text", "email", "check", "expect", "see",
                          "come", "arrive", "go", "find", "reach", "land"})
FIRM = frozenset({"official", "final", "firm", "definite", "locked", "guaranteed", "certain",
                  "permanent", "binding"})
FIRM_ADVERB = frozenset({"firmly", "definitely", "officially", "properly", "fully"})
TENTATIVE = frozenset({"tentatively", "provisionally", "temporarily", "tentative",
                       "provisional"})
# verbs that place an appointment at a day, time or stylist: "Your appointment falls on Friday"
PLACE_VERBS = frozenset({"be", "fall", "start", "begin", "kick", "happen"})
# words that make a placement a wish, an offer or a slot in general, not the caller's appointment
NOT_PLACED = frozenset({
    "preferred", "ideal", "ideally", "possible", "next", "earliest", "first", "suggestion",
    "rather", "maybe", "perhaps", "probably", "likely", "alternative", "usually", "normally",
    "originally", "requested", "wish", "free", "open", "available", "option",
})
HOLD_TIME = frozenset({"minutes", "minute", "while", "meanwhile"})
AVAILABILITY = frozenset({
    "fully", "solid", "free", "available", "opening", "someone", "somebody", "another",
    "other", "else", "taken", "busy", "held", "hold", "holding", "blocked", "nobody", "up",
})
CALLER = frozenset({"you", "your", "yours", "yourself"})
OLD = frozenset({"old", "previous", "original", "former", "instead", "from"})
NEW = frozenset({"new", "instead"})
MOVE_DIRECTION = frozenset({"later", "earlier", "forward", "back"})

HAVE = frozenset({"have", "has", "had"})
BE = frozenset({"is", "are", "am", "was", "were", "be", "been"})
MODAL = frozenset({
    "will", "would", "shall", "can", "could", "may", "might", "gonna", "let", "want", "need",
    "try", "going",
})
EPISTEMIC = frozenset({"should", "must", "ought"})
PERFORMATIVE = frozenset({"can", "happy", "pleased", "glad", "delighted", "like", "able"})
NEGATION = frozenset({"not", "never", "no", "nothing", "none", "neither", "nor", "without",
                      "nowhere"})
NEGATION_IDIOMS = (("no", "problem"), ("no", "worries"), ("not", "a", "problem"),
                   ("no", "doubt"), ("not", "only"), ("no", "worry"))
REPORT_VERB = frozenset({"say", "mention", "tell", "think", "believe", "ask", "hear",
                         "assume", "suppose", "know", "wonder", "claim"})
AFFIRM_VERB = frozenset({"confirm", "say", "tell", "think", "believe", "look", "seem",
                         "guess", "report", "see", "appear", "assure", "promise", "guarantee"})
AFFIRM_WORD = frozenset({"glad", "happy", "pleased", "delighted", "great", "good", "news",
                         "according", "luckily", "fortunately", "said", "like"})
DOUBT_VERB = frozenset({"hope", "check", "see", "wonder", "ask", "try", "make", "find",
                        "verify", "look", "know", "sure"})
WH = frozenset({"what", "when", "which", "who", "whom", "whose", "how", "where", "why"})
V1 = frozenset({
    "is", "are", "am", "was", "were", "do", "does", "did", "have", "has", "had", "can",
    "could", "would", "will", "shall", "should", "may", "might", "must", "ready", "want",
    "anything", "any", "need",
})
TAGS = frozenset({"right", "correct", "okay", "ok", "yes", "no", "yeah", "is it not",
                  "isn't it", "right then", "alright", "or"})
DISCOURSE = frozenset({
    "so", "okay", "ok", "great", "perfect", "alright", "right", "well", "good", "yes", "yeah",
    "sure", "thanks", "thank", "oh", "wonderful", "lovely", "brilliant", "excellent", "and",
    "then", "now", "just", "all", "fantastic", "awesome", "cool", "sweet", "boom", "super",
    "certainly", "absolutely", "of", "course", "fine", "nice", "there", "we", "go",
})
STATE_FILLER = DISCOURSE | frozenset({
    "the", "a", "an", "your", "you", "it", "that", "this", "is", "are", "am", "be", "been",
    "now", "all", "officially", "already", "then", "also", "still", "for", "with", "at",
    "on", "in", "to", "by", "of", "us", "our", "we", "i", "have", "has", "got", "and",
    "everything", "appointment", "booking", "slot", "reservation", "spot", "set", "good",
    "go", "ready", "totally", "completely", "fully", "both", "yours", "morning",
    "afternoon", "evening", "next", "week", "day", "o'clock", "pm", "there", "here",
    "me", "my", "today", "tomorrow", "new", "old", "booked", "confirmed", "sorted", "done",
    "thanks", "calling", "nice", "one", "again", "way", "it's", "were", "was",
    "mate", "love", "bro", "dude", "buddy", "pal",  # a vocative: "sorted, mate"
})
# How an act went, said of its success: "That went through nicely", "It worked a treat", "went
# through without a hitch", "worked like a charm" (blind 58): an evaluation of the outcome keeps it
SUCCESS_MANNER = frozenset({
    "nicely", "smoothly", "perfectly", "fine", "well", "flawlessly", "seamlessly", "cleanly",
    "beautifully", "easily", "treat", "charm", "hitch", "without", "like", "problem",
    "problems",
})
PREPOSITIONS_BEFORE_NAME = frozenset({"with", "to", "for", "by", "from", "at", "see",
                                      "over", "and"})
SUBJECTS = frozenset({"you", "it", "i", "we", "they", "he", "she", "everything", "that",
                      "this", "there", "your", "the", "all", "fabian"})
AUX = BE | HAVE | MODAL | EPISTEMIC | frozenset({"do", "does", "did", "will", "would"})
INFO_NOUNS = frozenset({
    "name", "number", "phone", "email", "address", "allergy", "allergies", "preference",
    "preferences", "request", "message", "question", "feedback", "photo", "photos",
    "details", "note", "notes", "comment", "price", "card", "hair", "color", "colour",
})

# --- the fail-safe (a statement about the appointment the lexicon does not know) -------------
NEUTRAL_PREDICATE = frozenset({
    "take", "last", "cost", "include", "involve", "require", "need", "depend", "sound", "look",
    "seem", "suit", "work", "mean", "run", "available", "free", "open", "possible", "pending",
    "requested", "long", "short", "expensive", "cheap", "fine", "good", "great", "perfect",
    "ideal", "popular", "tight", "early", "soon", "about", "around", "approximately", "roughly",
    "minutes", "hours", "euros", "euro", "please", "unfortunately", "failed", "expired",
    "timed", "processing", "progress", "waiting", "held", "hold", "reserved", "suggested",
    "proposed", "offered", "tentative", "provisional", "temporary", "price",
    "included", "extra", "fail", "expire", "wait", "lapse", "lapsed", "turn", "reject",
    "decline", "refuse", "happen",
})
VOID = frozenset({"void", "history", "off", "gone", "over", "dead", "invalid", "null"})
PREPOSITIONS = frozenset({
    "to", "for", "with", "at", "on", "in", "of", "about", "from", "by", "before", "after",
    "during", "into", "than", "like", "under",
})
RELATIVES = frozenset({
    "friend", "husband", "wife", "partner", "mum", "mom", "mother", "dad", "father",
    "daughter", "son", "sister", "brother", "colleague", "kids", "child", "boyfriend",
    "girlfriend",
})
# the family a caller books for in the same call (not a friend or colleague: their own business)
COMPANIONS = frozenset({
    "husband", "wife", "partner", "mum", "mom", "mother", "dad", "father", "daughter", "son",
    "sister", "brother", "child", "kids", "grandma", "granny", "gran", "grandmother", "grandpa",
    "grandad", "granddad", "grandfather",  # as "Oma", "Opa" in German (blind 56)
})
# fmt: on

# fmt: off
# --- promises of a follow-up ------------------------------------------------------------------
CALLBACK_PHRASES = (
    # not a name given ("I called you Mrs Hill", "called you by the wrong name", claims132)
    r"\bcall(s|ed|ing)? (you|u)( back)?\b(?! (mrs|mr|ms|miss|dr|by (the |your |a )?(wrong |first |last |full |sur)?(name|names|surname))\b)",
    r"\bring(s)? you( back)?\b", r"\bphone(s)? you\b",
    r"\bget(s|ting)? back to you\b", r"\breach(es)? out\b", r"\bbe in touch\b",
    r"\bcontact(s)? you\b", r"\bfollow(s)? up with you\b", r"\bhear from (us|them|the salon|\w+)\b",
    r"\b(get|receive) a (call|callback|call back|phone call)\b", r"\bexpect a call\b",
    # a call to expect (claims118): "You can count on a call from Fabian", "Look out for a call"
    r"\b(count(ing)? on|look(ing)? out for|expecting|getting) a (call|callback|call back|phone call)\b",
    r"\bhave (someone|somebody|\w+) call you\b", r"\bcall you back\b",
    # "give you a quick ring" (claims156): the call's manner, still the call
    r"\bgive you a ((quick|short|brief|little) )?(call|ring|bell|buzz)\b",
)
PASS_ON_PHRASES = (
    r"\bpass(ed|ing)? (it|this|that|your \w+|the \w+|them)? ?(on|along)\b",
    r"\b(i|we|i will|we will|i have|we have|has been|have been|was|were|be|is) (just )?"
    r"(forward(ed)?|relay(ed)?)\b",
    r"\blet (the salon|the team|the manager|the owner|management) know\b",
)
# a message for the salon, noted or passed on: not a booking
MESSAGE_OBJECTS = frozenset({"message", "complaint", "callback"})
# noted for the caller's own sake unless they go to the salon: "I've noted your request"
WEAK_MESSAGE_OBJECTS = frozenset(
    {"request", "question", "feedback", "concern", "wish", "enquiry", "inquiry"}
)
TEXT_NOUNS = ("text", "sms", "email", "e-mail", "mail", "confirmation", "link", "message",
              "whatsapp")
REMINDER_NOUNS = ("reminder",)
RECEIVE_VERBS = frozenset({"get", "receive"})
SEND_VERBS = frozenset({"send", "text", "email", "message", "remind", "drop"})
IN_CALL = frozenset({"moment", "second", "sec", "minute", "shortly", "now", "right"})

# --- the structural fail-safe ------------------------------------------------------------------
OFFER_VERBS = frozenset({
    "offer", "suggest", "recommend", "find", "search", "look", "check", "help", "ask", "tell",
    "show", "explain", "connect", "spell", "repeat", "give", "try", "hold", "reserve", "keep",
    "call", "ring", "phone", "text", "email", "let", "think", "decide", "confirm", "reply",
    "answer", "feel", "say", "contact", "get", "want", "need", "like", "have", "know",
    "thank", "wish", "put", "transfer", "make",
})
SALON_PLACE = frozenset({"salon", "desk", "reception", "front", "here", "chair", "shop"})
OTHER_APPOINTMENTS = frozenset({
    "dentist", "doctor", "doctor's", "work", "business", "job", "interview", "meeting", "flight",
    "hospital", "vet", "gp", "medical", "physio", "court", "bank", "school",
})
# what a caller books elsewhere: "You've already booked your holiday"
BOOKED_ELSEWHERE = frozenset({
    "holiday", "holidays", "vacation", "trip", "flight", "flights", "hotel", "table", "tickets",
    "ticket", "train", "taxi", "cab", "room", "restaurant", "cruise", "course", "class",
})
CONTACT_NUMBERS = ("phone", "mobile", "cell", "customer", "house", "account", "card", "fax",
                   "contact", "callback", "member", "postal", "zip")
# fmt: on
