package dev.quicksilver.migrations;

import java.util.List;
import java.util.Objects;

/**
 * Some tenants' migrations failed (the others completed): names each failed tenant with its error, and
 * carries every tenant's report.
 */
public final class TenantMigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<TenantReport> reports;

    /**
     * @param reports every tenant's report, at least one of them failed
     */
    public TenantMigrationException(List<TenantReport> reports) {
        super(message(reports), reports.stream().filter(report -> !report.succeeded())
                .map(TenantReport::error).filter(Objects::nonNull).findFirst().orElse(null));
        this.reports = List.copyOf(reports);
    }

    private static String message(List<TenantReport> reports) {
        List<TenantReport> failed = reports.stream().filter(report -> !report.succeeded()).toList();
        StringBuilder message = new StringBuilder().append(failed.size()).append(" of ").append(reports.size())
                .append(" tenants failed to migrate (the others completed):");
        for (TenantReport report : failed) {
            message.append("\n  ").append(report.tenant()).append(": ")
                    .append(Objects.requireNonNull(report.error()).getMessage());
        }
        return message.append("\nFix the failed tenants' migrations (run repair where the error says so) and"
                + " migrate again; completed tenants are skipped as up to date.").toString();
    }

    /** Every tenant's report, in the tenants' order. */
    public List<TenantReport> reports() {
        return reports;
    }

    /** The reports of the tenants that failed. */
    public List<TenantReport> failed() {
        return reports.stream().filter(report -> !report.succeeded()).toList();
    }
}
