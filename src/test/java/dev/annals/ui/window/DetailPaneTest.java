package dev.annals.ui.window;

import dev.annals.ui.model.ExplorerModel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.api.FxAssert.verifyThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

import dev.annals.model.Event;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane tells where a statement comes from and shows it in the article. */
@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {
    private ExplorerModel model;

    @Start
    void start(Stage stage) {
        model = TestWindows.showEmbedded(stage);
    }

    private Event about(String words) {
        return model.getTimeline().events().stream().filter(e -> e.text().contains(words)).findFirst().orElseThrow();
    }

    @Test
    void showsDateAsStatedSourceCategoryAndAsides(FxRobot robot) {
        Event restrictions = about("lifted restrictions");
        robot.interact(() -> model.select(restrictions));
        verifyThat("#detail-date", hasText("2019"));
        verifyThat("#detail-source", hasText("Cooperation › 2015–2020 · line 67"));
        verifyThat("#detail-other-dates", hasText("Also mentions: since 2008"));
        assertThat(robot.lookup("#detail-category").queryLabeled().getText()).startsWith("Category: " + restrictions.category());

        robot.interact(() -> model.select(about("Ryanair")));
        verifyThat("#detail-date", hasText("2021 (from context)"));
    }

    @Test
    void previousAndNextButtonsStep(FxRobot robot) {
        robot.interact(() -> model.selectFirst());
        robot.clickOn("#detail-next");
        assertThat(model.getSelectedEvent()).isSameAs(model.getTimeline().events().get(1));
        robot.clickOn("#detail-previous");
        assertThat(model.getSelectedEvent()).isSameAs(model.getTimeline().events().get(0));
        assertThat(robot.lookup("#detail-previous").query().isDisabled()).isTrue();
    }

    @Test
    void showInSourceSelectsTheSentenceInTheArticle(FxRobot robot) {
        Event weapons = about("700,000 weapons");
        robot.interact(() -> model.select(weapons));
        robot.clickOn("#show-source");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea source = robot.lookup("#source-text").queryAs(TextArea.class);
        assertThat(source.getText()).startsWith("= Belarus–NATO relations =");
        assertThat(source.getSelectedText()).isEqualTo(weapons.text());
        robot.interact(() -> source.getScene().getWindow().hide());
    }
}
