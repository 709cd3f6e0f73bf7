package org.newsgraph.eval;

/**
 * Match counts for one kind of item. For events the matching is one-to-one, so
 * {@code goldFound == extractedRight}; entities and quotes are matched by name or text, where one
 * extracted item may match several gold items and the other way round.
 *
 * @param goldFound       gold items matched by at least one extracted item
 * @param gold            gold items
 * @param extractedRight  extracted items that match at least one gold item
 * @param extracted       extracted items
 */
public record Counts(int goldFound, int gold, int extractedRight, int extracted) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(goldFound + o.goldFound, gold + o.gold, extractedRight + o.extractedRight,
                extracted + o.extracted);
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) goldFound / gold;
    }

    public double precision() {
        return extracted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) extractedRight / extracted;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
