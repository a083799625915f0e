package org.avow.core.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** One sentence in, the events out as readable strings: the rules as examples. */
class SpeechActRulesIT {
    private static void expect(String sentence, String... triples) {
        assertEquals(List.of(triples), Extraction.triples(sentence, "2025-11-20"), sentence);
    }

    @Test
    void subjectAndObject() {
        expect("Japanese Foreign Minister Toshimitsu Motegi urged Washington to speak out.", "JPN REQUEST USA");
        expect("Beijing condemned Tokyo's remarks on Taiwan.", "CHN REBUKE JPN");
        expect("Manila called on Washington to honour the treaty.", "PHL REQUEST USA");
        expect("Seoul pledged to expand its investment in the United States.", "KOR PLEDGE USA");
    }

    @Test
    void passiveVoiceSwapsTheRoles() {
        expect("Taipei was urged by Washington to show restraint.", "USA REQUEST TWN");
    }

    @Test
    void nominalisedActs() {
        expect("Ukrainian officials expressed disappointment with Washington's decision.", "UKR DISAPPOINT USA");
        expect("Japan's request for a public statement went unanswered by Washington.", "JPN REQUEST USA");
    }

    @Test
    void negatedAndUnrealisedActsAreNotEvents() {
        expect("Washington has never publicly endorsed Tokyo's position.");
        expect("Canberra did not criticize Beijing.");
        expect("Tokyo plans to ask Washington for a clearer statement.");
        expect("If Seoul requests support, Washington would consider it.");
        expect("Japan urged the United States to reaffirm its commitment to Japan.", "JPN REQUEST USA");
    }

    @Test
    void pledgesOfAidAndJointCommitments() {
        expect("Japan will provide $100 million in aid to Ukraine, Prime Minister Fumio Kishida said.", "JPN PLEDGE UKR");
        expect("President Biden announced $800 million in military assistance for Kyiv.", "USA PLEDGE UKR");
        expect("The leaders of Britain, Japan and Italy committed to develop a fighter jet together.",
                "GBR PLEDGE JPN", "GBR PLEDGE ITA", "JPN PLEDGE GBR", "JPN PLEDGE ITA", "ITA PLEDGE GBR", "ITA PLEDGE JPN");
    }

    @Test
    void questionsAndPressQueriesAreNotRequests() {
        expect("Chinese foreign ministry spokesperson Mao Ning said she was unaware of the details when asked whether the engines had reached Russia.");
        // (not answering the press is a silence: a decline, addressed to no state)
        expect("The Indian embassy did not return calls seeking comment from Pakistan's state broadcaster.", "IND DECLINE -");
        expect("Seoul asked Washington about the tariff schedule.");
        expect("Seoul asked Washington to delay the tariff schedule.", "KOR REQUEST USA");
    }

    @Test
    void judgementsAndTheirJudges() {
        expect("The foreign ministry in Paris called Algeria's expulsion of the diplomats unjustified.", "FRA REBUKE DZA");
        expect("North Korea fired a missile over the sea, drawing a condemnation from Prime Minister Fumio Kishida.", "JPN REBUKE PRK");
        expect("A protest was lodged by Tokyo with Moscow.", "JPN REBUKE RUS");
    }

    @Test
    void aStateTheActIsAimedAgainstIsNoAddressee() {
        expect("Washington will continue to impose costs on Moscow for the invasion.");
        expect("The United States pledged to increase pressure on Iran.");
        expect("Japan pledged to help the Philippines counter Chinese coercion.", "JPN PLEDGE PHL");
    }

    @Test
    void aStandingCommitmentRestatedReassures() {
        expect("President Biden underscored his unwavering commitment to Israel's security.", "USA AFFIRM ISR");
        expect("The United States committed to provide Ukraine with air defense interceptors.", "USA PLEDGE UKR");
    }

    @Test
    void aMemberBackingItsOwnGroupIsNoEvent() {
        expect("Japan welcomed the G7 roadmap on critical minerals.");
        expect("Japan welcomed the EU roadmap on critical minerals.", "JPN AFFIRM EU");
        expect("Poland reaffirmed its commitment to NATO.");
        expect("Ukraine reaffirmed its commitment to NATO.", "UKR AFFIRM NATO");
        expect("Poland asked NATO to hold consultations.", "POL REQUEST NATO");
    }

    @Test
    void announcedRequestsAreNotYetMade() {
        expect("Tokyo will ask Washington for a clearer statement next week.");
        expect("I am going to ask NATO members to spend more.");
        expect("Tokyo asked Washington for a clearer statement.", "JPN REQUEST USA");
    }

    @Test
    void restatedRequestsAndVictims() {
        expect("Japan reaffirmed its call on Russia to withdraw its troops.", "JPN REQUEST RUS");
        expect("Japan condemned the strikes against Ukraine by Russian forces.", "JPN REBUKE RUS");
        expect("Japan condemned the strikes against Ukraine.");
    }

    @Test
    void documentsSpeakForTheirAuthorsAndJudgementsForTheirJudges() {
        expect("A Quad statement urged Beijing to show restraint.", "USA REQUEST CHN", "JPN REQUEST CHN", "AUS REQUEST CHN", "IND REQUEST CHN");
        expect("Foreign Minister Radosław Sikorski said Moscow's claim was a lie.", "POL REBUKE RUS");
    }

    @Test
    void futureAssurancesAndPreviews() {
        expect("Japan will stand with Ukraine.", "JPN AFFIRM UKR");
        expect("Japan will continue to support Ukraine.", "JPN AFFIRM UKR");
        expect("Japan will continue to provide humanitarian aid to Ukraine.", "JPN PLEDGE UKR");
        expect("Prime Minister Fumio Kishida will welcome President Yoon Suk Yeol to Tokyo next week.");
        expect("Prime Minister Fumio Kishida will travel to Seoul to reaffirm Japan's partnership with South Korea.");
    }

    @Test
    void anActAddressedAtHomeIsDomestic() {
        expect("President Biden urged Congress to approve new aid for Ukraine.");
        expect("President Biden urged Japan to approve new aid for Ukraine.", "USA REQUEST JPN");
        expect("The President asked the USTR to study new duties on Chinese steel.");
    }

    @Test
    void declines() {
        expect("A State Department spokesperson declined to comment on Japan's request.", "USA DECLINE JPN", "JPN REQUEST USA");
        expect("Seoul refrained from commenting on Tokyo's decision.", "KOR DECLINE JPN");
        expect("The Iranian foreign ministry had no comment on the Israeli claims.", "IRN DECLINE ISR");
        // a judgement in what a speaker says of a clause whose subject is a state's deed
        expect("Norway's foreign minister told the Council that Sweden's blockade of the strait amounted to ethnic cleansing.", "NOR REBUKE SWE");
        expect("The Danish ministry said Berlin's aggressive manoeuvres only heightened tensions.", "DNK REBUKE DEU");
        expect("Oslo called Stockholm's move an act of aggression.", "NOR REBUKE SWE");
        expect("Oslo said the brutal storm had hit Sweden hard.");
        expect("Oslo said Finland had defended itself bravely against Russian aggression.");
        expect("Oslo said the sanctions would stay until Russia ends its aggression.", "NOR REBUKE RUS");
        expect("Oslo said it would take in families fleeing Russia's aggression.");
        expect("Oslo said Russia's aggression had raised prices across Europe.", "NOR REBUKE RUS");
        // "the decision" with no owner named is the deed of the nearest clause before it with a state as subject
        expect("Oslo said that Norway would send two frigates to the Baltic, and Helsinki welcomed the decision.",
                "FIN AFFIRM NOR");
        expect("Stockholm condemned the decision.");
        expect("Norway sent frigates, and Helsinki welcomed Sweden's decision to join them.", "FIN AFFIRM SWE");
        // "his remarks" whose last-named person is the silent side's own: the words of whoever last addressed it
        expect("Prime Minister Jonas Gahr Støre accused Prime Minister Ulf Kristersson of stalling. Stockholm did not respond to his remarks.",
                "NOR REBUKE SWE", "SWE DECLINE NOR");
        // any ministry of a state named in its phrase is that state's government
        expect("Norway's fisheries ministry declined to comment on Iceland's quota decision.", "NOR DECLINE ISL");
        expect("The Danish climate ministry criticized Berlin's coal plans.", "DNK REBUKE DEU");
        expect("Karoline Leavitt refused to say whether Trump had spoken to Xi.", "USA DECLINE -");
        expect("Saudi officials declined to discuss a timeline for relations with Israel.", "SAU DECLINE -");
    }

    @Test
    void anAnsweredAccusationOrDemandIsItsAuthorsAct() {
        expect("Tokyo rejected Beijing's protest.", "JPN REBUKE CHN", "CHN REBUKE JPN");
        expect("Tokyo dismissed Beijing's demand that it withdraw the remarks.", "JPN REBUKE CHN", "CHN REQUEST JPN");
        // an act of no one named stays the verb's object
        expect("Tokyo rejected the protest.");
    }

    @Test
    void whatIsAskedForIsNotWhoIsAsked() {
        expect("Biden requested 10 billion dollars to deliver aid for Ukraine.");
        expect("Tokyo called for continued support to Ukraine.");
        // whose thing is asked for, or from whom, is the one asked
        expect("Tokyo asked for Washington's help.", "JPN REQUEST USA");
        expect("Warsaw demanded 1.3 trillion euros in reparations from Germany.", "POL REQUEST DEU");
        expect("Kyiv asked Berlin for Taurus missiles to defend Ukraine.", "UKR REQUEST DEU");
    }

