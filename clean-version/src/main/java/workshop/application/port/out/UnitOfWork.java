package workshop.application.port.out;

import java.util.function.Function;

/**
 * One unit of work, and the only way to the users: {@link #run} hands the work the repository it may use,
 * whose writes are stored all together or not at all, and a user read for update in it changes in no other
 * unit until it ends. The use case decides what one unit is; an adapter decides how (a transaction, in a
 * database).
 */
public interface UnitOfWork {

    /** Runs the work as one unit, on the users as this unit sees them; if it throws, nothing it wrote is kept. */
    <T> T run(Function<UserRepository, T> work);

    /**
     * Runs work that only reads, on the users as stored: a lookup or a page is one read, whole on its own, so it
     * needs no unit around it (a database transaction would cost each one a little).
     */
    <T> T read(Function<UserRepository, T> work);
}
