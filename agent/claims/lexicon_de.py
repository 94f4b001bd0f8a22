"""German words by what they mean for a claim about the caller's appointment.

Verbs are lemmas (simplemma's), so every inflected form and participle is covered by one entry;
lists are small and grouped by meaning, not by wording.
"""

from __future__ import annotations

# fmt: off
# --- verbs whose completed form claims something about the appointment -----------------------
BOOK = frozenset({"buchen", "einbuchen", "verbuchen", "festbuchen", "dazubuchen"})
RECORD = frozenset({
    "eintragen", "notieren", "speichern", "abspeichern", "hinterlegen", "anlegen", "vermerken",
    "aufschreiben", "erfassen", "registrieren", "anmelden", "reinnehmen", "hereinnehmen",
    "aufnehmen", "einplanen", "vormerken", "reinschreiben", "einschreiben", "dazwischenschieben",
    "reinquetschen", "einschieben", "dazwischennehmen", "unterbringen", "einsortieren",
    "einpflegen", "eingeben", "festhalten", "vorsehen", "eintakten", "einreihen", "hinzufügen",
    "dazuschreiben", "einbestellen", "dazunehmen", "berücksichtigen",
})
SECURE = frozenset({
    "sichern", "festmachen", "klarmachen", "fixieren", "festlegen", "vereinbaren", "ausmachen",
    "abmachen", "absprechen", "eintüten", "bongen", "ritzen", "festzurren", "garantieren",
})
CONFIRM = frozenset({"bestätigen"})
CANCEL = frozenset({
    "stornieren", "absagen", "streichen", "löschen", "canceln", "cancelen", "austragen",
    "annullieren", "entfernen", "rausnehmen", "herausnehmen", "aufheben",
    "rausstreichen", "wegnehmen", "ausstreichen", "abmelden", "abbestellen", "freigeben",
    "auflösen", "ausbuchen", "abblasen", "kippen", "zurückziehen", "rauslöschen",
    "herauslöschen", "durchstreichen",
})
CANCEL_STATE = frozenset({"entfallen", "ausfallen", "wegfallen", "rausfliegen", "rausfallen", "herausfallen"})  # "Der Termin entfällt"
MOVE = frozenset({
    "verschieben", "verlegen", "umbuchen", "umlegen", "umstellen", "vorziehen", "vorverlegen",
    "ändern", "umändern", "umplanen", "umtragen", "umschreiben", "umdisponieren", "tauschen",
    "verändern", "zurückverlegen", "umsetzen", "umterminieren", "umschieben", "verrücken",
    "ersetzen", "rüberschieben", "rüberlegen", "herüberschieben", "hinüberschieben",
})
# placing verbs: their meaning comes from where to (in den Kalender, auf Donnerstag, aus dem System)
PLACE = frozenset({
    "legen", "setzen", "nehmen", "schreiben", "packen", "stecken", "schieben", "ziehen",
    "stellen", "tun", "rutschen", "wandern", "rücken",
})
DONE = frozenset({
    "erledigen", "klappen", "funktionieren", "machen", "passieren", "durchgehen", "abschließen",
    "regeln", "schaffen", "hinbekommen", "hinkriegen", "erfolgen", "umwandeln",
    "durchlaufen", "glattgehen", "gutgehen", "hinhauen", "abwickeln", "bescheiden",
})
# light verbs: what was done is the event noun's ("die Stornierung vorgenommen")
PERFORM = frozenset({
    "vornehmen", "durchführen", "tätigen", "veranlassen", "ausführen", "verarbeiten",
})
# done, said by an idiom ("abgehakt", "im Sack", "unter Dach"); with a day or the appointment
# named it is the booking
DONE_IDIOMS = ("abgehakt", "haken dran", "im sack", "unter dach", "in trockenen tüchern",
               "im kasten", "eingetütet", "geritzt", "gebongt", "beschlossene sache",
               "abgemachte sache", "mission erfüllt", "auftrag ausgeführt")

