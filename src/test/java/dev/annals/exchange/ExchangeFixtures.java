package dev.annals.exchange;

import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Precision;
import dev.annals.model.Qualifier;
import dev.annals.model.SourceFile;
import dev.annals.model.SourcePosition;
import dev.annals.model.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A timeline with every kind of date and text that exchange formats have to carry. */
final class ExchangeFixtures {
    private ExchangeFixtures() {
    }

    /**
     * Every precision, every qualifier on a year, decade and century, ranges, the three date bases, bullet
     * items, and texts with markup characters, quotes, commas, line breaks and would-be formulas.
     */
    static Timeline varied() {
        List<Event> events = new ArrayList<>();
        List<PartialDate> starts = new ArrayList<>(List.of(PartialDate.ofDay(2004, 1, 19), PartialDate.ofDay(2004, 2, 29),
                PartialDate.ofMonth(2006, 3), PartialDate.ofYear(2007), PartialDate.ofDecade(1990),
                PartialDate.ofCentury(19), PartialDate.ofCentury(21), PartialDate.ofYear(2000), PartialDate.ofYear(1901)));
        for (Qualifier q : Qualifier.values()) {
            starts.add(PartialDate.ofYear(2006).withQualifier(q));
        }
        starts.add(PartialDate.ofDecade(2000).withQualifier(Qualifier.EARLY));
        starts.add(PartialDate.ofDecade(1990).withQualifier(Qualifier.MID));
        starts.add(PartialDate.ofCentury(20).withQualifier(Qualifier.LATE));
        String[] texts = {
            "Belarus formally announced its accession on 19 January 2004.",
            "=HYPERLINK(\"http://evil.example\",\"click\") was typed in a cell",
            "+1 more, -2 less, @SUM(A1) and a tab\tinside",
            "A \"quoted\" word, a comma, and a line\nbreak in the text",
            "Markup <b>bold</b> & entities &amp; stay as typed: 3 < 4 > 2",
            "'=already guarded looking text",
            "Łukašenka and Лукашэнка – names in other scripts",
        };
        int i = 0;
        for (PartialDate start : starts) {
            DateBasis basis = DateBasis.values()[i % 3];
            PartialDate end = i % 4 == 1 ? PartialDate.ofYear(2015) : null;
            if (end != null && end.lastDay().isBefore(start.firstDay())) {
                end = null;
            }
            String dateText = basis == DateBasis.STATED ? start.toText() + (end == null ? "" : "–" + end.toText()) : null;
            String text = texts[i % texts.length];
            events.add(new Event(String.format("e%02d-%s", i, start.isoKey()), start, end, basis, dateText,
                    "Headline " + i + ": " + text.lines().findFirst().orElse(""), text,
                    i % 5 == 0 ? List.of("first bullet, with a comma", "second <bullet> & more") : List.of(),
                    List.of("History", "Section " + i), new SourcePosition(10 + i, 1 + i, 40 + i),
                    new Entities(List.of("Belarus", "Poland"), List.of("NATO"), i % 2 == 0 ? List.of("Alexander Lukashenko") : List.of()),
                    i % 2 == 0 ? "cooperation" : "tension", List.of("accession", "section: cooperation"),
                    i % 3 == 0 ? List.of(new DateMention("since 2008", PartialDate.ofYear(2008), null),
                            new DateMention("late 1990s", PartialDate.ofDecade(1990).withQualifier(Qualifier.LATE),
                                    PartialDate.ofDay(2001, 2, 3))) : List.of()));
            i++;
        }
        events.sort(Comparator.comparingInt(e -> e.start().firstYear()));
        List<Period> periods = List.of(
                new Period("p-1990s", "1990s", PartialDate.ofDecade(1990), PartialDate.ofDecade(1990), 3),
                new Period("p-2008-2009", "2008–2009", PartialDate.ofYear(2008), PartialDate.ofYear(2009), 27));
        return new Timeline(1, "Varied – \"dates\" & <texts>", new SourceFile("varied.txt", "00"), Map.of(), null,
                List.of(), periods, events, List.of());
    }

    /** True when the test data holds {@code precision}, so a round trip over it checks that precision. */
    static boolean has(Timeline t, Precision precision) {
        return t.events().stream().anyMatch(e -> e.start().precision() == precision);
    }
}
