"""The words the guesses of a candidate read (`guesses`, `draft`, `detect`): which point to a status, a kind or an
area, and which subjects stand for every party.

Like `cues`, general diplomatic vocabulary, read off the shipped seeds and widened to the words joint
statements use for the same things; docs/extract.md explains each list.
"""

from __future__ import annotations

import re

# -- status ---------------------------------------------------------------------

# Done at the meeting: the status is guessed `fulfilled`.
DONE_CUES = [r"\b(?:jointly )?signed\b(?! over| in the past)", r"\bwitnessed (?:\w+ )?the signing\b",
             r"\blaunched\b", r"\binaugurated\b", r"\bexchanged the (?:texts|instruments)\b"]
# The document performs the act itself ("decided to establish a … partnership"): `fulfilled`
# even though the words are a decision.
PERFORMED_CUES = [r"\bdecided to (?:establish|upgrade|elevate|launch|designate|announce)\b",
                  r"\b(?:upgrad|elevat|rais|lift)(?:ed|e|es|s)? (?:their |the |bilateral )?(?:ties|relations(?:hip)?) to\b",
                  r"\bhereby\b", r"\bannounced? the (?:establishment|launch)\b"]
# The document reports work under way: `in-progress` (and the tag progress-report).
PROGRESS_CUES = [r"\bprogress has been made\b", r"\bhas made (?:\w+ )?progress\b", r"\b(?:is|are) under way\b",
                 r"\b(?:is|are) underway\b", r"\b(?:is|are) being (?:built|constructed|implemented)\b",
                 r"\bconstruction (?:has|have) (?:started|begun)\b"]


# -- kind -----------------------------------------------------------------------

# The kind whose cue comes first in the undertaking (from its cue word on; else in the whole
# quote) wins, ties in this order; no cue: "policy". Case is ignored except for Title-case names.
KIND_CUES: list[tuple[str, list[str]]] = [
    ("agreement", [r"\bsign(?:ed|ing)?\b", r"\bagreements?\b", r"\bmemorand", r"\btreaty\b",
                   r"\bdeclaration\b", r"\b(?:Plan|Outline|Programme|Program|Protocol)\b",
                   r"\bcooperation documents\b", r"\bdocuments\b"]),
    ("mechanism", [r"\bcommittee\b", r"\bcommission\b", r"\bmechanism\b", r"\bworking group\b",
                   r"\bfund\b", r"\bcouncil\b", r"\bforum\b", r"\bplatform\b"]),
    ("project", [r"\bprojects?\b", r"\bconstruction of\b", r"\brailway\b", r"\bhighway\b", r"\bports?\b",
                 r"\bcanal\b", r"\bhospitals?\b", r"\bpipelines?\b", r"\bplants\b", r"\bworkshops?\b",
                 r"\b(?:centers|centres)\b", r"\blaborator", r"\brefiner"]),
    ("position", [r"\b(?:oppose|reject)", r"\b(?:stands? for|stands? against|are against|is against)\b",
                  r"\bsupport each other",
                  r"\bcore interests\b", r"\bsovereignty\b",
                  r"\bterritorial integrity\b", r"\bprinciple\b", r"\bcommunity of\b", r"\bsupports? [^.]{0,40}\binitiative\b",
                  r"\bresolution\b", r"\bpartnership\b", r"\badhere", r"\bone-China\b", r"\binterference\b",
                  r"\bhegemon", r"\binternal affairs\b", r"\binvited\b", r"\belections?\b"]),
]

# -- area -----------------------------------------------------------------------

