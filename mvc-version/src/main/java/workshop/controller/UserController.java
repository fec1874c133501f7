package workshop.controller;

import static java.time.temporal.ChronoUnit.SECONDS;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import workshop.http.JsonBody;
import workshop.http.Page;
import workshop.http.PathId;
import workshop.model.EmailTakenException;
import workshop.model.User;
import workshop.model.UserNotFoundException;
import workshop.model.UserRepository;
import workshop.model.UserStatus;
import workshop.model.UserSuspendedException;
import workshop.view.UserResponse;

/**
 * The /users endpoints. In MVC the controller does the work: it checks the input, applies the
 * business rules, talks to the repository and hands the result to the view. It owns the flow, so
 * it also says what one transaction is: each request that reads and then writes is one, and the
 * repository's calls inside {@code jdbi.inTransaction(...)} are part of it.
 */
public class UserController {

    private final Jdbi jdbi;
    private final UserRepository users;
    private final Clock clock;

    public UserController(Jdbi jdbi, UserRepository users, Clock clock) {
        this.jdbi = jdbi;
        this.users = users;
        this.clock = clock;
    }

    public void list(Context ctx) {
        Page page = Page.from(ctx);
        ctx.json(users.findPage(page.limit(), page.offset()).stream().map(UserResponse::from).toList());
    }

    public void create(Context ctx) {
        UserForm form = UserRequest.read(ctx, UserForm::validate);
        Instant now = clock.instant().truncatedTo(SECONDS);
        User user = jdbi.inTransaction(transaction -> {
            // Checked first so that a refused request uses up no id; the database settles a race.
            if (users.findByEmail(form.email()).isPresent()) {
                throw new EmailTakenException();
            }
            return users.add(new User(null, form.name(), form.email(), UserStatus.ACTIVE, now));
        });
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, "/users/" + user.id());
        ctx.json(UserResponse.from(user));
    }

    public void get(Context ctx) {
        ctx.json(UserResponse.from(find(PathId.from(ctx))));
    }

    public void update(Context ctx) {
        // tag::step2[]
        long id = PathId.from(ctx);
        UserForm form = UserRequest.read(ctx, UserForm::validate);
        User updated = jdbi.inTransaction(transaction -> {
            User user = findForUpdate(id);
            if (user.status() == UserStatus.SUSPENDED) {
                throw new UserSuspendedException();
            }
            if (users.findByEmail(form.email()).filter(owner -> owner.id() != id).isPresent()) {
                throw new EmailTakenException();
            }
            User changed = new User(id, form.name(), form.email(), user.status(), user.createdAt());
            users.update(changed);
            return changed;
        });
        ctx.json(UserResponse.from(updated));
        // end::step2[]
    }

    public void delete(Context ctx) {
        long id = PathId.from(ctx);
        if (!users.delete(id)) { // one statement: atomic on its own
            throw new UserNotFoundException(id);
        }
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void suspend(Context ctx) {
        changeStatus(ctx, UserStatus.SUSPENDED);
    }

    public void activate(Context ctx) {
        changeStatus(ctx, UserStatus.ACTIVE);
    }

    /** Suspending a suspended user, or activating an active one, changes nothing and still answers 200. */
    private void changeStatus(Context ctx, UserStatus status) {
        // tag::step1[]
        long id = PathId.from(ctx);
        JsonBody.discard(ctx);
        User changed = jdbi.inTransaction(transaction -> {
            User user = findForUpdate(id);
            User withStatus = new User(id, user.name(), user.email(), status, user.createdAt());
            users.update(withStatus);
            return withStatus;
        });
        ctx.json(UserResponse.from(changed));
        // end::step1[]
    }

    private User find(long id) {
        return users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
    }

    private User findForUpdate(long id) {
        return users.findByIdForUpdate(id).orElseThrow(() -> new UserNotFoundException(id));
    }
}
