package org.avow.core.actors;

import org.avow.core.model.Institution;
import org.avow.core.model.Role;

/**
 * A span of tokens [start, end) that names an actor: a person (alias of a known office holder),
 * a place (country, adjective, capital or institution metonym) or a role noun ("spokesperson").
 * Role nouns carry no country; the resolver finds it in the noun phrase.
 *
 * @param then true when the text dates the role back ("then-Ambassador")
 */
public record Mention(int start, int end, Kind kind, String country, Institution institution,
                      Role role, String personId, String text, boolean then) {
    public enum Kind { PERSON, PLACE, ROLE }

    public boolean contains(int token) { return token >= start && token < end; }
}
