package workshop.application.port.in;

import java.util.List;
import workshop.domain.User;

/** Users in id order, {@code limit} of them after skipping {@code offset}. */
public interface ListUsersUseCase {

    List<User> listUsers(int limit, long offset);
}
