package workshop.application.port.in;

import workshop.domain.User;

/** Suspends a user; suspending a suspended user changes nothing. */
public interface SuspendUserUseCase {

    User suspendUser(long id);
}
