package workshop.controller;

import static java.time.temporal.ChronoUnit.SECONDS;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import workshop.model.EmailTakenException;
import workshop.model.User;
import workshop.model.UserNotFoundException;
import workshop.model.UserRepository;
import workshop.model.UserStatus;
import workshop.model.UserSuspendedException;

/**
 * What the controllers do with users, business rules included: MVC keeps its rules in the controller
 * layer, and both controllers (the JSON API and the pages) call this one class. Each action that
 * reads and then writes is one transaction, opened here, and the repository's calls inside
 * {@code jdbi.inTransaction(...)} are part of it.
 */
public class UserActions {

    private final Jdbi jdbi;
    private final UserRepository users;
    private final Clock clock;

    public UserActions(Jdbi jdbi, UserRepository users, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.clock = clock;
    }

    public List<User> list(int limit, long offset) {
        return users.findPage(limit, offset);
    }

    public User find(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    public User create(UserForm form) {
        Instant now = clock.instant().truncatedTo(SECONDS);
        return jdbi.inTransaction(transaction -> {
            // Checked first so that a refused request uses up no id; the database settles a race.
            if (users.findByEmail(form.email()).isPresent()) {
                throw new EmailTakenException();
            }
            return users.add(new User(null, form.name(), form.email(), UserStatus.ACTIVE, now));
        });
    }

    public User update(long id, UserForm form) {
        return jdbi.inTransaction(transaction -> {
            User user = findForUpdate(id);
            if (user.status() == UserStatus.SUSPENDED) {
                throw new UserSuspendedException();
            }
            if (users.findByEmail(form.email()).filter(owner -> owner.id() != id).isPresent()) {
                throw new EmailTakenException();
            }
            User updated = new User(id, form.name(), form.email(), user.status(), user.createdAt());
            users.update(updated);
            return updated;
        });
    }

    public void delete(long id) {
        if (!users.delete(id)) { // one statement: atomic on its own
            throw new UserNotFoundException(id);
        }
    }

    /** Suspending a suspended user, or activating an active one, changes nothing. */
    public User changeStatus(long id, UserStatus status) {
        return jdbi.inTransaction(transaction -> {
            User user = findForUpdate(id);
            User changed = new User(id, user.name(), user.email(), status, user.createdAt());
            users.update(changed);
            return changed;
        });
    }

    private User findForUpdate(long id) {
        return users.findByIdForUpdate(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
