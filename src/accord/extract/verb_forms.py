"""The forms of the verbs a title is made of: a known verb's base form from its inflections ("supports", "welcomed" ->
"support", "welcome") and from its gerund ("strengthening" -> "strengthen"), and whether a word after "to" reads as
a verb. Known verbs are the cue lists' verbs of action and the verbs titles meet besides them."""

from __future__ import annotations

import re

from accord.extract import cues

KNOWN_VERBS = frozenset(cues.ACTION_VERBS) | frozenset("""reaffirm invite affirm agree decide expand note prepare set see
    take remain invest meet address tackle realise realize limit mobilise mobilize scale phase deliver reform counter
    respect comply honour honor end eliminate eradicate stand task instruct mandate direct ask request charge
    organize organise consider abide bring plan remove call demand confirm suggest endorse equip
    urge abolish accede acquire align approve arrange assess attend celebrate collaborate commemorate connect conserve
    construct convene discuss diversify educate elaborate engage evaluate examine execute expedite extend finalise
    finalize harmonise harmonize install integrate introduce involve liberalise liberalize localise localize modernise
    modernize overcome preserve procure prolong ratify reconstruct rehabilitate relax renew renovate resolve revive
    settle stimulate streamline suppress sustain synchronize synergize utilise utilize waive widen digitalise
    digitalize""".split())
# Verbs that are nouns too ("imports", "a review"): known as verbs only in their gerund ("importing" -> "import"),
# where no noun reads the same.
VERBS_AS_GERUNDS = frozenset("""import export debate draft exchange finance grant supply purchase research review
    monitor partner double mark form transfer visit render enter lift link raise seek schedule design curb
    ease report""".split())
_GERUND_PAIR = re.compile(r"(\w+ing) (and|or) (\w+ing)\b")
_AND_GERUND = re.compile(r"(?<!ing )\b(and|or) (\w+ing)\b")  # not one of a pair further on: "of facilitating and …"


def gerund_base(word: str) -> str | None:
    """The base form of a known verb's gerund ("strengthening" -> "strengthen", "making" -> "make")."""
    if not word.lower().endswith("ing"):
        return None
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if known := base_form(base) or (base.lower() if base.lower() in VERBS_AS_GERUNDS else None):
            return known
    return None


def gerunds_to_base(body: str) -> str:
    """"Developing and intensifying …" -> "develop and intensify …" (known verbs only)."""
    pair = _GERUND_PAIR.match(body)
    if pair and gerund_base(pair[1]) and gerund_base(pair[3]):
        return f"{gerund_base(pair[1])} {pair[2]} {gerund_base(pair[3])}{body[pair.end():]}"
    return body


def from_gerund(body: str) -> str:
    """"investing in X and meeting Y" -> "invest in X and meet Y" (``body`` opens with a known verb's gerund)."""
    pair = _GERUND_PAIR.match(body)
    if pair and not gerund_base(pair[3]):
        return body  # "Monitoring and forecasting …": both verbs or neither
    first, _, rest = body.partition(" ")
    rest = _AND_GERUND.sub(lambda m: f"{m[1]} {gerund_base(m[2]) or m[2]}", rest, count=1)
    return f"{gerund_base(first)} {rest}"


_NOT_VERBS = frozenset("the a an our their its all this these that those such further more each every any "
                       "international regional global national new".split())


def reads_as_verb(word: str) -> bool:
    """After "commitment to" or a cue's "to": a lower-case word that is no determiner and is a verb of undertaking or
    has no noun's ending ("enhance", "advance" are verbs)."""
    return (word[:1].islower() and word not in _NOT_VERBS
            and (word in KNOWN_VERBS or not word.endswith(("ism", "tion", "sion", "ment", "ity", "ness", "ance", "ence", "s"))))


def base_form(word: str) -> str | None:
    """The base form of a verb ("supports", "welcomed" -> "support", "welcome"), or None if not a known verb."""
    lowered = word.lower()
    for cut in ("", "s", "es", "d", "ed", "ies", "ied"):
        if cut and not lowered.endswith(cut):
            continue
        stem = lowered[: len(lowered) - len(cut)] if cut else lowered
        if cut in ("ies", "ied"):
            stem += "y"
        if stem in KNOWN_VERBS:
            return stem
    return None
