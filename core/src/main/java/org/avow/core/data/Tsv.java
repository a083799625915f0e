package org.avow.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated tables of {@code datasets/}: a header row naming the columns, then one
 * record a line; lines starting with '#' are comments. A malformed line is an error naming the
 * resource and line, never a silently skipped row.
 */
public final class Tsv {
    /** A row with its columns by header name and its line number for error messages. */
    public record Row(String resource, int line, Map<String, String> cells) {
        public String get(String column) {
            String v = cells.get(column);
            if (v == null) throw new DatasetException(resource, line, "no column " + column);
            return v;
        }

        public String optional(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v;
        }

        public DatasetException error(String message) {
            return new DatasetException(resource, line, message);
        }

        /** {@code value}, a cell of this row, as a constant of {@code type}; else an error naming the row. */
        public <E extends Enum<E>> E enumOf(Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw error("unknown " + type.getSimpleName() + ": " + value);
            }
        }

        /** {@code value}, a cell of this row, as an ISO date; else an error naming the row. */
        public LocalDate date(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw error("bad date: " + value);
            }
        }

        /** The cell of {@code column} as a positive whole number; else an error naming the row. */
        public int positive(String column) {
            String value = get(column);
            try {
                int n = Integer.parseInt(value);
                if (n > 0) return n;
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(column + " must be a positive whole number: " + value);
        }
    }

    private Tsv() {
    }

    /** {@code root/rel} where it is a file, else null: a datasets folder's override, absent files falling back to the classpath. */
    public static Path existing(Path root, String rel) {
        if (root == null) return null;
        Path p = root.resolve(rel);
        return Files.isRegularFile(p) ? p : null;
    }

    /** Reads a dataset from a file on disk when {@code override} is given, else from the classpath. */
    public static List<Row> read(String classpathResource, Path override, String... requiredColumns) {
        try {
            if (override != null) {
                try (InputStream in = Files.newInputStream(override)) {
                    return parse(override.toString(), in, requiredColumns);
                }
            }
            InputStream in = Tsv.class.getClassLoader().getResourceAsStream(classpathResource);
            if (in == null) throw new DatasetException(classpathResource, 0, "resource not found on classpath");
            try (in) {
                return parse(classpathResource, in, requiredColumns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(String name, InputStream in, String... requiredColumns) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String headerLine = r.readLine();
        int n = 1;
        while (headerLine != null && headerLine.startsWith("#")) {
            headerLine = r.readLine();
            n++;
        }
        if (headerLine == null) throw new DatasetException(name, n, "no header row");
        String[] header = headerLine.split("\t", -1);
        for (String c : requiredColumns) {
            if (!List.of(header).contains(c)) throw new DatasetException(name, 1, "missing column " + c);
        }
        List<Row> rows = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (cells.length != header.length) {
                throw new DatasetException(name, n, "expected " + header.length + " columns, found " + cells.length);
            }
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.length; i++) m.put(header[i], cells[i].strip());
            rows.add(new Row(name, n, m));
        }
        return rows;
    }
}
