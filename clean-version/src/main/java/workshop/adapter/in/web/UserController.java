package workshop.adapter.in.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import workshop.application.port.in.CreateUserCommand;
import workshop.application.port.in.UpdateUserCommand;
import workshop.application.port.in.UserUseCases;
import workshop.domain.User;
import workshop.http.Body;
import workshop.http.PathId;
import workshop.http.Slice;

/**
 * The /users endpoints. In Clean the controller is an adapter: it turns HTTP into a command,
 * calls a use case, and turns the answer back into HTTP. It knows no rule and no SQL.
 */
public class UserController {

    private final UserUseCases users;

    public UserController(UserUseCases users) {
        this.users = users;
    }

    public void list(Context ctx) {
        Slice slice = Slice.from(ctx);
        ctx.json(users.listUsers(slice.limit(), slice.offset()).stream().map(UserResponse::from).toList());
    }

    public void create(Context ctx) {
        CreateUserCommand command = UserJson.read(ctx, CreateUserCommand::of);
        User user = users.createUser(command);
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, "/users/" + user.id());
        ctx.json(UserResponse.from(user));
    }

    public void get(Context ctx) {
        ctx.json(UserResponse.from(users.getUser(PathId.from(ctx))));
    }

    public void update(Context ctx) {
        long id = PathId.from(ctx);
        UpdateUserCommand command = UserJson.read(ctx, (name, email) -> UpdateUserCommand.of(id, name, email));
        ctx.json(UserResponse.from(users.updateUser(command)));
    }

    public void delete(Context ctx) {
        users.deleteUser(PathId.from(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void suspend(Context ctx) {
        long id = PathId.from(ctx);
        Body.ignore(ctx);
        ctx.json(UserResponse.from(users.suspendUser(id)));
    }

    public void activate(Context ctx) {
        long id = PathId.from(ctx);
        Body.ignore(ctx);
        ctx.json(UserResponse.from(users.activateUser(id)));
    }
}
