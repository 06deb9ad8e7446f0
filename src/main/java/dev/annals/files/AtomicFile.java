package dev.annals.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see either the old content or the complete new one, never a part:
 * the content goes to a temporary file in the same folder, which then replaces the target.
 *
 * <p>Only a regular file is ever replaced: a symbolic link is written through to the file it points
 * at (the link stays), and a device, pipe or folder is refused. The new file keeps the old one's
 * permissions, or a new file's default (the umask), never wider. A temporary file is named
 * ".NAME.PID.RANDOM.part": the process removes its own on an orderly exit or a signal the JVM sees
 * (SIGINT, SIGTERM), and the next save of NAME removes those of processes that no longer run (SIGKILL).
 */
public final class AtomicFile {
    /** What writes the content; it may throw, and then nothing is left behind. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();
    /** What follows ".NAME" in a part file's name: ".PID.RANDOM.part", or digits and ".part" as older Annals wrote. */
    private static final Pattern PART = Pattern.compile("(?:\\.(\\d{1,19})\\.[0-9a-z]{1,13}|\\d{1,20})\\.part");
    /** Links followed before giving up, as the kernel does (ELOOP). */
    private static final int MAX_LINKS = 40;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_PROGRESS.forEach(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the JVM exits
            }
        }), "annals-remove-part-files"));
    }

    private AtomicFile() {
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path file = resolveLinks(target.toAbsolutePath());
        OutputTarget.checkWritable(file);
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        removeStaleParts(dir, name);
        Path temp = createPart(dir, name);
        IN_PROGRESS.add(temp);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.writeTo(out);
            }
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            IN_PROGRESS.remove(temp);
        }
    }

    /** The file a chain of symbolic links ends at, so the link is kept and its target written. */
    static Path resolveLinks(Path file) throws IOException {
        Path p = file;
        for (int i = 0; Files.isSymbolicLink(p); i++) {
            if (i == MAX_LINKS) {
                throw new OutputException(file, "is a loop of symbolic links");
            }
            Path parent = p.getParent();
            Path link = Files.readSymbolicLink(p);
            p = parent == null ? link : parent.resolve(link).normalize();
        }
        return p;
    }

    /** A new, empty part file with a new file's default permissions (createTempFile would make it private). */
    private static Path createPart(Path dir, String name) throws IOException {
        while (true) {
            String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            try {
                return Files.createFile(dir.resolve("." + name + "." + PID + "." + random + ".part"));
            } catch (FileAlreadyExistsException e) {
                // another name
            } catch (AccessDeniedException e) {
                throw new OutputException(dir.resolve(name), "permission denied in the folder " + dir);
            } catch (NoSuchFileException e) {
                throw new OutputException(dir.resolve(name), "the folder " + dir + " takes no new files");
            }
        }
    }

    /** Removes the part files of earlier saves of {@code name} whose process no longer runs. */
    private static void removeStaleParts(Path dir, String name) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, partGlob(name))) {
            for (Path part : parts) {
                Matcher m = PART.matcher(part.getFileName().toString().substring(name.length() + 1));
                if (!m.matches() || !Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                    continue; // the part of another name that starts with this one
                }
                long pid = m.group(1) == null ? -1 : Long.parseLong(m.group(1));
                boolean running = pid == PID || pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy; the save itself goes on.
        }
    }

    private static String partGlob(String name) {
        return "." + name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1") + "*.part";
    }

    /** The new file gets the old one's permissions; a new one keeps the default it was created with. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the new file gets the folder's default permissions
        }
    }
}
