package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatelineTest {
    /** The text blanked, asserting that its length and the offset of {@code word} are kept. */
    private static String blankedKeepingOffsetOf(String text, String word) {
        String blanked = Dateline.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals(text.indexOf(word), blanked.indexOf(word));
        return blanked;
    }

    @Test
    void blanksAPlaceAndDateBeforeTheDashKeepingOffsets() {
        String text = "NAIROBI, June 12 \u2014 Kenya will host the talks.";
        String blanked = blankedKeepingOffsetOf(text, "Kenya");
        assertEquals("Kenya will host the talks.", blanked.strip());
    }

    @Test
    void blanksMultiWordPlacesAndAgencies() {
        assertEquals("Brazil acted.", Dateline.blank("RIO DE JANEIRO \u2014 Brazil acted.").strip());
        assertEquals("Peru acted.", Dateline.blank("LIMA (Reuters) \u2013 Peru acted.").strip());
    }

    @Test
    void leavesHeadingsAndOrdinaryTextAlone() {
        String heading = "STATEMENT BY THE MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF GHANA \u2014 We commend Nigeria.";
        assertEquals(heading, Dateline.blank(heading));
        String plain = "Japan said on Monday \u2014 in a statement \u2014 that it would help.";
        assertEquals(plain, Dateline.blank(plain));
        String label = "Q: Any comment?\nMAO NING: No.";
        assertEquals(label, Dateline.blank(label));
    }

    @Test
    void findsTheDatelineAfterAHeadlineAndNamesItsPlace() {
        String text = "Seoul voices disappointment\nSEOUL \u2014 South Korea said it was disappointed.";
        String blanked = blankedKeepingOffsetOf(text, "South Korea");
        assertEquals(-1, blanked.indexOf("SEOUL"));
        assertEquals("Seoul", Dateline.place(text).orElseThrow());
        assertEquals("Buenos Aires", Dateline.place("BUENOS AIRES, May 2 \u2014 Argentina acted.").orElseThrow());
        // a sentence ending the first line is no headline: what follows it is text
        String two = "Japan acted.\nTOKYO \u2014 more.";
        assertEquals(two, Dateline.blank(two));
        assertTrue(Dateline.place("Japan said on Monday that it would help.").isEmpty());
    }
}
