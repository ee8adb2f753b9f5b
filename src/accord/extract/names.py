"""How a text names the parties: the short forms and demonyms of countries (beside the maintained list of
their names, pycountry), the names of the organisations that are parties, and groups of countries named as
one subject. `extract.countries` finds them in a text."""

from __future__ import annotations


# Capitals that a report names for their governments ("Beijing will continue to …", "Moscow is ready to …"): as the
# subject of an undertaking they are parties (`subjects`, `guesses.guess_parties`), never a party guessed from a place
# named in the text.
CAPITAL_CODES: dict[str, str] = {
    "Beijing": "CN", "Astana": "KZ", "Nur-Sultan": "KZ", "Tashkent": "UZ", "Bishkek": "KG", "Dushanbe": "TJ",
    "Ashgabat": "TM", "Moscow": "RU", "Washington": "US", "Tokyo": "JP", "Seoul": "KR", "Brussels": "EU",
    "Ankara": "TR", "Delhi": "IN", "Islamabad": "PK", "Tehran": "IR", "Kabul": "AF", "Baku": "AZ", "Tbilisi": "GE",
    "Minsk": "BY", "Kyiv": "UA", "Ulaanbaatar": "MN", "Berlin": "DE", "Paris": "FR", "London": "GB", "Rome": "IT",
    "Riyadh": "SA", "Abu Dhabi": "AE", "Canberra": "AU", "Ottawa": "CA", "Jakarta": "ID", "Hanoi": "VN",
    "Bangkok": "TH", "Manila": "PH",
}
CAPITALS = frozenset(word for capital in CAPITAL_CODES for word in capital.split())

# Heads of state and government and foreign ministers whose names a report gives for their governments ("Tokayev
# proposed …", "President Rahmon invited …"): as the subject of an undertaking they are their country's party, as a
# capital is. Names of people since about 2000 of the region and its frequent partners; a Chinese name whole ("Li" is
# many), a surname where it is one person's or one country's (the two Berdimuhamedovs, the two Japarovs, the two
# Sharifs), with the spellings reports use.
LEADER_CODES: dict[str, str] = {
    **dict.fromkeys(("Xi Jinping", "Xi", "Hu Jintao", "Jiang Zemin", "Wen Jiabao", "Li Keqiang", "Li Qiang",
                     "Wang Yi", "Yang Jiechi", "Qin Gang", "Li Zhaoxing", "Han Zheng", "Wang Qishan"), "CN"),
    **dict.fromkeys(("Tokayev", "Tokaev", "Nazarbayev", "Nazarbaev", "Massimov", "Masimov", "Sagintayev", "Mamin",
                     "Smailov", "Bektenov", "Idrissov", "Abdrakhmanov", "Tleuberdi", "Nurtleu", "Kosherbayev"), "KZ"),
    **dict.fromkeys(("Japarov", "Zhaparov", "Jeenbekov", "Zheenbekov", "Atambayev", "Atambaev", "Bakiyev", "Akayev",
                     "Otunbayeva", "Kasymaliev", "Abdyldaev", "Aidarbekov", "Kazakbaev", "Kulubaev"), "KG"),
    **dict.fromkeys(("Rahmon", "Rakhmon", "Rahmonov", "Rakhmonov", "Rasulzoda", "Oqilov", "Zarifi", "Aslov",
                     "Muhriddin"), "TJ"),
    **dict.fromkeys(("Mirziyoyev", "Mirziyoev", "Mirziyaev", "Karimov", "Aripov", "Oripov", "Kamilov", "Norov"), "UZ"),
    **dict.fromkeys(("Berdimuhamedov", "Berdymukhamedov", "Berdimuhammedov", "Berdymukhammedov", "Niyazov",
                     "Meredov"), "TM"),
    **dict.fromkeys(("Putin", "Medvedev", "Mishustin", "Lavrov"), "RU"),
    **dict.fromkeys(("Modi", "Jaishankar", "Sushma Swaraj"), "IN"),
    **dict.fromkeys(("Nawaz Sharif", "Shehbaz Sharif", "Imran Khan", "Qureshi"), "PK"),
    **dict.fromkeys(("Karzai", "Ghani"), "AF"),
    **dict.fromkeys(("Erdogan", "Erdoğan", "Cavusoglu", "Çavuşoğlu", "Davutoglu", "Davutoğlu"), "TR"),
    **dict.fromkeys(("Rouhani", "Raisi", "Pezeshkian", "Amir-Abdollahian", "Araghchi"), "IR"),
    **dict.fromkeys(("Ilham Aliyev", "Bayramov"), "AZ"),
    **dict.fromkeys(("Lukashenko",), "BY"),
    **dict.fromkeys(("Pashinyan",), "AM"),
    **dict.fromkeys(("Khurelsukh",), "MN"),
    **dict.fromkeys(("Shinzo Abe", "Kishida", "Ishiba"), "JP"),
    **dict.fromkeys(("Moon Jae-in", "Yoon Suk Yeol", "Yoon Suk-yeol", "Park Geun-hye", "Lee Jae-myung"), "KR"),
    **dict.fromkeys(("Obama", "Trump", "Biden", "Blinken", "Pompeo"), "US"),
    **dict.fromkeys(("Orban", "Orbán", "Szijjarto", "Szijjártó"), "HU"),
    **dict.fromkeys(("Merkel", "Scholz", "Steinmeier"), "DE"),
    **dict.fromkeys(("Macron",), "FR"),
    **dict.fromkeys(("Meloni",), "IT"),
    **dict.fromkeys(("von der Leyen", "Borrell"), "EU"),
    **dict.fromkeys(("Guterres", "Ban Ki-moon"), "UN"),
}

