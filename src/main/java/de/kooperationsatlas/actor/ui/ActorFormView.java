package de.kooperationsatlas.actor.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import de.kooperationsatlas.actor.ActorDetails;
import de.kooperationsatlas.actor.ActorDraft;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.actor.ActorType;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.FieldErrors;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates or changes an actor. The service checks every field and the region rights; its messages
 * appear at the fields they name, in German (or English).
 */
@Route("actors/new")
@RouteAlias("actors/:id/edit")
@RolesAllowed({"EDITOR", "ADMIN"})
class ActorFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActorService actors;
    private final RegionService regions;
    private final H2 title = new H2();
    private final TextField id = new TextField();
    private final TextField name = new TextField();
    private final Select<ActorType> type = new Select<>();
    private final ComboBox<RegionRef> seat = new ComboBox<>();
    private final MultiSelectComboBox<RegionRef> serves = new MultiSelectComboBox<>();
    private final CheckboxGroup<LifePhase> phases = new CheckboxGroup<>();
    private final MultiSelectComboBox<String> topics = new MultiSelectComboBox<>();
    private final TextField website = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextArea description = new TextArea();
    private final TextField since = new TextField();
    private final TextField until = new TextField();
    private @Nullable ActorDetails existing;

    ActorFormView(ActorService actors, RegionService regions) {
        this.actors = actors;
        this.regions = regions;
        setMaxWidth("60rem");
        configureFields();
        add(title, form(), buttons());
    }

    private void configureFields() {
        id.setLabel(getTranslation("actor.id"));
        id.setHelperText(getTranslation("actor.idHelp"));
        id.setRequiredIndicatorVisible(true);
        id.setId("actor-id");
        name.setLabel(getTranslation("actor.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("actor-name-field");
        type.setLabel(getTranslation("actor.type"));
        type.setItems(ActorType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.messageKey()));
        type.setRequiredIndicatorVisible(true);
        type.setId("actor-type");
        seat.setLabel(getTranslation("actor.seat"));
        seat.setHelperText(getTranslation("actor.seatHelp"));
        seat.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 200).stream()
                        .filter(r -> r.level() == RegionLevel.MUNICIPALITY)
                        .limit(q.getLimit()));
        seat.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        seat.setRequiredIndicatorVisible(true);
        seat.setId("actor-seat-field");
        serves.setLabel(getTranslation("actor.serves"));
        serves.setHelperText(getTranslation("actor.servesHelp"));
        serves.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), Math.min(q.getLimit(), 50)).stream());
        serves.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        phases.setLabel(getTranslation("actor.phases"));
        phases.setItems(LifePhase.values());
        phases.setItemLabelGenerator(p -> getTranslation(p.messageKey()));
        topics.setLabel(getTranslation("actor.topics"));
        topics.setHelperText(getTranslation("actor.topicsHelp"));
        topics.setItems(actors.topicLabels());
        topics.setAllowCustomValue(true);
        topics.addCustomValueSetListener(e -> {
            var labels = new LinkedHashSet<>(topics.getListDataView().getItems().toList());
            labels.add(e.getDetail().strip());
            var selected = new LinkedHashSet<>(topics.getValue());
            selected.add(e.getDetail().strip());
            topics.setItems(new ArrayList<>(labels));
            topics.setValue(selected);
        });
        website.setLabel(getTranslation("actor.website"));
        website.setPlaceholder("https://");
        email.setLabel(getTranslation("actor.email"));
        phone.setLabel(getTranslation("actor.phone"));
        description.setLabel(getTranslation("actor.description"));
        description.setMaxLength(64 * 1024);
        since.setLabel(getTranslation("actor.since"));
        since.setHelperText(getTranslation("actor.sinceHelp"));
        since.setId("actor-since");
        until.setLabel(getTranslation("actor.until"));
        until.setHelperText(getTranslation("actor.untilHelp"));
        until.setId("actor-until");
    }

    private FormLayout form() {
        var form = new FormLayout(
                id, name, type, seat, serves, phases, topics, website, email, phone, since, until, description);
        form.setColspan(serves, 2);
        form.setColspan(phases, 2);
        form.setColspan(topics, 2);
        form.setColspan(description, 2);
        return form;
    }

    private HorizontalLayout buttons() {
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-actor");
        var cancel = new Button(getTranslation("action.cancel"), e -> back());
        return new HorizontalLayout(save, cancel);
    }

    private Map<String, HasValidation> fields() {
        return Map.ofEntries(
                Map.entry("since", since),
                Map.entry("until", until),
                Map.entry("id", id),
                Map.entry("name", name),
                Map.entry("type", type),
                Map.entry("seatAgs", seat),
                Map.entry("serves", serves),
                Map.entry("lifePhases", phases),
                Map.entry("topics", topics),
                Map.entry("website", website),
                Map.entry("email", email),
                Map.entry("phone", phone));
    }

    private ActorDraft draft() {
        return new ActorDraft(
                id.getValue(),
                name.getValue(),
                type.getValue() == null ? "" : type.getValue().name(),
                seat.getValue() == null ? "" : seat.getValue().ags(),
                serves.getValue().stream().map(RegionRef::ags).sorted().toList(),
                phases.getValue().stream().sorted().map(Enum::name).toList(),
                List.copyOf(topics.getValue()),
                website.getValue(),
                email.getValue(),
                phone.getValue(),
                description.getValue(),
                since.getValue(),
                until.getValue());
    }

    private void save() {
        try {
            var saved = existing == null ? actors.create(draft()) : actors.update(existing.id(), draft());
            Notifications.success(getTranslation("action.saved"));
            getUI().ifPresent(ui -> ui.navigate("actors/" + Links.encode(saved.id())));
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e, fields()).forEach(Notifications::error);
            Notifications.error(getTranslation("form.fix"));
        } catch (AccessDeniedException e) {
            seat.setErrorMessage(getTranslation("actor.error.seatForbidden"));
            seat.setInvalid(true);
            Notifications.error(getTranslation("error.forbidden"));
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(existing == null ? "actors" : "actors/" + Links.encode(existing.id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var actorId = event.getRouteParameters().get("id");
        if (actorId.isEmpty()) {
            existing = null;
            title.setText(getTranslation("actor.new"));
            return;
        }
        var found = actors.find(actorId.get());
        if (found.isEmpty()) {
            Notifications.error(getTranslation("error.notFound", actorId.get()));
            event.forwardTo("actors");
            return;
        }
        var a = found.get();
        if (!actors.mayEdit(a)) {
            Notifications.error(getTranslation("error.forbidden"));
            event.forwardTo("actors/" + Links.encode(a.id()));
            return;
        }
        existing = a;
        title.setText(getTranslation("actor.editTitle", a.name()));
        id.setValue(a.id());
        id.setReadOnly(true);
        name.setValue(a.name());
        ActorType.ofCode(a.type()).ifPresent(type::setValue);
        var seatRef = new RegionRef(a.seatAgs(), a.seatName(), RegionLevel.MUNICIPALITY);
        seat.setValue(seatRef);
        serves.setValue(a.serves().stream()
                .map(area -> new RegionRef(
                        area.ags(), area.name(), RegionLevel.ofKey(area.ags()).orElseThrow()))
                .toList());
        phases.setValue(a.lifePhases().stream().map(LifePhase::valueOf).collect(java.util.stream.Collectors.toSet()));
        topics.setValue(new LinkedHashSet<>(a.topics()));
        website.setValue(a.website() == null ? "" : a.website());
        email.setValue(a.email() == null ? "" : a.email());
        phone.setValue(a.phone() == null ? "" : a.phone());
        description.setValue(a.description() == null ? "" : a.description());
        since.setValue(a.since() == null ? "" : a.since());
        until.setValue(a.until() == null ? "" : a.until());
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · " + getTranslation("app.name");
    }
}
