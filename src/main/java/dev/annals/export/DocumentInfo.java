package dev.annals.export;

import dev.annals.model.Event;
import dev.annals.model.Locator;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Version;

/**
 * The document's metadata, which file managers, search tools and reference managers read: title,
 * subject, keywords (the subject country, the organisation and the names the period's events mention
 * most), creator, producer and dates; also its language, and the title rather than the file name in the
 * viewer's title bar.
 */
final class DocumentInfo {
    private static final int NAMED_KEYWORDS = 12;

    private DocumentInfo() {
    }

    static void apply(PDDocument doc, ExportRequest r, ZonedDateTime generated) {
        int n = r.events().size();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(r.timeline().title() + ", " + r.periodInWords());
        info.setSubject("Timeline of " + n + (n == 1 ? " event, " : " events, ") + r.periodInWords()
                + (r.timeline().source() == null ? "" : ", from " + r.timeline().source().file()));
        info.setKeywords(String.join(", ", keywords(r)));
        info.setCreator("Annals");
        info.setProducer("Annals with Apache PDFBox " + Version.getVersion());
        GregorianCalendar when = GregorianCalendar.from(generated);
        info.setCreationDate(when);
        info.setModificationDate(when);
        doc.getDocumentCatalog().setLanguage("en");
        PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }

    private static List<String> keywords(ExportRequest r) {
        Set<String> words = new LinkedHashSet<>();
        Locator l = r.timeline().locator();
        if (l != null) {
            addIfPresent(words, l.subject());
            addIfPresent(words, l.organisation());
        }
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Event e : r.events()) {
            for (List<String> names : List.of(e.entities().countries(), e.entities().organisations(), e.entities().people())) {
                for (String name : names) {
                    mentions.merge(name, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(mentions.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
        for (Map.Entry<String, Integer> m : ranked) {
            if (words.size() >= NAMED_KEYWORDS) {
                break;
            }
            words.add(m.getKey());
        }
        words.add("timeline");
        return new ArrayList<>(words);
    }

    private static void addIfPresent(Set<String> words, String word) {
        if (word != null && !word.isBlank()) {
            words.add(word);
        }
    }
}
