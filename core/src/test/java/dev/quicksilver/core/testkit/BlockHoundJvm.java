package dev.quicksilver.core.testkit;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import reactor.blockhound.BlockHound;

/**
 * For BlockHound test classes ({@code @ExtendWith(BlockHoundJvm.class)}): they run only in a JVM of their
 * own — each module's {@code blockhound-tests} failsafe execution sets {@value #OWN_JVM_PROPERTY} — and
 * are skipped, with a message saying so, anywhere else. There BlockHound is installed once, before the
 * first such class starts and so before any of its tests creates a {@code Database}: a scheduler thread
 * already parked when BlockHound arrives skips the entry hooks of its allowed frames and fails on wake-up,
 * which is why a JVM that ran other tests must not install it. {@code install()} loads the integrations on
 * the class path: Reactor's (its parallel threads are non-blocking) and the test class path's
 * ({@code META-INF/services}, e.g. core's {@code H2BlockHoundIntegration}).
 */
public final class BlockHoundJvm implements ExecutionCondition, BeforeAllCallback {

    /** The system property the {@code blockhound-tests} executions set. */
    public static final String OWN_JVM_PROPERTY = "quicksilver.blockhound.jvm";

    private static final boolean OWN_JVM = Boolean.getBoolean(OWN_JVM_PROPERTY);
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return OWN_JVM ? ConditionEvaluationResult.enabled("a JVM of its own")
                : ConditionEvaluationResult.disabled("BlockHound tests run only in a JVM of their own (the"
                + " blockhound-tests execution); to run one alone, pass -D" + OWN_JVM_PROPERTY + "=true to its JVM.");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (OWN_JVM && INSTALLED.compareAndSet(false, true)) {
            BlockHound.install();
        }
    }
}
