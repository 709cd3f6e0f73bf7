package org.newsgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * SPARQL {@code REPLACE} that stops at a deadline, as {@link DeadlineRegex} does for {@code REGEX}:
 * the same backtracking patterns are as expensive here. The result keeps the input's language tag,
 * and a pattern that matches the empty string is an error, as XPath's {@code fn:replace} says.
 */
final class DeadlineReplace extends E_StrReplace {
    private final Duration budget;

    DeadlineReplace(Expr text, Expr pattern, Expr replacement, Expr flags, Duration budget) {
        super(text, pattern, replacement, flags);
        this.budget = budget;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node text = args.get(0).asNode();
        if (!text.isLiteral()) {
            throw new ExprEvalException("REPLACE: not a string: " + args.get(0));
        }
        Pattern pattern = DeadlineRegex.compile(args.get(1).getString(), args.size() > 3 ? args.get(3).getString() : "");
        if (pattern.matcher("").matches()) {
            throw new ExprEvalException("REPLACE: the pattern matches the empty string");
        }
        long deadline = System.nanoTime() + budget.toNanos();
        Matcher matcher = pattern.matcher(new DeadlineRegex.DeadlineText(text.getLiteralLexicalForm(), deadline));
        String replaced;
        try {
            replaced = matcher.replaceAll(args.get(2).getString());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("REPLACE: bad replacement: " + e.getMessage());
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new DeadlineReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null,
                budget);
    }
}
