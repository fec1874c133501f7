package workshop.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserNameTest {

    @ParameterizedTest
    @ValueSource(strings = {" Ada ", "\tAda\n", "\u00a0Ada\u3000", "\u2028Ada\u0085"})
    void trimsUnicodeWhiteSpace(String raw) {
        assertThat(new UserName(raw).value()).isEqualTo("Ada");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "Ada Lovelace", "Пётр", "李小龍", "😀 x"})
    void takesAnyScript(String raw) {
        assertThat(new UserName(raw).value()).isEqualTo(raw);
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
        assertThatThrownBy(() -> new UserName(raw))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).containsExactly(Map.entry("name", message)));
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(new UserName("😀".repeat(100)).value()).hasSize(200);
        assertThatThrownBy(() -> new UserName("😀".repeat(101))).isInstanceOf(ValidationException.class);
    }
}
