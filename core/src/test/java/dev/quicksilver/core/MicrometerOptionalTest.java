package dev.quicksilver.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is optional: core runs a query and a transaction on a class path without any
 * Micrometer jar.
 */
class MicrometerOptionalTest {

    @Test
    void coreWorksWithoutMicrometerOnTheClassPath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!new File(entry).getName().startsWith("micrometer")) {
                urls.add(toUrl(entry));
            }
        }
        try (URLClassLoader withoutMicrometer = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThatThrownBy(() -> withoutMicrometer.loadClass("io.micrometer.observation.Observation"))
                    .isInstanceOf(ClassNotFoundException.class);
            @SuppressWarnings("unchecked")
            Supplier<String> probe = (Supplier<String>) withoutMicrometer
                    .loadClass(CoreWithoutMicrometer.class.getName()).getDeclaredConstructor().newInstance();
            assertThat(probe.get()).isEqualTo("42 committed");
        }
    }

    private static URL toUrl(String entry) {
        try {
            return new File(entry).toURI().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Loaded in the class loader without Micrometer. */
    public static final class CoreWithoutMicrometer implements Supplier<String> {
        @Override
        public String get() {
            Database db = Database.connect("r2dbc:h2:mem:///no_micrometer");
            try {
                return db.inTransaction(tx -> db.sql("SELECT 40 + :two").bind("two", 2)
                                .map(row -> row.get(0, Integer.class) + " committed"))
                        .blockFirst();
            } finally {
                db.close().block();
            }
        }
    }
}
