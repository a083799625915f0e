package org.avow.core.ingest;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every record of the real corpus parses and normalises without the parser failing (skipped when absent). */
class WhiteHouseCorpusIT {
    private static final Path CORPUS = Path.of("../../shared/corpora/whitehouse");

    @Test
    void everyRecordParsesAndNoMarkupSurvives() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "White House corpus not present");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        RecordParser parser = new RecordParser(RecordParser.Fields.DEFAULT, RecordParser.DEFAULT_MAX_TEXT_CHARS, "The White House");
        Map<RejectReason, Integer> rejects = new EnumMap<>(RejectReason.class);
        int records = 0;
        int withLinks = 0;
        long t0 = System.nanoTime();
        for (Path f : files) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(f)), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    records++;
                    ParsedRecord p = parser.parse(line);
                    if (!p.accepted()) rejects.merge(p.reason(), 1, Integer::sum);
                    else if (p.article().text().contains("](http")) withLinks++;
                }
            }
        }
        System.out.printf("White House corpus: %d records, rejects %s, %d with a surviving link, %.1f s%n", records, rejects,
                withLinks, (System.nanoTime() - t0) / 1e9);
        assertFalse(rejects.containsKey(RejectReason.UNPARSEABLE), "parser failures: " + rejects);
        assertEquals(0, withLinks, "Markdown links left in the text");
    }
}
