package workshop.contract.users;

import static workshop.contract.support.FieldError.EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS;
import static workshop.contract.support.FieldError.NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.Problems.assertMalformedJson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Json;
import workshop.contract.support.Reply;
import workshop.contract.support.Users;

/**
 * docs/API.md, "The user": a {@code name} has "no control characters (U+0000 to U+001F, U+007F to U+009F)",
 * an {@code email} "no white space, control character or unpaired surrogate anywhere". JSON carries them as
 * escapes such as \t; written raw in a string, U+0000 to U+001F are not JSON at all.
 */
@Contract
@DisplayName("name and email: no control characters")
class ControlCharacterTest {

    private final Api api;

    ControlCharacterTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.users.Characters#controls")
    @DisplayName("a control character inside the name or the email is refused")
    void refusesAControlCharacterInside(String control) {
        Reply name = api.post("/users", Users.body("Ada" + control + "Lovelace", Users.uniqueEmail()));
        Reply email = api.post("/users", Users.body("Ada", "ada" + control + "lovelace@example.com"));

        assertInvalidBody(name, NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS);
        assertInvalidBody(email, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.users.Characters#controlsThatAreNotWhiteSpace")
    @DisplayName("a control character that is not White_Space is not trimmed: at the ends it is refused too")
    void refusesAControlCharacterAtTheEnds(String control) {
        Reply name = api.post("/users", Users.body(control + "Ada" + control, Users.uniqueEmail()));
        Reply email = api.post("/users", Users.body("Ada", control + Users.uniqueEmail() + control));

        assertInvalidBody(name, NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS);
        assertInvalidBody(email, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.users.Characters#controls")
    @DisplayName("written raw in a JSON string, U+0000 to U+001F make the body malformed JSON (JSON wants escapes);"
            + " U+007F to U+009F may be raw, and the name's rule refuses them")
    void refusesARawControlCharacter(String control) {
        Reply reply = api.post("/users", Users.rawBody("\"Ad" + control + "a\"", Json.write(Users.uniqueEmail())));

        if (control.charAt(0) < 0x20) {
            assertMalformedJson(reply);
        } else {
            assertInvalidBody(reply, NAME_MUST_NOT_CONTAIN_CONTROL_CHARACTERS);
        }
    }
}
