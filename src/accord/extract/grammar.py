"""Word classes `accord extract` reads a clause by: closed classes (prepositions, pronouns,
determiners …), the classes of subjects that stand for the parties, and the verbs of making
an arrangement. Grammar, not vocabulary: a cue that needs a subject or a verb names one of
these classes, so that a text that words the same thing otherwise is read the same way
(docs/extract.md, "Classes, not phrases")."""

from __future__ import annotations


def word_list(text: str) -> tuple[str, ...]:
    """The words of a list written across lines."""
    return tuple(text.split())


# Closed-class words (prepositions, conjunctions, connectives, pronouns, determiners, forms of "be" and
# "have"): a word that is none of these and stands before an article or a possessive ("…, and widen the
# scope of …", "…, bolster their ties") is read as a verb with its object, whether or not ACTION_VERBS
# lists it. Grammar, not vocabulary: the list is closed, the verbs are not.
CLOSED_CLASS = word_list("""
    about above across after against along amid among amongst around as at before behind below beneath beside
    besides between beyond by concerning considering despite down during except excluding following for from in
    including inside into like near of off on onto opposite out outside over past per regarding round since than
    through throughout till to toward towards under underneath unlike until up upon versus via with within without
    and or but nor so yet because although though while whereas whether if unless once when whenever where
    wherever that which who whom whose what whatever also especially particularly notably namely mainly mostly
    primarily chiefly both either neither all each every such only even just thus therefore hence moreover
    furthermore however meanwhile then now today later still already again further more most less least very too
    not never ever the this these those its their our his her my your some any many much several other another
    same own is are was were be been being am has have had do does did it they we he she there here
    said says stated noted added
""")
DETERMINERS = word_list("the a an its their our his her this these those all both each every")

# Who may undertake when a plural verb follows: the speakers ("we", "they") or the document's parties named as a
# class, pointed to by a determiner ("the two sides", "both countries", "the Member States", "our Leaders") or
# written as a title ("Ministers underlined …"); one class for every cue whose verb alone says too little. A
# bare common noun is anyone's: "developing countries continue to face …", "many nations support …"; one named by a
# people's adjective is a group of the parties ("African countries support …", "the Central Asian states"), and people
# named by their meeting or grouping are its members ("Summit leaders", "BRICS leaders", "Foreign ministers").
_PARTY_NOUNS = "sides|parties|countries|nations|states|members|leaders|ministers|governments|presidents|participants"
PARTY_SUBJECT = (r"(?:[A-Z][\w-]+ and )?(?:[Ww]e|[Tt]hey|(?:[Tt]he|[Bb]oth|[Aa]ll|[Oo]ur|[Tt]heir) (?:(?:two|three|four|five|"
                 rf"six|seven|[A-Z][\w+-]*) ){{0,2}}(?:{_PARTY_NOUNS}|[Hh]eads of [Ss]tate|[A-Z]\w+)|(?:[A-Z][\w+-]* )?"
                 rf"(?:{_PARTY_NOUNS.title()}|Heads of State)|(?:[A-Z][a-z]+(?:an|ese|ic|ish) ){{1,2}}(?:{_PARTY_NOUNS})|"
                 r"[A-Z][\w+-]* (?:leaders|ministers|participants|members|member[- ](?:countries|states)))"
                 r"(?: and (?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?)?")
# A name's possessive, singular or plural: "Kazakhstan's", "the United States’".
POSSESSIVE = r"[A-Z][\w-]+[’']s?"
# The parties themselves as the object of a call ("called on both sides to …"): a proposal in a readout, not a
# call on others ("the parties concerned", "all parties" of a conflict are others).
# Either case: a sentence may open with them ("The two sides need to …").
BOTH_PARTIES = r"(?:(?:[Bb]oth|[Tt]he two) (?:[Ss]ides|countries|nations|[Pp]arties|[Gg]overnments)|[Tt]he Sides)"
# The parties together as a statement names them when they act as one: "The two heads of state jointly signed …".
PARTIES_TOGETHER = rf"(?:{BOTH_PARTIES}|[Tt]he two (?:heads of state|leaders|presidents))\b"
# A grouping's members, as the object of a call on them: "the declaration urged the member countries to …", "urged the
# countries to invest …", "called on his counterparts to …" at a meeting of ministers (not "all countries", everyone).
MEMBERS = (r"(?:(?:the|all|its|their) member (?:countries|states|nations)|(?:the|its|their) (?:countries|states|nations)|"
           r"(?:his|her|their|the) (?:counterparts|colleagues)|(?:the|all) participants)")
