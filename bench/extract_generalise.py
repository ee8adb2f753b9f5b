"""Does `accord extract` generalise? Probes on the corpus's development split only.

    python bench/extract_generalise.py families      # dev figures per source family
    python bench/extract_generalise.py paraphrase    # dev figures on reworded copies of the dev texts
    python bench/extract_generalise.py rule          # sentences written from the annotation rule
    python bench/extract_generalise.py layout        # dev figures with the texts laid out otherwise
    python bench/extract_generalise.py batches       # dev figures per batch of the corpus, and without it

families: the dev documents grouped by the family of texts they come from (multilateral
communiqués, China's texts with Central Asia, other bilateral and plurilateral statements), so
that a rule written looking at one family can be measured on the others.

paraphrase: each rewording replaces a phrase by one that means the same (a subject, a modal,
a verb of action, a spelling) in the text and in its annotated spans alike, and the dev split
is scored again; a rule that keys on one document's phrasing loses there, a rule that reads
the clause's structure does not. The rewordings are general English, chosen before the
extractor was run on them, never read off a document's misses.

rule: the sentences of bench/extract_rule_cases.py, written from the annotation rule, each form it
names in a sentence of its own: how many are read as the rule reads them (-v lists the others); the
fourth round's probe, the fifth's (bench/extract_rule_cases_fifth.py), the sixth's (bench/extract_rule_cases_sixth.py) and
the seventh's (bench/extract_rule_cases_seventh.py), each written before the extractor ran on it, are counted apart.

layout: each dev text's paragraphs written out again, wrapped, numbered, with blank lines, all on one line.

batches: the dev documents grouped by the batch of the corpus they came in (bench/corpus/README.md), each
batch's figures and those of the dev split without it: a rule written looking at one batch's misses is
measured on the others (leave one batch out); a dev document of no batch listed came later.

The test split is never read here.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval  # noqa: E402

FAMILIES = {  # by the id's prefix: who issued the text
    "communiques": ("g7-", "g20-", "brics-", "asean-", "sco-", "cica-", "eu-afu-", "cis-", "eaeu-", "ots-", "focac-"),
    "china-central-asia": ("cn-", "c5-"),
    "other": ("c5plus1-", "eu-ca-", "ca-", "in-", "jp-", "kr-", "ru-", "kz-", "us-"),
}


def family_of(document_id: str) -> str:
    for family, prefixes in FAMILIES.items():
        if document_id.startswith(prefixes):
            return family
    return "other"


# The dev documents of each batch of the corpus, as bench/corpus/README.md draws them.
BATCHES = {
    "first": ("asean-34-2019-chairmans-statement", "asean-35-2019-chairmans-statement", "brics-2015-ufa-declaration",
              "c5-astana-2025-declaration", "c5-xian-2023-declaration", "c5plus1-2020-ministerial",
              "cica-2022-astana-statement", "cn-kz-2013-declaration-report", "cn-kz-2022-joint-statement-report",
              "cn-kz-2023-joint-statement", "cn-tj-2000-joint-statement-report", "cn-tj-2008-joint-statement",
              "cn-tj-2021-fm-readout", "cn-tj-2024-joint-statement-report", "cn-tm-2023-joint-statement",
              "cn-uz-2016-partnership-report", "cn-uz-2022-joint-statement-report", "eu-ca-2025-samarkand-declaration",
              "g7-2018-charlevoix-communique", "sco-2024-astana-declaration"),
    "second": ("asean-2023-acc-retreat-press-statement", "asean-43-2023-chairmans-statement",
               "brics-2017-xiamen-declaration", "brics-2024-kazan-declaration", "cn-kg-2007-joint-statement-report",
               "cn-kz-2024-joint-statement", "cn-kz-2024-talks-readout", "cn-tj-2017-talks-readout",
               "cn-tj-2023-joint-statement", "cn-tm-2021-fm-readout", "g20-2016-hangzhou-communique",
               "g7-2023-hiroshima-communique", "in-jp-2015-vision-2025-joint-statement", "jp-in-2011-joint-statement",
               "sco-2019-bishkek-declaration", "us-gcc-2023-ministerial-statement", "us-jp-2023-joint-statement"),
    "third": ("c5plus1-2015-samarkand-declaration", "cica-2019-dushanbe-declaration-report",
              "cn-ca-2022-fm-joint-statement", "eu-afu-2022-joint-vision"),
    "fourth": ("ca-de-2024-astana-declaration", "ca-jp-2010-fm-joint-press-release", "ca-jp-2022-fm-meeting-report",
               "ca-osce-2023-fm-forum-report", "cis-2025-dushanbe-summit-report", "cn-ca-2024-fm-joint-statement",
               "eaeu-2020-covid-statement", "in-ca-2022-summit-press-release", "kr-ca-2007-cooperation-forum-report",
               "kr-tm-2024-joint-statement", "kz-uz-2023-fm-meeting-readout", "ots-2022-samarkand-declaration-report",
               "ru-ca-2025-dushanbe-communique-report"),
    "fifth": ("cn-ru-2023-joint-statement", "eu-jp-2011-summit-report", "eu-jp-2023-summit-joint-statement",
              "gcc-ca-2023-jeddah-joint-statement", "in-ca-2019-fm-dialogue-joint-statement", "in-ru-2021-summit-report",
              "kz-kr-2024-talks-briefing-report", "kz-tr-2022-enhanced-partnership-statement",
              "ots-2024-garabagh-declaration", "sco-2016-tashkent-cfm-communique", "sco-2020-moscow-cfm-report",
              "us-kz-2018-leaders-statement", "uz-tr-2022-council-readout"),
    "sixth": ("brics-2019-brasilia-declaration-report", "cica-2014-shanghai-declaration", "cn-kz-2014-declaration-report",
              "cn-tm-2008-joint-statement", "cn-tm-2013-declaration-report", "cn-tm-2023-xian-meeting-readout",
              "eu-ca-2018-brussels-communique", "eu-ca-2019-bishkek-communique-report",
              "focac-2018-beijing-declaration-report", "focac-2024-beijing-declaration",
              "g20-2021-rome-declaration-summary", "sco-2018-qingdao-declaration-report"),
    "seventh": ("asean-40-41-2022-chairmans-statement", "c5plus1-2021-tashkent-connectivity-statement",
                "c5plus1-2021-unga-ministerial", "c5plus1-2021-virtual-ministerial", "cn-kg-2023-partnership-declaration",
                "cn-kg-2023-talks-readout", "eu-ca-2021-dushanbe-communique", "sco-2023-new-delhi-declaration-report"),
    "eighth": ("c5plus1-2023-astana-ministerial", "ca-jp-2025-tokyo-summit-report", "cn-kg-2024-talks-readout",
               "cn-tj-2025-talks-report", "cn-tm-2022-talks-report", "cn-uz-2004-joint-statement-report",
               "cn-uz-2007-joint-communique-report", "eu-ca-2025-ashgabat-communique-report",
               "sco-2021-dushanbe-declaration-report"),
    "ninth": ("cn-ca-2020-fm-meeting-report", "cn-kz-2023-beijing-meeting-report", "cn-tm-2025-astana-meeting-report",
              "cn-uz-2013-talks-readout", "cn-uz-2019-premier-meeting-readout", "eu-ca-2020-ministerial-report",
              "kr-ca-2021-fm-meetings-readout", "sco-2017-astana-summit-report", "uz-tr-2024-council-report"),
    "tenth": ("cica-2002-almaty-act", "cn-az-2025-partnership-joint-statement", "cn-by-2022-joint-statement-report",
              "cn-ge-2023-partnership-joint-statement", "cn-pk-2024-joint-statement-report",
              "eu-ca-2022-astana-leaders-statement", "sco-2010-tashkent-declaration", "sco-2014-dushanbe-declaration",
              "turkic-2010-istanbul-declaration"),
    "eleventh": ("brics-2023-johannesburg-declaration", "cn-af-2012-partnership-declaration", "cn-af-2016-joint-statement",
                 "cn-kh-2022-joint-communique-report", "cn-kz-2011-joint-statement-report", "cn-rs-2024-joint-statement",
                 "kr-uz-2019-summit-press-statement", "sco-2007-bishkek-declaration", "sco-2015-ufa-communique-report"),
    "twelfth": ("cn-kg-2004-joint-statement-report", "cn-kg-2014-shanghai-talks-report", "cn-kz-2005-joint-statement-report",
                "cn-kz-2016-tashkent-meeting-readout", "cn-tm-2006-gas-agreement-report", "cn-tm-2011-talks-report",
                "cn-uz-2010-talks-report", "in-ca-2021-fm-dialogue-report", "jp-kz-2017-fm-meeting-readout"),
    "thirteenth": ("c5plus1-2020-high-level-dialogue-statement", "cn-mn-2019-talks-report",
                   "cn-tj-2018-qingdao-meeting-report", "jp-uz-2002-partnership-joint-statement",
                   "kz-kg-2024-astana-talks-report", "kz-uz-2022-tashkent-talks-report", "sco-2009-yekaterinburg-declaration",
                   "us-uz-2018-strategic-partnership-statement", "us-uz-2021-spd-joint-statement"),
    "fourteenth": ("by-kz-ru-2011-integration-declaration-report", "cica-1999-principles-declaration",
                   "cica-2006-almaty-declaration-report", "cis-1991-alma-ata-declaration",
                   "cis-2005-moscow-humanitarian-declaration-report", "cn-kg-2021-fm-meeting-report",
                   "cn-kg-2025-beijing-talks-report", "cn-tm-2014-ashgabat-meeting-readout", "in-ca-2025-dialogue-report"),
    "fifteenth": ("cn-kg-2022-beijing-meeting-report", "cn-tj-2010-joint-communique-report",
                  "gcc-ca-2024-tashkent-ministerial-report", "jp-tm-2017-fm-meeting-readout",
                  "kr-kz-2021-summit-press-statement", "tr-kg-2024-council-report", "us-kz-2015-spd-joint-statement",
                  "us-kz-2022-espd-joint-statement", "us-uz-2024-spd-joint-statement"),
    "sixteenth": ("c5plus1-2016-washington-ministerial-report", "cn-kz-2025-astana-meeting-report",
                  "cn-tm-2025-beijing-meeting-report", "cn-uz-2022-beijing-meeting-report",
                  "in-uz-2018-joint-statement-report", "jp-uz-2022-telephone-talk-readout", "sco-2018-beijing-cfm-report",
                  "sco-2023-goa-cfm-report"),
    "seventeenth": ("cn-kg-2019-fm-meeting-report", "cn-kz-2016-hangzhou-meeting-report",
                    "eu-uz-2004-cooperation-council-press-release", "kz-tj-2023-allied-interaction-declaration",
                    "ru-tj-2008-press-statements", "tj-kg-2025-press-statement", "uz-pk-2015-joint-declaration",
                    "uz-pk-2022-joint-declaration"),
    "eighteenth": ("cn-kg-2018-fm-talks-report", "cn-kz-2015-davos-premier-meeting-readout",
                   "cn-kz-2024-shanghai-premier-meeting-report", "cn-kz-2025-tianjin-fm-meeting-report",
                   "cn-tj-2024-dushanbe-fm-talks-report", "cn-tm-2021-xian-fm-talks-readout",
                   "cn-tm-2022-tunxi-fm-meeting-report", "cn-uz-2017-tashkent-security-meeting-report",
                   "cn-uz-2019-beijing-brf-meeting-report"),
    "nineteenth": ("az-tm-tr-2022-avaza-summit-joint-statement", "ca-jp-2022-fm-virtual-meeting-report",
                   "eaeu-2023-eurasian-economic-path-declaration-report", "eco-2017-islamabad-declaration-report",
                   "eco-2021-ashgabat-consensus-for-action", "eu-ca-2012-bishkek-ministerial-remarks",
                   "kr-ca-2009-cooperation-forum-report", "ots-2021-turkistan-informal-summit-report",
                   "sco-2008-dushanbe-declaration-report"),
    "twentieth": ("cn-kz-2021-tashkent-fm-meeting-readout", "cn-kz-2022-premier-video-meeting-report",
                  "cn-tj-2023-beijing-vp-meeting-report", "eu-kz-2024-cooperation-council-report",
                  "ir-tm-2024-tehran-talks-report", "kz-tm-2024-ashgabat-talks-report", "ru-tm-2022-declaration-report",
                  "tj-pk-2014-enhanced-partnership-joint-statement", "uz-af-2018-kabul-fm-meeting-report"),
    "twenty-first": ("az-tm-tr-2017-baku-fm-declaration", "az-tr-uz-2022-tashkent-declaration",
                     "cn-kg-2003-fm-joint-communique-report", "cn-tj-2002-joint-statement-report",
                     "ir-tj-2021-press-statement", "kz-mn-2024-ulaanbaatar-talks-report",
                     "kz-pk-2026-strategic-partnership-report", "ru-kg-2023-joint-statement-report",
                     "tj-pk-2022-joint-communique-report"),
    "twenty-second": ("asean-44-45-2024-chairmans-statement", "brics-2016-goa-declaration",
                      "c5plus1-2024-unga-meeting-report", "cica-2016-beijing-ministerial-report",
                      "cn-ca-2023-xian-summit-outcomes-list", "g20-2015-antalya-summit-report",
                      "g20-2024-rio-declaration-summary", "g7-2017-taormina-summit-report",
                      "g7-2024-apulia-communique-report"),
    "twenty-third": ("cn-kz-2021-fm-phone-readout", "de-uz-2023-declaration-of-intent",
                     "eu-kg-2016-cooperation-council-press-release", "jp-kg-2017-fm-meeting-readout",
                     "kr-tj-2021-fm-talks-report", "kz-it-2024-joint-statement-report", "ru-kg-2019-bishkek-press-statements",
                     "us-tm-2023-abc-joint-statement", "uz-kg-2021-tashkent-talks-report"),
    "twenty-fourth": ("asean-cn-2018-singapore-summit-chairmans-statement", "asean3-2019-bangkok-summit-chairmans-statement",
                      "brics-2010-brasilia-joint-statement", "cn-arab-2022-riyadh-summit-declaration",
                      "cn-celac-2025-beijing-declaration", "cn-pic-2022-fm-visit-consensus-readout",
                      "focac-2021-dakar-declaration", "ots-2023-astana-summit-report", "sco-2016-tashkent-summit-report"),
    "twenty-fifth": ("cn-kg-2017-sochi-premier-meeting-readout", "cn-kg-2025-tianjin-meeting-report",
                     "cn-kz-2010-dushanbe-premier-meeting-report", "cn-kz-2020-nur-sultan-fm-meeting-readout",
                     "cn-tj-2015-zhengzhou-premier-meeting-report", "cn-tj-2021-phone-call-report",
                     "cn-tj-2021-xian-fm-talks-readout", "cn-tm-2022-phone-call-readout",
                     "cn-uz-2023-hangzhou-premier-meeting-report"),
    "twenty-sixth": ("az-uz-2024-tashkent-allied-treaty-report", "by-tj-2018-joint-statement-report",
                     "by-uz-2024-tashkent-talks-report", "in-tm-2022-ashgabat-talks-report", "ir-tj-2022-tehran-talks-readout",
                     "ir-uz-2023-tehran-talks-report", "jp-uz-2025-fm-strategic-dialogue-report",
                     "mn-uz-2025-ulaanbaatar-declaration-report", "uz-kg-2023-bishkek-talks-readout"),
    "twenty-seventh": ("c5plus1-2024-critical-minerals-dialogue-report", "eu-tj-2019-cooperation-committee-report",
                       "eu-uz-2014-cooperation-council-report", "in-ca-2022-nsa-meeting-report",
                       "kz-fr-2024-joint-declaration-report", "us-kg-2019-abc-report", "us-kg-2024-abc-joint-statement-report",
                       "us-kz-2021-espd-joint-statement-report", "us-uz-2020-abc-joint-statement-report"),
    "twenty-eighth": ("ca-2019-tashkent-consultative-meeting-report", "csto-2008-moscow-declaration",
                      "eco-2025-khankendi-summit-report", "ifas-2002-dushanbe-meeting-report", "ots-2014-bodrum-declaration",
                      "sco-2001-shanghai-summit-report", "sco-2008-astana-hog-meeting-report",
                      "sco-2015-zhengzhou-hog-meeting-report", "sco-2021-dushanbe-defence-ministers-report"),
    "twenty-ninth": ("cn-kg-2010-dushanbe-premier-meeting-report", "cn-kg-2019-bishkek-security-meeting-report",
                     "cn-kg-2023-bishkek-premier-talks-report", "cn-kz-2001-joint-communique-report",
                     "cn-kz-2014-astana-premier-talks-report", "cn-kz-2022-nur-sultan-fm-talks-report",
                     "cn-tj-2009-yekaterinburg-meeting-report", "cn-tm-2023-cooperation-committee-report",
                     "ru-ca-2025-almaty-fm-meeting-report"),
    "thirtieth": ("apec-2023-golden-gate-declaration-report", "g20-2011-cannes-declaration",
                  "g20-2020-energy-ministers-statement", "g7-2021-london-fm-communique",
                  "g7-2022-berlin-development-ministers-communique", "g7-2024-reggio-calabria-trade-ministers-statement",
                  "g7-2025-kananaskis-chairs-summary", "i2u2-2022-leaders-joint-statement",
                  "osce-2010-astana-commemorative-declaration"),
    "thirty-first": ("cn-kz-2012-premiers-meeting-report", "cn-kz-2017-cooperation-committee-readout",
                     "cn-kz-2023-cooperation-committee-report", "cn-kz-2025-almaty-fm-strategic-dialogue-report",
                     "cn-kz-2025-cooperation-committee-report", "cn-tm-2022-nur-sultan-fm-meeting-readout",
                     "cn-tm-2023-beijing-fm-meeting-report", "cn-uz-2022-intergovernmental-committee-report",
                     "cn-uz-2024-intergovernmental-committee-report"),
    "thirty-second": ("ca-jp-2006-action-plan", "eu-uz-2022-tashkent-meeting-report", "in-ca-2020-dialogue-report",
                      "kz-tj-tm-uz-2020-kyrgyzstan-statement-report", "ru-tj-2011-dushanbe-press-statements",
                      "us-kg-2002-joint-statement", "us-tj-2021-abc-readout", "uz-pk-2021-joint-declaration",
                      "uz-tm-2017-ashgabat-press-statement-report"),
    "thirty-third": ("ca-2021-avaza-consultative-meeting-report", "ca-2024-astana-consultative-meeting-report",
                     "csto-2016-yerevan-summit-report", "eaeu-2018-st-petersburg-seec-report",
                     "eco-2010-istanbul-declaration-report", "ots-2018-cholpon-ata-summit-report",
                     "sco-2011-st-petersburg-hog-communique-report", "sco-2012-beijing-summit-report",
                     "sco-2014-astana-hog-statement-report"),
    "thirty-fourth": ("cn-kg-2018-dushanbe-premier-meeting-report", "cn-kg-2022-cholpon-ata-meeting-report",
                      "cn-kg-2024-islamabad-premier-meeting-report", "cn-tj-2025-almaty-fm-meeting-readout",
                      "cn-tj-2025-tianjin-fm-meeting-report", "kg-tj-2025-bishkek-state-visit-report",
                      "kg-tm-2021-ashgabat-talks-report", "uz-tj-2022-dushanbe-fm-meeting-report",
                      "uz-tm-2021-ashgabat-talks-report"),
    "thirty-fifth": ("c5plus1-2016-hamburg-meeting-readout", "eu-kg-2010-cooperation-council-press-release",
                     "eu-kz-2015-cooperation-council-report", "eu-kz-2022-cooperation-committee-press-release",
                     "eu-tj-2017-cooperation-council-main-results", "eu-uz-2015-cooperation-council-press-release",
                     "us-uz-2019-abc-report", "us-uz-2022-spd-joint-statement", "us-uz-2023-spd-joint-statement"),
    "thirty-sixth": ("cn-kz-2024-boao-meeting-report", "cn-kz-2025-beijing-fm-talks-report",
                     "cn-tm-2020-fm-phone-readout", "cn-tm-2022-samarkand-meeting-report",
                     "cn-tm-2025-fm-phone-readout", "cn-uz-2018-beijing-fm-talks-readout",
                     "cn-uz-2018-dushanbe-premier-meeting-report", "cn-uz-2024-astana-meeting-report",
                     "cn-uz-2024-shanghai-premier-meeting-report"),
    "thirty-seventh": ("de-kz-2024-astana-talks-report", "in-tj-2018-dushanbe-joint-statement-report",
                       "in-uz-2020-virtual-summit-joint-statement", "jp-uz-2011-joint-statement",
                       "kg-hu-2020-budapest-talks-report", "kz-ae-2023-abu-dhabi-talks-report",
                       "ru-tj-2025-dushanbe-press-statement", "tr-uz-2018-tashkent-press-statements-report",
                       "uz-fr-2022-paris-talks-report"),
    "thirty-eighth": ("asean-cn-2016-vientiane-fm-doc-statement-report",
                      "asean-cn-2019-bangkok-summit-chairmans-statement",
                      "asean3-2005-kuala-lumpur-summit-chairmans-statement", "asean3-2017-manila-declaration",
                      "brics-2019-new-york-fm-meeting-statement", "brics-2024-nizhny-novgorod-fm-joint-statement",
                      "carec-2016-islamabad-joint-ministerial-statement",
                      "carec-2018-ashgabat-ministerial-conference-report", "caspian-2014-astrakhan-statement-report"),
    "thirty-ninth": ("cn-ca-2021-lanzhou-cooperation-forum-report", "cn-ca-2022-economic-trade-forum-report",
                     "cn-ca-2023-beijing-customs-heads-meeting-report", "cn-ca-2023-economy-trade-ministers-report",
                     "cn-ca-2023-qingdao-industry-investment-forum-report", "cn-ca-2024-secretariat-launch-report",
                     "cn-ca-2024-vice-fm-ambassadors-meeting-readout", "cn-ca-2024-yinchuan-cooperation-forum-report",
                     "cn-ca-2025-education-ministers-report"),
    "fortieth": ("de-kz-2023-berlin-press-conference-report", "jp-kz-2016-tokyo-press-conference-report",
                 "kr-tm-2019-ashgabat-press-statement-report", "ru-kg-2012-bishkek-press-conference-report",
                 "ru-kg-2025-bishkek-press-statements", "ru-kz-2023-astana-press-statements-report",
                 "ru-tm-2017-ashgabat-press-statements-report", "ru-uz-2016-moscow-press-statements"),
    "forty-first": ("cn-kg-2020-irkeshtam-torugart-meeting-report", "cn-kg-2023-transport-industrial-park-mou-report",
                    "cn-kg-2025-irkeshtam-bridge-ratification-report", "cn-kg-2025-urumqi-xinjiang-meeting-report",
                    "cn-kg-uz-2024-railway-agreement-signing-readout", "cn-kg-uz-2024-railway-commencement-report",
                    "cn-kz-2015-beijing-capacity-talks-readout", "cn-tj-2014-line-d-groundbreaking-report",
                    "cn-uz-2016-angren-pap-tunnel-readout"),
    "forty-second": ("brics-2009-yekaterinburg-press-statement", "brics-2011-sanya-declaration-action-plan",
                     "brics-2013-ethekwini-declaration", "g20-2009-london-leaders-statement",
                     "g20-2010-toronto-summit-outcomes", "g20-2012-los-cabos-declaration",
                     "g8-2007-heiligendamm-chairs-summary", "g8-2011-deauville-declaration",
                     "g8-2012-camp-david-summit-report"),
    "forty-third": ("cn-bd-2014-joint-statement", "cn-bn-2018-joint-statement-report",
                    "cn-id-2005-strategic-partnership-declaration-report", "cn-la-2000-joint-declaration-report",
                    "cn-np-2012-joint-statement", "cn-ph-2016-joint-statement", "cn-sg-2015-joint-statement",
                    "cn-th-2023-joint-press-communique", "cn-tl-2014-joint-statement"),
    "forty-fourth": ("cn-ae-2024-joint-statement", "cn-by-2005-joint-declaration",
                     "cn-by-2007-joint-communique-report", "cn-dz-2023-joint-statement-report",
                     "cn-ir-sa-2023-trilateral-statement-report", "cn-qa-2014-partnership-report",
                     "cn-ru-2018-joint-statement-report", "cn-sa-2017-joint-statement-report",
                     "cn-sy-2023-joint-statement-report"),
    "forty-fifth": ("cn-ar-2022-joint-statement-report", "cn-br-2009-joint-communique-report",
                    "cn-et-2023-partnership-joint-statement-report", "cn-fj-2002-joint-statement",
                    "cn-ng-2014-joint-statement", "cn-sb-2023-partnership-joint-statement",
                    "cn-tz-2022-partnership-joint-statement", "cn-ws-2024-joint-statement",
                    "cn-za-2013-joint-communique"),
    "forty-sixth": ("az-tm-tr-2021-ankara-fm-joint-statement-report", "az-uz-2022-declaration-report",
                    "kz-az-2022-baku-talks-report", "kz-tj-2021-dushanbe-talks-report",
                    "ru-kz-2017-joint-statement-report", "ru-kz-2024-joint-statement-report",
                    "tj-pk-2024-joint-statement", "tm-ua-2015-joint-statement-report",
                    "us-kg-2023-abc-joint-statement"),
    "forty-seventh": ("cn-af-2013-joint-statement", "cn-jp-2007-joint-press-statement",
                      "cn-kh-2016-joint-communique-report", "cn-la-2014-joint-statement-report",
                      "cn-mn-2015-joint-statement-report", "cn-nz-2024-joint-outcomes-statement",
                      "cn-pg-2022-joint-statement", "cn-vn-2023-joint-press-release-report",
                      "cn-vu-2019-joint-press-communique"),
    "forty-eighth": ("cn-be-2014-partnership-joint-declaration", "cn-de-2014-partnership-joint-declaration",
                     "cn-es-2018-joint-statement-report", "cn-eu-2019-summit-joint-statement",
                     "cn-gb-2014-joint-statement", "cn-gr-2016-partnership-joint-declaration",
                     "cn-it-2013-governmental-committee-joint-communique", "cn-nl-2014-partnership-joint-statement",
                     "cn-pl-2011-partnership-joint-statement-report"),
    "forty-ninth": ("am-kz-2024-yerevan-talks-report", "am-kz-2025-strategic-partnership-report",
                    "by-uz-2019-minsk-talks-report", "ca-2022-cholpon-ata-consultative-meeting-report",
                    "kg-tm-2018-strategic-partnership-declaration-report", "kz-kg-2021-joint-statement-report",
                    "ru-kz-2022-declaration-report", "ru-uz-2022-declaration-report", "tm-uz-2022-declaration-report"),
    "fiftieth": ("kg-tr-2023-fm-phone-call-report", "kz-eu-2020-phone-call-report",
                 "kz-hu-2023-budapest-fm-talks-report", "tm-ir-2021-fm-phone-call-readout",
                 "tm-sa-2022-ashgabat-fm-talks-readout", "uz-ae-2022-tashkent-meeting-readout",
                 "uz-de-2021-phone-call-report", "uz-kr-2023-phone-call-readout",
                 "uz-us-2022-congress-delegation-readout"),
    "fifty-first": ("cn-af-2010-talks-report", "cn-bd-2010-joint-statement", "cn-bn-2025-joint-statement",
                    "cn-jp-2008-joint-statement", "cn-kr-2012-joint-press-communique-report",
                    "cn-mv-2014-nanjing-talks-readout", "cn-my-2016-joint-press-statement-report",
                    "cn-ph-2023-joint-statement-report", "cn-sg-2023-beijing-meetings-readout"),
    "fifty-second": ("cn-eg-2024-strategic-dialogue-joint-statement-report", "cn-ke-2006-joint-communique-report",
                     "cn-mz-2007-joint-communique-report", "cn-ng-2002-joint-communique",
                     "cn-ng-2024-partnership-joint-statement", "cn-om-2018-partnership-report",
                     "cn-tr-2010-ankara-talks-report", "cn-ug-2006-joint-communique",
                     "cn-za-2004-binational-commission-joint-communique"),
    "fifty-third": ("cn-by-2023-joint-statement-report", "cn-cl-2008-joint-press-communique",
                    "cn-fj-2024-joint-statement", "cn-fr-2018-joint-declaration",
                    "cn-gr-2019-partnership-joint-statement", "cn-mx-2008-joint-press-statement",
                    "cn-pe-2008-joint-press-communique-report", "cn-ua-2001-joint-statement",
                    "cn-uy-2016-partnership-joint-statement-report"),
    "fifty-fourth": ("jp-uz-2006-tashkent-talks-readout", "kr-kz-2010-summit-readout", "kr-uz-2005-joint-statement",
                     "kz-hu-2024-joint-statement-report", "tj-jp-2018-tokyo-talks-readout",
                     "tm-jp-2025-tokyo-visit-report", "us-kz-2010-joint-statement",
                     "us-uz-2002-strategic-partnership-declaration", "uz-pk-2025-joint-declaration-report"),
    "fifty-fifth": ("cn-kg-2025-bishkek-npc-visit-report", "cn-kz-2019-beijing-fm-talks-readout",
                    "cn-kz-2022-astana-vice-president-meeting-report",
                    "cn-tj-2022-tunxi-justice-minister-meeting-report", "cn-tm-2021-fm-phone-readout",
                    "cn-tm-2022-beijing-fm-meeting-report", "cn-tm-2023-beijing-brf-meeting-readout",
                    "cn-uz-2014-shanghai-meeting-readout", "cn-uz-2022-tashkent-fm-talks-report"),
    "fifty-sixth": ("asean-cn-2003-strategic-partnership-declaration-report",
                    "brf-2017-leaders-roundtable-communique", "cn-arab-2010-tianjin-declaration-report",
                    "cn-arab-2024-beijing-ministerial-documents-report", "cn-ceec-2016-riga-guidelines",
                    "cn-celac-2015-cooperation-plan", "cn-pic-2006-nadi-guiding-framework",
                    "focac-2015-johannesburg-declaration", "lmc-2017-dali-fm-meeting-report"),
    "fifty-seventh": ("cn-ar-2018-buenos-aires-talks-report", "cn-au-2024-rio-meeting-readout",
                      "cn-cu-2022-talks-report", "cn-eg-2024-talks-report", "cn-id-2022-fm-talks-report",
                      "cn-ke-2025-talks-report", "cn-la-2020-video-talks-report", "cn-sa-2022-phone-call-report",
                      "cn-us-2017-mar-a-lago-meetings-report"),
    "fifty-eighth": ("carec-2003-tashkent-ministerial-statement-report",
                     "carec-2007-dushanbe-ministerial-conference-press-release",
                     "gcc-ca-2022-riyadh-ministerial-report", "ifas-2009-almaty-joint-statement-report",
                     "kr-ca-2018-seoul-cooperation-forum-report", "ots-2021-istanbul-summit-report",
                     "ots-2024-bishkek-declaration-report", "ots-2025-budapest-informal-summit-report",
                     "speca-2023-baku-declaration"),
    "fifty-ninth": ("kg-tm-2021-phone-call-report", "kg-uz-2019-tashkent-fm-meeting-report",
                    "kz-qa-2024-doha-talks-report", "kz-uz-2020-phone-call-report",
                    "tj-kg-2022-cholpon-ata-meeting-readout", "tj-pk-2019-beijing-meeting-report",
                    "tj-tm-2023-dushanbe-meeting-readout", "tm-af-2024-ashgabat-fm-meeting-readout",
                    "uz-hu-2021-tashkent-talks-report"),
    "sixtieth": ("c5plus1-2019-nur-sultan-meeting-report", "eu-ca-2008-paris-security-forum-report",
                 "eu-kg-2019-epca-initialling-report", "eu-kz-2025-brussels-cooperation-council-report",
                 "eu-uz-2021-cooperation-committee-press-release", "fr-kz-2014-astana-press-statement",
                 "tm-de-2021-fm-phone-call-report", "us-kg-2000-albright-visit-joint-statement",
                 "uz-de-2019-berlin-talks-report"),
    "sixty-first": ("g20-2016-shanghai-trade-ministers-statement",
                    "g20-2017-dusseldorf-digital-ministers-declaration", "g20-2020-extraordinary-leaders-statement",
                    "g20-2021-venice-finance-ministers-communique", "g7-2014-brussels-declaration",
                    "g7-2022-berlin-health-ministers-communique",
                    "g7-2023-sapporo-climate-energy-environment-communique",
                    "g7-2023-takasaki-digital-ministers-declaration",
                    "g7-2024-pescara-development-ministers-communique"),
    "sixty-second": ("apec-2017-da-nang-declaration-report", "apec-2024-arequipa-mrt-joint-statement",
                     "arf-2018-singapore-meeting-report", "arf-2022-phnom-penh-preventive-diplomacy-statement",
                     "brics-2017-shanghai-trade-ministers-report", "eas-2015-kuala-lumpur-chairmans-statement",
                     "eas-2023-jakarta-summit-report", "oic-2016-istanbul-declaration",
                     "sco-2016-bishkek-hog-meeting-report"),
    "sixty-third": ("cn-ca-2025-urumqi-cooperation-forum-report", "cn-kg-2023-shandong-delegation-visit-report",
                    "cn-kg-2024-bishkek-xinjiang-chairman-meeting-report",
                    "cn-kz-2023-urumqi-agriculture-minister-meeting-report",
                    "cn-kz-2024-urumqi-deputy-pm-meeting-report", "cn-uz-2021-trade-subcommittee-report",
                    "cn-uz-2023-xian-shaanxi-syrdarya-memorandum-report",
                    "cn-uz-2024-tashkent-xinjiang-chairman-meeting-report",
                    "cn-uz-2025-fergana-shangluo-memorandum-report"),
    "sixty-fourth": ("c5plus1-2023-samarkand-connectivity-ministerial-joint-statement",
                     "us-kg-2020-ambassador-fm-meeting-readout", "us-kz-2020-president-phone-readout",
                     "us-kz-2024-washington-fm-meeting-readout", "us-tj-2015-usaid-strategy-launch-readout",
                     "us-tj-2025-new-york-deputy-secretary-meeting-readout", "us-tm-2022-abc-readout",
                     "us-uz-2021-washington-fm-meeting-readout", "us-uz-2025-washington-fm-meeting-readout"),
    "sixty-fifth": ("cn-kg-2019-bishkek-cmc-vice-chairman-meeting-report", "cn-kg-2020-phone-call-report",
                    "cn-kg-2025-beijing-premier-talks-report", "cn-kg-2025-bishkek-president-fm-meeting-report",
                    "cn-kz-2020-phone-call-report", "cn-kz-2022-nur-sultan-president-fm-meeting-report",
                    "cn-tj-2024-dushanbe-president-fm-meeting-report", "cn-uz-2016-beijing-fm-talks-report",
                    "cn-uz-2025-tianjin-president-meeting-report"),
    "sixty-sixth": ("cn-ca-2023-xian-xi-speech-report", "cn-ca-2025-astana-xi-speech-report",
                    "sco-2013-bishkek-xi-speech", "sco-2017-sochi-hog-premier-speech-readout",
                    "sco-2018-dushanbe-hog-premier-speech", "sco-2018-qingdao-xi-speech-excerpt",
                    "sco-2020-hog-premier-speech", "sco-2021-hog-premier-speech-readout",
                    "sco-2023-bishkek-hog-premier-speech-readout"),
    "sixty-seventh": ("kg-ca-2025-tashkent-consultative-meeting-speech-report",
                      "kg-ots-2021-istanbul-summit-speech-report", "kz-cica-2014-shanghai-summit-speech-report",
                      "kz-sco-2024-astana-sco-plus-speech", "tj-cis-2022-astana-summit-speech-report",
                      "tj-un-2024-general-debate-speech", "tm-cis-2023-bishkek-summit-speech",
                      "uz-cn-ca-2022-virtual-summit-speech", "uz-un-2025-general-debate-speech"),
    "sixty-eighth": ("ca-jp-2016-tokyo-dialogue-readout", "ca-jp-2018-tokyo-som-readout",
                     "ca-jp-2019-dushanbe-fm-press-conference", "ca-jp-2020-fm-videoconference-report",
                     "ca-jp-2022-tokyo-pm-meeting-report", "ca-jp-2024-astana-som-report",
                     "gcc-ca-2025-kuwait-ministerial-report", "kr-ca-2019-nur-sultan-cooperation-forum-readout",
                     "ru-ca-2024-minsk-fm-meeting-report"),
    "sixty-ninth": ("in-kg-2015-bishkek-press-statements-report", "in-kg-2016-new-delhi-press-statements-report",
                    "kg-mn-2019-bishkek-press-statement-report", "kr-kz-2014-astana-press-statements-report",
                    "pk-tj-2021-islamabad-press-conference-report", "ru-kg-2008-bishkek-press-statements",
                    "ru-kg-2009-moscow-press-conference", "tr-tj-2012-ankara-press-conference-report",
                    "uz-tj-2021-dushanbe-press-briefing-report"),
    "seventieth": ("cn-kg-2019-ambassador-interview-report", "cn-kz-2016-ambassador-kazinform-interview",
                   "cn-kz-2017-ambassador-expo-interview", "cn-kz-2022-kazakh-ambassador-press-meeting-report",
                   "cn-tj-2019-ambassador-interview-report", "cn-tj-2024-ambassador-interview",
                   "cn-tm-2017-ambassador-interview", "cn-tm-2019-ambassador-interview-report",
                   "cn-tm-2020-turkmen-ambassador-interview-report"),
    "seventy-first": ("cn-kg-2022-intergovernmental-committee-report", "cn-tj-2024-trade-commission-report",
                      "cn-uz-2015-rizhao-intergovernmental-committee-report",
                      "eu-kg-2021-cooperation-committee-press-release", "eu-tm-2025-joint-committee-report",
                      "kz-tr-2016-strategic-planning-group-report", "ru-uz-2023-intergovernmental-commission-report",
                      "tj-uz-2016-intergovernmental-commission-report",
                      "uz-kr-2021-intergovernmental-working-group-report"),
    "seventy-second": ("cn-kg-kz-pk-1995-transit-transport-agreement",
                       "cn-kz-2010-karaganda-dostyk-hydro-complex-agreement",
                       "cn-kz-2011-transboundary-water-quality-agreement", "cn-kz-2017-sumbe-water-intake-agreement",
                       "kz-kg-ru-tj-1992-china-boundary-talks-agreement", "kz-tj-1993-relations-agreement",
                       "kz-tj-1995-economic-cooperation-agreement", "ru-kz-1992-transboundary-waters-agreement",
                       "ru-uz-2000-mutual-trips-agreement"),
    "seventy-third": ("cn-arab-2016-policy-paper", "cn-bri-2015-vision-and-actions-mechanisms",
                      "cn-bri-2023-white-paper-report", "cn-eu-2014-policy-paper", "cn-eu-2018-policy-paper-report",
                      "eu-ca-2007-strategy", "eu-ca-2015-strategy-council-conclusions",
                      "eu-ca-2019-strategy-communication-report", "uz-2012-foreign-policy-concept-report"),
    "seventy-fourth": ("cn-kg-2020-fm-covid-phone-readout", "cn-kz-2014-beijing-vice-fm-press-conference-readout",
                       "cn-kz-2022-fm-phone-readout", "cn-tm-2021-ashgabat-fm-talks-readout",
                       "cn-uz-2021-xian-fm-talks-readout", "cn-uz-2023-tashkent-fm-talks-readout"),
    "seventy-fifth": ("af-az-tm-2020-trilateral-videoconference-report",
                      "af-kg-pk-tj-2017-dushanbe-casa-1000-summit-report", "af-pk-uz-2025-kabul-fm-meeting-report",
                      "lapis-lazuli-2018-avaza-transport-ministers-declaration",
                      "tm-af-pk-in-2010-ashgabat-tapi-summit-report",
                      "tm-af-pk-in-2015-mary-tapi-groundbreaking-report",
                      "tm-af-pk-in-2018-herat-tapi-ceremony-report", "traceca-2002-tashkent-igc-meeting-readout",
                      "traceca-2022-national-secretaries-meeting-readout"),
    "seventy-sixth": ("ru-kg-2021-kazan-prime-ministers-meeting-readout", "ru-kz-2024-astana-fm-talks-statement",
                      "ru-kz-2024-moscow-prime-ministers-meeting-report",
                      "ru-tj-2023-sochi-prime-ministers-meeting-readout", "ru-tj-2025-moscow-press-statements",
                      "ru-tj-2025-moscow-prime-ministers-talks-readout", "ru-tm-2021-moscow-fm-talks-report",
                      "ru-tm-2025-ashgabat-fm-talks-report", "ru-uz-2023-sochi-prime-ministers-meeting-readout"),
    "seventy-seventh": ("az-kz-tr-2022-baku-trilateral-ministers-report", "kg-tr-2021-ankara-council-report",
                        "kg-tr-2024-bishkek-strategic-planning-group-report", "ots-2011-almaty-declaration",
                        "ots-2012-bishkek-summit-report", "ots-2025-gabala-declaration-report",
                        "tr-tm-2023-ankara-press-conference-report", "uz-tr-2017-ankara-press-conference-report",
                        "uz-tr-2019-joint-strategic-planning-group-report"),
    "seventy-eighth": ("in-ca-2023-mumbai-chabahar-jwg-report", "in-kg-2021-bishkek-eam-visit-report",
                       "in-kg-tj-2020-moscow-fm-meetings-report", "in-kz-2015-astana-talks-report",
                       "in-kz-2019-nur-sultan-mos-visit-report", "in-tj-2022-counter-terrorism-jwg-readout",
                       "in-uz-2020-virtual-foc-report", "in-uz-2021-tashkent-mos-visit-report",
                       "in-uz-2022-new-delhi-foc-report"),
    "seventy-ninth": ("jp-kg-2022-fm-meeting-readout", "jp-kz-2024-telephone-talk-readout",
                      "jp-kz-2025-fm-meeting-report", "jp-tj-2014-fm-meeting-readout",
                      "jp-uz-2019-tokyo-banquet-speech", "kr-kz-2020-policy-consultation-readout",
                      "kr-tm-2020-policy-consultation-readout", "kr-uz-2009-tashkent-summit-readout",
                      "kr-uz-2018-fm-visit-readout"),
    "eightieth": ("af-kz-2017-astana-president-meeting-readout",
                  "af-tj-2019-tashkent-chief-executive-meeting-readout", "af-uz-2017-joint-statement",
                  "ir-kz-2025-tehran-president-fm-meeting-report", "ir-tj-2021-tehran-speaker-meeting-report",
                  "ir-uz-2022-tehran-deputy-pm-meeting-report", "pk-kg-2015-bishkek-visit-report",
                  "pk-kz-2023-phone-call-report", "pk-tm-2025-ashgabat-president-meeting-report"),
    "eighty-first": ("ae-tm-2024-abu-dhabi-meeting-report", "bh-tm-2019-ashgabat-political-consultations-report",
                     "kg-qa-2023-bishkek-state-visit-report", "kz-eg-2024-astana-senate-speaker-meeting-report",
                     "kz-sa-2017-riyadh-king-reception-report", "tj-qa-2023-dushanbe-talks-readout",
                     "tj-sa-2022-dushanbe-fm-meeting-readout", "uz-eg-2023-cairo-talks-readout",
                     "uz-kw-2025-kuwait-city-talks-report"),
    "eighty-second": ("cn-ca-2025-astana-summit-spokesperson-report",
                      "cn-kg-2020-bishkek-unrest-spokesperson-remarks",
                      "cn-kg-tj-2025-border-treaty-spokesperson-report",
                      "cn-kz-2022-tokayev-reelection-spokesperson-report",
                      "cn-uz-2015-karimov-reelection-spokesperson-report",
                      "cn-uz-2016-mirziyoyev-election-spokesperson-remarks",
                      "cn-uz-2023-mirziyoyev-reelection-spokesperson-report",
                      "kz-2023-astana-sanctions-spokesperson-briefing-report",
                      "ru-kg-tj-2021-border-spokesperson-comment-report"),
    "eighty-third": ("cn-kz-2025-beijing-senate-meeting-report", "cn-tj-2023-beijing-npc-talks-report",
                     "cn-tm-2025-beijing-mejlis-talks-report", "csto-2025-pa-international-security-statement-report",
                     "kr-ca-2023-seoul-speakers-meeting-report", "kz-jp-2019-tokyo-deputy-speaker-meeting-report",
                     "kz-tr-2021-nur-sultan-senate-speaker-meeting-report",
                     "ru-uz-2022-moscow-speakers-meetings-readout", "uz-eu-2025-tashkent-ep-delegation-report"),
    "eighty-fourth": ("kg-tj-2021-phone-call-report", "kz-tj-2023-astana-visit-report",
                      "kz-tj-2024-dushanbe-state-visit-report", "kz-tm-2021-ashgabat-state-visit-report",
                      "kz-tm-2022-astana-state-visit-report", "tj-tm-2023-dushanbe-state-visit-report",
                      "tm-kg-2025-phone-call-report", "uz-kg-2017-bishkek-fm-meeting-report",
                      "uz-kz-2024-astana-supreme-interstate-council-report"),
    "eighty-fifth": ("ch-tj-2009-dushanbe-fm-talks-readout", "ee-kg-2017-tallinn-fm-meeting-report",
                     "kg-ch-2024-cholpon-ata-fm-meeting-report", "kz-cz-2024-astana-fm-talks-report",
                     "kz-es-2022-madrid-consultations-report", "lt-kz-2014-vilnius-fm-meeting-readout",
                     "pl-kz-2019-warsaw-fm-visit-readout", "tj-gb-2024-dushanbe-fm-meeting-report",
                     "tm-hu-2023-budapest-talks-report"),
    "eighty-sixth": ("adb-tm-2018-nakao-ashgabat-visit-press-release",
                     "aiib-uz-2024-mirziyoyev-beijing-visit-press-release",
                     "carec-2019-tashkent-energy-ministers-declaration-report",
                     "carec-2024-astana-ministerial-conference-report",
                     "kg-isdb-2017-arab-coordination-group-roundtable-report", "kg-wb-2024-spring-meetings-report",
                     "tj-adb-2023-rahmon-asakawa-meeting-readout", "tj-isdb-2023-rahmon-al-jasser-meeting-report",
                     "uz-ebrd-2023-usmanov-koguchi-meeting-report"),
    "eighty-seventh": ("ca-osce-2024-ashgabat-environment-ministers-meeting-report",
                       "eu-ca-2023-rome-environment-water-conference-report", "ifas-2024-astana-board-meeting-report",
                       "kz-kg-2023-water-ministers-meeting-report",
                       "kz-kg-uz-2025-almaty-water-energy-meeting-report",
                       "tj-un-2022-dushanbe-water-conference-declaration",
                       "tj-un-2025-dushanbe-glaciers-conference-report",
                       "tm-uz-2021-tashkent-water-commission-report", "uz-tm-2025-turkmenabat-water-meeting-report"),
    "eighty-eighth": ("af-ir-pk-2010-islamabad-triangular-initiative-ministerial-readout",
                      "afghan-neighbours-2021-tehran-fm-joint-statement",
                      "afghan-neighbours-2021-virtual-fm-meeting-report",
                      "afghan-neighbours-2022-tunxi-fm-joint-statement",
                      "cn-ir-pk-ru-2023-samarkand-quadrilateral-fm-meeting-report", "csto-2020-declaration",
                      "moscow-format-2023-kazan-press-release", "tashkent-2018-afghanistan-conference-declaration",
                      "tashkent-2022-afghanistan-conference-statement"),
    "eighty-ninth": ("kz-mn-2018-qingdao-presidents-meeting-report", "kz-sg-2024-wong-meeting-report",
                     "kz-vn-2025-strategic-partnership-joint-statement-report", "mn-tm-2025-ulaanbaatar-talks-report",
                     "my-tm-2024-joint-statement", "tj-mn-2025-dushanbe-talks-report",
                     "tm-my-2019-ashgabat-talks-report", "uz-id-2017-jakarta-deputy-pm-visit-report",
                     "vn-kz-2009-astana-pm-talks-report"),
    "ninetieth": ("eu-ca-2020-online-economic-forum-report", "eu-ca-2023-almaty-economic-forum-report",
                  "kg-tr-2024-business-forum-report", "kz-2019-astana-economic-forum-report",
                  "kz-2025-astana-international-forum-speech-report", "tj-tr-2022-dushanbe-business-forum-report",
                  "tm-2023-ogt-investment-forums-report", "us-ca-2023-b5plus1-launch-report",
                  "uz-kr-2021-seoul-business-leaders-meeting-report"),
    "ninety-first": ("cn-kg-2018-beijing-health-commission-meeting-report",
                     "cn-kz-2015-beijing-water-vice-minister-meeting-report",
                     "cn-kz-2017-beijing-agriculture-ministers-talks-report",
                     "cn-kz-2024-customs-trade-safety-work-plan-report",
                     "cn-tj-2014-dushanbe-agriculture-vice-minister-meeting-report",
                     "cn-tj-2025-kunming-agriculture-ministers-meeting-report",
                     "cn-tm-2023-trade-subcommittee-report", "cn-uz-2022-customs-aeo-online-meeting-report",
                     "cn-uz-2023-culture-tourism-minister-meeting-readout"),
    "ninety-second": ("brf-2019-deliverables-list", "cn-arab-2018-beijing-ministerial-spokesperson-report",
                      "cn-arab-2020-amman-ministerial-documents-report",
                      "focac-2016-beijing-coordinators-meeting-readout",
                      "focac-2019-beijing-coordinators-joint-statement", "jp-kz-2025-tokyo-joint-statement-report",
                      "jp-tm-2015-ashgabat-deals-report", "ru-uz-2018-tashkent-agreements-report",
                      "ru-uz-2024-tashkent-documents-report"),
    "ninety-third": ("sco-2006-defence-ministers-communique-report", "sco-2018-sanya-culture-ministers-report",
                     "sco-2019-new-delhi-emergency-agencies-meeting-report",
                     "sco-2020-transport-ministers-video-meeting-report", "sco-2021-dushanbe-cfm-report",
                     "sco-2021-dushanbe-security-council-secretaries-report",
                     "sco-2021-energy-ministers-video-meeting-report",
                     "sco-2022-tashkent-health-ministers-meeting-report", "sco-2025-tianjin-cfm-report"),
    "ninety-fourth": ("eib-kg-2016-bishkek-loan-press-release", "eib-kz-2025-dbk-loan-interview-report",
                      "eib-uz-2018-first-loans-press-release",
                      "eu-ca-2022-samarkand-connectivity-conference-press-release",
                      "eu-ca-2024-brussels-transport-investors-forum-report",
                      "eu-tj-2025-sikela-dushanbe-visit-report", "eu-tm-2024-regional-programmes-spokesperson-report",
                      "eu-uz-2022-mip-launch-conference-report", "eu-uz-2024-raw-materials-mou-report"),
    "ninety-fifth": ("cis-2014-minsk-heads-of-government-report", "cis-2016-bishkek-foreign-ministers-report",
                     "cis-2018-astana-heads-of-government-report", "cis-2021-moscow-foreign-ministers-report",
                     "cis-2022-astana-heads-of-government-report", "cis-2025-dushanbe-heads-of-government-report",
                     "eaeu-2015-burabay-seec-report", "eaeu-2025-cholpon-ata-intergovernmental-council-report",
                     "eurasec-2012-moscow-interstate-council-report"),
    "ninety-sixth": ("cn-ca-2016-haikou-cooperation-dialogue-report",
                     "cn-kg-2011-urumqi-expo-vice-premier-meetings-report",
                     "cn-kg-2019-guangzhou-bishkek-twin-cities-report",
                     "cn-kz-2011-almaty-maslikhat-secretary-meeting-readout",
                     "cn-kz-2015-taldykorgan-consul-general-meeting-report",
                     "cn-kz-2016-urumqi-east-kazakhstan-expo-report", "cn-kz-2017-beijing-vice-mayor-meeting-report",
                     "cn-kz-2017-xian-shaanxi-governor-meeting-report", "cn-kz-2018-xian-twin-cities-talks-report"),
    "ninety-seventh": ("eg-tj-2022-cairo-press-statement", "kg-eg-2025-cairo-speaker-meeting-report",
                       "kz-cu-2023-sochi-prime-ministers-meeting-report",
                       "kz-ke-2023-new-york-presidents-meeting-report",
                       "kz-ma-2025-rabat-foreign-ministers-talks-report",
                       "kz-mx-2014-mexico-city-foreign-ministers-talks-report",
                       "kz-ng-2025-deputy-foreign-minister-visit-report",
                       "tm-cu-2025-new-york-foreign-ministers-meeting-report",
                       "za-kz-2010-pretoria-intergovernmental-consultations-report"),
    "ninety-eighth": ("am-tm-2014-ashgabat-talks-report", "am-tm-2017-yerevan-talks-report",
                      "am-uz-2019-ashgabat-talks-report", "by-kg-2024-bishkek-intergovernmental-commission-report",
                      "by-kz-2019-yerevan-meeting-readout", "by-tj-2015-dushanbe-meeting-readout",
                      "ge-tm-2025-ashgabat-talks-report", "ge-uz-2023-tbilisi-pm-talks-report",
                      "kz-ua-2014-kyiv-talks-report"),
    "ninety-ninth": ("kg-un-2024-undp-assistant-administrator-fm-meeting-report",
                     "kg-un-2025-new-york-secretary-general-president-meeting-report",
                     "kz-un-2018-astana-unicef-executive-director-fm-meeting-report",
                     "tm-un-2020-who-regional-director-online-meeting-report",
                     "tm-un-2023-unodc-deputy-fm-meeting-readout", "un-kg-2012-unhcr-prime-minister-meeting-readout",
                     "un-tm-2010-ashgabat-secretary-general-visit-report",
                     "uz-un-2023-samarkand-fao-director-general-president-meeting-report",
                     "uz-un-2025-samarkand-unesco-director-general-president-meeting-report"),
    "hundredth": ("az-ca-2023-dushanbe-consultative-meeting-speech",
                  "ca-de-2020-berlin-green-central-asia-conference-report",
                  "ca-de-2021-green-central-asia-first-working-group-readout",
                  "ca-de-2021-green-central-asia-second-working-group-readout",
                  "gb-ca-2024-ca5-meeting-government-response-report",
                  "in-ca-2020-business-council-second-meeting-report",
                  "in-ca-2025-business-council-jaishankar-remarks-report"),
    "hundred-and-first": ("cn-tm-2024-clec-universities-agreements-report",
                          "eu-ca-2015-riga-education-ministers-report",
                          "in-tj-2020-dushanbe-culture-minister-ambassador-meeting-report",
                          "ir-tj-2025-culture-minister-meeting-report",
                          "jp-uz-2023-tashkent-uwed-vice-minister-visit-report",
                          "kg-pk-2020-education-minister-ambassador-meeting-report",
                          "kg-ru-2021-education-minister-ambassador-meeting-report",
                          "kz-us-2025-science-minister-us-visit-report",
                          "tm-uz-2025-ashgabat-education-minister-ambassador-meeting-report"),
    "hundred-and-second": ("af-kz-2020-health-ministers-video-talks-report",
                           "am-uz-2019-health-ministers-agreement-report",
                           "ir-tj-2024-tehran-health-ministers-meeting-report",
                           "kw-tj-2013-kuwait-city-health-agreement-report",
                           "kz-ru-2020-sputnik-v-agreement-report",
                           "kz-tm-2021-health-ministers-online-meeting-report",
                           "my-uz-2020-ambassador-health-minister-meeting-report",
                           "ru-tm-2023-health-ministers-online-talks-report",
                           "tm-us-2022-health-mou-report"),
    "hundred-and-third": ("af-kz-2018-kabul-agriculture-minister-embassy-meeting-report",
                          "cn-uz-2019-beijing-customs-phytosanitary-talks-report",
                          "ir-uz-2024-tehran-agriculture-minister-ambassador-meeting-report",
                          "kg-wbg-2024-washington-agri-food-clusters-agreement-report",
                          "kr-uz-2022-tashkent-strawberry-project-agreement-report",
                          "kz-tr-2024-ankara-agriculture-ministers-meeting-report",
                          "pk-uz-2023-islamabad-agriculture-minister-deputy-pm-meeting-report",
                          "ru-tm-2022-moscow-veterinary-phytosanitary-talks-report",
                          "tm-uz-2022-ashgabat-agriculture-ministers-meeting-report"),
    "hundred-and-fourth": ("cn-kg-2017-china-telecom-taza-koom-report",
                           "eu-kg-2021-digitalisation-twinning-launch-report",
                           "kg-kz-2025-kyrgyztelecom-kazakhtelecom-mou-report",
                           "kz-ae-2025-digital-bridge-ai-meeting-report",
                           "ru-kz-2023-roscosmos-baiterek-meeting-report",
                           "tj-ru-2023-communication-service-zyfra-memorandum-report",
                           "tr-kz-2020-space-agencies-mou-report",
                           "uz-tj-2025-dushanbe-it-parks-report",
                           "uz-us-2025-tashkent-us-companies-digital-meeting-report"),
    "hundred-and-fifth": ("af-tm-2025-kabul-tap-meeting-report",
                          "ir-az-tm-2021-ashgabat-gas-swap-report",
                          "kr-uz-2011-tashkent-summit-gas-deals-report",
                          "kz-az-uz-2023-baku-green-energy-ministers-report",
                          "kz-cn-2024-energy-minister-china-visit-report",
                          "ru-kg-2022-dubai-rosatom-smr-memorandum-report",
                          "sa-uz-2024-energy-ministers-joint-statement-report",
                          "tr-tm-2025-botas-turkmengaz-gas-agreement-report",
                          "us-kz-2012-washington-energy-partnership-commission-report"),
    "hundred-and-sixth": ("ae-kg-2022-abu-dhabi-bishkek-twinning-report",
                          "cn-kg-2025-tourism-fund-meeting-report",
                          "kg-uz-2023-ambassador-uzbekistan-airways-meeting-report",
                          "kz-ots-2022-baku-tourism-ministers-report",
                          "kz-uz-2018-tashkent-silk-visa-report",
                          "ru-tm-2023-ambassador-visa-regime-remarks-report",
                          "ru-uz-2022-tourism-action-plan-report",
                          "sco-2022-tashkent-sports-ministers-meeting-report",
                          "tj-uz-2021-deputy-pm-fm-meeting-report"),
    "hundred-and-seventh": ("af-tj-2020-kabul-security-committee-visit-report",
                            "cis-2019-tashkent-border-troops-commanders-council-report",
                            "cn-tj-2021-dushanbe-defence-minister-meeting-report",
                            "ir-tj-2021-tehran-defence-committee-report",
                            "kz-tm-2021-emergency-agreement-report",
                            "pk-uz-2018-tashkent-army-chief-visit-report",
                            "ru-tj-2017-minsk-emergencies-ministers-meeting-report",
                            "tj-uz-2018-dushanbe-rescue-agencies-board-report",
                            "tm-tr-2024-ashgabat-defence-minister-visit-report"),
    "hundred-and-eighth": ("cn-kz-2010-customs-subcommittee-report",
                           "kg-sa-2023-saudi-fund-loans-report",
                           "kg-tm-2023-customs-ambassador-meeting-report",
                           "kr-uz-2018-tashkent-finance-minister-talks-report",
                           "kz-2024-arab-coordination-group-roundtable-report",
                           "kz-lt-2012-statistics-memorandum-report",
                           "kz-uz-2023-border-customs-meeting-report",
                           "my-uz-2024-statistics-memorandum-report",
                           "tm-wco-2018-brussels-meeting-report"),
    "hundred-and-ninth": ("de-uz-2024-samarkand-migration-agreement-press-release",
                          "eaeu-2019-st-petersburg-pension-agreement-report",
                          "gb-kg-uz-2023-glaa-agreements-report",
                          "jp-uz-2019-specified-skilled-worker-moc-press-release",
                          "kg-kr-2023-labour-migration-meeting-report",
                          "kz-uz-2020-migrant-workers-agreement-ratification-report",
                          "ru-tj-2006-moscow-labour-migration-working-group-report",
                          "tj-qa-2020-labour-migration-working-group-report",
                          "tm-un-2023-geneva-labour-conference-report"),
    "hundred-and-tenth": ("ca-2024-tashkent-clean-air-dialogue-report",
                          "de-kz-2019-berlin-green-economy-statement-of-intent-report",
                          "kr-uz-2023-tashkent-environment-vice-minister-meeting-readout",
                          "kz-cica-2024-astana-environment-ministerial-report",
                          "kz-uz-2024-ecology-agreement-ratification-report",
                          "ru-kg-2023-bishkek-natural-resources-deputy-minister-report",
                          "sco-2022-tashkent-environment-ministers-meeting-report",
                          "us-ca-2020-air-quality-monitoring-workshop-readout",
                          "uz-sa-2024-jeddah-mgi-ministerial-meetings-report"),
    "hundred-and-eleventh": ("az-kz-2017-baku-road-transport-commission-report",
                             "cn-kz-2023-xian-dry-port-terminal-agreement-report",
                             "ge-uz-2018-tbilisi-railway-transit-discount-report",
                             "kg-tm-2023-ashgabat-transport-agency-ambassador-meeting-readout",
                             "kr-uz-2025-tashkent-korea-national-railway-meeting-report",
                             "kz-tj-2016-astana-railways-agreement-report",
                             "kz-tr-2018-ankara-railways-strategic-cooperation-agreement-report",
                             "pk-uz-2022-tashkent-tcs-transport-minister-meeting-report",
                             "ru-uz-2019-moscow-railways-meeting-readout"),
    "hundred-and-twelfth": ("cn-kg-2024-xian-trade-center-report",
                            "gb-kz-2025-trade-envoy-interview",
                            "kg-2019-export-promotion-department-report",
                            "pk-uz-2022-islamabad-commerce-ministers-meeting-report",
                            "ru-uz-2023-innoprom-export-center-memorandum-report",
                            "tj-2018-export-development-agency-report",
                            "tm-wto-2020-geneva-observer-status-report",
                            "us-ca-2019-washington-tifa-council-statement",
                            "uz-hu-2020-trade-ministers-meeting-report"),
    "hundred-and-thirteenth": ("cn-kg-2023-bishkek-zijin-mining-meetings-report",
                               "kg-tj-2025-kyrgyzaltyn-memoranda-report",
                               "kr-tm-2025-seoul-plant-cooperation-talks-press-release",
                               "kr-uz-2024-deputy-fm-critical-raw-materials-talks-report",
                               "ru-uz-2022-industry-ministers-videoconference-readout",
                               "tj-cis-2023-bishkek-heads-of-government-speech-report",
                               "tj-ru-2024-yekaterinburg-innoprom-industry-ministers-report",
                               "tr-kz-2024-ankara-intergovernmental-commission-report",
                               "uz-gb-2025-tmk-british-ambassador-meeting-readout"),
    "hundred-and-fourteenth": ("by-tm-2020-tdh-belta-memorandum-report",
                               "cn-kz-2017-beijing-kazinform-xinhua-memorandum-report",
                               "cn-tj-2017-dushanbe-khovar-xinjiang-media-meeting-report",
                               "in-uz-2024-journalists-memorandum-report",
                               "ir-uz-2023-tashkent-film-memorandum-report",
                               "jp-kg-2016-nhk-ambassador-meeting-report",
                               "kg-kz-2025-almaty-kabar-alatau-aqparat-memorandum-report",
                               "kz-pk-2018-islamabad-kazinform-app-memorandum-report",
                               "ots-2024-tashkent-media-information-ministers-meeting-report"),
    "hundred-and-fifteenth": ("ca-2019-almaty-interior-ministers-conference-report",
                              "ir-kg-2019-bishkek-interior-ministers-agreement-report",
                              "ir-tm-2025-anti-narcotics-police-meeting-report",
                              "kg-tm-2021-avaza-interior-ministers-meeting-report",
                              "ots-2024-cholpon-ata-interior-ministers-meeting-report",
                              "sa-uz-2024-tashkent-prosecution-memorandum-report",
                              "sco-2023-shanghai-justice-ministers-meeting-report",
                              "tm-un-2024-ashgabat-unodc-meeting-readout",
                              "uz-eg-2023-anti-corruption-memorandum-readout"),
    "hundred-and-sixteenth": ("ir-tm-2024-north-khorasan-ahal-visit-report",
                              "kg-ru-2017-bishkek-interregional-conference-report",
                              "kr-uz-2017-tashkent-seoul-mayor-meeting-report",
                              "kz-ru-2015-sochi-interregional-forum-report",
                              "kz-ru-2019-omsk-interregional-forum-report",
                              "kz-us-2011-astana-kansas-governor-visit-report",
                              "ru-tj-2025-tyumen-sughd-delegation-report",
                              "ru-tm-2022-ashgabat-st-petersburg-governor-meeting-report",
                              "ru-uz-2017-kazan-tatarstan-meeting-readout"),
    "hundred-and-seventeenth": ("de-tm-2024-ashgabat-giz-trade-facilitation-memorandum-report",
                                "fr-uz-2023-afd-macron-visit-press-release",
                                "jp-kg-2025-jica-grant-agreements-report",
                                "jp-tj-2018-istaravshan-jica-president-meeting-report",
                                "kg-us-2021-usaid-ambassador-meeting-readout",
                                "kr-kg-2025-bishkek-koica-air-quality-project-report",
                                "tm-2024-opec-fund-partnership-framework-report",
                                "us-kz-2021-usaid-kazaid-memorandum-report",
                                "uz-kr-2024-koica-president-meeting-readout"),
    "hundred-and-eighteenth": ("az-kg-tj-uz-2024-baku-youth-organizations-resource-center-meeting-report",
                               "cn-tj-2024-womens-forum-report",
                               "eu-ca-2025-almaty-civil-society-forum-report",
                               "kw-uz-2024-womens-organisations-memorandum-report",
                               "kz-ru-2018-kazan-federal-university-young-leaders-forum-proposal-report",
                               "ots-2021-tashkent-youth-sports-ministers-report",
                               "tm-un-2024-unfpa-red-crescent-memorandum-report",
                               "uz-un-2020-unodc-youth-affairs-agency-meeting-report",
                               "uz-us-2018-tashkent-religious-freedom-ambassador-meeting-report"),
    "hundred-and-nineteenth": ("jp-kg-2023-tokyo-japarov-nhk-interview-report",
                              "jp-kg-2025-bishkek-pm-special-adviser-meeting-report",
                              "jp-tj-2015-dushanbe-jica-undp-border-project-report",
                              "jp-tm-2018-tokyo-abe-meredov-meeting-report",
                              "jp-uz-2024-tashkent-jica-loan-agreement-report",
                              "jp-uz-2025-jica-president-meeting-report",
                              "kr-kz-2023-almaty-president-fm-meeting-report",
                              "kr-tj-2022-diplomatic-relations-anniversary-telegrams",
                              "kr-tj-2025-dushanbe-koica-transport-minister-meeting-report"),
    "hundred-and-twentieth": ("af-kz-2025-kabul-fm-visit-report",
                             "af-pk-uz-2023-islamabad-railway-protocol-report",
                             "af-tm-2021-fm-working-visit-report",
                             "in-kg-2021-security-council-strategic-dialogue-report",
                             "in-kz-2018-astana-fm-talks-report",
                             "in-uz-2019-tashkent-defence-ministers-meeting-report",
                             "kg-pk-2017-islamabad-joint-ministerial-commission-report",
                             "kg-pk-tj-2024-casa-1000-joint-declaration-report",
                             "pk-tj-2021-dushanbe-fm-press-conference-report"),
    "hundred-and-twenty-first": ("ae-tm-2021-adfd-memoranda-report",
                                "bh-kg-2025-manama-state-visit-report",
                                "eg-uz-2024-tashkent-joint-committee-report",
                                "ir-kg-2019-tashkent-first-vice-president-meeting-report",
                                "ir-kz-2022-tehran-prime-minister-visit-report",
                                "ir-tm-2021-tehran-joint-economic-committee-report",
                                "kw-tm-2025-new-york-crown-prince-meeting-report",
                                "qa-tm-2024-doha-political-consultations-report",
                                "tj-ae-2022-rahmon-congratulatory-letter"),
    "hundred-and-twenty-second": ("by-cis-2018-dushanbe-summit-speech-report",
                                 "by-kz-2019-nur-sultan-talks-report",
                                 "by-tj-2019-minsk-talks-readout",
                                 "csto-2022-moscow-anniversary-statement-report",
                                 "csto-2023-minsk-summit-readout",
                                 "eaeu-2024-leningrad-region-seec-report",
                                 "kg-ru-2020-sochi-presidents-meeting-report",
                                 "kz-ru-2020-moscow-fm-talks-report",
                                 "ru-uz-2022-phone-call-report"),
    "hundred-and-twenty-third": ("de-kg-2023-berlin-fm-joint-declaration-report",
                                "ebrd-kz-2016-kyzylorda-solid-waste-financing-report",
                                "eib-uz-2018-vice-president-meeting-report",
                                "eu-kg-2024-brussels-epca-signing-report",
                                "eu-tm-2020-joint-committee-report",
                                "eu-uz-2025-luxembourg-cooperation-council-report",
                                "fr-tm-2023-ashgabat-political-consultations-readout",
                                "hu-tj-2016-budapest-fm-press-conference-report",
                                "pl-kz-2021-phone-call-report"),
    "hundred-and-twenty-fourth": ("au-tm-2023-ashgabat-ambassador-meeting-readout",
                                 "au-tm-2024-ashgabat-mejlis-credentials-report",
                                 "c5plus1-2023-almaty-secretariat-meeting-press-release",
                                 "c5plus1-2025-washington-summit-report",
                                 "canada-kz-2013-astana-fm-joint-statement",
                                 "canada-kz-2023-astana-political-consultations-report",
                                 "canada-tm-2023-ashgabat-ambassador-credentials-copies-readout",
                                 "canada-uz-2020-fm-phone-call-report",
                                 "us-uz-2020-dfc-joint-statement"),
    "hundred-and-twenty-fifth": ("cn-ca-2024-xian-civil-aviation-conference-report",
                                "cn-kg-2024-bishkek-road-companies-ppp-meeting-report",
                                "cn-kg-2025-chui-hua-rui-plant-agreement-report",
                                "cn-kz-2018-beijing-kyzylorda-governor-cnbm-meeting-report",
                                "cn-kz-2025-citic-construction-fm-meeting-report",
                                "cn-tj-2024-dushanbe-water-ministers-meeting-report",
                                "cn-tm-2021-cnpc-galkynysh-wells-deal-report",
                                "cn-uz-2023-tashkent-xinjiang-commodities-expo-report",
                                "cn-uz-2025-fuzhou-fujian-governor-ambassador-meeting-report"),
    "hundred-and-twenty-sixth": ("ca-2018-astana-consultative-meeting-report",
                                "ca-2018-cholpon-ata-fm-meeting-report",
                                "ca-2025-ashgabat-icwc-meeting-report",
                                "kg-kz-2020-pm-phone-call-report",
                                "kg-tj-2021-batken-sughd-heads-meeting-report",
                                "kg-tj-uz-2025-khujand-trilateral-summit-report",
                                "kz-uz-2022-tashkent-water-ministers-meeting-report",
                                "tj-tm-2023-phone-call-readout",
                                "tm-uz-2019-ashgabat-joint-commission-report"),
    "hundred-and-twenty-seventh": ("af-pk-us-uz-2021-tashkent-quad-joint-statement",
                                  "af-tm-us-2020-trilateral-joint-statement",
                                  "af-us-uz-2020-trilateral-joint-statement",
                                  "c5plus1-2023-astana-afghanistan-special-session-joint-statement",
                                  "kg-tj-2021-batken-border-delegations-statement-report",
                                  "tj-uz-2018-dushanbe-joint-statement"),
    "hundred-and-twenty-eighth": ("ca-2025-bishkek-interparliamentary-forum-report",
                                 "hu-kz-2024-budapest-speakers-meeting-report",
                                 "in-uz-2025-tashkent-lok-sabha-speaker-president-meeting-report",
                                 "kg-kz-2016-baku-speakers-meeting-report",
                                 "kg-uz-2021-bishkek-senate-delegation-report",
                                 "pk-uz-2025-tashkent-senate-chairs-meeting-report",
                                 "ru-ca-2022-ashgabat-interparliamentary-forum-report",
                                 "ru-tm-2023-ashgabat-duma-mejlis-meeting-readout",
                                 "tj-uz-2019-tashkent-speakers-meetings-report"),
    "hundred-and-twenty-ninth": ("hu-kz-2021-nur-sultan-strategic-council-report",
                                "ir-tj-2023-tehran-iccima-ambassador-meeting-report",
                                "jp-tm-2024-ashgabat-economic-cooperation-committee-report",
                                "kr-kz-2021-seoul-deputy-pm-business-meetings-report",
                                "pk-uz-2016-islamabad-fpcci-deputy-pm-report",
                                "ru-tj-2016-tashkent-business-council-memorandum-report",
                                "tj-uz-2018-dushanbe-business-council-report",
                                "tm-uz-2019-ashgabat-chamber-ambassador-meeting-report",
                                "tr-uz-2019-ankara-deik-business-forum-report"),
    "hundred-and-thirtieth": ("kg-un-2018-general-debate-speech",
                             "kg-un-2024-general-debate-speech",
                             "kz-cica-2021-nur-sultan-ministerial-speech",
                             "kz-un-2022-general-debate-statement-summary",
                             "tj-un-2015-general-debate-speech-report",
                             "tj-un-2025-general-debate-speech",
                             "tm-cis-2020-video-summit-speech-report",
                             "tm-un-2024-general-debate-fm-statement-summary",
                             "uz-un-2020-general-debate-speech-report"),
    "hundred-and-thirty-first": ("eu-kg-2022-bishkek-border-conflict-relief-press-release",
                                "hu-uz-2024-disaster-management-ambassador-meeting-report",
                                "in-tm-2022-disaster-management-mou-approval-report",
                                "jp-kg-2022-emergency-grant-aid-press-release",
                                "kz-tr-2023-earthquake-additional-aid-report",
                                "kz-un-2022-termez-afghanistan-aid-report",
                                "ru-tj-2017-dushanbe-rescue-vehicles-report",
                                "sco-2023-new-delhi-emergency-agencies-meeting-report",
                                "us-uz-2020-sardoba-dam-assistance-press-release"),
    "hundred-and-thirty-second": ("by-kz-2021-minsk-national-libraries-agreement-report",
                                 "cn-kz-2024-beijing-culture-ministers-meeting-report",
                                 "de-uz-2019-berlin-museum-exhibition-memorandum-report",
                                 "kg-tr-2021-ethnosport-confederation-fm-meeting-report",
                                 "kg-uz-2021-bishkek-judo-federations-memorandum-report",
                                 "qa-tm-2023-equestrian-federation-meeting-report",
                                 "ru-uz-2022-moscow-uzbekfilm-lenfilm-agreement-report",
                                 "sa-tj-2022-dushanbe-national-museum-ambassador-meeting-report",
                                 "tj-un-2019-paris-unesco-director-general-president-meeting-readout"),
    "hundred-and-thirty-third": ("am-tm-2017-ashgabat-pm-government-meeting-report",
                                "az-ge-kz-2017-baku-titr-association-protocol-report",
                                "az-kg-2024-baku-interstate-council-statement-report",
                                "az-kz-2023-baku-pm-talks-report",
                                "az-tm-2023-ashgabat-intergovernmental-commission-readout",
                                "eurasian-transport-route-2024-baku-association-report",
                                "ge-kz-2018-astana-fm-talks-report",
                                "ge-tm-2023-ashgabat-deputy-fm-ambassador-meeting-readout",
                                "ge-uz-2023-tbilisi-political-consultations-report"),
    "hundred-and-thirty-fourth": ("id-tj-2024-new-york-fm-meeting-report",
                                 "id-uz-2020-bilateral-consultation-committee-report",
                                 "kg-mn-2023-ulaanbaatar-fm-talks-report",
                                 "kg-vn-2025-deputy-fm-phone-call-report",
                                 "mn-uz-2023-dubai-presidents-meeting-report",
                                 "my-tj-2024-negeri-sembilan-crown-prince-meeting-readout",
                                 "my-tm-2020-fm-online-meeting-readout",
                                 "ph-tm-2024-manila-political-consultations-report",
                                 "tm-vn-2022-hanoi-deputy-fm-meeting-report"),
}


def batch_of(document_id: str) -> str:
    return next((batch for batch, ids in BATCHES.items() if document_id in ids), "later")


def dev_documents(corpus: Path = extract_eval.CORPUS) -> list[dict]:
    return extract_eval.corpus_documents(corpus, "dev")


def figures(documents: list[dict]) -> dict:
    return extract_eval.corpus_figures([extract_eval.score_corpus_document(d) for d in documents])


def line(label: str, f: dict) -> str:
    return (f"{label:34} {f['undertakings']:5} {f['candidates']:5} {f['recall']:7.1%} {f['precision']:9.1%}"
            f" {f['strict_recall']:8.1%}")


HEADER = f"{'':34} {'und.':>5} {'cand.':>5} {'recall':>7} {'precision':>9} {'strict-R':>8}"


def families_report(documents: list[dict]) -> None:
    print(HEADER)
    for family in FAMILIES:
        chosen = [d for d in documents if family_of(d["id"]) == family]
        print(line(f"{family} ({len(chosen)})", figures(chosen)))
    print(line(f"dev ({len(documents)})", figures(documents)))


def batches_report(documents: list[dict]) -> None:
    rows = [extract_eval.score_corpus_document(d) for d in documents]
    print(HEADER)
    for batch in (*BATCHES, "later"):
        inside = [r for r in rows if batch_of(r["document"]) == batch]
        if inside:
            outside = [r for r in rows if batch_of(r["document"]) != batch]
            print(line(f"{batch} ({len(inside)})", extract_eval.corpus_figures(inside)))
            print(line(f"  dev without it ({len(outside)})", extract_eval.corpus_figures(outside)))
    print(line(f"dev ({len(rows)})", extract_eval.corpus_figures(rows)))


# Each rewording: (name, [(pattern, replacement), ...]); patterns are case-sensitive and whole words.
REWORDINGS = [
    ("subjects", [(r"\bthe two sides\b", "both parties"), (r"\bThe two sides\b", "Both parties"),
                  (r"\bboth sides\b", "the two parties"), (r"\bBoth sides\b", "The two parties"),
                  (r"\bthe two countries\b", "both nations"), (r"\bThe two countries\b", "Both nations")]),
    ("modals", [(r"\bwill\b", "shall"), (r"\bagreed to\b", "undertook to"), (r"\bare willing to\b", "stand ready to"),
                (r"\bdecided to\b", "resolved to")]),
    ("verbs", [(r"\bstrengthen\b", "reinforce"), (r"\bpromote\b", "advance"), (r"\bexpand\b", "widen"),
               (r"\benhance\b", "bolster"), (r"\bdeepen\b", "intensify"), (r"\bsupports\b", "backs"),
               (r"\b(sides|parties|countries|[Tt]hey|[Ww]e|will|firmly|fully) support\b", r"\1 back"),
               (r"\bdevelop\b", "build up"), (r"\bimplement\b", "carry out")]),
    ("reporting", [(r"\breaffirmed\b", "reiterated"), (r"\breaffirm\b", "reiterate"), (r"\bemphasized\b", "stressed"),
                   (r"\bemphasised\b", "stressed"), (r"\bsaid\b", "stated")]),
    ("spelling", [(r"\b(\w{3,})ize\b", r"\1ise"), (r"\b(\w{3,})izes\b", r"\1ises"), (r"\b(\w{3,})ized\b", r"\1ised"),
                  (r"\b(\w{3,})ization\b", r"\1isation"), (r"’", "'"), (r"[“”]", '"')]),
]

# The fourth round's, chosen before the extractor ran on them (general English again, other words of the
# classes the first five reword): other subjects, adjectives and verbs of intent, verbs of position,
# reporting verbs, and the first person.
FOURTH_REWORDINGS = [
    ("subjects, 4th", [(r"\bthe two sides\b", "the Sides"), (r"\bThe two sides\b", "The Sides"),
                       (r"\bboth sides\b", "the two Governments"), (r"\bBoth sides\b", "The two Governments"),
                       (r"\bthe two countries\b", "the Parties"), (r"\bThe two countries\b", "The Parties")]),
    ("intent, 4th", [(r"\bare willing to\b", "are keen to"), (r"\bis willing to\b", "is keen to"),
                     (r"\bare ready to\b", "stand prepared to"), (r"\bis ready to\b", "stands prepared to"),
                     (r"\bpledged to\b", "promised to"), (r"\bagreed to\b", "consented to")]),
    ("positions, 4th", [(r"\bsupports\b", "endorses"), (r"\b(sides|parties|countries|[Tt]hey|[Ww]e|will|firmly|fully) "
                                                      r"support\b", r"\1 endorse"), (r"\bopposes\b", "rejects"),
                        (r"\b([Ww]e|[Tt]hey|sides|countries|firmly) oppose\b", r"\1 reject")]),
    ("reporting, 4th", [(r"\bsaid\b", "noted"), (r"\bstressed\b", "underlined"), (r"\bemphasized\b", "pointed out"),
                        (r"\breaffirmed\b", "confirmed")]),
    ("persons, 4th", [(r"\bWe\b", "The Leaders"), (r"\bwe\b", "the Leaders"), (r"\bour\b", "their"),
                      (r"\bOur\b", "Their")]),
]


def reworded(document: dict, rules: list[tuple[str, str]]) -> dict:
    """``document`` with each rule applied to its text and to its spans alike; a span the rewording
    no longer finds in the text (a rule that matched across its edge) is kept as it was found."""
    def apply(text: str) -> str:
        for pattern, replacement in rules:
            text = re.sub(pattern, replacement, text)
        return text

    text = apply(document["text"])
    flat = extract_eval.normalised(text)
    spans = [s2 if extract_eval.normalised(s2) in flat else s for s in document["spans"] for s2 in [apply(s)]]
    spans = [s for s in spans if extract_eval.normalised(s) in flat]
    return {**document, "text": text, "spans": spans}


def paraphrase_report(documents: list[dict]) -> None:
    print(HEADER)
    print(line("as written", figures(documents)))
    for name, rules in REWORDINGS:
        print(line(f"reworded: {name}", figures([reworded(d, rules) for d in documents])))
    everything = [rule for _, rules in REWORDINGS for rule in rules]
    print(line("reworded: all at once", figures([reworded(d, everything) for d in documents])))
    for name, rules in FOURTH_REWORDINGS:
        print(line(f"reworded: {name}", figures([reworded(d, rules) for d in documents])))


def _paragraphs(text: str) -> list[str]:
    from accord.extract.reflow import reflow

    return [p.strip() for p in reflow(text).text.split("\n") if p.strip()]


# Each layout: how a paragraph list is written out again. A copy from a PDF or a news site wraps its lines, an
# official one numbers its paragraphs or leaves blank lines between them, a page's text may come on one line.
LAYOUTS = [
    ("one paragraph a line", lambda ps: "\n".join(ps)),
    ("wrapped at 72, blank lines", lambda ps: "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in ps)),
    ("blank lines between", lambda ps: "\n\n".join(ps)),
    ("numbered paragraphs", lambda ps: "\n".join(f"{i}. {p}" for i, p in enumerate(ps, 1))),
    ("all on one line", lambda ps: " ".join(ps)),
]


def layout_report(documents: list[dict]) -> None:
    """The dev split with each text laid out again (its paragraphs as the reflow reads them) and its spans as
    they were: a rule that reads the text, not its line breaks, scores the same in every layout."""
    print(HEADER)
    print(line("as written", figures(documents)))
    for name, lay_out in LAYOUTS:
        print(line(name, figures([{**d, "text": lay_out(_paragraphs(d["text"]))} for d in documents])))


def rule_report(verbose: bool) -> None:
    from accord.extract import Metadata, draft

    import extract_rule_cases as cases
    import extract_rule_cases_fifth as fifth
    import extract_rule_cases_seventh as seventh
    import extract_rule_cases_sixth as sixth

    def quotes(text: str) -> list[str]:
        meta = Metadata(id="rule", title="rule", date="2025-01-01", place="", parties=["CN", "KZ"],
                        kind="joint-statement")
        return [c.quote for c in draft(text, meta).commitments]

    for label, (undertakings, none, splits) in (("", (cases.UNDERTAKINGS, cases.NONE, cases.SPLITS)),
                                                 ("fourth round's probe: ", (cases.FOURTH_UNDERTAKINGS,
                                                                             cases.FOURTH_NONE, cases.FOURTH_SPLITS)),
                                                 ("fifth round's probe: ", (fifth.FIFTH_UNDERTAKINGS, fifth.FIFTH_NONE,
                                                                            fifth.FIFTH_SPLITS)),
                                                 ("sixth round's probe: ", (sixth.SIXTH_UNDERTAKINGS, sixth.SIXTH_NONE,
                                                                            sixth.SIXTH_SPLITS)),
                                                 ("seventh round's probe: ", (seventh.SEVENTH_UNDERTAKINGS,
                                                                              seventh.SEVENTH_NONE,
                                                                              seventh.SEVENTH_SPLITS)),
                                                 ("seventh round's second probe: ", (seventh.SEVENTH_MORE_UNDERTAKINGS,
                                                                                     seventh.SEVENTH_MORE_NONE, [])),
                                                 ("seventh round's third probe: ", (seventh.SEVENTH_THIRD_UNDERTAKINGS,
                                                                                    seventh.SEVENTH_THIRD_NONE, []))):
        wrong = [("missed", s) for s in undertakings if not quotes(s)]
        wrong += [("proposed", s) for s in none if quotes(s)]
        wrong += [(f"{len(quotes(t))} for {n}", t) for t, n in splits if len(quotes(t)) != n]
        total = len(undertakings) + len(none) + len(splits)
        print(f"{label}{total - len(wrong)} of {total} sentences read as the annotation rule reads them "
              f"({len(undertakings)} undertakings, {len(none)} none, {len(splits)} splits)")
        for what, sentence in wrong if verbose else ():
            print(f"  {what}: {sentence!r}")
    grid, things = seventh.grid_sentences(), seventh.thing_sentences()
    missed, proposed = [g for g in grid if not quotes(g)], [t for t in things if quotes(t)]
    print(f"seventh round's grid: {len(grid) - len(missed)} of {len(grid)} forms of a verb of intent read as undertakings, "
          f"{len(things) - len(proposed)} of {len(things)} sentences of subjects that are no party read as none")
    for what, sentence in [("missed", g) for g in missed] + [("proposed", t) for t in proposed] if verbose else ():
        print(f"  {what}: {sentence!r}")
    pledges = seventh.pledge_noun_sentences()
    missed = [p for p in pledges if not quotes(p)]
    print(f"seventh round's grid of pledges as nouns: {len(pledges) - len(missed)} of {len(pledges)} read as undertakings")
    for sentence in missed if verbose else ():
        print(f"  missed: {sentence!r}")
    said, things = seventh.reported_sentences()
    missed, proposed = [g for g in said if not quotes(g)], [t for t in things if quotes(t)]
    print(f"seventh round's grid of reported speech: {len(said) - len(missed)} of {len(said)} read as undertakings, "
          f"{len(things) - len(proposed)} of {len(things)} reports of subjects that are no party read as none")
    for what, sentence in [("missed", g) for g in missed] + [("proposed", t) for t in proposed] if verbose else ():
        print(f"  {what}: {sentence!r}")
    passages_report(quotes, seventh.SEVENTH_PASSAGES, verbose)
    passages_report(quotes, seventh.SEVENTH_MORE_PASSAGES, verbose, "seventh round's second passages")
    passages_report(quotes, seventh.SEVENTH_THIRD_PASSAGES, verbose, "seventh round's third passages")


def passages_report(quotes, passages: list[tuple[str, list[str]]], verbose: bool,
                    label: str = "seventh round's passages") -> None:
    """Passages in the layouts of whole statements, scored as extract_eval.py scores a corpus document."""
    rows = []
    for text, spans in passages:
        found = quotes(text)
        pairs = extract_eval.match(found, spans, lenient=True)
        rows.append({"spans": spans, "candidates": found, "pairs": pairs, "strict": len(extract_eval.match(found, spans)),
                     "default_area": 0, "not_verbatim": 0})
        matched = set(pairs.values())
        for what, quote in ([("missed", s) for j, s in enumerate(spans) if j not in matched]
                            + [("extra", q) for i, q in enumerate(found) if i not in pairs]) if verbose else ():
            print(f"  {what}: {' '.join(quote.split())!r}")
    f = extract_eval.corpus_figures(rows)
    print(f"{label}: {f['matched']} of {f['undertakings']} spans found, {f['candidates']} candidates: "
          f"recall {f['recall']:.1%}, precision {f['precision']:.1%}, strict recall {f['strict_recall']:.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("probe", choices=("families", "paraphrase", "rule", "layout", "batches"))
    parser.add_argument("--verbose", "-v", action="store_true", help="rule: list the sentences read otherwise")
    parser.add_argument("--corpus", type=Path, default=extract_eval.CORPUS)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(extract_eval.REPO / "src"))
    if args.probe == "rule":
        rule_report(args.verbose)
        return 0
    documents = dev_documents(args.corpus)
    if args.probe == "families":
        families_report(documents)
    elif args.probe == "layout":
        layout_report(documents)
    elif args.probe == "batches":
        batches_report(documents)
    else:
        paraphrase_report(documents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
