package org.avow.core.lexicon;

import org.avow.core.model.Channel;
import org.avow.core.model.Evidentiality;
import org.avow.core.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightTableTest {
    private final WeightTable w = WeightTable.load(null);

    @Test
    void aPresidentsStatementOutweighsADeputySpokespersonsPostTenfold() {
        double president = w.weight(Role.PRESIDENT, Channel.STATEMENT, 1.0, Evidentiality.ATTRIBUTED);
        double post = w.weight(Role.DEPUTY_SPOKESPERSON, Channel.SOCIAL_MEDIA, 0.9, Evidentiality.ATTRIBUTED);
        assertEquals(1.0, president, 1e-9);
        assertEquals(0.108, post, 1e-9);
        assertTrue(president / post > 9);
    }

    @Test
    void anIncompleteOverrideIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("w.tsv");
        Files.writeString(f, "factor\tkey\tvalue\nrole\tPRESIDENT\t1.0\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WeightTable.load(f));
        assertTrue(e.getMessage().contains("no role"), e.getMessage());
    }
}
