package dev.annals.layout;

import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Precision;

/**
 * Where an event sits in time: a marker day, and the stretch it covers. An exact day sits on that day;
 * a month, year or coarser date sits in the middle of what it can mean; a range covers start to end.
 */
public record EventPlace(double marker, double begin, double end) {

    public static EventPlace of(Event e) {
        PartialDate start = e.start();
        double begin = start.firstDay().toEpochDay();
        double startEnd = start.lastDay().toEpochDay() + 1;
        double marker = start.precision() == Precision.DAY ? begin + 0.5 : (begin + startEnd) / 2;
        double end = e.end() == null ? startEnd : e.end().lastDay().toEpochDay() + 1;
        return new EventPlace(e.end() == null ? marker : begin + 0.5, begin, end);
    }

}