# --- nouns ----------------------------------------------------------------------------------
APPOINTMENT = frozenset({
    "termin", "buchung", "terminbuchung", "platz", "slot", "zeitfenster", "reservierung",
    "anmeldung", "besuch", "friseurtermin", "dauerwellentermin", "freitagstermin",
    "vormittagstermin", "nachmittagstermin", "uhrtermin", "termine", "reservation",
})
EVENT_KIND = {  # what a noun says happened: "Die Stornierung ist bestätigt" claims a cancellation
    "buchung": "booked", "terminbuchung": "booked", "reservierung": "booked", "reservation": "booked",
    "anmeldung": "booked", "stornierung": "cancelled", "storno": "cancelled",
    "absage": "cancelled", "annullierung": "cancelled", "löschung": "cancelled",
    "verschiebung": "rescheduled", "umbuchung": "rescheduled", "verlegung": "rescheduled",
    "terminänderung": "rescheduled", "änderung": "rescheduled", "umlegung": "rescheduled",
    "terminvergabe": "booked", "terminverlegung": "rescheduled", "terminverschiebung": "rescheduled",
    "wechsel": "rescheduled", "terminwechsel": "rescheduled", "datumsänderung": "rescheduled",
}
CALENDAR_PLACE = frozenset({
    "kalender", "system", "terminbuch", "buch", "plan", "liste", "computer", "terminkalender",
    "terminplan", "programm", "rechner", "terminliste", "kasten", "schirm", "radar", "zettel",
    "tagesplan",  # blind 34 (claims75): "Sie sind noch nicht im Tagesplan"
})
CALENDAR_TAILS = ("system", "kalender", "terminbuch", "liste", "terminplan")  # Buchungssystem
MESSAGE_NOUN = ("bestätigung", "erinnerung")  # also in compounds: Buchungsbestätigung
MESSAGE_CANCEL = ("storno", "stornierung", "absage")
MESSAGE_MOVE = ("umbuchung", "verschiebung", "änderung")
MESSAGE_VERB = frozenset({
    "bekommen", "erhalten", "schicken", "senden", "verschicken", "zugehen", "kommen",
    "zustellen", "rausgehen", "finden", "rausschicken", "zusenden", "gehen", "versenden",
    "kriegen", "zuschicken", "zukommen", "ankommen", "eintreffen", "eingehen",
})
MESSAGE_STATE = frozenset({"unterwegs", "raus"})
DETAIL_MESSAGE = ("sms", "e-mail", "mail", "nachricht")  # "eine SMS mit allen Details zum Termin"

# --- states ---------------------------------------------------------------------------------
FIRM = frozenset({
    "fest", "fix", "verbindlich", "sicher", "endgültig", "definitiv", "amtlich", "gesetzt",
    "klar", "offiziell", "gesichert", "paletti", "safe", "garantiert", "final",
})
FIRM_ADVERB = frozenset({"fest", "fix", "verbindlich", "definitiv", "endgültig", "sicher"})
# verbs that place an appointment at a day, time or stylist: "Ihr Termin liegt am Freitag"
PLACE_VERBS = frozenset({
    "sein", "liegen", "fallen", "stattfinden", "beginnen", "anfangen", "starten", "losgehen",
})
# words that make a placement a wish, an offer or a slot in general, not the caller's appointment
NOT_PLACED = frozenset({
    "wunsch", "wunschtermin", "möglich", "nächste", "nächster", "früheste", "frühester",
    "erste", "erster", "vorschlag", "idealerweise", "lieber", "gern", "gerne", "eventuell",
    "vielleicht", "wahrscheinlich", "voraussichtlich", "alternativ", "alternative", "normalerweise",
    "ungefähr", "etwa", "regulär", "theoretisch", "frühestens", "spätestens", "bisher", "ursprünglich",
})
TENTATIVE = frozenset({"vorläufig", "vorerst", "provisorisch", "unverbindlich", "vorübergehend"})
HOLD_TIME = frozenset({"minuten", "minute", "solange", "sekunden"})
AVAILABILITY = frozenset({
    "ausgebucht", "voll", "vergeben", "belegt", "besetzt", "frei", "verfügbar", "jemand",
    "jemandem", "jemanden", "andere", "anderer", "anderen", "anderem", "anderes", "kundin",
    "kunde", "kunden", "niemand", "zuvorgekommen", "ausgelastet",
})
CALLER = frozenset({
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dich", "dir", "du",
    "euch",
})
POSSESSIVE = frozenset({"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine"})
OLD = frozenset({"alte", "alter", "alten", "altes", "bisherige", "bisherigen", "ursprüngliche",
                 "ursprünglichen", "vorherige", "vorherigen", "statt", "anstatt", "anstelle"})
