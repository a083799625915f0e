package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.avow.core.lexicon.WeightTable;
import org.avow.core.model.SpeechAct;
import org.avow.spark.Tables;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A run as a verifiable bundle (zip): {@code tables/NAME/*.parquet} as written, {@code csv/NAME.csv}
 * (deterministic, see {@link CsvTable}), {@code codebook.md}, the run's {@code manifest.json}, and
 * {@code SHA256SUMS} listing every other entry. Entries are written in name order with a fixed
 * time, so equal content gives an equal archive.
 */
final class ExportBundle {
    static final String SUMS = "SHA256SUMS";
    /** 1980-01-01, the earliest time a zip entry holds: no build time leaks into the bundle. */
    private static final long FIXED_TIME = 315532800000L;

    /** What verify found: entries whose hash differs, listed but absent, present but unlisted. */
    record Verification(int checked, List<String> changed, List<String> missing, List<String> unlisted) {
        boolean ok() {
            return changed.isEmpty() && missing.isEmpty() && unlisted.isEmpty();
        }
    }

    private ExportBundle() {
    }

    /** The bundle's entries, name -> bytes, in name order. */
    static TreeMap<String, byte[]> entries(Path runDir, RunDirectory run) {
        TreeMap<String, byte[]> e = new TreeMap<>();
        for (String table : Tables.ALL) {
            Path t = runDir.resolve(table);
            if (!Files.isDirectory(t)) continue;
            try (Stream<Path> files = Files.walk(t)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList()) {
                    e.put("tables/" + table + "/" + slash(t.relativize(f)), Files.readAllBytes(f));
                }
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
            List<Map<String, Object>> rows = run.table(table);
            e.put("csv/" + table + ".csv", CsvTable.write(columns(table, rows), rows).getBytes(StandardCharsets.UTF_8));
        }
        try {
            e.put("manifest.json", Files.readAllBytes(runDir.resolve("manifest.json")));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        e.put("codebook.md", codebook(run.manifest()).getBytes(StandardCharsets.UTF_8));
        StringBuilder sums = new StringBuilder();
        e.forEach((name, bytes) -> sums.append(sha256(bytes)).append("  ").append(name).append('\n'));
        e.put(SUMS, sums.toString().getBytes(StandardCharsets.UTF_8));
        return e;
    }

    static void write(Path runDir, RunDirectory run, Path zip) {
        TreeMap<String, byte[]> entries = entries(runDir, run);
        try {
            Path parent = zip.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".avow-export", ".zip.tmp");
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(os)) {
                for (var en : entries.entrySet()) {
                    ZipEntry ze = new ZipEntry(en.getKey());
                    ze.setTime(FIXED_TIME);
                    z.putNextEntry(ze);
                    z.write(en.getValue());
                    z.closeEntry();
                }
            }
            Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /**
     * Re-hashes every entry of a bundle against its SHA256SUMS, reading the archive in place.
     *
     * @throws IllegalArgumentException for an entry that would escape the bundle's folder (absolute,
     *                                  "..", backslashes, drive letters) or a bundle without SHA256SUMS
     */
    static Verification verify(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            for (ZipEntry ze : java.util.Collections.list(z.entries())) {
                checkName(ze.getName());
                if (ze.isDirectory()) continue;
                try (InputStream in = z.getInputStream(ze)) {
                    entries.put(ze.getName(), in.readAllBytes());
                }
            }
            byte[] sumsBytes = entries.remove(SUMS);
            if (sumsBytes == null) throw new IllegalArgumentException(zip + " has no " + SUMS + ": not an avow bundle");
            Map<String, String> listed = new LinkedHashMap<>();
            int line = 0;
            for (String l : new String(sumsBytes, StandardCharsets.UTF_8).split("\n")) {
                line++;
                if (l.isBlank()) continue;
                int sep = l.indexOf("  ");
                if (sep != 64) throw new IllegalArgumentException(SUMS + ":" + line + ": not 'SHA-256  path': " + l);
                String name = l.substring(sep + 2);
                checkName(name);
                listed.put(name, l.substring(0, sep));
            }
            List<String> changed = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (var en : listed.entrySet()) {
                byte[] b = entries.get(en.getKey());
                if (b == null) missing.add(en.getKey());
                else if (!sha256(b).equals(en.getValue())) changed.add(en.getKey());
            }
            List<String> unlisted = entries.keySet().stream().filter(n -> !listed.containsKey(n)).sorted().toList();
            return new Verification(listed.size(), changed, missing, unlisted);
        }
    }

    /** Refuses a name that would leave the folder the bundle is unpacked into. */
    static void checkName(String name) {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':')
                || Arrays.stream(name.split("/")).anyMatch(seg -> seg.equals(".."));
        if (bad) throw new IllegalArgumentException("refusing entry that escapes the bundle's folder: " + name);
    }

    private static List<String> columns(String table, List<Map<String, Object>> rows) {
        List<String> cols = new ArrayList<>(Arrays.asList(Tables.schemaOf(table).fieldNames()));
        if (!rows.isEmpty()) {
            for (String k : rows.get(0).keySet()) if (!cols.contains(k)) cols.add(k);   // e.g. columns added by a newer ingest
        }
        return cols;
    }

    /** Every table's columns with type and meaning, the acts with their codes, and the weight table in force. */
    static String codebook(JsonNode manifest) {
        StringBuilder b = new StringBuilder("# avow codebook\n\n");
        b.append("Extractor ").append(manifest.path("versions").path("extractor").asText()).append(", weights ")
                .append(manifest.path("versions").path("weights").asText()).append(". Every table is in `tables/` (Parquet, zstd) and"
                        + " `csv/` (UTF-8, header row, rows sorted by their text, numbers rounded to 9 decimals, empty = null).\n\n");
        b.append("## Speech acts\n\n| act | CAMEO (Goldstein) | PLOVER | polarity |\n|---|---|---|---|\n");
        for (SpeechAct a : SpeechAct.values()) {
            b.append("| ").append(a).append(" | ").append(a.cameo()).append(" (").append(a.goldstein()).append(")")
                    .append(a == SpeechAct.REQUEST ? "; a demand " + SpeechAct.CAMEO_DEMAND + " (" + SpeechAct.GOLDSTEIN_DEMAND + ")" : "")
                    .append(" | ").append(a.plover() == null ? "-" : a.plover()).append(" | ").append(a.polarity()).append(" |\n");
        }
        b.append("\nREQUEST: asks, urges, presses or appeals to another government to act or to say something. AFFIRM: publicly"
                + " supports, reassures, praises or endorses another government or its position. PLEDGE: commits to a future action"
                + " toward another government. REBUKE: criticizes, condemns, protests or accuses. DISAPPOINT: expresses disappointment,"
                + " frustration, dissatisfaction or regret with another government. DECLINE: declines to comment, refrains from a"
                + " public statement. Negated, hypothetical, expected and conditional acts are not events.\n");
        for (String table : Tables.ALL) {
            StructType s = Tables.schemaOf(table);
            b.append("\n## ").append(table).append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (StructField f : s.fields()) {
                b.append("| ").append(f.name()).append(" | ").append(f.dataType().simpleString()).append(" | ")
                        .append(f.nullable() ? "yes" : "no").append(" | ").append(f.getComment().getOrElse(() -> "").replace("|", "\\|"))
                        .append(" |\n");
            }
        }
        b.append("\n## Weight table\n\nweight = role x channel x modality x evidentiality. The table in force (")
                .append(manifest.path("config").path("weights").asText()).append("):\n\n```\n").append(weightTable(manifest)).append("```\n");
        return b.toString();
    }

    private static String weightTable(JsonNode manifest) {
        String w = manifest.path("config").path("weights").asText(WeightTable.RESOURCE);
        try {
            Path p = Path.of(w);
            if (Files.isRegularFile(p)) return Files.readString(p);
            try (InputStream in = WeightTable.class.getClassLoader().getResourceAsStream(WeightTable.RESOURCE)) {
                if (in == null) throw new IllegalStateException("weight table not on the classpath: " + WeightTable.RESOURCE);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String slash(Path p) {
        return p.toString().replace(java.io.File.separatorChar, '/');
    }
}
