package org.avow.cli;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExportBundleTest {
    @Test
    void entriesThatWouldLeaveTheFolderAreRefused() {
        for (String bad : List.of("../evil.csv", "csv/../../evil.csv", "/etc/passwd", "C:/x.csv", "csv\\..\\x.csv", "")) {
            assertThrows(IllegalArgumentException.class, () -> ExportBundle.checkName(bad), bad);
        }
        assertDoesNotThrow(() -> ExportBundle.checkName("tables/events/year=2025/part-0.parquet"));
        assertDoesNotThrow(() -> ExportBundle.checkName("csv/a..b.csv"), "dots inside a name are not a parent reference");
    }

    @Test
    void csvIsSortedQuotedAndFormattedOneFixedWay() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("id", "b");
        b.put("w", 0.1 + 0.2);
        b.put("text", "He said \"no\", twice");
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", "a");
        a.put("w", 2.0);
        a.put("text", null);
        assertEquals("id,w,text\na,2,\nb,0.3,\"He said \"\"no\"\", twice\"\n", CsvTable.write(List.of("id", "w", "text"), List.of(b, a)));
        assertEquals("0.000000001", CsvTable.number(1e-9));
        assertEquals("0", CsvTable.number(-0.0));
        assertEquals("1234567", CsvTable.number(1234567.0));
    }
}
