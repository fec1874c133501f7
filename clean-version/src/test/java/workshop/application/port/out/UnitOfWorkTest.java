package workshop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.adapter.out.memory.InMemoryUserRepository;
import workshop.adapter.out.persistence.Database;
import workshop.adapter.out.persistence.JdbiUnitOfWork;
import workshop.adapter.out.persistence.JdbiUserRepository;
import workshop.domain.Email;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserName;

/** The port's promise, kept by both of its adapters: a unit of work is stored whole, or not at all. */
class UnitOfWorkTest {

    private static final Database DATABASE = Database.open("jdbc:h2:mem:unit-of-work;DB_CLOSE_DELAY=-1");

    /** An adapter of both ports: its repository, and the unit of work that the repository's calls join. */
    record Adapter(String name, UserRepository users, UnitOfWork unitOfWork) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Adapter> adapters() {
        InMemoryUserRepository memory = new InMemoryUserRepository();
        return Stream.of(new Adapter("in memory", memory, memory), new Adapter("Jdbi and H2",
                new JdbiUserRepository(DATABASE.jdbi()), new JdbiUnitOfWork(DATABASE.jdbi())));
    }

    @AfterAll
    static void closeTheDatabase() {
        DATABASE.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void keepsEveryWriteOfAUnitThatEnds(Adapter adapter) {
        User ada = user("ada"), alan = user("alan");

        adapter.unitOfWork().run(() -> {
            adapter.users().add(ada);
            return adapter.users().add(alan);
        });

        assertThat(adapter.users().findByEmail(ada.email())).isPresent();
        assertThat(adapter.users().findByEmail(alan.email())).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void rollsBackItsFirstWriteWhenALaterStepFails(Adapter adapter) {
        User ada = user("ada"), alan = user("alan");
        IllegalStateException failure = new IllegalStateException("a later step failed");

        assertThatThrownBy(() -> adapter.unitOfWork().run(() -> {
            adapter.users().add(ada);
            adapter.users().add(alan);
            throw failure;
        })).isSameAs(failure);

        assertThat(adapter.users().findByEmail(ada.email())).isEmpty();
        assertThat(adapter.users().findByEmail(alan.email())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void rollsBackItsFirstWriteWhenASecondBreaksARule(Adapter adapter) {
        User ada = user("ada");
        User sameEmail = new User(null, new UserName("Other"), ada.email(), ada.status(), ada.createdAt());

        assertThatThrownBy(() -> adapter.unitOfWork().run(() -> {
            adapter.users().add(ada);
            return adapter.users().add(sameEmail);
        })).isInstanceOf(EmailTakenException.class);

        assertThat(adapter.users().findByEmail(ada.email())).isEmpty();
    }

    /** A new user with an email no other test uses, since the database outlives each test. */
    private static User user(String name) {
        Email email = new Email(name + "-" + UUID.randomUUID() + "@example.com");
        return User.register(new UserName(name), email, Instant.parse("2026-11-20T10:15:30Z"));
    }
}
