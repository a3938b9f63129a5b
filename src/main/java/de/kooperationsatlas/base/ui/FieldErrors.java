package de.kooperationsatlas.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import de.kooperationsatlas.base.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows a service's field problems at the fields they name, translated; answers what no field shows.
 */
public final class FieldErrors {

    private FieldErrors() {}

    public static void clear(Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Marks each named field; answers the messages that no field shows. */
    public static List<String> show(
            Component owner, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        clear(fields);
        List<String> unplaced = new ArrayList<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (var problem : e.problems()) {
            String text =
                    owner.getTranslation(problem.messageKey(), problem.args().toArray());
            messages.merge(problem.field(), text, (a, b) -> a + " " + b);
        }
        messages.forEach((field, text) -> {
            var target = fields.get(field);
            if (target == null) {
                unplaced.add(owner.getTranslation("field." + field) + ": " + text);
            } else {
                target.setErrorMessage(text);
                target.setInvalid(true);
            }
        });
        return unplaced;
    }
}
