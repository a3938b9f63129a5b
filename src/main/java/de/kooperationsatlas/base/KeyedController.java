package de.kooperationsatlas.base;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The endpoints every keyed admin entry ({@code /api/networks}, {@code /api/chains}, {@code /api/events})
 * offers alike: the paged list, one entry, create-or-change by PUT and delete, answered the same way (201
 * with a Location for a new entry, 200 for a changed one). A feature's controller extends it with its
 * {@code @RequestMapping}, its {@code @Tag} (which names the kind of entry in the API documentation), its
 * JSON records (handed to the constructor) and its link endpoints (members, contributors, participants).
 *
 * @param <D> the entry as its service answers it
 * @param <T> the draft that creates or changes it
 * @param <B> the body of a PUT
 * @param <R> a row of the list as JSON
 * @param <J> the entry as JSON
 */
public abstract class KeyedController<D extends KeyedDetails, T extends Keyed, B, R, J> {

    private final KeyedService<D, T> service;
    private final String path;
    private final String entry;
    private final Supplier<List<R>> rows;
    private final Function<D, J> json;
    private final BiFunction<B, String, T> draft;

    /**
     * @param path the controller's path ({@code /api/chains}), the prefix of a new entry's Location
     * @param entry what an entry is called in the API documentation ({@code prevention chain}), for the
     *     {@code {entry}} and {@code {entries}} of the texts below
     * @param rows all entries as JSON rows, in the list's order
     * @param json an entry as JSON
     * @param draft the draft that a PUT body stands for, given the id in the path
     */
    protected KeyedController(
            KeyedService<D, T> service,
            String path,
            String entry,
            Supplier<List<R>> rows,
            Function<D, J> json,
            BiFunction<B, String, T> draft) {
        this.service = service;
        this.path = path;
        this.entry = entry;
        this.rows = rows;
        this.json = json;
        this.draft = draft;
    }

    /** An API documentation text of this class with the entry named ({@code {entry}}, {@code {entries}}). */
    public String describe(String text) {
        return text.replace("{entries}", entry + "s").replace("{entry}", entry);
    }

    @GetMapping
    @Operation(summary = "Lists the {entries}, paged")
    @ApiResponse(responseCode = "200", description = "One page of {entries}")
    public ApiPage<R> list(@ParameterObject ApiPage.Query query) {
        return ApiPage.of(rows.get(), query.request(), Function.identity());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One {entry} with its regions and the actors linked to it")
    @ApiResponse(responseCode = "200", description = "The {entry}")
    @ApiResponse(responseCode = "404", description = "No {entry} has this id")
    public J get(@Parameter(description = "The {entry}'s id") @PathVariable String id) {
        return json.apply(service.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Creates or changes the {entry} (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The {entry} was changed")
    @ApiResponse(responseCode = "201", description = "The {entry} was created")
    @ApiResponse(responseCode = "400", description = "Broken fields, each listed in errors[] with field and message")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    public ResponseEntity<J> put(
            @Parameter(description = "The {entry}'s id (created when it does not exist)") @PathVariable String id,
            @RequestBody B body) {
        T entry = draft.apply(body, id);
        if (service.exists(id)) {
            return ResponseEntity.ok(json.apply(service.update(id, entry)));
        }
        return ResponseEntity.created(ApiBodies.location(path, id)).body(json.apply(service.create(entry)));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes the {entry} with its links to actors (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @ApiResponse(responseCode = "404", description = "No {entry} has this id")
    public void delete(@Parameter(description = "The {entry}'s id") @PathVariable String id) {
        service.delete(id);
    }
}
