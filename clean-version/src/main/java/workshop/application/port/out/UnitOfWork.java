package workshop.application.port.out;

import java.util.function.Supplier;

/**
 * One unit of work: the repository calls a use case makes inside {@link #run} are stored all
 * together or not at all, and a user read for update in it changes in no other unit until it ends.
 * The use case decides what one unit is; an adapter decides how (a transaction, in a database).
 */
public interface UnitOfWork {

    /** Runs the work as one unit and returns its result; if it throws, nothing it wrote is kept. */
    <T> T run(Supplier<T> work);
}
