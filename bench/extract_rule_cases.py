"""Sentences written from the corpus's annotation rule (docs/extract.md, "What is an undertaking",
"Spans and lists"), one for each form it names and for the same forms in other words, to see
whether `accord extract` reads the rule rather than the documents it was built on. None is taken
from a corpus document. `python bench/extract_generalise.py rule` scores them."""

# Each of these is one undertaking, the whole sentence.
UNDERTAKINGS = """
The two sides will deepen cooperation in agriculture and water management.
Both parties shall refrain from any action that harms the other's security.
China is willing to expand imports of agricultural products from Kazakhstan.
Kazakhstan is ready to host the next meeting of the intergovernmental committee.
The ministers intend to meet again in Tashkent next year.
The leaders are determined to build a railway linking the two capitals.
The two sides agreed to simplify visa procedures for business travellers.
The parties decided to establish a joint working group on water resources.
We pledge to mobilise new resources for climate adaptation.
They vowed to combat terrorism, separatism and extremism together.
We commit to reducing trade barriers for small businesses.
The member states are committed to the peaceful settlement of disputes.
Both countries will continue to coordinate closely at the United Nations.
We reaffirm our commitment to the goals of the Paris Agreement.
They reaffirmed that they will continue to support each other on issues of core interest.
The United States reaffirms its continued support for the independence of Central Asian states.
The two sides agreed that they would jointly promote the construction of the new highway.
The leaders emphasized that they will deepen cooperation in green energy.
Beijing and Astana will continue to expand trade in agricultural goods, the statement added.
Uzbekistan said it firmly adheres to the one-China principle.
Kazakhstan firmly supports the Global Development Initiative.
Both sides oppose interference in the internal affairs of other countries.
The two sides decided to upgrade their relations to a comprehensive strategic partnership.
The ministers announced the establishment of the C5+1 Secretariat.
Xi said both sides should strengthen cooperation in energy and mining.
Xi called on both sides to speed up the construction of the cross-border railway.
Xi urged the two sides to deepen cooperation in trade and investment.
Xi noted that the two countries need to enhance coordination on regional security.
We are resolved to end hunger by 2030.
We will not allow our territories to be used against the security of others.
We stand ready to provide further humanitarian assistance to Afghanistan.
We endeavour to complete the negotiations by the end of the year.
The EU undertakes to mobilise investment in transport corridors.
The participants expressed their readiness to hold the next summit in Astana in 2026.
We recommit to achieving universal health coverage by 2030.
The leaders tasked their ministers to prepare a road map for digital cooperation.
We instruct our finance ministers to report on progress at our next meeting.
The sides confirmed their intention to sign an agreement on investment protection.
The Ministers affirmed that the C5+1 will continue to serve as a platform for dialogue on regional security.
Both sides expressed readiness to expand cooperation in tourism and culture.
China expressed its willingness to import more agricultural products from Tajikistan.
Leaders committed to strengthening supply chains for critical minerals.
Japan and India will hold the next annual summit in Tokyo.
We remain determined to achieve net zero emissions by 2050.
We are resolute in our commitment to a free and open Indo-Pacific.
It was agreed that the next meeting of the Council will be held in Dushanbe in 2026.
It was decided to establish a joint commission on water resources.
The Parties shall consult each other on matters of mutual concern.
Turkmenistan confirmed its readiness to increase natural gas supplies to China.
Kazakhstan welcomes Chinese companies to invest in its special economic zones.
The two leaders agreed on the establishment of a joint laboratory for renewable energy.
The two sides agreed to further strengthen cooperation in education and to increase the number of scholarships.
The sides expressed their intention to bring bilateral trade to 10 billion US dollars by 2030.
The President reaffirmed the commitment of the United States to the sovereignty of the countries of Central Asia.
G20 members will continue to implement the Action Plan on anti-corruption.
We will keep working together to ensure food security and nutrition for all.
We are taking steps to phase out inefficient fossil fuel subsidies.
The European Union will mobilise 10 billion euros for transport connectivity in Central Asia.
Both sides reiterated their firm support for each other's efforts to safeguard national sovereignty.
The two countries pledged to jointly fight drug trafficking and organised crime.
The Kyrgyz side reiterated that it firmly adheres to the one-China principle.
Both sides agreed to continue close communication and coordination on international and regional issues.
China stands ready to work with Uzbekistan to implement the outcomes of the summit.
The leaders expressed their determination to achieve the Sustainable Development Goals by 2030.
Member States intend to hold joint counter-terrorism exercises on a regular basis.
We support the reform of the World Trade Organization to strengthen its functions.
We oppose all forms of protectionism.
The United States will provide an additional $25 million to support economic resilience in the region.
ASEAN Leaders agreed to intensify efforts to conclude the Code of Conduct in the South China Sea.
We underlined our commitment to an open, inclusive and rules-based multilateral trading system.
The Heads of State agreed to hold the next summit in China in 2025.
Uzbekistan highly appreciates and supports the Belt and Road Initiative.
The two sides will work together to promote the early entry into force of the agreement on visa facilitation.
Both parties will strive to increase trade turnover to 20 billion US dollars.
The parties agreed that they would exchange information on epidemic prevention.
Determined to strengthen cooperation in the fight against terrorism,
An industrial park will be created in the free economic zone of Khorgos.
A joint working group would be set up to study the water issue.
Confirming our commitment to the goals and principles of the Treaty on the Eurasian Economic Union,
The Foreign Minister emphasized Kazakhstan's readiness to contribute to the work of the OSCE.
The two leaders confirmed their common desire to enhance mutual understanding and trust.
The Korean side expressed its interest in expanding cooperation in the energy sector.
The Tajik side supports China's position on Taiwan and opposes any form of Taiwan independence.
""".strip().splitlines()

