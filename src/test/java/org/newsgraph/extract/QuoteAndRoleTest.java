package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.DependencyParses;

/** Speaker attribution and role reading on hand-built documents, without CoreNLP. */
class QuoteAndRoleTest {
    private static final String MARA = "person/mara-holt";
    private static final String IVO = "person/ivo-brandt";
    private static final String RURITANIA = "country/ruritania";

    /** Knows three titles and nothing else. */
    private static final Gazetteer TITLES =
            EventTestDocument.gazetteerOfTitles(Set.of("president", "foreign minister", "minister"));

    private static List<Quote> quotes(EventTestDocument d) {
        return new QuoteExtractor(TITLES).extract(d.document(), d.mentions(), List.of());
    }

    @Test
    void speakerAfterTheQuoteAndPronounInTheNextQuote() {
        // “We will talk again soon ,” Holt said . Brandt disagreed . “It is too early ,” she said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` We_PRP will_MD talk_VB_talk again_RB soon_RB ,_, ”_'' Mara_NNP Holt_NNP said_VBD_say ._.")
                .tokens("Ivo_NNP Brandt_NNP disagreed_VBD_disagree ._.")
                .tokens("“_`` It_PRP is_VBZ_be too_RB early_JJ ,_, ”_'' she_PRP said_VBD_say ._.")
                .mention(MARA, EntityType.PERSON, 8, 10, false)
                .mention(IVO, EntityType.PERSON, 12, 14, false);
        List<Quote> quotes = quotes(d);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("We will talk again soon ,", quotes.get(0).text());
        // "she" cannot be Ivo Brandt (a man's first name in CoreNLP's list): it goes back to Holt.
        assertEquals(MARA, quotes.get(1).speakerKey());
        assertEquals("she", d.document().textOf(quotes.get(1).speakerMention()));
        assertEquals("said", d.document().textOf(quotes.get(1).cue()));
    }

