package workshop.application.port.in;

import workshop.domain.User;

/** The user with this id, or {@link workshop.domain.UserNotFoundException}. */
public interface GetUserUseCase {

    User getUser(long id);
}
