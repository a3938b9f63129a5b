package de.kooperationsatlas.console;

import de.kooperationsatlas.console.ConsoleException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.neo4j.cypher.internal.parser.v25.Cypher25Lexer;

/**
 * Refuses console queries whose {@code range()} loops inside expressions would run past every timeout. Unlike
 * {@link QueryInspection}, which reads the database's plan, this works on the query's tokens before anything is
 * sent, because the plan does not show how many values a range spans.
 */
final class RunawayRanges {

    /**
     * The most values that the {@code range()} calls inside expressions (list comprehensions, {@code reduce},
     * {@code IN}, quantifiers) may span together. Neo4j's runtime does not look at the transaction's
     * termination flag inside such a loop, so neither the timeout nor the watchdog stops it: measured with
     * Neo4j 2026.08, {@code reduce(s = "", x IN range(1, 5000000) | s + "xxxxxxxxxx")} ran on long after its
     * 10 s timeout. {@code UNWIND range(…)} makes rows, which the runtime checks, and is not counted.
     */
    static final long MAX_EXPRESSION_RANGE = 100_000;

    /** Functions whose value follows from their one argument, for working out a range's bounds. */
    private static final Set<String> NUMBER_FUNCTIONS =
            Set.of("tointeger", "tofloat", "tointegerornull", "tofloatornull", "abs", "round", "ceil", "floor");

    private RunawayRanges() {}

