package org.avow.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable dependency graph over a sentence's tokens, indexed both ways. */
public final class DependencyGraph {
    private final List<Dependency> edges;
    private final List<List<Dependency>> out;
    private final List<List<Dependency>> in;

    public DependencyGraph(int size, List<Dependency> edges) {
        this.edges = List.copyOf(edges);
        List<List<Dependency>> o = new ArrayList<>(size);
        List<List<Dependency>> n = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            o.add(new ArrayList<>());
            n.add(new ArrayList<>());
        }
        for (Dependency d : edges) {
            if (d.governor() >= 0) o.get(d.governor()).add(d);
            n.get(d.dependent()).add(d);
        }
        this.out = o.stream().map(Collections::unmodifiableList).toList();
        this.in = n.stream().map(Collections::unmodifiableList).toList();
    }

    public List<Dependency> edges() { return edges; }

    /** Edges leaving token i (i is the governor). */
    public List<Dependency> children(int i) { return out.get(i); }

    /** Edges entering token i (several in enhanced graphs). */
    public List<Dependency> parents(int i) { return in.get(i); }

    /** Children of i whose relation equals rel or starts with "rel:". */
    public List<Dependency> children(int i, String rel) {
        List<Dependency> r = new ArrayList<>();
        for (Dependency d : out.get(i)) {
            if (d.relation().equals(rel) || d.relation().startsWith(rel + ":")) r.add(d);
        }
        return r;
    }

    public boolean hasChild(int i, String rel) { return !children(i, rel).isEmpty(); }

    /**
     * The edge from token i's head, other than a conjunct's (the last such in the enhanced graph), or null at the root;
     * not the edge by which a relative clause's verb takes back the noun it modifies ("the missiles that had fallen":
     * the enhanced graph makes "fallen" a governor of "missiles" too).
     */
    public Dependency headEdge(int i) {
        Dependency up = null;
        for (Dependency d : parents(i)) {
            if (d.governor() >= 0 && !d.base().equals("conj") && between(i, d.governor()).stream().noneMatch(r -> r.relation().equals("acl:relcl"))) up = d;
        }
        return up;
    }

    /** The edges from governor to dependent (several in enhanced graphs; none if they are not linked). */
    public List<Dependency> between(int governor, int dependent) {
        List<Dependency> r = new ArrayList<>();
        for (Dependency d : out.get(governor)) if (d.dependent() == dependent) r.add(d);
        return r;
    }

    public int size() { return out.size(); }

    /** This graph with the edges {@code drop} taken out and {@code add} put in: a repair that moves a few edges. */
    public DependencyGraph rewired(java.util.Collection<Dependency> drop, List<Dependency> add) {
        List<Dependency> kept = new ArrayList<>();
        for (Dependency d : edges) if (!drop.contains(d)) kept.add(d);
        kept.addAll(add);
        return new DependencyGraph(size(), kept);
    }
}
