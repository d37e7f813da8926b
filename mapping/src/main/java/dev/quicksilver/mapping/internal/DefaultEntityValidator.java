package dev.quicksilver.mapping.internal;

import dev.quicksilver.mapping.MappingException;
import dev.quicksilver.mapping.Violation;
import dev.quicksilver.mapping.Violations;
import dev.quicksilver.mapping.annotation.Validates;
import dev.quicksilver.mapping.metadata.ColumnMetadata;
import dev.quicksilver.mapping.metadata.EntityAccessor;
import dev.quicksilver.mapping.metadata.EntityValidator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates entities of one type: NOT NULL columns have values (except those the database or
 * Quicksilver fills: generated keys, versions, timestamps), text fits its declared length, the type's
 * {@link Validates} methods, then Bean Validation. Rules and handles are resolved once per type.
 */
final class DefaultEntityValidator<T> implements EntityValidator<T> {

    private static final MethodType HOOK = MethodType.methodType(void.class, Object.class, Violations.class);
    /** Checked here, not in {@link BeanValidation}, so that class is loaded only when the API is present. */
    private static final boolean BEAN_VALIDATION_API = present("jakarta.validation.Validation");

    /** A column rule: which column, whether it needs a value, and its maximum text length (or -1). */
    private record ColumnRule(int columnIndex, String property, boolean required, int maxLength) {
    }

    private final EntityAccessor<T> accessor;
    private final List<ColumnRule> rules;
    private final List<MethodHandle> hooks;
    private final boolean beanValidation;

    DefaultEntityValidator(Class<T> type, List<ColumnMetadata> columns, EntityAccessor<T> accessor) {
        this.accessor = accessor;
        List<ColumnRule> columnRules = new ArrayList<>();
        for (ColumnMetadata column : columns) {
            boolean filledForUs = column.generated() != null || column.version() || column.createdAt()
                    || column.updatedAt();
            boolean required = !column.nullable() && !filledForUs && !column.javaType().isPrimitive();
            Integer length = column.columnType().length();
            int maxLength = column.javaType() == String.class && length != null ? length : -1;
            if (required || maxLength >= 0) {
                columnRules.add(new ColumnRule(column.propertyIndex(), column.propertyPath(), required, maxLength));
            }
        }
        this.rules = List.copyOf(columnRules);
        this.hooks = hooks(type);
        this.beanValidation = BEAN_VALIDATION_API;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DefaultEntityValidator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    private static List<MethodHandle> hooks(Class<?> type) {
        List<MethodHandle> handles = new ArrayList<>();
        for (Class<?> current = type; current != null && current.getModule() != Object.class.getModule();
                current = current.getSuperclass()) {
            MethodHandles.Lookup lookup = PropertyScanner.lookup(current);
            for (Method method : current.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Validates.class)) {
                    continue;
                }
                if (Modifier.isStatic(method.getModifiers()) || method.getReturnType() != void.class
                        || method.getParameterCount() != 1 || method.getParameterTypes()[0] != Violations.class) {
                    throw new MappingException(type, method.getName() + "()", "a @Validates method must be an instance"
                            + " method 'void " + method.getName() + "(Violations violations)'.");
                }
                try {
                    handles.add(lookup.unreflect(method).asType(HOOK));
                } catch (IllegalAccessException denied) {
                    throw new MappingException(type, method.getName() + "()", "cannot be called: " + denied.getMessage());
                }
            }
        }
        return List.copyOf(handles);
    }

    @Override
    public List<Violation> violations(T entity) {
        List<Violation> violations = new ArrayList<>();
        for (ColumnRule rule : rules) {
            Object value = accessor.columnValue(entity, rule.columnIndex());
            if (value == null) {
                if (rule.required()) {
                    violations.add(new Violation(rule.property(), "must not be null"));
                }
            } else if (rule.maxLength() >= 0 && value instanceof String text
                    && text.codePointCount(0, text.length()) > rule.maxLength()) {
                violations.add(new Violation(rule.property(), "must be at most " + rule.maxLength()
                        + " characters, was " + text.codePointCount(0, text.length())));
            }
        }
        Violations reported = Violations.create();
        for (MethodHandle hook : hooks) {
            try {
                hook.invokeExact((Object) entity, reported);
            } catch (RuntimeException | Error failure) {
                throw failure;
            } catch (Throwable failure) {
                throw new IllegalStateException("A @Validates method of " + entity.getClass().getName() + " failed",
                        failure);
            }
        }
        violations.addAll(reported.list());
        if (beanValidation) {
            violations.addAll(BeanValidation.violations(entity));
        }
        return violations;
    }
}
