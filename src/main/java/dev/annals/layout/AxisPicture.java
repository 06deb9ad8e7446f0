package dev.annals.layout;

import java.util.List;

/**
 * Everything the axis shows for one scale, in pixels from the left: ticks, period bands, event markers
 * with their label rows, clusters, and the selected period. The window and the PDF draw it alike.
 */
public record AxisPicture(TimeScale scale, List<Tick> ticks, List<Band> bands, List<Marker> markers,
        List<Cluster> clusters, double selectionFrom, double selectionTo) {

    public AxisPicture {
        ticks = List.copyOf(ticks);
        bands = List.copyOf(bands);
        markers = List.copyOf(markers);
        clusters = List.copyOf(clusters);
    }

    /** True when a period is selected and at least partly visible. */
    public boolean hasSelection() {
        return selectionTo > selectionFrom;
    }
}
