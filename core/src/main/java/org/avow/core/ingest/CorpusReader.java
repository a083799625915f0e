package org.avow.core.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Reads one corpus file into its records, lazily and in order. Bad content never throws: a record
 * (or the rest of a file) that cannot be read becomes a {@link RawRecord} with its reject reason, so
 * that records in = articles + rejects + duplicates holds for every format.
 */
public interface CorpusReader {
    /**
     * @param name the file's path relative to the input it was found under: the id of a record
     *             that is a whole file and names none
     * @return the records; close the stream to release the file
     */
    Stream<RawRecord> read(Path file, String name, RecordParser.Fields fields);
}
