package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    @Test
    void joinsHardWrapsAndKeepsParagraphs() {
        assertEquals("The President spoke with Prime Minister Takaichi of Japan today.\n\nThey discussed trade and security.",
                TextNormalizer.normalize("The President spoke with Prime\nMinister Takaichi of Japan today.\n\nThey discussed trade and\nsecurity.\n"));
    }

    @Test
    void aLineTheNextWordWouldHaveFittedOnEndsItsSentence() {
        // a headline or a label has no full stop: the newline after it ends it, where the next word would have fitted
        assertEquals("Berlin agrees to send tanks to Kyiv\n\nGermany will supply Ukraine with an initial company of tanks, Scholz said.",
                TextNormalizer.normalize("Berlin agrees to send tanks to Kyiv\nGermany will supply Ukraine with an initial company of tanks, Scholz said."));
        // a hard-wrapped page: only punctuation ends its sentences, whatever its capitals
        String wrapped = "The President spoke today with Prime Minister Fumio Kishida of\nJapan about the alliance and reaffirmed the commitment of the\n"
                + "United States to the defense of Japan under Article V of the\nTreaty of Mutual Cooperation and Security, and the leaders\n"
                + "discussed the situation in the Indo-Pacific at some length.";
        assertEquals(wrapped.replace('\n', ' '), TextNormalizer.normalize(wrapped));
        assertEquals(0, LineWraps.width(wrapped.split("\n")));
        // a short text's wrap: "Prime" is followed by a word that would not have fitted within the longest line
        assertEquals("The President spoke with Prime Minister Takaichi of Japan today.",
                TextNormalizer.normalize("The President spoke with Prime\nMinister Takaichi of Japan today."));
    }

    @Test
    void stripsMarkdownDebris() {
        assertEquals("Statement from President Joe Biden\n\nRead the readout here.\n\nEnd of text.",
                TextNormalizer.normalize("## Statement from President Joe\\_Biden\n\nRead the [readout](https://example.org/a_(b)) here.\n\n\\###\n\n**End** of text.\n* * *\n"));
    }

    @Test
    void bulletsAndSpeakerTurnsStartParagraphs() {
        assertEquals("We will:\n\nsupport Ukraine;\n\nstand with Japan.\n\nQ Will you call Tokyo?\n\nMS. LEAVITT: We have no comment on that.",
                TextNormalizer.normalize("We will:\n- support Ukraine;\n- stand with Japan.\nQ Will you call Tokyo?\nMS. LEAVITT: We have no comment\non that."));
    }

    @Test
    void pageFurnitureAndHtmlGo() {
        assertEquals("Statements\n\nThe Secretary met her counterpart.",
                TextNormalizer.normalize("Home / Briefing Room / Statements\nShare on Facebook\nTweet\n### Statements\n"
                        + "The Secretary met her\ncounterpart.\nRead more\n"));
        assertEquals("Title\n\nFirst paragraph.\n\nSecond & last.",
                TextNormalizer.normalize("<div><h2>Title</h2><p>First <b>paragraph</b>.</p><script>x()</script><p>Second &amp; last.</p></div>"));
    }

    @Test
    void speakerLabelsAttributeTheirTurns() {
        String text = TextNormalizer.normalize("MS. LEAVITT: Good afternoon.\nWe stand with Japan.\n\nMore on that later.\n"
                + "Q Will the President call Tokyo?\nTHE PRESIDENT: Yes. I will call\nthe Prime Minister.\nNo label here: not a turn.");
        List<String> turns = SpeakerTurns.of(text).stream()
                .map(t -> t.speaker() + " | " + text.substring(t.begin(), t.end())).toList();
        assertEquals(List.of("MS. LEAVITT | Good afternoon. We stand with Japan.\n\nMore on that later.",
                "Q | Will the President call Tokyo?",
                "THE PRESIDENT | Yes. I will call the Prime Minister. No label here: not a turn."), turns);
        assertEquals(List.of(), SpeakerTurns.of("A statement without speakers. Q1 results were strong."));
    }

    @Test
    void labelsAfterASentenceEndOpenTurnsOnTheSameLine() {
        String text = "QUESTION: Will the Chancellor call Paris? KORNELIUS: Not today. Q. And Rome? KORNELIUS: Perhaps. Q So no plans.";
        List<String> turns = SpeakerTurns.of(text).stream()
                .map(t -> t.speaker() + (t.reporter() ? "? | " : " | ") + text.substring(t.begin(), t.end())).toList();
        // a bare "Q" opens a turn only at the start of a line
        assertEquals(List.of("QUESTION? | Will the Chancellor call Paris?", "KORNELIUS | Not today.", "Q? | And Rome?",
                "KORNELIUS | Perhaps. Q So no plans."), turns);
        assertEquals(List.of(), SpeakerTurns.of("He said: no. The U.S. Navy: a history. NATO allies met."));
    }

    @Test
    void anAnswerLabelledInTitleCaseAfterAQuestionMarkOpensATurn() {
        String text = "Q: Will Oslo call Helsinki? Spokesperson Kari Nordmann: We have nothing to add. Thank you. On Sweden: will"
                + " the minister travel? Minister Berg: Yes.";
        List<String> turns = SpeakerTurns.of(text).stream()
                .map(t -> t.speaker() + (t.reporter() ? "? | " : " | ") + text.substring(t.begin(), t.end())).toList();
        // "On Sweden:" follows no question mark: still the reporter's turn; and an answer needs a question before it
        assertEquals(List.of("Q? | Will Oslo call Helsinki?", "Spokesperson Kari Nordmann | We have nothing to add. Thank you. On Sweden: will"
                + " the minister travel? Minister Berg: Yes."), turns);
        assertEquals(List.of(), SpeakerTurns.of("Why now? Minister Berg: because it matters."));
        String titled = "Reporter: What is your view? Minister Berg: We have nothing to add.";
        assertEquals(List.of("REPORTER? | What is your view?", "Minister Berg | We have nothing to add."), SpeakerTurns.of(titled).stream()
                .map(t -> t.speaker() + (t.reporter() ? "? | " : " | ") + titled.substring(t.begin(), t.end())).toList());
    }

    @Test
    void aTitleCaseNameOrAParenthesisedStateOpensATurnWhenTheSpeakerIsKnown() {
        String text = "House of Commons.\nThe Foreign Secretary (Mr David Lammy): I share the frustration.\nTariff shock: allies split.\n"
                + "AMBASSADOR HOXHA (Albania): Let me thank the United States.";
        List<String> turns = SpeakerTurns.of(text, label -> label.contains("Lammy")).stream()
                .map(t -> t.speaker() + " | " + text.substring(t.begin(), t.end())).toList();
        // an unknown title-case label ("Tariff shock") is no turn and does not end the one before
        assertEquals(List.of("The Foreign Secretary (Mr David Lammy) | I share the frustration.\nTariff shock: allies split.",
                "AMBASSADOR HOXHA (Albania) | Let me thank the United States."), turns);
        assertEquals(List.of("AMBASSADOR HOXHA (Albania)"), SpeakerTurns.of(text).stream().map(SpeakerTurns.Turn::speaker).toList());
    }
}
