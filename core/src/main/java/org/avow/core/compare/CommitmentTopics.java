package org.avow.core.compare;

import org.avow.core.data.Tsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a commitment is about, from {@code datasets/lexicons/commitments.tsv}: the commitments table's "what". */
public final class CommitmentTopics implements java.io.Serializable {
    public static final String RESOURCE = "datasets/lexicons/commitments.tsv";
    /** A pledge whose evidence names no topic of the lexicon. */
    public static final String OTHER = "OTHER";

    private record Topic(String topic, Pattern cue, boolean standing) implements java.io.Serializable {
    }

    private final List<Topic> topics;

    private CommitmentTopics(List<Topic> topics) {
        this.topics = List.copyOf(topics);
    }

    public static CommitmentTopics load(Path override) {
        List<Topic> topics = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "topic", "cue", "standing")) {
            String standing = r.get("standing");
            if (!standing.equals("yes") && !standing.equals("no")) throw r.error("standing must be yes or no: " + standing);
            topics.add(new Topic(r.get("topic"), Pattern.compile("\\b" + Pattern.quote(r.get("cue").toLowerCase(Locale.ROOT))),
                    standing.equals("yes")));
        }
        return new CommitmentTopics(topics);
    }

    /**
     * The topic of a PLEDGE (OTHER when no cue matches) or of an AFFIRM that names a standing
     * commitment; null for an affirmation that commits to nothing and for every other act.
     */
    public String topic(String act, String evidence) {
        if (!act.equals("PLEDGE") && !act.equals("AFFIRM")) return null;
        String text = evidence.toLowerCase(Locale.ROOT);
        for (Topic t : topics) {
            if (t.cue().matcher(text).find()) {
                if (act.equals("PLEDGE") || t.standing()) return t.topic();
                return null;
            }
        }
        return act.equals("PLEDGE") ? OTHER : null;
    }
}
