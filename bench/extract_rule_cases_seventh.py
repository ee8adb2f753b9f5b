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

# Passages in the layouts of whole statements, with the spans the annotation rule marks ("Spans and lists"), written
# before the extractor ran on them: the split convention and the forms above inside long sentences, as statements
# write them. Each is (text, spans); `bench/extract_generalise.py rule` scores them as extract_eval.py scores a corpus.
SEVENTH_PASSAGES = [
    ("""Joint Statement of the Republic of Utopia and the Kingdom of Arcadia

At the invitation of President Alan Ross, King Omar Said paid a state visit to Utopia from 3 to 5 June 2025. The two heads of state held talks in a warm and friendly atmosphere.

The two sides agreed to deepen political mutual trust, expand practical cooperation and strengthen exchanges between their peoples, and to hold the fourth meeting of the Intergovernmental Cooperation Committee in Arcadia in the first half of 2026.

The Utopian side supports the Arcadian side in safeguarding its national independence and sovereignty. The Arcadian side firmly adheres to the principle of non-interference in internal affairs.

The two sides will make full use of the Joint Investment Fund, speed up the construction of the Eastern Highway, and complete the modernisation of the Port of Lumen by the end of 2027.

Both sides expressed satisfaction with the growth of bilateral trade, which reached 4 billion dollars in 2024, and agreed to raise it to 10 billion dollars by 2030.

The two sides will strengthen cooperation in education, increase the number of government scholarships and encourage universities to establish partnerships.
""", [
        "The two sides agreed to deepen political mutual trust, expand practical cooperation and strengthen exchanges "
        "between their peoples",
        "to hold the fourth meeting of the Intergovernmental Cooperation Committee in Arcadia in the first half of 2026.",
        "The Utopian side supports the Arcadian side in safeguarding its national independence and sovereignty.",
        "The Arcadian side firmly adheres to the principle of non-interference in internal affairs.",
        "The two sides will make full use of the Joint Investment Fund",
        "speed up the construction of the Eastern Highway",
        "complete the modernisation of the Port of Lumen by the end of 2027.",
        "agreed to raise it to 10 billion dollars by 2030.",
        "The two sides will strengthen cooperation in education, increase the number of government scholarships and "
        "encourage universities to establish partnerships.",
    ]),
    ("""Leaders' Communiqué

1. We, the Leaders of the Northern Partnership, met in Valdora on 12 September 2025 to take stock of our cooperation.
2. We remain committed to an open, fair and rules-based trading system, and we will work to restore a fully functioning dispute settlement system by 2026.
3. We welcome the progress made under the Green Transition Plan. We will mobilise an additional 5 billion euros for clean energy projects in partner countries, and we task our Ministers to report on its implementation at our next summit.
4. We recognise that the climate crisis will affect the poorest most. We reaffirm our commitment to the goals of the Paris Agreement and will submit updated national contributions before the end of 2025.
5. We call on all states to refrain from the use of force. We condemn the attacks on civilian infrastructure.
6. We commit to:
- Expand access to affordable finance for small and medium-sized enterprises;
- Strengthen the resilience of critical supply chains;
- Launch the Northern Skills Alliance in 2026.
7. We look forward to meeting again in Ostrava in 2026.
""", [
        "We remain committed to an open, fair and rules-based trading system",
        "we will work to restore a fully functioning dispute settlement system by 2026.",
        "We will mobilise an additional 5 billion euros for clean energy projects in partner countries",
        "we task our Ministers to report on its implementation at our next summit.",
        "We reaffirm our commitment to the goals of the Paris Agreement",
        "will submit updated national contributions before the end of 2025.",
        "Expand access to affordable finance for small and medium-sized enterprises",
        "Strengthen the resilience of critical supply chains",
        "Launch the Northern Skills Alliance in 2026.",
    ]),
    ("""ASTANA, March 3 -- Presidents of Kazakhstan and Utopia held talks in Astana on Monday and agreed to
expand cooperation in energy, transport and agriculture, the presidential press service said.
The leaders discussed the implementation of agreements reached during the previous visit. The
parties noted that trade turnover had grown by 20 percent last year.
According to the press service, the sides agreed to launch a direct flight between Astana and
Utopolis in May and to set up a joint venture for the production of agricultural machinery.
The Utopian president said his country was ready to invest in Kazakhstan's renewable energy
sector and would support the modernisation of the Northern Railway.
Tokayev invited his counterpart to attend the Astana International Forum next year.
""", [
        "agreed to expand cooperation in energy, transport and agriculture",
        "the sides agreed to launch a direct flight between Astana and Utopolis in May",
        "to set up a joint venture for the production of agricultural machinery.",
        "his country was ready to invest in Kazakhstan's renewable energy sector",
        "would support the modernisation of the Northern Railway.",
    ]),
    ("""Joint Declaration on Strategic Partnership

The Parties,

Guided by the principles of the Charter of the United Nations,

Recognising the importance of regional connectivity,

Determined to raise their relations to a new level,

have agreed as follows:

The Parties shall hold regular consultations between their Ministries of Foreign Affairs at least once a year.

The Parties shall not take part in any alliance directed against the other Party, and shall not allow their territory to be used by third states against the other Party.

The Parties shall encourage contacts between their business communities and establish a Business Council within six months of the signing of this Declaration.

The Parties will cooperate in the fight against terrorism, separatism and extremism, illegal drug trafficking and transnational organised crime.
""", [
        "Determined to raise their relations to a new level",
        "The Parties shall hold regular consultations between their Ministries of Foreign Affairs at least once a year.",
        "The Parties shall not take part in any alliance directed against the other Party",
        "shall not allow their territory to be used by third states against the other Party.",
        "The Parties shall encourage contacts between their business communities",
        "establish a Business Council within six months of the signing of this Declaration.",
        "The Parties will cooperate in the fight against terrorism, separatism and extremism, illegal drug trafficking "
        "and transnational organised crime.",
    ]),
    ("""Chair's Statement of the Fifth Ministerial Meeting

The Ministers exchanged views on regional and international developments. They welcomed the adoption of the Roadmap for Digital Cooperation and expressed their determination to implement it in full.

The Ministers underlined the need to enhance food security. They agreed to establish an Expert Group on Food Security, which will present its first report at the next Ministerial Meeting.

The Ministers noted with appreciation the offer of Arcadia to host the Sixth Ministerial Meeting in 2026.

The Ministers encouraged the private sector to invest in the region's infrastructure, and reaffirmed their support for the early conclusion of the Regional Transit Agreement.
""", [
        "expressed their determination to implement it in full.",
        "They agreed to establish an Expert Group on Food Security",
        "reaffirmed their support for the early conclusion of the Regional Transit Agreement.",
    ]),
]