    @Test
    void pronounPrefersTheSubjectOverTheObjectOfTheSentenceBefore() {
        // Ivo Brandt criticised Mara Holt . “It was a mistake ,” he said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP Brandt_NNP criticised_VBD_criticise Mara_NNP Holt_NNP ._.")
                .tokens("“_`` It_PRP was_VBD_be a_DT mistake_NN ,_, ”_'' he_PRP said_VBD_say ._.")
                .mention(IVO, EntityType.PERSON, 0, 2, false)
                .mention(MARA, EntityType.PERSON, 3, 5, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(IVO, quotes.get(0).speakerKey());
    }

    @Test
    void aNamedAppositiveSpeaksForTheDescriptionBeforeIt() {
        // “ She is ready , ” said the minister 's spokeswoman , Mara Holt .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` She_PRP is_VBZ_be ready_JJ ,_, ”_'' said_VBD_say the_DT minister_NN 's_POS "
                        + "spokeswoman_NN ,_, Mara_NNP Holt_NNP ._.")
                .tokens("Ivo_NNP Brandt_NNP ,_, the_DT minister_NN ,_, agreed_VBD_agree ._.")
                .mention(MARA, EntityType.PERSON, 12, 14, false)
                .mention(IVO, EntityType.PERSON, 15, 17, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
    }

    @Test
    void anIndefiniteSourceIsAnonymousAndSpeaksForTheOrganisationItNames() {
        // “ The talks are over , ” a senior Ruritanian Ministry official said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` The_DT talks_NNS_talk are_VBP_be over_RB ,_, ”_'' a_DT senior_JJ Ruritanian_NNP "
                        + "Ministry_NNP official_NN said_VBD_say ._.")
                .mention("org/ruritanian-ministry", EntityType.ORGANIZATION, 8, 10, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("org/ruritanian-ministry", quotes.get(0).speakerKey());
        assertEquals(true, quotes.get(0).anonymousSource());
        assertEquals("a senior Ruritanian Ministry official", d.document().textOf(quotes.get(0).speakerMention()));
    }

    @Test
    void speakerBeforeAColonPastAnAppositive() {
        // Mara Holt , the minister , told reporters : “ The border stays open . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP ,_, the_DT minister_NN ,_, told_VBD_tell reporters_NNS_reporter :_:")
                .tokens("“_`` The_DT border_NN stays_VBZ_stay open_JJ ._. ”_''")
                .mention(MARA, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
    }

    @Test
    void shortScareQuotesAreNotQuotations() {
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Holt_NNP called_VBD_call it_PRP “_`` decorative_JJ ”_'' ._.")
                .mention(MARA, EntityType.PERSON, 0, 1, false);
        assertEquals(List.of(), quotes(d));
    }

    @Test
    void titleBeforeTheNameWithItsCountry() {
        // Ruritanian Foreign Minister Mara Holt met Ivo Brandt .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ruritanian_JJ Foreign_NNP Minister_NNP Mara_NNP Holt_NNP met_VBD_meet Ivo_NNP Brandt_NNP ._.")
                .mention(RURITANIA, EntityType.COUNTRY, 0, 1, true)
                .mention(MARA, EntityType.PERSON, 3, 5, false)
                .mention(IVO, EntityType.PERSON, 6, 8, false);
        List<Role> roles = new RoleExtractor(TITLES).extract(d.document(), d.mentions());
        assertEquals(List.of(new Role(MARA, "Foreign Minister", RURITANIA, true, roles.get(0).evidence())), roles);
        assertEquals("Ruritanian Foreign Minister Mara Holt", d.document().textOf(roles.get(0).evidence()));
    }

    @Test
    void aTitleOpeningTheNextNameInAListIsNotTheFirstPersonsRole() {
        // talks with Mara Holt , Ruritanian President Ivo Brandt and others .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("talks_NNS with_IN Mara_NNP Holt_NNP ,_, Ruritanian_JJ President_NNP Ivo_NNP Brandt_NNP")
                .tokens("and_CC others_NNS ._.")
                .mention(MARA, EntityType.PERSON, 2, 4, false)
                .mention(RURITANIA, EntityType.COUNTRY, 5, 6, true)
                .mention(IVO, EntityType.PERSON, 7, 9, false);
        List<Role> roles = new RoleExtractor(TITLES).extract(d.document(), d.mentions());
        assertEquals(1, roles.size(), roles.toString());
        assertEquals(IVO, roles.get(0).personKey());
        assertEquals("President", roles.get(0).roleName());
    }

    @Test
    void formerMakesARolePast() {
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("former_JJ President_NNP Ivo_NNP Brandt_NNP spoke_VBD_speak ._.")
                .mention(IVO, EntityType.PERSON, 2, 4, false);
        List<Role> roles = new RoleExtractor(TITLES).extract(d.document(), d.mentions());
        assertEquals(1, roles.size());
        assertEquals(false, roles.get(0).current());
        assertNull(roles.get(0).ofKey());
    }

    @Test
    void aQuestionClosingItsSentenceTakesTheCueOpeningTheNext() {
        // “ Why should we wait ? ” | Ivo Brandt asked .
        EventTestDocument d = questionThen("Ivo_NNP Brandt_NNP asked_VBD_ask ._.");
        List<Quote> quotes = quotes(d);
        assertEquals(IVO, quotes.get(0).speakerKey());
        assertEquals("asked", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void aSentenceAfterAQuestionThatDoesNotOpenWithACueGivesNoSpeaker() {
        // “ Why should we wait ? ” | Ivo Brandt voted against the plan .
        List<Quote> quotes = quotes(questionThen("Ivo_NNP Brandt_NNP voted_VBD_vote against_IN the_DT plan_NN ._."));
        assertNull(quotes.get(0).speakerKey());
    }

    /** A one-quote question closing its sentence, then a sentence opening with Ivo Brandt. */
    private static EventTestDocument questionThen(String nextSentence) {
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` Why_WRB should_MD we_PRP wait_VB_wait ?_. ”_''").endSentence()
                .tokens(nextSentence)
                .mention(IVO, EntityType.PERSON, 7, 9, false);
        assertEquals(1, quotes(d).size());
        return d;
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuoteBelow() {
        // Mara Holt stated : || “ The border stays open . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP stated_VBD_state :_:").newParagraph()
                .tokens("“_`` The_DT border_NN stays_VBZ_stay open_JJ ._. ”_''")
                .mention(MARA, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("stated", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void aRecentSpeakerOfTheRightGenderBeatsASubjectOfUnknownGender() {
        // “ We will stay here , ” Mara Holt said . Okafor nodded . “ It is too early , ” she said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` We_PRP will_MD stay_VB_stay here_RB ,_, ”_'' Mara_NNP Holt_NNP said_VBD_say ._.")
                .tokens("Okafor_NNP nodded_VBD_nod ._.")
                .tokens("“_`` It_PRP is_VBZ_be too_RB early_JJ ,_, ”_'' she_PRP said_VBD_say ._.")
                .mention(MARA, EntityType.PERSON, 7, 9, false)
                .mention("person/okafor", EntityType.PERSON, 11, 12, false);
        List<Quote> quotes = quotes(d);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(1).speakerKey());
    }

    @Test
    void theCueGoverningAQuoteInsideItsSentenceOutranksAParticipleAfterIt() {
        // Mara Holt said Ivo Brandt “ had lied about the budget , ” adding nothing more .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP said_VBD_say Ivo_NNP Brandt_NNP “_`` had_VBD_have lied_VBN_lie about_IN "
                        + "the_DT budget_NN ,_, ”_'' adding_VBG_add nothing_NN more_JJR ._.")
                .mention(MARA, EntityType.PERSON, 0, 2, false)
                .mention(IVO, EntityType.PERSON, 3, 5, false);
        // The parse hangs "adding" from "lied", whose subject is Brandt; "said" governs the quote.
        List<Dependency> edges = List.of(new Dependency(Dependency.ROOT, "root", 2), new Dependency(2, "nsubj", 1),
                new Dependency(1, "compound", 0), new Dependency(2, "ccomp", 7), new Dependency(7, "nsubj", 4),
                new Dependency(4, "compound", 3), new Dependency(7, "aux", 6), new Dependency(7, "obl:about", 10),
                new Dependency(10, "det", 9), new Dependency(7, "advcl", 13), new Dependency(13, "obj", 14));
        AnnotatedDocument parsed = parsed(d, edges);
        List<Quote> quotes = new QuoteExtractor(TITLES).extract(parsed, d.mentions(), List.of());
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("said", parsed.textOf(quotes.get(0).cue()));
    }

    @Test
    void aTranscriptLineInCapitalsIsSpokenByThePersonOfThatName() {
        // Mara Holt spoke to the committee . ¶ HOLT : “ We have no more to add . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP spoke_VBD_speak to_TO the_DT committee_NN ._.").newParagraph()
                .tokens("HOLT_NNP :_: “_`` We_PRP have_VBP_have no_DT more_JJR to_TO add_VB ._. ”_''")
                .mention(MARA, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("HOLT", d.document().textOf(quotes.get(0).speakerMention()));
    }

    @Test
    void aVerbOfPraiseAttributesTheWordsItQuotes() {
        // Mara Holt lauded the plan as “ a real breakthrough for everyone ” .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP lauded_VBD_laud the_DT plan_NN as_IN “_`` a_DT real_JJ "
                        + "breakthrough_NN for_IN everyone_NN ”_'' ._.")
                .mention(MARA, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("lauded", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void asSomeonePutItIsACue() {
        // “ The vote was a wake-up call , ” as Mara Holt put it .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` The_DT vote_NN was_VBD_be a_DT wake-up_JJ call_NN ,_, ”_'' as_IN Mara_NNP Holt_NNP "
                        + "put_VBD_put it_PRP ._.")
                .mention(MARA, EntityType.PERSON, 9, 11, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("put", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void aQuotedTranscriptNamesItsSpeakerInCapitals() {
        // Ivo Brandt questioned Mara Holt . “ HOLT : We have nothing more to add . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP Brandt_NNP questioned_VBD_question Mara_NNP Holt_NNP ._.")
                .tokens("“_`` HOLT_NNP :_: We_PRP have_VBP_have nothing_NN more_JJR to_TO add_VB ._. ”_''")
                .mention(IVO, EntityType.PERSON, 0, 2, false)
                .mention(MARA, EntityType.PERSON, 3, 5, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("HOLT", d.document().textOf(quotes.get(0).speakerMention()));
    }

    @Test
    void aSpeechVerbAfterTheQuoteGoverningTheWholeSentenceOutranksOneBeforeIt() {
        // They also agreed “ zero for zero ” tariffs , Mara Holt said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("They_PRP also_RB agreed_VBD_agree “_`` zero_CD for_IN zero_CD ”_'' tariffs_NNS_tariff ,_, "
                        + "Mara_NNP Holt_NNP said_VBD_say ._.")
                .mention(MARA, EntityType.PERSON, 10, 12, false);
        List<Dependency> edges = List.of(new Dependency(Dependency.ROOT, "root", 12), new Dependency(12, "nsubj", 11),
                new Dependency(11, "compound", 10), new Dependency(12, "ccomp", 2), new Dependency(2, "nsubj", 0),
                new Dependency(2, "advmod", 1), new Dependency(2, "obj", 8), new Dependency(8, "compound", 4),
                new Dependency(4, "nmod:for", 6));
        List<Quote> quotes = new QuoteExtractor(TITLES).extract(parsed(d, edges), d.mentions(), List.of());
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
    }

    @Test
    void aParticipleCueAfterACommaSpeaksForTheSubjectOfTheClauseItTrails() {
        // Mara Holt endorsed Ivo Brandt on Monday , saying “ he is the right man . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP endorsed_VBD_endorse Ivo_NNP Brandt_NNP on_IN Monday_NNP ,_, "
                        + "saying_VBG_say “_`` he_PRP is_VBZ_be the_DT right_JJ man_NN ._. ”_''")
                .mention(MARA, EntityType.PERSON, 0, 2, false)
                .mention(IVO, EntityType.PERSON, 3, 5, false);
        // As the parser often has it: "saying" hangs from the name before it, not from "endorsed".
        List<Dependency> edges = List.of(new Dependency(Dependency.ROOT, "root", 2), new Dependency(2, "nsubj", 1),
                new Dependency(1, "compound", 0), new Dependency(2, "obj", 4), new Dependency(4, "compound", 3),
                new Dependency(2, "obl:on", 6), new Dependency(4, "dep", 8), new Dependency(8, "ccomp", 13),
                new Dependency(13, "nsubj", 10), new Dependency(13, "cop", 11));
        AnnotatedDocument parsed = parsed(d, edges);
        List<Quote> quotes = new QuoteExtractor(TITLES).extract(parsed, d.mentions(), List.of());
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("saying", parsed.textOf(quotes.get(0).cue()));
    }

    @Test
    void aSpeechVerbInARelativeClauseAfterTheQuoteIsNotItsCue() {
        // “ We will win , ” Mara Holt , who has proposed a new budget , said on Monday .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` We_PRP will_MD win_VB ,_, ”_'' Mara_NNP Holt_NNP ,_, who_WP has_VBZ_have "
                        + "proposed_VBN_propose a_DT new_JJ budget_NN ,_, said_VBD_say on_IN Monday_NNP ._.")
                .mention(MARA, EntityType.PERSON, 6, 8, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("said", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void aSentenceEndingInABareCueIntroducesTheQuoteAfterIt() {
        // Mara Holt said in a statement . “ We will appeal ” ¶ Ivo Brandt said the plan failed . “ It is over ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP said_VBD_say in_IN a_DT statement_NN ._.")
                .tokens("“_`` We_PRP will_MD appeal_VB ”_''").endSentence().newParagraph()
                .tokens("Ivo_NNP Brandt_NNP said_VBD_say the_DT plan_NN failed_VBD_fail ._.")
                .tokens("“_`` It_PRP is_VBZ_be over_RB ”_''").endSentence()
                .mention(MARA, EntityType.PERSON, 0, 2, false)
                .mention(IVO, EntityType.PERSON, 12, 14, false);
        List<Quote> quotes = quotes(d);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("said", d.document().textOf(quotes.get(0).cue()));
        // "the plan failed" is what Brandt said in reported speech; the quote right after it, with no
        // cue of its own, is his too (see aQuoteAfterReportedSpeechIsTheReportedSpeakers).
        assertEquals(IVO, quotes.get(1).speakerKey());
    }

    @Test
    void aQuoteAfterReportedSpeechIsTheReportedSpeakers() {
        // Mara Holt argued that the tax would fail . “ It is a gift to nobody . ” ¶ Ivo Brandt pressed on with his case . ¶ “ Vote it down . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP argued_VBD_argue that_IN the_DT tax_NN would_MD fail_VB_fail ._.")
                .tokens("“_`` It_PRP is_VBZ_be a_DT gift_NN to_TO nobody_NN ._. ”_''").endSentence().newParagraph()
                .tokens("Ivo_NNP Brandt_NNP pressed_VBD_press on_RP with_IN his_PRP$ case_NN ._.").newParagraph()
                .tokens("“_`` Vote_VB_vote it_PRP down_RP ._. ”_''").endSentence()
                .mention(MARA, EntityType.PERSON, 0, 2, false)
                .mention(IVO, EntityType.PERSON, 18, 20, false);
        List<Quote> quotes = quotes(d);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("argued", d.document().textOf(quotes.get(0).cue()));
        // "pressed on" is no speech verb: the paragraph before says nothing about who speaks.
        assertNull(quotes.get(1).speakerKey());
    }

    @Test
    void aQuoteAfterAParagraphOfReportedSpeechIsItsSpeakers() {
        // Ivo Brandt repeated his warning . ¶ “ Vote it down . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP Brandt_NNP repeated_VBD_repeat his_PRP$ warning_NN ._.").newParagraph()
                .tokens("“_`` Vote_VB_vote it_PRP down_RP ._. ”_''").endSentence()
                .mention(IVO, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(IVO, quotes.get(0).speakerKey());
    }

    @Test
    void aGerundBeforeAQuoteReportsNoSpeechOfItsSubject() {
        // Ivo Brandt was faulted for not condemning the plan Holt drafted . “ He has no spine at all . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ivo_NNP Brandt_NNP was_VBD_be faulted_VBN_fault for_IN not_RB condemning_VBG_condemn the_DT plan_NN Holt_NNP drafted_VBD_draft ._.")
                .tokens("“_`` He_PRP has_VBZ_have no_DT spine_NN at_IN all_DT ._. ”_''").endSentence()
                .mention(IVO, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertNull(quotes.get(0).speakerKey());
    }

    @Test
    void aCueVerbOpeningItsSentenceNamesTheSourceAfterIt() {
        // Mara Holt spoke first . ¶ Continued Holt : “ The border stays open . ”
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP Holt_NNP spoke_VBD_speak first_RB ._.").newParagraph()
                .tokens("Continued_VBD_continue Holt_NNP :_: “_`` The_DT border_NN stays_VBZ_stay open_JJ ._. ”_''")
                .mention(MARA, EntityType.PERSON, 0, 2, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        // "Holt" alone is no mention here: the person named before whose name holds it.
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("Holt", d.document().textOf(quotes.get(0).speakerMention()));
        assertEquals("Continued", d.document().textOf(quotes.get(0).cue()));
    }

    @Test
    void aPersonSetOffAfterAnOrganisationSpeaksForTheWordsBeforeIt() {
        // The leader of the Ruritanian League , Mara Holt , warned that the plan would be “ a grave mistake ” .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("The_DT leader_NN of_IN the_DT Ruritanian_NNP League_NNP ,_, Mara_NNP Holt_NNP ,_,")
                .tokens("warned_VBD_warn that_IN the_DT plan_NN would_MD be_VB_be “_`` a_DT grave_JJ mistake_NN ”_'' ._.")
                .mention("organization/ruritanian-league", EntityType.ORGANIZATION, 3, 6, false)
                .mention(MARA, EntityType.PERSON, 7, 9, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
    }

    @Test
    void aHyphenatedParticipleStaysInThePostPosedSource() {
        // “ Why wait ? ” said Ruritania - based strategist Mara Holt .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` Why_WRB wait_VB_wait now_RB ?_. ”_''").endSentence()
                .tokens("said_VBD_say Ruritania_NNP ~-_HYPH ~based_VBN_base strategist_NN Mara_NNP Holt_NNP ._.")
                .mention(RURITANIA, EntityType.PLACE, 7, 8, false)
                .mention(MARA, EntityType.PERSON, 11, 13, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertEquals("Ruritania-based strategist Mara Holt", d.document().textOf(quotes.get(0).speakerMention()));
    }

    @Test
    void aFullStopQuoteTakesTheNextSentenceAsCueOnlyWhenItSaysNothingElse() {
        // “ We will appeal ” Mara Holt said on Monday . ¶ Ivo Brandt arrived . “ It is over ” Ivo Brandt said the plan failed .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("“_`` We_PRP will_MD appeal_VB ”_''").endSentence()
                .tokens("Mara_NNP Holt_NNP said_VBD_say on_IN Monday_NNP ._.").newParagraph()
                .tokens("Ivo_NNP Brandt_NNP arrived_VBD_arrive ._.")
                .tokens("“_`` It_PRP is_VBZ_be over_RB ”_''").endSentence()
                .tokens("Ivo_NNP Brandt_NNP said_VBD_say the_DT plan_NN failed_VBD_fail ._.")
                .mention(MARA, EntityType.PERSON, 5, 7, false)
                .mention(IVO, EntityType.PERSON, 11, 13, false)
                .mention(IVO, EntityType.PERSON, 20, 22, false);
        List<Quote> quotes = quotes(d);
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals(MARA, quotes.get(0).speakerKey());
        assertNull(quotes.get(1).speakerKey());
    }

    @Test
    void anOrganisationNounSpeaksForTheOrganisationWhoseNameHoldsIt() {
        // The Ruritanian Trade Commission fined Acme Bank . “ It broke the rules , ” the commission said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("The_DT Ruritanian_NNP Trade_NNP Commission_NNP fined_VBD_fine Acme_NNP Bank_NNP ._.")
                .tokens("“_`` It_PRP broke_VBD_break the_DT rules_NNS ,_, ”_'' the_DT commission_NN said_VBD_say ._.")
                .mention("organization/ruritanian-trade-commission", EntityType.ORGANIZATION, 1, 4, false)
                .mention("organization/acme-bank", EntityType.ORGANIZATION, 5, 7, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("organization/ruritanian-trade-commission", quotes.get(0).speakerKey());
    }

    @Test
    void aLaterPhraseWithTheSameNounIsTheNearerAntecedentThanANameHoldingIt() {
        // Acme Group left . The trade group for Zeta Bank spoke . “ We are worried , ” the group said .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Acme_NNP Group_NNP left_VBD_leave ._.")
                .tokens("The_DT trade_NN group_NN for_IN Zeta_NNP Bank_NNP spoke_VBD_speak ._.")
                .tokens("“_`` We_PRP are_VBP_be worried_JJ ,_, ”_'' the_DT group_NN said_VBD_say ._.")
                .mention("organization/acme-group", EntityType.ORGANIZATION, 0, 2, false)
                .mention("organization/zeta-bank", EntityType.ORGANIZATION, 8, 10, false);
        List<Quote> quotes = quotes(d);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("organization/zeta-bank", quotes.get(0).speakerKey());
    }

    private static AnnotatedDocument parsed(EventTestDocument d, List<Dependency> edges) {
        AnnotatedDocument plain = d.document();
        return new AnnotatedDocument(plain.article(), plain.tokens(), plain.sentences(), plain.nerMentions(),
                new DependencyParses(tokens -> new DependencyGraph(edges)));
    }
}
