package de.kooperationsatlas.console;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cypher}: a read-only query for ANALYST and ADMIN. A refused or invalid statement is
 * 400, a timeout or too much memory 422, too many running console queries 429, all as {@code application/problem+json}
 * ({@link ConsoleApiErrors}).
 */
@RestController
@Tag(name = "Cypher console", description = "Read-only, time-boxed, row-capped Cypher for analysts")
class ConsoleController {

    private final ConsoleService console;

    ConsoleController(ConsoleService console) {
        this.console = console;
    }

    /** The request body: the query and its parameters (a JSON object, may be left out). */
    record CypherRequest(@Nullable String query, @Nullable Map<String, Object> params) {}

    /**
     * The answer: {@code rows} holds one object per row keyed by column; {@code hidden} counts values left
     * out because they are the app's internal data (users, console history).
     */
    record CypherJson(
            List<String> columns,
            List<Map<String, @Nullable Object>> rows,
            boolean truncated,
            int rowLimit,
            int hidden) {}

    @PostMapping("/api/cypher")
    @Operation(
            summary = "Run a read-only Cypher query (ANALYST, ADMIN)",
            description = "Runs in a read transaction with the database's timeout (default 10 s) and a row cap"
                    + " (default 5,000; truncated says whether rows were cut). Writes, LOAD CSV, CALL IN"
                    + " TRANSACTIONS, USE, administration and SHOW commands and procedures outside an allow-list are"
                    + " refused. Nodes come as {id, labels, properties}, relationships as {id, type, start, end,"
                    + " properties}; the app's users and console history are left out (counted in hidden).")
    @ApiResponse(responseCode = "200", description = "The columns and rows")
    @ApiResponse(responseCode = "400", description = "The statement is refused or invalid (the message says why)")
    @ApiResponse(responseCode = "403", description = "The user lacks the ANALYST role")
    @ApiResponse(
            responseCode = "422",
            description = "The query ran longer than the timeout, or needed more memory than one transaction may take")
    @ApiResponse(responseCode = "429", description = "Too many console queries run at once; retry later")
    CypherJson cypher(@RequestBody CypherRequest request) {
        var result = console.run(request.query() == null ? "" : request.query(), request.params());
        return new CypherJson(result.columns(), result.rows(), result.truncated(), result.rowLimit(), result.hidden());
    }
}
