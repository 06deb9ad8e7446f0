package dev.annals.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A save that stops half-way, for tests that kill it: writes some bytes, says "writing", then waits; with
 * a second argument it finishes at once instead (for a test that runs it under another umask).
 */
public final class SlowSave {
    private SlowSave() {
    }

    public static void main(String[] args) throws IOException {
        AtomicFile.write(Path.of(args[0]), out -> {
            out.write("half a timeline".getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (args.length > 1) {
                return;
            }
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