# A grid of the forms a verb of intent takes (docs/extract.md, "What is an undertaking": "a modal or a verb of intent
# with a future action"): subjects of the parties, plural and singular, each verb in the present and, as readouts
# report, the past, with the adverbs that stand between a subject and its verb. Generated, not chosen: a rule that keys
# on one inflection or one adverb misses the rest. Left out as no undertaking by the rule: the past of a verb of
# striving ("sought to", "strove to", "aimed to"), a bare "would" or a singular "should" that nothing reports, a
# present "continues to" (what goes on, not what is undertaken). Written midway through the round (a first form of it
# found the third person, the adverbs and the party named alone missed); the rules before the round read 2,360 of
# its 2,832 sentences as undertakings and 156 of the 168 below as none.
GRID_SUBJECTS = {"plural": ("The two sides", "Both countries", "We", "The Parties"),
                 "singular": ("China", "The EU", "Each side", "The Kazakh side")}
GRID_VERBS = (  # present plural, present singular, past
    ("agree to", "agrees to", "agreed to"), ("decide to", "decides to", "decided to"),
    ("pledge to", "pledges to", "pledged to"), ("vow to", "vows to", "vowed to"),
    ("undertake to", "undertakes to", "undertook to"), ("intend to", "intends to", "intended to"),
    ("plan to", "plans to", "planned to"), ("resolve to", "resolves to", "resolved to"),
    ("commit to", "commits to", "committed to"), ("promise to", "promises to", "promised to"),
    ("aim to", "aims to", None), ("seek to", "seeks to", None), ("strive to", "strives to", None),
    ("endeavour to", "endeavours to", None), ("are ready to", "is ready to", "were ready to"),
    ("are willing to", "is willing to", "were willing to"), ("are determined to", "is determined to", "were determined to"),
    ("are committed to", "is committed to", "were committed to"), ("are prepared to", "is prepared to", "were prepared to"),
    ("are keen to", "is keen to", "were keen to"), ("stand ready to", "stands ready to", "stood ready to"),
    ("will", "will", None), ("shall", "shall", None), ("will continue to", "will continue to", None),
    ("reaffirm their commitment to", "reaffirms its commitment to", "reaffirmed their commitment to"),
    ("reiterate their readiness to", "reiterates its readiness to", "reiterated their readiness to"),
    ("express their willingness to", "expresses its willingness to", "expressed their willingness to"),
    ("confirm their intention to", "confirms its intention to", "confirmed their intention to"),
    ("are resolved to", "is resolved to", "were resolved to"), ("remain committed to", "remains committed to", None),
    ("are interested in", "is interested in", "were interested in"), ("support", "supports", "supported"),
    ("oppose", "opposes", "opposed"), ("have agreed to", "has agreed to", None),
)
GRID_ADVERBS = ("", "also ", "further ", "jointly ", "once again ", "firmly ")