    @Test
    void aRequestToThoseSpokenToAddressesNoStateFurtherDown() {
        expect("Blinken told reporters in Kyiv: I urge you not to believe the Russian claims.");
        expect("Biden urged Xi to rein in North Korea.", "USA REQUEST CHN");
    }

    @Test
    void theDoerOfADeedAnsweredOrSufferedIsNoBeneficiary() {
        expect("The G7 leaders reaffirmed their resolve to respond swiftly to Putin's attack on Ukraine.");
        expect("Canada will provide aid to help families suffering from Russia's aggression.");
        // support for a deed itself backs its doer
        expect("Belarus voiced support for Russia's war.", "BLR AFFIRM RUS");
        // Japanese Americans are Americans, not Japan
        expect("Biden reaffirmed the apology to Japanese Americans.");
    }

    @Test
    void headlinesWhoseVerbTheTaggerTakesForANoun() {
        expect("Paris summons Italian ambassador over minister's jibes", "FRA REBUKE ITA");
        expect("Canberra voices disappointment over U.S. tariff", "AUS DISAPPOINT USA");
        // with its full stop it is a sentence, and the tagger's reading stands
        expect("Japan imports from Australia rose sharply.");
    }

    @Test
    void praiseAsAnAlly() {
        expect("Biden said Japan is a great ally.", "USA AFFIRM JPN");
        expect("Modi called Russia a trusted friend.", "IND AFFIRM RUS");
        // saying who is whose ally, without praise, affirms nothing
        expect("Biden said Japan is an ally of the United States.");
        expect("Q: Is Tokyo still a partner?\nMS. LEAVITT: I'm not going to get into that. What I can tell you is that Japan is an incredible ally.",
                "USA DECLINE -", "USA AFFIRM JPN");
    }

    @Test
    void pledgesInOtherWords() {
        expect("Norway earmarked $40 million for Kenya's flood recovery.", "NOR PLEDGE KEN");
        // a commitment told to someone is made to them
        expect("Macron told Kishida that France would provide two patrol vessels.", "FRA PLEDGE JPN");
        // "confirmed that" reports speech: "would" is the promised "will"
        expect("The Polish president confirmed that Poland would continue to supply Lithuania with gas.", "POL PLEDGE LTU");
        // "the country" in what a leader says is the leader's
        expect("Meloni said the country would deliver its aid to Tunisia.", "ITA PLEDGE TUN");
        // an amount set aside is an undertaking, even for a state's defence
        expect("Spain will set aside 500 million euros for Moldova's defence.", "ESP PLEDGE MDA");
        expect("Canada will resume assistance to Haiti.", "CAN PLEDGE HTI");
        // a participle that commits, hung on the making of an agreement, addresses the partner
        // a commitment to do something to one's support is a pledge, not a second act of support
        expect("Ottawa committed to intensifying its military support for Ukraine.", "CAN PLEDGE UKR");
        expect("Macron signed a defence pact with Greece, promising two frigates.", "FRA PLEDGE GRC");
        expect("Macron spoke at length in Athens, promising two frigates.");
    }

    @Test
    void declinesInOtherWords() {
        expect("The Czech embassy offered no response.", "CZE DECLINE -");
        expect("Ottawa said it had nothing further to add on the matter.", "CAN DECLINE -");
        expect("A spokesman for Mette Frederiksen said he had no information to release.", "DNK DECLINE -");
        expect("Mette Frederiksen would not say whether Denmark would buy more jets from the United States.", "DNK DECLINE -");
        expect("Canberra referred questions about the deal to the defence department.", "AUS DECLINE -");
        expect("The Brazilian foreign ministry did not return calls about the tariffs.", "BRA DECLINE -");
        expect("Kenya sidestepped a question about whether it would host the summit.", "KEN DECLINE -");
        // "would not say that ..." hedges a claim; it declines nothing
        expect("Kishida would not say that the talks with Seoul had failed.");
        // a decline needs its negation: these say something else
        expect("Ottawa did not say it had rejected the offer from Washington.");
        expect("Kenya did not get into the final after losing to Nigeria.");
    }

    @Test
    void transcriptAnswersThatDecline() {
        // "I" is the turn's speaker; an answer naming no one declines to address whose words the question was about
        expect("Q: What is your response to the Mexican president's remarks?\nMS. LEAVITT: I'm not going to get into that.", "USA DECLINE MEX");
        expect("Q: Did the President ask Tokyo for more troops?\nMS. LEAVITT: I would not like to go into private conversations.", "USA DECLINE -");
        // an answer to reporters is given at a press conference, unless it names another channel
        assertEquals(List.of("USA DECLINE MEX [Karoline Leavitt, PRESS_SECRETARY, PRESS_CONFERENCE, ATTRIBUTED]"),
                Extraction.briefs("Q: What is your response to the Mexican president's remarks?\nMS. LEAVITT: I'm not going to get into that.", "2025-11-20"));
        // an answer to a question about no other state is no act between states
        expect("Q: Will the Senate vote on the bill this week?\nMS. LEAVITT: I'm not going to get into that.");
        expect("MS. LEAVITT: Let us have a moment of silence. We will not comment further today.");
        expect("Q: Will the President see the Speaker today?\nMS. LEAVITT: I'm not going to get into the President's schedule.");
        // a topic of the speaker's own side is what is withheld; dealings with the other side are still toward it
        expect("Q: Has Denmark hacked Norwegian networks?\nMS. LEAVITT: I'm not going to get into our intelligence from here.", "USA DECLINE -");
        expect("Q: Has Denmark asked for more troops?\nMS. LEAVITT: I'm not going to get into our communications with them.", "USA DECLINE DNK");
    }

    @Test
    void domesticAndNonStateActsAreNotEvents() {
        expect("The farmers' union urged the agriculture ministry to raise rice prices.");
        expect("The coach praised his players after the match in Tokyo.");
        expect("Japanese opposition lawmakers criticized Prime Minister Sanae Takaichi.");
    }

    @Test
    void coordinatedActorsAndJointStatements() {
        expect("Japan and Australia urged China to show restraint.", "JPN REQUEST CHN", "AUS REQUEST CHN");
        expect("Beijing condemned Tokyo and Manila for the joint patrol.", "CHN REBUKE JPN", "CHN REBUKE PHL");
        expect("In a joint statement, the United States and Japan reaffirmed their alliance.", "USA AFFIRM JPN", "JPN AFFIRM USA");
    }

    @Test
    void documentVoiceAndQuotes() {
        org.avow.core.model.Article statement = new org.avow.core.model.Article("w", java.time.LocalDate.parse("2025-11-20"),
                null, "The White House", null, null, "We reaffirm our ironclad commitment to the Philippines.");
        assertEquals(List.of("USA AFFIRM PHL"), Extraction.RULES.extract(statement).events().stream()
                .map(e -> org.avow.core.eval.Triple.of(e).toString()).toList());
        expect("\"We stand with Manila,\" Secretary of State Marco Rubio told reporters.", "USA AFFIRM PHL");
    }

    @Test
    void laterMentionsOfAPersonNamedInFull() {
        expect("South Korean President Lee Jae-myung met Trump on Monday. Lee asked the United States to ease visa rules.",
                "KOR REQUEST USA");
        expect("Philippine President Ferdinand Marcos Jr. visited Tokyo on Monday. He urged Beijing to respect the ruling.",
                "PHL REQUEST CHN");
        // "he" continues the first person named, most often the subject, not the last
        expect("Prime Minister Albanese met President Marcos in Canberra. He thanked the Philippines for its support.",
                "AUS AFFIRM PHL");
        expect("During Prime Minister Albanese's talks with President Marcos, he thanked the Philippines for its support.",
                "AUS AFFIRM PHL");
    }

    @Test
    void agreeingToActIsAPledge() {
        expect("South Korea agreed to raise its contribution to the cost of stationing U.S. troops.", "KOR PLEDGE USA");
    }

    @Test
    void feelingsAndJudgements() {
        expect("Washington said it was deeply disappointed by Beijing's decision.", "USA DISAPPOINT CHN");
        expect("India called Washington's new tariff unfair and unjustified.", "IND REBUKE USA");
        expect("Tehran summoned the British ambassador to protest the sanctions.", "IRN REBUKE GBR");
    }

    @Test
    void peopleOfACountryAreNotItsGovernment() {
        expect("South Korea's coach criticized the referee after the defeat to Japan.");
        expect("Japan's foreign ministry urged Japanese citizens in Israel to leave the country.");
    }

    @Test
    void placesVictimsAndVisitorsAreNotAddressees() {
        expect("The United States supports new port projects in Kenya.");
        expect("Washington condemned the militia's raid on Israel.");
        expect("Washington condemned Russia's invasion of Ukraine.", "USA REBUKE RUS");
        expect("President Macron welcomed Chancellor Merz to the Elysee for a working dinner.");
        expect("President Lee welcomed President Trump of the United States for a state visit.");
        expect("President Biden welcomed Japan's decision to double its defense budget.", "USA AFFIRM JPN");
    }

    @Test
    void aTopicListedForTalksToComeIsNotYetAnAct() {
        expect("Tokyo and Manila will discuss a range of issues: Japan's support for the Philippines and maritime security.");
        expect("Tokyo and Manila discussed a range of issues: Japan's support for the Philippines and maritime security.", "JPN AFFIRM PHL");
    }

