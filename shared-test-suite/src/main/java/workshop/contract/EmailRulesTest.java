package workshop.contract;

import static workshop.contract.FieldError.badEmail;
import static workshop.contract.Problems.assertEmailTaken;
import static workshop.contract.Problems.assertInvalidBody;
import static workshop.contract.UserAssertions.assertCreated;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Contract
@DisplayName("email: trimmed, lower-cased, at most 254 code points, one @, a dotted domain, unique")
class EmailRulesTest {

    private final Api api;

    EmailRulesTest(Api api) {
        this.api = api;
    }

    private void assertCreatedWithEmail(String sent, String stored) {
        assertCreated(api.post("/users", Users.body("Ada", sent)), "Ada", stored);
    }

    /** A unique, valid address of exactly that many code points, its local part padded with the filler. */
    private static String emailOfLength(int codePoints, String filler) {
        String unique = Users.uniqueEmail();
        return filler.repeat(codePoints - unique.codePointCount(0, unique.length())) + unique;
    }

    @Test
    @DisplayName("trimmed of White_Space (no-break spaces included) and lower-cased before it is stored")
    void trimsAndLowerCases() {
        String email = Users.uniqueEmail("ada.lovelace");

        assertCreatedWithEmail("\u00A0 \t" + email.toUpperCase(Locale.ROOT) + "\u3000\n", email);
    }

    @Test
    @DisplayName("lower-cased with Locale.ROOT: İ (U+0130) becomes i followed by U+0307, as in every locale but Turkish")
    void lowerCasesWithTheRootLocale() {
        String email = Users.uniqueEmail();

        assertCreatedWithEmail("\u0130" + email, "i\u0307" + email);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jürgen.müller-%s@exämple.de", "用户-%s@例子.中国", "ΑΛΦΑ-%s@ΠΑΡΆΔΕΙΓΜΑ.ΕΛ", "ÉLODIE-%s@EXEMPLE.FR"})
    @DisplayName("non-ASCII letters are allowed, and lower-cased")
    void allowsNonAsciiLetters(String pattern) {
        String sent = pattern.formatted(Users.uniqueEmail().replace("@example.com", ""));

        assertCreatedWithEmail(sent, sent.toLowerCase(Locale.ROOT));
    }

    @Test
    @DisplayName("nothing else is asked of the address: plus signs, dots, digits and hyphens are fine")
    void allowsAnyOtherCharacters() {
        String email = "first.last+tag-" + Users.uniqueEmail().replace("@example.com", "@mail-1.example.co.uk");

        assertCreatedWithEmail(email, email);
    }

    @ParameterizedTest(name = "filler \"{0}\"")
    @ValueSource(strings = {"a", "é", "𝒶"})
    @DisplayName("254 code points are accepted (𝒶 is one code point and two UTF-16 units)")
    void accepts254CodePoints(String filler) {
        String email = emailOfLength(254, filler);

        assertCreatedWithEmail(" " + email + " ", email);
    }

    @ParameterizedTest(name = "filler \"{0}\"")
    @ValueSource(strings = {"a", "é", "𝒶"})
    @DisplayName("255 code points are refused: must be a valid email address")
    void refuses255CodePoints(String filler) {
        assertInvalidBody(api.post("/users", Users.body("Ada", emailOfLength(255, filler))), badEmail());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "", " ", "ada", "ada.example.com",                      // no @
            "ada@@example.com", "ada@lovelace@example.com",          // more than one @
            "@example.com",                                          // an empty part before it
            "ada@", "ada@localhost", "ada@com",                      // a domain without a dot
            "ada@.example.com", "ada@example..com", "ada@example.com.", "ada@.", // an empty label
            "ada lovelace@example.com", "ada@exam ple.com", "ada\u00A0x@example.com", "ada\u3000x@example.com",
            "ada\u2028x@example.com", "ada\tx@example.com",         // white space inside
            "ada\u0000@example.com", "ada\u001F@example.com", "ada\u007F@example.com", "ada\u0080@example.com",
            "ada\u009F@example.com", "\u001Fada@example.com", "ada@example.com\u0000" // control characters
    })
    @DisplayName("an address that breaks a rule is refused: must be a valid email address")
    void refusesInvalidAddresses(String email) {
        assertInvalidBody(api.post("/users", Users.body("Ada", email)), badEmail());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"ada\\ud800@example.com\"", "\"ada@example.com\\udc00\""})
    @DisplayName("an address with an unpaired surrogate escape is not valid Unicode text, so not a valid address")
    void refusesUnpairedSurrogates(String emailJson) {
        assertInvalidBody(api.post("/users", Users.rawBody("\"Ada\"", emailJson)), badEmail());
    }

    @Test
    @DisplayName("unique among all users, case-insensitively: 409 email_taken")
    void isUniqueCaseInsensitively() {
        User user = Users.create(api);

        assertEmailTaken(api.post("/users", Users.body("Someone Else", " " + user.email().toUpperCase(Locale.ROOT))));
    }
}
