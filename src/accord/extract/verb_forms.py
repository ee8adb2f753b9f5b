"""The forms of the verbs a title is made of: a known verb's base form from its inflections ("supports", "welcomed" ->
"support", "welcome") and from its gerund ("strengthening" -> "strengthen"), and whether a word after "to" reads as
a verb. Known verbs are the cue lists' verbs of action and the verbs titles meet besides them."""

from __future__ import annotations

import re

from accord.extract import cues

KNOWN_VERBS = frozenset(cues.ACTION_VERBS) | frozenset("""reaffirm invite affirm agree decide expand note prepare set
    take remain invest meet address tackle realise realize limit mobilise mobilize scale phase deliver reform counter
    respect comply honour honor end eliminate eradicate stand task instruct mandate direct ask request charge
    organize organise consider abide bring plan remove call demand confirm suggest endorse equip
    urge""".split())
_GERUND_PAIR = re.compile(r"(\w+ing) (and|or) (\w+ing)\b")
_AND_GERUND = re.compile(r"\b(and|or) (\w+ing)\b")


def gerund_base(word: str) -> str | None:
    """The base form of a known verb's gerund ("strengthening" -> "strengthen", "making" -> "make")."""
    if not word.lower().endswith("ing"):
        return None
    stem = word[:-3]
    return base_form(stem) or base_form(stem + "e") or (base_form(stem[:-1]) if stem[-1:] == stem[-2:-1] else None)


def gerunds_to_base(body: str) -> str:
    """"Developing and intensifying …" -> "develop and intensify …" (known verbs only)."""
    pair = _GERUND_PAIR.match(body)
    if pair and gerund_base(pair[1]) and gerund_base(pair[3]):
        return f"{gerund_base(pair[1])} {pair[2]} {gerund_base(pair[3])}{body[pair.end():]}"
    return body


def from_gerund(body: str) -> str:
    """"investing in X and meeting Y" -> "invest in X and meet Y" (``body`` opens with a known verb's gerund)."""
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
