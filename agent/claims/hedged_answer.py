"""A short answer hedged, sourced or given by another doer is the answer it frames (blind 58,
claims161; convention 74, and the hedge keeps the claim as blinds 26, 28 and 50 label it).

To the caller's "Bin ich jetzt gebucht?", "Did it go through?", "Is my appointment still on?":

- a belief in the answer's own words is its yes or no: "Ich glaube schon.", "Ich denke schon.",
  "I believe so.", "I think so." say "Ja."; "Ich glaube nicht.", "I don't think so." say "Nein.";
- the speaker's impression is a yes: "Sieht so aus.", "Sieht ganz so aus.", "Scheint so.",
  "Sieht gut aus!", "Looks like it.", "Seems so."; a modal of expectation too: "Should have,
  yes.", "Should be.", "Müsste.", "Dürfte.";
- the source named around the answer says where it comes from, not another answer: "Soweit ich
  sehe, ja.", "As far as I can see, yes.", "Laut System noch nicht.", "Not according to the
  system.";
- another doer said with the question's auxiliary echoed answers as "I did" would: "My
  colleague did, yes." to "Did you cancel it?" is the cancellation told done.

A weak hedge ("Vielleicht.", "Hoffentlich.", "I hope so.", "Maybe.") is no answer and stays one:
it is none of these frames. The frames are rewritten to the answer words they stand for (folded
text in, folded text out), for every reader of a short answer (`caller_answer.hurried`).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

# a belief said with its polarity: the yes or the no it hedges
_BELIEF_YES = lazy(
    r"\b(?:ich|i)\s+(?:glaube|glaub|denke|denk|meine|schätze|believe|think|reckon|guess)\s+"
    r"(?:schon|so|doch)\b|\b(?:glaube|denke)\s+(?:ich\s+)?schon\b"
)
_BELIEF_NO = lazy(
    r"\b(?:ich\s+(?:glaube|glaub|denke|denk)\s+(?:eher\s+)?nicht|i\s+(?:don't|do\s+not)\s+"
    r"(?:believe|think|reckon)\s+so|i\s+(?:believe|think)\s+not)\b"
)
# the speaker's impression, or a modal of expectation, standing for the yes
_IMPRESSION = lazy(
    r"\b(?:(?:es|das)\s+)?(?:sieht|schaut)\s+(?:(?:ganz|wohl|mir|fast|gut|alles|ganz\s+gut)\s+)*"
    r"(?:so\s+aus|gut\s+aus|danach\s+aus)\b|\b(?:scheint|wirkt)\s+(?:ganz\s+)?so\b|"
    r"\b(?:it\s+)?(?:looks|seems|appears)\s+(?:like\s+it|that\s+way|so|(?:to\s+be\s+)?good)\b|"
    r"\b(?:looks|seems)\s+like\s+(?:it|we're\s+good)\b|"
    r"^\W*(?:(?:it|that|you|it's)\s+)?(?:should|should've|must)\s+(?:have|be|'ve)\b|"
    r"^\W*(?:should|should've)(?=\W*(?:,|$))|^\W*(?:müsste|dürfte|sollte)(?:\s+(?:er|es|sie|so\s+sein))?"
    r"(?=\W*(?:,|$))"
)
# the source of the answer named around it
_SOURCE = lazy(
    r"\b(?:as\s+far\s+as\s+i\s+can\s+(?:see|tell)|from\s+what\s+i\s+(?:can\s+)?see|"
    r"according\s+to\s+(?:the|our|my)\s+(?:system|calendar|records|screen)|"
    r"soweit\s+ich\s+(?:das\s+)?(?:sehe|sehen\s+kann)|(?:laut|nach)\s+(?:dem\s+)?(?:system|kalender)|"
    r"auf\s+meinem\s+bildschirm|on\s+my\s+(?:end|screen))\b"
)
# another doer as the subject of the echoed auxiliary: "My colleague did, yes."
_OTHER_DOER = lazy(
    r"^\W*(?:(?:my|our|the)\s+\w+|meine?\s+\w+|die\s+\w+|der\s+\w+)\s+(?=(?:did|has|had|hat)\b)"
)


def unhedged(text: str) -> str:
    """Folded `text` with a hedge, impression or source around a short answer said as the answer
    words it stands for (see above); unchanged without one."""
    text = _BELIEF_NO.sub(" nein ", text)
    text = _BELIEF_YES.sub(" ja ", text)
    text = _IMPRESSION.sub(" ja ", text)
    text = _SOURCE.sub(" ", text)
    return _OTHER_DOER.sub(" ", text)