def grid_sentences() -> list[str]:
    """The grid's sentences, each one undertaking."""
    found = []
    for number, subjects in GRID_SUBJECTS.items():
        for verbs in GRID_VERBS:
            for verb in (verbs[0] if number == "plural" else verbs[1], verbs[2]):
                for adverb in GRID_ADVERBS if verb else ():
                    for subject in subjects:
                        said = verb.replace("their", "our" if subject == "We" else
                                            "its" if number == "singular" else "their")
                        last = said.split()[-1]
                        what = ("expanding cooperation in water management" if last == "in" else
                                "the expansion of cooperation in water management"
                                if last in ("support", "supports", "supported", "oppose", "opposes", "opposed")
                                else "expand cooperation in water management")
                        found.append(f"{subject} {adverb}{said} {what}.")
    return found


# Subjects that are no party, with the verbs a party's undertaking takes: a work, a thing a name qualifies, a text,
# a flow, others (docs/extract.md, "What is an undertaking", its list of what is not: predictions, descriptions,
# calls on others). None.
THINGS = ("The Middle Corridor", "The new railway", "The Aral Sea crisis", "The Caspian region", "Bilateral trade",
          "The new strategy", "This initiative", "Economic growth", "Global demand for energy", "Climate change",
          "The international community", "Developing countries", "Many countries", "Regional integration")
THING_VERBS = ("will", "will continue to", "aims to", "seeks to", "is expected to", "is set to", "is likely to",
               "would", "supports", "is intended to", "must", "is going to")


def thing_sentences() -> list[str]:
    """The sentences of subjects that are no party, none of them an undertaking."""
    found = []
    for subject in THINGS:
        for verb in THING_VERBS:
            said = (verb.replace("aims", "aim").replace("seeks", "seek").replace("is ", "are ").replace("supports", "support")
                    if subject in ("Developing countries", "Many countries") else verb)
            what = "the growth of small firms" if verb.startswith("support") else "expand cooperation in water management"
            found.append(f"{subject} {said} {what}.")
    return found

# A third set, written before the extractor ran on it (after the grid): forms of treaties and readouts no set above
# uses. Treaty language states an obligation in the present tense ("The Parties cooperate in …"); a readout reports a
# leader's proposal with "can" as with "should"; a plan or a participation is stated as a noun.
SEVENTH_THIRD_UNDERTAKINGS = """
The Parties cooperate in combating terrorism, separatism and extremism.
The Parties develop cooperation in the fields of science, education and culture.
Each Party takes the necessary measures to protect the investments of the other Party.
The Parties exchange information on matters of mutual interest on a regular basis.
The two sides can deepen cooperation in agriculture and the processing of farm produce.
Both sides can make full use of the potential of the intergovernmental committee.
Uzbekistan announced plans to open a trade house in Shanghai.
Turkmenistan confirmed its participation in the international exhibition in Astana next year.
Let us join hands to build a better future for the region.
There will be regular consultations between the foreign ministries of the two countries.
""".strip().splitlines()

SEVENTH_THIRD_NONE = """
Trade can grow much faster if barriers are removed.
The Parties may establish working groups on specific issues.
The people of the two countries enjoy a long tradition of friendship.
There will be many challenges on the road ahead.
Let us recall that the region has faced many crises before.
The sides consider that the potential for trade is far from exhausted.
""".strip().splitlines()

