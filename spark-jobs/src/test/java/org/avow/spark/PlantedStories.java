package org.avow.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Distinct news stories written from a grammar (many topics, many stories per topic, so that
 * stories on the same topic share vocabulary but not text) and planted near-duplicate variants of
 * some of them, the way syndication makes them: a changed headline, a dropped paragraph, another
 * dateline, light edits, or several at once. Deterministic by seed; all prose is generated here.
 */
final class PlantedStories {
    /** One document: the story it tells ({@code story}) is the truth near-duplicate clustering must find. */
    record Doc(String id, String story, String topic, String date, String text) {
    }

    private static final String[][] TOPICS = {
            {"fisheries", "fishing quotas", "trawler licences", "the shared fishing grounds", "catch limits"},
            {"semiconductors", "chip export controls", "lithography tools", "a foundry investment", "wafer supply"},
            {"air defence", "interceptor batteries", "radar coverage", "missile warning data", "a shield upgrade"},
            {"energy", "liquefied gas cargoes", "a pipeline extension", "grid interconnection", "reactor fuel"},
            {"shipping", "port access", "a strait transit", "container inspections", "harbour fees"},
            {"trade", "steel tariffs", "a rice quota", "car import rules", "a customs union"},
            {"aid", "reconstruction grants", "winter fuel assistance", "a loan guarantee", "field hospitals"},
            {"space", "a satellite launch", "orbital debris rules", "a lunar lander", "ground station access"},
            {"health", "vaccine production", "a pandemic treaty", "drug price talks", "hospital staffing"},
            {"migration", "border crossings", "seasonal work visas", "asylum processing", "a readmission deal"},
            {"cyber", "a ransomware attack", "undersea cable security", "election interference", "a hacking indictment"},
            {"climate", "emission targets", "a coal phase-out", "flood defences", "a carbon border levy"}};
    private static final String[] CAPITALS = {"Tokyo", "Seoul", "Manila", "Canberra", "Warsaw", "Kyiv", "Taipei", "Washington",
            "Ottawa", "Berlin", "Jakarta", "Hanoi", "Wellington", "Vilnius", "Oslo", "Lima"};
    private static final String[] COUNTRIES = {"Japan", "South Korea", "the Philippines", "Australia", "Poland", "Ukraine",
            "Taiwan", "the United States", "Canada", "Germany", "Indonesia", "Vietnam", "New Zealand", "Lithuania", "Norway", "Peru"};
    private static final String[] OFFICIALS = {"the foreign minister", "a deputy trade minister", "the prime minister's chief of staff",
            "the defence secretary", "a senior diplomat", "the economy minister", "an embassy spokeswoman", "the cabinet secretary",
            "a parliamentary committee chair", "the national security adviser", "the agriculture minister", "a ministry spokesman"};
    private static final String[] SAID = {"said", "told reporters", "wrote in a statement", "told parliament", "said in an interview",
            "announced", "insisted", "warned", "confirmed", "acknowledged"};
    private static final String[] DAYS = {"on Monday", "on Tuesday", "late on Wednesday", "on Thursday morning", "on Friday",
            "over the weekend", "earlier this week", "after midnight", "before dawn on Sunday", "at a briefing"};
    private static final String[] MODAL = {"would", "could", "was ready to", "had agreed to", "planned to", "refused to",
            "was unlikely to", "hoped to", "had been asked to", "expected to"};
    private static final String[] ACTIONS = {"revise", "suspend", "expand", "review", "extend", "cap", "fund", "renegotiate",
            "inspect", "phase out", "double", "postpone"};
    private static final String[] QUALIFIERS = {"before the end of the year", "within ninety days", "pending a court ruling",
            "despite objections from industry", "under pressure from coalition partners", "after two failed rounds of talks",
            "as early as next spring", "if the opposition agrees", "in stages over five years", "without further consultation"};
    private static final String[] REACTIONS = {"Critics called the move", "Analysts described the plan as", "Opposition lawmakers said it was",
            "Industry groups welcomed what they called", "Local officials described it as", "Several economists called it"};
    private static final String[] JUDGEMENTS = {"overdue", "a gamble", "a modest step", "a surprise", "a costly mistake", "largely symbolic",
            "a turning point", "premature", "a reasonable compromise", "too little and too late"};
    private static final String[] FIGURES = {"percent", "million dollars", "tonnes", "vessels", "sites", "contracts", "workers", "licences"};
    private static final String[] AGENCIES = {"Wire", "Newsdesk", "Pacific Press", "Continental News", "Daily Dispatch"};
    private static final String[][] SYNONYMS = {{"said", "stated"}, {"announced", "declared"}, {"warned", "cautioned"},
            {"review", "reassess"}, {"expand", "enlarge"}, {"Critics", "Detractors"}, {"a surprise", "unexpected"},
            {"on Monday", "Monday"}, {"told reporters", "told journalists"}, {"before the end of the year", "by year-end"}};

    private final Random random;
    private int serial;

