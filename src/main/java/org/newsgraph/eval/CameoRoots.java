package org.newsgraph.eval;

import java.util.List;

/** The short names of the 20 CAMEO root categories (CAMEO codebook 1.1b3), for eval's per-root table. */
public final class CameoRoots {
    private static final List<String> NAMES = List.of(
            "make public statement", "appeal", "express intent to cooperate", "consult",
            "engage in diplomatic coop.", "engage in material coop.", "provide aid", "yield", "investigate",
            "demand", "disapprove", "reject", "threaten", "protest", "exhibit force posture",
            "reduce relations", "coerce", "assault", "fight", "use unconv. mass violence");

    private CameoRoots() {
    }

    /** "04" -> "consult"; an unknown root gives "?". */
    public static String name(String root) {
        try {
            int n = Integer.parseInt(root);
            return n >= 1 && n <= NAMES.size() ? NAMES.get(n - 1) : "?";
        } catch (NumberFormatException e) {
            return "?";
        }
    }
}
