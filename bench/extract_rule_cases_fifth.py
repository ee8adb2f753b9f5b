"""The fifth round's probe (issue 20): sentences written from the annotation rule (docs/extract.md, "What is an
undertaking") before the extractor ran on them, in the forms of communiqués, joint statements and news readouts
that the rounds before did not probe: negated infinitives, passives of cooperation, reported speech without
"that", a welcome before an undertaking, preambles and lists run on one line, officials instructed, parties
named by their people or their meeting. None is taken from a corpus document. `python
bench/extract_generalise.py rule` scores them apart from the earlier probes; the rules of the fifth round were
then written from the ones read otherwise, so from now on they are in sample."""

# Each of these is one undertaking, the whole sentence.
FIFTH_UNDERTAKINGS = """
We remain committed to achieving universal health coverage.
We task our finance ministers to report back on progress at our next meeting.
We ask our trade ministers to prepare a roadmap for reform.
We instruct our foreign ministers to draw up a plan of action on water security.
We mandate the secretariat to prepare an assessment of the programme.
The leaders tasked their ministers to explore new areas of cooperation in tourism.
We are launching a partnership for resilient supply chains.
We hereby establish a working group on critical minerals.
We will spare no effort to achieve peace in the region.
The Kyrgyz side is committed to supporting China on issues concerning its core interests.
Kyrgyzstan will, as always, firmly support China's position on Taiwan.
Xi proposed that the two sides strengthen cooperation in agriculture.
The Saudi side expressed its readiness to increase investment in China.
China welcomes Saudi Arabia to participate in the joint construction of the Belt and Road.
Our countries will redouble efforts to end poverty.
We resolve to strengthen our cooperation on counter-terrorism.
We aim to double the share of renewable energy by 2030.
The two sides expressed willingness to enhance exchanges between think tanks.
Both sides expressed the hope to expand cooperation in tourism.
The parties intend to hold the next meeting in Bishkek in 2026.
Japan intends to provide an additional 500 million dollars for the programme.
The sides agreed to continue consultations on the draft agreement.
We collectively commit to mobilise 100 billion dollars a year.
The member states will jointly counter terrorism, separatism and extremism.
The ministers reaffirmed their determination to fight drug trafficking.
We are determined to ensure that no one is left behind.
The EU will continue to support the reform process in the region.
Germany will support the region's transition to renewable energy.
We will strengthen the role of the WTO and work for its reform.
Both sides are ready to work together to build a new type of international relations.
The leaders are convinced of the need to strengthen cooperation and agreed to hold annual consultations.
The Presidents expressed their firm intention to raise bilateral trade to 10 billion dollars.
The two countries will jointly host the forum in 2026.
We will continue our efforts to build a fairer global economy.
We remain determined to tackle climate change.
We stand united in our resolve to end the pandemic.
We call for the early conclusion of negotiations and will work to that end.
The two sides need to deepen cooperation in water resources.
The two countries need to step up coordination on regional security.
Both sides reaffirmed that they will not join any alliance directed against the other.
The parties reaffirmed that neither side will allow its territory to be used against the other.
The two sides agreed not to take part in any bloc directed against each other.
They undertook not to use force or the threat of force against each other.
China and Nepal reiterated that they would never allow any force to use their territory against the other.
The Parties shall not enter into any treaty with a third state that harms the sovereignty of the other.
Kazakhstan will not permit the activities of separatist groups on its territory.
Neither side shall participate in any alliance against the other side.
The ministers agreed that the next meeting would be held in Dushanbe in 2026.
Deciding to further advance the process of cooperation in the region and to build a common home,
Determined to strengthen the role of the organisation in regional affairs,
We, the Leaders of the G7, will take concrete steps to reduce plastic pollution.
Recognising the urgency of the crisis, we will scale up humanitarian assistance to the Sahel.
In this context, we will work with partners to close the financing gap for vaccines.
To that end, the ministers agreed to convene a high-level conference on connectivity in 2026.
Leaders agreed on a roadmap for the gradual removal of tariffs on agricultural goods.
The European Union and Central Asia will work together to develop the Trans-Caspian Transport Corridor.
Both sides will further strengthen exchanges between their legislatures.
The sides will endeavour to increase bilateral trade to 5 billion dollars by 2030.
Turkmenistan expressed its readiness to supply additional volumes of natural gas to China.
The leaders tasked their foreign ministers with preparing a new cooperation programme.
We renew our resolve to fight corruption in all its forms.
We shall continue to work for a world free of nuclear weapons.
China will provide Tajikistan with 100,000 doses of vaccines free of charge.
The two presidents instructed the relevant agencies to speed up the negotiations on a free trade agreement.
The ministers agreed to meet annually, alternating between Brussels and the region.
Member states will also continue to expand cooperation in digital transformation.
The heads of state noted with satisfaction the progress made and agreed to hold the next summit in Astana in 2026.
We will not tolerate any attempt to change the status quo by force.
The Parties shall exchange information on matters of mutual interest.
China firmly supports Tajikistan in safeguarding its national independence, sovereignty and security.
The two sides are committed to further deepening their comprehensive strategic partnership.
The two sides expressed their firm determination to jointly combat terrorism, separatism and extremism.
We commit to strengthen the global financial safety net with a strong, quota-based IMF at its centre.
The G20 will remain the premier forum for international economic cooperation.
We are working towards the conclusion of the negotiations by the end of 2026.
Cooperation in agriculture will be further strengthened.
The volume of mutual trade will be increased to 10 billion dollars by 2030.
Direct flights between Almaty and Seoul will be resumed next year.
Special attention will be paid to the development of transport corridors.
Measures will be taken to simplify customs procedures.
A roadmap for industrial cooperation shall be drawn up by the end of the year.
The sides will hold regular consultations between their foreign ministries.
It was agreed that the next meeting of the Council will be held in Almaty.
It was decided to establish a working group on energy.
Xi stressed that China attaches great importance to its relations with Kazakhstan and is willing to deepen cooperation in all fields.
The two sides will also work to facilitate mutual visits by tourists.
The Turkmen side is willing to continue supplying natural gas to China.
China is firmly committed to the path of peaceful development.
Kazakhstan will continue to firmly abide by the one-China principle.
The parties will consider the possibility of opening a consulate in Osh.
The participants confirmed their intention to hold the next summit in 2026.
The Presidents instructed their governments to prepare a roadmap within three months.
The EU intends to allocate 300 million euros for connectivity projects in the region.
We stand ready to assist countries affected by the crisis.
The sides exchanged views and agreed to maintain close communication on international affairs.
Building on the progress made in Osaka, we will further strengthen the global health architecture.
Recognising the scale of the challenge, we commit to mobilise additional finance for adaptation.
We welcome the report of the task force and will support the implementation of its recommendations.
We will continue to work with partners and call on all countries to join our efforts.
We reaffirm that we will keep our markets open.
Together with our partners, we will launch a new initiative on critical minerals.
We look to our Finance Ministers to take forward this work.
We will redouble our efforts to achieve the Sustainable Development Goals by 2030.
We remain resolute in our support for Ukraine for as long as it takes.
We affirm our commitment to a free and open Indo-Pacific.
We underline our determination to fight protectionism.
We renew our pledge to phase out inefficient fossil fuel subsidies.
We are committed to leaving no one behind.
We intend to take stock of progress at our next summit.
Leaders endorsed the Action Plan and committed to implement it in full.
Xi called for the two countries to deepen cooperation in energy and connectivity.
China supports Kyrgyzstan in safeguarding its national sovereignty and security, Xi said.
Japarov said Kyrgyzstan would continue to firmly support China on issues concerning Taiwan and Xinjiang.
Xi said the two sides should make good use of the intergovernmental cooperation committee.
Noting that this year marks the 30th anniversary of diplomatic ties, Xi said China is ready to work with Turkmenistan to push bilateral relations to a new level.
China will, as always, support Uzbekistan in following a development path suited to its national conditions.
Both sides pledged to step up cooperation against the "three evil forces" of terrorism, separatism and extremism.
Mirziyoyev said Uzbekistan is willing to learn from China's experience in poverty reduction.
""".strip().splitlines()

