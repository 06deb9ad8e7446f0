package dev.annals.model;

import java.util.List;

/**
 * What a locator map of the article shows: the subject country, the organisation, its member states
 * as the article lists them, the map's file name and the projection it names. Any part may be null
 * or empty when the article does not say.
 */
public record Locator(String map, String subject, String organisation, String projection, List<String> memberStates) {
    public Locator {
        memberStates = List.copyOf(memberStates);
    }
}
