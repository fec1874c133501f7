package workshop.contract;

import static workshop.contract.FieldError.badEmail;
import static workshop.contract.Problems.assertInvalidBody;
import static workshop.contract.UserAssertions.assertCreated;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "White space" is Unicode's White_Space property: spaces, tabs, line breaks, no-break spaces... */
@Contract
@DisplayName("name and email: leading and trailing white space removed; the email has none anywhere")
class WhiteSpaceTest {

    private final Api api;

    WhiteSpaceTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.Characters#whiteSpace")
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
    @MethodSource("workshop.contract.Characters#whiteSpace")
    @DisplayName("white space inside the email is refused: must be a valid email address")
    void refusesWhiteSpaceInsideTheEmail(String space) {
        assertInvalidBody(api.post("/users", Users.body("Ada", "ada" + space + "lovelace@example.com")), badEmail());
        assertInvalidBody(api.post("/users", Users.body("Ada", "ada@example" + space + ".com")), badEmail());
    }
}
