"""The seventh round's probe (issue 20): sentences written from the annotation rule (docs/extract.md, "What is an
undertaking" and "Spans and lists") before the extractor ran on them, in forms the earlier probes do not use: verbs and
nouns of intent no earlier probe named (plans, offers, promises, targets, assurances), passives of agreeing, a body's or
a party's future arrangements, and the split convention (a predicate that names its own mechanism, agreement, project,
body or deadline is an undertaking of its own; predicates that serve one aim stay one). None is taken from a corpus
document. `python bench/extract_generalise.py rule` scores them apart from the earlier probes."""

# Each of these is one undertaking, the whole sentence.
SEVENTH_UNDERTAKINGS = """
It was agreed that the next round of consultations will take place in Tokyo.
It was decided to set up a working group on water management.
Agreement was reached to raise the quota of government scholarships.
The two governments are to sign a trade agreement in the autumn.
Uzbekistan plans to build three new power plants with Chinese financing.
The two sides are committed to the peaceful settlement of disputes.
The United States remains committed to the sovereignty of the Central Asian states.
The sides expressed their readiness for closer cooperation in the oil and gas sector.
Both sides are open to discussing new joint projects in mining.
Turkmenistan offered to host the next meeting of the foreign ministers.
Japan promised to provide ten million dollars for border management.
The parties envisage holding the next business forum in Samarkand.
The leaders set a target of doubling bilateral trade by 2030.
The sides set the goal of raising mutual investment to five billion dollars.
The leaders gave instructions to their governments to prepare a new cooperation programme.
We undertake to exchange information on emerging threats in a timely manner.
The two sides further agreed that trade missions would be exchanged every year.
Kyrgyzstan reiterated its adherence to the one-China principle.
The parties highlighted their commitment to the non-proliferation of nuclear weapons.
The President assured that Kazakhstan would continue to supply grain to the region.
Xi assured his counterpart that China would keep its market open to Tajik goods.
Mirziyoyev confirmed that Uzbekistan will join the agreement on transit.
China pledged assistance of 100 million yuan for the reconstruction of schools.
Going forward, the two sides will intensify contacts between their parliaments.
In the coming years, we will expand vocational training for young people.
Our countries will coordinate their positions at international fora.
Our two nations will continue to cooperate closely on water security.
Kazakhstan will chair the Council of Foreign Ministers in 2026.
The parties are keen on expanding cooperation in green energy.
We will spare no effort to achieve the Sustainable Development Goals.
The EU stands by its commitment to a rules-based international order.
The Parties will strive for a more balanced structure of trade.
The ministers expressed their joint intention to open a direct air route.
Both sides agreed on the establishment of a joint laboratory on desert ecology.
The Turkmen side expressed its consent to the opening of a trade house in Ashgabat.
We aim to triple renewable energy capacity by 2030.
The sides reached an understanding to resume flights between Almaty and Urumqi.
Member States will step up cooperation against cybercrime.
The sides will conduct joint exercises against terrorism every two years.
The two ministries signed a memorandum under which they will train customs officers together.
The Kyrgyz side guaranteed the safety of Chinese citizens and institutions in Kyrgyzstan.
We are fully determined to bring the negotiations to a successful conclusion.
The sides confirmed the mutual intention to simplify visa procedures.
Both presidents agreed to meet again next year in Dushanbe.
The Chinese side will provide training for 500 Kazakh specialists over three years.
Each Party shall inform the other Party of any changes to its legislation.
The Leaders committed themselves to ending hunger and malnutrition.
India will continue to offer scholarships to students from the region.
Tajikistan and China agreed to jointly build the second phase of the Dushanbe power plant.
We will jointly promote the early entry into force of the Treaty.
""".strip().splitlines()

# None of these is an undertaking.
SEVENTH_NONE = """
The ministers took note of the report of the working group.
Trade turnover is projected to double by 2030.
The two economies are highly complementary.
We are concerned about the humanitarian situation in Afghanistan.
The leaders reviewed the implementation of earlier agreements.
The two sides expressed satisfaction with the level of cooperation.
The parties noted with satisfaction the steady growth of trade.
We reaffirm that the Charter of the United Nations is the cornerstone of international law.
We urge the international community to increase humanitarian aid.
The President of Kazakhstan was welcomed at the airport by the Vice Premier.
The talks were held in a constructive spirit.
The two leaders had a telephone conversation on Monday.
Central Asia is a region of strategic importance.
The sides recognized the role of the organisation in regional security.
Both presidents stressed that cooperation has great potential.
The summit is expected to adopt a declaration on food security.
Experts believe the new corridor will boost trade.
The volume of investment has increased fivefold.
Last year, the two countries signed 20 agreements worth five billion dollars.
We appreciate Japan's contribution to the development of the region.
The ministers expressed deep concern at the prolonged drought.
The sides emphasised that the railway is of great significance.
The leaders were pleased to note the progress of the gas pipeline project.
The climate crisis will affect every country in the region.
The delegation visited an industrial park in the suburbs of the capital.
The parties shared the view that the situation remains tense.
Both sides agreed that the talks had been productive.
It is essential that all parties respect the ceasefire.
The leaders exchanged congratulations on the anniversary of diplomatic relations.
Global demand for critical minerals will keep rising.
The two sides listened to reports on the work of the subcommittees.
The meeting was co-chaired by the foreign ministers of the two countries.
China has become the largest trading partner of Turkmenistan.
The ministers paid tribute to the victims of the earthquake.
The leaders noted that the Commission had held its tenth meeting.
""".strip().splitlines()

