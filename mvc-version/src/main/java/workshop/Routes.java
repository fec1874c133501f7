package workshop;

import static io.javalin.http.HttpStatus.CONFLICT;
import static io.javalin.http.HttpStatus.NOT_FOUND;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import workshop.controller.UserController;
import workshop.http.ApiDocs;
import workshop.http.HttpErrors;
import workshop.http.MethodOverride;
import workshop.http.Problem;
import workshop.model.EmailTakenException;
import workshop.model.UserNotFoundException;
import workshop.model.UserSuspendedException;
import workshop.model.ValidationException;

/** The web surface: which handler serves which request, and how each business error is answered. */
final class Routes {

    private Routes() {}

    static void configure(JavalinConfig config, UserController users) {
        HttpErrors.install(config);
        MethodOverride.ignore(config);
        ApiDocs.serve(config);

        // tag::routes[]
        config.routes.get("/health", ctx -> ctx.json(Map.of("status", "up")));
        config.routes.get("/users", users::list);
        config.routes.post("/users", users::create);
        config.routes.get("/users/{id}", users::get);
        config.routes.put("/users/{id}", users::update);
        config.routes.delete("/users/{id}", users::delete);
        config.routes.post("/users/{id}/suspend", users::suspend);
        config.routes.post("/users/{id}/activate", users::activate);
        // end::routes[]

        config.routes.exception(ValidationException.class, (e, ctx) ->
                Problem.invalid("the request body is invalid", e.errors()).writeTo(ctx));
        config.routes.exception(UserNotFoundException.class, (e, ctx) ->
                Problem.of(NOT_FOUND, "not_found", e.getMessage()).writeTo(ctx));
        config.routes.exception(UserSuspendedException.class, (e, ctx) ->
                Problem.of(CONFLICT, "user_suspended", e.getMessage()).writeTo(ctx));
        config.routes.exception(EmailTakenException.class, (e, ctx) ->
                Problem.of(CONFLICT, "email_taken", e.getMessage()).writeTo(ctx));
    }
}