# The parties' agreement, by its verb in the past: "agreed", "consented", "concurred" (to do, on a matter), also opening a
# list item ("Agreed to further enhance our strategic partnership …").
AGREED = r"(?:[Aa]greed|[Cc]onsented|[Cc]oncurred)"
# A verb of undertaking takes its infinitive negated as well: "agreed not to …", "vowed never to …".
NEGATED = r"(?:(?:not|never) )?"
# Instructions given to one's own officials, as instructing them: "gave instructions to the governments to …", "issued
# the relevant instructions to …" (`cues` reads the undertaking, `titles` titles it "Instruct …").
INSTRUCTIONS_GIVEN = (r"(?:g(?:ave|ives?)|issu(?:ed|es?))\s+(?:(?:the|their|its|our|clear|relevant|necessary)\s+)*"
                      r"instructions?\s+to")
# A party's own officials or bodies, whom it instructs ("We task our Ministers to …"): it acts through them.
# Either case: "the relevant Ministries", "our Sherpas".
OWN_OFFICIALS = (r"(?:[Mm]inisters|[Mm]inistries|[Gg]overnments?|[Oo]fficials|[Aa]gencies|[Dd]epartments|"
                 r"[Aa]uthorities|[Rr]epresentatives|[Ee]nvoys|[Ss]herpas|[Ee]xperts|[Cc]ouncil|[Cc]ommittee|"
                 r"[Cc]ommission|[Ww]orking [Gg]roups?|[Ss]ecretariat|[Ss]ervices?|[Bb]odies|[Ii]nstitutions)")

# Adjectives of a readiness or an intent to act, after "is/are/remain …" and before "to": "are willing to",
# "is keen to", "remain poised to"; a word of the class stands for the others.
READY = r"(?:willing|ready|prepared|determined|resolute|committed|keen|eager|poised)"

# The modals of an undertaking, as a verb's place: "We should, guided by …, work …" awaits its verb after the aside.
MODAL = r"(?:will|shall|should|must|would|can)"

# A text the parties need done, after "the need": "… the need for the long-term cooperation agreement to be finalized"
# (a push for their own text, not a need stated as important).
TEXT_TO_BE_DONE = (r"for (?:[\w’'-]+ ){1,8}to be (?:finalized|finalised|signed|concluded|completed|implemented|"
                   r"ratified)\b")

# Adverbs between the parties and their verb ("The two sides also agreed …", "They once again pledged …"): one class
# wherever a cue reads a subject and then its verb.
ADVERBIAL = r"(?:(?:\w+ly|also|further|once again|again|still|together) )*"

# A party named alone, as the subject of a verb in the singular ("Uzbekistan seeks to …", "…, and Japan strives to …"):
# one capitalised word that opens the clause, or follows a comma or a conjunction ("The Strategy aims to …", "the
# Middle Corridor seeks to …", "the Government of …" are a text, a thing, an office).
_CLAUSE_START = r"(?:^|(?<=[,;:(] )|(?<=\band )|(?<=\bthat )|(?<=\bsaid )|(?<=\bbut ))"
ONE_NAME = rf"{_CLAUSE_START}[A-Z][a-z][\w-]+"
# … or of two letters, a leader's surname in a readout: "Hu called for deeper political ties …"
SHORT_NAME = rf"{_CLAUSE_START}[A-Z][a-z][\w-]*"