NEW = frozenset({"neu", "neue", "neuer", "neuen", "neues", "stattdessen", "dafür"})
MOVE_DIRECTION = frozenset({"später", "früher", "hinten", "vorne", "vorn"})

# --- grammar --------------------------------------------------------------------------------
HABEN = frozenset({"habe", "hab", "hat", "haben", "habt", "hast", "hatte", "hatten"})
HABEN_PAST = frozenset({"hatte", "hatten"})
SEIN = frozenset({"ist", "sind", "bin", "bist", "seid", "war", "waren", "is", "isch"})  # is: Bavarian
WURDE = frozenset({"wurde", "wurden", "worden", "wurdest"})
WERDEN = frozenset({"wird", "werden", "werde", "wirst", "werdet"})
KONJ1 = frozenset({"sei", "seien", "seiest"})
WAERE = frozenset({"wäre", "wären", "wär"})
HYPOTHETICAL = frozenset({"würde", "würden", "würd", "hätte", "hätten", "hätt", "könnte",
                          "könnten",
                          # Konjunktiv II of strong verbs: "Sie kämen dann am Donnerstag"
                          "käme", "kämen", "kämst", "gäbe", "gäben", "ginge", "gingen",
                          "stünde", "stünden", "läge", "lägen", "bekäme", "bekämen"})
MODAL = frozenset({
    "kann", "können", "kannst", "soll", "sollen", "sollst", "muss", "müssen", "darf", "dürfen",
    "möchte", "möchten", "möchtest", "will", "wollen", "wollte", "wollten", "mag", "mögen",
    "lass", "lassen", "lässt",
})
EPISTEMIC = frozenset({"sollte", "sollten", "müsste", "müssten", "dürfte", "dürften"})
PERFORMATIVE_MODAL = frozenset({"kann", "darf", "möchte", "will", "können", "dürfen"})
NEGATION = frozenset({
    "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
    "nichts", "weder", "ohne", "nirgends",
})
NEGATION_IDIOMS = (
    ("kein", "problem"), ("keine", "sorge"), ("keine", "sorgen"), ("keine", "ursache"),
    ("kein", "thema"), ("keine", "frage"), ("nicht", "wahr"), ("nichts", "zu", "danken"),
    ("keine", "angst"), ("kein", "stress"), ("nicht", "nur"),
)
CONTINGENCY = frozenset({  # "erst nach Ihrer Zustimmung", "voraussichtlich": not (yet) a fact
    "erst", "vorbehaltlich", "voraussichtlich", "hoffentlich", "vielleicht", "eventuell",
    "möglicherweise", "womöglich",
})
REPORT_VERB = frozenset({
    "sagen", "meinen", "erwähnen", "behaupten", "glauben", "denken", "annehmen", "schreiben",
    "mitteilen", "hören", "erzählen", "fragen", "vermuten", "wissen", "verstehen",
})
AFFIRM_VERB = frozenset({
    "bestätigen", "sagen", "mitteilen", "freuen", "melden", "versichern", "garantieren",
    "glauben", "denken", "sehen", "berichten", "verkünden", "zusichern",
})
DOUBT_VERB = frozenset({
    "hoffen", "prüfen", "schauen", "nachsehen", "nachschauen", "checken", "klären", "wissen",
    "sicherstellen", "versuchen", "fragen", "kontrollieren", "überprüfen",
})
WH = frozenset({
    "wann", "wie", "was", "welche", "welcher", "welchen", "welchem", "welches", "wo", "wer",
    "wen", "wem", "warum", "weshalb", "wieso", "wohin", "woher", "womit", "worauf", "wozu",
    "wofür", "weswegen",
})
RELATIVE = frozenset({"der", "die", "das", "den", "dem", "was", "wo", "welcher", "welche"})
TAGS = frozenset({"oder", "richtig", "nicht wahr", "ne", "gell", "stimmt's", "korrekt",
                  "ja", "okay", "ok", "stimmt"})
