package workshop.contract.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of contract tests: its constructor or test methods may ask for an {@link Api} bound to the
 * app under test, and for {@link InProcess} to start apps of their own on a fresh database; its test methods
 * may ask for a {@link Browser} on the app (see {@link ContractTarget}). Every exchange it has with an app is
 * checked against the OpenAPI document ({@link UndescribedExchanges}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({ContractTarget.class, UndescribedExchanges.class})
public @interface Contract {
}
