package workshop.application.port.in;

import java.util.Objects;
import workshop.domain.Email;
import workshop.domain.UserName;
import workshop.domain.ValidationException;

/** What creating a user takes. It cannot exist with invalid input: its parts validate themselves. */
public record CreateUserCommand(UserName name, Email email) {

    public CreateUserCommand {
        Objects.requireNonNull(name);
        Objects.requireNonNull(email);
    }

    /** Checks both fields, so that a client hears of every mistake at once. */
    public static CreateUserCommand of(String name, String email) {
        return ValidationException.combine(() -> new UserName(name), () -> new Email(email), CreateUserCommand::new);
    }
}
