package dev.quicksilver.migrations;

import java.util.List;

/**
 * What {@link MigrationRunner#repair()} changed in the history.
 *
 * @param removedFailed the scripts whose failed rows were deleted
 * @param realignedChecksums the scripts whose recorded checksum (and description) now matches the file
 */
public record RepairReport(List<String> removedFailed, List<String> realignedChecksums) {

    /** Copies the lists. */
    public RepairReport {
        removedFailed = List.copyOf(removedFailed);
        realignedChecksums = List.copyOf(realignedChecksums);
    }
}
