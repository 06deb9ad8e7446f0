package dev.annals.ui.map;

import dev.annals.geo.MapPicture;
import dev.annals.geo.ProjectedShape;
import java.util.Comparator;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * The map's mouse and keys. The map handles its keys itself and consumes them, so no window shortcut
 * acts on them too: arrows move between countries, Enter or Space chooses one, + and − zoom, 0 shows
 * the whole map, from the main keyboard or the keypad. A key that types a character sends a press and
 * then the character; the press acts when its code says what it is, the character only when the press
 * did not (a layout where + is Shift+1), so each key acts once.
 */
final class MapInput {
    static final double ZOOM_STEP = 1.5;

    private final MemberStateMap map;
    private final MemberStateMapSkin skin;
    private final Canvas canvas;
    private final Tooltip tooltip = new Tooltip();
    private final EventHandler<KeyEvent> pressed = this::keyPressed;
    private final EventHandler<KeyEvent> typed = this::keyTyped;
    private boolean pressActed;
    private double dragX = Double.NaN;
    private double dragY;
    private boolean dragged;

    MapInput(MemberStateMap map, MemberStateMapSkin skin, Canvas canvas) {
        this.map = map;
        this.skin = skin;
        this.canvas = canvas;
        tooltip.setShowDelay(Duration.millis(200));
        map.addEventHandler(KeyEvent.KEY_PRESSED, pressed);
        map.addEventHandler(KeyEvent.KEY_TYPED, typed);
        canvas.setOnMousePressed(this::mousePressed);
        canvas.setOnMouseDragged(this::mouseDragged);
        canvas.setOnMouseReleased(this::mouseReleased);
        canvas.setOnMouseMoved(this::mouseMoved);
        canvas.setOnMouseExited(e -> {
            map.hoveredCountryProperty().set(null);
            tooltip.hide();
        });
        canvas.setOnScroll(this::scrolled);
    }

    void dispose() {
        map.removeEventHandler(KeyEvent.KEY_PRESSED, pressed);
        map.removeEventHandler(KeyEvent.KEY_TYPED, typed);
        tooltip.hide();
    }

    // --- keys

    private void keyPressed(KeyEvent e) {
        pressActed = false;
        if (e.isShortcutDown() || e.isAltDown()) {
            return; // the window's shortcuts (Ctrl+0 resets the map from the View menu)
        }
        pressActed = true;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoom(ZOOM_STEP);
            case MINUS, SUBTRACT -> zoom(1 / ZOOM_STEP);
            case DIGIT0, NUMPAD0 -> map.resetView();
            case LEFT, KP_LEFT -> moveFocus(-1, 0);
            case RIGHT, KP_RIGHT -> moveFocus(1, 0);
            case UP, KP_UP -> moveFocus(0, -1);
            case DOWN, KP_DOWN -> moveFocus(0, 1);
            case ENTER, SPACE -> {
                if (map.focusedCountryProperty().get() != null) {
                    map.choose(map.focusedCountryProperty().get());
                }
            }
            default -> {
                pressActed = false;
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        boolean acted = pressActed;
        pressActed = false;
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        switch (e.getCharacter()) {
            case "+", "=" -> {
                if (!acted) {
                    zoom(ZOOM_STEP);
                }
            }
            case "-", "−" -> {
                if (!acted) {
                    zoom(1 / ZOOM_STEP);
                }
            }
            case "0" -> {
                if (!acted) {
                    map.resetView();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void zoom(double factor) {
        if (map.getData() != null) {
            map.zoomBy(factor);
        }
    }

    /**
     * Moves the keyboard focus to the nearest visible country in a direction (from the map's edge when
     * none has it yet): straight ahead counts, off to the side counts twice.
     */
    private void moveFocus(int dx, int dy) {
        MapPicture picture = skin.picture();
        if (picture == null) {
            return;
        }
        ProjectedShape focused = map.focusedCountryProperty().get();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double[] from = focused == null ? new double[] {w / 2 - dx * w, h / 2 - dy * h} : picture.pointOf(focused);
        Optional<ProjectedShape> next = picture.main().countries().stream()
                .map(MapPicture.Painted::shape)
                .filter(s -> s != focused && map.getData().stateName(s) != null)
                .filter(s -> {
                    double[] p = picture.pointOf(s);
                    double along = (p[0] - from[0]) * dx + (p[1] - from[1]) * dy;
                    return along > 1 && p[0] >= 0 && p[0] <= w && p[1] >= 0 && p[1] <= h;
                })
                .min(Comparator.comparingDouble(s -> {
                    double[] p = picture.pointOf(s);
                    double along = (p[0] - from[0]) * dx + (p[1] - from[1]) * dy;
                    double across = Math.abs((p[0] - from[0]) * dy) + Math.abs((p[1] - from[1]) * dx);
                    return along + 2 * across;
                }));
        next.ifPresent(map.focusedCountryProperty()::set);
    }

    // --- mouse

    private Optional<ProjectedShape> shapeAt(double x, double y) {
        MapPicture picture = skin.picture();
        return picture == null ? Optional.empty() : picture.shapeAt(x, y);
    }

    private void mousePressed(MouseEvent e) {
        map.requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragged = false;
    }

    private void mouseDragged(MouseEvent e) {
        if (Double.isNaN(dragX) || map.getData() == null) {
            return;
        }
        dragged |= Math.hypot(e.getX() - dragX, e.getY() - dragY) > 3;
        if (dragged) {
            map.setCursor(Cursor.CLOSED_HAND);
            map.zoomProperty().set(map.zoomProperty().get().panned(e.getX() - dragX, e.getY() - dragY));
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void mouseReleased(MouseEvent e) {
        map.setCursor(Cursor.DEFAULT);
        dragX = Double.NaN;
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            shapeAt(e.getX(), e.getY()).ifPresent(map::choose);
        }
    }

    private void mouseMoved(MouseEvent e) {
        ProjectedShape s = shapeAt(e.getX(), e.getY()).orElse(null);
        map.hoveredCountryProperty().set(s);
        if (s == null) {
            tooltip.hide();
            map.setCursor(Cursor.DEFAULT);
        } else {
            map.setCursor(Cursor.HAND);
            tooltip.setText(map.describe(s));
            tooltip.show(canvas, e.getScreenX() + 12, e.getScreenY() + 14);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0 && map.getData() != null) {
            map.zoomProperty().set(map.zoomProperty().get().zoomedAt(Math.pow(2, e.getDeltaY() / 160), e.getX(), e.getY(),
                    canvas.getWidth(), canvas.getHeight()));
        }
        e.consume();
    }
}
