package de.kooperationsatlas.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.kooperationsatlas.StoreTestSupport;
import de.kooperationsatlas.actor.ActorService;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.NotFoundException;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class NetworkServiceTest extends StoreTestSupport {

    @Autowired
    NetworkService networks;

    @Autowired
    ActorService actors;

    private NetworkDraft draft(String id, String... covers) {
        return new NetworkDraft(
                removeAfterwards(networks, id), "Testnetzwerk " + id, "Für den Test angelegt.", List.of(covers));
    }

    @Test
    void the_demo_networks_are_listed_with_their_member_counts() {
        assertThat(networks.list())
                .extracting(NetworkRow::id, NetworkRow::members)
                .contains(tuple("HZ-AK-DASEIN", 7L), tuple("ST-QM-TREFFEN", 4L));
        var dasein = networks.get("HZ-AK-DASEIN");
        assertThat(dasein.covers()).extracting(RegionRef::ags).containsExactly("15085185", "15085230");
        assertThat(dasein.members())
                .filteredOn(m -> m.actorId().equals("HZ-HUY"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.role()).isEqualTo("Sprecher");
                    assertThat(m.since()).isEqualTo("2024");
                    assertThat(m.seatAgs()).isEqualTo("15085185");
                });
    }

    @Test
    void a_network_records_who_created_it_and_who_changed_it_last() {
        signInAs("admin-one", Role.ADMIN);
        var network = networks.create(draft("T-NET-AUDIT", "15085", "16052000"));
        assertThat(network.createdBy()).isEqualTo("admin-one");
        assertThat(network.createdAt()).isNotNull();
        assertThat(network.updatedBy()).isEqualTo("admin-one");
        assertThat(network.covers()).extracting(RegionRef::ags).containsExactly("15085", "16052000");

        signInAs("admin-two", Role.ADMIN);
        var changed = networks.update("T-NET-AUDIT", new NetworkDraft("T-NET-AUDIT", "Umbenannt", null, List.of("15")));
        assertThat(changed.name()).isEqualTo("Umbenannt");
        assertThat(changed.description()).isNull();
        assertThat(changed.covers()).extracting(RegionRef::ags).containsExactly("15");
        assertThat(changed.createdBy()).isEqualTo("admin-one");
        assertThat(changed.createdAt()).isEqualTo(network.createdAt());
        assertThat(changed.updatedBy()).isEqualTo("admin-two");
        assertThat(changed.updatedAt()).isAfterOrEqualTo(network.createdAt());
    }

    @Test
    void an_id_with_an_invisible_character_and_a_name_with_nul_are_refused() {
        signInAs("admin-test", Role.ADMIN);
        var lookAlike = new NetworkDraft("T-NET-\u200FX", "Netz\u0000", null, List.of("15085"));
        assertThatThrownBy(() -> networks.create(lookAlike))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(
                                        tuple("id", "text.error.idInvisible"), tuple("name", "text.error.control")));
        assertThat(networks.exists(lookAlike.id())).isFalse();
    }

    @Test
    void a_taken_id_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        // Not through draft(): the demo network must survive the clean-up.
        var taken = new NetworkDraft("HZ-STEUERKREIS", "Doppelt", null, List.of("15085"));
        assertThatThrownBy(() -> networks.create(taken))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("id", "network.error.idTaken")));
        assertThat(networks.get("HZ-STEUERKREIS").name()).isEqualTo("Steuerkreis „Gesund im Landkreis Harz“");
    }

    @Test
    void the_id_cannot_be_changed() {
        signInAs("admin-test", Role.ADMIN);
        networks.create(draft("T-NET-FIXED"));
        assertThatThrownBy(() -> networks.update("T-NET-FIXED", draft("T-NET-OTHER")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("network.error.idChanged"));
        assertThat(networks.exists("T-NET-OTHER")).isFalse();
    }

    @Test
    void unknown_regions_and_missing_names_are_refused_and_nothing_is_written() {
        signInAs("admin-test", Role.ADMIN);
        var bad = new NetworkDraft("T-NET-BAD", " ", null, List.of("15999999", "1508"));
        removeAfterwards(networks, "T-NET-BAD");
        assertThatThrownBy(() -> networks.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple("name", "actor.error.required"),
                                        tuple("covers", "actor.error.regionUnknown"),
                                        tuple("covers", "actor.error.regionFormat")));
        assertThat(networks.exists("T-NET-BAD")).isFalse();
    }

    @Test
    void only_an_admin_creates_changes_or_deletes_networks() {
        signInAs("editor-everywhere", Role.EDITOR);
        assertThatThrownBy(() -> networks.create(draft("T-NET-EDITOR"))).isInstanceOf(AccessDeniedException.class);
        assertThat(networks.exists("T-NET-EDITOR")).isFalse();
        assertThatThrownBy(() -> networks.delete("GERA-GK")).isInstanceOf(AccessDeniedException.class);
        assertThat(networks.exists("GERA-GK")).isTrue();
    }

    @Test
    void a_member_is_added_changed_and_removed_and_the_removal_is_logged() {
        signInAs("admin-test", Role.ADMIN);
        networks.create(draft("T-NET-MEMBERS", "15085"));
        assertThat(networks.addOrUpdateMember("T-NET-MEMBERS", "HZ-GA", "Mitglied", "2023"))
                .isTrue();
        assertThat(networks.addOrUpdateMember("T-NET-MEMBERS", "HZ-GA", "Koordination", "2023-04-24"))
                .isFalse();
        assertThat(networks.get("T-NET-MEMBERS").members()).singleElement().satisfies(m -> {
            assertThat(m.actorId()).isEqualTo("HZ-GA");
            assertThat(m.role()).isEqualTo("Koordination");
            assertThat(m.since()).isEqualTo("2023-04-24");
            assertThat(m.updatedBy()).isEqualTo("admin-test");
        });
        assertThat(count("""
                        MATCH (:Actor {id: 'HZ-GA'})-[m:MEMBER_OF]->(:Network {id: 'T-NET-MEMBERS'})
                        WHERE m.createdBy = 'admin-test' AND m.createdAt IS NOT NULL RETURN count(m)""")).isEqualTo(1);

        networks.removeMember("T-NET-MEMBERS", "HZ-GA");
        assertThat(networks.get("T-NET-MEMBERS").members()).isEmpty();
        assertThat(changeLogEntries("Membership", "T-NET-MEMBERS|HZ-GA")).isEqualTo(1);
        assertThatThrownBy(() -> networks.removeMember("T-NET-MEMBERS", "HZ-GA"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_since_that_is_neither_a_year_nor_an_iso_date_is_refused() {
        signInAs("admin-test", Role.ADMIN);
        networks.create(draft("T-NET-SINCE"));
        assertThatThrownBy(() -> networks.addOrUpdateMember("T-NET-SINCE", "HZ-GA", null, "24.04.2023"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(
                                        InvalidInputException.Problem::field, InvalidInputException.Problem::messageKey)
                                .containsExactly(tuple("since", "cooperation.error.since")));
        assertThat(networks.get("T-NET-SINCE").members()).isEmpty();
    }

    @Test
    void unknown_networks_and_actors_are_named() {
        signInAs("admin-test", Role.ADMIN);
        assertThatThrownBy(() -> networks.addOrUpdateMember("T-NET-NOWHERE", "HZ-GA", null, null))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.key()).isEqualTo("T-NET-NOWHERE"));
        assertThatThrownBy(() -> networks.addOrUpdateMember("GERA-GK", "T-NOBODY", null, null))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.key()).isEqualTo("T-NOBODY"));
    }

    @Test
    void an_editor_scoped_to_thuringia_changes_memberships_of_actors_seated_there_only() {
        signInAs("admin-test", Role.ADMIN);
        networks.create(draft("T-NET-EDITOR-TH", "16"));
        networks.addOrUpdateMember("T-NET-EDITOR-TH", "HZ-LK", "Gast", "2024");

        signInAs("editor-th", List.of("16"), Role.EDITOR);
        assertThat(actors.mayEditSeat("16052000")).isTrue();
        assertThat(actors.mayEditSeat("15085135")).isFalse();
        assertThat(networks.addOrUpdateMember("T-NET-EDITOR-TH", "GERA-AGV", "Koordination", "2024"))
                .isTrue();
        assertThatThrownBy(() -> networks.addOrUpdateMember("T-NET-EDITOR-TH", "HZ-GA", "Mitglied", "2024"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> networks.removeMember("T-NET-EDITOR-TH", "HZ-LK"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(networks.get("T-NET-EDITOR-TH").members())
                .extracting(NetworkDetails.Member::actorId)
                .containsExactlyInAnyOrder("GERA-AGV", "HZ-LK");
    }

    @Test
    void deleting_a_network_keeps_its_members_and_lands_in_the_change_log() {
        signInAs("admin-delete", Role.ADMIN);
        networks.create(draft("T-NET-DELETE", "15085"));
        networks.addOrUpdateMember("T-NET-DELETE", "HZ-GA", "Mitglied", "2024");
        networks.delete("T-NET-DELETE");
        assertThat(networks.exists("T-NET-DELETE")).isFalse();
        assertThat(networks.find("T-NET-DELETE")).isEmpty();
        assertThat(count("MATCH (a:Actor {id: 'HZ-GA'}) RETURN count(a)")).isEqualTo(1);
        assertThat(count(
                        "MATCH (c:ChangeLog {kind: $kind, key: $key}) WHERE c.by = 'admin-delete' AND c.at IS NOT NULL RETURN count(c)",
                        Map.of("kind", "Network", "key", "T-NET-DELETE")))
                .isEqualTo(1);
        assertThatThrownBy(() -> networks.delete("T-NET-DELETE")).isInstanceOf(NotFoundException.class);
    }
}
