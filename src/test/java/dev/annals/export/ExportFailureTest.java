package dev.annals.export;

import static dev.annals.export.ExportFixtures.OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.annals.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export that cannot finish leaves nothing behind; progress is reported and cancelling stops it. */
class ExportFailureTest {
    private static final Timeline SEED = ExportFixtures.seed();

    @TempDir
    Path dir;

    private static ExportRequest seed2004to2012() throws ExportException {
        return ExportRequest.period(SEED, DateBound.parse("2004"), DateBound.parse("2012"));
    }

    private List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    // given an output folder that does not exist, then the export is refused with a message and writes nothing
    @Test
    void aMissingFolderIsRefused() throws Exception {
        Path target = dir.resolve("no-such-folder").resolve("out.pdf");
        assertThatThrownBy(() -> PeriodExport.write(seed2004to2012(), OPTIONS, target, ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("out.pdf").hasMessageContaining("does not exist");
        assertThat(filesIn(dir)).isEmpty();
    }

    // given an output "folder" that is a file, then the export is refused and the file is untouched
    @Test
    void aFileInPlaceOfTheFolderIsRefused() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "keep me");
        assertThatThrownBy(() -> PeriodExport.write(seed2004to2012(), OPTIONS, notAFolder.resolve("out.pdf"),
                ExportProgress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("not a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("keep me");
    }

    // given a read-only folder, then the export is refused and writes nothing (root may write anyway: skipped then)
    @Test
    void aReadOnlyFolderIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this user may write into read-only folders (root)");
            assertThatThrownBy(() -> PeriodExport.write(seed2004to2012(), OPTIONS, folder.resolve("out.pdf"),
                    ExportProgress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("read-only");
            assertThat(filesIn(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    // given a failure while the document is being drawn, then an earlier file of that name stays as it was
    // and no temporary file is left
    @Test
    void aFailureMidwayKeepsTheOldFile() throws Exception {
        Path target = Files.writeString(dir.resolve("out.pdf"), "the old export", StandardCharsets.UTF_8);
        MapDrawer broken = (content, area) -> {
            throw new IOException("map shapes are missing");
        };
        assertThatThrownBy(() -> PeriodExport.write(seed2004to2012(), OPTIONS.withMapDrawer(broken), target,
                ExportProgress.NONE)).isInstanceOf(ExportException.class).hasMessageContaining("map shapes are missing");
        assertThat(Files.readString(target)).isEqualTo("the old export");
        assertThat(filesIn(dir)).containsExactly(target);
    }

    // given an export asked to stop after a few events, then it throws CancellationException and writes nothing
    @Test
    void cancellingWritesNothing() throws Exception {
        Path target = dir.resolve("out.pdf");
        ExportProgress stopAfterThree = new ExportProgress() {
            private int updates;

            @Override
            public void update(int done, int total) {
                updates++;
            }

            @Override
            public boolean cancelled() {
                return updates >= 3;
            }
        };
        assertThatThrownBy(() -> PeriodExport.write(seed2004to2012(), OPTIONS, target, stopAfterThree))
                .isInstanceOf(CancellationException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    // given an interrupted thread (a cancelled background task), then the export stops and writes nothing
    @Test
    void anInterruptStopsTheExport() throws Exception {
        Path target = dir.resolve("out.pdf");
        ExportRequest request = seed2004to2012();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> PeriodExport.write(request, OPTIONS, target, ExportProgress.NONE))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(filesIn(dir)).isEmpty();
    }

    // given an export, then progress counts up one step per event and ends at total when the file is written
    @Test
    void progressCountsUpToTotal() throws Exception {
        List<int[]> updates = new ArrayList<>();
        ExportRequest request = seed2004to2012();
        PeriodExport.write(request, OPTIONS, dir.resolve("out.pdf"), (done, total) -> updates.add(new int[] {done, total}));
        int total = request.events().size() + 1;
        assertThat(updates).allMatch(u -> u[1] == total);
        assertThat(updates).extracting(u -> u[0]).isSorted().startsWith(1).endsWith(total - 1, total);
    }
}
