package dev.annals.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

/** What Annals remembers between runs survives a new Settings on the same store. */
class SettingsTest {
    private final Preferences node = new MemoryPreferences(); // nothing left in the user's preferences

    @Test
    void recentFilesNewestFirstWithoutRepeatsAndAtMostEight() {
        Settings settings = new Settings(node);
        for (int i = 0; i < 10; i++) {
            settings.addRecent(Path.of("/tmp/a" + i + ".txt"));
        }
        settings.addRecent(Path.of("/tmp/a5.txt"));
        assertThat(new Settings(node).recentFiles()).hasSize(8)
                .startsWith(Path.of("/tmp/a5.txt"), Path.of("/tmp/a9.txt"), Path.of("/tmp/a8.txt"))
                .doesNotHaveDuplicates();
    }

    @Test
    void lastOpenedFileThemeAndWindowAreRemembered() {
        Settings settings = new Settings(node);
        settings.setLastOpened(Path.of("/tmp/finland.txt"));
        settings.setTheme("DARK");
        settings.putDouble("window.width", 1500);
        settings.flush();
        Settings again = new Settings(node);
        assertThat(again.lastOpened()).isEqualTo(Path.of("/tmp/finland.txt"));
        assertThat(Theme.named(again.getTheme())).isEqualTo(Theme.DARK);
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1500);
        again.setLastOpened(null);
        assertThat(new Settings(node).lastOpened()).isNull();
    }
}
