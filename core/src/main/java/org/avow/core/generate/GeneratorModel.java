package org.avow.core.generate;

import org.avow.core.actors.ActorDictionary;
import org.avow.core.data.DatasetException;
import org.avow.core.data.Tsv;
import org.avow.core.model.Channel;
import org.avow.core.model.Role;
import org.avow.core.model.SpeechAct;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the corpus generator writes from, loaded from {@code datasets/generator/} (templates, word
 * lists, states, titles, channel phrases) and {@code datasets/actors/} (the people holding roles
 * and the aliases every surface form must be). Immutable and validated on load: a template naming
 * an unknown list, a state form the actor dictionary does not know, or a noise name that is an
 * actor's is an error naming the file and line.
 */
public final class GeneratorModel {
    public static final String TEMPLATES = "datasets/generator/templates.tsv";
    public static final String WORDS = "datasets/generator/words.tsv";
    public static final String STATES = "datasets/generator/states.tsv";
    public static final String TITLES = "datasets/generator/titles.tsv";
    public static final String CHANNELS = "datasets/generator/channels.tsv";

    /** A state and the surface forms the generator writes for it. */
    record State(String country, int weight, String name, String adjective, String capital, String ministry) {
        /** The adjective, or the name where English uses the name as one ("New Zealand"). */
        String modifier() {
            return adjective.isEmpty() ? name.replaceFirst("^the ", "") : adjective;
        }

        String foreignMinistry() {
            return ministry.isEmpty() ? "the " + modifier() + " foreign ministry" : ministry;
        }
    }

    /** A person holding a role with a title over a period (end exclusive, null while held). */
    record Holder(String name, String country, Role role, String title, String appositive, LocalDate start, LocalDate end) {
        boolean covers(LocalDate d) {
            return !d.isBefore(start) && (end == null || d.isBefore(end));
        }
    }

    record ChannelPhrase(Channel channel, Template phrase) {
    }

    private static final Pattern NUMBER_SLOT = Pattern.compile("#\\d+-\\d+");
    private static final Set<String> STATE_SLOTS = Set.of("S", "S.gov", "S.person", "S.poss", "S.adj", "S.name", "S.capital",
            "T", "T.poss", "T.adj", "T.name", "T.capital");
    private static final Set<String> ANY_STATE_SLOTS = Set.of("X.adj", "X.name", "X.capital");

    final List<State> states;
    final int totalStateWeight;
    final Map<String, List<Holder>> holdersByCountry;
    final Map<SpeechAct, List<Template>> acts;
    final List<Template> context;
    final List<Template> titles;
    final Map<String, List<Template>> sections;
    /** The sections in file order: the generator picks by position, so the order is part of the output. */
    final List<String> sectionNames;
    final Map<String, List<Template>> sectionTitles;
    final Map<String, List<Template>> words;
    final List<ChannelPhrase> channels;

    private GeneratorModel(List<State> states, Map<String, List<Holder>> holders, Map<SpeechAct, List<Template>> acts,
                           List<Template> context, List<Template> titles, Map<String, List<Template>> sections,
                           Map<String, List<Template>> sectionTitles, Map<String, List<Template>> words, List<ChannelPhrase> channels) {
        this.states = List.copyOf(states);
        this.totalStateWeight = states.stream().mapToInt(State::weight).sum();
        this.holdersByCountry = Map.copyOf(holders);
        this.acts = Map.copyOf(acts);
        this.context = List.copyOf(context);
        this.titles = List.copyOf(titles);
        // Map.copyOf iterates in an order salted per JVM: the names keep the file's
        this.sections = Map.copyOf(sections);
        this.sectionNames = List.copyOf(sections.keySet());
        this.sectionTitles = Map.copyOf(sectionTitles);
        this.words = Map.copyOf(words);
        this.channels = List.copyOf(channels);
    }

    private static volatile GeneratorModel shipped;

    /** The generator data shipped inside the core jar. */
    public static GeneratorModel shipped() {
        GeneratorModel m = shipped;
        if (m == null) {
            synchronized (GeneratorModel.class) {
                if (shipped == null) shipped = load(null);
                m = shipped;
            }
        }
        return m;
    }