    /**
     * Refuses a query whose {@code range()} calls inside expressions span more than {@link
     * #MAX_EXPRESSION_RANGE} values together (nested loops multiply, so their spans are multiplied). Only bounds
     * made of numbers, parameters and arithmetic count; a range over a variable is bounded by the data it
     * comes from and left to the timeout.
     */
    static void refuse(String query, java.util.Map<String, ?> parameters) {
        var lexer = new Cypher25Lexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() == Token.DEFAULT_CHANNEL) {
                tokens.add(token);
            }
        }
        double values = 1;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!isRange(tokens, i)) {
                continue;
            }
            int close = closing(tokens, i + 1);
            if (close < 0) {
                return; // unbalanced: the database's parser will say what is wrong
            }
            boolean unwound = i > 0
                    && tokens.get(i - 1).getType() == Cypher25Lexer.UNWIND
                    && close + 1 < tokens.size()
                    && tokens.get(close + 1).getText().equalsIgnoreCase("AS");
            Double span = unwound ? null : span(arguments(tokens, i + 2, close), parameters);
            if (span != null && span > 1) {
                values *= span;
            }
        }
        if (values > MAX_EXPRESSION_RANGE) {
            throw new ConsoleException(
                    Reason.REFUSED,
                    "console.refused.range",
                    values >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) values,
                    MAX_EXPRESSION_RANGE);
        }
    }

    private static boolean isRange(List<Token> tokens, int at) {
        String name = tokens.get(at).getText().replace("`", "");
        boolean function = tokens.get(at + 1).getType() == Cypher25Lexer.LPAREN;
        boolean member = at > 0
                && (tokens.get(at - 1).getType() == Cypher25Lexer.DOT
                        || tokens.get(at - 1).getType() == Cypher25Lexer.COLON);
        return function && !member && name.equalsIgnoreCase("range");
    }

    /** The index of the parenthesis that closes the one at {@code open}, or -1. */
    private static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            int type = tokens.get(i).getType();
            if (type == Cypher25Lexer.LPAREN || type == Cypher25Lexer.LBRACKET || type == Cypher25Lexer.LCURLY) {
                depth++;
            } else if (type == Cypher25Lexer.RPAREN || type == Cypher25Lexer.RBRACKET || type == Cypher25Lexer.RCURLY) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The arguments between {@code from} and {@code to} (exclusive), split at the commas of the top level. */
    private static List<List<Token>> arguments(List<Token> tokens, int from, int to) {
        List<List<Token>> arguments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            int type = token.getType();
            if (type == Cypher25Lexer.LPAREN || type == Cypher25Lexer.LBRACKET || type == Cypher25Lexer.LCURLY) {
                depth++;
            } else if (type == Cypher25Lexer.RPAREN || type == Cypher25Lexer.RBRACKET || type == Cypher25Lexer.RCURLY) {
                depth--;
            }
            if (type == Cypher25Lexer.COMMA && depth == 0) {
                arguments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        arguments.add(current);
        return arguments;
    }

    /** How many values {@code range(start, end[, step])} yields, or null when a bound is not a constant. */
    private static @org.jspecify.annotations.Nullable Double span(
            List<List<Token>> arguments, java.util.Map<String, ?> parameters) {
        if (arguments.size() < 2 || arguments.size() > 3) {
            return null;
        }
        Double start = new Constant(arguments.get(0), parameters).value();
        Double end = new Constant(arguments.get(1), parameters).value();
        Double step = arguments.size() == 3 ? new Constant(arguments.get(2), parameters).value() : Double.valueOf(1);
        if (start == null || end == null || step == null || step == 0 || step.isNaN()) {
            return null;
        }
        double count = Math.floor((end - start) / step) + 1;
        return count > 0 ? count : 0;
    }

    /**
     * Works out an expression made only of numbers, parameters, {@code + - * / % ^}, parentheses and a few
     * number functions; {@link #value()} is null for anything else.
     */
    private static final class Constant {

        private final List<Token> tokens;
        private final java.util.Map<String, ?> parameters;
        private int at;

        Constant(List<Token> tokens, java.util.Map<String, ?> parameters) {
            this.tokens = tokens;
            this.parameters = parameters;
        }

        @org.jspecify.annotations.Nullable
        Double value() {
            try {
                double value = sum();
                return at == tokens.size() ? value : null;
            } catch (IllegalStateException | NumberFormatException e) {
                return null;
            }
        }

        private double sum() {
            double value = product();
            while (peek(Cypher25Lexer.PLUS) || peek(Cypher25Lexer.MINUS)) {
                boolean plus = tokens.get(at++).getType() == Cypher25Lexer.PLUS;
                double next = product();
                value = plus ? value + next : value - next;
            }
            return value;
        }

        private double product() {
            double value = unary();
            while (peek(Cypher25Lexer.TIMES) || peek(Cypher25Lexer.DIVIDE) || peek(Cypher25Lexer.PERCENT)) {
                int operator = tokens.get(at++).getType();
                double next = unary();
                value = operator == Cypher25Lexer.TIMES
                        ? value * next
                        : operator == Cypher25Lexer.DIVIDE ? value / next : value % next;
            }
            return value;
        }

        private double unary() {
            if (peek(Cypher25Lexer.MINUS)) {
                at++;
                return -unary();
            }
            if (peek(Cypher25Lexer.PLUS)) {
                at++;
                return unary();
            }
            double value = atom();
            if (peek(Cypher25Lexer.POW)) {
                at++;
                return Math.pow(value, unary());
            }
            return value;
        }

        private double atom() {
            if (at >= tokens.size()) {
                throw new IllegalStateException("incomplete");
            }
            Token token = tokens.get(at++);
            String text = token.getText().replace("_", "");
            switch (token.getType()) {
                case Cypher25Lexer.UNSIGNED_DECIMAL_INTEGER, Cypher25Lexer.DECIMAL_DOUBLE -> {
                    return Double.parseDouble(text);
                }
                case Cypher25Lexer.UNSIGNED_HEX_INTEGER -> {
                    return Long.parseLong(text.substring(2), 16);
                }
                case Cypher25Lexer.UNSIGNED_OCTAL_INTEGER -> {
                    return Long.parseLong(text.substring(text.startsWith("0o") ? 2 : 1), 8);
                }
                case Cypher25Lexer.DOLLAR -> {
                    if (at >= tokens.size()) {
                        throw new IllegalStateException("incomplete");
                    }
                    Object value = parameters.get(tokens.get(at++).getText().replace("`", ""));
                    if (value instanceof Number number) {
                        return number.doubleValue();
                    }
                    if (value instanceof String string) {
                        return Double.parseDouble(string.strip());
                    }
                    throw new IllegalStateException("not a number");
                }
                case Cypher25Lexer.LPAREN -> {
                    double value = sum();
                    expect(Cypher25Lexer.RPAREN);
                    return value;
                }
                default -> {
                    if (NUMBER_FUNCTIONS.contains(text.toLowerCase(Locale.ROOT)) && peek(Cypher25Lexer.LPAREN)) {
                        at++;
                        double value = sum();
                        expect(Cypher25Lexer.RPAREN);
                        return value;
                    }
                    throw new IllegalStateException("not a constant");
                }
            }
        }

        private boolean peek(int type) {
            return at < tokens.size() && tokens.get(at).getType() == type;
        }

        private void expect(int type) {
            if (!peek(type)) {
                throw new IllegalStateException("unexpected");
            }
            at++;
        }
    }
}
