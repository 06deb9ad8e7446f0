package dev.annals.layout;

/** How wide a label is when drawn; the window and the PDF each measure with their own font. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text);
}
