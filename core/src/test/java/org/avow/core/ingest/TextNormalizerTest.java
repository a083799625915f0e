package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    @Test
    void joinsHardWrapsAndKeepsParagraphs() {
        assertEquals("The President spoke with Prime Minister Takaichi of Japan today.\n\nThey discussed trade.",
                TextNormalizer.normalize("The President spoke with Prime\nMinister Takaichi of Japan today.\n\nThey discussed\ntrade.\n"));
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
}
