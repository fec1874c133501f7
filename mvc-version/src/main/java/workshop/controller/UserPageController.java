package workshop.controller;

import static io.javalin.http.HttpStatus.BAD_REQUEST;
import static io.javalin.http.HttpStatus.CONFLICT;
import static io.javalin.http.HttpStatus.OK;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import workshop.http.Body;
import workshop.http.Pages;
import workshop.http.PathId;
import workshop.http.PostedForm;
import workshop.http.Slice;
import workshop.model.EmailTakenException;
import workshop.model.User;
import workshop.model.UserStatus;
import workshop.model.UserSuspendedException;
import workshop.model.ValidationException;

/**
 * The pages, for people: the users of the JSON endpoints, as HTML forms, rendered by the templates
 * in view/. The rules are UserActions', as for the JSON controller; what this one adds is how a
 * refusal looks: the page again, the form as typed, each message beside its field.
 */
public class UserPageController {

    static final int PAGE_SIZE = 10;
    private static final String LIST = "workshop/view/users.jte";
    private static final String USER = "workshop/view/user.jte";

    private final UserActions users;

    public UserPageController(UserActions users) {
        this.users = users;
    }

    public void list(Context ctx) {
        showList(ctx, OK, Slice.htmlPageOffset(ctx), PostedForm.EMPTY);
    }

    public void create(Context ctx) {
        PostedForm form = PostedForm.read(ctx);
        change(form, () -> {
            User user = users.create(UserForm.validate(form.value("name"), form.value("email")));
            ctx.redirect("/ui/users/" + user.id(), HttpStatus.SEE_OTHER);
        }, (status, refused) -> showList(ctx, status, 0, refused));
    }

    public void show(Context ctx) {
        User user = users.find(PathId.from(ctx));
        showUser(ctx, OK, user, PostedForm.of(Map.of("name", user.name(), "email", user.email())));
    }

    public void update(Context ctx) {
        long id = PathId.from(ctx);
        PostedForm form = PostedForm.read(ctx);
        change(form, () -> {
            users.update(id, UserForm.validate(form.value("name"), form.value("email")));
            ctx.redirect("/ui/users/" + id, HttpStatus.SEE_OTHER);
        }, (status, refused) -> showUser(ctx, status, users.find(id), refused));
    }

    public void suspend(Context ctx) {
        changeStatus(ctx, UserStatus.SUSPENDED);
    }

    public void activate(Context ctx) {
        changeStatus(ctx, UserStatus.ACTIVE);
    }

    public void delete(Context ctx) {
        long id = PathId.from(ctx);
        Body.ignore(ctx);
        users.delete(id);
        ctx.redirect("/ui/users", HttpStatus.SEE_OTHER);
    }

    private void changeStatus(Context ctx, UserStatus status) {
        long id = PathId.from(ctx);
        Body.ignore(ctx);
        users.changeStatus(id, status);
        ctx.redirect("/ui/users/" + id, HttpStatus.SEE_OTHER);
    }

    /** Makes a change; if a rule refuses it, shows the page again with the refusal's status and messages. */
    private static void change(PostedForm form, Runnable change, BiConsumer<HttpStatus, PostedForm> showAgain) {
        try {
            change.run();
        } catch (ValidationException e) {
            showAgain.accept(BAD_REQUEST, form.refused(e.errors()));
        } catch (EmailTakenException e) {
            showAgain.accept(CONFLICT, form.refused(Map.of("email", e.getMessage())));
        } catch (UserSuspendedException e) {
            showAgain.accept(CONFLICT, form.refused(Map.of("form", e.getMessage())));
        }
    }

    private void showList(Context ctx, HttpStatus status, long offset, PostedForm form) {
        List<User> found = users.list(PAGE_SIZE + 1, offset); // one more than shown: is there a next page?
        Pages.show(ctx, status, LIST, Map.of("users", found.subList(0, Math.min(PAGE_SIZE, found.size())),
                "offset", offset, "size", PAGE_SIZE, "more", found.size() > PAGE_SIZE, "form", form));
    }

    private static void showUser(Context ctx, HttpStatus status, User user, PostedForm form) {
        Pages.show(ctx, status, USER, Map.of("user", user, "form", form));
    }
}
