package org.avow.core.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Connected components of an undirected graph given edge by edge (union-find with path halving
 * and union by size). Each node's component is named by its smallest member.
 */
public final class Components {
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, Integer> size = new HashMap<>();

    public void connect(String a, String b) {
        String ra = root(a), rb = root(b);
        if (ra.equals(rb)) return;
        if (size.get(ra) < size.get(rb)) {
            String t = ra;
            ra = rb;
            rb = t;
        }
        parent.put(rb, ra);
        size.put(ra, size.get(ra) + size.get(rb));
    }

    private String root(String x) {
        if (!parent.containsKey(x)) {
            parent.put(x, x);
            size.put(x, 1);
            return x;
        }
        while (true) {
            String p = parent.get(x);
            if (p.equals(x)) return x;
            String gp = parent.get(p);
            parent.put(x, gp);
            x = gp;
        }
    }

    /** Every node seen, with the smallest node of its component. */
    public Map<String, String> byNode() {
        Map<String, String> smallest = new HashMap<>();
        for (String n : parent.keySet()) smallest.merge(root(n), n, (x, y) -> x.compareTo(y) <= 0 ? x : y);
        Map<String, String> out = new HashMap<>();
        for (String n : parent.keySet()) out.put(n, smallest.get(root(n)));
        return out;
    }
}
