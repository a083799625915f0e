package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DatelineTest {
    @Test
    void blanksAPlaceAndDateBeforeTheDashKeepingOffsets() {
        String text = "NAIROBI, June 12 \u2014 Kenya will host the talks.";
        String blanked = Dateline.blank(text);
        assertEquals(text.length(), blanked.length());
        assertEquals(text.indexOf("Kenya"), blanked.indexOf("Kenya"));
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
}
