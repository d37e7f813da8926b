package dev.quicksilver.core.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Hands COPY data to the driver no faster than the driver encodes it for the wire: a buffer is requested
 * from the caller's publisher only while fewer than {@link #AHEAD} buffers are waiting in the driver. The
 * driver requests its input eagerly (its internal queues prefetch dozens of messages), so without this
 * gate a fast producer would be drained into those queues while the server is still reading; with it, the
 * caller's demand follows the connection, and a caller that produces a buffer per chunk of rows keeps a
 * bounded number of chunks in memory however long the stream.
 *
 * <p>The driver copies each buffer into its outgoing frame and releases it then; the release returns a
 * permit. Buffers are wrapped, not copied.
 */
final class CopyDataGate {

    /** Buffers given to the driver and not yet encoded by it. */
    static final int AHEAD = 2;

    private static final Sinks.EmitFailureHandler RETRY_WHEN_CONCURRENT =
            Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(1));

    private CopyDataGate() {
    }

    static Flux<ByteBuf> gate(Publisher<ByteBuffer> data) {
        return Flux.defer(() -> {
            Sinks.Many<Boolean> permits = Sinks.many().unicast().onBackpressureBuffer();
            for (int i = 0; i < AHEAD; i++) {
                permits.tryEmitNext(Boolean.TRUE);
            }
            Runnable release = () -> permits.emitNext(Boolean.TRUE, RETRY_WHEN_CONCURRENT);
            return Flux.from(data).zipWith(permits.asFlux(), 1,
                    (buffer, permit) -> (ByteBuf) new ReleaseSignallingBuffer(buffer, release));
        });
    }

    /** A heap buffer over the caller's bytes that signals when the driver releases it. */
    private static final class ReleaseSignallingBuffer extends UnpooledHeapByteBuf {

        private final Runnable onRelease;

        ReleaseSignallingBuffer(ByteBuffer source, Runnable onRelease) {
            super(ByteBufAllocator.DEFAULT, bytes(source), Integer.MAX_VALUE);
            this.onRelease = onRelease;
            int offset = source.hasArray() ? source.arrayOffset() + source.position() : 0;
            setIndex(offset, offset + source.remaining());
        }

        private static byte[] bytes(ByteBuffer source) {
            if (source.hasArray()) {
                return source.array();
            }
            byte[] copy = new byte[source.remaining()];
            source.duplicate().get(copy);
            return copy;
        }

        @Override
        protected void deallocate() {
            super.deallocate();
            onRelease.run();
        }
    }
}
