package org.avow.core.ingest;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * YAML front matter ("---" lines around a mapping at the top of a text or Markdown file) as plain
 * strings, loaded safely: standard types only (no class tags), no timestamp conversion (a date
 * stays as written, for the record parser), bounded aliases, depth and size.
 */
final class FrontMatter {
    /** The front matter's fields and the body after it; fields are empty when there is none. */
    record Split(Map<String, String> fields, String body) {
    }

    /** Thrown for front matter that is not closed, not YAML, or not a mapping. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final Pattern OPEN = Pattern.compile("\\A---[ \\t]*\\r?\\n");
    private static final Pattern CLOSE = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)");

    private FrontMatter() {
    }

    static Split split(String text) throws Malformed {
        var open = OPEN.matcher(text);
        if (!open.find()) return new Split(Map.of(), text);
        var close = CLOSE.matcher(text);
        if (!close.find(open.end())) throw new Malformed("front matter opened by --- is never closed");
        Object loaded;
        try {
            loaded = yaml().load(text.substring(open.end(), close.start()));
        } catch (RuntimeException e) {
            throw new Malformed("YAML: " + firstLine(e.getMessage()));
        }
        if (loaded == null) return new Split(Map.of(), text.substring(close.end()));
        if (!(loaded instanceof Map<?, ?> m)) throw new Malformed("front matter is not a mapping");
        Map<String, String> fields = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (k != null && v != null) fields.put(String.valueOf(k), plain(v));
        });
        return new Split(fields, text.substring(close.end()));
    }

    private static String plain(Object v) {
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return String.valueOf(v);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A new loader each time: SnakeYAML's Yaml is not thread-safe. */
    private static Yaml yaml() {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(10);
        o.setNestingDepthLimit(20);
        o.setCodePointLimit(1 << 20);
        DumperOptions d = new DumperOptions();
        return new Yaml(new SafeConstructor(o), new Representer(d), d, o, new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
                if (!Tag.TIMESTAMP.equals(tag)) super.addImplicitResolver(tag, regexp, first, limit);
            }
        });
    }
}
