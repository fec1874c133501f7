package workshop.contract.users;

import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": {@code GET /users/{id}} answers "200, the user", or 404. "Headers": "The
 * {@code Accept} header is ignored: successes are always JSON and errors always problem documents."
 */
@Contract
@DisplayName("GET /users/{id}: 200, the user; 404")
class GetUserTest {

    private final Api api;

    GetUserTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("200, the user, exactly as it was created")
    void answersTheUser() {
        User user = Users.create(api);

        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("a suspended user is shown with status \"suspended\"")
    void showsASuspendedUser() {
        User user = Users.createSuspended(api);

        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("success responses say exactly Content-Type: application/json, whatever the Accept header")
    void answersJsonWhateverTheAcceptHeader() {
        User user = Users.create(api);

        assertUser(api.request("GET", user.path()).header("Accept", "text/html").send(), user);
        assertUser(api.request("GET", user.path()).header("Accept", "application/xml").send(), user);
    }

    @Test
    @DisplayName("no user with that id: 404 not_found")
    void answersNotFoundForAMissingUser() {
        long id = Users.deletedId(api);

        assertNoUser(api.get("/users/" + id), id);
    }
}
