package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Endpoints": {@code POST /users} with {@code {"name":…,"email":…}} answers "201, the created user,
 * and {@code Location: /users/{id}}". "Members always come in that order: id, name, email, status, createdAt"; ids
 * increase "in creation order"; "a new user is active".
 */
@Contract
@DisplayName("POST /users")
class CreateUserTest {

    private final Api api;

    CreateUserTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("201, the created user {id,name,email,status,createdAt} in that order, and Location: /users/{id}")
    void answersCreatedWithTheUserAndItsLocation() {
        String email = Users.uniqueEmail();

        User user = assertCreated(api.post("/users", Users.body("Ada Lovelace", email)), "Ada Lovelace", email);

        assertThat(user.status()).isEqualTo("active");
    }

    @Test
    @DisplayName("the created user can then be read at its Location")
    void theCreatedUserIsReadableAtItsLocation() {
        User user = Users.create(api);

        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("id: increasing in creation order")
    void idsIncreaseInCreationOrder() {
        List<Long> ids = List.of(Users.create(api).id(), Users.create(api).id(), Users.create(api).id());

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("one trailing slash is ignored: POST /users/ creates a user at /users/{id}")
    void ignoresOneTrailingSlash() {
        String email = Users.uniqueEmail();

        assertCreated(api.post("/users/", Users.body("Grace Hopper", email)), "Grace Hopper", email);
    }

    @Test
    @DisplayName("members of the body may come in any order")
    void acceptsMembersInAnyOrder() {
        String email = Users.uniqueEmail();

        assertCreated(api.post("/users", "{\"email\":\"" + email + "\",\"name\":\"Ada\"}"), "Ada", email);
    }

    @Test
    @DisplayName("JSON white space around the object is fine, and escapes are read")
    void acceptsWhiteSpaceAroundTheObjectAndEscapes() {
        String email = Users.uniqueEmail();
        String body = " \r\n\t{ \"name\" : \"Ad\\u0061 \\\"L\\\"\" ,\n \"email\" : \"" + email + "\" } \t\r\n ";

        assertCreated(api.post("/users", body), "Ada \"L\"", email);
    }
}
