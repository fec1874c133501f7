package workshop.contract.http;

import static workshop.contract.support.FieldError.LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000;
import static workshop.contract.support.FieldError.OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1;
import static workshop.contract.support.FieldError.isNotAnAcceptedField;
import static workshop.contract.support.FieldError.isRequired;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Bodies;
import workshop.contract.support.Contract;
import workshop.contract.support.Problems;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Errors": "Every error, whatever its cause, is an RFC 9457 problem document, with
 * {@code Content-Type: application/problem+json}"; "The members come in that order, {@code errors} last."
 * "Headers": "The {@code Accept} header is ignored".
 */
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
                new ErrorCase(api.request("POST", "/users").json("{\"id\":1}"), reply -> Problems.assertInvalidBody(
                        reply, isRequired("name"), isRequired("email"), isNotAnAcceptedField("id"))),
                new ErrorCase(api.request("GET", "/users?limit=0&offset=-1"), reply -> Problems.assertInvalidQuery(
                        reply, LIMIT_MUST_BE_A_WHOLE_NUMBER_FROM_1_TO_1000,
                        OFFSET_MUST_BE_A_WHOLE_NUMBER_FROM_0_TO_2_63_MINUS_1)),
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
