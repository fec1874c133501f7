package workshop.application.port.in;

import workshop.domain.User;

/** Registers a new, active user; {@link workshop.domain.EmailTakenException} when the email is in use. */
public interface CreateUserUseCase {

    User createUser(CreateUserCommand command);
}
