"""What makes a clause no undertaking, whatever cue it holds (`detect.vetoed`): praise, thanks and protocol, beliefs
and predictions, a meeting described, facts and past actions, judgements, and what is only stressed as important
(docs/extract.md, "The cue lists": "Veto cues"). Like `cues`, general diplomatic vocabulary."""

from __future__ import annotations

from accord.extract.grammar import BOTH_PARTIES, RESTATING, TEXT_TO_BE_DONE

# A clause that only praises, thanks or reports is no undertaking, whatever else it says.
VETO_CUES = [r"\bspoke highly\b", r"\bspeak highly\b", r"\bcongratulat", r"\bthank(?:ed|ing)?\b", r"\bgratitude\b",
             # thanks given, not "thanks to" as "owing to" ("… noted that thanks to the new mechanism the parties aim to …")
             r"\bthanks\b(?! to\b)|\b(?:his|her|their|its|our|my|special|sincere|deep|deepest|warm|heartfelt|profound|"
             r"many|express(?:ed|es)?|extend(?:ed|s)?|offer(?:ed|s)?|convey(?:ed|s)?|gave|give|gives) thanks to\b",
             r"\b(?:prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|laud(?:s|ed|ing)?|commend(?:s|ed|ing)?)\b",
             r"\bappreciat", r"^At the invitation\b", r"(?<!to )\bpay (?:a|an) (?:state|official|working) visit\b",
             # … or an invitation to visit given, a courtesy ("He also invited Nigmatulin to pay an official visit to …")
             r"\binvited\b[^.;]{0,80}? to (?:pay|make) (?:a|an) (?:[\w-]+ )?visit\b",
             r"\bwelcoming ceremony\b", r"\bwere present\b", r"\bexchanged (?:in-depth )?views\b",
             r"\breached (?:\w+ )?consensus\b(?! to [a-z])",
             # … or agreement on a subject of the talks: "reached broad agreement on bilateral relations" (not on an act:
             # "reached agreement on establishing …")
             # (a bare agreement on an act's noun is one: "reached an agreement on the retraining of …")
             r"\breached (?:an? )?(?:broad|common|mutual|full|general|wide|complete|extensive|important|\w+ive) "
             r"(?:agreements?|understandings?) on\b(?! (?:\w+ly )?[a-z]+ing\b)",
             r"\breached (?:an? )?(?:agreements?|understandings?) on (?:the )?(?:bilateral|relations|issues|a (?:wide )?range|"
             r"various|many|all|most|international|regional|a number|several|key|major|important|newer|new directions)\b",
             r"\bdeclared? (?:as follows|the following)\b",
             # a valuation, what a thing is to the relations: "Mutual support … is the core essence of the partnership",
             # "Political trust is the foundation of …", "… remains the cornerstone of peace"
             r"\b(?:is|are|remains?|remained|constitutes?|was|were) (?:\w+ )?(?:the|a|an) (?:[\w-]+ ){0,2}"
             r"(?:core|cornerstone|foundation|basis|bedrock|essence|pillar|backbone|anchor|guarantee|guarantor) of\b",
             # what a party will gain, no act of its own: "Turkmenistan will benefit from both of them"
             r"\bwill (?:\w+ly |also )?benefit from\b",
             # what "it" or "this" will do, a sentence's own subject: a thing's effect foretold ("It will certainly
             # strengthen overall coordination …", "This will enhance the cohesion …"; a party is named, or "we")
             r"(?-i:^[“\"«]? ?(?:It|This|That) (?:\w+ly |also |further )*(?:will|would)\b)",
             # … or a clause that ends on what follows it, the lead of items not its own ("… should work without
             # compromise on the following four perspectives.")
             r"\bthe following(?: [\w-]+){0,3}\s*\.?\s*$",
             # a question asks, it undertakes nothing: "Can you confirm that China will build …?" (its one "?" at its end:
             # a text whose quotation marks were lost to "?" has them in pairs)
             r"^[^?]*\?[\s”\"’»)]*$",
             # what a text says of itself, no party's act: "This Treaty shall enter into force on …", "… shall remain in
             # force for 20 years", "The Memorandum will be valid for five years", "This Treaty shall not affect …"
             r"\b(?:this|the present|the) (?:treaty|agreement|memorandum|protocol|convention|declaration|charter|"
             r"document|accord|arrangement)(?: [\w-]+){0,2}(?:,[^,.;]{0,40},)? (?:shall|will) (?:\w+ )?(?:enter into force|come into force|"
             r"remain in force|be valid|expire|terminate|not affect|not prejudice|be without prejudice|be amended|"
             r"be open for signature|be registered|be deposited)\b",
             # … its predicate cut from it ("… and shall remain in force for 20 years")
             r"^(?:and |it |which )?(?:shall|will) (?:\w+ )?(?:enter into force|come into force|remain in force)\b",
             # an agreement on subjects, the talks described: "the participants agreed on several key subjects which included …"
             r"\bagreed (?:on|upon) (?:several|a number of|many|various|a range of|some) (?:key |important )?"
             r"(?:subjects|issues|topics|matters|points)\b",
             # the visit's programme: "Today, a Declaration … is to be signed", "during the visit, very important documents will
             # be signed", "He will meet leaders across the region …" (what is signed binds, not the act; a visitor's plans)
             r"\b(?:[Tt]oday|during the\W{0,2}visit)\b[^.;]{0,120}?\b(?:will|are to|is to) be signed\b",
             r"\b(?:will|are to|is to) be signed (?:today|tomorrow|during the visit)\b",
             r"^(?:He|She) will (?:also )?(?:meet|attend|visit|travel|arrive|take part|participate in|hold talks|show|"
             r"advance discussions)\b",
             # … or an event of the coming days: "Turkmenistan will host the CAREC Ministerial Conference on Thursday"
             r"\bwill (?:\w+ )?(?:host|hold|attend|take part|participate)\b[^.;]{0,100}\b(?:today|tomorrow|tonight|"
             r"this week|on (?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
             # a speaker's courtesy of speech: "Allow me to present to you proposals …", "I would like to give specific
             # examples …" (not what he proposes in them, nor what he says follows: "Let me stress that we will …")
             r"^(?:Allow|Permit|Let) me (?:to )?\w+\b(?! that\b)",
             # … or greetings passed on: "I would like to take this occasion to pass on sincere greetings to …"
             r"\b(?:pass(?:ed)? on|convey(?:ed|s|ing)?|extend(?:ed|s|ing)?) (?:his |her |my |our |their |the )?"
             r"(?:sincere |warm |warmest |cordial |best |kind )*(?:greetings|regards|wishes)\b",
             r"\bI (?:would like|want|wish) to (?:give|cite|present|share|offer) (?:you )?(?:some |a few |several |specific )?"
             r"(?:examples?|figures|data|facts|an overview)\b",
             r"\bissue the following (?:joint )?(?:statement|declaration|communiqu)",  # "agreed to issue the following …"
             # an agreement on a view or on actions it does not name: "We agreed on the benefits of a closer cooperation",
             # "agreed on specific measures to be undertaken over the medium term"
             r"\bagreed (?:on|upon) (?:the (?:benefits|importance|significance|value)\b|(?:specific |concrete |further )?"
             r"(?:measures|actions|steps) to be (?:taken|undertaken)\b)",
             # predictions and beliefs about the world, and a meeting described
             r"\b(?:believes?|believed|believing|expects?|expected|predicts?|forecasts?|maintain(?:s|ed|ing)?|"
             r"consider(?:s|ed|ing)?|(?:(?:are|is|were|was) (?:\w+ly )?)?(?:convinced|confident)|(?:am|are|is|were|was) (?:\w+ly )?sure|"
             r"(?:is|are|was|were) (?:projected|estimated|anticipated|predicted)|anticipat(?:e|es|ed|ing)) "
             r"that\b(?! it is\b| (?:they|we|both sides|the two sides)\b)",
             r"\b(?:believes?|believed) (?:the|this|these|such)\b",  # "They believed the summit will achieve …"
             r"\bwill hopefully\b",
             # what one will be able to do, a capacity foretold, no act undertaken: "Each country will be able to receive
             # electricity …", "the film studios will be able to create …" (not what a colon opens after it: "we will be able
             # to confront these challenges: we must unite efforts …")
             r"\b(?:will|would) (?:\w+ )?be able to\b(?![^:;]*[:;])",  # "… will hopefully give a chance to have more stability": a hope of an outcome
             # … or a guess: "this year it will probably reach the two billion dollar mark", "are likely to come from …"
             r"\b(?:will|would) (?:most )?(?:probably|likely|possibly|perhaps)\b|\b(?:is|are) (?:most |more )?likely to\b",
             # … or stated as a noun, or a warning to others: "expressed confidence that the visit will take …", "warned
             # leaders that the attacks should not deter countries from …"
             r"\b(?:express|voic)(?:ed|es|ing) (?:(?:his|her|their|its|the|a) )?(?:\w+ )?(?:confidence|conviction|belief|"
             r"optimism) (?:that\b|(?=(?:the|this|these|its|their) ))(?! (?:they|we|both sides|the two sides)\b)",
             r"\bwarn(?:s|ed|ing)? (?:[\w,]+ ){0,8}?that\b",
             # a hope that the partner alone will act ("it is hoped that Kazakhstan will ensure the supply of gas …"): a
             # request of it, not the speakers' undertaking (a hope that both sides will act is a proposal, `cues`)
             rf"\bit is (?:also )?hoped that (?!{BOTH_PARTIES}\b)[A-Z][\w-]+ (?:will|would|can|could)\b",
             # … or hoped in the speaker's own words: "We hope that Kyrgyzstan will restore stability …", "China sincerely hopes
             # that all parties in Kyrgyzstan will …"
             rf"(?-i:\b(?:We|[A-Z][\w-]+)) (?:\w+ly )?hopes? that (?!{BOTH_PARTIES}\b)(?:all parties in |the )?"
             r"(?-i:[A-Z][\w-]+)(?: side)? (?:will|would|can|could)\b",
             rf"\b(?:express|voic)(?:ed|es|ing) (?:(?:his|her|the|their) )?hopes? that (?!{BOTH_PARTIES}\b)(?:the )?[A-Z][\w-]+"
             r"(?: side)? (?:will|would|can|could)\b",
             # a condition, and what it would bring: "As long as both sides adhere to …, relations will surely develop"
             r"^As long as\b",
             # an invitation to a guest: "China welcomes President X to attend the Forum", "… to make a special visit"
             r"\bwelcome[sd]? (?:the )?(?:[\w-]+ ){0,3}?(?-i:[Pp]resident|[Pp]rime [Mm]inister|[Pp]remier|[Mm]inister)\b"
             r"[^.;,]{0,40}? to (?:attend|visit|come|(?:make|pay) (?:a|an) (?:[\w-]+ )?visit)\b",
             # a speaker's own view or hope of what others or things will do: "I think my friend the President will give
             # more detail", "I hope this will go a long way" (not "I hope we will …", nor "I think it necessary to …")
             r"\bI (?:think|hope|believe|expect)\b(?! (?:that )?we\b| it (?:is )?(?:necessary|important)\b|"
             r" (?:that )?(?:it is (?:high )?time|the time has come) to\b)",
             r"\bconsider(?:s|ed)? (?!it\b)[^,;.]{1,60}? to be\b",  # "considers such games to be counterproductive"
             # an act named by a pro-form alone, nothing specific: "I decided to do this." (not "… to do this on the
             # basis of the treaties …")
             r"\bdo (?:this|so|that|it)[.!]?$",
             # facts and past actions: a clause whose verb is a present perfect ("We have taken decisive measures …,
             # agreed upon …"), but not a decision or a pledge restated in it ("The parties have agreed to …"), what
             # was said ("has noted that …"), nor a passive ("progress has been made in …", read by the status cues)
             rf"^(?:[\w’'-]+,? ){{0,6}}?(?:have|has) (?:(?:\w+ly|also|already|jointly) )*(?!{RESTATING}\w*\b)(?!(?:agreed|"
             r"decided|promised|committed|resolved|undertaken|vowed|been|noted|highlighted|stated|announced|pointed|"
             r"indicated|added|mentioned|upgraded|elevated|raised|lifted)\b)(?!(?:reached|taken|made) (?:an |a )?(?:[\w-]+ )?"
             r"(?:agreement|understanding|decision|commitment)s? to [a-z])[a-z]+(?:ed|en|wn|ne|de|lt|ht)\b",
             r"\bmet\b[^.;]*\bto discuss\b",
             # the visit's own programme: a signing the text dates today, what a guest will do during his stay
             r"\bsign(?:ed)?\b[^.;]{0,80}\btoday\b", r"\btoday\b,?[^.;]{0,40}\bwill sign\b",
             r"^During (?:his|her|their) (?:stay|visit)\b[^.;]*\bwill (?:attend|visit|tour|meet)\b",
             r"^(?:He|She) will (?:also )?(?:attend|visit|tour|travel to)\b",  # "He will attend the SCO meeting …"
             # … and anyone's: "will be received in audience by the Emperor", "will deliver an address to the Diet",
             # "visited Beijing, and will visit Hainan", "will pay a state visit to …"
             r"\bwill (?:also )?(?:pay (?:an? )?(?:\w+ )?visit|visit (?-i:[A-Z])\w*|be received (?:in audience )?by|"
             r"deliver (?:an? )?(?:\w+ )?(?:address|speech|lecture))\b",
             # a memory of the past: "He recalled the state visit, during which they announced …" (not "recalled their
             # commitment to …", "… the commitment of the EU and X to …", a commitment restated)
             r"\brecall(?:s|ed)?\b(?! (?:(?:its|their|our) )?(?:[\w-]+ )?(?:commitments?|adherence|determination) to\b)"
             r"(?! the (?:[\w-]+ )?commitments? of [^.;,]{1,80}? to [a-z]+)",
             # a judgement, no action of the parties: "strongly condemn terrorism", "Denounced the build-up of …"
             r"\bcondemn(?:s|ed|ing)?\b", r"\bdenounc(?:e|es|ed|ing)\b",
             # an undertaking denied, none made: "it does not pledge to deliver a visit", "None of the states have
             # signaled their readiness to …" (not "Neither side shall allow …", an undertaking not to act)
             r"\b(?:do|does|did|has|have|had)(?:n[’']t| not)(?: yet| so far)? (?:pledge|promise|commit|signal|express|"
             r"agree|decide|announce|undertake)\w*\b",
             r"\b(?:none|neither|no one)\b[^.;]{0,60}? (?:has|have|had) (?:yet |so far )?(?:signal+ed|expressed|shown|"
             r"announced|indicated|declared)\b"]
