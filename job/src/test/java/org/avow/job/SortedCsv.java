package org.avow.job;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's tables as deterministic CSV (rows sorted, RFC 4180 quoting), so two runs compare byte
 * for byte whatever the partitioning. Small on purpose: the export verb is another matter.
 */
final class SortedCsv {
    static final List<String> TABLES = List.of("articles", "rejects", "events", "mentions", "extraction_failures", "dyad_windows");

    private SortedCsv() {
    }

    /** Writes {@code TABLE.csv} into {@code to} for each table of the run in {@code run}; returns the files. */
    static List<Path> export(SparkSession spark, Path run, Path to) throws IOException {
        Files.createDirectories(to);
        List<Path> files = new ArrayList<>();
        for (String table : TABLES) {
            var df = spark.read().parquet(run.resolve(table).toString());
            List<String> lines = new ArrayList<>();
            for (Row r : df.collectAsList()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) cells.add(cell(r.get(i)));
                lines.add(String.join(",", cells));
            }
            lines.sort(null);
            lines.add(0, String.join(",", df.columns()));
            Path f = to.resolve(table + ".csv");
            Files.write(f, lines, StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    static String cell(Object v) {
        if (v == null) return "";
        String s = v.toString();
        return s.matches("(?s).*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