    /** Loads from a folder laid out like datasets/ (files absent there fall back to the shipped ones). */
    public static GeneratorModel load(Path datasets) {
        Map<String, Set<String>> aliases = new HashMap<>();
        for (Tsv.Row r : Tsv.read(ActorDictionary.PLACES, Tsv.existing(datasets, "actors/places.tsv"), "alias", "country")) {
            aliases.computeIfAbsent(r.get("country"), k -> new HashSet<>()).add(r.get("alias"));
        }
        Set<String> knownNames = new HashSet<>();
        aliases.values().forEach(knownNames::addAll);

        Map<String, Tsv.Row> titleByRole = new HashMap<>();
        for (Tsv.Row r : Tsv.read(TITLES, Tsv.existing(datasets, "generator/titles.tsv"), "role", "country", "title", "appositive")) {
            r.enumOf(Role.class, r.get("role"));
            titleByRole.put(r.get("role") + "/" + r.get("country"), r);
        }
        Set<String> familyNameFirst = new HashSet<>();
        for (Tsv.Row r : Tsv.read(ActorDictionary.NAMING, Tsv.existing(datasets, "actors/naming.tsv"), "country", "family_name")) {
            if (r.get("family_name").equals("FIRST")) familyNameFirst.add(r.get("country"));
        }
        Map<String, List<Holder>> holders = new HashMap<>();
        for (Tsv.Row r : Tsv.read(ActorDictionary.PEOPLE, Tsv.existing(datasets, "actors/people.tsv"), "name", "aliases", "country", "role", "start", "end")) {
            String name = r.get("name");
            String[] nameWords = name.split(" ");
            knownNames.add(name);
            // the family name alone refers to the person once named in full
            knownNames.add(familyNameFirst.contains(r.get("country")) ? nameWords[0] : nameWords[nameWords.length - 1]);
            if (r.optional("aliases") != null) for (String a : r.get("aliases").split("\\|")) knownNames.add(a.strip());
            String role = r.get("role").replaceFirst(":.*", "");
            String country = r.get("country");
            Tsv.Row title = titleByRole.getOrDefault(role + "/" + country, titleByRole.get(role + "/*"));
            if (title == null) continue;
            holders.computeIfAbsent(country, k -> new ArrayList<>()).add(new Holder(name, country, r.enumOf(Role.class, role),
                    title.get("title"), title.get("appositive"),
                    r.date(r.get("start")), r.optional("end") == null ? null : r.date(r.get("end"))));
        }

        List<State> states = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(STATES, Tsv.existing(datasets, "generator/states.tsv"), "country", "weight", "name", "adjective", "capital", "ministry")) {
            State s = new State(r.get("country"), r.positive("weight"), r.get("name"), r.get("adjective"), r.get("capital"),
                    r.get("ministry"));
            Set<String> known = aliases.getOrDefault(s.country(), Set.of());
            for (String form : List.of(s.name().replaceFirst("^the ", ""), s.adjective(), s.capital())) {
                if (!form.isEmpty() && !known.contains(form)) {
                    throw r.error("'" + form + "' is not an alias of " + s.country() + " in datasets/actors/places.tsv");
                }
            }
            if (s.name().isEmpty() || s.capital().isEmpty()) throw r.error("a state needs a name and a capital");
            states.add(s);
        }
        if (states.size() < 3) throw new DatasetException(STATES, 0, "the generator needs at least three states");

        Map<String, List<Template>> words = new LinkedHashMap<>();
        List<Tsv.Row> wordRows = Tsv.read(WORDS, Tsv.existing(datasets, "generator/words.tsv"), "list", "text");
        for (Tsv.Row r : wordRows) {
            String list = r.get("list");
            if ((list.equals("person") || list.equals("city")) && (knownNames.contains(r.get("text"))
                    || List.of(r.get("text").split(" ")).stream().anyMatch(knownNames::contains))) {
                throw r.error("'" + r.get("text") + "' is or holds a name of datasets/actors; noise must not name actors");
            }
            words.computeIfAbsent(list, k -> new ArrayList<>()).add(template(r, r.get("text")));
        }

