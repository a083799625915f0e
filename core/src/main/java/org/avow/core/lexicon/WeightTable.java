package org.avow.core.lexicon;

import org.avow.core.data.Tsv;
import org.avow.core.model.Channel;
import org.avow.core.model.Evidentiality;
import org.avow.core.model.Role;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The versioned weight table of {@code datasets/weights/}: weight = rank(source role) x channel x
 * modality x evidentiality. Every role, channel and evidentiality must have a value.
 */
public final class WeightTable {
    public static final String RESOURCE = "datasets/weights/weights-v1.tsv";
    public static final String VERSION = "weights-v1";

    private final Map<Role, Double> role = new EnumMap<>(Role.class);
    private final Map<Channel, Double> channel = new EnumMap<>(Channel.class);
    private final Map<Evidentiality, Double> evidentiality = new EnumMap<>(Evidentiality.class);

    public static WeightTable load(Path override) {
        WeightTable w = new WeightTable();
        for (Tsv.Row r : Tsv.read(RESOURCE, override, "factor", "key", "value")) {
            double v;
            try {
                v = Double.parseDouble(r.get("value"));
                switch (r.get("factor")) {
                    case "role" -> w.role.put(Role.valueOf(r.get("key")), v);
                    case "channel" -> w.channel.put(Channel.valueOf(r.get("key")), v);
                    case "evidentiality" -> w.evidentiality.put(Evidentiality.valueOf(r.get("key")), v);
                    default -> throw r.error("unknown factor " + r.get("factor"));
                }
            } catch (IllegalArgumentException e) {
                throw r.error("bad row: " + e.getMessage());
            }
            if (v < 0) throw r.error("negative weight");
        }
        for (Role x : Role.values()) if (!w.role.containsKey(x)) throw new IllegalStateException("weight table has no role " + x);
        for (Channel x : Channel.values()) if (!w.channel.containsKey(x)) throw new IllegalStateException("weight table has no channel " + x);
        for (Evidentiality x : Evidentiality.values()) if (!w.evidentiality.containsKey(x)) throw new IllegalStateException("weight table has no evidentiality " + x);
        return w;
    }

    public double weight(Role r, Channel c, double modality, Evidentiality e) {
        return role.get(r) * channel.get(c) * modality * evidentiality.get(e);
    }
}
