package workshop.contract;

import static workshop.contract.FieldError.badEmail;
import static workshop.contract.FieldError.nameControlCharacter;
import static workshop.contract.Problems.assertInvalidBody;
import static workshop.contract.Problems.assertMalformedJson;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Control characters are U+0000 to U+001F and U+007F to U+009F; JSON carries them as escapes such as \t. */
@Contract
@DisplayName("name and email: no control characters")
class ControlCharacterTest {

    private final Api api;

    ControlCharacterTest(Api api) {
        this.api = api;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.Characters#controls")
    @DisplayName("a control character inside the name or the email is refused")
    void refusesAControlCharacterInside(String control) {
        Reply name = api.post("/users", Users.body("Ada" + control + "Lovelace", Users.uniqueEmail()));
        Reply email = api.post("/users", Users.body("Ada", "ada" + control + "lovelace@example.com"));

        assertInvalidBody(name, nameControlCharacter());
        assertInvalidBody(email, badEmail());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.Characters#controlsThatAreNotWhiteSpace")
    @DisplayName("a control character that is not White_Space is not trimmed: at the ends it is refused too")
    void refusesAControlCharacterAtTheEnds(String control) {
        Reply name = api.post("/users", Users.body(control + "Ada" + control, Users.uniqueEmail()));
        Reply email = api.post("/users", Users.body("Ada", control + Users.uniqueEmail() + control));

        assertInvalidBody(name, nameControlCharacter());
        assertInvalidBody(email, badEmail());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workshop.contract.Characters#controls")
    @DisplayName("written raw in a JSON string, U+0000 to U+001F make the body malformed JSON (JSON wants escapes);"
            + " U+007F to U+009F may be raw, and the name's rule refuses them")
    void refusesARawControlCharacter(String control) {
        Reply reply = api.post("/users", Users.rawBody("\"Ad" + control + "a\"", Json.write(Users.uniqueEmail())));

        if (control.charAt(0) < 0x20) {
            assertMalformedJson(reply);
        } else {
            assertInvalidBody(reply, nameControlCharacter());
        }
    }
}
