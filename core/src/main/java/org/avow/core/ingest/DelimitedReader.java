package org.avow.core.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * CSV or TSV with a header row (commons-csv; quoted fields may span lines). A record is positioned
 * by the line it starts on (the header is line 1). A row with more or fewer fields than the header
 * is MALFORMED_CSV; an unclosed quote makes the rest of the file one MALFORMED_CSV record.
 */
final class DelimitedReader implements CorpusReader {
    private final CSVFormat format;
    private final char delimiter;

    DelimitedReader(char delimiter) {
        this.delimiter = delimiter;
        CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(false).setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
                .setIgnoreEmptyLines(true);
        // TSV as researchers write it has no quoting: a quote mark is text
        if (delimiter == '\t') b.setQuote(null);
        this.format = b.get();
    }

    @Override
    public Stream<RawRecord> read(Path file, String name, RecordParser.Fields fields) {
        CSVParser parser;
        try {
            parser = format.parse(new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            return Stream.of(RawRecord.rejected(1, RejectReason.MALFORMED_CSV, "header: " + e.getMessage(), null));
        }
        List<String> header = parser.getHeaderNames();
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<RawRecord> out = new Iterator<>() {
            long nextLine = parser.getCurrentLineNumber() + 1;
            /** The error that ended the file (an unclosed quote): one last, malformed record. */
            RuntimeException broken;
            boolean done;

            @Override
            public boolean hasNext() {
                if (done) return false;
                if (broken != null) return true;
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = e;
                    return true;
                }
            }

            @Override
            public RawRecord next() {
                if (!hasNext()) throw new NoSuchElementException();
                long line = nextLine;
                CSVRecord r = null;
                if (broken == null) {
                    try {
                        r = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        broken = e;
                    }
                }
                if (broken != null) {
                    done = true;
                    return RawRecord.rejected(line, RejectReason.MALFORMED_CSV, "from line " + line + " on: " + broken.getMessage(), null);
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                String raw = String.join(String.valueOf(delimiter), r.values());
                if (r.size() != header.size()) {
                    return RawRecord.rejected(line, RejectReason.MALFORMED_CSV,
                            r.size() + " fields, header has " + header.size(), raw);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!r.get(i).isEmpty()) values.put(header.get(i), r.get(i));
                }
                return RawRecord.of(line, values, raw);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED), false).onClose(() -> {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
