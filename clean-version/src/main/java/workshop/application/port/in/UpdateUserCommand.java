package workshop.application.port.in;

import java.util.Objects;
import workshop.domain.Email;
import workshop.domain.UserName;
import workshop.domain.ValidationException;

/** What editing a user takes: which user, and its new name and email, valid by construction. */
public record UpdateUserCommand(long id, UserName name, Email email) {

    public UpdateUserCommand {
        Objects.requireNonNull(name);
        Objects.requireNonNull(email);
    }

    /** Checks both fields, so that a client hears of every mistake at once. */
    public static UpdateUserCommand of(long id, String name, String email) {
        return ValidationException.combine(() -> new UserName(name), () -> new Email(email),
                (validName, validEmail) -> new UpdateUserCommand(id, validName, validEmail));
    }
}
