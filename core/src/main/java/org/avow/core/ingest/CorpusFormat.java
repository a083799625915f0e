package org.avow.core.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The corpus formats avow reads, chosen by file name unless a user forces one. */
public enum CorpusFormat {
    /** JSON Lines, one object per line, optionally gzipped (.jsonl, .ndjson, .jsonl.gz). */
    JSONL,
    /** Comma-separated values with a header row (.csv, .csv.gz). */
    CSV,
    /** Tab-separated values with a header row (.tsv, .tab, .tsv.gz). */
    TSV,
    /** One document per plain-text or Markdown file, with optional YAML front matter (.txt, .md, .markdown). */
    TEXT,
    /** WARC or WET files, optionally gzipped per record (.warc, .warc.gz, .wet, .wet.gz). */
    WARC,
    /** Apache Parquet files, one record per row (.parquet). */
    PARQUET;

    /** The format a file name says, if it names one. */
    public static Optional<CorpusFormat> of(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(JSONL);
        if (n.endsWith(".csv")) return Optional.of(CSV);
        if (n.endsWith(".tsv") || n.endsWith(".tab")) return Optional.of(TSV);
        if (n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".markdown")) return Optional.of(TEXT);
        if (n.endsWith(".warc") || n.endsWith(".wet")) return Optional.of(WARC);
        if (n.endsWith(".parquet")) return Optional.of(PARQUET);
        return Optional.empty();
    }

    /** The reader of a format read file by file; JSON Lines and Parquet are read by Spark itself. */
    public CorpusReader reader() {
        return switch (this) {
            case CSV -> new DelimitedReader(',');
            case TSV -> new DelimitedReader('\t');
            case TEXT -> new TextDocumentReader();
            case WARC -> new WarcDocumentReader();
            case JSONL -> new JsonLinesReader();
            case PARQUET -> throw new UnsupportedOperationException("Parquet is read by Spark");
        };
    }
}
