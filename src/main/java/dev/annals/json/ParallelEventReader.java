package dev.annals.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads a large timeline on every core. Annals writes one event per line, so the events array can be
 * cut into slices at line starts and each slice read on its own by an {@link EventScanner}; the rest of
 * the file is parsed by Jackson as a timeline with no events, and the two are joined. A file laid out
 * differently, or one the scanner does not take, is left to the ordinary streaming reader, which also
 * gives the precise error.
 */
final class ParallelEventReader {
    private static final byte[] EVENTS_START = "\n  \"events\": [".getBytes(StandardCharsets.US_ASCII);
    /** Events are followed by the problems, the last field Annals writes; the file is searched from its end. */
    private static final byte[] EVENTS_END = "\n  ],\n  \"problems\": [".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_LINE = "\n    {".getBytes(StandardCharsets.US_ASCII);
    /**
     * Bytes copied out of the mapped file at a time for the scanner (grown for a longer event): small
     * enough not to be a humongous object for G1, whose allocation can start a marking cycle.
     */
    private static final int CHUNK_BYTES = 1 << 18;

    private final ObjectMapper mapper;

    ParallelEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Optional<Timeline> read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size >= Integer.MAX_VALUE) {
                return Optional.empty();
            }
            MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            int start = indexOf(bytes, EVENTS_START, 0);
            int end = start < 0 ? -1 : lastIndexOf(bytes, EVENTS_END, start + EVENTS_START.length, bytes.limit());
            if (end < 0) {
                return Optional.empty();
            }
            int from = start + EVENTS_START.length;
            List<int[]> slices = slices(bytes, from, end, Runtime.getRuntime().availableProcessors());
            // Every slice but the last on a thread of its own; the last on this thread, which then waits.
            List<CompletableFuture<List<Event>>> parts = new ArrayList<>();
            for (int[] s : slices.subList(0, slices.size() - 1)) {
                CompletableFuture<List<Event>> part = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        part.complete(parse(bytes, s[0], s[1], false));
                    } catch (Throwable e) { // an OutOfMemoryError too: the reading thread must never wait for ever
                        part.completeExceptionally(e);
                    }
                }, "annals-read-" + parts.size());
                t.setDaemon(true);
                t.start();
                parts.add(part);
            }
            int[] own = slices.get(slices.size() - 1);
            List<Event> lastPart = parse(bytes, own[0], own[1], true);
            Timeline rest = mapper.readerFor(Timeline.class).withAttribute(StringPool.ATTRIBUTE, new StringPool())
                    .readValue(new SequenceInputStream(stream(bytes, 0, from), stream(bytes, end, (int) size)));
            List<Event> events = new ArrayList<>(lastPart.size() * slices.size());
            for (CompletableFuture<List<Event>> part : parts) {
                try {
                    events.addAll(part.join());
                } catch (CompletionException e) {
                    if (e.getCause() instanceof OutOfMemoryError oom) {
                        throw oom; // reading again on one thread would need the same memory
                    }
                    throw e;
                }
            }
            events.addAll(lastPart);
            return Optional.of(new Timeline(rest.schemaVersion(), rest.title(), rest.source(), rest.infobox(),
                    rest.locator(), rest.seeAlso(), rest.periods(), Collections.unmodifiableList(events), rest.problems()));
        } catch (IOException | UncheckedIOException | CompletionException | IllegalArgumentException | EventScanner.Unreadable e) {
            return Optional.empty(); // the streaming reader reads it again and says precisely what is wrong
        }
    }

    /**
     * The events of slice [from, to), read by the scanner a chunk of whole events at a time; {@code last}
     * tells whether the slice ends the events (no comma after its last event).
     */
    private static List<Event> parse(ByteBuffer bytes, int from, int to, boolean last) {
        ArrayList<Event> events = new ArrayList<>();
        EventScanner scanner = new EventScanner();
        int capacity = CHUNK_BYTES;
        byte[] chunk = new byte[capacity + EventScanner.READS_PAST_END];
        int at = from;
        while (at < to) {
            int cut = to;
            if (to - at > capacity) {
                cut = lastIndexOf(bytes, EVENT_LINE, at + 1, at + capacity);
                if (cut < 0) { // one event longer than the chunk
                    capacity *= 2;
                    chunk = new byte[capacity + EventScanner.READS_PAST_END];
                    continue;
                }
            }
            bytes.get(at, chunk, 0, cut - at);
            scanner.scan(chunk, 0, cut - at, cut < to || !last, events);
            if (at == from) { // make room once for the events of the whole slice, judged by the first chunk
                events.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 8, (long) events.size() * (to - from) / (cut - from) * 11 / 10));
            }
            at = cut;
        }
        return events;
    }

    /** Up to {@code count} slices of [from, to), each starting at the start of an event's line. */
    private static List<int[]> slices(ByteBuffer bytes, int from, int to, int count) {
        List<int[]> slices = new ArrayList<>();
        int start = from;
        for (int i = 1; i <= count && start < to; i++) {
            int end = i == count ? to : indexOf(bytes, EVENT_LINE, from + (int) ((long) (to - from) * i / count));
            if (end < 0 || end > to) {
                end = to;
            }
            if (end > start) {
                slices.add(new int[] {start, end});
            }
            start = end;
        }
        return slices;
    }

    private static int indexOf(ByteBuffer bytes, byte[] pattern, int from) {
        int limit = bytes.limit() - pattern.length;
        outer:
        for (int i = from; i <= limit; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes.get(i + j) != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last start of {@code pattern} in [floor, limit - pattern length]. */
    private static int lastIndexOf(ByteBuffer bytes, byte[] pattern, int floor, int limit) {
        outer:
        for (int i = limit - pattern.length; i >= floor; i--) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes.get(i + j) != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A stream over [from, to) of the mapped file; the bytes stay outside the heap. */
    private static InputStream stream(ByteBuffer bytes, int from, int to) {
        ByteBuffer slice = bytes.duplicate().position(from).limit(to).slice();
        return new InputStream() {
            @Override
            public int read() {
                return slice.hasRemaining() ? slice.get() & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (!slice.hasRemaining()) {
                    return -1;
                }
                int n = Math.min(len, slice.remaining());
                slice.get(b, off, n);
                return n;
            }
        };
    }
}
