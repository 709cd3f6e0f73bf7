package org.newsgraph.serve;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} that stops at a deadline ({@link DeadlineReplace} does the same for {@code REPLACE}). ARQ's query timeout is checked between solutions, so
 * one backtracking match ({@code REGEX(?name, "(.*a){12}b")} over a long literal) ran on after the
 * timeout and kept a core busy until the server restarted. Here the text is read through a
 * {@link CharSequence} that checks the clock, so the match itself is cancelled and the query ends
 * with HTTP 503 like any other timeout.
 */
final class DeadlineRegex extends E_Regex {
    private final Duration budget;

    private DeadlineRegex(Expr text, Expr pattern, Expr flags, Duration budget) {
        super(text, pattern, flags);
        this.budget = budget;
    }

    /**
     * Every {@code REGEX} and {@code REPLACE} replaced by one that stops after {@code budget}, then the
     * standard optimizer. Replaced first, because the optimizer evaluates calls on constants (constant
     * folding) before the query's own clock starts; their copies keep the deadline.
     */
    static RewriteFactory optimizer(Duration budget) {
        return context -> op -> withDeadlines(Optimize.stdOptimizationFactory.create(context)
                .rewrite(withDeadlines(op, budget)), budget);
    }

    static Op withDeadlines(Op op, Duration budget) {
        return Transformer.transform(new org.apache.jena.sparql.algebra.TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof DeadlineRegex)) {
                    return new DeadlineRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, budget);
                }
                if (func instanceof E_StrReplace && !(func instanceof DeadlineReplace)) {
                    return new DeadlineReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null,
                            budget);
                }
                return super.transform(func, args);
            }
        }, op);
    }

    @Override
    public NodeValue eval(java.util.List<NodeValue> args) {
        NodeValue text = args.get(0);
        if (!text.isString() && !text.isLiteral()) {
            throw new ExprEvalException("REGEX: not a string: " + text);
        }
        Pattern pattern = compile(args.get(1).getString(), args.size() > 2 ? args.get(2).getString() : "");
        long deadline = System.nanoTime() + budget.toNanos();
        return NodeValue.booleanReturn(pattern.matcher(new DeadlineText(text.asNode().getLiteralLexicalForm(), deadline))
                .find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new DeadlineRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, budget);
    }

    /** SPARQL's flags (XPath's) as Java's: i, m, s, x, q. */
    static Pattern compile(String regex, String flags) {
        int java = 0;
        for (char flag : flags.toCharArray()) {
            java |= switch (flag) {
                case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                case 'm' -> Pattern.MULTILINE;
                case 's' -> Pattern.DOTALL;
                case 'x' -> Pattern.COMMENTS;
                case 'q' -> Pattern.LITERAL;
                default -> throw new ExprEvalException("REGEX: unknown flag '" + flag + "'");
            };
        }
        try {
            return Pattern.compile(regex, java);
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("REGEX: bad pattern: " + e.getDescription());
        }
    }

    /** The text of a literal, read through a clock check every few thousand characters. */
    static final class DeadlineText implements CharSequence {
        private static final int CHECK_EVERY = 4096;
        private final String text;
        private final long deadline;
        private int reads;

        DeadlineText(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads % CHECK_EVERY == 0 && System.nanoTime() > deadline) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new DeadlineText(text.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