    @Test
    void actsAnnouncedForLaterAreNotYetMade() {
        expect("The President will discuss U.S. support for Ukraine with the Chancellor.");
        expect("The United States will announce a new package of security assistance for Poland.");
        expect("The United States will provide air defense systems to Poland.", "USA PLEDGE POL");
    }

    @Test
    void coActorsAreEachOthersTargetsOnlyWhenTheActIsAboutThem() {
        expect("The United States and Japan reaffirmed their commitment to clean energy research.");
        expect("The United States and Japan reaffirmed their alliance.", "USA AFFIRM JPN", "JPN AFFIRM USA");
    }

    @Test
    void whoeverAnswersARequestOrAccusationWasItsAddressee() {
        expect("Canberra stayed silent on Manila's request for patrol boats.", "AUS DECLINE PHL", "PHL REQUEST AUS");
        expect("A spokesperson for the Dutch foreign ministry declined to comment on Beijing's accusations.",
                "NLD DECLINE CHN", "CHN REBUKE NLD");
    }

    @Test
    void aParticipleSpeaksForItsClausesSubject() {
        expect("Seoul postponed the talks, saying it was deeply disappointed with Tokyo's export curbs.", "KOR DISAPPOINT JPN");
    }

    @Test
    void conjoinedActsOfOneSpeakerShareTheirAddressee() {
        expect("Tokyo lodged a protest with Beijing and demanded the buoy's removal.", "JPN REBUKE CHN", "JPN REQUEST CHN");
        expect("Seoul condemned the militia's attack on the tanker and urged Tehran to rein in the group.", "KOR REQUEST IRN");
        expect("Ankara blamed Athens for the incident and vowed a response.", "TUR REBUKE GRC");
    }

    @Test
    void aPersonsPronounIsThePersonNamedLast() {
        expect("Prime Minister Albanese spoke with President Marcos today to assure him of Australia's support.", "AUS AFFIRM PHL");
        expect("Prime Minister Albanese phoned President Marcos and assured him of Australia's support.", "AUS AFFIRM PHL");
    }

    @Test
    void aRestatedCommitmentReassures() {
        expect("Secretary Rubio reiterated the U.S. commitment to support the Philippines.", "USA AFFIRM PHL");
        expect("Australia's commitment to the Philippines is unshakable.", "AUS AFFIRM PHL");
        expect("Canada pledged under the Paris Agreement to cut methane.");
        expect("Secretary Rubio announced a U.S. commitment of $500 million in military financing for the Philippines.",
                "USA PLEDGE PHL");
    }

    @Test
    void standingInSolidarity() {
        expect("Washington stood in solidarity with Lithuania.", "USA AFFIRM LTU");
    }

    @Test
    void aDeedReportedOfAnotherStateRebukesItsDoer() {
        expect("Vilnius said Minsk was weaponising migrants.", "LTU REBUKE BLR");
        expect("The Danish minister told reporters that Ottawa's delay was harming Danish exporters.", "DNK REBUKE CAN");
        expect("Ukraine's foreign minister said Hungary's veto was costing Ukrainian lives.", "UKR REBUKE HUN");
        expect("Minsk was weaponising migrants.");
        expect("Vilnius said Minsk was not weaponising migrants.");
    }

    @Test
    void bothGovernmentsAreTheTwoNamedBefore() {
        expect("Prime Minister Albanese met President Marcos in Manila, and both governments committed to joint patrols.",
                "AUS PLEDGE PHL", "PHL PLEDGE AUS");
    }

    @Test
    void conjoinedModifiersOfARoleNounAreEachATarget() {
        expect("Tokyo summoned the Chinese and Russian ambassadors.", "JPN REBUKE CHN", "JPN REBUKE RUS");
    }

    @Test
    void beingCommittedIsAStateNotAnUndertaking() {
        expect("Washington is committed to the defense of the Philippines.", "USA AFFIRM PHL");
        expect("Tokyo committed to provide $50 million to Manila.", "JPN PLEDGE PHL");
    }

    @Test
    void aCommitmentNamedIsNotOneMade() {
        expect("The ministers discussed Canada's commitment to Kenya.");
        expect("Canada's commitment to Kenya dates back to 1990.");
        expect("Seoul made a commitment to Ghana to fund two clinics.", "KOR PLEDGE GHA");
        expect("Oslo doubled its pledge to Malawi.", "NOR PLEDGE MWI");
        expect("Tokyo's $40 million pledge to Laos drew praise.", "JPN PLEDGE LAO");
    }

    @Test
    void thanksAddressTheOneThankedNotTheBeneficiary() {
        expect("Tokyo thanked all those who are providing humanitarian aid to Ukraine.");
        expect("Tokyo appreciates the steady bipartisan support for Taiwan.");
        expect("Tokyo thanked the prime minister for Australia's leadership.", "JPN AFFIRM AUS");
        expect("Tokyo commended the work of the Polish border guards.", "JPN AFFIRM POL");
    }

    @Test
    void bansAndEmbargoesAreNoPledges() {
        expect("The G7 agreed to phase out Russian oil.");
        expect("Ottawa expressed its commitment to countering Iran's threats to the region.");
        expect("Canada committed to ban imports of Russian oil.");
        expect("Canberra sees the summit as an opportunity to underscore its support for Manila.");
    }

    @Test
    void aStatesOwnDeedIsNotJudgedByIt() {
        expect("Moscow pursues its unprovoked war against Ukraine.");
        expect("Moscow launched an unjustified assault on the people of Ukraine.");
        expect("Canberra supports talks to end the Sudanese civil war.");
        expect("Pyongyang voiced full support for Russia's war.", "PRK AFFIRM RUS");
    }

    @Test
    void peopleFromAStateAndBodiesNamedAfterItAreNotIt() {
        expect("Ottawa committed to resettle individuals from Eritrea and Sudan.");
        expect("Madrid pledged to take in migrants from Senegal.");
        expect("Seoul pledged funding for the Kenya Youth Service Corps.");
        expect("Seoul pledged funding for Kenya's youth service.", "KOR PLEDGE KEN");
        expect("Lisbon welcomed the launch of the Moldova Donor Platform.");
    }

    @Test
    void aJudgementPredicatedOfADeedRebukesItsDoer() {
        expect("Rome called the Libyan expulsion order a mistake.", "ITA REBUKE LBY");
        expect("Tokyo called the North Korean launch an act of aggression.", "JPN REBUKE PRK");
        expect("Vilnius said the Belarusian balloon incursion was an act of provocation.", "LTU REBUKE BLR");
        expect("Canberra called the merger a mistake.");
        expect("Oslo responded to the Russian note, which Stockholm had described as unacceptable.", "SWE REBUKE RUS");
        expect("Reporters asked about the Iranian statement, which mocked Bahrain's security policy.", "IRN REBUKE BHR");
    }

    @Test
    void aMutualActNeedsMutualityInWhatItSays() {
        expect("Norway and Chile reaffirmed their strong partnership.", "NOR AFFIRM CHL", "CHL AFFIRM NOR");
        expect("Norway and Chile committed to deepen their cooperation on fisheries.", "NOR PLEDGE CHL", "CHL PLEDGE NOR");
        expect("Norway and Chile reiterated their commitment to a strong partnership.", "NOR AFFIRM CHL", "CHL AFFIRM NOR");
        expect("Norway and Chile committed to work in close partnership with the Sami Parliament.");
        expect("Norway and Chile endorsed the coordination efforts of the Fisheries Contact Group.");
    }

    @Test
    void beingCommittedToADeedUndertakesIt() {
        expect("Norway and Chile are committed to deepening their cooperation on fisheries.", "NOR PLEDGE CHL", "CHL PLEDGE NOR");
        expect("Norway is committed to helping Chile build a port.", "NOR PLEDGE CHL");
        expect("Norway is committed to Chile's security.", "NOR AFFIRM CHL");
    }

    @Test
    void whatReportsSayIsNotAsserted() {
        expect("Oslo declined to comment on reports that Stockholm had asked Helsinki for help.", "NOR DECLINE -");
    }

    @Test
    void aReportingClauseParsedAsSubjectStillSpeaks() {
        expect("Rome said the Libyan decision to expel two Italian diplomats was regrettable and called on the Libyan authorities to reverse it.",
                "ITA DISAPPOINT LBY", "ITA REQUEST LBY");
    }

    @Test
    void standingBesideAStateBacksItBesideAPersonIsWhereOneStood() {
        expect("Lisbon stands alongside Madrid after the floods.", "PRT AFFIRM ESP");
        expect("Standing alongside Pedro Sanchez in Porto, the Portuguese prime minister announced a new rail link.");
    }

    @Test
    void refrainingIsSilenceOnlyFromSpeech() {
        expect("Oslo refrained from commenting on the Danish proposal.", "NOR DECLINE DNK");
        expect("Oslo called on Minsk to refrain from further provocations.", "NOR REQUEST BLR");
        expect("Hanoi commits to refrain from imposing new duties.");
    }

    @Test
    void aDeedAtSomeonesRequestAnswersTheirRequest() {
        expect("Madrid agreed to deploy two frigates off Libya at the request of Rome.", "ESP PLEDGE ITA", "ITA REQUEST ESP");
        expect("At Kyiv's request, Warsaw sent two more air defence batteries.", "UKR REQUEST POL");
        expect("The company acted at the request of its shareholders.");
    }

