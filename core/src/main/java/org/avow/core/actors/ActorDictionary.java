package org.avow.core.actors;

import org.avow.core.data.Tsv;
import org.avow.core.model.Actor;
import org.avow.core.model.Institution;
import org.avow.core.model.Role;
import org.avow.core.model.Tenure;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Actors avow knows by name, loaded from {@code datasets/actors/}: places (countries, adjectives,
 * capitals, institution metonyms), people with their time-bounded tenures, and role nouns for
 * unnamed officials. Immutable once loaded; every row is validated on load.
 */
public final class ActorDictionary {
    public static final String PLACES = "datasets/actors/places.tsv";
    public static final String PEOPLE = "datasets/actors/people.tsv";
    public static final String ROLE_NOUNS = "datasets/actors/role_nouns.tsv";
    public static final String NAMING = "datasets/actors/naming.tsv";
    public static final String GROUPS = "datasets/actors/groups.tsv";
    public static final String ORGANISATIONS = "datasets/actors/organisations.tsv";
    public static final String TITLES = "datasets/actors/titles.tsv";

    /** A capitalized word that may be a given name ("Jill", "Jean-Noël"). */
    private static final Pattern GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+(-\\p{L}\\p{Ll}*)?");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014]");

    /** The places.tsv kind of a name that masks the state names inside it and yields no actor. */
    static final String NOT_A_STATE = "NOT_A_STATE";

    record Place(String alias, String country, Institution institution, Role role, String kind) {
    }

    record Person(String id, String name, List<String> aliases, List<Tenure> tenures) {
    }

    record RoleNoun(List<String> lemmas, Role role, Institution institution) {
    }

    /** A surface form and what it names; entries with the same first word are tried longest first. */
    private record Alias(String text, Place place, Person person) {
    }

    private final Map<String, List<Alias>> aliasesByFirstWord;
    private final Map<String, Place> singleWordPlaces;
    private final Map<String, Person> people;
    /** Family names of one person only (word to person id), for "Secretary Austin" without a first name. */
    private final Map<String, String> soleFamilyNames;
    /** Words of role nouns that are no mere titles ("secretary", "minister", not "senator"). */
    private final java.util.Set<String> officeWords;
    private final Map<String, List<RoleNoun>> roleNounsByFirstLemma;
    private final Map<String, String> countryNames;
    private final java.util.Set<String> familyNameFirst;
    private final Map<String, List<Tenure>> groupMembers;
    private final Map<String, List<Tenure>> organisationMembers;
    /** Lower-case words that may stand before a family name: titles.tsv and the words of role nouns. */
    private final java.util.Set<String> titles;
    /** Lower-case mere courtesy titles ("mr", "ms"), without their period. */
    private final java.util.Set<String> honorifics;

    private ActorDictionary(List<Place> places, List<Person> persons, List<RoleNoun> roleNouns, java.util.Set<String> familyNameFirst,
                            Map<String, List<Tenure>> groupMembers, Map<String, List<Tenure>> organisationMembers,
                            java.util.Set<String> titles, java.util.Set<String> honorifics) {
        this.honorifics = java.util.Set.copyOf(honorifics);
        this.familyNameFirst = java.util.Set.copyOf(familyNameFirst);
        java.util.Set<String> t = new java.util.HashSet<>(titles);
        for (RoleNoun r : roleNouns) t.addAll(r.lemmas());
        this.titles = java.util.Set.copyOf(t);
        this.groupMembers = Map.copyOf(groupMembers);
        this.organisationMembers = Map.copyOf(organisationMembers);
        Map<String, List<Alias>> byFirst = new HashMap<>();
        Map<String, Place> single = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Place p : places) {
            byFirst.computeIfAbsent(firstWord(p.alias()), k -> new ArrayList<>()).add(new Alias(p.alias(), p, null));
            if (!p.alias().contains(" ")) single.put(p.alias(), p);
            if (p.kind().equals("COUNTRY") || p.kind().equals("IO")) names.putIfAbsent(p.country(), p.alias());
        }
        Map<String, Person> ppl = new LinkedHashMap<>();
        for (Person p : persons) {
            ppl.put(p.id(), p);
            for (String a : p.aliases()) {
                byFirst.computeIfAbsent(firstWord(a), k -> new ArrayList<>()).add(new Alias(a, null, p));
            }
        }
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed()));
        Map<String, List<RoleNoun>> rn = new HashMap<>();
        for (RoleNoun r : roleNouns) rn.computeIfAbsent(r.lemmas().get(0), k -> new ArrayList<>()).add(r);
        rn.values().forEach(l -> l.sort(Comparator.comparingInt((RoleNoun r) -> r.lemmas().size()).reversed()));
        this.aliasesByFirstWord = Map.copyOf(byFirst);
        this.singleWordPlaces = Map.copyOf(single);
        this.people = Map.copyOf(ppl);
        this.roleNounsByFirstLemma = Map.copyOf(rn);
        // family names only one person in the dictionary has, and the words of offices that may stand before them
        Map<String, String> sole = new HashMap<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        for (String id : ppl.keySet()) {
            String family = familyName(id);
            if (family == null || family.length() < 3 || shared.contains(family)) continue;
            if (sole.putIfAbsent(family, id) != null) {
                sole.remove(family);
                shared.add(family);
            }
        }
        this.soleFamilyNames = Map.copyOf(sole);
        java.util.Set<String> office = new java.util.HashSet<>();
        for (RoleNoun r : roleNouns) office.addAll(r.lemmas());
        office.removeAll(titles);
        this.officeWords = java.util.Set.copyOf(office);
        this.countryNames = Map.copyOf(names);
    }

    /** The dictionary shipped in {@code datasets/actors/}. */
    public static ActorDictionary load() {
        return load(null);
    }

    /** Loads from a folder holding places.tsv, people.tsv and role_nouns.tsv, or the shipped one when null. */
    public static ActorDictionary load(Path folder) {
        List<Place> places = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(PLACES, file(folder, "places.tsv"), "alias", "country", "institution", "role", "kind")) {
            places.add(new Place(r.get("alias"), country(r, r.get("country")), r.enumOf(Institution.class, r.get("institution")),
                    r.enumOf(Role.class, r.get("role")), r.get("kind")));
        }
        Map<String, List<Tsv.Row>> rowsById = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.read(PEOPLE, file(folder, "people.tsv"), "id", "name", "aliases", "country", "institution", "role", "start", "end")) {
            rowsById.computeIfAbsent(r.get("id"), k -> new ArrayList<>()).add(r);
        }
        List<Person> persons = new ArrayList<>();
        for (var e : rowsById.entrySet()) {
            List<String> aliases = new ArrayList<>();
            List<Tenure> tenures = new ArrayList<>();
            String name = e.getValue().get(0).get("name");
            for (Tsv.Row r : e.getValue()) {
                addAlias(aliases, r.get("name"));
                if (r.optional("aliases") != null) {
                    for (String a : r.get("aliases").split("\\|")) addAlias(aliases, a.strip());
                }
                String roleCell = r.get("role");
                String host = null;
                int colon = roleCell.indexOf(':');
                if (colon >= 0) {
                    host = country(r, roleCell.substring(colon + 1));
                    roleCell = roleCell.substring(0, colon);
                }
                tenures.add(new Tenure(country(r, r.get("country")), r.enumOf(Institution.class, r.get("institution")),
                        r.enumOf(Role.class, roleCell), host, r.date(r.get("start")),
                        r.optional("end") == null ? null : r.date(r.get("end"))));
            }
            tenures.sort(Comparator.comparing(Tenure::start));
            persons.add(new Person(e.getKey(), name, List.copyOf(aliases), List.copyOf(tenures)));
        }
        List<RoleNoun> roleNouns = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(ROLE_NOUNS, file(folder, "role_nouns.tsv"), "phrase", "role", "institution")) {
            roleNouns.add(new RoleNoun(List.of(r.get("phrase").toLowerCase(Locale.ROOT).split(" ")),
                    r.enumOf(Role.class, r.get("role")), r.enumOf(Institution.class, r.get("institution"))));
        }
        java.util.Set<String> first = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.read(NAMING, file(folder, "naming.tsv"), "country", "family_name")) {
            switch (r.get("family_name")) {
                case "FIRST" -> first.add(country(r, r.get("country")));
                case "LAST" -> { }
                default -> throw r.error("family_name must be FIRST or LAST");
            }
        }
        Map<String, List<Tenure>> groups = memberships(Tsv.read(GROUPS, file(folder, "groups.tsv"), "group", "member", "start", "end"), "group");
        Map<String, List<Tenure>> organisations = memberships(Tsv.read(ORGANISATIONS, Tsv.existing(folder, "organisations.tsv"),
                "organisation", "member", "start", "end"), "organisation");
        java.util.Set<String> titles = new java.util.HashSet<>();
        java.util.Set<String> honorifics = new java.util.HashSet<>();
        for (Tsv.Row r : Tsv.read(TITLES, Tsv.existing(folder, "titles.tsv"), "title", "honorific")) {
            String t = r.get("title").toLowerCase(Locale.ROOT);
            titles.add(t);
            switch (r.get("honorific")) {
                case "yes" -> honorifics.add(t);
                case "no" -> { }
                default -> throw r.error("honorific must be yes or no");
            }
        }
        return new ActorDictionary(places, persons, roleNouns, first, groups, organisations, titles, honorifics);
    }

    /** Membership rows as tenures of the member state in the body named by {@code column}. */
    private static Map<String, List<Tenure>> memberships(List<Tsv.Row> rows, String column) {
        Map<String, List<Tenure>> out = new HashMap<>();
        for (Tsv.Row r : rows) {
            out.computeIfAbsent(country(r, r.get(column)), k -> new ArrayList<>()).add(new Tenure(country(r, r.get("member")),
                    Institution.GOV, Role.GOVERNMENT, null, r.optional("start") == null ? LocalDate.MIN : r.date(r.get("start")),
                    r.optional("end") == null ? null : r.date(r.get("end"))));
        }
        return out;
    }

    /**
     * Whether the state belongs on the date to the body: a group of states (G7, QUAD) or an
     * organisation that speaks for itself (NATO, EU, G20).
     */
    public boolean belongsTo(String state, String body, LocalDate date) {
        return covering(groupMembers, body, date).contains(state) || covering(organisationMembers, body, date).contains(state);
    }

    private static List<String> covering(Map<String, List<Tenure>> memberships, String body, LocalDate date) {
        List<String> out = new ArrayList<>();
        for (Tenure t : memberships.getOrDefault(body, List.of())) if (t.covers(date)) out.add(t.country());
        return out;
    }

    /** The government a place mention stands for, named by its country and, for a metonym, the word used ("France (Elysée)"). */
    public Actor government(Mention place) {
        return Actor.government(place.country(), place.institution(), place.role(),
                countryName(place.country()) + (place.institution() == Institution.GOV ? "" : " (" + place.text() + ")"));
    }

    /** The member states of a group of states (G7, QUAD) on the date; empty for anything else. */
    public List<String> members(String group, LocalDate date) {
        return covering(groupMembers, group, date);
    }

    /**
     * The family name by which an article may go on to call a person it has named in full, or null
     * when the name has one word.
     */
    public String familyName(String personId) {
        Person p = people.get(personId);
        if (p == null) return null;
        String[] words = p.name().split(" ");
        if (words.length < 2) return null;
        String country = p.tenures().get(0).country();
        String w = familyNameFirst.contains(country) ? words[0] : words[words.length - 1];
        return w.replaceAll("[.,]$", "");
    }

    /** Every actor mention in the sentence, left to right, longest match first. */
    public List<Mention> mentions(Sentence s) {
        return mentions(s, Map.of());
    }

    /**
     * As {@link #mentions(Sentence)}, also matching family names the article has already tied to a
     * person ({@code familyNames}: word to person id).
     */
    public List<Mention> mentions(Sentence s, Map<String, String> familyNames) {
        List<Mention> out = new ArrayList<>();
        List<Token> toks = s.tokens();
        int i = 0;
        while (i < toks.size()) {
            int next = matchAlias(s, i, out);
            String word = toks.get(i).word();
            // a family name the article has tied to a person; or "Secretary Austin", "Prime Minister Kishida": a family name only
            // one person has, right after a word of an office (not a given name: "leader Pierre Poilievre")
            String family = null;
            if (next < 0 && familyNames.containsKey(word) && !namesSomeoneElse(s, i, out)) family = familyNames.get(word);
            else if (next < 0 && i > 0 && officeWords.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT))
                    && !(i + 1 < toks.size() && GIVEN_NAME.matcher(toks.get(i + 1).word()).matches())) family = soleFamilyNames.get(word);
            if (family != null) {
                Tenure first = people.get(family).tenures().get(0);
                out.add(new Mention(i, i + 1, Mention.Kind.PERSON, first.country(), first.institution(), first.role(), family,
                        word, precededByThen(s, i)));
                next = i + 1;
            }
            if (next < 0) next = matchRoleNoun(s, i, out);
            if (next < 0) next = matchHyphenParts(s, i, out);
            i = next < 0 ? i + 1 : next;
        }
        return out;
    }

    private int matchAlias(Sentence s, int i, List<Mention> out) {
        Token t = s.token(i);
        List<Alias> cands = aliasesByFirstWord.get(firstWord(t.word()));
        if (cands == null) return -1;
        int from = t.begin() - s.begin();
        for (Alias a : cands) {
            if (!s.text().startsWith(a.text(), from)) continue;
            if (a.person() != null && a.text().indexOf(' ') < 0 && namesSomeoneElse(s, i, out)) continue;
            int endChar = t.begin() + a.text().length();
            for (int j = i; j < s.size() && s.token(j).begin() < endChar; j++) {
                if (s.token(j).end() == endChar) {
                    boolean then = precededByThen(s, i);
                    if (a.person() != null) {
                        Tenure first = a.person().tenures().get(0);
                        out.add(new Mention(i, j + 1, Mention.Kind.PERSON, first.country(), first.institution(),
                                first.role(), a.person().id(), a.text(), then));
                    } else {
                        Place p = a.place();
                        // "North America", "Indian Ocean": a name that holds a state's name and is no state
                        if (p.kind().equals(NOT_A_STATE)) return j + 1;
                        out.add(new Mention(i, j + 1, Mention.Kind.PLACE, p.country(), p.institution(), p.role(),
                                null, a.text(), then));
                    }
                    return j + 1;
                }
            }
        }
        return -1;
    }

    /** Whether a transcript label is a courtesy title and one name only ("MR. SINGH", "MS. BRUCE"). */
    public boolean honorificLabel(String label) {
        String[] words = label.strip().split("\\s+");
        return words.length == 2 && honorifics.contains(words[0].replace(".", "").toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the one-word name at token i follows a given name, so that it names someone else of that family
     * ("Jill Biden", "Jimmy Lai"): a capitalized word (not in capitals, not the sentence's first) that is no
     * title or role word and no actor already matched.
     */
    private boolean namesSomeoneElse(Sentence s, int i, List<Mention> out) {
        if (i < 2) return false;
        String w = s.token(i - 1).word();
        if (!GIVEN_NAME.matcher(w).matches() || titles.contains(w.toLowerCase(Locale.ROOT))) return false;
        return out.isEmpty() || out.get(out.size() - 1).end() < i;
    }

    private int matchRoleNoun(Sentence s, int i, List<Mention> out) {
        List<RoleNoun> cands = roleNounsByFirstLemma.get(s.token(i).lowerLemma());
        if (cands == null) return -1;
        for (RoleNoun r : cands) {
            int n = r.lemmas().size();
            if (i + n > s.size()) continue;
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) ok = s.token(i + k).lowerLemma().equals(r.lemmas().get(k));
            // a role noun is a noun: "official" the adjective or "minister" the verb is no actor
            if (ok && s.token(i + n - 1).isNoun()) {
                out.add(new Mention(i, i + n, Mention.Kind.ROLE, null, r.institution(), r.role(), null,
                        String.join(" ", r.lemmas()), precededByThen(s, i)));
                return i + n;
            }
        }
        return -1;
    }

    /** "Sino-Japanese", "U.S.-Japan": each part that is a one-word place is a mention of the token. */
    private int matchHyphenParts(Sentence s, int i, List<Mention> out) {
        String w = s.token(i).word();
        if (!HYPHENS.matcher(w).find()) return -1;
        boolean any = false;
        for (String part : HYPHENS.split(w)) {
            Place p = singleWordPlaces.get(part);
            if (p != null) {
                out.add(new Mention(i, i + 1, Mention.Kind.PLACE, p.country(), p.institution(), p.role(), null, part,
                        part.equals("then")));
                any = true;
            }
        }
        return any ? i + 1 : -1;
    }

    private static boolean precededByThen(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            if (w.equals("then") || w.startsWith("then-")) return true;
            if (s.token(k).isVerb()) return false;
        }
        return s.token(i).word().toLowerCase(Locale.ROOT).startsWith("then-");
    }

    /**
     * The person in the role they held on {@code date}; with {@code then}, the most recent role
     * held before it ("then-Ambassador" in a later article). Outside any tenure the person still
     * speaks for their country, as an official.
     */
    /** The first lemma of every role noun phrase ("minister" of "minister of state"). */
    public java.util.Set<String> roleNounFirstLemmas() { return roleNounsByFirstLemma.keySet(); }

    /** Whether a lower-case word is a title or a word of a role noun ("president", "minister", "emir", "mr"). */
    public boolean isTitle(String word) { return titles.contains(word); }

    public Optional<Actor> person(String personId, LocalDate date, boolean then) {
        Person p = people.get(personId);
        if (p == null) return Optional.empty();
        Tenure match = null;
        for (Tenure t : p.tenures()) if (t.covers(date)) match = t;
        if (match == null && then) {
            for (Tenure t : p.tenures()) if (!t.start().isAfter(date)) match = t;
        }
        if (match != null) {
            return Optional.of(new Actor(p.id(), p.name(), match.country(), match.institution(), match.role(), true, match));
        }
        Tenure last = p.tenures().get(p.tenures().size() - 1);
        return Optional.of(new Actor(p.id(), p.name(), last.country(), Institution.GOV, Role.OFFICIAL, true, null));
    }

    /**
     * The actor a free-text name stands for, such as a record's issuer ("The White House",
     * "Ministry of Foreign Affairs of Japan"): a person in office on the date, else the government
     * of the first place named.
     */
    public Optional<Actor> resolveName(String name, LocalDate date) {
        Sentence words = nameSentence(name);
        if (words.size() == 0) return Optional.empty();
        List<Mention> found = mentions(words);
        for (Mention x : found) if (x.kind() == Mention.Kind.PERSON) return person(x.personId(), date, false);
        for (Mention x : found) {
            if (x.kind() == Mention.Kind.PLACE) return Optional.of(government(x));
        }
        return Optional.empty();
    }

    private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}.'\u2019-]+");

    /**
     * A free-text name or label ("The White House", "THE VICE PRESIDENT") as an untagged sentence
     * of proper nouns whose lemmas are the lower-cased words, for {@link #mentions(Sentence)}.
     */
    public static Sentence nameSentence(String name) {
        List<Token> tokens = new ArrayList<>();
        java.util.regex.Matcher m = NAME_WORD.matcher(name);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(Locale.ROOT), "NNP", m.start(), m.end()));
        }
        return new Sentence(0, 0, name.length(), name, tokens, null);
    }

    /**
     * The person a transcript's speaker label names ("PRIME MINISTER KISHIDA", "MS. JEAN-PIERRE"):
     * a full alias or the family name, as whole words and whatever their case. Of several people
     * so named, the one in office on the date, then the one holding the label's office; a name that
     * stays ambiguous names no one.
     */
    public Optional<Actor> personInLabel(String label, LocalDate date) {
        // ("The Foreign Secretary (Mr David Lammy)": the name inside parentheses too)
        String padded = " " + String.join(" ", label.replaceAll("[(),]", " ").strip().toUpperCase(Locale.ROOT).split("\\s+")) + " ";
        java.util.Set<Role> titled = new java.util.HashSet<>();
        for (Mention m : mentions(nameSentence(label))) if (m.kind() == Mention.Kind.ROLE) titled.add(m.role());
        // (a head of state or government is named exactly; "SECRETARY" is many offices)
        boolean head = titled.contains(Role.PRESIDENT) || titled.contains(Role.PRIME_MINISTER) || titled.contains(Role.CHANCELLOR);
        // a name or alias in full first ("LIN JIAN" is not Taiwan's Lin Chia-lung), then a family name alone
        for (boolean full : new boolean[]{true, false}) {
            List<Person> named = new ArrayList<>();
            List<Person> inOffice = new ArrayList<>();
            for (Person p : people.values()) {
                List<String> names = new ArrayList<>(p.aliases());
                String family = familyName(p.id());
                // a family name alone names them only beside titles ("PRIME MINISTER KISHIDA", "MR. SINGH"); beside any
                // other word it is someone else's ("SENATOR JIM RISCH", "DREW MALONEY")
                if (!full && family != null && onlyTitlesBesides(padded, family)) names.add(family);
                if (names.stream().noneMatch(n -> padded.contains(" " + n.toUpperCase(Locale.ROOT) + " "))) continue;
                named.add(p);
                if (p.tenures().stream().anyMatch(t -> t.covers(date))) inOffice.add(p);
            }
            List<Person> pick = inOffice.isEmpty() ? named : inOffice;
            // "PRIME MINISTER LEE:" is a Lee who is a prime minister on the date, not an ambassador Lee; by a family name
            // alone, no one else
            if (!titled.isEmpty() && (pick.size() > 1 || !full && head)) {
                List<Person> fit = pick.stream().filter(p -> p.tenures().stream().anyMatch(t -> t.covers(date) && titled.contains(t.role()))).toList();
                if (!fit.isEmpty() || !full && head) pick = fit;
            }
            if (pick.size() == 1) return person(pick.get(0).id(), date, false);
            if (!named.isEmpty()) return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether every word of the label but those of the family name is a title or a word of a role noun. */
    private boolean onlyTitlesBesides(String label, String family) {
        java.util.Set<String> own = new java.util.HashSet<>(List.of(family.toLowerCase(Locale.ROOT).split("\\s+")));
        for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+")) {
            if (!w.isEmpty() && !own.contains(w) && !titles.contains(w)) return false;
        }
        return true;
    }

    /** Whether anyone of the country has held the role at home (an ambassador's is held abroad). */
    public boolean holdsRole(String country, Role role) {
        for (Person p : people.values()) {
            for (Tenure t : p.tenures()) if (t.host() == null && t.country().equals(country) && t.role() == role) return true;
        }
        return false;
    }

    /** The one person holding the country's role at home on the date, if the dictionary knows exactly one. */
    public Optional<Actor> holder(String country, Role role, LocalDate date) {
        Person found = null;
        for (Person p : people.values()) {
            for (Tenure t : p.tenures()) {
                if (t.host() != null || !t.country().equals(country) || t.role() != role || !t.covers(date)) continue;
                if (found != null && found != p) return Optional.empty();
                found = p;
            }
        }
        return found == null ? Optional.empty() : person(found.id(), date, false);
    }

    /** A display name for a country code ("Japan"), or the code itself. */
    public String countryName(String code) {
        return countryNames.getOrDefault(code, code);
    }

    public int personCount() { return people.size(); }

    public int countryCount() { return countryNames.size(); }

    private static void addAlias(List<String> aliases, String a) {
        if (!a.isEmpty() && !aliases.contains(a)) aliases.add(a);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'\u2019]*");

    /**
     * How often a text names each state or organisation through the places of this dictionary
     * (countries, capitals, metonyms, adjectives), found by plain word matching, without a parse:
     * cheap enough to run on every article at ingest, where it tells a story retold from a template
     * for another state (the same memorandum with Malaysia, then with Thailand) from a copy.
     */
    public Map<String, Integer> countriesNamed(String text) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            List<Alias> candidates = aliasesByFirstWord.get(bare(words.get(i)));
            if (candidates == null) candidates = aliasesByFirstWord.get(words.get(i));
            if (candidates == null) continue;
            for (Alias a : candidates) {
                if (a.place() == null) continue;
                String[] parts = a.text().split(" ");
                if (i + parts.length > words.size()) continue;
                boolean all = true;
                for (int k = 0; k < parts.length && all; k++) {
                    String w = words.get(i + k);
                    all = w.equals(parts[k]) || bare(w).equals(parts[k]);
                }
                if (all) {
                    out.merge(a.place().country(), 1, Integer::sum);
                    i += parts.length - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** A word without the full stop that ends its sentence. */
    private static String bare(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static String firstWord(String s) {
        String w = s.split(" ", 2)[0];
        // ("People's Republic of China": the tagger splits the possessive off, so the first token is "People")
        if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) w = w.substring(0, w.length() - 2);
        String[] parts = HYPHENS.split(w, 2);
        return parts.length == 0 || parts[0].isEmpty() ? w : parts[0];
    }

    private static Path file(Path folder, String name) {
        return folder == null ? null : folder.resolve(name);
    }

    private static String country(Tsv.Row r, String code) {
        if (!code.matches("[A-Z][A-Z0-9]{1,4}")) throw r.error("bad country or organisation code: " + code);
        return code;
    }
}