DISCOURSE = frozenset({
    "also", "gut", "okay", "ok", "ja", "nein", "so", "prima", "perfekt", "super", "wunderbar",
    "toll", "alles", "klar", "sehr", "schön", "gerne", "gern", "dann", "und", "na", "ach",
    "oh", "ah", "genau", "danke", "bitte", "jo", "zack", "klaro", "passt", "hervorragend",
    "großartig", "fein", "top", "fertig", "vielen", "dank", "natürlich", "selbstverständlich",
    "einverstanden", "verstanden", "bestens", "jawohl", "prächtig", "spitze", "herrlich",
    "schon", "boom", "läuft", "geht", "abgemacht", "tipptopp",
})
# Words that may surround a state ("Der Termin steht jetzt bei Fabian") without changing what it
# says; a state clause with any other word says something else ("Das steht Ihnen gut").
STATE_FILLER = DISCOURSE | frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "es", "er", "jetzt",
    "nun", "damit", "somit", "bereits", "auch", "weiterhin", "noch", "doch", "hiermit",
    "eigentlich", "wie", "gesagt", "übrigens", "ganz", "komplett", "wieder", "im", "in", "ins",
    "bei", "beim", "uns", "unserem", "unserer", "unser", "unseren", "für", "sie", "ihnen", "ihr",
    "ihre", "ihren", "ihrem", "am", "um", "zum", "von", "auf", "mit", "uhr", "neue", "neuer",
    "neuen", "alte", "alter", "gerade", "soeben", "eben", "dort", "da", "hier", "mal", "halb",
    "viertel", "nach", "vor", "dreiviertel", "zwar", "tatsächlich", "wirklich", "besprochen",
    "ab", "heute", "morgen", "übermorgen", "woche", "beide", "beiden", "ebenso", "jeweils",
    "wir", "ich", "ist", "sind", "stehen", "steht", "termin", "zu", "wochen", "nächste",
    "nächsten", "nächster", "vormittag", "nachmittag", "abend", "mittag", "vormittags",
    "nachmittags", "morgens", "abends", "mittags", "früh", "frühen", "zeit", "jeden",
    "fall", "hundertprozentig", "safe", "drin", "dabei", "war", "waren", "hat", "habe", "haben",
    "jedenfalls", "sowieso", "ohnehin", "trotzdem", "feststeht",
})
PREPOSITIONS_BEFORE_NAME = frozenset({
    "bi", "bim",  # Swiss: "bi de Lena", "bim Fabian"
    "bei", "beim", "mit", "zu", "zum", "zur", "von", "vom", "für", "an", "auf", "statt", "nach",
})
PARTICLES = frozenset({
    "ein", "aus", "ab", "um", "vor", "weg", "raus", "rein", "fest", "an", "auf", "nach", "zu",
    "durch", "zurück", "vorbei", "heraus", "herein", "dazwischen", "dazu", "statt", "mit", "hin",
})
# nouns that neither are the appointment nor change what a claim is about
NEUTRAL_NOUNS = frozenset({
    "herr", "frau", "sorge", "sorgen", "problem", "ursache", "nachricht", "nachrichten",
    "freude", "vergnügen", "dank", "uhr", "woche", "wochen", "tag", "tage", "stunde", "stunden",
    "minute", "minuten", "vormittag", "nachmittag", "morgen", "abend", "mittag", "ordnung",
    "zusage", "zustimmung", "bescheid", "moment", "augenblick", "sekunde", "hiermit", "gott",
    "glück", "salon", "team", "friseur", "friseurin", "fragen", "frage", "tüchern", "dach",
    "fach", "sack", "tüten", "vortag", "ende", "tschüss", "wiederhören", "wiedersehen",
})

