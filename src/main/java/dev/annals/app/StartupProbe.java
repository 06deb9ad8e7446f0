package dev.annals.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * The {@code --smoke} run: waits for the first frame that shows the timeline, prints
 * {@code ready in N ms} (since the JVM started) and quits. Packaging tests and the start-up benchmark use it.
 */
final class StartupProbe {
    static final String OPTION = "--smoke";

    private StartupProbe() {
    }

    /** The command line without this option, so that it is never taken for the name of a file to open. */
    static List<String> withoutOption(List<String> args) {
        return args.stream().filter(a -> !a.equals(OPTION)).toList();
    }

    /**
     * Starts watching pulses; once {@code timeline} has been laid out and drawn, prints the ready line to
     * {@code out} and runs {@code quit} (the app passes {@code Platform::exit}).
     */
    static void reportFirstFrame(Node timeline, PrintStream out, Runnable quit) {
        new AnimationTimer() {
            private long laidOutAtPulse = -1;
            private long pulse;

            @Override
            public void handle(long now) {
                pulse++;
                boolean laidOut = timeline.getScene() != null && timeline.getLayoutBounds().getWidth() > 0;
                if (laidOutAtPulse < 0 && laidOut) {
                    // Seen as this pulse starts: the previous one laid the timeline out and handed its frame to
                    // the render thread, which draws it while this pulse runs.
                    laidOutAtPulse = pulse;
                } else if (laidOutAtPulse > 0 && pulse > laidOutAtPulse) {
                    // One pulse on, that frame is on the screen.
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    out.println("ready in " + ms + " ms");
                    out.flush();
                    quit.run();
                }
            }
        }.start();
    }
}
