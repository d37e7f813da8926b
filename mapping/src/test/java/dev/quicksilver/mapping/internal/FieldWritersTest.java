package dev.quicksilver.mapping.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated putfield writers set private fields, of every primitive width, in any nest. */
class FieldWritersTest {

    @SuppressWarnings("unused")
    static final class Sample {
        private String text;
        private int small;
        private long wide;
        private double real;
        private boolean flag;
    }

    @Test
    void writersSetPrivateFieldsOfEveryKind() throws Throwable {
        List<Field> fields = List.of(Sample.class.getDeclaredFields());
        Map<Field, MethodHandle> writers = FieldWriters.of(MethodHandles.privateLookupIn(Sample.class,
                MethodHandles.lookup()), Sample.class, fields);
        Sample sample = new Sample();
        writers.get(Sample.class.getDeclaredField("text")).invoke(sample, "Ünïcode");
        writers.get(Sample.class.getDeclaredField("small")).invoke(sample, 42);
        writers.get(Sample.class.getDeclaredField("wide")).invoke(sample, Long.MIN_VALUE);
        writers.get(Sample.class.getDeclaredField("real")).invoke(sample, -0.5);
        writers.get(Sample.class.getDeclaredField("flag")).invoke(sample, true);

        assertThat(sample.text).isEqualTo("Ünïcode");
        assertThat(sample.small).isEqualTo(42);
        assertThat(sample.wide).isEqualTo(Long.MIN_VALUE);
        assertThat(sample.real).isEqualTo(-0.5);
        assertThat(sample.flag).isTrue();
    }

    @Test
    void writersAreStaticMethodsOfAHiddenNestmateNotReflectiveSetters() throws Throwable {
        Field text = Sample.class.getDeclaredField("text");
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Sample.class, MethodHandles.lookup());
        MethodHandle writer = FieldWriters.of(lookup, Sample.class, List.of(text)).get(text);
        // A reflective setter is revealed as a field setter; the generated writer is a static method.
        assertThat(lookup.revealDirect(lookup.unreflectSetter(text)).getReferenceKind())
                .isEqualTo(java.lang.invoke.MethodHandleInfo.REF_putField);
        assertThat(writer.type().parameterList()).containsExactly(Sample.class, String.class);
        java.lang.invoke.MethodHandleInfo generated = lookup.revealDirect(writer);
        assertThat(generated.getReferenceKind()).isEqualTo(java.lang.invoke.MethodHandleInfo.REF_invokeStatic);
        assertThat(generated.getDeclaringClass().isHidden()).isTrue();
        assertThat(generated.getDeclaringClass().getNestHost()).isEqualTo(FieldWritersTest.class);
    }
}
