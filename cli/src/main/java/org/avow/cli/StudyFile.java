package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.avow.core.ingest.CorpusFormat;
import org.avow.core.ingest.RecordParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A study file: every option of a published analysis in one YAML file, e.g.
 * <pre>
 * inputs: [corpora/whitehouse]
 * patron: USA
 * allies: [JPN, PHL]
 * window: month
 * horizon_days: 60
 * seed: 7
 * format: jsonl        # optional: read every input as this format
 * </pre>
 * The YAML is read into Jackson's tree of plain values (no tags, no object construction), unknown
 * keys are refused, and relative paths are relative to the file. Command-line options override it.
 */
public record StudyFile(Path file, List<String> inputs, String out, String master, String patron, List<String> allies,
                        List<String> rivals, String window, Integer horizonDays, Double threshold, Long seed, Integer replicates,
                        Double level, String datasets, String weights, String defaultSource, RecordParser.Fields fields,
                        CorpusFormat format) {
    public static final StudyFile NONE = new StudyFile(null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, RecordParser.Fields.DEFAULT, null);

    private static final Set<String> KEYS = Set.of("inputs", "out", "master", "patron", "allies", "rivals", "window",
            "horizon_days", "threshold", "seed", "bootstrap_replicates", "confidence_level", "datasets", "weights",
            "default_source", "fields", "format");
    private static final Set<String> FIELD_KEYS = Set.of("id", "date", "text", "title", "source", "section", "url");

    /** @throws IllegalArgumentException naming the file and the key when the file is not a valid study */
    public static StudyFile load(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read study file " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException(file + ": a study file is a YAML mapping of options");
        root.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) throw new IllegalArgumentException(file + ": unknown key '" + k + "' (known: " + KEYS.stream().sorted().toList() + ")");
        });
        Path base = file.toAbsolutePath().getParent();
        StudyFile s = new StudyFile(file.toAbsolutePath(), paths(base, list(file, root, "inputs")), path(base, text(file, root, "out")),
                text(file, root, "master"), text(file, root, "patron"), list(file, root, "allies"), list(file, root, "rivals"),
                text(file, root, "window"), integer(file, root, "horizon_days"), number(file, root, "threshold"),
                root.has("seed") ? (long) integer(file, root, "seed") : null, integer(file, root, "bootstrap_replicates"),
                number(file, root, "confidence_level"), path(base, text(file, root, "datasets")), path(base, text(file, root, "weights")),
                text(file, root, "default_source"), fields(file, root.get("fields")), format(file, text(file, root, "format")));
        return s;
    }

    private static CorpusFormat format(Path file, String name) {
        if (name == null) return null;
        try {
            return CorpusFormat.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": 'format' must be one of " + java.util.Arrays.toString(CorpusFormat.values()) + ": " + name);
        }
    }

    private static RecordParser.Fields fields(Path file, JsonNode f) {
        RecordParser.Fields d = RecordParser.Fields.DEFAULT;
        if (f == null) return d;
        if (!f.isObject()) throw new IllegalArgumentException(file + ": 'fields' maps id, date, text, ... to field names");
        f.fieldNames().forEachRemaining(k -> {
            if (!FIELD_KEYS.contains(k)) throw new IllegalArgumentException(file + ": unknown field '" + k + "' under 'fields'");
        });
        return new RecordParser.Fields(or(text(file, f, "id"), d.id()), or(text(file, f, "date"), d.date()),
                or(text(file, f, "text"), d.text()), or(text(file, f, "title"), d.title()), or(text(file, f, "source"), d.source()),
                or(text(file, f, "section"), d.section()), or(text(file, f, "url"), d.url()));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    private static String text(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return null;
        if (!n.isValueNode()) throw new IllegalArgumentException(file + ": '" + key + "' must be a single value");
        return n.asText();
    }

    private static List<String> list(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return null;
        List<String> out = new ArrayList<>();
        if (n.isValueNode()) {
            for (String s : n.asText().split(",")) if (!s.isBlank()) out.add(s.strip());
            return out;
        }
        if (!n.isArray()) throw new IllegalArgumentException(file + ": '" + key + "' must be a list");
        for (JsonNode e : n) {
            if (!e.isValueNode()) throw new IllegalArgumentException(file + ": '" + key + "' must be a list of values");
            out.add(e.asText());
        }
        return out;
    }

    private static Integer integer(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return null;
        if (!n.isIntegralNumber()) throw new IllegalArgumentException(file + ": '" + key + "' must be a whole number: " + n);
        return n.asInt();
    }

    private static Double number(Path file, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) return null;
        if (!n.isNumber()) throw new IllegalArgumentException(file + ": '" + key + "' must be a number: " + n);
        return n.asDouble();
    }

    private static String path(Path base, String p) {
        return p == null ? null : base.resolve(p).normalize().toString();
    }

    private static List<String> paths(Path base, List<String> ps) {
        return ps == null ? null : ps.stream().map(p -> path(base, p)).toList();
    }

    /** Whether the study file exists (for a clear error before parsing). */
    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
