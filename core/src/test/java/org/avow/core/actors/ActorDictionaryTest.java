package org.avow.core.actors;

import org.avow.core.data.DatasetException;
import org.avow.core.model.Actor;
import org.avow.core.model.Role;
import org.avow.core.text.Sentence;
import org.avow.core.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorDictionaryTest {
    private static final ActorDictionary DICT = ActorDictionary.load();

    /** A sentence tokenised on spaces, every token tagged as a proper noun (enough for matching). */
    static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : text.split(" ")) {
            String pos2 = Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN";
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), pos2, pos, pos + w.length()));
            pos += w.length() + 1;
        }
        return new Sentence(0, 0, text.length(), text, tokens, null);
    }

    private static Mention only(String text, Mention.Kind kind) {
        List<Mention> ms = DICT.mentions(sentence(text)).stream().filter(m -> m.kind() == kind).toList();
        assertEquals(1, ms.size(), ms.toString());
        return ms.get(0);
    }

    @Test
    void theShippedDictionaryCoversTheCoreStates() {
        assertTrue(DICT.countryCount() >= 40, "countries: " + DICT.countryCount());
        assertTrue(DICT.personCount() >= 150, "people: " + DICT.personCount());
        for (String metonym : List.of("Washington", "Tokyo", "Beijing", "Seoul", "Manila", "Canberra", "Taipei", "Kyiv", "Warsaw")) {
            assertEquals(Mention.Kind.PLACE, only(metonym + " said", Mention.Kind.PLACE).kind(), metonym);
        }
        assertEquals("USA", only("the State Department said", Mention.Kind.PLACE).country());
        assertEquals("USA", only("the Pentagon said", Mention.Kind.PLACE).country());
    }

    @Test
    void aFamilyNameAfterAnotherGivenNameIsSomeoneElse() {
        assertEquals(List.of(), DICT.mentions(sentence("a visit by First Lady Jill Biden")));
        assertEquals(List.of(), DICT.mentions(sentence("the trial of Jimmy Lai")));
        assertEquals("USA", only("a visit by President Biden", Mention.Kind.PERSON).country());
        assertEquals("TWN", only("a speech by Lai in Taipei", Mention.Kind.PERSON).country());
        assertEquals("USA", only("talks with Joe Biden", Mention.Kind.PERSON).country());
    }

    @Test
    void anAliasOpeningWithAPossessiveMatchesTheSplitTokens() {
        // the tagger splits "People's" into "People" and "'s": the longer name wins over "Republic of China" (Taiwan)
        String text = "the People's Republic of China said";
        String[] words = {"the", "People", "'s", "Republic", "of", "China", "said"};
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : words) {
            pos = text.indexOf(w, pos);
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), Character.isUpperCase(w.charAt(0)) ? "NNP" : "NN", pos, pos + w.length()));
            pos += w.length();
        }
        List<Mention> found = DICT.mentions(new Sentence(0, 0, text.length(), text, tokens, null));
        assertEquals(1, found.size(), found.toString());
        assertEquals("CHN", found.get(0).country());
        assertEquals("TWN", only("the Republic of China said", Mention.Kind.PLACE).country());
    }

    @Test
    void regionsThatHoldAStatesNameAreNoState() {
        assertEquals(List.of(), DICT.mentions(sentence("trade across North America")));
        assertEquals(List.of(), DICT.mentions(sentence("the assembly in Northern Ireland")));
        assertEquals("IRL", only("Ireland and the Americas", Mention.Kind.PLACE).country());
    }

    @Test
    void rolesAreResolvedByTheArticleDate() {
        Mention ishiba = only("Prime Minister Shigeru Ishiba spoke", Mention.Kind.PERSON);
        Actor inOffice = DICT.person(ishiba.personId(), LocalDate.of(2025, 10, 20), false).orElseThrow();
        assertEquals(Role.PRIME_MINISTER, inOffice.role());
        Actor after = DICT.person(ishiba.personId(), LocalDate.of(2025, 10, 21), false).orElseThrow();
        assertEquals(Role.OFFICIAL, after.role(), "Ishiba is head of government only until 2025-10-21");
        assertEquals("JPN", after.country());
        Mention takaichi = only("Sanae Takaichi said", Mention.Kind.PERSON);
        assertEquals(Role.PRIME_MINISTER, DICT.person(takaichi.personId(), LocalDate.of(2025, 12, 1), false).orElseThrow().role());
    }

    @Test
    void thenResolvesToTheRoleHeldBefore() {
        Mention emanuel = only("then-Ambassador Rahm Emanuel said", Mention.Kind.PERSON);
        assertTrue(emanuel.then());
        Actor a = DICT.person(emanuel.personId(), LocalDate.of(2026, 1, 10), true).orElseThrow();
        assertEquals(Role.AMBASSADOR, a.role());
        assertEquals("JPN", a.tenure().host());
    }

    @Test
    void speakerLabelsNamePeopleWhateverTheirCase() {
        LocalDate may2023 = LocalDate.of(2023, 5, 10);
        assertEquals("JPN_KISHIDA_FUMIO", DICT.personInLabel("PRIME MINISTER KISHIDA", may2023).orElseThrow().id());
        assertEquals("USA_JEANPIERRE_KARINE", DICT.personInLabel("MS. JEAN-PIERRE", may2023).orElseThrow().id());
        // a family name alone, not among the aliases
        assertEquals("USA_SULLIVAN_JAKE", DICT.personInLabel("MR. SULLIVAN", may2023).orElseThrow().id());
        assertTrue(DICT.personInLabel("MODERATOR", may2023).isEmpty());
        assertTrue(DICT.personInLabel("THE PRESIDENT", may2023).isEmpty());
    }

    @Test
    void anOfficeHasOneHolderOnADate() {
        assertEquals("USA_BIDEN_JOE", DICT.holder("USA", Role.PRESIDENT, LocalDate.of(2023, 5, 10)).orElseThrow().id());
        assertEquals("USA_TRUMP_DONALD", DICT.holder("USA", Role.PRESIDENT, LocalDate.of(2025, 6, 1)).orElseThrow().id());
        assertTrue(DICT.holdsRole("USA", Role.PRESS_SECRETARY));
        assertTrue(!DICT.holdsRole("USA", Role.PRIME_MINISTER));
        // ambassadors are held abroad, and many at once
        assertTrue(!DICT.holdsRole("USA", Role.AMBASSADOR));
    }

    @Test
    void hyphenatedCompoundsNameEachState() {
        List<String> countries = DICT.mentions(sentence("Sino-Japanese relations")).stream().map(Mention::country).toList();
        assertEquals(List.of("CHN", "JPN"), countries);
    }

    @Test
    void aMalformedRowIsAnErrorWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("places.tsv"), "alias\tcountry\tinstitution\trole\tkind\nTokyo\tJPN\tGOV\tGOVERNMENT\tMETONYM\nOsaka\tjp\tGOV\tGOVERNMENT\tMETONYM\n");
        Files.writeString(dir.resolve("people.tsv"), "id\tname\taliases\tcountry\tinstitution\trole\tstart\tend\n");
        Files.writeString(dir.resolve("role_nouns.tsv"), "phrase\trole\tinstitution\n");
        DatasetException e = assertThrows(DatasetException.class, () -> ActorDictionary.load(dir));
        assertTrue(e.getMessage().contains("places.tsv:3"), e.getMessage());
        Files.writeString(dir.resolve("places.tsv"), "alias\tcountry\tinstitution\trole\tkind\nTokyo\tJPN\tGOV\tGOVERNMENT\tMETONYM\n");
        Files.writeString(dir.resolve("people.tsv"), "id\tname\taliases\tcountry\tinstitution\trole\tstart\tend\nX\tA B\t\tJPN\tHOG\tPRIME_MINISTER\t2025-02-30\t\n");
        e = assertThrows(DatasetException.class, () -> ActorDictionary.load(dir));
        assertTrue(e.getMessage().contains("people.tsv:2") && e.getMessage().contains("bad date"), e.getMessage());
    }
}
