"""A small learned area model beside the area cues: it reads which area a commitment's words belong to where the cues
are unsure or name none.

The model is a multinomial logistic regression over a quote's words, trained on the undertakings of the corpus's
development split and the areas their annotators gave them (bench/extract_area_model.py trains it, deterministically,
and writes `area_model.json`; the test split is never read). A draft asks it about each commitment whose cues are not
sure (`decide`): where they named none, its area wins if it gives it a share of at least NO_CUE_SHARE (else the
document's other commitments decide, `draft._with_context_area`); where they were unsure between areas, if it gives
it at least UNSURE_SHARE. Where the cues agree, they decide: overruling them as well reads the corpus better still,
and the two shipped texts worse (their seeds file some undertakings otherwise than the corpus's annotators). Each
area the model gives says so in the draft's comment, with its share and the words that weigh most. Measured in five
folds of the development split, the areas agree with the annotation on 68.6 % of the matched pairs, against 65.3 %
for the cues alone (docs/extract.md, "Area").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from accord.extract.guesses import NO_AREA_CUE, NO_AREA_CUE_OF_ITS_OWN, SURE_AREA

WEIGHTS = "area_model.json"
NO_CUE_SHARE = 0.3  # where the cues name no area, the model's area from this share on
UNSURE_SHARE = 0.8  # where the cues are unsure, the model's area from this share on
_TOKEN = re.compile(r"[a-z]+|\d+")
_SHORT_WORD = re.compile(r"[a-z]{1,2}$")


def words(text: str) -> list[str]:
    """The quote's distinct words, lower case, a number as "0", in order of first use."""
    return list(dict.fromkeys("0" if t[0].isdigit() else t for t in _TOKEN.findall(text.lower())))


@dataclass(frozen=True)
class Model:
    bias: dict[str, float]
    weights: dict[str, dict[str, float]]  # word → area → weight (an absent area weighs 0)

    def shares(self, text: str) -> dict[str, float]:
        """Each area's share (a probability) of the text."""
        scores = dict(self.bias)
        for word in words(text):
            for area, weight in self.weights.get(word, {}).items():
                scores[area] += weight
        top = max(scores.values())
        exps = {area: math.exp(score - top) for area, score in scores.items()}
        total = sum(exps.values())
        return {area: value / total for area, value in exps.items()}

    def best(self, text: str) -> tuple[str, float]:
        shares = self.shares(text)
        area = min(shares, key=lambda a: (-shares[a], a))
        return area, shares[area]

    def strongest(self, text: str, area: str, count: int = 3) -> list[str]:
        """The words of the text that weigh most towards ``area`` (a word of one or two letters says nothing)."""
        weighed = sorted(((self.weights.get(w, {}).get(area, 0.0), w) for w in words(text)
                          if not _SHORT_WORD.match(w)), reverse=True)
        return [f"“{w}”" for weight, w in weighed[:count] if weight > 0]

    def to_json(self) -> str:
        """The weights as JSON, a word to a line, each word's weights listed in the order of its areas."""
        areas = sorted(self.bias)
        lines = [f"{json.dumps(w)}: {json.dumps([by_area.get(a, 0.0) for a in areas])}"
                 for w, by_area in sorted(self.weights.items())]
        return (f'{{"areas": {json.dumps(areas)},\n"bias": {json.dumps([self.bias[a] for a in areas])},\n'
                f'"weights": {{\n' + ",\n".join(lines) + "}}\n")

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        areas = [str(a) for a in data["areas"]]
        return cls(dict(zip(areas, map(float, data["bias"]))),
                   {str(w): {a: float(x) for a, x in zip(areas, row) if x} for w, row in data["weights"].items()})


@cache
def shipped() -> Model:
    """The weights shipped with the package (read once, when a draft first needs them)."""
    return Model.from_json(resources.files("accord.extract").joinpath(WEIGHTS).read_text(encoding="utf-8"))


def decide(model: Model, quote: str, why: str) -> tuple[str, str] | None:
    """The area and its reason where the model's reading of ``quote`` wins over the cues' (``why``, how they filed it:
    sure, unsure, or naming no area), else None."""
    if why.startswith(SURE_AREA):
        return None
    named = not (why == NO_AREA_CUE or why.startswith(NO_AREA_CUE_OF_ITS_OWN))
    best, share = model.best(quote)
    if share < (UNSURE_SHARE if named else NO_CUE_SHARE):
        return None
    weighing = ", ".join(model.strongest(quote, best))
    reason = f"the area model reads {best} ({share:.2f}{'; weighing most: ' + weighing if weighing else ''})"
    return best, f"{reason}; {why}" if named else f"{reason}; no area cue"