# --- the fail-safe (a statement about the appointment the lexicon does not know) -------------
# predicates that describe an appointment without saying it is booked, cancelled or moved
NEUTRAL_PREDICATE = frozenset({
    "dauern", "kosten", "liegen", "passen", "gehen", "brauchen", "umfassen", "beinhalten",
    "enthalten", "klingen", "aussehen", "abhängen", "hängen", "reichen", "lohnen", "gefallen",
    "bedeuten", "heißen", "gelten", "klappen", "sehen", "wirken", "scheinen", "eignen",
    "frei", "offen", "möglich", "unmöglich", "verfügbar", "ausstehend", "angefragt",
    "unsicher", "unklar", "lang", "länger", "kurz", "teuer", "günstig", "wichtig", "gut",
    "besser", "ideal", "perfekt", "prima", "super", "toll", "schön", "praktisch", "passend",
    "optimal", "beliebt", "gefragt", "knapp", "eng", "spät", "angenehm", "ruhig", "gleich",
    "bald", "demnächst", "ungefähr", "etwa", "circa", "euro", "stunden", "minuten", "bitte",
    "leider", "schwierig", "schade", "problem", "anfrage", "bearbeitung", "prüfung",
    "unterwegs", "vorgesehen", "geplant", "gewünscht", "angedacht", "vorgeschlagen",
    "angeboten", "mindestens", "höchstens", "maximal", "minimal", "inklusive", "inklusiv",
    "fehlschlagen", "scheitern", "misslingen", "ablaufen", "verfallen", "verstreichen",
    "abbrechen", "ausstehen", "warten", "stocken", "ablehnen", "abweisen", "zurückweisen",
    "verweigern", "abgelehnt", "zustande",
})
# "no longer valid": an appointment said to be these is cancelled
VOID = frozenset({
    "geschichte", "hinfällig", "tisch", "ungültig", "nichtig", "gegenstandslos", "passé",
    "passe", "obsolet", "erledigt", "geplatzt", "hinüber", "gestorben", "flach",
})
ACTIVE = frozenset({"aktiv", "gültig", "bestehend", "aktuell", "wirksam"})  # the appointment stands
PREPOSITIONS = frozenset({
    "zu", "zum", "zur", "für", "mit", "an", "am", "bei", "beim", "von", "vom", "aus", "nach",
    "vor", "in", "im", "auf", "über", "unter", "wegen", "ohne", "seit", "bis", "gegen", "um",
})
# fmt: on

# fmt: off
# --- promises of a follow-up (what the salon does after the call) ----------------------------
CALLBACK_VERBS = frozenset({
    "zurückrufen", "anrufen", "kontaktieren", "zurückmelden", "melden", "verständigen",
    "durchklingeln", "zurückschreiben", "benachrichtigen",
})
CALLBACK_NOUNS = ("rückruf", "anruf")  # "Sie bekommen einen Rückruf"
PASS_ON_VERBS = frozenset({
    "weitergeben", "weiterleiten", "ausrichten", "übermitteln", "weitersagen", "vorlegen",
    "zukommen",
})
# what a caller leaves for the salon: noted or passed on, it is a message, not a booking
MESSAGE_OBJECTS = frozenset({
    "nachricht", "anliegen", "rückrufwunsch", "rückrufbitte", "beschwerde", "reklamation",
    "rückruf",
})
# noted for the call's own sake unless the sentence sends them on ("für den Salon")
WEAK_MESSAGE_OBJECTS = frozenset({
    "wunsch", "bitte", "frage", "fragen", "anfrage", "rückmeldung", "hinweis", "notiz",
})
SALON_ADDRESSEES = frozenset({"salon", "salonleitung", "team", "chef", "chefin", "inhaber",
                              "inhaberin", "kollegin", "kollegen", "kollege"})
