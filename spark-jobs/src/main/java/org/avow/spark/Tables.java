package org.avow.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/** The output tables' names and explicit schemas: a stable interchange format (see README). */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String EVENTS = "events";
    /** Events the confidence model held back (under its threshold): the same columns as {@code events}. */
    public static final String HELD_EVENTS = "held_events";
    public static final String MENTIONS = "mentions";
    public static final String FAILURES = "extraction_failures";
    public static final String DYAD_WINDOWS = "dyad_windows";
    public static final String LATENCY = "latency";
    public static final String LATENCY_SUMMARY = "latency_summary";
    public static final String STANCES = "stances";
    public static final String COMMITMENTS = "commitments";

    /** Every table a complete run writes, in the order the manifest and the export list them. */
    public static final java.util.List<String> ALL = java.util.List.of(ARTICLES, REJECTS, EVENTS, HELD_EVENTS, MENTIONS, FAILURES,
            DYAD_WINDOWS, LATENCY, LATENCY_SUMMARY, STANCES, COMMITMENTS);

    public static final StructType ARTICLES_SCHEMA = schema(
            f("id", StringType, false, "record id from the input"), f("date", DateType, false, "article date (UTC)"),
            f("date_original", StringType, true, "the date as the input wrote it"), f("year", IntegerType, false, "year of the article date (partition)"),
            f("title", StringType, true, "title"), f("source", StringType, true, "issuer or outlet"), f("section", StringType, true, "section"),
            f("url", StringType, true, "URL"), f("text", StringType, false, "normalised text; event offsets refer to it"), f("text_sha256", StringType, false, "SHA-256 of the stripped text"),
            f("source_file", StringType, false, "input file of the first copy"),
            f("line", LongType, false, "position of the first copy in its file: line (JSON Lines, CSV), byte offset (WARC), row (Parquet), 0 (a text file)"),
            f("copies", IntegerType, false, "exact copies of this text in the input"),
            f("cluster_id", StringType, false, "id of the representative of its near-duplicate cluster"),
            f("cluster_size", IntegerType, false, "input records in its near-duplicate cluster, exact copies included (counted once, kept as attention)"),
            f("representative", BooleanType, false, "whether it is the one article of its cluster that is extracted"),
            f("speaker_turns", DataTypes.createArrayType(schema(f("speaker", StringType, false, "speaker label: MS. LEAVITT, Q, ..."),
                    f("char_begin", IntegerType, false, "start of the turn in text"), f("char_end", IntegerType, false, "end of the turn in text")),
                    false), false, "transcript speaker turns"));

    public static final StructType REJECTS_SCHEMA = schema(
            f("source_file", StringType, false, "input file"), f("line", LongType, false, "position in the file: line (JSON Lines, CSV), byte offset (WARC), row (Parquet), 0 (a text file)"),
            f("reason", StringType, false, "a RejectReason: MALFORMED_JSON, MALFORMED_CSV, MALFORMED_FRONT_MATTER, MALFORMED_WARC, MALFORMED_PARQUET, UNSUPPORTED_CONTENT, BAD_ENCODING, MISSING_ID, MISSING_TEXT, EMPTY, BAD_DATE, TOO_LARGE, DUPLICATE_ID, UNREADABLE or UNPARSEABLE"),
            f("detail", StringType, true, "what was wrong"), f("raw", StringType, true, "the first 4 KB of the line"));

    public static final StructType EVENTS_SCHEMA = schema(
            f("event_id", StringType, false, "stable id of the event"), f("article_id", StringType, false, "article it was read from"),
            f("sentence_index", IntegerType, false, "0-based sentence index in the article"), f("char_begin", IntegerType, false, "start of the act cue in articles.text"), f("char_end", IntegerType, false, "end of the act cue in articles.text"),
            f("evidence", StringType, false, "the sentence"),
            f("source_actor_id", StringType, false, "speaker id in datasets/actors"), f("source_name", StringType, true, "speaker name"),
            f("source_country", StringType, false, "speaker state, ISO 3166-1 alpha-3 (Taiwan TWN)"), f("source_institution", StringType, false, "speaker institution (GOV, MFA, MOD, HOS, ...)"),
            f("source_role", StringType, false, "speaker role (PRESIDENT, SPOKESPERSON, ...)"),
            f("target_actor_id", StringType, true, "addressee id"), f("target_name", StringType, true, "addressee name"),
            f("target_country", StringType, true, "addressee state (null for a decline without addressee)"), f("target_institution", StringType, true, "addressee institution"),
            f("target_role", StringType, true, "addressee role"),
            f("act", StringType, false, "REQUEST, AFFIRM, PLEDGE, REBUKE, DISAPPOINT or DECLINE"), f("cameo", StringType, false, "CAMEO event code"), f("goldstein", DoubleType, false, "Goldstein score of the CAMEO code"),
            f("plover", StringType, true, "PLOVER event type (null for DECLINE)"), f("channel", StringType, false, "JOINT_STATEMENT, STATEMENT, PRESS_CONFERENCE, SPEECH, INTERVIEW, PARLIAMENT, READOUT, SOCIAL_MEDIA, PRIVATE or UNKNOWN"), f("evidentiality", StringType, false, "DIRECT_QUOTE, ATTRIBUTED, ANONYMOUS_SOURCES or MEDIA_REPORT"),
            f("modality", DoubleType, false, "commitment strength 0..1 (will > should > may)"), f("polarity", IntegerType, false, "+1 cooperative, -1 conflictual, 0 neither"), f("weight", DoubleType, false, "role x channel x modality x evidentiality from the weight table"),
            f("confidence", DoubleType, false, "how likely the event is right, 0..1, from the confidence model (datasets/confidence); events under its threshold are in held_events"),
            f("article_date", DateType, false, "article date"), f("event_date", DateType, false, "date of the act (temporal expressions resolved against the article date)"), f("year", IntegerType, false, "year of the event date (partition)"),
            f("cluster_size", IntegerType, false, "copies of the article in the input"), f("rule", StringType, false, "the rule and dependency path that fired"), f("extractor_version", StringType, false, "extractor version"));

    public static final StructType MENTIONS_SCHEMA = schema(
            f("article_id", StringType, false, "article"), f("date", DateType, false, "article date"), f("country", StringType, false, "a state the article names"),
            f("cluster_size", IntegerType, false, "copies of the article"));

    public static final StructType FAILURES_SCHEMA = schema(
            f("article_id", StringType, false, "article"), f("reason", StringType, false, "exception class or BudgetExceeded"), f("detail", StringType, true, "message"));

    public static final StructType DYAD_WINDOWS_SCHEMA = schema(
            f("patron", StringType, false, "patron state, ISO alpha-3"), f("ally", StringType, false, "ally state, ISO alpha-3"),
            f("window_size", StringType, false, "week, month or quarter"),
            f("window", StringType, false, "window label: 2025-W47, 2025-11 or 2025-Q4"),
            f("window_start", DateType, false, "first day of the window"),
            f("requests", LongType, false, "requests ally -> patron"), f("request_weight", DoubleType, false, "their summed weight"),
            f("pledges", LongType, false, "pledges ally -> patron"), f("pledge_weight", DoubleType, false, "their summed weight"),
            f("affirmations", LongType, false, "affirmations patron -> ally"),
            f("affirmation_weight", DoubleType, false, "their summed weight"),
            f("disappointments", LongType, false, "disappointment ally -> patron"),
            f("disappointment_weight", DoubleType, false, "their summed weight"),
            f("declines", LongType, false, "declines to comment by the patron, addressed to or about the ally"),
            f("decline_weight", DoubleType, false, "their summed weight"),
            f("rival_rebukes", LongType, false, "rebukes of the ally by a rival"),
            f("rival_rebuke_weight", DoubleType, false, "their summed weight"),
            f("affirmation_ratio", DoubleType, true, "affirmation_weight / (request_weight + pledge_weight); null when both are 0"),
            f("ratio_ci_low", DoubleType, true, "lower bound of the bootstrap percentile interval of the ratio (articles resampled)"),
            f("ratio_ci_high", DoubleType, true, "upper bound of that interval"),
            f("gap", DoubleType, false, "request_weight + pledge_weight - affirmation_weight"),
            f("gap_ci_low", DoubleType, true, "lower bound of the bootstrap percentile interval of the gap"),
            f("gap_ci_high", DoubleType, true, "upper bound of that interval"),
            f("cumulative_gap", DoubleType, false, "running sum of gap over the ally's windows in time order"),
            f("articles", LongType, false, "articles (by article date) naming both states"),
            f("attention", LongType, false, "the same articles counted with their copies (cluster_size)"));

    public static final StructType LATENCY_SCHEMA = schema(
            f("patron", StringType, false, "patron state"), f("ally", StringType, false, "ally state"),
            f("request_event_id", StringType, false, "the request ally -> patron (events.event_id)"),
            f("article_id", StringType, false, "article of the request"), f("request_date", DateType, false, "event date of the request"),
            f("year", IntegerType, false, "year of the request"), f("source_name", StringType, true, "who asked"),
            f("source_role", StringType, false, "their role"), f("request_weight", DoubleType, false, "weight of the request"),
            f("evidence", StringType, false, "the request's sentence"),
            f("answered", BooleanType, false, "a qualifying affirmation came within the horizon"),
            f("latency_days", IntegerType, true, "days from the request to the first qualifying affirmation; null when censored"),
            f("observed_days", IntegerType, false, "latency_days when answered; otherwise days observed unanswered (horizon or corpus end)"),
            f("affirmation_date", DateType, true, "date of the answering affirmation"),
            f("affirmation_event_id", StringType, true, "the answering affirmation (strongest of its day)"),
            f("affirmation_weight", DoubleType, true, "its weight"),
            f("horizon_days", IntegerType, false, "horizon of the study"),
            f("threshold", DoubleType, false, "minimum weight of a qualifying affirmation"));

    public static final StructType LATENCY_SUMMARY_SCHEMA = schema(
            f("patron", StringType, false, "patron state"), f("ally", StringType, false, "ally state"),
            f("year", IntegerType, false, "year of the requests"), f("requests", IntegerType, false, "requests that year"),
            f("answered", IntegerType, false, "answered within the horizon"), f("censored", IntegerType, false, "not answered (censored)"),
            f("median_days", DoubleType, true, "Kaplan-Meier median latency in days; null when fewer than half are ever answered"),
            f("answered_within_7", DoubleType, false, "Kaplan-Meier share answered within 7 days, 1 - S(7)"),
            f("answered_within_30", DoubleType, false, "Kaplan-Meier share answered within 30 days, 1 - S(30)"),
            f("horizon_days", IntegerType, false, "horizon of the study"));

    public static final StructType STANCES_SCHEMA = schema(
            f("holder", StringType, false, "state holding the stance"), f("target", StringType, false, "state it is held toward"),
            f("window", StringType, false, "window label"), f("window_start", DateType, false, "first day of the window"),
            f("events", LongType, false, "events holder -> target"),
            f("support", LongType, false, "cooperative acts (polarity +1: REQUEST, AFFIRM, PLEDGE)"),
            f("support_weight", DoubleType, false, "their summed weight"),
            f("opposition", LongType, false, "conflictual acts (polarity -1: REBUKE, DISAPPOINT)"),
            f("opposition_weight", DoubleType, false, "their summed weight"),
            f("net_polarity", DoubleType, true, "(support_weight - opposition_weight) / (support_weight + opposition_weight); null when both are 0"));

    public static final StructType COMMITMENTS_SCHEMA = schema(
            f("actor", StringType, false, "committed state"), f("beneficiary", StringType, false, "state the commitment is to"),
            f("topic", StringType, false, "what was committed (datasets/lexicons/commitments.tsv; OTHER for a pledge naming no topic)"),
            f("times_voiced", LongType, false, "pledges and affirmations voicing it"),
            f("reaffirmations", LongType, false, "times_voiced - 1"),
            f("pledges", LongType, false, "of which pledges"), f("affirmations", LongType, false, "of which affirmations"),
            f("strength", DoubleType, false, "strongest modality it was voiced with (0..1)"),
            f("max_weight", DoubleType, false, "weight of its weightiest voicing"),
            f("first_voiced", DateType, false, "event date of the first voicing"), f("last_voiced", DateType, false, "of the last"),
            f("first_event_id", StringType, false, "the first voicing"), f("first_evidence", StringType, false, "its sentence"));

    /** The schema of each table by name. */
    public static StructType schemaOf(String table) {
        return switch (table) {
            case ARTICLES -> ARTICLES_SCHEMA;
            case REJECTS -> REJECTS_SCHEMA;
            case EVENTS, HELD_EVENTS -> EVENTS_SCHEMA;
            case MENTIONS -> MENTIONS_SCHEMA;
            case FAILURES -> FAILURES_SCHEMA;
            case DYAD_WINDOWS -> DYAD_WINDOWS_SCHEMA;
            case LATENCY -> LATENCY_SCHEMA;
            case LATENCY_SUMMARY -> LATENCY_SUMMARY_SCHEMA;
            case STANCES -> STANCES_SCHEMA;
            case COMMITMENTS -> COMMITMENTS_SCHEMA;
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    private Tables() {
    }

    /** A column with its meaning, which the export's codebook prints. */
    private static StructField f(String name, org.apache.spark.sql.types.DataType t, boolean nullable, String meaning) {
        return new StructField(name, t, nullable, Metadata.empty()).withComment(meaning);
    }

    private static StructType schema(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
