package workshop.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import workshop.domain.ValidationException;

class CreateUserCommandTest {

    @Test
    void holdsTheNormalisedValues() {
        CreateUserCommand command = CreateUserCommand.of(" Ada ", " ADA@example.com ");

        assertThat(command.name().value()).isEqualTo("Ada");
        assertThat(command.email().value()).isEqualTo("ada@example.com");
    }

    @Test
    void reportsBothFieldsAtOnce() {
        assertThatThrownBy(() -> CreateUserCommand.of(null, "nope"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        Map.entry("name", "is required"), Map.entry("email", "must be a valid email address")));
    }
}
