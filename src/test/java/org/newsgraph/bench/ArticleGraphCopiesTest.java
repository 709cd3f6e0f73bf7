package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Vocab;

class ArticleGraphCopiesTest {
    private static final Node NAME = NodeFactory.createURI("https://schema.org/name");
    private static final Node MENTIONS = NodeFactory.createURI("https://schema.org/mentions");

    /** An invented article mentioning an invented mayor (only here) and a country (in every article). */
    private static Graph article(String id, String localPerson) {
        Graph g = GraphFactory.createDefaultGraph();
        Node article = NodeFactory.createURI(Vocab.NGR + "article/" + id);
        Node person = NodeFactory.createURI(Vocab.NGR + "entity/" + localPerson);
        Node country = NodeFactory.createURI(Vocab.NGR + "entity/Q20");
        Node event = NodeFactory.createURI(Vocab.NGR + "event/" + id + "e1");
        g.add(Triple.create(article, MENTIONS, person));
        g.add(Triple.create(article, MENTIONS, country));
        g.add(Triple.create(person, NAME, NodeFactory.createLiteralString("Ola Berg")));
        g.add(Triple.create(country, NAME, NodeFactory.createLiteralString("Norway")));
        g.add(Triple.create(event, NodeFactory.createURI(Vocab.SEM + "hasActor"), person));
        return g;
    }

    @Test
    void entitiesOnlyOneTemplateNamesAreItsOwn() {
        List<Set<Node>> own = StoreScaleBenchmark.entitiesOnlyOneTemplateMentions(
                List.of(article("a1", "mayor-berg"), article("a2", "mayor-dahl")));
        assertEquals(Set.of(NodeFactory.createURI(Vocab.NGR + "entity/mayor-berg")), own.get(0));
        assertEquals(Set.of(NodeFactory.createURI(Vocab.NGR + "entity/mayor-dahl")), own.get(1));
    }

    @Test
    void aCopyRenamesWhatTheArticleOwnsAndTheEntitiesItIsToldTo() {
        Graph template = article("a1", "mayor-berg");
        Node mayor = NodeFactory.createURI(Vocab.NGR + "entity/mayor-berg");
        Graph copy = ArticleGraphCopies.copy(template, Vocab.NGR + "article/a1", Vocab.NGR + "article/a1-copy7",
                "-copy7", Set.of(mayor), "-r2");

        assertEquals(template.size(), copy.size());
        Node renamedMayor = NodeFactory.createURI(Vocab.NGR + "entity/mayor-berg-r2");
        Node country = NodeFactory.createURI(Vocab.NGR + "entity/Q20");
        Node copiedArticle = NodeFactory.createURI(Vocab.NGR + "article/a1-copy7");
        assertTrue(copy.contains(copiedArticle, MENTIONS, renamedMayor));
        assertTrue(copy.contains(copiedArticle, MENTIONS, country), "an entity not named to rename stays shared");
        assertTrue(copy.contains(renamedMayor, NAME, NodeFactory.createLiteralString("Ola Berg")), "names stay");
        assertFalse(copy.contains(mayor, Node.ANY, Node.ANY));
        assertTrue(copy.contains(NodeFactory.createURI(Vocab.NGR + "event/a1e1-copy7"), Node.ANY, renamedMayor));
    }
}
