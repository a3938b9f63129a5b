package de.kooperationsatlas.console;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cypher}: a read-only query for ANALYST and ADMIN. A refused or invalid statement is
 * 400, a timeout 422, too many running console queries 429, all as {@code application/problem+json}
 * ({@link ConsoleApiErrors}).
 */
@RestController
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
    CypherJson cypher(@RequestBody CypherRequest request) {
        var result = console.run(request.query() == null ? "" : request.query(), request.params());
        return new CypherJson(result.columns(), result.rows(), result.truncated(), result.rowLimit(), result.hidden());
    }
}
