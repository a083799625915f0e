package org.avow.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A judged audit sample (TSV with a header: event_id, verdict correct|wrong, then any notes), as {@code avow audit} draws it. */
public final class Judgements {
    public record Judgement(String eventId, boolean correct) {
    }

    private Judgements() {
    }

    /**
     * The verdicts of a file, in its order; blank and "#" lines are skipped.
     *
     * @throws IllegalArgumentException naming the file and line of a row that is no verdict
     */
    public static List<Judgement> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Judgement> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length < 2 || !(cells[1].equals("correct") || cells[1].equals("wrong"))) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected event_id<TAB>correct|wrong");
            }
            out.add(new Judgement(cells[0], cells[1].equals("correct")));
        }
        return out;
    }
}