# None of these is an undertaking.
NONE = """
The two sides welcomed the progress made in bilateral trade.
The Kyrgyz side spoke highly of China's achievements in poverty reduction.
We commend the efforts of the Secretary-General.
We appreciate that Japan hosted the meeting.
The leaders stressed the importance of maintaining peace and stability in the region.
They underscored the need to strengthen the multilateral trading system.
The parties consider it necessary to intensify cooperation in the fight against drugs.
China believes that Uzbekistan will achieve even greater success.
Decisions we make now will determine the future of our planet.
The two leaders held talks in a cordial and friendly atmosphere.
The ministers discussed initiatives to expand trade and transport links.
The foreign ministers met in Astana to discuss regional cooperation.
The two countries have built efficient mechanisms of cooperation.
We have mobilized significant resources to fight the pandemic.
New progress has been made in the construction of the pipeline.
We adopted the Vision Statement on Nuclear Disarmament.
We called on the international community to step up humanitarian assistance.
We commit to concrete actions to address global challenges.
We resolve to act in concrete ways.
China highly values the achievements of Turkmenistan in economic development.
Bilateral trade will grow by ten percent next year.
We recognise that the recovery will take years.
We note with concern the rising level of debt in developing countries.
The global economy is expected to grow by 3 percent this year.
We look forward to the next summit in Brazil.
We urge all parties to respect international humanitarian law.
The summit was attended by the heads of state of the five countries.
The two sides noted with satisfaction the growth of bilateral trade.
Trade between the two countries reached 30 billion dollars last year.
The leaders reviewed the progress of cooperation since the last summit.
The President of Kazakhstan paid a state visit to China from 16 to 17 May.
The meeting was held in a warm and friendly atmosphere.
We are deeply concerned about the humanitarian situation in Gaza.
We condemn in the strongest terms the terrorist attack in Moscow.
We express our deep condolences to the families of the victims.
The ministers underscored the significance of the Trans-Caspian route for regional trade.
Both sides pointed out that the two countries are good neighbours and partners.
The leaders noted that the world is undergoing profound changes unseen in a century.
We acknowledge the important role of the private sector in financing development.
The Chinese side highly appreciates Kazakhstan's achievements in its economic reforms.
The two sides signed a number of cooperation documents in the fields of trade and energy.
Since the establishment of diplomatic relations, the two countries have developed friendly ties.
We take note of the report of the Secretary-General.
The two sides exchanged views on regional and international issues of common interest.
Climate change will affect the most vulnerable countries first.
The global recovery remains uneven and fragile.
The EU has provided more than 1 billion euros in aid to the region since 2014.
Both sides recalled the long history of friendly exchanges between the two peoples.
We recognise the need to reform the international financial architecture.
We note that Brazil will host the next summit in 2024.
We are alarmed by the rise in food prices.
Growth will be driven by investment in infrastructure.
Developing countries will bear the brunt of climate change.
Developing countries continue to face high levels of debt.
The ministers expressed interest in the situation in Afghanistan.
Acknowledging the significance of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia,
Noting the importance of the Agreement on Trade in Services,
Taking into account the decisions of the Council of Heads of State,
We strongly condemn the attacks on commercial shipping, which must cease immediately.
Last year the Declaration on Allied Relations was signed.
The visit was a great success.
""".strip().splitlines()

