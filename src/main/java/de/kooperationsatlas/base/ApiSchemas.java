package de.kooperationsatlas.base;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI document say what the API's records say: a record component marked with JSpecify's
 * {@code @Nullable} may be {@code null} in the JSON ({@code "type": ["string", "null"]}, OpenAPI 3.1), every
 * other component is always there ({@code required}). springdoc reads neither from the records by itself,
 * and the records are the one place where the answer's shape is written down, so the document follows
 * them instead of annotations repeated at each field.
 */
@Component
class ApiSchemas implements ModelConverter {

    private static final String APP_PACKAGE = "de.kooperationsatlas";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord() || !raw.getPackageName().startsWith(APP_PACKAGE)) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String ref = resolved.get$ref();
            model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        List<String> required = model.getRequired() == null ? new ArrayList<>() : new ArrayList<>(model.getRequired());
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (nullable(component)) {
                if (!required.contains(component.getName())) {
                    properties.put(component.getName(), orNull(property));
                }
            } else if (!required.contains(component.getName())) {
                required.add(component.getName());
            }
        }
        model.setRequired(required.isEmpty() ? null : required);
        return resolved;
    }

    private static boolean nullable(RecordComponent component) {
        return component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                || component.isAnnotationPresent(Nullable.class);
    }

    /**
     * The schema with {@code null} allowed: {@code "null"} added to its types, or beside its reference or
     * its enumeration ({@code anyOf}, since an enumeration without null would still refuse it).
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema orNull(Schema property) {
        if (property.getEnum() != null && !property.getEnum().isEmpty()) {
            return new JsonSchema()
                    .anyOf(List.of(property, new JsonSchema().types(Set.of("null"))))
                    .description(property.getDescription());
        }
        if (property.get$ref() != null || property.getAllOf() != null || property.getOneOf() != null) {
            var reference = new JsonSchema().$ref(property.get$ref());
            if (property.get$ref() == null) {
                reference =
                        (JsonSchema) new JsonSchema().allOf(property.getAllOf()).oneOf(property.getOneOf());
            }
            return new JsonSchema()
                    .anyOf(List.of(reference, new JsonSchema().types(Set.of("null"))))
                    .description(property.getDescription());
        }
        Set<String> types =
                property.getTypes() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(property.getTypes());
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty()) {
            return property; // any value already, null included
        }
        types.add("null");
        property.setTypes(types);
        return property;
    }
}
