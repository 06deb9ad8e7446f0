package dev.annals.bench;

import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import dev.annals.geo.MapDate;
import dev.annals.geo.PreparedMap;
import dev.annals.ui.map.MemberStateMap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * How long the map takes to repaint when the selected event changes (new members, new outlines),
 * headless with the software pipeline: the layout pass that paints the map once, timed over every event
 * of the seed.
 * Run with bench/map-repaint.sh.
 */
public final class MapRepaintBenchmark {
    private MapRepaintBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Timeline timeline = TimelineFiles.embedded();
        long t0 = System.nanoTime();
        PreparedMap data = PreparedMap.of(timeline.locator());
        double prepareMs = (System.nanoTime() - t0) / 1e6;
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            MemberStateMap map = new MemberStateMap();
            Stage stage = new Stage();
            StackPane root = new StackPane(map);
            stage.setScene(new Scene(root, 640, 520));
            stage.show();
            root.applyCss();
            root.layout();
            map.dataProperty().set(data);
            double[] ms = new double[timeline.events().size() * 4];
            int k = 0;
            for (int round = 0; round < 5; round++) { // the first round warms up
                for (Event e : timeline.events()) {
                    long t = System.nanoTime();
                    map.dateProperty().set(MapDate.of(e.start()));
                    map.outlinedProperty().set(Set.copyOf(e.entities().countries()));
                    root.layout(); // the pass that paints the map, once for both changes
                    if (round > 0) {
                        ms[k++] = (System.nanoTime() - t) / 1e6;
                    }
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, prism %s%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("prism.order"));
            System.out.printf(Locale.ROOT, "prepare map (read and project shapes): %.0f ms%n", prepareMs);
            System.out.printf(Locale.ROOT, "repaint on selection change, 640x520: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d repaints)%n",
                    ms[ms.length / 2], ms[(int) (ms.length * 0.95)], ms[ms.length - 1], ms.length);
            stage.close();
            done.countDown();
        });
        done.await();
        Platform.exit();
    }
}