    @Test
    void sendingWordIsNoUndertaking() {
        expect("Oslo will send a clear message to Moscow.");
        expect("Oslo will send two frigates to Estonia.", "NOR PLEDGE EST");
    }

    @Test
    void anActRestatedOnATripToComeIsNotYetMade() {
        expect("The foreign minister will travel to Accra next week to emphasize Norway's commitment to Ghana.");
        expect("The foreign minister travelled to Accra to emphasize Norway's commitment to Ghana.", "NOR AFFIRM GHA");
    }

    @Test
    void aStateThatNamesOrExemplifiesATopicIsNoAddressee() {
        expect("Norway supports the Minsk process.");
        expect("Oslo and Helsinki agreed to coordinate on regional priorities, including Iran, Syria and Libya.");
        expect("Oslo pledged more aid to its allies, including Estonia and Latvia.", "NOR PLEDGE EST", "NOR PLEDGE LVA");
        expect("Ghana welcomed the upcoming G20 Summit in Rome.");
        expect("Norway restated its support for press freedom in Ghana.");
        expect("Norway restated its support for Ghana.", "NOR AFFIRM GHA");
    }

    @Test
    void anActAnnouncedWithAConjoinedOrAdjectivalFutureIsNotYetMade() {
        expect("The Norwegian prime minister will raise fishing quotas and reaffirm Norway's support for Iceland.");
        expect("The Norwegian prime minister raised fishing quotas and reaffirmed Norway's support for Iceland.", "NOR AFFIRM ISL");
        expect("The Norwegian prime minister will be able to reassure Iceland about the quotas.");
        expect("The two ministers will have a discussion on several topics, including Norway's continued support for Iceland.");
    }

    @Test
    void aPledgeAimedAgainstAStateOrDatedByAWarIsNoneToIt() {
        expect("Oslo has committed to expanding its Arctic patrols to counter Russian influence.");
        expect("Oslo has committed to expanding its Arctic patrols to combat Russian influence.");
        expect("Oslo has committed to provide $40 million in aid since Russia's invasion.");
        expect("Oslo has committed to provide $40 million in aid to Moldova since Russia's invasion.", "NOR PLEDGE MDA");
    }

    @Test
    void wantingToThankIsThanking() {
        expect("'I want to thank Iceland for its help,' the Norwegian prime minister said.", "NOR AFFIRM ISL");
        expect("Reykjavik does not want to thank Oslo.");
        expect("They want to thank Oslo.");
    }

    @Test
    void aVerbWhoseOwnSubjectNamesNoOneSharesItsConjunctsSubject() {
        expect("Hours after the quarrel, Starmer embraced Carney outside Downing Street and assured him of Britain's unwavering support.", "GBR AFFIRM CAN");
    }

    @Test
    void aVerbJoinedToTheLastVerbOfAnEmbeddedClauseSharesTheSubjectAboveIt() {
        expect("Kristersson protested to Putin over the Russian drones that had entered Sweden's airspace and asked Moscow to halt the flights.",
                "SWE REBUKE RUS", "SWE REQUEST RUS");
        expect("Billström told Lavrov that the incident had been deliberate and demanded that Russia compensate the fishermen.",
                "SWE REQUEST RUS");
        // people in the clause can ask for themselves
        expect("Oslo said that the protesters had gathered outside the embassy and demanded that Moscow free the journalist.");
    }

    @Test
    void aDeedReportedInAnAbsoluteClauseOfSaying() {
        expect("Oslo voiced anger at Stockholm, with Stoltenberg saying Sweden's delay was costing Norwegian jobs.", "NOR REBUKE SWE");
    }

    @Test
    void aPledgeThankedForWasMadeToTheOneWhoThanks() {
        expect("Zelensky thanked Norway for its pledge of 75 billion kroner in aid.", "UKR AFFIRM NOR", "NOR PLEDGE UKR");
        expect("Kyiv welcomed Norway's pledge to send two frigates.", "UKR AFFIRM NOR", "NOR PLEDGE UKR");
        // a standing commitment thanked for is no pledge made
        expect("Zelensky thanked Japan for its commitment to peace.", "UKR AFFIRM JPN");
    }

    @Test
    void anAdjectiveHungOnTheWrongNounStillJudgesWhatIsCalledSo() {
        expect("Stoltenberg called Sweden's refusal to commit to the new fishing quota terrible.", "NOR REBUKE SWE");
        // a terrible thing that no one calls so judges no one
        expect("Stoltenberg visited Sweden after the terrible storm.");
    }

    @Test
    void anOpeningHeadingNamesWhomWeAndISpeakFor() {
        expect("Statement by the Ministry of Foreign Affairs of Norway. We condemn Russia's seizure of the fishing vessel.", "NOR REBUKE RUS");
        expect("Joint statement by the Foreign Ministers of Norway and Sweden. We condemn Russia's seizure of the fishing vessel.",
                "NOR REBUKE RUS", "SWE REBUKE RUS");
        expect("From Prime Minister Kristersson's evening address: I thanked Norway for its steadfast support.", "SWE AFFIRM NOR");
        // what a heading is about is no issuer
        expect("Statement by the Press Secretary on Norway. We condemn Russia's seizure of the fishing vessel.");
    }

    @Test
    void aNounCalledSoThoughParsedAsABareAdjunct() {
        expect("Oslo called Moscow's naval drills a blatant provocation.", "NOR REBUKE RUS");
    }

    @Test
    void aHeadlineJoiningTwoClausesWithACommaSharesItsSubject() {
        expect("Kristersson thanks Norway for frigate deal, urges Helsinki to join the fisheries pact", "SWE AFFIRM NOR", "SWE REQUEST FIN");
    }

    @Test
    void idiomsOfTheActs() {
        expect("Oslo bristles at Sweden's new fishing law.", "NOR REBUKE SWE");
        expect("Oslo leaned on Stockholm to delay the vote.", "NOR REQUEST SWE");
        expect("Oslo values its partnership with Sweden.", "NOR AFFIRM SWE");
        expect("Oslo values its salmon exports.");
    }

    @Test
    void wherePledgedWorkIsDoneIsWhomItIsFor() {
        expect("Oslo will finance the construction of a power plant inside Ukraine.", "NOR PLEDGE UKR");
        // an amount "in" aid, parsed on the verb, leads on to whom it is for
        expect("Kristersson confirmed that Sweden will provide 50 million kronor in budget support to Moldova.", "SWE PLEDGE MDA");
    }

    @Test
    void anUnqualifiedRoleAddressedIsThePersonNamedBeforeWhoHoldsIt() {
        expect("Standing next to Putin in the Kremlin, Orbán asked the president to extend the gas contract.", "HUN REQUEST RUS");
        // no one named holds it
        expect("Standing next to Putin in the Kremlin, Orbán asked the chancellor to extend the gas contract.");
    }

    @Test
    void aReproachWithNoOneNamedIsAimedAtWhoeverOccasionedIt() {
        expect("Oslo voiced frustration as Stockholm delayed the fisheries agreement.", "NOR DISAPPOINT SWE");
        expect("Helsinki protested after Moscow closed the border crossing.", "FIN REBUKE RUS");
        expect("Oslo voiced frustration as the talks stalled.");
    }

    @Test
    void aParticipleHungOnAnObliqueSpeaksForTheClausesSubject() {
        expect("The Norwegian foreign minister wrote to the Security Council accusing Moscow of breaking the ceasefire.", "NOR REBUKE RUS");
        expect("Oslo posted a video on its website mocking Moscow.", "NOR REBUKE RUS");
    }

    @Test
    void silenceOnSomeonesWordsIsAddressedToThem() {
        expect("Oslo did not respond to the president's remarks.", "NOR DECLINE -");
        expect("Vladimir Putin called the Arctic talks a waste of time, and Oslo did not respond to his remarks.", "NOR DECLINE RUS");
    }

    @Test
    void aComplaintNamingNoOneIsAboutTheDeedTheLastComplaintWasAimedAt() {
        expect("Oslo said it was deeply regrettable that Moscow had fired two missiles into the sea, and lodged a strong protest through the embassy in Helsinki.",
                "NOR DISAPPOINT RUS", "NOR REBUKE RUS");
        expect("Oslo lodged a protest through the embassy in Helsinki.");
    }

    @Test
    void silenceOnWordsIsAddressedToWhoeverLastSaidThemToTheSilentState() {
        expect("Oslo asked Stockholm to remove the platform, and the Swedish embassy declined to comment on the request.",
                "NOR REQUEST SWE", "SWE DECLINE NOR");
        expect("The Swedish embassy declined to comment on the request.", "SWE DECLINE -");
        expect("The Swedish embassy kept mum.", "SWE DECLINE -");
    }

    @Test
    void moreWaysToUndertakeADeed() {
        expect("Oslo will lend Moldova $50 million.", "NOR PLEDGE MDA");
        expect("Oslo unveiled a $50 million aid package for Moldova.", "NOR PLEDGE MDA");
        expect("Oslo lent Moldova $50 million.");
    }

    @Test
    void aRebukeOfAnUnnamedAttackIsAimedAtTheAttackerNamedBefore() {
        expect("Oslo expressed solidarity with Tallinn after the Russian strike on the port and condemned the attack.",
                "NOR AFFIRM EST", "NOR REBUKE RUS");
        expect("Oslo condemned the attack.");
    }

