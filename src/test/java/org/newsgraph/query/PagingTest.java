package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.TdbKnowledgeStore;
import org.newsgraph.testdata.SampleExtractions;

class PagingTest {
    @TempDir
    Path dir;

    @Test
    void pagesOfAListingJoinUpToTheWholeListing() {
        ExtractionMapper mapper = new ExtractionMapper();
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(ExtractionMapper.graphName(SampleExtractions.diplomaticCall()),
                    mapper.map(SampleExtractions.diplomaticCall()));
            store.replaceArticle(ExtractionMapper.graphName(SampleExtractions.followUp()),
                    mapper.map(SampleExtractions.followUp()));
            QueryRunner runner = new QueryRunner(store);
            CatalogueQuery listing = QueryCatalogue.bundled().find("entities-by-type").orElseThrow();
            List<Map<String, String>> all = runner.rows(listing, Map.of(), Paging.ALL);
            assertTrue(all.size() > 5, "too few rows to page: " + all.size());

            List<Map<String, String>> paged = new ArrayList<>();
            for (long offset = 0; offset < all.size(); offset += 3) {
                List<Map<String, String>> page = runner.rows(listing, Map.of(), new Paging(3, offset));
                assertTrue(page.size() <= 3);
                paged.addAll(page);
            }
            assertEquals(all, paged);
            assertEquals(List.of(), runner.rows(listing, Map.of(), new Paging(3, all.size())));
            assertEquals(all.subList(0, 2), runner.rows(listing, Map.of(), new Paging(2, 0)));
        }
    }

    @Test
    void aQuerysOwnLimitStillHolds() {
        Query topTen = QueryFactory.create("SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10");
        Query secondPage = new Paging(8, 8).applyTo(topTen);
        assertEquals(8, secondPage.getOffset());
        assertEquals(2, secondPage.getLimit());
        assertEquals(10, topTen.getLimit(), "the query itself is left alone");
        assertEquals(0, new Paging(5, 20).applyTo(topTen).getLimit());
        assertEquals(100, Paging.FIRST_PAGE.applyTo(QueryFactory.create("SELECT * { ?s ?p ?o }")).getLimit());
    }

    @Test
    void thePageIsCutInTheOrderedSubSelectItsQueryPutsFirst() {
        Query listing = QueryFactory.create("""
                SELECT ?event ?name {
                  { SELECT ?event ?key { ?event <urn:x:key> ?key } ORDER BY ?key }
                  ?event <urn:x:actor> ?actor . ?actor <urn:x:name> ?name
                } ORDER BY ?key ?name""");
        Query thirdPage = new Paging(10, 20).applyTo(listing);
        Query sub = ((org.apache.jena.sparql.syntax.ElementSubQuery)
                ((org.apache.jena.sparql.syntax.ElementGroup) thirdPage.getQueryPattern()).get(0)).getQuery();
        assertEquals(30, sub.getLimit(), "the sub-select keeps the rows up to the page's end");
        assertEquals(20, thirdPage.getOffset());
        assertEquals(10, thirdPage.getLimit());
        Query untouched = ((org.apache.jena.sparql.syntax.ElementSubQuery)
                ((org.apache.jena.sparql.syntax.ElementGroup) listing.getQueryPattern()).get(0)).getQuery();
        assertFalse(untouched.hasLimit(), "the query itself is left alone");

        Query ownLimit = QueryFactory.create("SELECT ?s { { SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 5 } } ORDER BY ?s");
        Query paged = new Paging(10, 0).applyTo(ownLimit);
        assertEquals(5, ((org.apache.jena.sparql.syntax.ElementSubQuery)
                ((org.apache.jena.sparql.syntax.ElementGroup) paged.getQueryPattern()).get(0)).getQuery().getLimit());
        Query unordered = QueryFactory.create("SELECT ?s { { SELECT DISTINCT ?s { ?s ?p ?o } } } ORDER BY ?s");
        assertFalse(((org.apache.jena.sparql.syntax.ElementSubQuery)
                ((org.apache.jena.sparql.syntax.ElementGroup) new Paging(10, 0).applyTo(unordered).getQueryPattern())
                .get(0)).getQuery().hasLimit(), "a sub-select without ORDER BY decides nothing about the page");
    }

    @Test
    void negativeNumbersAreRefused() {
        assertThrows(NewsgraphException.class, () -> new Paging(-5, 0));
        assertThrows(NewsgraphException.class, () -> new Paging(10, -1));
    }
}
