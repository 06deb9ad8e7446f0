package dev.annals.loader;

import dev.annals.model.DateBasis;
import dev.annals.model.DateMention;
import dev.annals.model.Entities;
import dev.annals.model.Event;
import dev.annals.model.PartialDate;
import dev.annals.model.Period;
import dev.annals.model.Precision;
import dev.annals.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks the sections of an article and turns every dated statement into an event.
 *
 * <p>A sentence's own date comes first. An undated sentence takes the date of the last dated sentence
 * before it in its paragraph (as a year: "context"), unless that date lies outside its section's year
 * heading, in which case the heading dates it ("section"). A paragraph that opens with a connective
 * ("In turn, …") continues the paragraph before it. A sentence ending in a colon takes the bullets
 * after it as its items, unless a bullet has a date of its own. Sections listing member states or "See also" hold no events.
 */
final class EventReader {
    private static final Pattern CONTINUES = Pattern.compile(
            "^(?:In turn|Then|Subsequently|Later|Meanwhile|However|Also|As a result|In response|Thereafter"
                    + "|Afterwards|After that|At the same time)\\b");
    private static final Pattern LOOKS_LIKE_YEAR = Pattern.compile("^[\\dOoIl]{4}(?:s)?$");
    private static final Pattern NOT_EVENTS = Pattern.compile(
            "(?i)^(?:see also|references|notes|external links|further reading|bibliography|sources)$");

    /** A date or range that dates sentences without one of their own. */
    private record Dating(PartialDate start, PartialDate last) {
        boolean within(Dating outer) {
            return !start.firstDay().isBefore(outer.start.firstDay()) && !last.lastDay().isAfter(outer.last.lastDay());
        }
    }

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final DateExtractor dates = new DateExtractor();
    private final StatementSplitter statements = new StatementSplitter();
    private final HeadlineWriter headlines = new HeadlineWriter();
    private final CategoryRules categories = CategoryRules.standard();
    private final EntityTagger tagger;

    /**
     * An event with the date it sorts by: its own, or for a context-dated one, the date it was read from;
     * that date's first and last day, as epoch days, are worked out once here rather than at each comparison.
     */
    private record Placed(Event event, long firstDay, long lastDay) {
        Placed(Event event, PartialDate anchor) {
            this(event, anchor.firstDay().toEpochDay(), anchor.lastDay().toEpochDay());
        }
    }

    private final List<Placed> placed = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private final Problems problems = new Problems();
    private final List<String> seeAlso = new ArrayList<>();
    private final EventIds ids = new EventIds();
    private Section memberList;
    private Sentence tagged;
    private Entities entities;
    private CategoryRules.Verdict verdict;
    private String text;
    private List<String> cues;
    /** Equal texts, dates and names of events share one object: a file may repeat a sentence a million times. */
    private final SharedValues shared = new SharedValues();

    /** What the walk knows within one paragraph: the last date and the last person named. */
    private static final class Context {
        Dating dating;
        String person;
    }

    EventReader(EntityTagger tagger) {
        this.tagger = tagger;
    }

    void read(Section lead) {
        section(lead, List.of(), null);
    }

    /**
     * The events by date, equal dates in source order. A context-dated event sorts right after the
     * sentence whose date it took, so reading in order follows the article.
     */
    List<Event> events() {
        List<Placed> sorted = new ArrayList<>(placed);
        // The anchors' own order (PartialDate.compareTo); stable: equal anchors keep source order.
        sorted.sort(Comparator.comparingLong(Placed::firstDay).thenComparingLong(Placed::lastDay));
        return sorted.stream().map(Placed::event).toList();
    }

    List<Period> periods() {
        return periods;
    }

    List<Problem> problems() {
        return problems.list();
    }

    List<String> seeAlso() {
        return seeAlso;
    }

    /** The section that lists the organisation's member states, or null. */
    Section memberList() {
        return memberList;
    }

