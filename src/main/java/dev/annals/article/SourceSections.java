package dev.annals.article;

import java.util.regex.Pattern;

/**
 * The headings of sections of sources and notes (references, literature, external links), in the
 * languages of Wikipedia's largest editions: no events come from them, and in copied text the article
 * ends at the first.
 */
final class SourceSections {
    static final Pattern PATTERN = Pattern.compile("(?i)references|notes|citations|sources|footnotes"
            + "|bibliography|further reading|works cited|external links|notes and references|references and notes"
            + "|literatur|weblinks|einzelnachweise|quellen|anmerkungen|kjelder|litteratur|eksterne lenker|referanser"
            + "|références|bibliographie|liens externes|notes et références|referencias|bibliografía|enlaces externos"
            + "|note|bibliografia|collegamenti esterni|источники|литература|ссылки|примечания");

    private SourceSections() {
    }
}
