package workshop.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts as Surefire does: each test that ran or was skipped is run; a test or class that failed with an
 * AssertionError is a failure, with another exception an error; a test whose assumption failed is skipped.
 */
final class SurefireCounts implements TestExecutionListener {

    private final AtomicLong run = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        run.incrementAndGet();
        skipped.incrementAndGet();
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL -> {
                if (test.isTest()) {
                    run.incrementAndGet();
                }
            }
            case ABORTED -> {
                run.incrementAndGet();
                skipped.incrementAndGet();
            }
            case FAILED -> {
                run.incrementAndGet();
                Throwable cause = result.getThrowable().orElse(null);
                (cause instanceof AssertionError ? failures : errors).incrementAndGet();
                String said = cause == null ? "" : String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
                failed.add(test.getSource().filter(MethodSource.class::isInstance)
                        .map(source -> ((MethodSource) source).getMethodName()).orElse(test.getDisplayName())
                        + " " + said.strip());
            }
        }
    }

    ContractRun.Summary summary() {
        return new ContractRun.Summary(run.get(), failures.get(), errors.get(), skipped.get(), List.copyOf(failed));
    }
}
