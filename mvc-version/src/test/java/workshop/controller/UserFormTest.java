package workshop.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.model.ValidationException;

/**
 * The input rules are plain code, so MVC can unit-test them too. What it cannot test without
 * HTTP and a database is the rest: the business rules sit in the controller, beside Javalin and Jdbi.
 */
class UserFormTest {

    private static final String NAME = "Ada";
    private static final String EMAIL = "ada@example.com";

    @ParameterizedTest
    @ValueSource(strings = {" Ada ", "\tAda\n", "\u00a0Ada\u3000", "\u2028Ada\u0085"})
    void trimsUnicodeWhiteSpaceFromTheName(String raw) {
        assertThat(UserForm.validate(raw, EMAIL).name()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Ada Lovelace", "Пётр", "李小龍", "😀 x"})
    void takesNamesInAnyScript(String raw) {
        assertThat(UserForm.validate(raw, EMAIL).name()).isEqualTo(raw);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''            | must be 1 to 100 characters",
            "'   '         | must be 1 to 100 characters",
            "'a\u0001b'    | must not contain control characters",
            "'a\tb'        | must not contain control characters",
            "'a\u009fb'    | must not contain control characters",
            "'a\ud800b'    | must be valid Unicode text"})
    void refusesBadNames(String raw, String message) {
        assertThatThrownBy(() -> UserForm.validate(raw, EMAIL))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).containsExactly(Map.entry("name", message)));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(UserForm.validate("😀".repeat(100), EMAIL).name()).hasSize(200);
        assertThatThrownBy(() -> UserForm.validate("😀".repeat(101), EMAIL)).isInstanceOf(ValidationException.class);
    }

    @Test
    void trimsAndLowerCasesTheEmail() {
        assertThat(UserForm.validate(NAME, " \u00a0Ada@Example.COM\t").email()).isEqualTo("ada@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.c", "first.last+tag@sub.example.org", "jürgen@müller.de", "用户@例子.中国"})
    void takesValidAddresses(String raw) {
        assertThat(UserForm.validate(NAME, raw).email()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ada", "@example.com", "ada@", "ada@example", "ada@@example.com",
            "a@b@example.com", "ada@.example.com", "ada@example.com.", "ada@example..com",
            "a da@example.com", "ada@exa\u00a0mple.com", "ada\u0000@example.com", "ada@exam\u007fple.com"})
    void refusesInvalidAddresses(String raw) {
        assertThatThrownBy(() -> UserForm.validate(NAME, raw))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).containsExactly(Map.entry("email", "must be a valid email address")));
    }

    @Test
    void takesAtMost254CharactersOfEmail() {
        String domain = "@example.com";
        assertThat(UserForm.validate(NAME, "a".repeat(254 - domain.length()) + domain).email()).hasSize(254);
        assertThatThrownBy(() -> UserForm.validate(NAME, "a".repeat(255 - domain.length()) + domain))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void reportsBothFieldsAtOnce() {
        assertThatThrownBy(() -> UserForm.validate(null, "nope"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        Map.entry("name", "is required"), Map.entry("email", "must be a valid email address")));
    }
}