# One party as its side ("The Kazakh side supported …", "Each side seeks to …"): a subject in the singular.
ONE_SIDE = r"(?:\b[Tt]he (?:[A-Z][\w-]+ ){1,2}side|\b(?:[Ee]ach|[Ee]ither|[Nn]either) (?:side|[Pp]arty))"

# The verbs a report of what was said takes, before what was said with or without "that" ("Xi noted China would …",
# "He told reporters that the two countries will …"): one class for the cue of reported speech and for its subject.
# ("states" a verb, not the noun: "the states of the Parties", "Member States and …")
SAYING = (r"(?:said|says|stated|(?<!the )(?<!of )(?<!two )(?<![Mm]ember )(?<!these )(?<!all )(?<!both )"
          r"states(?! of\b| and\b| [Pp]arties\b| in\b| to\b| with\b| which\b|,)|"
          r"added|adds|declared|announced|noted|stressed|emphasi[sz]ed|underlined|"
          r"pointed out|told (?:reporters|journalists|the press|(?:his|her|their) \w+|[A-Z]\w+)|assured(?: [A-Z]\w+| his "
          r"\w+| her \w+)?|(?:re)?affirmed|confirmed|reiterated)")

# A speaker who opens a readout's sentence, before what he said with a subject of its own ("Xi said China is ready to
# …", "Calling Uzbekistan a partner, Xi said the country stands ready …", "Li pointed out that both sides should …"):
# one person or office by name, not the parties themselves ("The two sides pointed out that …").
# A report in the passive ("It is also pointed out, that Russia and Kyrgyzstan are going to …") is such a lead too.
# (Only verbs that report: "reaffirmed", "confirmed" or "declared" state the position themselves, and stay in it.)
SAID = r"(?:said|says|noted|stressed|emphasi[sz]ed|pointed out|stated|added|underlined|highlighted)"
# The verbs with which a party restates its word ("reaffirmed their commitment", "has conveyed its resolve"), as
# stems: `cues.RESTATED` reads them before a pledge's noun, and a present perfect of one is no fact gone by (`vetoes`).
RESTATING = (r"(?:(?:re)?affirm|reiterat|emphasi[sz]|stress|underline|underscore|express|confirm|renew|reinforc|pledg|"
             r"declar|convey|voic)")
# What a signed text is said to hold, as a report gives it: "The document foresees …", "The MoU outlines …", "The
# protocol provides for:", "The Convention provided for …".
PROVIDES_FOR = r"(?:foresees?|foresaw|envisag(?:es?|ed)|provided? for|provides for|stipulat(?:es?|ed)|outlines?|involves?)"
# The signed texts a report says hold something: "The document foresees …", "The deals also foresee …", "The Convention
# provided for …" (one word of the class, or its plural, stands for the others).
SIGNED_TEXT = (r"(?:document|agreement|declaration|treaty|treaties|memorand(?:um|a|ums)|plan|program(?:me)?|roadmap|"
               r"statement|contract|deal|project|mou|protocol|accord|convention)")
# A speaker's participle, what he went on to say: "…, Xi said, stressing that …", "…, adding that …".
SAYING_PARTICIPLE = r"(?:adding|noting|saying|stating|stressing)"
SPEAKER_LEAD = (r"(?:[^,;:“\"]{1,200}?, )?(?:(?!(?:The|Both|All|Our|Their|Each|They|We|It)\b)"
                r"(?:He|She|(?:[A-Z][\w.’'-]+ ){0,4}[A-Z][\w.’'-]+|"
                # … or a text or an office that speaks for a party: "An Armenian government statement said that …"
                r"(?:An? |The )?(?:[A-Z][\w.’'-]+ ){1,3}(?:government |foreign ministry |presidential )?"
                r"(?:statement|press service|press release|spokesperson|spokesman|ministry))"
                r"(?: also| further| then| once again)? "
                rf"{SAID}|It (?:is|was) (?:also )?{SAID}|"
                # … or what led to them, then a speaker's participle: "Expressing gratitude for …, stating that the two
                # sides will …"
                # (a clause, not a name before an aside: "McCardell, noting that …, stressed that …")
                rf"[^;:“\"]{{0,100}}?\b[a-z]{{3,}}\b[^;:“\"]{{0,100}}?, (?:{SAYING_PARTICIPLE}|assuring|affirming)(?= that ))"
                r"(?: that)?,? "
                rf"(?:{SAYING_PARTICIPLE} )?(?:that )?"
                r"(?=[A-Z][\w-]+ |(?:the|both) (?:two )?(?:sides?|parties|countries|nations|country)\b|(?<=that )the [A-Z][\w-]+ |"
                r"it is (?:also )?hoped that\b|"
                r"(?:his|her|its|their) (?:country|government|side)\b)")

