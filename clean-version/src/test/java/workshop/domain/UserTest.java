package workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The user's rules, on their own: plain objects, no repository. */
class UserTest {

    private final User ada = User.register(new UserName("Ada"), new Email("ada@example.com"),
            Instant.parse("2026-11-20T10:15:30.999Z"));

    @Test
    void aNewUserIsActiveAndCreatedAtTheWholeSecond() {
        assertThat(ada.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(ada.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
    }

    @Test
    void anActiveUserCanBeEdited() {
        User edited = ada.edit(new UserName("Ada King"), new Email("king@example.com"));

        assertThat(edited).isEqualTo(new User(null, new UserName("Ada King"), new Email("king@example.com"),
                UserStatus.ACTIVE, ada.createdAt()));
    }

    @Test
    void aSuspendedUserCannotBeEdited() {
        User suspended = ada.suspend();

        assertThatThrownBy(() -> suspended.edit(new UserName("X"), new Email("x@example.com")))
                .isInstanceOf(UserSuspendedException.class);
    }

    @Test
    void suspendingAndActivatingTwiceChangesNothing() {
        assertThat(ada.suspend().suspend()).isEqualTo(ada.suspend());
        assertThat(ada.activate()).isEqualTo(ada);
        assertThat(ada.suspend().activate()).isEqualTo(ada);
    }
}