# A sentence and the number of undertakings it states (docs/extract.md, "Spans and lists").
SEVENTH_SPLITS = [
    ("The two countries will continue to deepen mutual trust, expand practical cooperation and consolidate "
     "traditional friendship.", 1),
    ("The sides agreed to strengthen political dialogue, expand trade and investment, and complete the construction "
     "of the Western Railway by 2028.", 2),
    ("The leaders agreed to deepen cooperation in energy and to sign an agreement on the Central Gas Pipeline before "
     "the end of 2026.", 2),
    ("Both sides will promote trade, and hold the first meeting of the Joint Business Council in Almaty in March.", 2),
    ("We will enhance connectivity, improve customs procedures and reduce the time needed to cross borders.", 1),
    ("China and Uzbekistan agreed to expand trade and to launch the construction of the Andijan Logistics Centre "
     "in 2026.", 2),
    ("The two sides will deepen cultural exchanges, and complete the feasibility study of the new bridge over the "
     "river by the end of 2025.", 2),
    ("The parties will improve the investment climate, facilitate trade and create favourable conditions for "
     "businesses of both countries.", 1),
    ("The two sides agreed to expand cooperation in education, and establish a branch of the Polytechnic University "
     "in Tashkent.", 2),
    ("The two presidents agreed to further strengthen their comprehensive strategic partnership and to hold "
     "regular consultations between their foreign ministries.", 2),
]

# A second set, written after the first run (and the rules it led to), before the extractor ran on these: the false
# positives of "What is not an undertaking" in forms the first set does not use, and more forms of undertakings. One
# sentence first written as none is an undertaking to the rule on reading it again (a future meeting, reported: "…,
# it added" is the rule's own example) and is listed so, relabelled after the first run showed it proposed.
SEVENTH_MORE_NONE = """
Trade between China and Central Asia will exceed 100 billion dollars this year, analysts say.
The Caspian region will play an ever greater role in world energy markets.
Tourism is set to become a major source of income for the region.
We are deeply saddened by the loss of life in the floods.
We reaffirm that sustainable development is a shared goal of humanity.
We emphasize that the ceasefire must be respected by all parties to the conflict.
We encourage international financial institutions to scale up lending to the region.
The Leaders invited the private sector to invest in green hydrogen.
The heads of delegation congratulated Kazakhstan on its successful chairmanship.
We express our deep appreciation to the host for the warm hospitality.
The sides highly appreciated the results of the Year of Tourism.
The two presidents discussed the prospects of cooperation in energy.
The talks focused on trade, transport and regional security.
The participants exchanged opinions on the situation in Afghanistan.
The summit brought together leaders from 30 countries.
In 2022, the two countries celebrated the 30th anniversary of diplomatic relations.
The construction of the gas pipeline was completed in 2009.
Over the past decade, bilateral trade has grown tenfold.
The Joint Commission held its fifth meeting in Ashgabat.
We condemn in the strongest terms the attack on the embassy.
We are alarmed by the rising level of food insecurity.
The two sides believe that the potential for cooperation is far from exhausted.
Both sides recognize that water scarcity is a growing threat.
We acknowledge the role of women in building peace.
The need to modernise irrigation systems was stressed.
It is important that the international community remains united.
Cooperation in education is of great importance to both countries.
The ministers were informed about the preparations for the summit.
The President briefed his counterpart on the reforms under way in his country.
We recognize the progress made by the Working Group on energy.
The conference was held under the theme of green growth.
Uzbekistan has abundant reserves of uranium and gold.
The ministers shared their assessments of the global economic situation.
Experts expect the new corridor to halve transit times.
""".strip().splitlines()

SEVENTH_MORE_UNDERTAKINGS = """
We will redouble our efforts to combat desertification.
The two sides will actively explore new areas of cooperation such as the digital economy.
Kazakhstan is ready to share its experience in organising elections.
The sides agreed to establish a hotline between their ministries of emergency situations.
Both countries pledged not to allow their territories to be used against each other.
The leaders decided to hold a joint business forum on the sidelines of the next summit.
We commit to ensuring universal access to clean water by 2030.
The EU will continue to support the region's efforts to manage its borders.
The Parties shall cooperate in combating illegal migration.
The Japanese side will consider providing a yen loan for the construction of the power station.
The two countries intend to sign a new agreement on military cooperation.
The sides reaffirmed their resolve to fight extremism together.
The sides expressed readiness to launch negotiations on a free trade area.
We remain determined to end the pandemic.
Both sides support each other's efforts to safeguard national sovereignty.
The Chinese side welcomes Turkmenistan to join the Global Development Initiative.
The two presidents agreed that the ministries of foreign affairs will hold annual consultations.
The next summit will be held in Astana in 2027.
The leaders instructed the customs services to simplify procedures at the border.
The United States pledged an additional 10 million dollars for water security projects.
The ministers will meet again in 2026, the host country's press service reported.
""".strip().splitlines()