# A second set of passages, written after the rules the first set led to and before the extractor ran on these.
SEVENTH_MORE_PASSAGES = [
    ("""Joint Statement of the Third Ministerial Meeting of the Utopia–Central Asia Dialogue

The Ministers of Foreign Affairs of Utopia and of the five Central Asian countries met in Utopolis on 20 October 2025.

1. The Ministers reaffirmed their commitment to the principles of the UN Charter, including respect for the sovereignty and territorial integrity of all states.
2. Utopia will allocate 50 million dollars over the next three years to support water management and climate adaptation in Central Asia.
3. The Ministers agreed to launch a Utopia–Central Asia Business Council and to hold its first meeting in 2026.
4. The Central Asian countries expressed their appreciation for Utopia's assistance in the field of education.
5. The Participants decided to hold the next Ministerial Meeting in Bishkek in 2026.
""", [
        "The Ministers reaffirmed their commitment to the principles of the UN Charter, including respect for the "
        "sovereignty and territorial integrity of all states.",
        "Utopia will allocate 50 million dollars over the next three years to support water management and climate "
        "adaptation in Central Asia.",
        "The Ministers agreed to launch a Utopia–Central Asia Business Council",
        "to hold its first meeting in 2026.",
        "The Participants decided to hold the next Ministerial Meeting in Bishkek in 2026.",
    ]),
    ("""BEIJING, May 12 (Xinhua) -- Chinese Foreign Minister Lin met with Arcadian Foreign Minister Sara Holm in Beijing on Friday.

Lin said China stands ready to work with Arcadia to implement the important consensus reached by the two heads of state, and push for new progress in the China-Arcadia comprehensive strategic partnership.

China firmly supports Arcadia in following a development path suited to its national conditions and opposes external interference in Arcadia's internal affairs, Lin said.

The two sides should tap the potential of cooperation in trade, energy and agriculture, expand cooperation in new energy and the digital economy, and make good use of the China-Arcadia Cooperation Committee, Lin said.

Holm said Arcadia adheres to the one-China principle and is willing to deepen practical cooperation with China in various fields. Arcadia looks forward to the China-Arcadia summit next year.
""", [
        "China stands ready to work with Arcadia to implement the important consensus reached by the two heads of "
        "state",
        "push for new progress in the China-Arcadia comprehensive strategic partnership.",
        "China firmly supports Arcadia in following a development path suited to its national conditions",
        "opposes external interference in Arcadia's internal affairs",
        "The two sides should tap the potential of cooperation in trade, energy and agriculture, expand cooperation in "
        "new energy and the digital economy",
        "make good use of the China-Arcadia Cooperation Committee",
        "Arcadia adheres to the one-China principle",
        "is willing to deepen practical cooperation with China in various fields.",
    ]),
    ("""Declaration of the Heads of State of the Northern Council

The Heads of State,

noting with satisfaction the growth of mutual trade,

reaffirming their commitment to the Charter of the Northern Council,

declare the following:

The Member States will continue to strengthen cooperation in countering terrorism, separatism and extremism, and will hold joint counter-terrorism exercises in 2026.

The Member States support the early entry into force of the Agreement on Transit Corridors and call on all interested states to join it.

The Member States will develop a Programme of Cooperation in Energy for 2026-2030 and submit it to the next meeting of the Council of Heads of Government.

The next meeting of the Council of Heads of State will be held in Dushanbe in 2026.
""", [
        "reaffirming their commitment to the Charter of the Northern Council",
        "The Member States will continue to strengthen cooperation in countering terrorism, separatism and extremism",
        "will hold joint counter-terrorism exercises in 2026.",
        "The Member States support the early entry into force of the Agreement on Transit Corridors",
        "The Member States will develop a Programme of Cooperation in Energy for 2026-2030",
        "submit it to the next meeting of the Council of Heads of Government.",
        "The next meeting of the Council of Heads of State will be held in Dushanbe in 2026.",
    ]),
]

# A third set of passages, written after the second set's rules and before the extractor ran on these: a
# communiqué in the first person with a lead and sub-items, a translation's "the Sides", a chair's statement.
SEVENTH_THIRD_PASSAGES = [
    ("""Leaders' Declaration

We, the Leaders of the Southern Forum, gathered in Port Lumen on 2–3 November 2025.

Food security. We are deeply concerned by rising hunger. We will step up support for smallholder farmers, and we will launch the Southern Grain Reserve by mid-2026. We encourage international financial institutions to expand concessional lending.

Health. Building on the lessons of the pandemic, we commit to strengthening our health systems and to establishing a regional vaccine production hub.

Climate. We recognise the urgency of the climate crisis. We reiterate our determination to achieve net zero emissions by 2050, and we call on developed countries to honour their commitments on climate finance.

We thank the people of Port Lumen for their hospitality and look forward to our next meeting in 2026.
""", [
        "We will step up support for smallholder farmers",
        "we will launch the Southern Grain Reserve by mid-2026.",
        "we commit to strengthening our health systems",
        "to establishing a regional vaccine production hub.",
        "We reiterate our determination to achieve net zero emissions by 2050",
    ]),
    ("""Joint Communiqué following the Talks between the President of Arcadia and the President of Kazakhstan

The Sides noted with satisfaction the dynamic development of the Arcadian-Kazakh relations.

The Sides agreed to intensify the political dialogue at the highest level and to hold regular consultations between the Ministries of Foreign Affairs.

The Sides expressed their interest in increasing bilateral trade to 2 billion US dollars by 2028.

The Sides shall promote the creation of joint ventures in the fields of mechanical engineering, chemical industry and agriculture.

The Arcadian Side confirmed its readiness to participate in the modernization of the energy infrastructure of Kazakhstan.

The Sides condemned terrorism in all its forms and manifestations.
""", [
        "The Sides agreed to intensify the political dialogue at the highest level",
        "to hold regular consultations between the Ministries of Foreign Affairs.",
        "The Sides expressed their interest in increasing bilateral trade to 2 billion US dollars by 2028.",
        "The Sides shall promote the creation of joint ventures in the fields of mechanical engineering, chemical "
        "industry and agriculture.",
        "The Arcadian Side confirmed its readiness to participate in the modernization of the energy infrastructure "
        "of Kazakhstan.",
    ]),
]


