package workshop.application.port.in;

import workshop.domain.User;

/** Activates a user; activating an active user changes nothing. */
public interface ActivateUserUseCase {

    User activateUser(long id);
}
