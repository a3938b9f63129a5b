package de.kooperationsatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.kooperationsatlas.StoreTestSupport;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The guard grants the system's rights (start-up, command line) only outside web requests. */
class AccessGuardTest extends StoreTestSupport {

    @Autowired
    AccessGuard guard;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void without_a_user_and_outside_a_web_request_the_system_may_change_everything() {
        assertThat(guard.mayEditSeat("16052000")).isTrue();
        assertThat(guard.has(Role.ADMIN)).isTrue();
    }

    @Test
    void a_web_request_that_lost_its_user_gets_nothing() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(guard.mayEditSeat("16052000")).isFalse();
        assertThat(guard.has(Role.VIEWER)).isFalse();
    }

    @Test
    void an_editor_for_sachsen_anhalt_may_change_actors_seated_there_only() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        signInAs("guard-editor", List.of("15"), Role.EDITOR);
        assertThat(guard.mayEditSeat("15085135")).isTrue();
        assertThat(guard.mayEditSeat("16052000")).isFalse();
        assertThat(guard.has(Role.ADMIN)).isFalse();
    }
}
