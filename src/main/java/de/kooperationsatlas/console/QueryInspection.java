package de.kooperationsatlas.console;

import de.kooperationsatlas.console.ConsoleException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.neo4j.cypher.internal.parser.v25.Cypher25Lexer;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Decides from the database's own plan ({@code EXPLAIN}) whether a console query may run. A read
 * transaction already stops writes; this refuses, before anything runs, what a read transaction still
 * allows: {@code LOAD CSV} (it reads the server's files), {@code SHOW} commands about settings, users or
 * other users' transactions, {@code TERMINATE}, administration commands, {@code CALL … IN TRANSACTIONS},
 * procedures outside a small read-only allow-list, and other databases ({@code USE}).
 *
 * <p>Working on the plan rather than the text means comments, odd spacing, subqueries and {@code
 * FOREACH} cannot hide a clause: the planner has already resolved them into operators.
 */
final class QueryInspection {

    /** Procedures that only read the graph's own schema. Everything else is refused. */
    private static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels",
            "db.relationshipTypes",
            "db.propertyKeys",
            "db.schema.visualization",
            "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties");

    /**
     * Graph Data Science algorithms in stream or stats mode read a graph that an administrator has
     * projected; they write nothing. Only counts where GDS is installed.
     */
    private static final Pattern ALLOWED_PROCEDURE_PATTERN = Pattern.compile("gds\\.[A-Za-z0-9.]+\\.(stream|stats)");

    /** {@code SHOW} commands about the graph's own schema and callables; every other {@code SHOW} is refused. */
    private static final Set<String> ALLOWED_SHOW = Set.of("ShowIndexes", "ShowConstraints", "ShowFunctions");

    /** Labels of the app's internal data, never shown in the console. */
    static final Set<String> HIDDEN_LABELS = Set.of("User", ConsoleHistory.LABEL, "AtlasStore");

    /** Labels starting with this are internal too (neo4j-migrations' bookkeeping). */
    static final String HIDDEN_LABEL_PREFIX = "__";

    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");

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

    private QueryInspection() {}

    /**
     * Refuses a query whose {@code range()} calls inside expressions span more than {@link
     * #MAX_EXPRESSION_RANGE} values together (nested loops multiply, so their spans are multiplied). Only bounds
     * made of numbers, parameters and arithmetic count; a range over a variable is bounded by the data it
     * comes from and left to the timeout.
     */
    static void refuseRunaways(String query, java.util.Map<String, ?> parameters) {
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

    /** Refuses a {@code USE} clause, found with Neo4j's own Cypher lexer (so strings and comments don't count). */
    static void refuseUse(String query) {
        var lexer = new Cypher25Lexer(CharStreams.fromString(query));
        lexer.removeErrorListeners();
        int previous = -1;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            int type = token.getType();
            boolean name = previous == Cypher25Lexer.DOT
                    || previous == Cypher25Lexer.DOLLAR
                    || previous == Cypher25Lexer.COLON;
            if (type == Cypher25Lexer.USE && !name) {
                throw new ConsoleException(Reason.REFUSED, "console.refused.use");
            }
            previous = type;
        }
    }

    /** Refuses the query unless its plan only reads the console's database with allowed operators. */
    static void check(ResultSummary explained, String database) {
        QueryType type = explained.queryType();
        if (!explained.hasPlan()) {
            throw new ConsoleException(Reason.REFUSED, "console.refused.noPlan");
        }
        List<Problem> problems = new ArrayList<>();
        walk(explained.plan(), database, problems);
        if (!problems.isEmpty()) {
            throw new ConsoleException(
                    Reason.REFUSED,
                    problems.getFirst().key(),
                    problems.getFirst().argument());
        }
        if (type != QueryType.READ_ONLY) {
            throw new ConsoleException(
                    Reason.REFUSED,
                    switch (type) {
                        case SCHEMA_WRITE -> "console.refused.schema";
                        default -> "console.refused.write";
                    });
        }
    }

    /** Why an operator is refused: a message key and its one argument. */
    private record Problem(String key, String argument) {}

    /** Collects the refused operators into {@code problems}, top of the plan first; the first one is reported. */
    private static void walk(Plan plan, String database, List<Problem> problems) {
        if (!problems.isEmpty()) {
            return;
        }
        String operator = plan.operatorType();
        int at = operator.indexOf('@');
        String name = at < 0 ? operator : operator.substring(0, at);
        String planDatabase = at < 0 ? database : operator.substring(at + 1);
        String details = details(plan);
        if (name.equals("LoadCSV")) {
            problems.add(new Problem("console.refused.loadCsv", ""));
        } else if (name.startsWith("Transaction")) {
            problems.add(new Problem("console.refused.inTransactions", ""));
        } else if (name.equals("AdministrationCommand")
                || name.startsWith("Terminate")
                || name.startsWith("Alter")
                || name.startsWith("Grant")
                || name.startsWith("Deny")
                || name.startsWith("Revoke")) {
            problems.add(new Problem("console.refused.admin", name));
        } else if (!planDatabase.equals(database)) {
            problems.add(new Problem("console.refused.database", planDatabase));
        } else if (name.startsWith("Show") && !ALLOWED_SHOW.contains(name)) {
            problems.add(new Problem("console.refused.show", showWhat(name)));
        } else if (name.contains("ProcedureCall")) {
            String procedure = procedureName(details);
            if (!ALLOWED_PROCEDURES.contains(procedure)
                    && !ALLOWED_PROCEDURE_PATTERN.matcher(procedure).matches()) {
                problems.add(new Problem("console.refused.procedure", procedure));
            }
        } else {
            String hidden = hiddenLabelIn(details);
            if (hidden != null) {
                problems.add(new Problem("console.refused.hiddenLabel", hidden));
            }
        }
        for (Plan child : plan.children()) {
            walk(child, database, problems);
        }
    }

    private static String details(Plan plan) {
        var value = plan.arguments().get("Details");
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** {@code ShowSettings} → {@code SETTINGS}, for the message. */
    private static String showWhat(String operator) {
        return operator.substring("Show".length()).toUpperCase(Locale.ROOT);
    }

    static String procedureName(String details) {
        var matcher = PROCEDURE_NAME.matcher(details);
        return matcher.find() ? matcher.group(1) : details;
    }

    /** An internal label named in an operator's details ({@code u:User}, {@code (u:User)}), if any. */
    static @org.jspecify.annotations.Nullable String hiddenLabelIn(String details) {
        var matcher = Pattern.compile(":\\s*`?([A-Za-z_][A-Za-z0-9_]*)").matcher(details);
        while (matcher.find()) {
            String label = matcher.group(1);
            if (hidden(label)) {
                return label;
            }
        }
        return null;
    }

    static boolean hidden(String label) {
        return HIDDEN_LABELS.contains(label) || label.startsWith(HIDDEN_LABEL_PREFIX);
    }
}
