package org.avow.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every dataset folder says what it is, and its checksums match its files. */
class DatasetDescriptorsTest {
    private static final Path DATASETS = Path.of("../datasets");

    @Test
    void descriptorsAreCompleteAndChecksumsMatch() throws Exception {
        List<Path> folders;
        try (Stream<Path> s = Files.list(DATASETS)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty());
        for (Path folder : folders) {
            Path d = folder.resolve("descriptor.json");
            assertTrue(Files.exists(d), "no descriptor in " + folder);
            JsonNode n = new ObjectMapper().readTree(d.toFile());
            for (String field : List.of("name", "version", "description", "source", "license")) {
                assertFalse(n.path(field).asText().isBlank(), d + " lacks " + field);
            }
            List<String> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.map(p -> p.getFileName().toString()).filter(f -> !f.equals("descriptor.json")).sorted().toList();
            }
            assertEquals(files, iterable(n.get("files")), "files listed in " + d);
            for (String f : files) {
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve(f))));
                assertEquals(n.get("files").get(f).asText(), actual, "checksum of " + folder.resolve(f) + " (update " + d + ")");
            }
        }
    }

    private static List<String> iterable(JsonNode files) {
        List<String> names = new java.util.ArrayList<>();
        files.fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }
}
