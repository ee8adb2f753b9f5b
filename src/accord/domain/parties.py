"""Who can be a party to a commitment: a country by its ISO 3166-1 alpha-2 code (as the
maintained list, pycountry, has it) or an organisation of states by its short name (the
documented list below). One rule (`is_party`) wherever a party is named: seed files,
`--party`, imported updates, merged state files, `extract`; `party_name` is how a party is
shown by name.
"""

from __future__ import annotations

import functools

# Organisations of states that issue statements and make commitments as one party, by the
# short name they are known by, in capitals. The African Union is AFU (AU is Australia's ISO code), the World Bank
# WBG (its group: two letters are a country's), the Islamic Development Bank ISDB.
ORGANISATIONS: dict[str, str] = {
    "EU": "European Union",
    "ASEAN": "Association of Southeast Asian Nations",
    "AFU": "African Union",
    "SCO": "Shanghai Cooperation Organisation",
    "EAEU": "Eurasian Economic Union",
    "CIS": "Commonwealth of Independent States",
    "CSTO": "Collective Security Treaty Organization",
    "UN": "United Nations",
    "BRICS": "BRICS",
    "G7": "Group of Seven",
    "G20": "Group of Twenty",
    "CICA": "Conference on Interaction and Confidence-Building Measures in Asia",
    "OSCE": "Organization for Security and Co-operation in Europe",
    "OTS": "Organization of Turkic States",
    "NATO": "North Atlantic Treaty Organization",
    "OIC": "Organisation of Islamic Cooperation",
    "GCC": "Gulf Cooperation Council",
    "APEC": "Asia-Pacific Economic Cooperation",
    "WTO": "World Trade Organization",
    "ECO": "Economic Cooperation Organization",
    "IFAS": "International Fund for Saving the Aral Sea",
    "CAREC": "Central Asia Regional Economic Cooperation Program",
    "ADB": "Asian Development Bank",
    "AIIB": "Asian Infrastructure Investment Bank",
    "EBRD": "European Bank for Reconstruction and Development",
    "EIB": "European Investment Bank",
    "ISDB": "Islamic Development Bank",
    "NDB": "New Development Bank",
    "WBG": "World Bank Group",
    "IMF": "International Monetary Fund",
    "OFID": "OPEC Fund for International Development",
    "WCO": "World Customs Organization",
    "ICMPD": "International Centre for Migration Policy Development",
    "EDB": "Eurasian Development Bank",
}

RULE = "an ISO 3166 alpha-2 country code such as CN or KG, or an organisation such as EU or SCO"


@functools.lru_cache(maxsize=512)
def is_party(code: str) -> bool:
    """Whether ``code`` names a party: an ISO 3166 alpha-2 country code or an organisation of
    `ORGANISATIONS`, written as listed (upper case)."""
    if code in ORGANISATIONS:
        return True
    if not (len(code) == 2 and code.isascii() and code.isupper() and code.isalpha()):
        return False
    import pycountry  # about 50 ms: only where a party is named

    return pycountry.countries.get(alpha_2=code) is not None


@functools.lru_cache(maxsize=512)
def party_name(code: str) -> str:
    """A party's name: the organisation's, else the country's common name, else the code itself."""
    if code in ORGANISATIONS:
        return ORGANISATIONS[code]
    if not is_party(code):
        return code
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or country.name


def party_label(code: str) -> str:
    """How a table shows a party: its code and name ("KG Kyrgyzstan", "EU European Union")."""
    name = party_name(code)
    return code if name == code else f"{code} {name}"