# Short forms and demonyms of country names (as subjects: "the Chinese side") and their ISO
# codes, added to the names of the maintained list (pycountry); the first name of a code is
# the one a title uses.
COUNTRIES: dict[str, str] = {
    "China": "CN", "Chinese": "CN", "People’s Republic of China": "CN", "People's Republic of China": "CN",
    "Kyrgyzstan": "KG", "Kyrgyz": "KG", "Kyrgyz Republic": "KG",
    "Uzbekistan": "UZ", "Uzbek": "UZ", "Kazakhstan": "KZ", "Kazakh": "KZ", "Tajikistan": "TJ", "Tajik": "TJ",
    "Turkmenistan": "TM", "Turkmen": "TM", "Afghanistan": "AF", "Afghan": "AF", "Mongolia": "MN",
    "Mongolian": "MN", "Russia": "RU", "Russian Federation": "RU", "Russian": "RU", "Pakistan": "PK",
    "Pakistani": "PK", "India": "IN", "Indian": "IN", "Iran": "IR", "Iranian": "IR", "Turkey": "TR",
    "Türkiye": "TR", "Turkish": "TR", "Azerbaijan": "AZ", "Azerbaijani": "AZ", "Georgia": "GE",
    "Armenia": "AM", "Belarus": "BY", "Ukraine": "UA", "Ukrainian": "UA", "Japan": "JP", "Japanese": "JP",
    "Korea": "KR", "Republic of Korea": "KR", "Korean": "KR", "Vietnam": "VN", "Viet Nam": "VN",
    "Vietnamese": "VN", "Laos": "LA", "Lao": "LA", "Cambodia": "KH", "Cambodian": "KH", "Thailand": "TH",
    "Thai": "TH", "Myanmar": "MM", "Malaysia": "MY", "Malaysian": "MY", "Singapore": "SG", "Indonesia": "ID",
    "Indonesian": "ID", "Philippines": "PH", "Bangladesh": "BD", "Nepal": "NP", "Sri Lanka": "LK",
    "Saudi Arabia": "SA", "Saudi": "SA", "United Arab Emirates": "AE", "Egypt": "EG", "Egyptian": "EG",
    "Ethiopia": "ET", "Kenya": "KE", "Nigeria": "NG", "South Africa": "ZA", "Brazil": "BR", "Brazilian": "BR",
    "Argentina": "AR", "Mexico": "MX", "United States": "US", "American": "US", "Canada": "CA",
    "United Kingdom": "GB", "British": "GB", "France": "FR", "French": "FR", "Germany": "DE", "German": "DE",
    "Italy": "IT", "Italian": "IT", "Spain": "ES", "Poland": "PL", "Hungary": "HU", "Hungarian": "HU",
    "Serbia": "RS", "Serbian": "RS", "Greece": "GR", "Australia": "AU", "New Zealand": "NZ", "U.S.": "US",
    # the names a title gives the countries whose demonyms follow ("Bahrain to …", not "Bahraini to …")
    "Qatar": "QA", "Kuwait": "KW", "Oman": "OM", "Bahrain": "BH", "Czechia": "CZ", "Netherlands": "NL",
    "Switzerland": "CH", "Maldives": "MV",
    # abbreviations and demonyms that news reports use for a government
    "UAE": "AE", "Emirates": "AE", "Emirati": "AE", "UK": "GB", "U.K.": "GB", "Britain": "GB", "USA": "US",
    "U.S.A.": "US", "PRC": "CN", "ROK": "KR", "DPRK": "KP", "Kazakhstani": "KZ", "Uzbekistani": "UZ",
    "Tajikistani": "TJ", "Azeri": "AZ", "Belarusian": "BY", "Georgian": "GE", "Armenian": "AM", "Qatari": "QA",
    "Kuwaiti": "KW", "Omani": "OM", "Bahraini": "BH", "Czech": "CZ", "Dutch": "NL", "Swiss": "CH", "Filipino": "PH",
    "Singaporean": "SG", "Bangladeshi": "BD", "Sri Lankan": "LK", "Nepali": "NP", "Nepalese": "NP",
    "Maldivian": "MV",
}