    private void section(Section section, List<String> path, Dating inherited) {
        String heading = section.heading();
        if (NOT_EVENTS.matcher(heading).matches()) {
            if (heading.equalsIgnoreCase("see also")) {
                bullets(section).forEach(item -> seeAlso.add(item.text().strip()));
            }
            return;
        }
        if (memberList == null && LocatorReader.isMemberListHeading(heading) && !bullets(section).isEmpty()) {
            memberList = section;
            return;
        }
        Dating own = yearHeading(section);
        Dating dating = own != null ? own : inherited;
        Context context = new Context();
        List<Block> blocks = section.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Paragraph p) {
                if (!CONTINUES.matcher(p.text().text()).find()) {
                    context.dating = null;
                }
                List<Sentence> list = sentences.split(p.text());
                for (int k = 0; k < list.size(); k++) {
                    Sentence s = list.get(k);
                    List<String> items = List.of();
                    if (k == list.size() - 1 && s.text().endsWith(":") && i + 1 < blocks.size()
                            && blocks.get(i + 1) instanceof Block.Bullets b && !anyDated(b)) {
                        items = b.items().stream().map(t -> Texts.stripTrailing(t.text(), ",;.").strip()).toList();
                        i++;
                    }
                    sentence(s, items, path, dating, context);
                }
            } else if (block instanceof Block.Bullets b) {
                for (TextLine item : b.items()) {
                    context.dating = null; // each bullet stands alone: no date from the one above
                    for (Sentence s : sentences.split(item)) {
                        sentence(s, List.of(), path, dating, context);
                    }
                }
            }
        }
        for (Section child : section.children()) {
            List<String> childPath = new ArrayList<>(path);
            childPath.add(child.heading());
            section(child, List.copyOf(childPath), dating); // immutable: its events share it instead of copying it
        }
    }

    /** True when a bullet states a date: then each bullet is a statement, not an item of the sentence above. */
    private boolean anyDated(Block.Bullets bullets) {
        return bullets.items().stream().anyMatch(item -> !dates.find(item.text()).isEmpty());
    }

    private static List<TextLine> bullets(Section section) {
        List<TextLine> items = new ArrayList<>();
        for (Block b : section.blocks()) {
            if (b instanceof Block.Bullets bullets) {
                items.addAll(bullets.items());
            }
        }
        return items;
    }

    private Dating yearHeading(Section section) {
        String heading = section.heading().strip();
        if (heading.isEmpty()) {
            return null;
        }
        List<DateSpan> spans = dates.find(heading);
        if (spans.size() == 1 && spans.get(0).isDated() && spans.get(0).begin() == 0 && spans.get(0).end() == heading.length()) {
            DateSpan d = spans.get(0);
            PartialDate last = d.isRange() ? d.last() : d.start();
            String label = d.isRange() ? d.start().toText() + "–" + last.toText() : d.start().toText();
            periods.add(new Period("p-" + d.start().isoKey() + (d.isRange() ? "-" + last.isoKey() : ""),
                    label, d.start(), last, section.line()));
            return new Dating(d.start(), last);
        }
        if (LOOKS_LIKE_YEAR.matcher(heading).matches() && heading.chars().filter(Character::isDigit).count() >= 2) {
            problems.add(new Problem(section.line(), "markup", "heading '" + heading
                    + "' looks like a year but is not one (a letter among the digits?); its sentences keep only their own dates"));
        }
        return null;
    }

    private void sentence(Sentence s, List<String> items, List<String> path, Dating section, Context context) {
        String text = s.text();
        List<DateSpan> mentioned = withYears(dates.find(text), section, context);
        List<Statement> found = statements.split(text, mentioned);
        String person = context.person;
        if (found.isEmpty()) {
            Dating dating;
            DateBasis basis;
            DateSpan yearless = mentioned.stream().filter(d -> !d.isDated()).findFirst().orElse(null);
            if (yearless != null && mentioned.stream().noneMatch(DateSpan::isDated)) {
                problems.add(new Problem(s.line(), "undated", "no year for \"" + yearless.text() + "\" in \""
                        + abbreviate(text) + "\": the date before it in its paragraph would put it earlier"));
                context.person = lastPersonOr(text, person);
                return;
            }
            if (context.dating != null && (section == null || context.dating.within(section))) {
                dating = new Dating(coarse(context.dating.start), coarse(context.dating.last));
                basis = DateBasis.CONTEXT;
            } else if (section != null) {
                dating = section;
                basis = DateBasis.SECTION;
            } else {
                problems.add(new Problem(s.line(), "undated", "no date for \"" + abbreviate(text)
                        + "\": it states none, and neither its paragraph nor its section gives one"));
                context.person = lastPersonOr(text, person);
                return;
            }
            PartialDate end = dating.last.equals(dating.start) ? null : dating.last;
            PartialDate anchor = basis == DateBasis.CONTEXT ? context.dating.start : dating.start;
            add(s, items, path, dating.start, end, anchor, basis, null, headlines.write(text, null, person), mentioned);
        } else {
            String firstHeadline = null;
            for (Statement st : found) {
                String headline = headline(text, st, person);
                if (firstHeadline != null && ClauseSubject.lacksSubject(text.substring(st.begin(), st.end()))) {
                    headline = ClauseSubject.borrow(firstHeadline, headline);
                }
                firstHeadline = firstHeadline == null ? headline : firstHeadline;
                for (DateSpan d : st.dates()) {
                    add(s, items, path, d.start(), d.last(), d.start(), DateBasis.STATED, d.quoted(), headline,
                            st.otherDates());
                }
                DateSpan last = st.dates().get(st.dates().size() - 1);
                context.dating = new Dating(last.start(), last.isRange() ? last.last() : last.start());
            }
        }
        context.person = lastPersonOr(text, person);
    }

    /** The clause's headline, without its date, or without the whole list when it dates several facts. */
    private String headline(String text, Statement st, String person) {
        List<DateSpan> facts = st.dates();
        DateSpan lead = st.lead();
        DateSpan last = facts.get(facts.size() - 1);
        DateSpan date = facts.size() == 1 ? lead : new DateSpan(lead.begin(), last.end(), lead.start(), null,
                lead.text(), lead.relation(), lead.quotedBegin(), lead.quoted(), null);
        return headlines.write(text.substring(st.begin(), st.end()), date.shifted(st.begin()), person);
    }

    /**
     * The sentence's dates with a year for each day or month that names none ("on 14 September"): the
     * year of the paragraph's last date, else of the section's year heading, when either is one year and
     * the day does not fall before it.
     */
    private static List<DateSpan> withYears(List<DateSpan> found, Dating section, Context context) {
        Dating from = context.dating != null ? context.dating : section;
        if (from == null || from.start.year() != from.last.year() || found.stream().allMatch(DateSpan::isDated)) {
            return found;
        }
        return found.stream().map(d -> d.isDated() ? d : SpanJoiner.inYearOf(from.last, from.start, d)).toList();
    }

    private String lastPersonOr(String text, String fallback) {
        String p = tagger.lastPerson(text);
        return p != null ? p : fallback;
    }

    private void add(Sentence s, List<String> items, List<String> path, PartialDate start, PartialDate end,
            PartialDate anchor, DateBasis basis, String dateText, String headline, List<DateSpan> others) {
        if (s != tagged) { // the events of one sentence share what it names and its category
            tagged = s;
            text = shared.share(s.text());
            entities = shared.share(tagger.tag(s.text()));
            verdict = categories.categorise(s.text(), path);
            cues = shared.share(List.copyOf(verdict.cues()));
        }
        List<DateMention> mentions = others.isEmpty() ? List.of() : shared.share(others.stream()
                .map(o -> new DateMention(o.quoted(), o.start(), o.last())).toList());
        Event event = new Event(ids.next(start, headline), shared.share(start), shared.share(end), basis,
                shared.share(dateText), shared.share(headline), text, items, path, s.source(), entities,
                verdict.category(), cues, mentions);
        placed.add(new Placed(event, anchor));
    }

    /** A context date as the year it falls in: a later sentence is only known to be of the same year. */
    private static PartialDate coarse(PartialDate d) {
        return d.precision().compareTo(Precision.YEAR) >= 0 ? d.yearOnly() : d;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, text.lastIndexOf(' ', 57) > 20 ? text.lastIndexOf(' ', 57) : 57) + "…";
    }
}
