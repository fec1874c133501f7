package workshop.contract;

import static workshop.contract.Problems.assertNoUser;
import static workshop.contract.UserAssertions.assertUser;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