# Word stems (regular expressions, matched at the start of a word, case ignored) per area, from
# the shipped seeds' quotes, titles and tags. The area whose cues weigh most in the clause wins:
# a cue in the first words (the verb and its object) counts double, in a capitalised name (the
# Development Fund, the Belt and Road) three times; ties go to the area named first. No cue: politics.
AREA_CUES: dict[str, list[str]] = {
    "politics": ["political", "politic", "sovereignty", "territorial", "core interest", "one-china", "taiwan",
                 "internal affairs", "human rights", "partnership", "community of shared", "high-level",
                 "visit", "parliament", "dialogue", "relations", "principles", "declaration", "treaty",
                 "regions", "local", "non-governmental", "invited", "one china", "reunification", "summit",
                 "heads of state", "head of state", "ministerial", "prime minister", "shared future", "mutual trust",
                 "friendship", "friendly", "strategic", "path of development", "development path", "government",
                 "border treat", "border issue", "regional cooperation", "democra", "rule of law", "gender", "women",
                 "refugee", "migra", "governance", "interference"],
    "security": ["security", "terroris", "counterterror", "counter-terror", "border guard", "extremis", "separatis", "three evil", "three forces", "drug",
                 "smuggling", "law-enforcement", "law enforcement", "border control", "intelligence",
                 "defense", "defence", "military", "cybercrime", "organized crime", "organised crime",
                 "border management", "police", "non-regional forces", "peace(?!ful uses?)", "stability", "weapon", "disarmament",
                 "non-proliferation", "conflict", "war\\b", "corruption", "money laundering", "crisis"],
    "trade": ["trade", "customs", "export", "import(?!an)", "economic and trade", "market access",
              "tariff", "commodit", "goods", "trade center", "trade centre",
              "economic (?:relations|ties|cooperation)", "business(?:es|men)?\\b"],
    "investment": ["investment", "investor", "enterprises", "business environment", "industrial park",
                   "invit\\w* (?:[\\w-]+ ){0,3}(?:firms|businesses|companies|businessmen|investors|entrepreneurs)"],
    "finance": ["financ", "bank", "currenc", "payment", "loan", "fund(?:s|ing)?\\b", "settlements? (?:in|of payments|system)", "credit", "monetary",
                "assistance", "economic growth", "macroeconomic", "debt", "fiscal", "tax",
                "inflation"],
    "connectivity": ["connectivity", "railway", "highway", "roads?\\b", "transport", "logistics", "ports?\\b",
                     "transit(?!ion)", "belt and road", "silk road", "flights?\\b", "aviation", "airports?\\b", "airlines?\\b",
                     "corridor", "cargo",
                     "visa", "border crossing", "multimodal", "interconnection", "infrastructure"],
    "energy": ["energy", "power\\b", "electric", "oil", "gas(?!tro)", "pipeline", "refiner", "hydropower", "coal(?!ition)",
               "nuclear", "renewable", "solar", "wind power", "grid", "fossil", "fuel"],
    "industry": ["industr", "manufactur", "mining", "metallurg", "textile", "processing", "supply chain",
                 "production capacity", "minerals", "raw material", "employment", "jobs", "labour", "labor(?!ator)"],
    "agriculture": ["agricultur", "farm", "irrigation", "canal", "water canal", "water-saving", "planting", "crop",
                    "livestock",
                    "animal husbandry", "veterinar", "quarantine", "food security", "grain", "cotton",
                    "fisher", "hunger", "food"],
    "digital": ["digital", "e-commerce", "internet", "information technology", "telecommunication",
                "5g", "cyber", "postal", "artificial intelligence", "data"],
    "science": ["scien", "technolog", "research", "innovation", "space", "laborator"],
    "culture": ["cultur", "people-to-people", "tourism", "touris", "film", "heritage", "festival", "sport",
                "media(?!tion)", "arts?\\b", "museum", "youth"],
    "education": ["educat", "student", "study in", "universit", "school", "language teaching",
                  "confucius", "vocational", "luban", "scholarship", "training", "erasmus", "exchange program"],
    "health": ["health", "medic", "hospital(?!ity)", "epidemic", "pandemic", "vaccin", "disease", "covid"],
    "environment": ["environment", "climate", "green development", "ecolog", "mountain", "glacier", "water",
                    "rivers?\\b", "transboundary",
                    "desertification", "biodiversity", "pollution", "disaster", "emission", "carbon",
                    "temperature", "paris agreement", "global warming",
                    "net zero", "decarboni", "emergenc(?!e\\b)", "rescue"],
    "multilateral": ["united nations", "un\\b", "security council", "shanghai cooperation organization", "sco\\b", "cica",
                     "conference on interaction", "multilateral", "international order", "international system",
                     "global development initiative", "global civilization", "general assembly", "brics",
                     "g20", "international and regional", "hegemon", "unilateralism",
                     "agenda for sustainable development", "2030 agenda", "resolution", "international relations",
                     "global partnership", "international affairs", "member states", "organization", "organisation",
                     "sustainable development", "poverty", "asean", "osce", "east asia summit", "eas\\b", "cis\\b",
                     "global governance", "world order", "multipolar"],
}

# -- parties --------------------------------------------------------------------

# A party's will, named as its own ("China's willingness to …", "the readiness of the Tajik side to …"): whose it is
# says who undertakes what no subject names (`guesses.guess_parties`).
WILL_NOUNS = (r"(?:willingness|readiness|support|commitment|assistance|intention|desire|interest|determination|resolve|"
              r"dedication|openness|keenness|eagerness|aspiration|adherence|pledge|"
              r"intent|plans?|proposal|offer)")

# Subjects that stand for every party of the document.
ALL_PARTIES = re.compile(r"\b(?:the two|both|all|the three|the) (?:sides|parties|countries|heads of state|"
                         r"leaders|presidents|premiers|prime ministers|(?:foreign )?ministers|governments|states)\b"
                         r"(?!\s+of\s+(?-i:[A-Z]))|^(?:they|we)\b",
                         re.IGNORECASE)  # not "the Governments of Kazakhstan and the United States": those named
