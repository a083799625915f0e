package org.avow.core.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * JSON Lines outside Spark (Spark splits large files itself): every non-blank line is a record,
 * positioned by its 1-based line number; invalid UTF-8 is replaced, and the parser rejects it.
 */
final class JsonLinesReader implements CorpusReader {
    @Override
    public Stream<RawRecord> read(Path file, String name, RecordParser.Fields fields) {
        try {
            BufferedReader in = new BufferedReader(new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8));
            AtomicLong line = new AtomicLong();
            return in.lines().map(l -> RawRecord.json(line.incrementAndGet(), l)).filter(r -> !r.raw().isBlank())
                    .onClose(() -> {
                        try {
                            in.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            return Stream.of(RawRecord.rejected(0, RejectReason.UNREADABLE, e.toString(), null));
        }
    }
}
