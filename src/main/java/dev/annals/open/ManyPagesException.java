package dev.annals.open;

import java.util.List;

/** A file of several articles (a MediaWiki export) opened without saying which: the caller asks and opens again. */
public final class ManyPagesException extends OpenException {
    private static final long serialVersionUID = 1L;

    private final List<String> titles;

    public ManyPagesException(String message, List<String> titles) {
        super(message);
        this.titles = List.copyOf(titles);
    }

    /** The titles of the file's pages, in file order. */
    public List<String> titles() {
        return titles;
    }
}
