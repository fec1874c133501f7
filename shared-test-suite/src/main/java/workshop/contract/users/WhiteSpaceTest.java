package workshop.contract.users;

import static workshop.contract.support.FieldError.EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.UserAssertions.assertCreated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.Users;

/**
 * docs/API.md, "The user": {@code name} and {@code email} have their "leading and trailing white space
 * removed", and an email has "no white space [...] anywhere". There, "White space" is Unicode's White_Space
 * property: "spaces, tabs, line breaks, no-break spaces and the like".
 */
@Contract
@DisplayName("name and email: leading and trailing white space removed; the email has none anywhere")
class WhiteSpaceTest {

    private final Api api;

    WhiteSpaceTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.users.Characters#whiteSpace")
    @DisplayName("leading and trailing White_Space is removed from name and email before they are checked and stored")
    void trimsEachWhiteSpaceCharacter(String space) {
        String email = Users.uniqueEmail();

        Reply reply = api.post("/users", Users.body(space + space + "Ada Lovelace" + space, space + email + space));

        assertCreated(reply, "Ada Lovelace", email);
    }

    @Test
    @DisplayName("white space inside the name is kept, no-break spaces included")
    void keepsWhiteSpaceInsideTheName() {
        String name = "Ada\u00A0King  Lovelace\u3000伯爵夫人";
        String email = Users.uniqueEmail();

        assertCreated(api.post("/users", Users.body(name, email)), name, email);
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"200B", "2060", "FEFF", "180E"})
    @DisplayName("characters without the White_Space property (zero-width spaces...) are not trimmed")
    void keepsCharactersThatAreNotWhiteSpace(String hex) {
        String name = Characters.of(hex) + "Ada" + Characters.of(hex);
        String email = Users.uniqueEmail();

        assertCreated(api.post("/users", Users.body(name, email)), name, email);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.users.Characters#whiteSpace")
    @DisplayName("white space inside the email is refused: must be a valid email address")
    void refusesWhiteSpaceInsideTheEmail(String space) {
        Reply inside = api.post("/users", Users.body("Ada", "ada" + space + "lovelace@example.com"));
        Reply inTheDomain = api.post("/users", Users.body("Ada", "ada@example" + space + ".com"));

        assertInvalidBody(inside, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
        assertInvalidBody(inTheDomain, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }
}
