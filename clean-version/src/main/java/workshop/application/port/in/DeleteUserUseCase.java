package workshop.application.port.in;

/** Deletes a user, whatever its status. */
public interface DeleteUserUseCase {

    void deleteUser(long id);
}
