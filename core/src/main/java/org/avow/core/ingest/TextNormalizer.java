package org.avow.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page text as published (Markdown, hard line wraps, bullets, navigation debris) into plain
 * paragraphs for sentence splitting: HTML is reduced to its text ({@link HtmlText}), links keep
 * their text, escapes and emphasis go, lines of page furniture (share buttons, navigation,
 * breadcrumbs, "###") are dropped, wrapped lines join ({@link LineWraps}), and each bullet, heading and transcript speaker turn ("MS. LEAVITT:", "Q") starts a
 * paragraph of its own. Pure; offsets of events refer to the normalised text.
 */
public final class TextNormalizer {
    // possessive quantifiers: a backtracking alternation overflows the stack on long pages
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\n]*+]\\([^)\n]*+\\)");
    private static final Pattern LINK = Pattern.compile("\\[((?:[^\\[\\]]++|\\[[^\\]]*+])*+)]\\((?:[^()\\s]++|\n|\\([^)\\s]*+\\))*+\\)");
    /** What LINK cannot pair (unbalanced parentheses in a URL): drop the target, keep the text. */
    private static final Pattern LINK_TAIL = Pattern.compile("]\\((?:https?:|mailto:|//)[^\\s]*+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(\\S(?:[^\n]{0,400}?\\S)?)\\1|(?<![\\w*])\\*(\\S(?:[^\n*]{0,400}?\\S)?)\\*(?![\\w*])");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern RULE_LINE = Pattern.compile("^\\s*(?:#{1,6}|[-*_=]{3,}|(?:\\*\\s*){3,})\\s*$");
    /** Page furniture on a line of its own: share buttons, navigation, calls to subscribe. */
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\s*(?:share(?: this(?: article| page)?| on \\w+)?|tweet|print(?: this page)?"
            + "|e-?mail(?: this)?|copy link|skip to (?:main )?content|menu|search|home|advertisement|related(?: articles| stories| posts)?"
            + "|read more|back to top|facebook|twitter|x|linkedin|whatsapp|instagram|youtube|follow us(?: on [\\w ,&]{1,40})?"
            + "|sign up for [\\w ,']{1,50}|subscribe(?: to [\\w ,']{1,40})?)\\s*[:.]?\\s*$");
    /** A breadcrumb trail: "Home / Briefing Room / Statements", "News > World > Asia". */
    private static final Pattern BREADCRUMB = Pattern.compile("^\\s*(?:[^.!?\\n]{1,40}?\\s[|/>\u00BB\u203A]\\s){2,}[^.!?\\n]{1,60}$");
    /** "MS. LEAVITT:", "THE PRESIDENT:", "Q:", or a bare "Q" opening a question. */
    private static final Pattern SPEAKER = Pattern.compile("^\\s*(?:(?:[A-Z][A-Z.'\\-]*\\s){0,4}[A-Z][A-Z.'\\-]+:|Q[:.]?\\s)");

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        if (HtmlText.looksLikeHtml(raw)) raw = HtmlText.of(raw).text();
        String t = raw.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = LINK_TAIL.matcher(t).replaceAll("]");
        // page converters write a non-breaking space between words as an escaped underscore
        t = t.replaceAll("(?<=\\p{L})\\\\_(?=\\p{L})", " ");
        t = ESCAPE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String[] lines = t.split("\n", -1);
        int width = LineWraps.width(lines);
        String previous = null;
        for (String line : lines) {
            if (line.isBlank() || RULE_LINE.matcher(line).matches() || BOILERPLATE.matcher(line).matches()
                    || BREADCRUMB.matcher(line).matches()) {
                flush(current, paragraphs);
                previous = null;
                continue;
            }
            // a line the next word would still have fitted on ended there: a headline, a dateline, a turn of its own
            boolean broken = previous != null && LineWraps.breaks(previous, line, width);
            previous = line;
            boolean starts = broken || BULLET.matcher(line).find() || HEADING.matcher(line).find() || SPEAKER.matcher(line).find();
            if (starts) flush(current, paragraphs);
            String clean = HEADING.matcher(BULLET.matcher(line).replaceFirst("")).replaceFirst("").strip();
            if (current.length() > 0) current.append(' ');
            current.append(clean);
            if (HEADING.matcher(line).find()) flush(current, paragraphs);
        }
        flush(current, paragraphs);
        String joined = String.join("\n\n", paragraphs);
        joined = EMPHASIS.matcher(joined).replaceAll(m -> Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group(3)));
        return joined.replaceAll("[ \t]{2,}", " ");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String p = current.toString().strip();
        if (!p.isEmpty()) paragraphs.add(p);
        current.setLength(0);
    }
}