# The stems of praise and thanks: a verb of them, as a clause of its own may open with it ("…, and congratulated
# Kazakhstan on …"), vetoes that clause only; coordinated with an undertaking, none (`detect.vetoed`).
PRAISE = r"appreciat|thank|commend|prais|hail|laud|congratulat"
# The stems of a judgement ("strongly condemned terrorism"): as praise, it vetoes its own clause, not an undertaking
# coordinated with it ("… and reaffirmed the determination of their countries to combat this menace").
JUDGEMENT = r"condemn|denounc"
COURTESY = rf"(?:(?:{PRAISE})(?:s|es|ed)\b|spoke highly|expressed (?:\w+ )?gratitude)"
# What is only stressed as important binds no one, unless an undertaking cue follows it in the clause ("We
# reiterated the importance of X and commit to Y").
# The participles too: a preamble's "Noting the importance of …", "Acknowledging the significance of …".
STRESSED_ONLY = (r"\b(?:emphasi[sz](?:e[sd]?|ing)|stress(?:es|ed|ing)?|underlin(?:e[sd]?|ing)|underscor(?:e[sd]?|ing)|"
                 r"not(?:e[sd]?|ing)|highlight(?:s|ed|ing)?|recogni[sz](?:e[sd]?|ing)|(?:re)?affirm(?:s|ed|ing)?|"
                 r"reiterat(?:e|es|ed|ing)|acknowledg(?:e[sd]?|ing)) the "
                 rf"(?:[\w’'-]+ )?(?:need(?! for {BOTH_PARTIES} to\b)(?! {TEXT_TO_BE_DONE})|importance|"
                 r"significance|necessity|role)\b|"  # … or a role: "We reaffirmed the important role of the APT …"
                 # (what is agreed to be needed is agreed to be done: "The ministers agreed on the need for a roadmap")
                 r"\b(?:agree[sd]? on|concurred on) the (?:[\w’'-]+ )?(?:importance|significance|role)\b")
