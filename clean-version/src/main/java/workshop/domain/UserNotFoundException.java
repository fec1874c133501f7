package workshop.domain;

public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(long id) {
        super("no user with id " + id);
    }
}
