package dev.annals.ui.window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What Annals remembers between runs (java.util.prefs): window place and size, split positions, theme,
 * and the recently opened files, newest first.
 */
public final class Settings {
    private static final int RECENT = 8;
    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The user's settings for Annals. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("dev/annals"));
    }

    public double getDouble(String key, double fallback) {
        return prefs.getDouble(key, fallback);
    }

    public void putDouble(String key, double value) {
        prefs.putDouble(key, value);
    }

    public boolean getBoolean(String key, boolean fallback) {
        return prefs.getBoolean(key, fallback);
    }

    public void putBoolean(String key, boolean value) {
        prefs.putBoolean(key, value);
    }

    public String getTheme() {
        return prefs.get("theme", Theme.LIGHT.name());
    }

    public void setTheme(String theme) {
        prefs.put("theme", theme);
    }

    /** Recently opened files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < RECENT; i++) {
            String f = prefs.get("recent." + i, null);
            if (f != null) {
                files.add(Path.of(f));
            }
        }
        return files;
    }

    /** The file that was open when Annals closed, or null for the embedded timeline. */
    public Path lastOpened() {
        String f = prefs.get("lastOpened", null);
        return f == null ? null : Path.of(f);
    }

    public void setLastOpened(Path file) {
        if (file == null) {
            prefs.remove("lastOpened");
        } else {
            prefs.put("lastOpened", file.toAbsolutePath().normalize().toString());
        }
    }

    /** Puts {@code file} first among the recent files. */
    public void addRecent(Path file) {
        List<Path> files = recentFiles();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < RECENT; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    /** Writes the settings out now rather than at some later point. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Settings are a convenience: losing them must not stop the app from closing.
            System.err.println("annals: settings could not be saved: " + e.getMessage());
        }
    }
}
