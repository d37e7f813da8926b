package dev.quicksilver.core.exception;

/**
 * A statement of a tenant-routed database ran without a tenant in its Reactor Context, or with a tenant
 * that is not configured. Never a fallback to another tenant's database.
 */
public class UnknownTenantException extends QuicksilverException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was missing and what to do
     */
    public UnknownTenantException(String message) {
        super(message);
    }
}
