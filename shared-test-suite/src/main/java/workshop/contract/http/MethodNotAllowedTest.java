package workshop.contract.http;

import static workshop.contract.support.Problems.assertMethodNotAllowed;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Codes": 405 {@code method_not_allowed}, "the method PATCH is not allowed on this path", for "a
 * known path with a method it does not serve; the {@code Allow} header lists the methods it does".
 */
@Contract
@DisplayName("405 method_not_allowed: a known path with a method it does not serve; Allow lists those it does")
class MethodNotAllowedTest {

    private final Api api;

    MethodNotAllowedTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PATCH  | /users                      | GET, POST",
            "PUT    | /users                      | GET, POST",
            "DELETE | /users                      | GET, POST",
            "PATCH  | /users/                     | GET, POST",
            "POST   | /users/1                    | GET, PUT, DELETE",
            "PATCH  | /users/1                    | GET, PUT, DELETE",
            "POST   | /users/9223372036854775807/ | GET, PUT, DELETE",
            "GET    | /users/1/suspend            | POST",
            "PUT    | /users/1/suspend            | POST",
            "DELETE | /users/1/suspend            | POST",
            "PATCH  | /users/1/suspend/           | POST",
            "GET    | /users/1/activate           | POST",
            "PUT    | /users/1/activate           | POST",
            "DELETE | /users/1/activate           | POST",
            "POST   | /health                     | GET",
            "PUT    | /health                     | GET",
            "DELETE | /health                     | GET",
            "PATCH  | /health/                    | GET"})
    @DisplayName("the problem names the method, and Allow is GET, POST for /users; GET, PUT, DELETE for /users/{id};"
            + " POST for suspend and activate; GET for /health")
    void refusesMethodsAPathDoesNotServe(String method, String path, String allowed) {
        assertMethodNotAllowed(api.send(method, path, Users.validBody()), method, allowed.split(", "));
    }
}