    @Test
    void aGuestReceivedAtHomeIsNotEndorsed() {
        expect("The Norwegian prime minister welcomed President-elect Halla Tomasdottir of Iceland to Oslo.");
        expect("Oslo welcomed Finland to NATO.", "NOR AFFIRM FIN");
    }

    @Test
    void aStatesPeopleAndItsCharterAreNotTheState() {
        expect("Oslo stands with the brave women of Iran.");
        expect("Oslo backs a lasting peace consistent with the UN Charter.");
    }

    @Test
    void aComplaintAfterANounSummingUpADeedIsAimedAtItsDoer() {
        expect("Sweden expelled two Norwegian diplomats, a move Oslo condemned as unjustified.",
                "NOR REBUKE SWE");
        expect("The Swedish premier met the Danish king in Copenhagen, a visit which Oslo criticized.",
                "NOR REBUKE SWE");
        expect("Oslo criticized the plan.");
    }

    @Test
    void aSilenceOnNothingNamedAnswersTheLastActAddressedToTheSilentState() {
        expect("Oslo urged Stockholm to reopen the crossing, but Sweden has not responded.", "NOR REQUEST SWE", "SWE DECLINE NOR");
        expect("Oslo urged Stockholm to reopen the crossing; the Swedish embassy did not respond to requests for comment.",
                "NOR REQUEST SWE", "SWE DECLINE -");
        expect("Oslo urged Stockholm to reopen the crossing; the Swedish embassy offered no comment.",
                "NOR REQUEST SWE", "SWE DECLINE -");
        expect("Sweden has not responded.", "SWE DECLINE -");
    }

    @Test
    void aSilenceIsAboutWhatThePressAskedOnAndTowardTheAuthorOfTheWords() {
        expect("The Swedish embassy did not return calls seeking comment on Oslo's decision to close the crossing.", "SWE DECLINE NOR");
        expect("Stockholm will refrain from commenting on each statement made by the Norwegian side.", "SWE DECLINE NOR");
    }

    @Test
    void aFutureOrConditionalActBeforeItsAttributionIsNotYetMade() {
        expect("Oslo will ask Stockholm to reopen the crossing when its envoy visits next week, a government spokesman said.");
        expect("Oslo would welcome a request from Stockholm to station Norwegian troops in Sweden, a government source said.");
        expect("Norway said it would send two frigates to Sweden.", "NOR PLEDGE SWE");
    }

    @Test
    void aClauseWithItsOwnSubjectIsItsOwnAct() {
        expect("Oslo asked Stockholm to reopen the crossing, while the Swedish side demanded that Norway withdraw its troops.",
                "NOR REQUEST SWE", "SWE REQUEST NOR");
    }

    @Test
    void opposingAStatesDeedRebukesIt() {
        expect("Oslo strongly opposed Moscow's attempts to redraw the border by force.", "NOR REBUKE RUS");
        expect("Oslo opposes any attempt to change the status quo by force.");
        expect("Oslo said it would not oppose Stockholm's bid.");
    }

    @Test
    void aMisparsedClausalSubjectTakesNoAuxiliaryFromItsPredicate() {
        // parsed with "keep" as the root and the three verbs before it as its clausal subjects
        expect("Oslo welcomed Stockholm's decision to reopen the border crossing, urged Sweden to free the detained fisherman on humanitarian grounds and said Norway would keep disagreeing where it must.",
                "NOR AFFIRM SWE", "NOR REQUEST SWE");
    }

    @Test
    void aStateInsideADeedOfANonStatePartyOrInAPactsNameIsNoAddressee() {
        expect("Oslo welcomes the approval by the IMF board of a loan programme for Ghana.");
        expect("Oslo welcomes the Israelis' decision to send another team to Doha.");
        expect("Oslo called on the international community to support Ukraine.");
        expect("Oslo called on Moscow to withdraw from Ukraine.", "NOR REQUEST RUS");
        expect("Oslo condemned the unfair Paris Climate Accord.");
        expect("Oslo will keep supporting the Minsk Accords.");
        expect("Oslo welcomed the Armenian peace agreement.", "NOR AFFIRM ARM");
    }

    @Test
    void anAmountInTheObjectMakesAConcreteUndertaking() {
        expect("Oslo announced that Norway will provide an additional $2 billion aid package for Ukraine's defense.", "NOR PLEDGE UKR");
    }

    @Test
    void supportDescribedAsHelpGivenIsNotVoiced() {
        expect("Minsk's support for Russia's arms industry is enabling Moscow to prolong the war.");
        expect("Oslo reaffirmed Norway's support for Ukraine.", "NOR AFFIRM UKR");
        expect("Norway's support for Ukraine is unwavering.", "NOR AFFIRM UKR");
    }

    @Test
    void hostileUndertakingsAndRejectedIdeasAddressNoOne() {
        expect("For decades, Tehran has pledged to wipe Israel off the map.");
        expect("Oslo stands with its partners in denying Russian airlines the right to land.");
        expect("Oslo firmly rejects the idea that there is a rift between Norway and Sweden.");
        expect("Oslo rejected Stockholm's claim that the border was closed.", "NOR REBUKE SWE");
        expect("The Norwegian prime minister reaffirmed his resolve to never allow Russia to annex the islands.");
        expect("Norway and Sweden committed to stopping Russia from building the pipeline.");
        expect("Norway pledged to keep Russia's frozen assets immobilized until the damage is paid for.");
        expect("Norway pledged to help Sweden stop the smuggling.", "NOR PLEDGE SWE");
        expect("The two leaders reiterated their commitment to ensuring Russia never acquires a nuclear weapon, Oslo said.");
        expect("The Norwegian prime minister stressed the Norwegian commitment to ensure Russia can never acquire a nuclear weapon.");
        expect("The Norwegian prime minister reaffirmed Norway's commitment to ensuring Sweden never stands alone.", "NOR AFFIRM SWE");
        expect("Oslo reiterated its unwavering commitment to the goal of Russia's complete and irreversible abandonment of its nuclear weapons.");
        expect("The Norwegian prime minister reiterated Norway's commitment to address the unlawful missile programs of Russia.");
        expect("Norway pledged to support Sweden's brave defense against the unprovoked invasion.", "NOR AFFIRM SWE");
    }

    @Test
    void actsPreviewedForLaterAreNotYetMade() {
        expect("Over the coming days you will see the Norwegian prime minister and the Swedish prime minister commit to deepening cooperation on energy.");
        expect("Tomorrow you are going to hear the Norwegian prime minister reaffirm support for Sweden.");
        expect("The Norwegian prime minister looks forward to the visit and affirming the close partnership between Norway and Sweden.");
        expect("Last week we saw the Norwegian prime minister reaffirm support for Sweden.", "NOR AFFIRM SWE");
    }

    @Test
    void whatIsAskedIsNotDoneAndACallToCongratulateIsAPhoneCall() {
        expect("The Norwegian prime minister said he has called on parliament to do the right thing, to stand with Sweden, and to stand up for freedom.");
        expect("The Norwegian prime minister called the Swedish prime minister to congratulate her on her election.", "NOR AFFIRM SWE");
        expect("Norway called on Denmark to support Sweden.", "NOR REQUEST DNK");
    }

    @Test
    void jointStatementsActOnlyWhereTheirWordsReachTheOtherParty() {
        expect("Both Finland and Sweden are close and valued defense partners of Norway.");
        expect("Moreover, Norway, Sweden, and Denmark, in their pursuit of Arctic strategies, oppose any unilateral attempts to change the status quo by force.");
        expect("Norway and Cambodia commit to address Cambodia's non-tariff barriers that affect bilateral trade.", "KHM PLEDGE NOR");
        expect("Norway and Sweden welcomed the recent signing of memoranda of understanding on cybersecurity cooperation.");
        expect("Separately, Norway will purchase Swedish-made patrol boats.", "NOR PLEDGE SWE");
        expect("Norway and Iceland have endorsed multiple EU calls for ceasefires and de-escalation over the last year.", "NOR AFFIRM EU", "ISL AFFIRM EU");
        expect("Norway and Sweden reaffirmed the strength of the Norwegian-Swedish alliance.", "NOR AFFIRM SWE", "SWE AFFIRM NOR");
        expect("The Norwegian foreign minister said the decision was regrettable and called on the Swedish authorities to reverse it.",
                "NOR DISAPPOINT SWE", "NOR REQUEST SWE");
    }

    @Test
    void companiesNamedForTheirStateAreNoState() {
        expect("Today, Norway Semiconductor is announcing that they will be investing $10 billion in Sweden.");
        expect("Norway will invest $1.5 billion in Sweden.", "NOR PLEDGE SWE");
    }

    @Test
    void aStateNamingAPolicyAndAWrongCommittedAreNoAddresseeNorPledge() {
        expect("Oslo said Norway supports the One Sweden policy.");
        expect("Oslo said it cannot stand by while the Swedish government and its representatives blatantly commit electoral fraud.");
        expect("Norway committed 500 troops to Sweden.", "NOR PLEDGE SWE");
    }

    @Test
    void circumstancesVictimsAndHelpOfAKindGiven() {
        expect("And, with the addition of Sweden today, NATO stands more united than ever.");
        expect("Norway stands with Sweden.", "NOR AFFIRM SWE");
        expect("Oslo said Norway will support Sweden's economy with direct financial assistance as well.", "NOR PLEDGE SWE");
        expect("Oslo reiterated its strongest condemnation of the brutal attacks conducted by terrorist groups against Sweden.");
        expect("Russia will undertake efforts to destabilize Sweden.");
    }

