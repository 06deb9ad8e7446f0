package dev.annals.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every command that writes a file makes before any work: a file name in an existing,
 * writable folder; not a folder, a device or another special file; not one of the inputs. Each
 * failure names the right thing ("/proc: cannot be written", not "the folder does not exist").
 */
public final class OutputTarget {
    private OutputTarget() {
    }

    /** Refuses an output that could not be written, or would replace something other than a regular file. */
    public static void checkWritable(Path target) throws OutputException {
        Path file = target.toAbsolutePath();
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw new OutputException(target, "is a folder; give a file name");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new OutputException(target, "is a device or other special file; Annals writes only ordinary files");
        }
        Path folder = file.getParent();
        if (!Files.exists(folder)) {
            throw new OutputException(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new OutputException(target, folder + " is not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new OutputException(target, "the folder " + folder + " cannot be written to");
        }
    }

    /** Refuses an output that is one of the inputs: writing it would destroy what is being read. */
    public static void checkNotInput(Path target, Path input) throws OutputException {
        try {
            Path out = AtomicFile.resolveLinks(target.toAbsolutePath());
            if (Files.exists(out) && Files.exists(input) ? Files.isSameFile(out, input)
                    : out.normalize().equals(input.toAbsolutePath().normalize())) {
                throw new OutputException(target, "is the input file; give another name for the output");
            }
        } catch (OutputException e) {
            throw e;
        } catch (IOException e) {
            // unreadable links and the like are reported by the write itself
        }
    }
}