# A grid of reported speech ("reported speech: the two sides agreed that they would …, emphasized that they will …,
# Beijing and Astana will continue to …, it added"): speakers, verbs of saying, with "that" or without, the parties as
# the subject, a modal or an adjective of readiness; and the same after a tail ("…, Xi said"). Written midway through
# the round, after the first grid; each an undertaking. The things it reports of subjects that are no party are none.
REPORTERS = ("Xi", "The foreign minister", "The statement", "He")
SAYING = ("said", "stated", "noted", "stressed", "emphasized", "pointed out", "told reporters", "underlined", "added",
          "announced", "declared", "assured")
REPORTED_SUBJECTS = ("China", "the two countries", "both sides", "Kazakhstan", "his country", "the sides")
REPORTED_VERBS = ("will", "would", "is ready to", "was ready to", "will continue to", "would continue to",
                  "is willing to", "intends to")
TAILS = (", Xi said.", ", the statement said.", ", according to the ministry.", ", he added.",
         ", Tokayev told reporters.")
REPORTED_THINGS = ("bilateral trade", "the region", "the new railway", "the pandemic", "the Aral Sea crisis")


def _agreeing(subject: str, verb: str) -> str:
    plural = subject in ("the two countries", "both sides", "the sides")
    return verb.replace("is ", "are ").replace("was ", "were ").replace("intends", "intend") if plural else verb


def reported_sentences() -> tuple[list[str], list[str]]:
    """The grid's undertakings, and its sentences of subjects that are no party (none)."""
    what = "expand cooperation in water management"
    said = [f"{speaker} {verb} {that}{subject} {_agreeing(subject, modal)} {what}."
            for speaker in REPORTERS for verb in SAYING for that in ("that ", "")
            for subject in REPORTED_SUBJECTS for modal in REPORTED_VERBS]
    said += [f"{subject[0].upper()}{subject[1:]} {_agreeing(subject, modal)} {what}{tail}"
             for subject in REPORTED_SUBJECTS for modal in REPORTED_VERBS for tail in TAILS]
    things = [f"{speaker} {verb} {that}{thing} {future}."
              for speaker in REPORTERS for verb in SAYING for that in ("that ", "") for thing in REPORTED_THINGS
              for future in ("will grow", "would take years")]
    return said, things


# A grid of a pledge stated as a noun ("a readiness, an interest or a desire to act stated as a noun"): the party's own
# (its, their, a name's), after a verb that expresses, restates, stresses or shows it. Written near the round's end.
PLEDGE_SUBJECTS = ("The two sides", "Kazakhstan", "The leaders", "The Kazakh side")
PLEDGE_VERBS = ("expressed", "voiced", "confirmed", "reaffirmed", "reiterated", "underlined", "stressed", "noted",
                "highlighted", "showed", "demonstrated", "declared", "emphasized")
PLEDGE_NOUNS = {"readiness": "to", "willingness": "to", "determination": "to", "commitment": "to", "intention": "to",
                "desire": "to", "interest": "in", "support": "for", "resolve": "to", "hope": "to"}
PLEDGED = {"to": "expand cooperation in water management", "in": "expanding cooperation in water management",
           "for": "the expansion of cooperation in water management"}


def pledge_noun_sentences() -> list[str]:
    """The grid's sentences, each one undertaking."""
    found = []
    for subject in PLEDGE_SUBJECTS:
        own = "their" if subject in ("The two sides", "The leaders") else "its"
        for verb in PLEDGE_VERBS:
            for whose in (own, "Kazakhstan's"):
                for adjective in ("", "strong ", "firm ", "mutual "):
                    for noun, preposition in PLEDGE_NOUNS.items():
                        found.append(f"{subject} {verb} {whose} {adjective}{noun} {preposition} {PLEDGED[preposition]}.")
    return found
