package dev.annals.layout;

/** Maps days to horizontal positions: {@code window} spread over {@code width} pixels (or points). */
public record TimeScale(TimeWindow window, double width) {
    public TimeScale {
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive: " + width);
        }
    }

    public double x(double day) {
        return (day - window.start()) / window.span() * width;
    }

    public double day(double x) {
        return window.start() + x / width * window.span();
    }

    public double pixelsPerDay() {
        return width / window.span();
    }
}