# Names of the organisations that are parties (`domain.parties.ORGANISATIONS`), as a text names them.
ORGANISATIONS: dict[str, str] = {
    "European Union": "EU", "EU": "EU", "ASEAN": "ASEAN", "Association of Southeast Asian Nations": "ASEAN",
    "African Union": "AFU", "Shanghai Cooperation Organisation": "SCO", "Shanghai Cooperation Organization": "SCO",
    "SCO": "SCO", "Eurasian Economic Union": "EAEU", "EAEU": "EAEU", "Commonwealth of Independent States": "CIS",
    "CIS": "CIS", "Collective Security Treaty Organization": "CSTO", "CSTO": "CSTO", "United Nations": "UN",
    "UN": "UN", "BRICS": "BRICS", "G7": "G7", "Group of Seven": "G7", "G20": "G20", "Group of Twenty": "G20",
    "CICA": "CICA", "Conference on Interaction and Confidence-Building Measures in Asia": "CICA",
    "OSCE": "OSCE", "NATO": "NATO", "Organisation of Islamic Cooperation": "OIC", "OIC": "OIC",
    "Gulf Cooperation Council": "GCC", "GCC": "GCC", "APEC": "APEC", "WTO": "WTO", "World Trade Organization": "WTO",
    "Organization of Turkic States": "OTS", "Organisation of Turkic States": "OTS", "OTS": "OTS",
    "Economic Cooperation Organization": "ECO", "Economic Cooperation Organisation": "ECO", "ECO": "ECO",
    "International Fund for Saving the Aral Sea": "IFAS", "IFAS": "IFAS",
    "Central Asia Regional Economic Cooperation": "CAREC", "CAREC": "CAREC", "Asian Development Bank": "ADB", "ADB": "ADB",
    "Asian Infrastructure Investment Bank": "AIIB", "AIIB": "AIIB", "EBRD": "EBRD",
    "European Bank for Reconstruction and Development": "EBRD", "European Investment Bank": "EIB", "EIB": "EIB",
    "Islamic Development Bank": "ISDB", "IsDB": "ISDB", "ISDB": "ISDB", "New Development Bank": "NDB", "NDB": "NDB",
    "World Bank": "WBG", "World Bank Group": "WBG", "International Monetary Fund": "IMF", "IMF": "IMF",
    "OPEC Fund for International Development": "OFID", "OPEC Fund": "OFID", "OFID": "OFID",
    "World Customs Organization": "WCO", "World Customs Organisation": "WCO", "WCO": "WCO",
    "International Centre for Migration Policy Development": "ICMPD", "ICMPD": "ICMPD",
    "Eurasian Development Bank": "EDB", "EDB": "EDB",
}

# Groups of countries a statement names as one subject ("the Central Asian states"), and their codes.
COUNTRY_GROUPS: dict[str, tuple[str, ...]] = {
    "Central Asian": ("KZ", "KG", "TJ", "TM", "UZ"),
}
