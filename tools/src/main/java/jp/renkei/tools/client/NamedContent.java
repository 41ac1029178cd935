package jp.renkei.tools.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file to upload: its base name (as the standard names it) and its exact bytes. */
public record NamedContent(String name, byte[] content) {

    public NamedContent {
        if (name == null || name.isEmpty() || content == null) {
            throw new IllegalArgumentException("a name and content are required");
        }
    }

    /** Reads {@code file}; the name is its base name. */
    public static NamedContent of(Path file) throws IOException {
        return new NamedContent(file.getFileName().toString(), Files.readAllBytes(file));
    }
}