TEXT_NOUNS = ("sms", "textnachricht", "kurznachricht", "e-mail", "email", "mail", "whatsapp",
              "link", "bestätigung")
REMINDER_NOUNS = ("erinnerung",)
RECEIVE_VERBS = frozenset({"bekommen", "erhalten", "kriegen"})
SEND_VERBS = frozenset({
    "schicken", "senden", "zuschicken", "zusenden", "verschicken", "mailen", "simsen",
    "texten", "rausschicken", "versenden", "zukommen", "zugehen", "zustellen", "erinnern",
})
# within the call, not after it: "Ich melde mich gleich wieder"
IN_CALL = frozenset({"gleich", "sofort", "kurz", "moment", "augenblick", "sekunde", "jetzt"})

# --- the structural fail-safe ------------------------------------------------------------------
# verbs that offer, search or ask rather than state the visit ("Ich biete Ihnen Freitag an")
OFFER_VERBS = frozenset({
    "anbieten", "vorschlagen", "empfehlen", "nennen", "suchen", "raussuchen", "heraussuchen",
    "schauen", "nachschauen", "nachsehen", "prüfen", "helfen", "fragen", "sagen", "zeigen",
    "erklären", "verbinden", "buchstabieren", "wiederholen", "durchgeben", "geben", "checken",
    "gucken", "finden", "vorlesen", "versuchen", "ermöglichen", "reservieren", "freihalten",
    "halten", "blocken", "blockieren", "sperren", "vormerken", "überlegen", "entscheiden", "anrufen",
    "zurückrufen", "schreiben", "mailen", "melden", "antworten", "bestätigen", "warten",
    "nachdenken", "besprechen", "klären", "wissen", "informieren",
})
# where the salon receives the caller: "bei uns", "im Salon", "hier"
SALON_PLACE = frozenset({"salon", "laden", "geschäft", "studio", "hier", "dran", "vorbei"})
# appointments that are not the salon's: "Ihr Arzttermin geht vor"
OTHER_APPOINTMENTS = (
    "arzt", "zahnarzt", "doktor", "tierarzt", "geschäfts", "arbeits", "gerichts", "impf",
    "behörden", "amts", "bank", "vorstellungs", "physio", "praxis", "kranken", "klinik",
    "werkstatt", "notar", "anwalts", "steuer", "flug", "bewerbungs", "prüfungs",
)
# what a caller books elsewhere: "Ihren Urlaub haben Sie ja schon gebucht"
BOOKED_ELSEWHERE = frozenset({
    "urlaub", "reise", "flug", "hotel", "tisch", "karten", "ticket", "tickets", "zug", "taxi",
    "zimmer", "ferien", "kreuzfahrt", "kurs", "restaurant", "urlaubsreise", "ferienwohnung",
})
# numbers that are not issued for an appointment: a phone's, a customer's
CONTACT_NUMBERS = ("telefon", "handy", "ruf", "mobil", "kunden", "haus", "fax", "tel", "konto",
                   "steuer", "post", "durchwahl", "festnetz", "rückruf", "kreditkarten",
                   "karten", "versicherten", "iban", "personal", "ausweis", "mitglieds")
# fmt: on

# the family a caller books for in the same call ("Ihr Sohn", "Ihre Mutter"; "Frau" only after
# "Ihre": "Frau Klein" is someone else)
COMPANIONS = frozenset(
    {"sohn", "tochter", "mutter", "vater", "mann", "frau", "kind", "kinder", "oma", "opa",
     "schwester", "bruder", "partner", "partnerin"}
)  # fmt: skip