# (text, how many undertakings it holds): where one ends and the next begins.
SPLITS = [
("The two sides will continue to deepen political mutual trust, expand practical cooperation, and consolidate traditional friendship.", 1),
("The two sides agreed to improve the mechanism of regular Prime Ministers' Meetings, and maintain the effective work of the China-Kazakhstan Cooperation Committee.", 2),
("We commit to:\n- Accelerate strong, sustainable, balanced and inclusive growth.\n- Protect biodiversity and restore degraded land.\n- Deliver on our climate finance goals.", 3),
("We will:\n(a) reduce food loss and waste by half by 2030;\n(b) support smallholder farmers;\n(c) invest in resilient agriculture.", 3),
("We will strengthen our cooperation on counter-terrorism and we will ensure that our financial systems are not abused by terrorists.", 2),
("We reaffirm our commitment to the Paris Agreement and will submit updated nationally determined contributions by 2025.", 2),
("The leaders agreed to launch negotiations on a free trade agreement, to establish a joint investment fund, and to hold the next summit in Tashkent in 2026.", 3),
("China supports Kazakhstan in safeguarding its independence, sovereignty and territorial integrity, and Kazakhstan firmly supports China's position on Taiwan.", 2),
("The two sides are willing to strengthen cooperation in the fields of energy, mining and agriculture, and jointly implement the China-Central Asia Natural Gas Pipeline Line D project.", 2),
("Both sides welcomed the progress in trade and agreed to double bilateral trade by 2030.", 1),
("We welcome the adoption of the Pact for the Future and will work to implement it.", 1),
("Noting the importance of connectivity, the two sides agreed to accelerate the construction of the China-Kyrgyzstan-Uzbekistan Railway.", 1),
("The two sides stressed that they will oppose any attempt to interfere in the internal affairs of Central Asian countries.", 1),
("We, the Leaders of the G20, will continue to use all available policy tools to support the recovery, and we will protect jobs and incomes.", 2),
("The parties will promote cooperation in the following areas:\nStrengthening trade and investment ties;\nDeveloping transport corridors;\nExpanding people-to-people exchanges.", 3),
("The Parties have agreed as follows:\n- To establish a joint commission on water resources.\n- To hold the next meeting in Astana in 2026.", 2),
("The Heads of State decided:\n- To simplify visa procedures for business travellers.\n- To open a consulate in Osh.", 2),
]

# The fourth round's probe (issue 20, session 7): written from the annotation rule before the extractor
# was run on any of them, in forms and words the sentences above do not use (other subjects and persons,
# treaty language, passives, leads, coordinated predicates), so that the first count on them measures the
# rules of the third round on forms they were not written on. Scored apart from the sets above.
FOURTH_UNDERTAKINGS = """
The Contracting Parties shall exchange information on migration flows on a quarterly basis.
Each Party shall take the necessary measures to protect the investments of investors of the other Party.
Neither Party shall discriminate against the nationals of the other Party in matters of employment.
The Governments of the two countries will jointly finance the feasibility study of the hydropower station.
Mongolia and Kazakhstan are prepared to open a direct air route between Ulaanbaatar and Almaty.
The sides intend to set up a joint venture for the production of fertilisers.
Both Presidents agreed to meet again on the margins of the UN General Assembly.
The Foreign Ministers agreed to hold regular political consultations.
The Japanese side will provide grant aid for the modernisation of irrigation systems.
Our countries will work to remove non-tariff barriers to trade.
The Republic of Korea is willing to share its experience in e-government with Central Asian partners.
Ministers resolved to establish a regional centre for disaster risk reduction.
The G7 will launch a partnership for resilient infrastructure in Africa.
ASEAN and the EU will step up cooperation on maritime security.
The Heads of Government decided to convene an extraordinary session in the spring.
The Sides undertake to refrain from any actions that may harm the security of the other Side.
The High Contracting Parties shall settle their disputes exclusively by peaceful means.
We will double our support for renewable energy in developing countries by 2030.
We are committed to ensuring equal access to quality education for all girls.
We pledge to lift one hundred million people out of poverty.
We also commit to phasing down unabated coal power.
We will continue to work with our partners to counter disinformation.
We reaffirm our determination to eliminate nuclear weapons.
We intend to scale up investments in clean hydrogen.
We shall spare no effort to achieve the Sustainable Development Goals.
The leaders reaffirmed their commitment to the denuclearisation of the Korean Peninsula.
Ministers reiterated their strong commitment to an open and fair trading system.
Germany reaffirms its readiness to support the reform of the water sector in Central Asia.
The ministers agreed that they would meet annually to review the implementation of the road map.
Both sides stressed that they would never allow separatist forces to operate on their territories.
The Kazakh President said his country would continue to supply grain to Afghanistan.
Tokayev said Kazakhstan would increase exports of wheat to China.
The Indian side stated that it will extend a line of credit of one billion dollars for development projects.
The two presidents noted that they will jointly promote peace in the region.
Kyrgyzstan backs China's efforts to achieve national reunification.
Japan strongly supports the efforts of Central Asian countries to strengthen regional cooperation.
The two countries firmly oppose any attempt to use human rights issues to interfere in internal affairs.
The sides support each other's candidacies for non-permanent membership of the UN Security Council.
Russia and the Central Asian states stand against the militarisation of outer space.
The leaders decided to designate 2026 as the Year of Cultural Exchanges.
It was agreed to hold the next round of consultations in Bishkek.
The parties agreed upon a roadmap for the development of transport corridors until 2030.
Putin proposed that the two countries should jointly develop the Northern Sea Route.
Wang Yi said the two sides should make full use of the intergovernmental committee.
Reaffirming their determination to develop good-neighbourly relations,
Guided by the desire to strengthen friendship between the two peoples,
The Turkmen side expressed its willingness to participate in the construction of the railway.
The President underlined Uzbekistan's intention to join the Eurasian Economic Union as an observer.
The participants voiced their readiness to deepen cooperation in combating drug trafficking.
Regular consultations between the foreign ministries will be held at least once a year.
A roadmap for industrial cooperation shall be drawn up by the end of 2025.
Visa-free travel for citizens of the two countries will be introduced from 1 January 2026.
The next meeting of the Council of Foreign Ministers is to be held in Ashgabat in 2026.
Efforts will be made to increase the share of national currencies in mutual settlements.
I am pleased to announce that the United States will provide 50 million dollars for water security in Central Asia.
Japan, for its part, will dispatch experts in disaster prevention to the region.
For our part, we will open our markets to products from the least developed countries.
On its part, the Chinese side is ready to import more high-quality agricultural products from Kyrgyzstan.
The two Leaders agreed to work towards the conclusion of an economic partnership agreement.
The Parties will promote the mutual recognition of diplomas and academic degrees.
The Heads of State instructed the Governments to prepare a programme of economic cooperation for 2026-2030.
The European Union will continue to support border management programmes in Central Asia.
India remains committed to the development of the Chabahar port.
The Ministers expressed their determination to advance the work on the Trans-Afghan railway.
The Presidents confirmed their intention to hold the first meeting of the Supreme Interstate Council in 2026.
Both Heads of State will meet regularly to review the progress of bilateral cooperation.
The Member States will further strengthen cooperation in countering the financing of terrorism.
""".strip().splitlines()