        List<ChannelPhrase> channels = new ArrayList<>();
        List<Tsv.Row> channelRows = Tsv.read(CHANNELS, Tsv.existing(datasets, "generator/channels.tsv"), "channel", "phrase");
        for (Tsv.Row r : channelRows) channels.add(new ChannelPhrase(r.enumOf(Channel.class, r.get("channel")), template(r, r.get("phrase"))));
        if (channels.isEmpty()) throw new DatasetException(CHANNELS, 0, "no channel phrases");

        Map<SpeechAct, List<Template>> acts = new EnumMap<>(SpeechAct.class);
        List<Template> context = new ArrayList<>();
        List<Template> titles = new ArrayList<>();
        Map<String, List<Template>> sections = new LinkedHashMap<>();
        Map<String, List<Template>> sectionTitles = new LinkedHashMap<>();
        List<Tsv.Row> templateRows = Tsv.read(TEMPLATES, Tsv.existing(datasets, "generator/templates.tsv"), "kind", "template");
        for (Tsv.Row r : templateRows) {
            String kind = r.get("kind");
            Template t = template(r, r.get("template"));
            boolean statesAllowed;
            if (kind.equals("CONTEXT")) {
                context.add(t);
                statesAllowed = true;
            } else if (kind.equals("TITLE")) {
                titles.add(t);
                statesAllowed = true;
            } else if (kind.startsWith("title:")) {
                sectionTitles.computeIfAbsent(kind.substring(6), k -> new ArrayList<>()).add(t);
                statesAllowed = false;
            } else if (kind.equals(kind.toLowerCase())) {
                sections.computeIfAbsent(kind, k -> new ArrayList<>()).add(t);
                statesAllowed = false;
            } else {
                SpeechAct act = r.enumOf(SpeechAct.class, kind);
                if (t.slots().stream().noneMatch(s -> s.equals("S") || s.startsWith("S."))) throw r.error("an act template needs a speaker slot {S...}");
                acts.computeIfAbsent(act, k -> new ArrayList<>()).add(t);
                statesAllowed = true;
            }
            checkSlots(r, t, words, statesAllowed);
        }
        for (Tsv.Row r : wordRows) checkSlots(r, template(r, r.get("text")), words, true);
        for (Tsv.Row r : channelRows) checkSlots(r, template(r, r.get("phrase")), words, true);
        for (SpeechAct a : SpeechAct.values()) {
            if (!acts.containsKey(a)) throw new DatasetException(TEMPLATES, 0, "no template for " + a);
        }
        if (context.isEmpty() || titles.isEmpty() || sections.isEmpty()) {
            throw new DatasetException(TEMPLATES, 0, "CONTEXT, TITLE and at least one news section are required");
        }
        for (String s : sections.keySet()) {
            if (!sectionTitles.containsKey(s)) throw new DatasetException(TEMPLATES, 0, "no title:" + s + " headline for section " + s);
        }
        holders.replaceAll((k, v) -> List.copyOf(v));
        acts.replaceAll((k, v) -> List.copyOf(v));
        sections.replaceAll((k, v) -> List.copyOf(v));
        sectionTitles.replaceAll((k, v) -> List.copyOf(v));
        words.replaceAll((k, v) -> List.copyOf(v));
        return new GeneratorModel(states, holders, acts, context, titles, sections, sectionTitles, words, channels);
    }

    private static void checkSlots(Tsv.Row r, Template t, Map<String, List<Template>> words, boolean statesAllowed) {
        for (String s : t.slots()) {
            if (STATE_SLOTS.contains(s)) {
                if (!statesAllowed) throw r.error("noise may not name the speaker or addressee: {" + s + "}");
            } else if (!ANY_STATE_SLOTS.contains(s) && !s.equals("CH") && !NUMBER_SLOT.matcher(s).matches() && !words.containsKey(s)) {
                throw r.error("unknown slot {" + s + "}");
            }
        }
    }

    private static Template template(Tsv.Row r, String text) {
        try {
            return Template.parse(text);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
    }
}
