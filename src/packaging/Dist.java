import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the desktop distribution of Annals: a runtime made by jlink, an application image made by
 * jpackage, a class-data sharing (AppCDS) archive for a fast start, and where the tools exist an installer.
 * {@code mvn -DskipTests -Pdist package} runs it (a single-file program: {@code java Dist.java --key=value …});
 * the pom copies the app jar and its libraries to {@code --app} and the JavaFX jars to {@code --javafx} first.
 *
 * <p>Steps, each on this machine's JDK (it must have {@code jmods}, as a full JDK does):
 * <ol>
 *   <li>jlink the JDK modules and the JavaFX modules (from the platform jars, which are real modules)
 *       into a runtime; JavaFX's native libraries go beside the JDK's, where JavaFX looks first, so it
 *       never unpacks them into {@code ~/.openjfx};</li>
 *   <li>run the app once with {@code --smoke} to list the classes a start loads, and rebuild the runtime's
 *       default CDS archive from that list: the JDK and JavaFX part of start-up, valid wherever the runtime
 *       is installed;</li>
 *   <li>jpackage an application image with the app and its libraries on the class path;</li>
 *   <li>run it once more to write a dynamic archive of the app's own classes on top ({@code lib/app/annals.jsa});
 *       JDK 17 ties that one to the image's absolute path, so a moved image skips it silently and keeps the
 *       default one (the .deb's postinst rebuilds it for the installed path);</li>
 *   <li>jpackage an installer from the image: .deb on Linux (needs dpkg-deb and fakeroot), .msi on Windows
 *       (needs WiX 3 on the PATH), .dmg on macOS.</li>
 * </ol>
 * The training runs need a display: on Linux without one they run under {@code xvfb-run} when it is
 * installed, and are skipped otherwise (the image then starts without the app's archive).
 */
public final class Dist {
    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    private static final boolean WINDOWS = OS.startsWith("windows");
    private static final boolean MAC = OS.startsWith("mac");
    private static final String ARCHIVE = "annals.jsa";
    private static final String CLASS_LIST = "annals.classlist";
    private static final long TRAINING_TIMEOUT_SECONDS = 180;
    private static final long STARTED = System.nanoTime();

    private final Map<String, String> options;
    private final Path work;
    private final Path dest;

    private Dist(Map<String, String> options) {
        this.options = options;
        this.work = path("work");
        this.dest = path("dest");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --key=value, not " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        new Dist(options).run();
        log("done");
    }

    private void run() throws IOException, InterruptedException {
        deleteTree(dest);
        Path runtime = work.resolve("runtime");
        Path training = work.resolve("training");
        deleteTree(runtime);
        deleteTree(training);
        Files.createDirectories(training);

        jlink(runtime);
        List<String> display = cdsWanted() ? displayCommand() : null;
        boolean cds = display != null && trainBaseArchive(runtime, training, display);

        Path image = jpackageImage(runtime, cds);
        if (cds) {
            trainAppArchive(image, training, display);
        }
        String installer = installerType();
        if (installer != null) {
            jpackageInstaller(image, installer);
        }
        try (Stream<Path> s = Files.list(dest)) {
            s.sorted().forEach(p -> log("built %s (%s)", p, megabytes(p)));
        }
    }

    // ---- runtime ----

    private void jlink(Path runtime) throws IOException {
        Path jmods = Path.of(System.getProperty("java.home"), "jmods");
        if (!Files.isDirectory(jmods)) {
            throw new IllegalStateException(jmods + " is missing: jlink needs a full JDK"
                    + " (on Debian, openjdk-17-jdk-headless)");
        }
        Path javafx = path("javafx");
        tool("jlink",
                "--module-path", jmods + java.io.File.pathSeparator + javafx,
                "--add-modules", option("modules").replaceAll("\\s", ""),
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // JavaFX's native libraries sit at the root of its platform jar; they are copied out below instead.
                "--exclude-resources=**.so,**.dll,**.dylib",
                "--generate-cds-archive",
                "--output", runtime.toString());
        Path natives = runtime.resolve(WINDOWS ? "bin" : "lib");
        int copied = 0;
        for (Path jar : list(javafx, ".jar")) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry e : zip.stream().toList()) {
                    String name = e.getName();
                    boolean nativeLibrary = name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib");
                    if (nativeLibrary && !name.contains("/")) {
                        try (InputStream in = zip.getInputStream(e)) {
                            Files.copy(in, natives.resolve(name));
                        }
                        copied++;
                    }
                }
            }
        }
        if (copied == 0) {
            throw new IllegalStateException("no JavaFX native libraries in " + javafx
                    + ": are the platform jars there?");
        }
        log("runtime: %s (%s, %d JavaFX native libraries)", runtime, megabytes(runtime), copied);
    }

    // ---- class-data sharing ----

    private boolean cdsWanted() {
        String cds = options.getOrDefault("cds", "auto");
        if (cds.equals("false") || cds.equals("skip")) {
            log("AppCDS: skipped (-Ddist.cds=%s)", cds);
            return false;
        }
        return true;
    }

    /** The command prefix that gives the training runs a display, or null when there is none to be had. */
    private static List<String> displayCommand() {
        if (WINDOWS || MAC || !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            return List.of();
        }
        Optional<Path> xvfbRun = onPath("xvfb-run");
        if (xvfbRun.isPresent()) {
            return List.of(xvfbRun.get().toString(), "-a", "-s", "-screen 0 1440x900x24");
        }
        log("AppCDS: skipped, there is no display and no xvfb-run (Debian: apt-get install xvfb xauth)");
        return null;
    }

    /** Lists the classes one start loads, and rebuilds the runtime's default archive with them. */
    private boolean trainBaseArchive(Path runtime, Path training, List<String> display)
            throws IOException, InterruptedException {
        Path classList = training.resolve(CLASS_LIST);
        String classPath = list(path("app"), ".jar").stream().map(Path::toString)
                .collect(Collectors.joining(java.io.File.pathSeparator));
        List<String> command = new ArrayList<>(display);
        command.addAll(List.of(java(runtime).toString(), "-XX:DumpLoadedClassList=" + classList,
                "-Djava.util.prefs.userRoot=" + training.resolve("prefs"),
                "-cp", classPath, option("main-class"), "--smoke"));
        if (!smoke(command, "list the classes a start loads")) {
            return false;
        }
        // The JDK's own list first (what jlink archived), then the app's start. It ships in the image too:
        // the .deb's postinst makes the archive for the installed path from it.
        Path merged = path("app").resolve(CLASS_LIST);
        List<String> lines = new ArrayList<>(Files.readAllLines(runtime.resolve("lib/classlist")));
        lines.addAll(Files.readAllLines(classList));
        Files.write(merged, lines);
        exec(List.of(java(runtime).toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + merged,
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"), "rebuild the runtime's default CDS archive");
        log("AppCDS: default archive of the runtime rebuilt from %d classes", classCount(classList));
        return true;
    }

    /** Writes the dynamic archive of the app's classes for the image, with the launcher's exact class path. */
    private void trainAppArchive(Path image, Path training, List<String> display)
            throws IOException, InterruptedException {
        Path appDir = appDir(image);
        String classPath = launcherClassPath(appDir);
        Path archive = appDir.resolve(ARCHIVE);
        Path java = java(runtimeOf(image));
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException(java + " is missing, so the app's CDS archive cannot be made;"
                    + " build with -Ddist.cds=false to do without");
        }
        List<String> command = new ArrayList<>(display);
        command.addAll(List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + archive,
                "-Djava.util.prefs.userRoot=" + training.resolve("prefs"),
                "-cp", classPath, option("main-class"), "--smoke"));
        if (!smoke(command, "archive the app's classes") || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the app's CDS archive was not written;"
                    + " build with -Ddist.cds=false to do without");
        }
        // The launcher's options name this archive; check now that the JVM accepts it, rather than at the user's.
        exec(List.of(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-cp", classPath, "-version"),
                "check the app's CDS archive");
        log("AppCDS: %s (%s)", archive, megabytes(archive));
    }

    // ---- jpackage ----

    private Path jpackageImage(Path runtime, boolean cds) throws IOException {
        if (!WINDOWS && !MAC) {
            // For the Linux package's postinst, which installs them into the icon theme.
            Path icons = Files.createDirectories(path("app").resolve("icons"));
            for (Path png : list(path("icons"), ".png")) {
                Files.copy(png, icons.resolve(png.getFileName()));
            }
        }
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString()));
        args.addAll(common());
        args.addAll(List.of(
                "--input", path("app").toString(),
                "--main-jar", option("main-jar"),
                "--main-class", option("main-class"),
                "--runtime-image", runtime.toString()));
        if (cds) {
            // -Xlog:cds=off: if the image is moved the archive no longer fits; start without it, silently.
            args.addAll(List.of("--java-options", "-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE,
                    "--java-options", "-Xlog:cds=off", "--java-options", "-Xlog:cds+dynamic=off"));
        }
        for (String option : options.getOrDefault("java-options", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                args.addAll(List.of("--java-options", option));
            }
        }
        tool("jpackage", args.toArray(String[]::new));
        Path image = dest.resolve(MAC ? option("name") + ".app" : option("name"));
        log("application image: %s (%s)", image, megabytes(image));
        return image;
    }

    private void jpackageInstaller(Path image, String type) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--app-image", image.toString()));
        args.addAll(common());
        Path packaging = path("packaging");
        switch (type) {
            case "deb", "rpm" -> {
                args.addAll(List.of(
                        "--linux-package-name", option("package-name"),
                        "--linux-package-deps", "libgtk-3-0",
                        "--linux-shortcut",
                        "--linux-menu-group", option("menu-group"),
                        "--linux-app-category", option("category"),
                        "--linux-deb-maintainer", option("maintainer"),
                        "--file-associations", packaging.resolve("linux/timeline.properties").toString(),
                        "--resource-dir", packaging.resolve("linux").toString()));
            }
            case "msi", "exe" -> args.addAll(List.of("--win-menu", "--win-menu-group", option("name"),
                    "--win-shortcut", "--win-dir-chooser", "--win-upgrade-uuid", option("win-upgrade-uuid")));
            case "dmg", "pkg" -> args.addAll(List.of("--mac-package-identifier", option("mac-identifier")));
            default -> throw new IllegalArgumentException("unknown installer type " + type);
        }
        tool("jpackage", args.toArray(String[]::new));
    }

    private List<String> common() {
        List<String> args = new ArrayList<>(List.of(
                "--name", option("name"),
                "--app-version", option("version"),
                "--vendor", option("vendor"),
                "--description", option("description"),
                "--copyright", option("copyright")));
        Path packaging = path("packaging");
        Path icon = WINDOWS ? packaging.resolve("windows/annals.ico")
                : MAC ? packaging.resolve("macos/annals.icns")
                : path("icons").resolve("annals-256.png");
        args.addAll(List.of("--icon", icon.toString()));
        return args;
    }

    /** The installer to build: -Ddist.installer, or by default the one this system has the tools for. */
    private String installerType() {
        String wanted = options.getOrDefault("installer", "auto");
        if (!wanted.equals("auto")) {
            return wanted.equals("none") ? null : wanted;
        }
        if (WINDOWS) {
            if (onPath("candle.exe").isPresent() && onPath("light.exe").isPresent()) {
                return "msi";
            }
            log("installer: skipped, WiX 3 (candle.exe, light.exe) is not on the PATH");
            return null;
        }
        if (MAC) {
            return "dmg";
        }
        if (onPath("dpkg-deb").isPresent() && onPath("fakeroot").isPresent()) {
            return "deb";
        }
        log("installer: skipped, the .deb needs dpkg-deb and fakeroot (Debian: apt-get install dpkg-dev fakeroot)");
        return null;
    }

    // ---- the image's layout, which differs by system ----

    private Path appDir(Path image) {
        return WINDOWS ? image.resolve("app") : MAC ? image.resolve("Contents/app") : image.resolve("lib/app");
    }

    private static Path runtimeOf(Path image) {
        return WINDOWS ? image.resolve("runtime")
                : MAC ? image.resolve("Contents/runtime/Contents/Home") : image.resolve("lib/runtime");
    }

    private static Path java(Path runtime) {
        return runtime.resolve(WINDOWS ? "bin/java.exe" : "bin/java");
    }

    /** The class path the launcher builds from its .cfg file; an archive is valid for exactly this one. */
    private String launcherClassPath(Path appDir) throws IOException {
        Path cfg = appDir.resolve(option("name") + ".cfg");
        return Files.readAllLines(cfg).stream()
                .filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    // ---- running things ----

    private static void tool(String name, String... args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        log("%s %s", name, String.join(" ", args));
        int code = tool.run(w, w, args);
        w.flush();
        if (code != 0) {
            System.out.print(out);
            throw new IllegalStateException(name + " failed with exit code " + code);
        }
    }

    /** Runs the app with --smoke; true when it printed its ready line and exited 0. */
    private static boolean smoke(List<String> command, String what) throws IOException, InterruptedException {
        log("AppCDS: running the app to %s", what);
        List<String> output = new ArrayList<>();
        int code = run(command, output);
        boolean ready = output.stream().anyMatch(l -> l.startsWith("ready in "));
        output.stream().filter(l -> !l.contains("[cds]") && !l.contains("[cds,")).forEach(l -> log("  | %s", l));
        if (code != 0 || !ready) {
            log("AppCDS: the run did not reach its first frame (exit code %d); building without the archives", code);
            return false;
        }
        return true;
    }

    private static void exec(List<String> command, String what) throws IOException, InterruptedException {
        List<String> output = new ArrayList<>();
        int code = run(command, output);
        if (code != 0) {
            output.forEach(l -> log("  | %s", l));
            throw new IllegalStateException("could not " + what + ": exit code " + code);
        }
    }

    private static int run(List<String> command, List<String> output) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> {
                    synchronized (output) {
                        output.add(l);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        reader.start();
        if (!p.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            return -1;
        }
        reader.join();
        return p.exitValue();
    }

    // ---- small helpers ----

    private String option(String key) {
        String v = options.get(key);
        if (v == null) {
            throw new IllegalArgumentException("--" + key + "=… is missing");
        }
        return v;
    }

    private Path path(String key) {
        return Path.of(option(key)).toAbsolutePath().normalize();
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(java.io.File.pathSeparator))
                .filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, program))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static long classCount(Path classList) throws IOException {
        try (Stream<String> lines = Files.lines(classList)) {
            return lines.filter(l -> !l.startsWith("#") && !l.startsWith("@")).count();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    private static String megabytes(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            long bytes = s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void log(String format, Object... args) {
        double seconds = (System.nanoTime() - STARTED) / 1e9;
        System.out.println(String.format(Locale.ROOT, "[dist %5.1fs] ", seconds)
                + String.format(Locale.ROOT, format, args));
    }
}