FOURTH_NONE = """
The sides welcomed the results of the Astana International Forum.
We are pleased with the growing number of tourists between our countries.
The ministers took stock of the implementation of the agreements reached at the last summit.
The parties shared the view that terrorism poses a serious threat to regional stability.
The demand for energy in Asia will double by 2040.
The leaders expressed satisfaction with the level of bilateral relations.
The talks were held in a constructive and businesslike atmosphere.
The President laid a wreath at the Monument of Independence.
Both sides noted the high level of political dialogue.
We are concerned that the pandemic will reverse hard-won development gains.
The Chinese side briefed the Kazakh side on the outcomes of the Third Plenary Session.
The two sides agreed that the visit was a milestone in bilateral relations.
Over the past decade, the two countries have jointly implemented more than fifty projects.
The EU is the largest investor in Central Asia.
Japan's official development assistance has contributed to the development of the region.
We call upon all states to accede to the Treaty on the Non-Proliferation of Nuclear Weapons.
The meeting was chaired by the Minister of Foreign Affairs of Uzbekistan.
Young people will inherit the world we shape today.
The sides exchanged opinions on the situation in Afghanistan.
Ministers discussed ways to expand cooperation in the energy sector.
Many countries in the region will face water shortages in the coming years.
The Kyrgyz side expressed gratitude for China's assistance in combating the pandemic.
We mourn the loss of life caused by the earthquake.
The two sides highly evaluated the results of the fifth meeting of the Joint Commission.
We emphasise that the conflict must not spread to the wider region.
It was noted that bilateral trade grew by 20 percent in 2024.
Participants observed that climate change poses an existential threat to mountain communities.
The leaders recalled that the Treaty of Friendship was signed thirty years ago.
The Ministers reviewed the state of play in the negotiations on the trade agreement.
Central Asia is a region of great importance for the European Union.
""".strip().splitlines()

FOURTH_SPLITS = [
("The sides agreed to strengthen cooperation in healthcare, to open a branch of a Korean university in Tashkent, and to launch direct flights between Seoul and Samarkand.", 3),
("Japan will provide training for 500 customs officers, and Uzbekistan will simplify the clearance of transit cargo.", 2),
("The Parties shall respect each other's sovereignty and shall not take part in any alliance directed against the other Party.", 2),
("We will strengthen our health systems and we pledge to make vaccines available to all.", 2),
("The two sides agreed on the following:\n1. To open a consulate general in Almaty.\n2. To launch a direct flight between Xi'an and Turkistan.\n3. To hold a year of tourism in 2026.", 3),
("The leaders welcomed the signing of the agreement on investment and agreed to start its implementation without delay.", 1),
("The two presidents agreed to deepen trade, investment and industrial cooperation, and to expand exchanges between universities and think tanks.", 2),
("Both sides noted the importance of water security and agreed to establish a joint commission on the use of transboundary rivers.", 1),
]
