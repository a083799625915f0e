package org.avow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The output folder of a complete run (it has a manifest), read without Spark by the verbs that report on it. */
final class RunDirectory {
    private final Path dir;
    private final JsonNode manifest;

    private RunDirectory(Path dir, JsonNode manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** @throws IllegalArgumentException when the folder holds no complete run */
    static RunDirectory open(Path dir) {
        Path m = dir.resolve("manifest.json");
        if (!Files.exists(m)) throw new IllegalArgumentException(dir + " has no manifest.json: not a complete avow run");
        try {
            return new RunDirectory(dir, new ObjectMapper().readTree(m.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run in {@code dir}, or null after telling {@code err} why there is none (the verb then exits 2). */
    static RunDirectory openOrExplain(Path dir, String verb, java.io.PrintWriter err) {
        try {
            return open(dir);
        } catch (IllegalArgumentException e) {
            err.println("avow " + verb + ": " + e.getMessage());
            err.flush();
            return null;
        }
    }

    JsonNode manifest() { return manifest; }

    /** Whether the run wrote this table (runs of older versions lack the newer tables). */
    boolean has(String name) {
        return Files.isDirectory(dir.resolve(name));
    }

    List<Map<String, Object>> table(String name) {
        return ParquetTable.read(dir.resolve(name));
    }
}
