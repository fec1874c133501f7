package workshop.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.adapter.out.memory.InMemoryUnitOfWork;
import workshop.adapter.out.persistence.Database;
import workshop.adapter.out.persistence.JdbiUnitOfWork;
import workshop.domain.Email;
import workshop.domain.EmailTakenException;
import workshop.domain.User;
import workshop.domain.UserName;

/** The port's promise, kept by both of its adapters: a unit of work is stored whole, or not at all. */
class UnitOfWorkTest {

    private static final Database DATABASE = Database.open("jdbc:h2:mem:unit-of-work;DB_CLOSE_DELAY=-1", "sa", "");

    static {
        DATABASE.awaitMigrated();
    }

    /** An adapter of the port, named for the test's report. */
    record Adapter(String name, UnitOfWork unitOfWork) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Adapter> adapters() {
        return Stream.of(new Adapter("in memory", new InMemoryUnitOfWork()),
                new Adapter("Jdbi and H2", new JdbiUnitOfWork(DATABASE.jdbi())));
    }

    @AfterAll
    static void closeTheDatabase() {
        DATABASE.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void keepsEveryWriteOfAUnitThatEnds(Adapter adapter) {
        User ada = user("ada"), alan = user("alan");

        adapter.unitOfWork().run(users -> {
            users.add(ada);
            return users.add(alan);
        });

        assertThat(find(adapter, ada)).isPresent();
        assertThat(find(adapter, alan)).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void rollsBackItsFirstWriteWhenALaterStepFails(Adapter adapter) {
        User ada = user("ada"), alan = user("alan");
        IllegalStateException failure = new IllegalStateException("a later step failed");

        assertThatThrownBy(() -> adapter.unitOfWork().run(users -> {
            users.add(ada);
            users.add(alan);
            throw failure;
        })).isSameAs(failure);

        assertThat(find(adapter, ada)).isEmpty();
        assertThat(find(adapter, alan)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapters")
    void rollsBackItsFirstWriteWhenASecondBreaksARule(Adapter adapter) {
        User ada = user("ada");
        User sameEmail = new User(null, new UserName("Other"), ada.email(), ada.status(), ada.createdAt());

        assertThatThrownBy(() -> adapter.unitOfWork().run(users -> {
            users.add(ada);
            return users.add(sameEmail);
        })).isInstanceOf(EmailTakenException.class);

        assertThat(find(adapter, ada)).isEmpty();
    }

    /** The user with that one's email, as a later read sees it. */
    private static Optional<User> find(Adapter adapter, User user) {
        return adapter.unitOfWork().read(users -> users.findByEmail(user.email()));
    }

    /** A new user with an email no other test uses, since the database outlives each test. */
    private static User user(String name) {
        Email email = new Email(name + "-" + UUID.randomUUID() + "@example.com");
        return User.register(new UserName(name), email, Instant.parse("2026-11-20T10:15:30Z"));
    }
}