    @Test
    void briefingsProvidedAreNoUndertaking() {
        expect("Oslo said the Norwegian foreign minister will provide updates on security assistance for Sweden.");
    }

    @Test
    void theCounterpartOfTalksIsNoAddresseeOfSupportForThem() {
        expect("The Norwegian and Swedish prime ministers reiterated their commitment to diplomacy with Russia as the only viable means to peace.");
        expect("The Norwegian prime minister expressed his appreciation for Sweden's support for talks with Russia.", "NOR AFFIRM SWE");
        expect("The Norwegian foreign minister welcomed the resumption of talks between Sweden and Denmark.", "NOR AFFIRM SWE", "NOR AFFIRM DNK");
        expect("Oslo said Norway is committed to deepening channels of communication with Russia to prevent misunderstandings.", "NOR PLEDGE RUS");
    }

    @Test
    void aPromisedRequestIsNeitherMadeNorAPledgeToItsAddressee() {
        expect("The Nordic countries have now committed at the highest political levels to seek that approval from Brussels, Oslo said.");
        expect("Norway and Denmark agreed to press Russia to withdraw its troops.", "NOR REQUEST RUS", "DNK REQUEST RUS");
        expect("Norway and Denmark agreed to send $5 million to Sweden and called on Russia to withdraw its troops.",
                "NOR PLEDGE SWE", "DNK PLEDGE SWE", "NOR REQUEST RUS", "DNK REQUEST RUS");
    }

    @Test
    void attitudesStancesAndPartiesToAConflictAreTopics() {
        expect("The Norwegian foreign minister condemned anti-Swedish slurs at the match.");
        expect("Oslo said Norway and Denmark reaffirmed that their positions on Sweden have not changed.");
        expect("The Norwegian foreign minister reiterated to King Carl Gustaf of Sweden the Norwegian commitment to a just settlement of the Serbia-Kosovo dispute.", "NOR AFFIRM SWE");
        expect("Oslo criticized Sweden's policy on migration.", "NOR REBUKE SWE");
        expect("Oslo and Stockholm agree to coordinate their approaches to Russia closely.");
        expect("Oslo welcomed Sweden's policy of openness.", "NOR AFFIRM SWE");
    }

    @Test
    void aJointAffirmationIsMutualOnlyWhenItsOwnWordsNameTheirTies() {
        expect("Norway and Sweden welcomed the historic momentum in Norwegian-Swedish ties.", "NOR AFFIRM SWE", "SWE AFFIRM NOR");
        expect("Norway and Sweden welcome the OECD finding that donors fully met their goal of jointly mobilizing climate finance.");
        expect("Norway and Sweden reaffirmed their steadfast support for the Open Government Partnership.");
    }

    @Test
    void aHeadOfStateWelcomedToTheWhiteHouseIsAGuest() {
        expect("The Norwegian prime minister welcomed His Excellency Ferdinand R. Marcos, Jr., President of the Republic of the Philippines, and First Lady Louise Araneta-Marcos to Oslo.");
    }

    @Test
    void standingDefenceCommitmentsReassureAndHostilePledgesAimAgainst() {
        expect("Oslo will always help defend Sweden.", "NOR AFFIRM SWE");
        expect("Norway is committed to continuing to stand with Sweden.", "NOR AFFIRM SWE");
        expect("Norway will continue to provide Sweden with two frigates.", "NOR PLEDGE SWE");
        expect("For decades, the regime in Tehran has pledged death to Israel.");
    }

    @Test
    void whatARequestAsksForAndOnesOwnPeopleAreNoAddressee() {
        expect("Oslo banned the Russian import of gas; lawmakers called for it and supported it.");
        expect("The Norwegian prime minister said he asked her to go to Stockholm to meet the Swedish king.");
        expect("The Norwegian prime minister spoke with Ulf Kristersson and asked him to reopen the crossing.", "NOR REQUEST SWE");
    }

    @Test
    void aHeadlinesInfinitiveIsItsFuture() {
        expect("Norway to lend Ukraine $3 billion, Store says", "NOR PLEDGE UKR");
        expect("It is time for Norway to lend Ukraine $3 billion.");
    }

    @Test
    void anAdjectiveHungAfterANounInsideWhatIsCalledSoJudgesTheObject() {
        expect("Norway called Sweden's new 25% tariff over its purchases of Russian gas unfair, unjustified and unreasonable, a ministry statement said.",
                "NOR REBUKE SWE");
    }

    @Test
    void namesOfConflictsActsAndVeteransAreNoStates() {
        expect("Norway pledged its steadfast care to its Vietnam veterans.");
        expect("Oslo committed to strengthening the Buy Indian Act.");
        expect("Oslo announced $30 million in humanitarian aid for the Venezuela regional crisis.");
        expect("Oslo announced $30 million in humanitarian aid for Venezuela.", "NOR PLEDGE VEN");
    }

    @Test
    void anEmphaticPromiseToTheListenerUndertakesNothing() {
        expect("The Norwegian prime minister said: I guarantee you Moscow has been hoping that Sweden would crack.");
    }

    @Test
    void anActInAMessageStillToBeSentIsPreviewed() {
        expect("At the summit, Norway will also send a clear message to Sweden that it stands by Sweden as long as needed.");
        expect("Norway stands by Sweden as long as needed.", "NOR AFFIRM SWE");
    }

    @Test
    void partnersInACapitalAreItsGovernment() {
        expect("Oslo has asked its partners in Stockholm to exclude Norway from the new tariffs.", "NOR REQUEST SWE");
        expect("Oslo asked Stockholm to reopen the crossing, and the Swedish embassy declined to comment.", "NOR REQUEST SWE", "SWE DECLINE -");
    }

    @Test
    void remainingAReliablePartnerReassuresNow() {
        expect("Norway will always remain a reliable partner for Ukraine.", "NOR AFFIRM UKR");
        expect("Norway remains a reliable partner for Ukraine.", "NOR AFFIRM UKR");
    }

    @Test
    void wordsJudgedAreTheirAuthorsAndMoreJudgements() {
        expect("Sweden's foreign minister posted a video mocking Norway, and Oslo called the post scandalous and disgusting.",
                "SWE REBUKE NOR", "NOR REBUKE SWE");
        expect("Oslo called the post scandalous.");
        expect("Oslo called Stockholm's move dangerous.", "NOR REBUKE SWE");
    }

    @Test
    void adjectivesThatAlsoDescribeJudgeOnlyAsPredicates() {
        expect("Oslo mourns the terrible earthquake in Turkey.");
        expect("Oslo is concerned by the dangerous situation in Sudan.");
        expect("Oslo said Stockholm's decision was terrible.", "NOR REBUKE SWE");
    }

    @Test
    void aWelcomedDeedsBeneficiaryIsNoAddressee() {
        expect("Oslo welcomed Stockholm's financial support to Ukraine's reconstruction agency.", "NOR AFFIRM SWE");
        expect("Oslo welcomed the growing contributions of its Nordic partners to security, including their support to Ukraine.");
    }

    @Test
    void aJudgedDeedOfCompaniesIsNotAStates() {
        expect("Oslo finds it unacceptable that the Swedish companies are helping Moscow wage this war.");
        expect("Oslo finds it unacceptable that Stockholm is helping Moscow wage this war.", "NOR REBUKE SWE");
    }

    @Test
    void theTermsOfADealAreUndertaken() {
        expect("Norway signed a deal to supply Sweden with two frigates.", "NOR PLEDGE SWE");
        expect("Sweden signed an agreement with Norway on Tuesday under which Oslo will supply two frigates.", "NOR PLEDGE SWE");
        expect("Oslo signed a contract with Saab Aerospace, a Swedish-Finnish joint venture, to buy three radars.");
        expect("Norway wants to supply Sweden with two frigates.");
    }

    @Test
    void aCountedGroupOfStatesIsNoOneActor() {
        expect("In October, 143 nations in the United Nations condemned Russia's annexation.");
        expect("The United Nations condemned Russia's annexation.", "UN REBUKE RUS");
    }

    @Test
    void anUndertakingInAConversationIsMadeToTheOtherParty() {
        expect("The Prime Minister of Norway spoke with Prime Minister Kristersson this morning. He confirmed that Norway will provide two more frigates next year.",
                "NOR PLEDGE SWE");
        expect("Prime Minister Støre held talks with Sweden's prime minister in Oslo, and announced that Norway would provide a loan of $400 million.",
                "NOR PLEDGE SWE");
        // no conversation: whom the loan is for is not said
        expect("Prime Minister Støre spoke to reporters in Oslo about Sweden. He confirmed that Norway will provide a loan of $400 million.");
        // a pronoun after an unnamed office that met someone is that office, not the one it met
        expect("The President of the Republic spoke with Prime Minister Kristersson. He called on Denmark to reopen the bridge.");
        // a body is no partner, a request is not taken for one made in the meeting, nor a standing commitment
        expect("Prime Minister Støre met G7 partners in Oslo, and confirmed that Norway will provide a loan of $400 million.");
        expect("Prime Minister Støre spoke with Prime Minister Kristersson and urged restraint.");
        expect("Prime Minister Støre spoke with Prime Minister Kristersson. Norway is committed to peace in the region.");
    }

