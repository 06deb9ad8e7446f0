package dev.annals.model;

/** The article file a timeline was read from, and the SHA-256 of its bytes. */
public record SourceFile(String file, String sha256) {
}
