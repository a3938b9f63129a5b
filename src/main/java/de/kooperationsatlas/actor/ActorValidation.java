package de.kooperationsatlas.actor;

import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.InvalidInputException.Problem;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.TextRules;
import de.kooperationsatlas.base.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The field rules of an actor; each broken rule names its field and an i18n message key. */
final class ActorValidation {

    static final int MAX_CELL = 64 * 1024;
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()/ .-]{3,40}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{8}");
    private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{5}|\\d{8}");

    private ActorValidation() {}

    static List<Problem> check(ActorDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (blank(draft.id())) {
            problems.add(new Problem("id", "actor.error.required"));
        } else {
            TextRules.checkId("id", draft.id(), problems);
        }
        if (blank(draft.name())) {
            problems.add(new Problem("name", "actor.error.required"));
        } else if (draft.name().length() > 300) {
            problems.add(new Problem("name", "actor.error.tooLong", 300));
        } else {
            TextRules.checkName("name", draft.name(), problems);
        }
        if (blank(draft.type())) {
            problems.add(new Problem("type", "actor.error.required"));
        } else if (ActorType.ofCode(draft.type()).isEmpty()) {
            problems.add(new Problem("type", "actor.error.type", draft.type()));
        }
        if (blank(draft.seatAgs())) {
            problems.add(new Problem("seatAgs", "actor.error.required"));
        } else if (!MUNICIPALITY.matcher(draft.seatAgs()).matches()) {
            problems.add(new Problem("seatAgs", "actor.error.seatFormat", draft.seatAgs()));
        }
        for (String area : draft.serves()) {
            if (!REGION.matcher(area).matches()) {
                problems.add(new Problem("serves", "actor.error.regionFormat", area));
            }
        }
        for (String phase : draft.lifePhases()) {
            if (LifePhase.ofCode(phase).isEmpty()) {
                problems.add(new Problem("lifePhases", "actor.error.phase", phase));
            }
        }
        for (String topic : draft.topics()) {
            if (Topics.slug(topic).isEmpty()) {
                problems.add(new Problem("topics", "actor.error.topic", topic));
            }
        }
        if (!blank(draft.website()) && !WEBSITE.matcher(draft.website()).matches()) {
            problems.add(new Problem("website", "actor.error.website"));
        }
        if (!blank(draft.email()) && !EMAIL.matcher(draft.email()).matches()) {
            problems.add(new Problem("email", "actor.error.email"));
        }
        if (!blank(draft.phone()) && !PHONE.matcher(draft.phone()).matches()) {
            problems.add(new Problem("phone", "actor.error.phone"));
        }
        if (draft.description() != null && draft.description().length() > MAX_CELL) {
            problems.add(new Problem("description", "actor.error.tooLong", MAX_CELL));
        }
        problems.addAll(Dates.problems(draft.since(), draft.until()));
        return problems;
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
