package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.LedgerEntry;

/** Pruning a store shared by several machines touches only this build's inputs. */
class BuildPlanTest {

    private static LedgerEntry gone(String source) {
        return new LedgerEntry("https://w3id.org/newsgraph/id/article/" + source.hashCode(), "h", "v", 1, source);
    }

    @Test
    void onlyEntriesReadFromTheGivenPathsOrBeneathThemCount() {
        BuildPlan plan = new BuildPlan();
        Path here = Path.of("/srv/shard-a").toAbsolutePath();
        LedgerEntry mine = gone(here.resolve("wire/ferry.txt").toString());
        LedgerEntry named = gone(Path.of("/srv/single.txt").toAbsolutePath().toString());
        LedgerEntry theirs = gone(Path.of("/srv/shard-b/wire/ferry.txt").toAbsolutePath().toString());
        LedgerEntry prefixOnly = gone(Path.of("/srv/shard-ab/ferry.txt").toAbsolutePath().toString());
        plan.removed.addAll(List.of(mine, named, theirs, prefixOnly));

        assertEquals(List.of(mine, named), plan.removedUnder(List.of(Path.of("/srv/shard-a/"), Path.of("/srv/single.txt"))));
    }
}
