package org.avow.cli;

import org.avow.core.ingest.RecordParser;
import picocli.CommandLine.Option;

/** Input field names, for corpora whose records name their fields differently. */
public final class FieldOptions {
    @Option(names = "--id-field", defaultValue = "id", description = "Field holding the record id (default: ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--date-field", defaultValue = "date", description = "Field holding the date (default: ${DEFAULT-VALUE}).")
    String date;

    @Option(names = "--text-field", defaultValue = "text", description = "Field holding the text (default: ${DEFAULT-VALUE}).")
    String text;

    @Option(names = "--title-field", defaultValue = "title", description = "Field holding the title (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--source-field", defaultValue = "source",
            description = "Field naming the outlet or issuing office (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--section-field", defaultValue = "section", description = "Field holding the section (default: ${DEFAULT-VALUE}).")
    String section;

    @Option(names = "--url-field", defaultValue = "url", description = "Field holding the URL (default: ${DEFAULT-VALUE}).")
    String url;

    RecordParser.Fields fields() {
        return new RecordParser.Fields(id, date, text, title, source, section, url);
    }
}
