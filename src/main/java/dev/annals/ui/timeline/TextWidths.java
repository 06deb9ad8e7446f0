package dev.annals.ui.timeline;

import dev.annals.layout.TextMeasure;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text in one font, remembering recent widths: the axis measures the same labels every frame. */
final class TextWidths implements TextMeasure {
    private static final int REMEMBERED = 4096;

    private final Text probe = new Text();
    private final Map<String, Double> widths = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > REMEMBERED;
        }
    };

    TextWidths(Font font) {
        probe.setFont(font);
    }

    Font font() {
        return probe.getFont();
    }

    @Override
    public double width(String text) {
        return widths.computeIfAbsent(text, t -> {
            probe.setText(t);
            return probe.getLayoutBounds().getWidth();
        });
    }
}
