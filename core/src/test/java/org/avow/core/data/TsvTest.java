package org.avow.core.data;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsvTest {
    private static List<Tsv.Row> parse(String s, String... cols) throws Exception {
        return Tsv.parse("t.tsv", new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), cols);
    }

    @Test
    void commentsBeforeTheHeaderAndBetweenRowsAreSkipped() throws Exception {
        List<Tsv.Row> rows = parse("# about\na\tb\n# note\n1\t2\n\n3\t4\n", "a", "b");
        assertEquals(2, rows.size());
        assertEquals("4", rows.get(1).get("b"));
        assertEquals(6, rows.get(1).line());
    }

    @Test
    void aShortRowOrMissingColumnIsAnErrorWithItsLine() {
        DatasetException e = assertThrows(DatasetException.class, () -> parse("a\tb\n1\t2\n3\n", "a", "b"));
        assertTrue(e.getMessage().startsWith("t.tsv:3:"), e.getMessage());
        e = assertThrows(DatasetException.class, () -> parse("a\tc\n", "a", "b"));
        assertTrue(e.getMessage().contains("missing column b"), e.getMessage());
    }
}
