package org.avow.core.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence template of the generator parsed once: literal text and {@code {slot}} references,
 * so rendering is a walk over parts, not a search through the string.
 */
record Template(String text, List<Part> parts) {
    /** Literal text, or a slot's name when {@code slot} is true. */
    record Part(String value, boolean slot) {
    }

    static Template parse(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new Part(text.substring(i), false));
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) throw new IllegalArgumentException("unclosed { in template: " + text);
            if (text.indexOf('{', open + 1) >= 0 && text.indexOf('{', open + 1) < close) {
                throw new IllegalArgumentException("nested { in template: " + text);
            }
            if (open > i) parts.add(new Part(text.substring(i, open), false));
            String name = text.substring(open + 1, close);
            if (name.isBlank()) throw new IllegalArgumentException("empty slot in template: " + text);
            parts.add(new Part(name, true));
            i = close + 1;
        }
        for (Part p : parts) {
            if (!p.slot() && p.value().indexOf('}') >= 0) throw new IllegalArgumentException("} without { in template: " + text);
        }
        return new Template(text, List.copyOf(parts));
    }

    /** The slot names this template refers to. */
    List<String> slots() {
        return parts.stream().filter(Part::slot).map(Part::value).toList();
    }

    /** True when the template names the addressee (T), so the act it states has a target. */
    boolean namesTarget() {
        return slots().stream().anyMatch(s -> s.equals("T") || s.startsWith("T."));
    }
}
