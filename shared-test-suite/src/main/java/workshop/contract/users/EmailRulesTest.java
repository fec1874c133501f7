package workshop.contract.users;

import static workshop.contract.support.FieldError.EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS;
import static workshop.contract.support.Problems.assertEmailTaken;
import static workshop.contract.support.Problems.assertInvalidBody;
import static workshop.contract.support.UserAssertions.assertCreated;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.contract.support.Api;
import workshop.contract.support.Contract;
import workshop.contract.support.Reply;
import workshop.contract.support.User;
import workshop.contract.support.Users;

/**
 * docs/API.md, "The user": an {@code email} is "lower-cased ({@code Locale.ROOT}) before it is checked and
 * stored; then at most 254 characters; exactly one {@code @}, a non-empty part before it, a domain after it with
 * at least one dot and no empty label [...]; non-ASCII letters are allowed; unique among all users, so
 * case-insensitively". Another user's email is 409 {@code email_taken}, "another user already has this email".
 */
@Contract
@DisplayName("email: trimmed, lower-cased, at most 254 code points, one @, a dotted domain, no white space, unique")
class EmailRulesTest {

    private final Api api;

    EmailRulesTest(Api api) {
        this.api = api;
    }

    private Reply create(String email) {
        return api.post("/users", Users.body("Ada", email));
    }

    private void assertCreatedWithEmail(String sent, String stored) {
        assertCreated(create(sent), "Ada", stored);
    }

    /** A unique, valid address of exactly that many code points, its local part padded with the filler. */
    private static String emailOfLength(int codePoints, String filler) {
        String unique = Users.uniqueEmail();
        return filler.repeat(codePoints - unique.codePointCount(0, unique.length())) + unique;
    }

    @Test
    @DisplayName("lower-cased before it is checked and stored")
    void lowerCases() {
        String email = Users.uniqueEmail("ada.lovelace");

        assertCreatedWithEmail(email.toUpperCase(Locale.ROOT), email);
    }

    @Test
    @DisplayName("lower-cased with Locale.ROOT: İ (U+0130) becomes i and U+0307, as everywhere but in Turkish")
    void lowerCasesWithTheRootLocale() {
        String email = Users.uniqueEmail();

        assertCreatedWithEmail("\u0130" + email, "i\u0307" + email);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jürgen.müller-%s@exämple.de", "用户-%s@例子.中国", "ΑΛΦΑ-%s@ΠΑΡΆΔΕΙΓΜΑ.ΕΛ",
            "ÉLODIE-%s@EXEMPLE.FR"})
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
    @DisplayName("254 code points are accepted (𝒶 is one code point, two UTF-16 units and four bytes)")
    void accepts254CodePoints(String filler) {
        String email = emailOfLength(254, filler);

        assertCreatedWithEmail(" " + email + " ", email);
    }

    @ParameterizedTest(name = "filler \"{0}\"")
    @ValueSource(strings = {"a", "é", "𝒶"})
    @DisplayName("255 code points are refused: must be a valid email address")
    void refuses255CodePoints(String filler) {
        assertInvalidBody(create(emailOfLength(255, filler)), EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "", " ", "ada", "ada.example.com",                             // no @
            "ada@@example.com", "ada@lovelace@example.com",                 // more than one @
            "@example.com",                                                 // nothing before it
            "ada@", "ada@localhost", "ada@com",                             // a domain without a dot
            "ada@.example.com", "ada@example..com", "ada@example.com.", "ada@."}) // an empty label
    @DisplayName("not exactly one @, nothing before it, or a domain without a dot or with an empty label: refused")
    void refusesMalformedAddresses(String email) {
        assertInvalidBody(create(email), EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"ada\\ud800@example.com\"", "\"ada@example.com\\udc00\""})
    @DisplayName("an address with an unpaired surrogate escape is not valid text, so not a valid address")
    void refusesUnpairedSurrogates(String emailJson) {
        Reply reply = api.post("/users", Users.rawBody("\"Ada\"", emailJson));

        assertInvalidBody(reply, EMAIL_MUST_BE_A_VALID_EMAIL_ADDRESS);
    }

    @Test
    @DisplayName("unique among all users, case-insensitively: 409 email_taken")
    void isUniqueCaseInsensitively() {
        User user = Users.create(api);

        assertEmailTaken(create(" " + user.email().toUpperCase(Locale.ROOT)));
    }

    @Test
    @DisplayName("unique among all users: a suspended user's email is taken too")
    void isTakenBySuspendedUsers() {
        assertEmailTaken(create(Users.createSuspended(api).email()));
    }
}
