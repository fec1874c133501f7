package workshop.contract;

import static workshop.contract.FieldError.badLimit;
import static workshop.contract.FieldError.badOffset;
import static workshop.contract.FieldError.notAccepted;
import static workshop.contract.FieldError.required;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("every error is an RFC 9457 problem document, application/problem+json, whatever the Accept header")
class ProblemFormatTest {

    private final Api api;

    ProblemFormatTest(Api api) {
        this.api = api;
    }

    /** A request that breaks one rule, and the exact problem it is answered with. */
    private record ErrorCase(Api.Request request, Consumer<Reply> expectedProblem) {
    }

    private List<ErrorCase> oneRequestPerError() {
        User user = Users.create(api);
        User suspended = Users.createSuspended(api);
        return List.of(
                new ErrorCase(api.request("POST", "/users").json("[]"), Problems::assertMalformedJson),
                new ErrorCase(api.request("POST", "/users").json("{\"id\":1}"), reply ->
                        Problems.assertInvalidBody(reply, required("name"), required("email"), notAccepted("id"))),
                new ErrorCase(api.request("GET", "/users?limit=0&offset=-1"),
                        reply -> Problems.assertInvalidQuery(reply, badLimit(), badOffset())),
                new ErrorCase(api.request("GET", "/nope"), Problems::assertNoResource),
                new ErrorCase(api.request("GET", "/users/9223372036854775807"),
                        reply -> Problems.assertNoUser(reply, "9223372036854775807")),
                new ErrorCase(api.request("PATCH", "/users"),
                        reply -> Problems.assertMethodNotAllowed(reply, "PATCH", "GET", "POST")),
                new ErrorCase(api.request("POST", "/users").json(user.body()), Problems::assertEmailTaken),
                new ErrorCase(api.request("PUT", suspended.path()).json(suspended.body()),
                        Problems::assertUserSuspended),
                new ErrorCase(api.request("POST", "/users").json(Bodies.garbage(Bodies.LIMIT + 1)),
                        Problems::assertTooLarge),
                new ErrorCase(api.request("POST", "/users").contentType("text/plain").body(Users.validBody()),
                        Problems::assertUnsupportedMediaType));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @NullSource
    @ValueSource(strings = {"text/html", "application/xml", "*/*", "application/json", "text/plain, */*;q=0.1"})
    @DisplayName("{type:about:blank, title: the RFC 9110 reason phrase, status, detail, code[, errors]}, in that order,"
            + " the same whatever the Accept header")
    void answersTheSameProblemWhateverTheAcceptHeader(String accept) {
        for (ErrorCase error : oneRequestPerError()) {
            Api.Request request = accept == null ? error.request() : error.request().header("Accept", accept);
            error.expectedProblem().accept(request.send());
        }
    }
}
