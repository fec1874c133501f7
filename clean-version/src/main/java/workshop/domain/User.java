package workshop.domain;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.time.Instant;

/**
 * A user and the rules of its life: it starts active, it can be suspended and activated again,
 * and it can be edited only while it is active. The id is null until the user is stored.
 */
public record User(Long id, UserName name, Email email, UserStatus status, Instant createdAt) {

    public static User register(UserName name, Email email, Instant now) {
        return new User(null, name, email, UserStatus.ACTIVE, now.truncatedTo(SECONDS));
    }

    public User edit(UserName newName, Email newEmail) {
        if (status == UserStatus.SUSPENDED) {
            throw new UserSuspendedException();
        }
        return new User(id, newName, newEmail, status, createdAt);
    }

    /** Suspending a suspended user changes nothing. */
    public User suspend() {
        return new User(id, name, email, UserStatus.SUSPENDED, createdAt);
    }

    /** Activating an active user changes nothing. */
    public User activate() {
        return new User(id, name, email, UserStatus.ACTIVE, createdAt);
    }
}
