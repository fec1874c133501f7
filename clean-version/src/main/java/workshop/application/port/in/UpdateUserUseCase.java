package workshop.application.port.in;

import workshop.domain.User;

/** Replaces an active user's name and email; a suspended user cannot be edited. */
public interface UpdateUserUseCase {

    User updateUser(UpdateUserCommand command);
}