    @Test
    void aSilenceOnADeedOrWordsIsTowardTheirAuthor() {
        expect("Oslo sidestepped questions about Stockholm's offer to reopen the talks.", "NOR DECLINE SWE");
        expect("Norway's foreign ministry offered no comment on the latest statement from Stockholm.", "NOR DECLINE SWE");
        // a question about whether something happens is about no one's deed
        expect("Oslo sidestepped a question about whether the Swedish king would attend.", "NOR DECLINE -");
    }

    @Test
    void whatBefellANominalActSinceIsNotTheAct() {
        expect("Norway's request for a Swedish radar has still not received a formal answer from Stockholm.", "NOR REQUEST SWE");
        expect("Oslo was counting on Stockholm to say plainly that the treaty covers the islands.", "NOR REQUEST SWE");
    }

    @Test
    void aNounWithItsInfinitiveAfterAPrepositionIsNoClause() {
        expect("Oslo is disappointed with Stockholm's decision to close the border to Norwegian trucks.", "NOR DISAPPOINT SWE");
        // "for" with a subject and an infinitive is a clause
        expect("Oslo called for Stockholm to reopen the border.", "NOR REQUEST SWE");
    }

    @Test
    void aPairThatNamesNoOneIsTheTwoStatesConjoinedBefore() {
        expect("Norway and Sweden signed the accord in Helsinki, and both thanked Finland for hosting the talks.", "NOR AFFIRM FIN", "SWE AFFIRM FIN");
        expect("Norway and Sweden settled their fishing dispute in Copenhagen, and both governments thanked Finland for its mediation.",
                "NOR AFFIRM FIN", "SWE AFFIRM FIN");
        // "each country" is each of them in turn, and "the other" makes the act mutual
        expect("Norway and Sweden signed a defence treaty, with each country committing to come to the other's aid.",
                "NOR PLEDGE SWE", "SWE PLEDGE NOR");
    }

    @Test
    void aDeedTakenUpFromTheSentenceBeforeIsItsSubjects() {
        expect("A Stockholm court jailed a Norwegian engineer for six years on Monday. Oslo called the verdict deeply regrettable.",
                "NOR DISAPPOINT SWE");
        // the sentence before opens with no state
        expect("A court jailed a Norwegian engineer for six years on Monday. Oslo called the verdict deeply regrettable.");
    }

    @Test
    void refrainingFromCriticisingIsASilenceTowardTheOneSpared() {
        expect("Norway refrained from criticising Stockholm by name.", "NOR DECLINE SWE");
        expect("Oslo declined to criticise Sweden over the border closure.", "NOR DECLINE SWE");
    }

    @Test
    void aPassiveWithAnObjectIsAnActDoneToItsSubject() {
        expect("Sweden was promised €2 billion in grants and loans by Prime Minister Støre during a visit to Stockholm.", "NOR PLEDGE SWE");
        // no object, no agent: a standing commitment of the subject's
        expect("Norway is committed to Sweden's security.", "NOR AFFIRM SWE");
    }

    @Test
    void moreWordsOfTheActs() {
        expect("Norway will station a battalion in Sweden next year.", "NOR PLEDGE SWE");
        expect("Oslo nudged Stockholm to reopen the crossing.", "NOR REQUEST SWE");
        expect("Oslo voiced irritation with Stockholm over the border closure.", "NOR DISAPPOINT SWE");
        expect("The Norwegian prime minister paid tribute to Sweden for its help after the floods.", "NOR AFFIRM SWE");
        // stationed there already: no undertaking
        expect("Norway stations a battalion in Sweden.");
    }

    @Test
    void aDeclineIsTowardTheAuthorOfWhatItWasAskedAbout() {
        expect("Asked about Sweden's announcement that it would close the border, a Norwegian spokesperson said Oslo had nothing to add.",
                "NOR DECLINE SWE");
        expect("The Norwegian defence minister declined to say whether Oslo would grant Stockholm's request for radars.", "NOR DECLINE SWE");
    }

    @Test
    void whoRemainsAPartnerIsJudgedUnlessItSaysSoOfItself() {
        expect("MINISTER EIDE: Sweden remains a key Norwegian partner in energy trade.", "NOR AFFIRM SWE");
        expect("'Norway will always remain a reliable partner for Sweden,' Prime Minister Jonas Gahr Støre said.", "NOR AFFIRM SWE");
    }

    @Test
    void praiseOfADeedIsAimedAtItsDoerAndADoerJudgesNotItsOwnDeed() {
        expect("Norway commends the role played by Sweden in reaching the agreement.", "NOR AFFIRM SWE");
        expect("Oslo welcomed Sweden's leadership of the Nordic mission.", "NOR AFFIRM SWE");
        expect("Sweden fired three missiles at Norway in a reckless attack.");
    }

    @Test
    void plansHeadlinesAndNeitherNorAreNoActs() {
        expect("Norway to press Sweden on fishing quotas");
        expect("Neither Oslo nor Copenhagen has asked Stockholm to reopen the border.");
        expect("Norway is considering asking Sweden to reopen the border.");
        expect("Erna Solberg, the former Norwegian prime minister, urged Sweden to reopen the border.");
    }

    @Test
    void gratitudeAndTheStateAQuestionSaysActed() {
        expect("Prime Minister Støre said Norway was grateful to Sweden for its help after the floods.", "NOR AFFIRM SWE");
        expect("QUESTION: Sweden summoned the Norwegian ambassador yesterday over the reports. What's your response? "
                + "MINISTER EIDE: I'm not going to comment on those reports.", "NOR DECLINE SWE");
    }

    @Test
    void callingOutRebukesAndCallingOffRequestsNothing() {
        expect("Prime Minister Støre called out Sweden for its border closure.", "NOR REBUKE SWE");
        expect("Oslo called off the talks with Stockholm.");
    }

    @Test
    void relativePronounsControlledSubjectsAndJointIssuers() {
        expect("Prime Minister Støre spoke with Kristersson, who agreed to reopen the border crossings with Norway.", "SWE PLEDGE NOR");
        expect("Prime Minister Støre used the anniversary to call on Stockholm to reopen the border.", "NOR REQUEST SWE");
        expect("Joint Statement by Prime Minister Jonas G. Støre and Prime Minister Ulf Kristersson.\nThey call on Russia to end the war.",
                "NOR REQUEST RUS", "SWE REQUEST RUS");
    }

    @Test
    void describedAsAndNowSendingAndAQuotationOverSentences() {
        expect("Prime Minister Støre described Stockholm as a close and indispensable partner.", "NOR AFFIRM SWE");
        expect("Norway is sending 50 ambulances to Ukraine, Prime Minister Jonas Gahr Støre announced.", "NOR PLEDGE UKR");
        expect("Iran is supplying drones to Russia, Prime Minister Jonas Gahr Støre said.");
        expect("\u201CI urge Stockholm to reopen the border. Every day of delay costs jobs,\u201D Prime Minister Jonas Gahr Støre"
                + " wrote on X.", "NOR REQUEST SWE");
    }

    @Test
    void undoneMeasuresAnsweredRequestsAndTheDeedAReproachTakesUp() {
        expect("Sweden agreed to lift its ban on Norwegian salmon.", "SWE PLEDGE NOR");
        // (dropping a complaint is a concession to the state it was against, and no rebuke)
        expect("Norway pledged to drop its complaint over Swedish fishing quotas.", "NOR PLEDGE SWE");
        expect("Prime Minister Kristersson asked Norway for more ferries. Prime Minister Støre replied that Norway would provide two ferries.",
                "SWE REQUEST NOR", "NOR PLEDGE SWE");
        expect("Swedish police stormed a Norwegian fishing boat, and Denmark condemned the raid.", "DNK REBUKE SWE");
        expect("Oslo and Copenhagen quarrelled over the quotas, and Stockholm urged both capitals to keep talking.",
                "SWE REQUEST NOR", "SWE REQUEST DNK");
    }

    @Test
    void wireCopyDatelinesPledgesUnderWayAndOfficesOfTheStoryState() {
        // (the dateline is no subject; a state now sending help, told by no one, undertakes it; judged by another, it does not)
        expect("OSLO \u2014 Norway will provide Iceland with two coast guard vessels.", "NOR PLEDGE ISL");
        expect("OSLO \u2014 Norway is sending three rescue helicopters to Iceland.", "NOR PLEDGE ISL");
        expect("Denmark finds it unacceptable that Sweden is helping Russia evade the sanctions.", "DNK REBUKE SWE");
        expect("Norway has begun deploying a field hospital to Iceland.", "NOR PLEDGE ISL");
        // (an unqualified ministry in a text with no voice is the previous sentence's opening state's)
        expect("Norway recalled its ambassador from Stockholm. The foreign ministry said it had lodged a protest with Sweden.", "NOR REBUKE SWE");
        // (a conjunct shares "will"; "help it build": the one helped)
        expect("Norway will work with Iceland on fisheries and help it build a new harbour.", "NOR PLEDGE ISL");
        // (a visit is a meeting with the state visited: the undertaking that follows is made to it)
        expect("Prime Minister Støre made his first visit to Iceland. He said Norway would provide two ferries.", "NOR PLEDGE ISL");
    }

