package jp.renkei.protocol.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ※n notes of one plan (spec §8.6), numbered in drawing order; one number per entry, however often cut. */
final class Notes {

    /** A note: its number and the line that the notes page prints after {@code ※n}. */
    record Note(int number, String text) {

        String mark() {
            return "※" + number;
        }
    }

    private final Map<Object, Note> byEntry = new HashMap<>();
    private final List<Note> notes = new ArrayList<>();
    private final int first;

    /** Notes numbered from {@code first}, so numbers stay unique across the plans of one document. */
    Notes(int first) {
        this.first = first;
    }

    /** The mark for {@code entry} (any value with equality, e.g. a record), adding its note on first use. */
    String mark(Object entry, String text) {
        return byEntry.computeIfAbsent(entry, e -> {
            Note note = new Note(first + notes.size(), text);
            notes.add(note);
            return note;
        }).mark();
    }

    List<Note> all() {
        return List.copyOf(notes);
    }

    int next() {
        return first + notes.size();
    }
}
