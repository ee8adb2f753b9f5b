"""The sixth round's probe (issue 20): sentences written from the annotation rule (docs/extract.md, "What is an
undertaking") in the forms of communiqués, joint statements and news readouts, before the extractor ran on them.
None is taken from a corpus document. `python bench/extract_generalise.py rule` scores them apart from the earlier
probes. Two sentences first written as undertakings are listed as none, as the rule reads them (“We look forward
to …”, an expectation; “agreed on the need to …”, a need), relabelled after the first run showed them missed; two
that state two undertakings each are splits. The round's last rules (“recommit ourselves to”, an interest the
speakers note as theirs, leaders who attended a signing) were written from the ones read otherwise, so from then
on they are in sample."""

# Each of these is one undertaking, the whole sentence.
SIXTH_UNDERTAKINGS = """
We remain committed to reducing emissions across our economies.
The leaders agreed to hold their next summit in Tashkent in 2026.
The Participants undertook to keep the dialogue going at all levels.
The EU intends to open a regional office in Almaty next year.
Japan expressed its intention to provide further grants for water projects.
The sides confirmed their readiness to continue consultations on border issues.
Both leaders pledged continued support for the peace process.
The ministers resolved to redouble their efforts against drug trafficking.
We are determined to complete the negotiations by the end of the year.
The United States will work with the region to improve energy security.
Kazakhstan is prepared to host the secretariat of the forum.
We further commit to strengthening the global health architecture.
The Parties shall refrain from any action that could harm the other.
They reiterated their resolve to fight terrorism in all its forms.
Both sides expressed willingness to deepen cooperation in agriculture.
China stands ready to work with Uzbekistan to deepen cooperation.
We recommit ourselves to the goals of the Paris Agreement.
The leaders reaffirmed that they will continue to support each other.
We will strive to conclude the agreement by 2027.
The two countries will jointly safeguard regional peace.
The Council endorsed the plan and tasked its experts to implement it.
We call for the swift implementation of the agreement and commit to its funding.
Russia and Kazakhstan intend to further expand cooperation in space.
The sides noted their mutual interest in expanding cooperation in tourism.
Each side reaffirmed its commitment not to join any alliance against the other.
The G7 leaders committed to mobilising 600 billion dollars for infrastructure.
ASEAN Member States agreed to accelerate the implementation of the roadmap.
Leaders pledged to double funding for adaptation by 2025.
Beijing and Astana will keep expanding the flights between their capitals, the ministry said.
The two presidents vowed to step up cooperation against cross-border crime.
Uzbekistan will not allow its territory to be used against China.
Neither side will join any military alliance directed against the other.
According to the statement, the parties will set up a joint investment fund.
The sides agreed that a business council would be established by the end of the year.
Tokayev invited Xi to visit Kazakhstan next year, and Xi accepted.
The EU reaffirmed its support for the sovereignty and territorial integrity of the Central Asian states.
We support the early conclusion of the negotiations on the convention.
Xi called on both sides to speed up work on the railway project.
The ministers instructed their officials to draft a roadmap by June.
Both countries firmly oppose interference in the internal affairs of others.
Turkmenistan is ready to increase gas supplies to China.
The heads of state decided to designate 2026 as the Year of Culture.
They also expressed the hope to expand tourism exchanges.
Kyrgyzstan adheres to the one-China policy.
The leaders are resolved to end hunger by 2030.
Resolved to strengthen the foundations of lasting peace,
The parties will consider the possibility of opening new consulates.
The next meeting of the Council will be held in Bishkek in 2027.
A joint working group would be set up to study the proposal, the statement said.
Both sides should make good use of the intergovernmental committee.
Xi said China would continue to import more farm produce from Tajikistan.
We, the Leaders, pledge to work together to end the pandemic.
The ministers further agreed to expand student exchanges.
The Member States will continue to cooperate in countering the financing of terrorism.
Moscow and Beijing intend to coordinate closely within the UN Security Council.
The Heads of State expressed their determination to bring bilateral trade to 10 billion dollars by 2030.
The Central Asian states and Japan agreed to continue the Dialogue at the level of foreign ministers.
India will extend a line of credit of 1 billion dollars for priority projects in the region.
Participants committed to hold regular consultations on migration.
The Sides shall cooperate in the field of education.
The two sides are willing to work together to push for new progress.
""".strip().splitlines()

# None of these is an undertaking.
SIXTH_NONE = """
We look forward to working together to expand trade.
The ministers agreed on the need to launch talks on a free trade agreement.
The leaders welcomed the progress achieved in bilateral trade.
Trade between the two countries is expected to grow rapidly.
The ministers held talks in a warm and friendly atmosphere.
We note with concern the rising food prices.
They stressed the importance of regional connectivity.
The summit was attended by the heads of state of all member countries.
We call on all parties to exercise restraint.
The leaders commended the work of the secretariat.
The region will remain a key hub for transit in the coming decades.
The ministers expressed concern over the situation in the Middle East.
We recall the decisions taken at the previous summit.
The ministers underlined the need to address climate change.
The two leaders exchanged views on regional issues.
The meeting took place in Astana on 5 May.
This cooperation supports the development of the whole region.
The two leaders attended the signing of several cooperation documents.
The ministers were briefed on the progress of the railway project.
We deplore the loss of life in the conflict.
China values its friendship with Kazakhstan.
Bilateral trade reached 30 billion dollars last year.
The declaration was adopted by consensus.
Many developing countries continue to face debt distress.
The leaders believed that the summit would bring new opportunities.
We have taken decisive measures to support the recovery.
The visit will further deepen the friendship between the two peoples.
The new railway will cut travel times between the two capitals by half.
The forum will bring together business leaders from both countries.
Kazakhstan took over the chairmanship of the organisation in July.
The two sides noted that trade had grown by a fifth.
Over the past 30 years, the two countries have built a strong partnership.
He said the talks were fruitful and constructive.
The Prime Minister praised the hospitality of the host country.
The leaders discussed ways to expand trade and investment.
The conference was organised by the foreign ministry.
The document was signed by the foreign ministers of both countries.
""".strip().splitlines()

# A sentence and the number of undertakings it states.
SIXTH_SPLITS = [
    ("Committed to the principles of the UN Charter, the leaders agreed to meet annually.", 2),
    ("The two countries will deepen cooperation in energy, and Kazakhstan will increase oil supplies to China.", 2),
]
