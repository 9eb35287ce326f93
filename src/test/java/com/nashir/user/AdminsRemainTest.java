package com.nashir.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.nashir.access.Actor;
import com.nashir.access.Role;
import com.nashir.audit.AuditLog;
import com.nashir.system.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newsroom always keeps an enabled admin, whoever asks (the bootstrap token too), and no
 * admin demotes or disables themself.
 */
class AdminsRemainTest {
    private static final Instant NOW = Instant.parse("2024-06-17T10:00:00Z");
    private final UserRepository users = mock(UserRepository.class);
    private final UserService service = new UserService(
            users,
            mock(AuthorSlugs.class),
            mock(AuditLog.class),
            Clock.fixed(NOW, ZoneOffset.UTC),
            mock(LoginThrottle.class));

    @BeforeEach
    void twoAccounts() {
        when(users.findById(1L)).thenReturn(Optional.of(user(1, Role.ADMIN, true)));
        when(users.findById(2L)).thenReturn(Optional.of(user(2, Role.ADMIN, true)));
    }

    @Test
    void theLastEnabledAdminCannotBeDemoted() {
        when(users.lockEnabledAdmins()).thenReturn(List.of(1L));
        assertThatThrownBy(() -> service.update(Actor.system("NASHIR_ADMIN_TOKEN"), 1, change("editor")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("role");
                    assertThat(e.errors().get(0).message()).contains("مدير مفعّل واحد على الأقل");
                });
        verify(users, never()).update(anyLong(), any(), any(), any(), any());
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() {
        when(users.lockEnabledAdmins()).thenReturn(List.of(1L));
        assertThatThrownBy(() -> service.setEnabled(Actor.system("NASHIR_ADMIN_TOKEN"), 1, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("enabled"));
        verify(users, never()).setEnabled(anyLong(), anyBoolean());
    }

    @Test
    void anAdminMayLeaveWhileAnotherRemains() {
        when(users.lockEnabledAdmins()).thenReturn(List.of(1L, 2L));
        service.update(user(1, Role.ADMIN, true).actor(), 2, change("editor"));
        verify(users).update(2, "u2@example.org", "user 2", Role.EDITOR, null);
        service.setEnabled(user(1, Role.ADMIN, true).actor(), 2, false);
        verify(users).setEnabled(2, false);
    }

    @Test
    void noAdminDemotesOrDisablesThemself() {
        when(users.lockEnabledAdmins()).thenReturn(List.of(1L, 2L));
        Actor self = user(1, Role.ADMIN, true).actor();
        assertThatThrownBy(() -> service.update(self, 1, change("writer")))
                .hasMessageContaining("لا يمكنك خفض دورك بنفسك");
        assertThatThrownBy(() -> service.setEnabled(self, 1, false)).hasMessageContaining("لا يمكنك تعطيل حسابك بنفسك");
        verify(users, never()).update(anyLong(), any(), any(), any(), any());
        verify(users, never()).setEnabled(anyLong(), anyBoolean());
    }

    private static UserService.UserChange change(String role) {
        return new UserService.UserChange(null, null, role, null);
    }

    private static User user(long id, Role role, boolean enabled) {
        return new User(id, "u" + id, "u" + id + "@example.org", "user " + id, role, enabled, null, NOW, NOW, null);
    }
}
