package dev.annals.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.annals.bench.SyntheticTimeline;
import dev.annals.model.Event;
import dev.annals.model.Timeline;
import dev.annals.open.TimelineFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The view model on its own, with no toolkit: navigation, filters and search, with background work run
 * on the calling thread or stepped by hand.
 */
class ExplorerModelTest {
    private final Timeline seed = TimelineFiles.embedded();

    private static ExplorerModel opened(ExplorerModel model, Timeline t) {
        model.open(OpenedTimeline.of(t), null);
        return model;
    }

    @Test
    void opening_selectsTheFirstEventAndShowsAll() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        assertThat(model.getSelectedEvent()).isSameAs(seed.events().get(0));
        assertThat(model.shownEvents()).containsExactlyElementsOf(seed.events());
        assertThat(model.getVisibleWindow()).isEqualTo(model.indexProperty().get().fittingWindow());
    }

    @Test
    void arrowsHomeAndEndStepThroughTheShownEvents() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        model.selectNext();
        assertThat(model.getSelectedEvent()).isSameAs(seed.events().get(1));
        model.selectLast();
        model.selectNext();
        assertThat(model.getSelectedEvent()).isSameAs(seed.events().get(seed.events().size() - 1));
        model.selectFirst();
        model.selectPrevious();
        assertThat(model.getSelectedEvent()).isSameAs(seed.events().get(0));
    }

    @Test
    void upAndDownGoToTheFirstEventOfEachPeriod() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        model.selectPeriod(1);
        assertThat(model.getSelectedEvent().headline())
                .isEqualTo("Belarus has participated in NATO's Individual Partnership Program since 1997 without joining NATO");
        model.selectPeriod(1);
        assertThat(model.getSelectedEvent().dateText()).isEqualTo("since 1998");
        model.selectPeriod(1);
        assertThat(model.getSelectedEvent().dateText()).isEqualTo("19 January 2004");
        model.selectPeriod(-1);
        assertThat(model.getSelectedEvent().dateText()).isEqualTo("since 1998");
    }

    @Test
    void upAndDownSkipPeriodsWithNoShownEvent() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        model.entityFilterProperty().set("Russia"); // events in 4 of the 10 periods: 1997, 2006, 2014–2015, 2015–2020
        List<Event> shown = List.copyOf(model.shownEvents());
        List<Event> visited = new java.util.ArrayList<>(List.of(model.getSelectedEvent()));
        for (int i = 0; i < seed.periods().size(); i++) {
            model.selectPeriod(1);
            if (model.getSelectedEvent() != visited.get(visited.size() - 1)) {
                visited.add(model.getSelectedEvent());
            }
        }
        assertThat(visited).hasSize(4).allMatch(shown::contains);
        assertThat(visited.stream().map(e -> e.start().firstYear()).toList()).containsExactly(1997, 2006, 2014, 2019);
    }

    @Test
    void hidingACategoryShowsTheRestAndMovesTheSelectionToTheNearestShownEvent() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        Event tension = seed.events().stream().filter(e -> e.category().equals("tension")).findFirst().orElseThrow();
        model.select(tension);
        model.hiddenCategories().add("tension");
        assertThat(model.shownEvents()).isNotEmpty().noneMatch(e -> e.category().equals("tension"));
        assertThat(model.getSelectedEvent()).isNotNull().isIn(model.shownEvents());
        model.hiddenCategories().clear();
        assertThat(model.shownEvents()).hasSameSizeAs(seed.events());
    }

    @Test
    void anEntityFilterAndASearch() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        model.entityFilterProperty().set("Poland");
        assertThat(model.shownEvents()).isNotEmpty().allMatch(e -> e.entities().mentions("Poland"));
        model.entityFilterProperty().set(null);
        model.searchTextProperty().set("ryanair");
        assertThat(model.matches()).singleElement().satisfies(e -> assertThat(e.text()).contains("Ryanair"));
        model.nextMatch();
        assertThat(model.getSelectedEvent()).isSameAs(model.matches().get(0));
    }

    @Test
    void openingAnotherTimelineForgetsTheFiltersOfTheLast() {
        ExplorerModel model = opened(new ExplorerModel(), seed);
        model.hiddenCategories().add("tension");
        model.searchTextProperty().set("NATO");
        Timeline other = SyntheticTimeline.of(50, 3);
        opened(model, other);
        assertThat(model.hiddenCategories()).isEmpty();
        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.shownEvents()).hasSize(50);
        assertThat(model.getSelectedEvent()).isSameAs(other.events().get(0));
    }

    @Test
    void onALargeTimelineTheLatestFilterWinsWhateverOrderTheyEndIn() {
        StepExecutor background = new StepExecutor();
        ExplorerModel model = opened(new ExplorerModel(new TaskExecutor(Runnable::run, background)),
                SyntheticTimeline.of(30_000, 11));
        model.hiddenCategories().add("tension");          // first filtering: no tension
        model.entityFilterProperty().set("Poland");        // second: no tension, only Poland
        assertThat(background.pending()).isEqualTo(2);

        background.run(1); // the second ends first
        background.run(0); // the first ends late

        assertThat(model.shownEvents()).isNotEmpty()
                .allMatch(e -> e.entities().mentions("Poland") && !e.category().equals("tension"));
    }

    @Test
    void onALargeTimelineTheLatestSearchWins() {
        StepExecutor background = new StepExecutor();
        ExplorerModel model = opened(new ExplorerModel(new TaskExecutor(Runnable::run, background)),
                SyntheticTimeline.of(30_000, 11));
        model.searchTextProperty().set("Poland");
        model.searchTextProperty().set("Lithuania");
        background.run(1);
        background.run(0);
        assertThat(model.matches()).isNotEmpty().allMatch(e -> e.entities().mentions("Lithuania")
                || e.text().contains("Lithuania") || e.headline().contains("Lithuania"));
    }
}
