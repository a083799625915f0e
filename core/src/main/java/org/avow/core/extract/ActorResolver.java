package org.avow.core.extract;

import org.avow.core.actors.ActorDictionary;
import org.avow.core.actors.Mention;
import org.avow.core.model.Actor;
import org.avow.core.model.Institution;
import org.avow.core.model.Role;
import org.avow.core.text.Dependency;
import org.avow.core.text.DependencyGraph;
import org.avow.core.text.Sentence;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the noun phrase headed by a token to an actor: a named person in the role held on the
 * date, an unnamed official whose country comes from the phrase ("a deputy spokesperson for the
 * U.S. State Department", "Japanese officials"), or a government named by a country or metonym.
 */
final class ActorResolver {
    /** Relations that stay inside a noun phrase. */
    private static final Set<String> PHRASE = Set.of("compound", "amod", "nmod", "appos", "flat", "det", "nummod");

    private final ActorDictionary dictionary;
    private final java.util.function.Predicate<org.avow.core.text.Token> nonState;

    private final java.util.function.Predicate<org.avow.core.text.Token> document;

    private final java.util.function.Predicate<org.avow.core.text.Token> stateGroup;

    /**
     * @param nonState heads of phrases that name people or bodies of a country, not its government
     * @param document heads of phrases that name a text whose author speaks ("a G7 statement urged")
     * @param stateGroup nouns for states ("countries", "neighbours"): a state's, in the plural, are other states
     */
    ActorResolver(ActorDictionary dictionary, java.util.function.Predicate<org.avow.core.text.Token> nonState,
                  java.util.function.Predicate<org.avow.core.text.Token> document, java.util.function.Predicate<org.avow.core.text.Token> stateGroup) {
        this.dictionary = dictionary;
        this.nonState = nonState;
        this.document = document;
        this.stateGroup = stateGroup;
    }

    /** Token indexes of the phrase headed by {@code head}. */
    static Set<Integer> phrase(DependencyGraph g, int head) {
        Set<Integer> seen = new LinkedHashSet<>();
        Deque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[]{head, 0});
        while (!todo.isEmpty()) {
            int[] cur = todo.poll();
            if (!seen.add(cur[0]) || cur[1] > 4) continue;
            for (Dependency d : g.children(cur[0])) {
                if (PHRASE.contains(d.base()) && !seen.contains(d.dependent())) todo.add(new int[]{d.dependent(), cur[1] + 1});
            }
        }
        return seen;
    }

    /** The actor the phrase headed by {@code head} names, if any. */
    Optional<Actor> resolve(Sentence s, int head, List<Mention> mentions, LocalDate date) {
        return resolve(s, phrase(s.graph(), head), head, mentions, date, true);
    }

    /**
     * The state a phrase is about, for targets: "Israel's seizure of the crossing was condemned" is
     * aimed at Israel, though a seizure is no actor.
     */
    Optional<Actor> resolveTarget(Sentence s, int head, List<Mention> mentions, LocalDate date) {
        return resolve(s, phrase(s.graph(), head), head, mentions, date, false);
    }

    Optional<Actor> resolve(Sentence s, Set<Integer> phrase, int head, List<Mention> mentions, LocalDate date, boolean speaker) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : mentions) {
            for (int t = m.start(); t < m.end(); t++) {
                if (phrase.contains(t)) {
                    in.add(m);
                    break;
                }
            }
        }
        if (in.isEmpty()) return Optional.empty();
        // "143 nations in the United Nations condemned", "more than 50 countries": a counted group is no one actor
        // (not a name that holds its number: "No. 10")
        if (in.stream().noneMatch(m -> m.contains(head) && m.kind() != Mention.Kind.ROLE)
                && s.graph().children(head, "nummod").stream().anyMatch(d -> s.token(d.dependent()).word().matches("\\d[\\d,]*"))) return Optional.empty();
        // "South Korea's coach", "a Vietnamese textile association": a common noun that names no
        // actor heads the phrase, so the country in it is a modifier, not the speaker
        // (a statement, readout or letter speaks for the state that issued it)
        if (speaker && s.token(head).pos().startsWith("NN") && !s.token(head).pos().startsWith("NNP")
                && in.stream().noneMatch(m -> m.contains(head)) && !document.test(s.token(head))) {
            return Optional.empty();
        }
        // "Keidanren, Japan's largest business lobby": a speaker described as a non-state body
        if (speaker) {
            for (int t : phrase) {
                if (in.stream().noneMatch(m -> m.contains(t)) && s.token(t).isNoun() && nonState.test(s.token(t))) return Optional.empty();
            }
        }
        // "aid to Ukraine, Prime Minister Kishida said", parsed with the speaker in apposition to
        // Ukraine: the head's own name wins over a name elsewhere in the phrase
        for (Mention m : in) {
            if (!m.contains(head) || m.kind() != Mention.Kind.PLACE) continue;
            // ("Pakistan's Foreign Office": an institution's name that is one country's by default is the possessor's)
            for (Dependency d : s.graph().children(head)) {
                if (m.institution() == Institution.GOV || !(d.relation().equals("nmod:poss") || d.base().equals("amod"))) continue;
                for (Mention owner : in) {
                    if (owner != m && owner.kind() == Mention.Kind.PLACE && owner.contains(d.dependent()) && !owner.country().equals(m.country())) {
                        return Optional.of(dictionary.government(owner));
                    }
                }
            }
            return Optional.of(dictionary.government(m));
        }
        for (Mention m : in) {
            if (m.kind() != Mention.Kind.PERSON) continue;
            Optional<Actor> p = dictionary.person(m.personId(), date, m.then());
            // "Boris Johnson, the former British prime minister": out of office and said to be, a private person
            if (p.isPresent() && p.get().tenure() == null && phrase.stream().anyMatch(t -> s.token(t).lowerLemma().equals("former"))) return Optional.empty();
            return p;
        }
        Mention role = null;
        for (Mention m : in) {
            if (m.kind() == Mention.Kind.ROLE && (role == null || m.contains(head))) role = m;
        }
        Mention place = bestPlace(s, in, role);
        if (place == null) return Optional.empty();
        // "Ukraine's neighboring countries", "Russia's neighbours": states a state's name counts as its own are others
        if (role != null && role.contains(head) && s.token(head).pos().equals("NNS") && stateGroup.test(s.token(head))) {
            for (Dependency d : s.graph().children(head, "nmod:poss")) if (place.contains(d.dependent())) return Optional.empty();
        }
        if (role == null || role.role() == Role.GOVERNMENT && place.kind() == Mention.Kind.PLACE && place.institution() != Institution.GOV) {
            return Optional.of(dictionary.government(place));
        }
        Institution inst = role.role() == Role.GOVERNMENT || role.role() == Role.OFFICIAL || role.role() == Role.SPOKESPERSON
                || role.role() == Role.DEPUTY_SPOKESPERSON
                ? (place.institution() == Institution.GOV ? role.institution() : place.institution())
                : role.institution();
        String name = dictionary.countryName(place.country()) + " " + role.text();
        return Optional.of(new Actor(place.country() + "/" + inst + "/" + role.role(), name, place.country(), inst,
                role.role(), false, null));
    }

    /**
     * The place that gives an unnamed actor its country. An ambassador's "to X" names the host, not
     * the sender, so a place reached through "to" counts only when nothing else does.
     */
    private static Mention bestPlace(Sentence s, List<Mention> in, Mention role) {
        Mention fallback = null;
        for (Mention m : in) {
            if (m.kind() != Mention.Kind.PLACE) continue;
            boolean viaTo = false;
            for (Dependency d : s.graph().parents(m.end() - 1)) {
                if (d.relation().equals("nmod:to") || d.relation().equals("nmod:in")) viaTo = true;
            }
            if (!viaTo) return m;
            if (fallback == null) fallback = m;
        }
        return fallback;
    }
}
