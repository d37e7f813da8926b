package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jakarta Bean Validation, when a provider is on the class path. The only class that touches
 * {@code jakarta.validation}; loaded only when {@link DefaultEntityValidator} found the API on the
 * class path.
 */
final class BeanValidation {

    private static final Logger LOG = LoggerFactory.getLogger(BeanValidation.class);
    private static volatile @Nullable Object validator;
    private static volatile boolean resolved;

    private BeanValidation() {
    }

    /** The constraint violations of an object, sorted by property; empty without a provider. */
    static List<Violation> violations(Object entity) {
        Validator resolvedValidator = validator();
        if (resolvedValidator == null) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : resolvedValidator.validate(entity)) {
            violations.add(new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Violation::property).thenComparing(Violation::message));
        return violations;
    }

    private static @Nullable Validator validator() {
        if (!resolved) {
            synchronized (BeanValidation.class) {
                if (!resolved) {
                    try {
                        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                        validator = factory.getValidator();
                    } catch (RuntimeException noProvider) {
                        LOG.warn("Jakarta Bean Validation is on the class path but no provider could be started;"
                                + " constraint annotations are not checked: {}", noProvider.getMessage());
                    }
                    resolved = true;
                }
            }
        }
        return (Validator) validator;
    }
}