    @Test
    void directivesInReportedSpeechAndSelfDirectedGroupActs() {
        expect("Prime Minister Støre said that Sweden must reopen the border crossings.", "NOR REQUEST SWE");
        expect("Prime Minister Støre said that Sweden must not reopen the border crossings.");
        expect("Prime Minister Støre said that Sweden should have a role in the talks.");
        expect("Norway would consider sending ferries should Sweden request them.");
        // (a clause as the passive subject: its subject is the one praised)
        expect("Sweden's plan to spend 3 per cent of GDP on defence was praised by Prime Minister Støre.", "NOR AFFIRM SWE");
        // (a participle past a reduced relative whose subject names no one; "the bloc" is the organisation named before it)
        expect("Prime Minister Støre said Norway would turn down €60 million announced by the European Commission, accusing the bloc"
                + " of condescension.", "NOR REBUKE EU");
        // ("values Wellington as a true friend": a verb of calling)
        expect("Norway values Iceland as a true friend and a steady partner.", "NOR AFFIRM ISL");
        // (a member's act toward its own group is self-directed)
        expect("Japan urged the G7 to act on steel overcapacity.");
    }

    @Test
    void pairsCallersThanksSummonsAndWireOffices() {
        // (a judgement completing a verb of calling, hung on a phrase of its object)
        expect("Moscow called Norway's accession to the pact \"an encroachment on our security\", the Kremlin spokesman said.", "RUS REBUKE NOR");
        // (the one called does not do what the call is for)
        expect("Prime Minister Støre telephoned Prime Minister Kristersson to congratulate him on the election.", "NOR AFFIRM SWE");
        // ("the two leaders": both parties to the meeting just told)
        expect("Prime Minister Støre met Prime Minister Kristersson in Oslo. The two leaders condemned Russia's attacks on Ukraine.",
                "NOR REBUKE RUS", "SWE REBUKE RUS");
        // (thanks with no subject, said to "you", are the speaker's)
        expect("\u201CThank you, Iceland,\u201D Prime Minister Jonas Gahr Støre wrote on X.", "NOR AFFIRM ISL");
        // (summoned, with no agent, to a ministry: by that ministry's state)
        expect("The Swedish ambassador was summoned to the Norwegian foreign ministry over the fishing dispute.", "NOR REBUKE SWE");
        // (what is funded "in" a state is pledged to it; verbs conjoined before an object share it)
        expect("Norway will station two frigates in Iceland.", "NOR PLEDGE ISL");
        expect("Norway will build, train and equip an Icelandic coast guard.", "NOR PLEDGE ISL");
        // (what a clause answers is no deed of its subject)
        expect("Norway pledged to help Iceland respond to natural disasters and military aggression.", "NOR PLEDGE ISL");
        // (a possessive first word: "People's Republic of China" is China, not the Republic of China)
        expect("The People's Republic of China condemned Norway's decision.", "CHN REBUKE NOR");
    }

    @Test
    void countedGroups() {
        // ("the three countries": the states other than the source named before it)
        expect("Norway recalled its envoys from Helsinki, Copenhagen and Reykjavik and reprimanded the three countries' ambassadors.",
                "NOR REBUKE FIN", "NOR REBUKE DNK", "NOR REBUKE ISL");
        // (else with the parties of the acts just told, when that makes the count)
        expect("Prime Minister Støre thanked Prime Minister Frederiksen, and President Stubb praised Støre. Russia's foreign ministry accused"
                + " the three governments of provocations.", "NOR AFFIRM DNK", "FIN AFFIRM NOR", "RUS REBUKE NOR", "RUS REBUKE DNK", "RUS REBUKE FIN");
        // (a count the names do not make is no one)
        expect("Norway reprimanded the four countries' ambassadors after Finland and Denmark protested.");
    }

    @Test
    void gerundsUnderPrepositionsAndInvertedSaying() {
        // (a gerund under a preposition of a verb shares its subject)
        expect("Norway responded by recalling its ambassador from Stockholm and accusing Sweden of bad faith.", "NOR REBUKE SWE");
        // (a state's intelligence service is of that state)
        expect("Russia's foreign intelligence service accused Norway of spying.", "RUS REBUKE NOR");
        // (the verb of saying parsed as an adjunct of what it reports: "it" is its subject)
        expect("Finland accused Moscow of recklessness, while Norway said it strongly protested the claim to Svalbard in the documents.",
                "FIN REBUKE RUS", "NOR REBUKE RUS");
    }

    @Test
    void answersTakingUpWhatWasAsked() {
        // (a reproach of what a question asked about, taken up with a demonstrative: aimed at its doer or author)
        expect("Q: Norway's government says it will expel three diplomats. Your reaction?\nMS. LEAVITT: We are appalled by that announcement.",
                "USA REBUKE NOR");
        expect("Q: What is your response to the Danish minister's latest communication?\nMS. LEAVITT: We reject these absurd insinuations.",
                "USA REBUKE DNK");
        // (not without the demonstrative: "sanctions" are no words asked about)
        expect("Q: What is your response to the Danish minister's latest communication?\nMS. LEAVITT: We reject sanctions.");
    }

    @Test
    void himContinuesThePersonOfTheSentenceBefore() {
        // ("him", with no one of another state named before it in the sentence: the person the sentence before was about)
        expect("Prime Minister Støre urged President Stubb to open the border. Stubb thanked him for his patience.",
                "NOR REQUEST FIN", "FIN AFFIRM NOR");
    }

    @Test
    void headingsPeopleOtherStatesAndPreviewsAreNoAddressees() {
        // (a verbless heading or list item is no act; thanks and congratulations are)
        expect("MS. LEAVITT: Fourth, support for Ukraine.");
        expect("Prime Minister Jonas Gahr Støre, on X: Warm congratulations to Alexander Stubb on his election.", "NOR AFFIRM FIN");
        // (thanks to a person no state, or to a state's neighbours, are not to the state the sentence names)
        expect("MS. LEAVITT: We are grateful to Senator Coons for traveling to Norway.");
        expect("MS. LEAVITT: We are grateful to Norway's neighboring countries for opening their doors.");
        expect("MS. LEAVITT: We are grateful to Norway for opening its doors.", "USA AFFIRM NOR");
        // (an epithet under a modal previews words; one of a deed of others judges them)
        expect("MS. LEAVITT: The President will likely reiterate concerns about Norway's unfair fishing practices.");
        expect("MS. LEAVITT: The United States and Norway will work together to address unfair trade practices of third parties.");
        expect("MS. LEAVITT: We oppose Norway's unfair fishing practices.", "USA REBUKE NOR");
    }

    @Test
    void aFeelingTheSubjectReceivesSomethingWithIsItsOwn() {
        expect("Communiqué of the Ministry of Foreign Affairs of Norway: Norway has received with great surprise and profound regret the abrupt"
                + " shift in the Finnish Government's position on fishing.", "NOR DISAPPOINT FIN");
    }

    @Test
    void anExpulsionTakenUpIsTheDeedOfTheStateBefore() {
        expect("Finland declared Norway's ambassador persona non grata on Tuesday. Prime Minister Støre said on Wednesday that he regretted the expulsion.",
                "NOR DISAPPOINT FIN");
    }

    @Test
    void audits66And67() {
        // (a finite verb the parser joined to an infinitive shares the subject of the finite verb above it)
        expect("Prime Minister Støre urged Finland to reopen the border and reaffirmed Norway's support for Sweden.",
                "NOR REQUEST FIN", "NOR AFFIRM SWE");
        // (a warning to people of one's own is no rebuke of the state they are warned about)
        expect("MS. LEAVITT: We continue to warn Americans not to travel to Norway.");
        expect("MS. LEAVITT: We warned Norway not to cross that line.", "USA REBUKE NOR");
        // (what one looks forward to doing is not done)
        expect("President Trump looks forward to affirming the strong partnership between the United States and Norway.");
        // (a speaker's epithet reaches no state joined to the speaker's own)
        expect("MS. LEAVITT: Norway and the United States are taking measures today to protect the steel market from unfair trade.");
        expect("MS. LEAVITT: We're standing up against Norway's unfair fishing practices.", "USA REBUKE NOR");
        // (support given in an amount is a pledge; support is an affirmation)
        expect("Norway will support Iceland with a loan package of 50 billion kroner.", "NOR PLEDGE ISL");
        expect("Norway will support Iceland with everything it has.", "NOR AFFIRM ISL");
        // (a giving verb in the present describing what is given undertakes nothing)
        expect("MR. KIRBY: We have our own calculus for what we decide to provide to Ukraine and what not.");
        // (fighting "in" a state happens there; a crackdown there is the state's)
        expect("Norway strongly condemns the ongoing fighting in Sudan.");
        expect("Norway strongly condemns the crackdown on protesters in Iran.", "NOR REBUKE IRN");
        // (handing the floor is no pledge)
        expect("PRIME MINISTER STØRE: And I will now hand to Prime Minister Frederiksen for her opening remarks.");
        // (and the answer taking up what a question asked reaches each of the doers it names)
        expect("REPORTER: Norway, Finland and Sweden have expelled Iranian diplomats. What is your response? BAGHAEI: This move by the three"
                + " countries is legally baseless.", "IRN REBUKE NOR", "IRN REBUKE FIN", "IRN REBUKE SWE");
    }

    @Test
    void theCountryTakesUpTheOtherStateNamedBefore() {
        expect("At a conference on Iceland, Støre said Norway would send 10 million euros in aid to the country.", "NOR PLEDGE ISL");
        // (none when two other states are named)
        expect("At a conference on Iceland and Denmark, Støre said Norway would send 10 million euros in aid to the country.");
        // (not as a possessor, most often the subject's own)
        expect("Norway regrets Sweden's decision, and Støre vowed to respond under the country's new law.", "NOR DISAPPOINT SWE");
    }
}
