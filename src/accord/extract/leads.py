"""What a lead before an undertaking does (`units`): a clause with no cue of its own that opens a sentence's
undertaking ("The Committee has an important role, and agreed to …", "In order to …, the two sides will …") stays at its
head; one that only reports, welcomes, tells of the meeting or calls on others is no part of it, and the undertaking
starts at its own verb (docs/extract.md, "Units")."""

from __future__ import annotations

import re

from accord.extract import cues
from accord.extract.detect import ADVERB_PREFIX, is_named, vetoed
from accord.extract.opening import quick

PURPOSE_LEAD = re.compile(cues.PURPOSE_LEADS)

_SPEECH = re.compile(r"^.*?\b(?:said|says|expressed|noted|stressed|emphasi[sz]ed|pointed out|stated|added|"
                     r"underlined|highlighted|believed?|recognized|agreed)\b(?: that)?[,:]?\s*")


# Where the undertaking is read, not what it is about: "According to the statement, …", "In the joint declaration, …".
_ATTRIBUTION = re.compile(r"(?:according to|in (?:the|a|its|their) (?:[\w-]+ ){0,3}(?:statement|declaration|"
                          r"communiqu[eé]|document|readout|text|report))\b", re.IGNORECASE)


# A lead that welcomes or acknowledges what it names ("… welcomed U.S. investment in … and expressed interest in …")
# undertakes nothing: the undertaking after it starts at its own verb.
_ACKNOWLEDGES = quick(r"\b(?:welcom|acknowledg|recogni[sz]|commend|prais|hail|noted\b|notes\b)\w*\b")
# … as does one that tells of the meeting ("The presidents held talks in Astana on Monday and agreed to …").
_MEETING_TOLD = quick(r"\b(?:held|hold|holding) (?:\w+ )?(?:talks|consultations|negotiations|a meeting|meetings|a phone call|"
                      r"a telephone conversation)\b|\b(?:met|discussed|visited|received)\b")
# … as does one that calls on others ("The Ministers encouraged the private sector to invest …, and reaffirmed …").
_CALLS_ON = quick(r"\b(?:encourag(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)) (?!(?:their|our|its) )")


def introduces(lead: str) -> bool:
    """A lead that names an agreement or a project (not only its speaker) introduces the undertaking after it."""
    if (vetoed(lead) or _ATTRIBUTION.match(lead) or _ACKNOWLEDGES.search(lead) or _CALLS_ON.search(lead)
            or _MEETING_TOLD.search(lead)):
        return False
    if PURPOSE_LEAD.match(lead):
        return True
    speech = _SPEECH.match(lead)
    return is_named(lead[speech.end():] if speech else lead)


_BARE_MODAL = re.compile(ADVERB_PREFIX + r"(?:will|shall|would)\s")


def subject_before(body: str, lead: str) -> bool:
    """A modal with no subject of its own ("…, as chair in 2025, will host …", "… attach importance to X and will
    expand …") has its subject in the lead before it, which stays at the head of the undertaking, unless the
    lead only praises or thanks."""
    return bool(_BARE_MODAL.match(body)) and not vetoed(lead)
