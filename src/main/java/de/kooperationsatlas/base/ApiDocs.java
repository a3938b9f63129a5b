package de.kooperationsatlas.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /api/docs/openapi.json}, Swagger UI at {@code /api/docs}): the API's
 * description, HTTP Basic as its security scheme, and the errors every endpoint may answer, each as
 * {@code application/problem+json}. What an endpoint does is described at the controller.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String BASIC = "basicAuth";
    static final String PROBLEM = "Problem";

    @Bean
    OpenAPI atlasOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Kooperationsatlas API")
                        .version("1")
                        .description("""
                                Who cooperates with whom in public health, and where the gaps are: regions, \
                                actors, cooperations, networks, prevention chains, events, the analyses, import \
                                and export.

                                **Sign-in**: scripts send HTTP Basic credentials (no CSRF token needed); the \
                                browser session of the app works too (then writes need the CSRF token). Reads \
                                need any signed-in user; writes need the role the app's UI needs: EDITOR for \
                                actors, cooperations, memberships, contributions and participations of actors \
                                seated in the editor's regions, ADMIN for networks, chains, events, users and \
                                import; ANALYST for the Cypher console.

                                **Errors** are `application/problem+json` with `title`, `status`, `detail` (what \
                                and where) and, for broken fields, `errors: [{field, message}]`. Messages of \
                                field rules follow `Accept-Language` (German by default, `en` for English).

                                **Conventions**: dates are ISO 8601, points in time with offset; lists are paged \
                                as `{content, page, size, totalElements}` (page from 0, size default 20, at most \
                                200); unknown query parameters are refused.""")
                        .license(new License()
                                .name("Reference data: Datenlizenz Deutschland – Namensnennung – 2.0 (Destatis, BKG)")
                                .identifier("DL-DE-BY-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("The app's user name and password."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Adds the errors every endpoint may answer, and the problem body to every error response. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            // Added here, after springdoc has dropped the schemas that nothing referred to yet.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        add(operation, "400", "Bad request: an unknown or malformed parameter or body");
                        add(operation, "401", "No or wrong credentials");
                        add(operation, "500", "An unexpected error; it has been logged");
                        if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
                            add(operation, "403", "The signed-in user lacks the role or the region");
                        }
                        operation.getResponses().forEach((code, response) -> {
                            if (code.startsWith("4") || code.startsWith("5")) {
                                response.setContent(new Content()
                                        .addMediaType(
                                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM))));
                            }
                        });
                    }));
        };
    }

    /**
     * Names the kind of entry in the texts of the endpoints that {@link KeyedController} shares: "One
     * {entry} …" becomes "One network …" under {@code /api/networks}.
     */
    @Bean
    OperationCustomizer keyedEntryTexts(ApplicationContext context) {
        return (operation, handler) -> {
            if (KeyedController.class.isAssignableFrom(handler.getBeanType())) {
                var controller = (KeyedController<?, ?, ?, ?, ?>) context.getBean(handler.getBeanType());
                operation.setSummary(controller.describe(operation.getSummary()));
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> p.setDescription(controller.describe(p.getDescription())));
                }
                // Fresh answers: springdoc may hand the same objects to the three controllers.
                operation
                        .getResponses()
                        .replaceAll((code, answer) -> new ApiResponse()
                                .description(controller.describe(answer.getDescription()))
                                .content(answer.getContent())
                                .headers(answer.getHeaders())
                                .links(answer.getLinks()));
            }
            return operation;
        };
    }

    private static void add(Operation operation, String code, String description) {
        if (operation.getResponses() != null && !operation.getResponses().containsKey(code)) {
            operation.getResponses().addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static Schema<?> problemSchema() {
        var error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as the API names it"))
                .addProperty("message", new StringSchema().description("What is wrong with it"));
        return new ObjectSchema()
                .description("An error (RFC 9457 problem details)")
                .properties(Map.of(
                        "type", new StringSchema().example("about:blank"),
                        "title", new StringSchema().example("Not found"),
                        "status", new IntegerSchema().example(404),
                        "detail", new StringSchema().example("Unknown actor 'XY-1'"),
                        "instance", new StringSchema().example("/api/actors/XY-1"),
                        "errors",
                                new ArraySchema()
                                        .items(error)
                                        .description("For broken fields: each field and what is wrong")));
    }
}