# None of these is an undertaking.
FIFTH_NONE = """
We welcome the adoption of the Astana Declaration.
We look forward to the next summit in Brazil.
We note with concern the rise in food prices.
We recognise the important role of small businesses in growth.
We call on all parties to exercise restraint.
We encourage the private sector to invest in clean energy.
We urge all countries to ratify the convention.
Global growth is expected to pick up next year.
The meeting was held in a warm and friendly atmosphere.
We condemn terrorism in all its forms and manifestations.
Leaders discussed ways to strengthen regional security.
The two sides exchanged views on international issues of common concern.
We commend the efforts of the presidency.
We acknowledge the progress made by the working group.
We are deeply concerned about the humanitarian situation.
Trade between the two countries reached 20 billion dollars last year.
The Chinese side appreciates Kazakhstan's support on issues concerning its core interests.
We recall our commitment made in Paris.
We emphasise the importance of the rules-based trading system.
We underline the need for enhanced cooperation on migration.
The two sides held that the relations are at their best in history.
The President thanked his counterpart for the warm hospitality.
Both sides believe that the world is undergoing profound changes.
We take note of the report of the panel.
It was noted that the volume of investment had grown.
The summit marked the 30th anniversary of diplomatic relations.
We are encouraged by the progress achieved so far.
We adopted the Declaration on Food Security.
Leaders held an in-depth exchange of views on the situation in the Middle East.
Over the past decade, trade between the two countries has more than tripled.
The Chinese side highly appreciates Turkmenistan's neutrality policy.
We express our deep condolences to the victims of the earthquake.
The participants praised the results of the Year of Culture.
The President noted that the visit would give a new impetus to bilateral relations.
China is Kazakhstan's largest trading partner.
The two sides expressed satisfaction with the development of bilateral relations.
We are alarmed by the escalation of violence in the region.
The leaders noted that the volume of trade reached a record level last year.
Tourism will continue to grow in both countries.
The forum will bring together business leaders from both regions.
Trade is expected to grow in the coming years.
The event will be attended by more than 500 participants.
The visit will be remembered as a milestone in bilateral relations.
It was noted that bilateral trade grew by 20 percent last year.
The Chinese side expressed appreciation for Kazakhstan's support.
The talks were held in a warm and friendly atmosphere.
The leaders reviewed the state of bilateral relations.
Both sides are satisfied with the progress of the railway project.
The Kazakh President thanked China for its assistance during the pandemic.
We note the progress made in the negotiations.
We recognise the need for further action on climate.
We acknowledge the contribution of civil society.
We take note of the IMF's assessment of the global outlook.
We discussed the situation in the Middle East.
The world economy is recovering but risks remain.
Xi pointed out that China and Kazakhstan are good neighbors and strategic partners.
Japarov thanked China for its valuable support to Kyrgyzstan's economic and social development.
The two heads of state also exchanged views on international and regional issues of common interest.
Mirziyoyev congratulated Xi on the success of the Party congress.
Xi noted that China-Uzbekistan relations have withstood the test of changes in the international situation.
""".strip().splitlines()

# (sentence, how many undertakings it states)
FIFTH_SPLITS = [
    ('Xi said China and Mongolia are good neighbours, and that China is willing to deepen cooperation with Mongolia in mining, and that the two sides should open more border crossings.', 2),
    ('China welcomes more Mongolian products into the Chinese market, he said, adding that the two countries should also strengthen cooperation in desertification control.', 1),
    ('Reaffirming our commitment to the purposes and principles of the Charter of the United Nations, deciding to further develop the process of regional cooperation, and resolved to build the region into a zone of peace, we adopt this Declaration.', 3),
    ('The leaders reaffirmed their commitment to the goals of the Organisation and agreed to expand cooperation in transport and energy.', 2),
    ('The member states are ready to deepen cooperation in trade and will hold an investment forum in Tashkent in 2026.', 2),
    ('We are committed to ending hunger, and we will double our investment in agricultural research by 2030.', 2),
    ('We will strengthen cooperation on health, and we will support the World Health Organization.', 2),
    ('Xi said that the two sides should enhance cooperation in agriculture, and that China is ready to import more Kazakh wheat.', 2),
]
