package dev.annals.app;

/**
 * The entry point of the jar. It does not extend {@code Application}, so the JavaFX runtime on the
 * class path is found; headless commands never start JavaFX at all.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (!CommandLine.opensWindow(args)) {
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
        javafx.application.Application.launch(AnnalsApp.class, args);
    }
}
