package org.avow.core.extract;

import org.avow.core.model.Article;
import org.avow.core.model.DiscourseEvent;
import org.avow.core.model.Role;
import org.avow.core.model.SpeechAct;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who "we" is in an office's own record: the speaker of each transcript turn rather than the
 * office, and "The President" of a readout is the office's, not the guest named last.
 */
class TranscriptVoiceIT {
    private static final String WHITE_HOUSE = "The White House";

    private static List<DiscourseEvent> events(String text, String date, String source) {
        return Extraction.RULES.extract(new Article("t", LocalDate.parse(date), null, source, null, null, text)).events();
    }

    private static List<String> triples(List<DiscourseEvent> events) {
        return events.stream().map(e -> e.source().country() + " " + e.act() + " "
                + (e.target() == null ? "-" : e.target().country())).toList();
    }

    @Test
    void eachTurnSpeaksForItsSpeaker() {
        String text = """
                THE PRESIDENT: Good afternoon, everyone. Today we reaffirm our ironclad commitment to Japan.

                PRIME MINISTER KISHIDA: Thank you. We strongly support Ukraine, and I thank the United States for its leadership.

                SENIOR ADMINISTRATION OFFICIAL: We have urged Beijing to stop its coercion of the Philippines.

                MODERATOR: We condemn Russia's attacks on Ukraine.

                Q Will you urge China to act?""";
        List<DiscourseEvent> events = events(text, "2023-05-10", WHITE_HOUSE);
        assertEquals(List.of("USA AFFIRM JPN", "JPN AFFIRM UKR", "JPN AFFIRM USA", "USA REQUEST CHN"), triples(events));
        assertEquals("USA_BIDEN_JOE", events.get(0).source().id(), "THE PRESIDENT is the voice's president on the date");
        assertEquals(Role.PRIME_MINISTER, events.get(1).source().role());
        assertEquals(Role.OFFICIAL, events.get(3).source().role());
    }

    @Test
    void aStaffLabelOfAnHonorificAndAFamilyNameSpeaksForTheVoice() {
        // "Singh" is also the family name of India's defence minister; "Doe" is no one the dictionary knows
        String text = """
                Q: Will there be more help for Kyiv?

                MR. SINGH: We will continue to provide defensive assistance to Ukraine.

                Q: And Manila?

                MS. DOE: We stand with the Philippines.""";
        assertEquals(List.of("USA PLEDGE UKR", "USA AFFIRM PHL"), triples(events(text, "2022-03-01", WHITE_HOUSE)));
    }

    @Test
    void labelsOfADocumentWithoutSpeakersAreHeadings() {
        String text = """
                SUBJECT: Security Assistance

                We reaffirm our support for Ukraine.""";
        assertEquals(List.of("USA AFFIRM UKR"), triples(events(text, "2023-05-10", WHITE_HOUSE)));
    }

    @Test
    void aQuotedSpeakersParagraphIsTheirs() {
        String text = """
                Leaders around the world praised the agreement.

                Cardinal Example of Rome: “I welcome the agreement between Iran and the United States.”

                Prime Minister Starmer: “We strongly support Ukraine.”

                We reaffirm our support for Israel.""";
        // the cardinal is no one the dictionary knows: his "I" is no one's; Starmer's "we" is Britain; the release's own "we" the White House
        assertEquals(List.of("GBR AFFIRM UKR", "USA AFFIRM ISR"), triples(events(text, "2025-06-20", WHITE_HOUSE)));
    }

    @Test
    void theOfficesOwnRoleInAReadout() {
        String text = "President Biden spoke today with President Ferdinand Marcos Jr. of the Philippines. "
                + "The President condemned China's dangerous actions against Philippine vessels in the South China Sea.";
        List<DiscourseEvent> readout = events(text, "2023-11-02", WHITE_HOUSE);
        assertEquals(List.of("USA REBUKE CHN"), triples(readout));
        assertEquals("USA_BIDEN_JOE", readout.get(0).source().id());
        // in news, with no voice, an unqualified role is still the person named last
        List<DiscourseEvent> news = events(text, "2023-11-02", null);
        assertEquals(List.of("PHL REBUKE CHN"), triples(news));
        assertEquals(SpeechAct.REBUKE, news.get(0).act());
    }

    @Test
    void aRoleTheVoiceDoesNotHoldIsTheGuests() {
        String text = "President Biden met Prime Minister Anthony Albanese of Australia at the White House. "
                + "The Prime Minister urged China to lift its trade restrictions.";
        assertEquals(List.of("AUS REQUEST CHN"), triples(events(text, "2023-10-25", WHITE_HOUSE)));
    }

    @Test
    void aLabelNamingSomeoneInFullIsThemThoughAnotherSharesTheirFamilyName() {
        // Lin Jian, not Taiwan's foreign minister Lin Chia-lung, in office on the same day
        String text = "REPORTER: What is China's response to the arms sale? LIN JIAN: We urge the US side to stop arming Taiwan.";
        List<DiscourseEvent> events = events(text, "2025-01-10", null);
        assertEquals(List.of("CHN REQUEST USA"), triples(events));
        assertEquals("CHN_LIN_JIAN", events.get(0).source().id());
    }

    @Test
    void aJudgementNoOneInTheSentenceMakesIsTheSpeakersOfTheTurn() {
        String text = "REPORTER: What is your response to the patrols? GUO JIAKUN: The Philippine side's so-called patrols are provocations.";
        assertEquals(List.of("CHN REBUKE PHL"), triples(events(text, "2025-02-19", null)));
        // what it is said of must be the state: not one named elsewhere in the sentence
        String elsewhere = "REPORTER: What about the chief? GUO JIAKUN: The new coast guard chief is a great partner for the Philippines.";
        assertEquals(List.of(), triples(events(elsewhere, "2025-02-19", null)));
        // a reporter's judgement is no state's
        String asked = "REPORTER: Isn't Japan a great ally? GUO JIAKUN: I have nothing to add.";
        assertEquals(List.of("CHN DECLINE -"), triples(events(asked, "2025-02-19", null)));
    }

    @Test
    void aFamilyNameInALabelBesideOtherNamesIsSomeoneElseAndAQuantifiedOfficeIsNoOne() {
        // "Risch" and "Drew" are family names of office holders abroad (Liechtenstein, Saint Kitts and Nevis)
        String text = """
                Senator Jim Risch: "We support Ukraine."

                Drew Maloney, Edison Electric Institute: "We appreciate the President's leadership."

                THE PRESIDENT: Every world leader here thanked me for meeting with Putin.""";
        List<DiscourseEvent> events = events(text, "2025-06-14", WHITE_HOUSE);
        assertEquals(List.of(), events.stream().filter(e -> !e.source().country().equals("USA")).map(e -> e.source().country()).toList(),
                triples(events).toString());
        assertEquals(List.of(), events.stream().filter(e -> e.target() != null && e.target().country().equals("RUS")).toList());
    }

    @Test
    void aLeadersLabelByFamilyNameIsNoNamesakeInAnotherOffice() {
        // on this date the only Lee in office the dictionary knows by that family name is an ambassador, not a prime minister
        String text = """
                Q: How were the talks?

                PRIME MINISTER LEE: We reaffirmed the enduring partnership between Singapore and the United States.""";
        assertEquals(List.of(), triples(events(text, "2022-03-29", WHITE_HOUSE)));
    }
}

