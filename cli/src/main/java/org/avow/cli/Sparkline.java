package org.avow.cli;

import java.util.List;

/** A one-line chart of a series in block characters; a missing value is a dot. */
final class Sparkline {
    private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

    private Sparkline() {
    }

    /** Values from 0 to {@code top} map to the eight block heights; larger values are full blocks. */
    static String of(List<Double> values, double top) {
        StringBuilder b = new StringBuilder();
        for (Double v : values) {
            if (v == null) {
                b.append('·');
                continue;
            }
            int i = (int) Math.floor(Math.max(0, Math.min(v, top)) / top * (BLOCKS.length - 1) + 0.5);
            b.append(BLOCKS[i]);
        }
        return b.toString();
    }
}