# A second statement of the same speaker, after "and": "… reaffirmed X and stated that Afghanistan would not …".
STATED_THAT = (r"(?:said|stated|noted|added|affirmed|declared|announced|emphasi[sz]ed|stressed|underlined|reiterated)"
               r"\s+that\s")

# Who said it, after what was said: "…, Xi said", "…,” the statement added", "…,” he concluded.", "…, it informed."
# (a verb that is a word of the undertaking too only where the sentence or the clause ends: not "…, aiming for
# continued growth").
# Not when what was said follows it ("…, the two sides said they would …"): then the clause before is a lead of its own.
REPORTED_BY = (r",[”\"’»]?\s+(?!and\s|but\s)(?:(?:(?:the\s+)?[\w’'-]+\s+){0,4}|"
               # … or a speaker named with his office in more words ("…, Kazakh Ambassador in Uzbekistan Yerik Utembayev
               # said", "…, Iran’s Armed Forces Chief of Staff Mohammad Baqeri told reporters")
               r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+)(?:(?:(?-i:[A-Z])[\w’'.-]*|of|in|the|for|to)\s+){4,8})"
               r"(?:(?:said|added|noted|stressed|stated|says|adds|"
               r"remarked|reported|reports)\b|(?:continued|informed|explained|concluded|wrote)(?=[.,;:]|\s+on\b|$)|"
               r"told\s+(?:reporters|journalists|the\s+press|the\s+media)\b|"
               # … or the one he spoke to, by name or as his counterpart ("…, Vu told Hajiyev", "…, Wen told his Kazakh
               # counterpart at the talks", "…, Bektenov told the visiting Deputy Prime Minister")
               r"told\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|(?:the\s+(?:visiting\s+)?)?"
               r"(?:(?-i:[A-Z])[\w’'.-]*\s*){1,4}(?=[.,;:]|$)))"
               r"(?!\s+that\b)(?!\s+(?:they|it|we|both sides|the two sides)\s+(?:\w+ly\s+)?(?:would|will)\b)"
               # … nor a clause of its own ("…, Ashouriyon said Tajikistan is willing to …")
               r"(?!\s+(?:[\w’'-]+\s+){1,3}(?:is|are|was|were|will|would|shall|should|can|could|must|remains?|"
               r"supports?|stands?)\b)")
# Who says so, by "according to" and a source ("according to Xinhua", "according to the statement"); not a standard
# acted by ("… chosen by the Kyrgyz people according to their national conditions").
ACCORDING_TO = (r"[Aa]ccording to (?=[A-Z]|(?:the|a) (?:[\w-]+ ){0,2}(?:statement|report|declaration|document|communiqu|ministry|"
                r"sources?|agency|press|website|readout|release|news|joint|secretariat|service|office|presidency)|"
                r"(?:him|her|them|sources|reports|media)\b)")
# Who said it, or how it follows from what came before, at a sentence's start and set off by its comma ("According to
# the ministry, …", "In his view, …", "In addition, …", "Once completed, …"): no words of the clause after it.
LEAD = (rf"(?:(?:{ACCORDING_TO}|In the (?:words|view|opinion) of )[^,;:]{{1,60}}|In (?:his|her|their|its) (?:words|view|opinion)|"
        r"Once (?:completed|built|operational|launched|commissioned|implemented|in operation)|"
        r"In (?:the )?(?:future|long run|long term)|In turn|As a result|Consequently|Thus|Therefore|Hence|Of course|"
        r"In addition|Additionally|Moreover|Furthermore|Besides|At the same time|Meanwhile|In this regard|"
        r"In this context|In particular|Also|Separately|To this end|To that end),\s+")
# What a report's sentence may open with before the subject that undertakes, set off by its comma: the occasion, the
# purpose or the grounds ("During the talks, …", "In line with the EU Strategy, …", "To consolidate mutual trust, …",
# "Taking the anniversary as an opportunity, …", "For his part, …"): a report's undertaking is annotated from its subject.
FRONTED = (r"(?:(?:In (?:line|accordance|keeping|connection) with|In (?:order|an effort) to|In (?:response|reply) to|"
           r"In (?:view|light|the light|the course|the context|the framework|support) of|(?:Within|Under) the (?:framework|auspices) of|"
           r"With (?:a view|the aim|the purpose|the goal) (?:to|of))\b[^,;:“”\"()]{2,150}?,\s+|"
           r"(?:For (?:his|her|their|its|our|my) part|For (?:this|these|that) purposes?),\s+|"
           r"(?:During|At|On|Amid|Despite|Given|Following|After|Under|Within|Through|To|As|While|Whatever|Since|"
           r"Taking|Noting|Underscoring|Recogni[sz]ing|Considering|Speaking|Addressing|Commenting|Stressing|Emphasi[sz]ing|"
           r"Guided by|Based on|Building on)\b[^,;:“”\"()]{2,150}?,\s+)")
# Who said it, after the undertaking ("…, Wang said, adding that …", "…,” the statement said", "according to
# the statement"): none of the undertaking's own words.
REPORTING_TAIL = (REPORTED_BY
                  + rf"|,?\s+(?:{ACCORDING_TO}|the statement said|said the)\b"
                  r"|,\s+(?:adding|noting|saying|stating) that\b")

# An aside between a verb of undertaking and its "to" ("is ready, together with China, to …", "agreed, on the basis of
# equality, to …").
ASIDE = r"(?:, [^,;.]{1,60},)?"
# When or where a news report says it was done, between the verb and its "to": "pledged on Wednesday to …", "agreed
# here Monday to …", "vowed last week to …".
NEWS_WHEN = (r"(?: (?:here |there )?(?:late |early )?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
             r"Sunday)| here| there| last week| this week| yesterday| today)?"
             # … and in which text or at which meeting: "agreed late Monday in a joint statement on security to …"
             r"(?: in (?:a|the|their) (?:joint )?(?:statement|communiqu[eé]|declaration)(?: on(?: [\w-]+){1,3}?)?|"
             r" (?:at|during) (?:the|their) (?:talks|meeting|summit))?")

# Verbs of making an arrangement: in the passive after a modal ("A working group will be set up", "… would be
# established") the parties' decision, whatever the grammatical subject; not a prediction about the world.
ARRANGED = (r"(?:established|set up|created|launched|held(?! (?:accountable|responsible|liable)\b)|convened|built|"
            r"constructed|opened|signed|adopted|"
            r"implemented|organi[sz]ed|formed|introduced|allocated|simplified|completed|drawn up|drafted|ratified|"
            r"approved|concluded|founded(?! (?:on|upon)\b))")
# A thing the parties make, as the subject of its making in the passive: "the Anti-Drug Centre will be founded in …",
# a clause of its own after a comma.
THING_MADE = rf"(?:the|a|an)\s+(?:[\w’'-]+\s+){{0,7}}?(?:will|shall)\s+(?:also\s+)?be\s+{ARRANGED}\b"
# Effort spent towards an aim, in the passive ("Efforts will be made to …", "Steps shall be taken to …"): whose,
# if not the parties'.
# (by whom, on whose part, may stand between: "every effort will be made on the Japanese side to organise …")
EXERTED = (r"(?:made|taken|undertaken|exerted|stepped up)(?: (?:on|by|from) (?:the |both |each |our |their )?(?:[\w-]+ )?"
           r"(?:sides?|parts?|governments?))? to\b")
# What the parties do to their cooperation, in the passive after a modal ("Cooperation in agriculture will be further
# strengthened", "Direct flights will be resumed", "Attention will be paid / given to …"): an act, as a passive of an
# arrangement is; not a verb that a world event may be the agent of ("supported by lower rates", "affected").
ACTED_ON = (r"(?:strengthened|expanded|deepened|increased|enhanced|promoted|developed|improved|intensified|"
            r"accelerated|resumed|broadened|consolidated|facilitated|upgraded|advanced|boosted|optimi[sz]ed|paid|given(?! by\b)|"
            r"maintained|ensured|explored|pursued|coordinated|extended|diversified|expedited|elevated|raised|stepped up|"
            r"upheld|protected|safeguarded|guaranteed|carried out|continued|encouraged|used(?! by\b)|utili[sz]ed(?! by\b)|"
            # … or given, spent, released: "Support will be provided …", "This money will be spent on …"
            r"spent|taken|released|considered|reflected|directed|provided|delivered|supplied|sent|granted|financed|funded)")
# … and, after "will" or "shall" (not a norm's "must"), deliberated, prepared or carried on: "The possibility of … will
# be discussed", "The activities under the agreement will be conducted …"
DELIBERATED = r"(?:discussed|examined|studied|reviewed|prepared|conducted|presented|deployed)"

# The subject of a clause of its own, as a conjunct may open with it: a pronoun, the sides, a name of up to three
# words ("the United States", "the European Union"), a class of the parties ("both parties", "the Member States").
_NAME = r"(?:the )?[A-Z]\w+(?: [A-Z]\w+){0,2}"
CLAUSE_SUBJECTS = (rf"(?:they|we|it|the two sides|both sides|the (?:\w+ )?side|{_NAME}(?: and {_NAME})?|"
                   r"(?:the|both|all) (?:two |three |\w+ )?(?:sides|countries|nations|parties|leaders|ministers|states|members|"
                   r"governments|presidents|premiers|prime ministers|heads of state|heads of government|"
                   r"participants))")

# A clause's opening subject, as a second predicate after its "… and" leaves it to be read: names (with "of" or "and"
# between them), or the parties by a word ("China", "The Central Asian countries", "The Kazakh side").
OPENING_SUBJECT = (r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w’'.+-]*|of|and)\s+)*"
                   r"(?:(?:(?:two|three|four|five|six)\s+)?(?:countries|states|sides?|parties|nations|governments?|leaders|"
                   r"presidents|heads\s+of\s+state)|[A-Z][\w’'.+-]*)")

# A clause of a preamble run on after a comma ("…, confirming our commitment to …, taking into account …,"): a
# clause of its own, an undertaking when it holds a cue, else a consideration that is no part of the one before.
# (Not a verb of saying with its "that": "…, emphasizing that …" is what the clause before it said; "…, reaffirming
# their commitment to …" is RESTATED's.)
PREAMBLE_CLAUSE = (r"(?:(?:recall|recogni[sz]|acknowledg|welcom|consider|desir)ing|"
                   r"taking into (?:account|consideration)|bearing in mind|mindful of|guided by|"
                   r"(?:not|emphasi[sz]|stress|underlin|underscor|highlight)ing(?! that))\b")

# Not in a relative clause: "a family … that is committed to …" is what the family is, no party's word.
NOT_RELATIVE = r"(?<!that is )(?<!that are )(?<!which is )(?<!which are )(?<!who are )"

# A "would" of the clause itself, not of a relative clause ("the road, which would link …").
WOULD = r"(?<!which )(?<!that )(?<!who )\bwould\b"
