package dev.quicksilver.migrations.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of scripts, versioned so the algorithm can change: {@code v1:sha256:<hex>} is SHA-256
 * over the UTF-8 bytes of the text with a leading byte-order mark removed and every CRLF or CR
 * turned into LF, so a checkout with other line endings validates.
 */
final class Checksums {

    /** The prefix of the current algorithm's checksums. */
    static final String V1_PREFIX = "v1:sha256:";

    private Checksums() {
    }

    /** The text as checksummed: BOM stripped, line ends LF. */
    static String normalise(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The current checksum of a script's text. */
    static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(normalise(text).getBytes(StandardCharsets.UTF_8));
            return V1_PREFIX + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", impossible);
        }
    }
}
