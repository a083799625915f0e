package org.avow.core.compare;

import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Default allies and rivals of each patron, from {@code datasets/actors/alignments.tsv}. */
public final class Alignments {
    public static final String RESOURCE = "datasets/actors/alignments.tsv";

    private final List<Tsv.Row> rows;

    private Alignments(List<Tsv.Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static Alignments load(Path override) {
        List<Tsv.Row> rows = Tsv.read(RESOURCE, override, "patron", "country", "relation");
        for (Tsv.Row r : rows) {
            if (!r.get("relation").equals("ALLY") && !r.get("relation").equals("RIVAL")) {
                throw r.error("relation must be ALLY or RIVAL: " + r.get("relation"));
            }
        }
        return new Alignments(rows);
    }

    public List<String> allies(String patron) { return of(patron, "ALLY"); }

    public List<String> rivals(String patron) { return of(patron, "RIVAL"); }

    private List<String> of(String patron, String relation) {
        List<String> out = new ArrayList<>();
        for (Tsv.Row r : rows) if (r.get("patron").equals(patron) && r.get("relation").equals(relation)) out.add(r.get("country"));
        return out;
    }
}