    PlantedStories(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param perTopic distinct stories per topic
     * @return every story, and for about half of them one to three near-duplicate variants
     */
    List<Doc> generate(int perTopic) {
        List<Doc> docs = new ArrayList<>();
        for (String[] topic : TOPICS) {
            for (int i = 0; i < perTopic; i++) {
                String story = "s" + (++serial);
                Story s = story(topic);
                String date = "2025-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
                docs.add(new Doc(story, story, topic[0], date, s.render()));
                if (random.nextBoolean()) {
                    int variants = 1 + random.nextInt(3);
                    java.util.Set<String> texts = new java.util.HashSet<>(List.of(s.render()));
                    for (int v = 0; v < variants; v++) {
                        String text = variant(s).render();
                        // an unchanged copy would be an exact duplicate, not a near one
                        if (texts.add(text)) docs.add(new Doc(story + "-v" + v, story, topic[0], date, text));
                    }
                }
            }
        }
        return docs;
    }

    /** A story as parts a syndicator changes: headline, dateline, paragraphs. */
    private record Story(String headline, String dateline, List<String> paragraphs) {
        String render() {
            return headline + "\n\n" + dateline + " " + String.join("\n\n", paragraphs);
        }
    }

    private Story story(String[] topic) {
        int a = random.nextInt(COUNTRIES.length), b = (a + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
        String matter = topic[1 + random.nextInt(topic.length - 1)];
        List<String> paragraphs = new ArrayList<>();
        int n = 4 + random.nextInt(3);
        for (int p = 0; p < n; p++) {
            StringBuilder par = new StringBuilder();
            int sentences = 2 + random.nextInt(2);
            for (int k = 0; k < sentences; k++) par.append(sentence(topic, a, b, p == 0 && k == 0 ? matter : null)).append(' ');
            paragraphs.add(par.toString().strip());
        }
        String headline = cap(COUNTRIES[a]) + " " + pick(new String[]{"weighs", "moves on", "rethinks", "presses ahead with", "balks at"})
                + " " + matter + " " + pick(new String[]{"as talks stall", "amid pressure", "after review", "in shift", "ahead of summit"});
        String dateline = CAPITALS[a].toUpperCase() + " (" + pick(AGENCIES) + ") -";
        return new Story(headline, dateline, paragraphs);
    }

    private String sentence(String[] topic, int a, int b, String matter) {
        String m = matter != null ? matter : topic[1 + random.nextInt(topic.length - 1)];
        return switch (random.nextInt(4)) {
            case 0 -> cap(pick(OFFICIALS)) + " of " + COUNTRIES[a] + " " + pick(SAID) + " " + pick(DAYS) + " that "
                    + COUNTRIES[b] + " " + pick(MODAL) + " " + pick(ACTIONS) + " " + m + " " + pick(QUALIFIERS) + ".";
            case 1 -> "The dispute over " + m + " involves " + (2 + random.nextInt(900)) + " " + pick(FIGURES) + " and "
                    + (3 + random.nextInt(97)) + " " + pick(FIGURES) + ", according to figures from " + pick(CAPITALS) + ".";
            case 2 -> pick(REACTIONS) + " " + pick(JUDGEMENTS) + ", while " + pick(OFFICIALS) + " in " + CAPITALS[b]
                    + " " + pick(SAID) + " the talks on " + m + " " + pick(MODAL) + " resume " + pick(DAYS) + ".";
            default -> "Since " + (1990 + random.nextInt(35)) + ", " + COUNTRIES[a] + " and " + COUNTRIES[b] + " have "
                    + pick(new String[]{"clashed", "cooperated", "negotiated", "traded accusations", "held six rounds of talks"})
                    + " over " + m + ", " + pick(QUALIFIERS) + ".";
        };
    }

    /** The same story as another outlet runs it. */
    private Story variant(Story s) {
        String headline = s.headline(), dateline = s.dateline();
        List<String> paragraphs = new ArrayList<>(s.paragraphs());
        int kind = random.nextInt(5);
        if (kind == 0 || kind == 4) headline = pick(new String[]{"UPDATE 1-", "WRAPUP-", "ANALYSIS-", ""}) + headline.replace(" as ", " while ")
                + pick(new String[]{" - sources", " (corrected)", "", " - officials"});
        if (kind == 1 || kind == 4) paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        if (kind == 2 || kind == 4) {
            dateline = dateline.replaceFirst(" \\(.*\\) -", ", " + pick(new String[]{"March 3", "June 18", "Nov 9"}) + " (" + pick(AGENCIES) + ") -");
        }
        if (kind == 3 || kind == 4) {
            for (int e = 0; e < 2 + random.nextInt(3); e++) {
                String[] pair = SYNONYMS[random.nextInt(SYNONYMS.length)];
                int i = random.nextInt(paragraphs.size());
                paragraphs.set(i, paragraphs.get(i).replaceFirst(java.util.regex.Pattern.quote(pair[0]), pair[1]));
            }
            paragraphs.add(pick(new String[]{"(Reporting by the newsdesk; editing by the night editor)", "This story has been updated.",
                    "Additional reporting from regional bureaus."}));
        }
        return new Story(headline, dateline, paragraphs);
    }

    private String pick(String[] xs) {
        return xs[random.nextInt(xs.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
