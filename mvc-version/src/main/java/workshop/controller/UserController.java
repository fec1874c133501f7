package workshop.controller;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import workshop.http.Body;
import workshop.http.PathId;
import workshop.http.Slice;
import workshop.model.User;
import workshop.model.UserStatus;
import workshop.view.UserResponse;

/**
 * The /users endpoints. In MVC the controller layer does the work: it checks the input, applies the
 * business rules (in {@link UserActions}, which the pages' controller shares), talks to the
 * repository and hands the result to the view.
 */
public class UserController {

    private final UserActions users;

    public UserController(UserActions users) {
        this.users = users;
    }

    public void list(Context ctx) {
        Slice slice = Slice.from(ctx);
        ctx.json(users.list(slice.limit(), slice.offset()).stream().map(UserResponse::from).toList());
    }

    public void create(Context ctx) {
        User user = users.create(UserJson.read(ctx, UserForm::validate));
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, "/users/" + user.id());
        ctx.json(UserResponse.from(user));
    }

    public void get(Context ctx) {
        ctx.json(UserResponse.from(users.find(PathId.from(ctx))));
    }

    public void update(Context ctx) {
        long id = PathId.from(ctx);
        UserForm form = UserJson.read(ctx, UserForm::validate);
        ctx.json(UserResponse.from(users.update(id, form)));
    }

    public void delete(Context ctx) {
        users.delete(PathId.from(ctx));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    public void suspend(Context ctx) {
        changeStatus(ctx, UserStatus.SUSPENDED);
    }

    public void activate(Context ctx) {
        changeStatus(ctx, UserStatus.ACTIVE);
    }

    private void changeStatus(Context ctx, UserStatus status) {
        long id = PathId.from(ctx);
        Body.ignore(ctx);
        ctx.json(UserResponse.from(users.changeStatus(id, status)));
    }
}
