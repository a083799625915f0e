package org.avow.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opening corpus files: gzip by name. */
final class Inputs {
    private Inputs() {
    }

    static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
