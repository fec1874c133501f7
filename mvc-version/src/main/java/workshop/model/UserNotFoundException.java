package workshop.model;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(long id) {
        super("no user with id " + id);
    }
}
