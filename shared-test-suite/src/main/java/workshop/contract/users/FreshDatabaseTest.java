package workshop.contract.users;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.contract.support.Bodies.LIMIT;
import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.Problems.assertEmailTaken;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertMalformedJson;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.Problems.assertTooLarge;
import static workshop.contract.support.Problems.assertUnsupportedMediaType;
import static workshop.contract.support.UserAssertions.assertJson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Bodies;
import workshop.contract.support.Contract;
import workshop.contract.support.InProcess;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "The user": an {@code id} is "1 for the first user of a new database, then increasing in creation
 * order; never reused within a database, even after a delete; a refused request does not use one up (outside a
 * race for one email)". Only a database of the test's own can show it: skipped against a live server.
 */
@Contract
@DisplayName("id: 1 for the first user of a new database, then increasing; never reused; not used up by refusals")
class FreshDatabaseTest {

    private final InProcess inProcess;

    FreshDatabaseTest(InProcess inProcess) {
        this.inProcess = inProcess;
    }

    @Test
    @DisplayName("a new database has no users, and its first users get ids 1, 2, 3")
    void startsAtOne() {
        try (InProcess.Instance app = inProcess.startOnNewDatabase()) {
            Api api = app.api();
            assertJson(api.get("/users"), "[]");
            assertNoUser(api.get("/users/1"), 1);

            assertThat(Users.create(api).id()).isEqualTo(1);
            assertThat(Users.create(api).id()).isEqualTo(2);
            assertThat(Users.create(api).id()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("an id is never reused within a database, not even the last one after it is deleted")
    void neverReusesAnId() {
        try (InProcess.Instance app = inProcess.startOnNewDatabase()) {
            Api api = app.api();
            Users.create(api);
            User last = Users.create(api);
            assertThat(api.delete(last.path()).status()).isEqualTo(204);

            assertThat(Users.create(api, last.name(), last.email()).id()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("a refused request does not use up an id (outside a race)")
    void refusalsDoNotUseUpIds() {
        try (InProcess.Instance app = inProcess.startOnNewDatabase()) {
            Api api = app.api();
            User first = Users.create(api);

            assertInvalidBody(api.post("/users", Users.body("", Users.uniqueEmail())),
                    NAME_MUST_BE_1_TO_100_CHARACTERS);
            assertMalformedJson(api.post("/users", "{\"name\":"));
            assertEmailTaken(api.post("/users", Users.body("Ada", first.email())));
            assertUnsupportedMediaType(api.request("POST", "/users").contentType("text/plain").body("x").send());
            assertTooLarge(api.post("/users", Bodies.padded(Users.validBody(), LIMIT + 1)));

            assertThat(Users.create(api).id()).isEqualTo(2);
        }
    }
}
