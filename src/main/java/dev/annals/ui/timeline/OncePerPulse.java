package dev.annals.ui.timeline;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Draws a canvas at most once a frame: a change only marks it dirty, and it is drawn after the next
 * layout pass, however many properties changed in between (a new timeline sets five at once).
 */
final class OncePerPulse {
    private final Runnable draw;
    private final Runnable afterLayout = this::drawIfDirty;
    private Scene scene;
    private boolean dirty = true;
    private int draws;

    OncePerPulse(Node node, Runnable draw) {
        this.draw = draw;
        node.sceneProperty().addListener((obs, old, now) -> attach(now));
        attach(node.getScene());
    }

    private void attach(Scene now) {
        if (scene != null) {
            scene.removePostLayoutPulseListener(afterLayout);
        }
        scene = now;
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
            dirty = false;
            invalidate();
        }
    }

    /** Something drawn changed: draw at the end of the next pulse. */
    void invalidate() {
        if (!dirty) {
            dirty = true;
            Platform.requestNextPulse();
        }
    }

    /** Draws now if anything changed since the last drawing (for hit tests that cannot wait for the pulse). */
    void drawIfDirty() {
        if (dirty) {
            dirty = false;
            draws++;
            draw.run();
        }
    }

    /** How many times it has drawn. */
    int draws() {
        return draws;
    }

    /** Stops drawing: the node is no longer shown by this skin. */
    void dispose() {
        attach(null);
    }
}
