package org.avow.core.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * A web page's readable text (jsoup): scripts, styles, navigation, headers, footers, asides,
 * forms and share widgets go; every block element becomes a paragraph, so the text normaliser and
 * sentence splitter see the page's own paragraphs. Pure.
 */
public final class HtmlText {
    /** The page's title (null if none), its publication date if it declares one (null if not), and its text. */
    public record Page(String title, String published, String text) {
    }

    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
            + "button, select, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + "[class~=(?i)(^|[-_ ])(share|social|breadcrumbs?|cookie|newsletter|related|menu|subscribe)([-_ ]|$)]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "hr", "figure",
            "figcaption", "address");

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\u00A0]+");

    private HtmlText() {
    }

    /** Whether a text field holds HTML markup rather than plain text or Markdown. */
    public static boolean looksLikeHtml(String s) {
        return MARKUP.matcher(s).find();
    }

    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "(?i)<(?:html|body|p|div|br|span|article|h[1-6]|li|a\\s+href)\\b[^>]{0,400}>");

    public static Page of(String html) {
        Document doc = Jsoup.parse(html);
        String title = doc.title().isBlank() ? null : doc.title().strip();
        String published = null;
        for (String q : new String[]{"meta[property=article:published_time]", "meta[name=date]", "meta[itemprop=datePublished]"}) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                published = m.attr("content").strip();
                break;
            }
        }
        if (published == null) {
            Element t = doc.selectFirst("time[datetime]");
            if (t != null) published = t.attr("datetime").strip();
        }
        doc.select(BOILERPLATE).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(SPACE.matcher(t.getWholeText()).replaceAll(" "));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append("\n\n");
            }
        }, doc.body());
        String text = out.toString().replaceAll("[ \t]*\n[ \t]*", "\n").replaceAll("\n{3,}", "\n\n").replaceAll(" {2,}", " ");
        return new Page(title, published, text.strip());
    }
}
