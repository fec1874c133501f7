package workshop.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import workshop.adapter.out.memory.InMemoryUnitOfWork;
import workshop.application.port.in.CreateUserCommand;
import workshop.application.port.in.UpdateUserCommand;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserNotFoundException;
import workshop.domain.UserStatus;
import workshop.domain.UserSuspendedException;

/** The use cases on users in memory: no HTTP, no database, milliseconds. */
class UserServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30.750Z");

    private final UserService users = new UserService(new InMemoryUnitOfWork(), Clock.fixed(NOW, ZoneOffset.UTC));

    private User create(String name, String email) {
        return users.createUser(CreateUserCommand.of(name, email));
    }

    @Test
    void createsAnActiveUserWithTheNextIdAtTheWholeSecond() {
        User ada = create("Ada", "ada@example.com");
        User alan = create("Alan", "alan@example.com");

        assertThat(ada.id()).isEqualTo(1);
        assertThat(alan.id()).isEqualTo(2);
        assertThat(ada.status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(ada.createdAt()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
        assertThat(users.getUser(1)).isEqualTo(ada);
    }

    @Test
    void refusesATakenEmailWhateverItsCaseWithoutUsingUpAnId() {
        create("Ada", "ada@example.com");

        assertThatThrownBy(() -> create("Other", "ADA@example.com")).isInstanceOf(EmailTakenException.class);
        assertThat(create("Alan", "alan@example.com").id()).isEqualTo(2);
    }

    @Test
    void updatesNameAndEmailAndKeepsTheRest() {
        User ada = create("Ada", "ada@example.com");

        User updated = users.updateUser(UpdateUserCommand.of(ada.id(), "Ada King", "ADA@example.com"));

        assertThat(updated.name().value()).isEqualTo("Ada King");
        assertThat(updated.email()).isEqualTo(ada.email());
        assertThat(updated.createdAt()).isEqualTo(ada.createdAt());
        assertThat(users.getUser(ada.id())).isEqualTo(updated);
    }

    @Test
    void refusesToEditASuspendedUser() {
        User ada = create("Ada", "ada@example.com");
        users.suspendUser(ada.id());

        assertThatThrownBy(() -> users.updateUser(UpdateUserCommand.of(ada.id(), "New", "new@example.com")))
                .isInstanceOf(UserSuspendedException.class);
        assertThat(users.getUser(ada.id()).name().value()).isEqualTo("Ada");
    }

    @Test
    void refusesAnEmailThatAnotherUserHas() {
        create("Ada", "ada@example.com");
        User alan = create("Alan", "alan@example.com");

        assertThatThrownBy(() -> users.updateUser(UpdateUserCommand.of(alan.id(), "Alan", "ada@example.com")))
                .isInstanceOf(EmailTakenException.class);
    }

    @Test
    void suspendAndActivateAreIdempotent() {
        User ada = create("Ada", "ada@example.com");

        assertThat(users.suspendUser(ada.id()).status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(users.suspendUser(ada.id()).status()).isEqualTo(UserStatus.SUSPENDED);
        assertThat(users.activateUser(ada.id()).status()).isEqualTo(UserStatus.ACTIVE);
        assertThat(users.activateUser(ada.id()).status()).isEqualTo(UserStatus.ACTIVE);
    }

    @Test
    void deletesAUserInAnyStatusAndThenKnowsItNoMore() {
        User ada = create("Ada", "ada@example.com");
        users.suspendUser(ada.id());

        users.deleteUser(ada.id());

        assertThatThrownBy(() -> users.getUser(ada.id())).isInstanceOf(UserNotFoundException.class);
        assertThatThrownBy(() -> users.deleteUser(ada.id())).isInstanceOf(UserNotFoundException.class);
    }

    @Test
    void listsInIdOrderAPageAtATime() {
        create("A", "a@example.com");
        create("B", "b@example.com");
        create("C", "c@example.com");

        assertThat(users.listUsers(2, 1)).extracting(User::id).containsExactly(2L, 3L);
        assertThat(users.listUsers(100, 3)).isEmpty();
    }
}
