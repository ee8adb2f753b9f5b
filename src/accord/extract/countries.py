"""Countries in a text: their names (a maintained list, pycountry, and the short forms and
demonyms of `names.COUNTRIES`) and ISO codes; and the organisations that are parties
(`domain.parties.ORGANISATIONS`, by the names of `names.ORGANISATIONS`), where a party is looked for."""

from __future__ import annotations

import functools
import re

from accord.domain.parties import ORGANISATIONS
from accord.extract.names import CAPITAL_CODES, COUNTRIES, COUNTRY_GROUPS, LEADER_CODES
from accord.extract.names import ORGANISATIONS as ORGANISATION_NAMES
from accord.extract.opening import by_first_letter, quick


@functools.lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every name of a country accord knows, and its ISO code: the maintained list's names
    (pycountry: name, common and official names without a comma) and, from `names.COUNTRIES`,
    short forms and demonyms ("the Chinese side")."""
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            name = getattr(country, attribute, None)
            if name and "," not in name:
                names[name] = country.alpha_2
    names.update(COUNTRIES)
    return names


@functools.lru_cache(maxsize=1)
def _country_pattern() -> re.Pattern:
    return quick(r"(?<![\w-])(" + by_first_letter(country_names()) + r")(?:’s|'s)?(?![\w])")


def countries_in(text: str) -> list[str]:
    """ISO codes of the countries named in ``text``, in order, each once; the parts of compound
    names ("China-Kyrgyzstan-Uzbekistan") count."""
    found = []
    if "U.S." in text:
        text = _DOLLARS.sub("", text)  # "500 million U.S. dollars": a currency, no party
    for match in _country_pattern().finditer(text.replace("-", " ").replace("–", " ")):
        code = country_names()[match.group(1)]
        if code not in found:
            found.append(code)
    return found


_DOLLARS = re.compile(r"\bU\.S\. dollars?\b")


def governments_in(text: str) -> list[str]:
    """The parties whose governments ``text`` names by their capitals or their leaders ("Astana and Tashkent agreed …",
    "Tokayev proposed …"), in order."""
    found = []
    for match in _government_pattern().finditer(text):
        if (code := _GOVERNMENT_NAMES[match.group(0)]) not in found:
            found.append(code)
    return found


def names_a_leader(text: str) -> bool:
    """Whether ``text`` names a leader of `names.LEADER_CODES` (not only a capital)."""
    return any(match.group(0) in LEADER_CODES for match in _government_pattern().finditer(text))


_GOVERNMENT_NAMES = CAPITAL_CODES | LEADER_CODES


@functools.lru_cache(maxsize=1)
def _government_pattern() -> re.Pattern:
    names = sorted(_GOVERNMENT_NAMES, key=len, reverse=True)  # "Xi Jinping" before "Xi"
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")


@functools.lru_cache(maxsize=1)
def country_words() -> frozenset[str]:
    """Every capitalised word of a country's name ("People’s", "Republic", "China"): they say who, not what (not
    "the", "of", "and" of "Congo, The Democratic Republic of the")."""
    return frozenset(w for name in country_names() for w in re.split(r"[\s’'()-]+", name) if w[:1].isupper())


def name_of(code: str) -> str:
    """The name a title gives a party: an organisation's short name (its code), a country's short
    form in `names.COUNTRIES`, else its common name."""
    if code in ORGANISATIONS:
        return code
    for name, known in COUNTRIES.items():
        if known == code:
            return name
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name if country else code


@functools.lru_cache(maxsize=None)
def _group_pattern(group: str) -> re.Pattern:
    return re.compile(rf"\b{group} (?:states|countries|nations|republics|partners)\b")


@functools.lru_cache(maxsize=1)
def _organisation_pattern() -> re.Pattern:
    return quick(r"(?<![\w-])(" + by_first_letter(ORGANISATION_NAMES) + r")(?:’s|'s)?(?![\w])")


def parties_in(text: str, groups: bool = True) -> list[str]:
    """The parties named in ``text``: its countries (`countries_in`), the countries of a group it
    names ("the Central Asian states", `names.COUNTRY_GROUPS`) and, after them, the organisations it
    names by their names or short names ("the European Union", "the EU", "ASEAN")."""
    found = countries_in(text)
    for group, codes in COUNTRY_GROUPS.items() if groups else ():
        if group in text and _group_pattern(group).search(text):
            found += [code for code in codes if code not in found]  # "the Central Asian states"
    for match in _organisation_pattern().finditer(text):
        code = ORGANISATION_NAMES[match.group(1)]
        if code not in found:
            found.append(code)
    return found
