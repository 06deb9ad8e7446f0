package dev.annals.ui.model;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Whether the timeline shown differs from the one last saved, and where that was. Editing names each
 * state of the timeline by a revision; undoing back to the saved revision makes the timeline saved
 * again, as a user expects of a desktop editor.
 */
public final class DocumentState {
    private long lastIssued;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyLongWrapper savedRevision = new ReadOnlyLongWrapper(this, "savedRevision");
    private final ReadOnlyObjectWrapper<Path> savedFile = new ReadOnlyObjectWrapper<>(this, "savedFile");
    private final BooleanBinding unsaved = Bindings.notEqual(revision, savedRevision);

    /** A revision no state of this document has had yet, for a new edit. */
    public long newRevision() {
        return ++lastIssued;
    }

    /** The timeline shown is now the state named {@code id} (a new edit, or one undone or redone). */
    public void showRevision(long id) {
        revision.set(id);
    }

    /** What is shown was just saved to {@code file}. */
    public void saved(Path file) {
        savedRevision.set(revision.get());
        savedFile.set(file);
    }

    /** A timeline was opened: nothing is unsaved; {@code file} is where Save writes, null to ask. */
    public void reset(Path file) {
        revision.set(newRevision());
        saved(file);
    }

    /** The state of the timeline shown. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while what is shown differs from what was last saved or opened. */
    public BooleanBinding unsavedProperty() {
        return unsaved;
    }

    /** The timeline file Save writes to; null when Save must ask where (an article, the embedded one). */
    public ReadOnlyObjectProperty<Path> savedFileProperty() {
        return savedFile.getReadOnlyProperty();
    }

    public boolean isUnsaved() {
        return unsaved.get();
    }
}
