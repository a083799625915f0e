package org.avow.cli;

import org.avow.core.ingest.RecordParser;
import picocli.CommandLine.Option;

/** Input field names, for corpora whose records name their fields differently. */
public final class FieldOptions {
    @Option(names = "--id-field", description = "Field holding the record id (default: id).")
    String id;

    @Option(names = "--date-field", description = "Field holding the date (default: date).")
    String date;

    @Option(names = "--text-field", description = "Field holding the text (default: text).")
    String text;

    @Option(names = "--title-field", description = "Field holding the title (default: title).")
    String title;

    @Option(names = "--source-field", description = "Field naming the outlet or issuing office (default: source).")
    String source;

    @Option(names = "--section-field", description = "Field holding the section (default: section).")
    String section;

    @Option(names = "--url-field", description = "Field holding the URL (default: url).")
    String url;

    RecordParser.Fields fields() {
        return fields(RecordParser.Fields.DEFAULT);
    }

    /** The names given on the command line, the others from {@code base} (a study file's, or the defaults). */
    RecordParser.Fields fields(RecordParser.Fields base) {
        return new RecordParser.Fields(or(id, base.id()), or(date, base.date()), or(text, base.text()), or(title, base.title()),
                or(source, base.source()), or(section, base.section()), or(url, base.url()));
    }

    private static String or(String given, String base) {
        return given != null ? given : base;
    }
}
