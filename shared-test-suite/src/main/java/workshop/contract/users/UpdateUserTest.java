package workshop.contract.users;

import static workshop.contract.support.FieldError.EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS;
import static workshop.contract.support.FieldError.NAME_MUST_BE_1_TO_100_CHARACTERS;
import static workshop.contract.support.FieldError.isNotAnAcceptedField;
import static workshop.contract.support.FieldError.isRequired;
import static workshop.contract.support.Problems.assertEmailTaken;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertNoUser;
import static workshop.contract.support.Problems.assertUserSuspended;
import static workshop.contract.support.UserAssertions.assertCreated;
import static workshop.contract.support.UserAssertions.assertUser;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Json;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "Editing": "{@code PUT} replaces both editable fields, {@code name} and {@code email};
 * {@code id}, {@code status} and {@code createdAt} do not change. Keeping one's own email is not a conflict."
 * "The rules": "A suspended user cannot be edited ({@code PUT} answers 409 {@code user_suspended}); activate them
 * first."
 */
@Contract
@DisplayName("PUT /users/{id}: replaces name and email; id, status and createdAt do not change")
@Tag("step2") // the workshop types the rule of PUT in step 2
class UpdateUserTest {

    private final Api api;

    UpdateUserTest(Api api) {
        this.api = api;
    }

    @Test
    @DisplayName("200, the updated user, which GET then shows; id, status and createdAt are unchanged")
    void replacesNameAndEmail() {
        User user = Users.create(api);
        User edited = user.edited();

        assertUser(api.put(user.path(), edited.body()), edited);
        assertUser(api.get(user.path()), edited);
    }

    @Test
    @DisplayName("the new name and email are trimmed and the email lower-cased, as on creation")
    void normalisesLikeCreation() {
        User user = Users.create(api);
        User edited = user.edited();

        String email = " " + edited.email().toUpperCase(Locale.ROOT) + "\u00A0";

        assertUser(api.put(user.path(), Users.body("\u3000" + edited.name() + "\t", email)), edited);
    }

    @Test
    @DisplayName("keeping one's own email is not a conflict, even in another letter case")
    void keepsItsOwnEmail() {
        User user = Users.create(api);

        User renamed = user.withNameAndEmail("Renamed", user.email());

        assertUser(api.put(user.path(), renamed.body()), renamed);
        assertUser(api.put(user.path(), Users.body("Renamed", user.email().toUpperCase(Locale.ROOT))), renamed);
    }

    @Test
    @DisplayName("an email given up by one user can be taken by another")
    void freesTheOldEmail() {
        User user = Users.create(api);
        User moved = user.withNameAndEmail(user.name(), Users.uniqueEmail());
        assertUser(api.put(user.path(), moved.body()), moved);

        assertCreated(api.post("/users", Users.body("Newcomer", user.email())), "Newcomer", user.email());
    }

    @Test
    @DisplayName("PUT replaces both fields: one alone is refused, the other is required")
    void needsBothFields() {
        User user = Users.create(api);

        assertInvalidBody(api.put(user.path(), "{\"name\":\"Only a name\"}"), isRequired("email"));
        assertInvalidBody(api.put(user.path(), "{\"email\":\"only@example.com\"}"), isRequired("name"));
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("fields break their rules or are not accepted (id, status, createdAt): 400, and nothing changes")
    void validatesLikeCreation() {
        User user = Users.create(api);
        String body = "{\"name\":\"\",\"email\":\"nope\",\"id\":" + user.id() + ",\"status\":\"suspended\","
                + "\"createdAt\":" + Json.write(user.createdAt()) + "}";

        assertInvalidBody(api.put(user.path(), body), NAME_MUST_BE_1_TO_100_CHARACTERS,
                EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS, isNotAnAcceptedField("id"), isNotAnAcceptedField("status"),
                isNotAnAcceptedField("createdAt"));
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("no user with that id: 404 not_found")
    void answersNotFoundForAMissingUser() {
        long id = Users.deletedId(api);

        assertNoUser(api.put("/users/" + id, Users.validBody()), id);
    }

    @Test
    @DisplayName("another user already has the email, in any letter case: 409 email_taken, and nothing changes")
    void refusesAnotherUsersEmail() {
        User other = Users.create(api);
        User user = Users.create(api);

        assertEmailTaken(api.put(user.path(), Users.body("Ada", other.email().toUpperCase(Locale.ROOT))));
        assertUser(api.get(user.path()), user);
    }

    @Test
    @DisplayName("a suspended user cannot be edited: 409 user_suspended; once activated it can")
    void refusesToEditASuspendedUser() {
        User user = Users.createSuspended(api);
        User edited = user.edited();

        assertUserSuspended(api.put(user.path(), edited.body()));
        assertUserSuspended(api.put(user.path(), user.body()));
        assertUser(api.get(user.path()), user);
        assertUser(api.post(user.path() + "/activate"), user.withStatus("active"));
        assertUser(api.put(user.path(), edited.body()), edited.withStatus("active"));
    }
}
