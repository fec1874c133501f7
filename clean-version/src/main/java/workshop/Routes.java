package workshop;

import static io.javalin.http.HttpStatus.CONFLICT;
import static io.javalin.http.HttpStatus.NOT_FOUND;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import workshop.adapter.in.page.UserPageController;
import workshop.adapter.in.web.UserController;
import workshop.http.HttpErrors;
import workshop.http.HttpSupport;
import workshop.http.Problem;
import workshop.domain.EmailTakenException;
import workshop.domain.UserNotFoundException;
import workshop.domain.UserSuspendedException;
import workshop.domain.ValidationException;

/** The web surface: which handler serves which request, and how each business error is answered. */
final class Routes {

    private Routes() {}

    static void configure(JavalinConfig config, UserController users, UserPageController pages) {
        HttpSupport.install(config, App.NAME);

        config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
        config.routes.get("/users", users::list);
        config.routes.post("/users", users::create);
        config.routes.get("/users/{id}", users::get);
        config.routes.put("/users/{id}", users::update);
        config.routes.delete("/users/{id}", users::delete);
        config.routes.post("/users/{id}/suspend", users::suspend);
        config.routes.post("/users/{id}/activate", users::activate);

        config.routes.get("/ui/users", pages::list);
        config.routes.post("/ui/users", pages::create);
        config.routes.get("/ui/users/{id}", pages::show);
        config.routes.post("/ui/users/{id}", pages::update);
        config.routes.post("/ui/users/{id}/suspend", pages::suspend);
        config.routes.post("/ui/users/{id}/activate", pages::activate);
        config.routes.post("/ui/users/{id}/delete", pages::delete);

        config.routes.exception(ValidationException.class, (e, ctx) ->
                HttpErrors.answer(ctx, Problem.invalid("the request body is invalid", e.errors())));
        config.routes.exception(UserNotFoundException.class, (e, ctx) ->
                HttpErrors.answer(ctx, Problem.of(NOT_FOUND, "not_found", e.getMessage())));
        config.routes.exception(UserSuspendedException.class, (e, ctx) ->
                HttpErrors.answer(ctx, Problem.of(CONFLICT, "user_suspended", e.getMessage())));
        config.routes.exception(EmailTakenException.class, (e, ctx) ->
                HttpErrors.answer(ctx, Problem.of(CONFLICT, "email_taken", e.getMessage())));
    }
}
