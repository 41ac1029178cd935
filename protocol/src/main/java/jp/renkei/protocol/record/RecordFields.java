package jp.renkei.protocol.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;

/** Moves field lists between a generation's item order and the v4 order the records use, by catalogue key. */
final class RecordFields {

    /** For each kind with a v3 layout: the 0-based v4 position of each v3 item. */
    private static final Map<FileKind, int[]> V3_TO_V4 = v3Positions();

    private RecordFields() {
    }

    static void requireNonNull(String... values) {
        for (int i = 0; i < values.length; i++) {
            Objects.requireNonNull(values[i], "value of item No." + (i + 1));
        }
    }

    /** The v4-ordered values for {@code fields} read in {@code generation}; v4-only items become {@code ""}. */
    static List<String> toV4(FileKind kind, List<String> fields, LayoutGeneration generation) {
        Layout layout = Layouts.of(kind, generation);
        if (fields.size() != layout.size()) {
            throw new IllegalArgumentException(kind + " " + generation + " has " + layout.size() + " items, not "
                    + fields.size());
        }
        if (generation == LayoutGeneration.V4) {
            return fields;
        }
        String[] v4 = new String[kind.itemCount(LayoutGeneration.V4)];
        Arrays.fill(v4, "");
        int[] positions = V3_TO_V4.get(kind);
        for (int i = 0; i < positions.length; i++) {
            v4[positions[i]] = fields.get(i);
        }
        return Arrays.asList(v4);
    }

    /**
     * The values of {@code generation}'s items, taken from v4-ordered values.
     *
     * @throws IllegalArgumentException when {@code generation} is v3 and an item that v3 lacks is non-empty: the
     *     value would be lost silently
     */
    static List<String> project(FileKind kind, List<String> v4, LayoutGeneration generation) {
        if (generation == LayoutGeneration.V4) {
            return v4;
        }
        int[] positions = V3_TO_V4.get(kind);
        if (positions == null) {
            throw new IllegalArgumentException(kind + " has no V3 layout");
        }
        requireV4OnlyEmpty(kind, v4, positions);
        List<String> v3 = new ArrayList<>(positions.length);
        for (int p : positions) {
            v3.add(v4.get(p));
        }
        return List.copyOf(v3);
    }

    private static void requireV4OnlyEmpty(FileKind kind, List<String> v4, int[] positions) {
        boolean[] inV3 = new boolean[v4.size()];
        for (int p : positions) {
            inV3[p] = true;
        }
        for (int i = 0; i < inV3.length; i++) {
            if (!inV3[i] && !v4.get(i).isEmpty()) {
                throw new IllegalArgumentException(kind + " item No." + (i + 1)
                        + " does not exist in v3 but is not empty");
            }
        }
    }

    private static Map<FileKind, int[]> v3Positions() {
        Map<FileKind, int[]> m = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            Layouts.find(kind, LayoutGeneration.V3).ifPresent(v3 -> {
                Layout v4 = Layouts.of(kind, LayoutGeneration.V4);
                m.put(kind, v3.items().stream().mapToInt(i -> v4.item(i.key()).no() - 1).toArray());
            });
        }
        return m;
    }
}
