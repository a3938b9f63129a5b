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

    private QueryInspection() {}

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
