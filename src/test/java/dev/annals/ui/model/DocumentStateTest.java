package dev.annals.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DocumentStateTest {
    @Test
    void anEditIsUnsavedUntilSavedAndUndoingToTheSavedStateIsSavedAgain() {
        DocumentState document = new DocumentState();
        document.reset(null);
        long opened = document.revisionProperty().get();
        assertFalse(document.isUnsaved());
        assertNull(document.savedFileProperty().get());

        document.showRevision(document.newRevision());
        assertTrue(document.isUnsaved(), "an edit");
        document.showRevision(opened);
        assertFalse(document.isUnsaved(), "undone back to what was opened");

        long edited = document.newRevision();
        document.showRevision(edited);
        document.saved(Path.of("a.timeline.json"));
        assertFalse(document.isUnsaved());
        assertEquals(Path.of("a.timeline.json"), document.savedFileProperty().get());
        document.showRevision(opened);
        assertTrue(document.isUnsaved(), "undone past the save");
    }
}
