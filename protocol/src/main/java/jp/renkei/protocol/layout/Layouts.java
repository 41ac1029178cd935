package jp.renkei.protocol.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;

/**
 * The layout catalogue of spec §4: every item of every CSV kind in both generations. Built once, immutable and
 * thread-safe. Item keys are the same in both generations, so a rule or record can address an item by key whatever
 * the file's version.
 */
public final class Layouts {

    private static final Map<LayoutGeneration, Map<FileKind, Layout>> CATALOGUE = build();
    private static final List<Layout> ALL = flatten();

    private Layouts() {
    }

    /**
     * The layout of {@code kind} in {@code generation}.
     *
     * @throws IllegalArgumentException when the kind has no layout there: UP3KYO and the 介護予防 kinds in v3, and
     *     UPKIHON_IMAGE (a JPEG) in both; use {@link #find} to ask without an exception
     */
    public static Layout of(FileKind kind, LayoutGeneration generation) {
        return find(kind, generation).orElseThrow(() -> new IllegalArgumentException(
                kind + " has no " + generation + " layout"));
    }

    /** The layout of {@code kind} in {@code generation}, empty when the kind has none there. */
    public static Optional<Layout> find(FileKind kind, LayoutGeneration generation) {
        return Optional.ofNullable(CATALOGUE.get(generation).get(kind));
    }

    /** Every layout: all v3 layouts in {@link FileKind} order, then all v4 layouts. */
    public static List<Layout> all() {
        return ALL;
    }

    private static Map<LayoutGeneration, Map<FileKind, Layout>> build() {
        Map<LayoutGeneration, Map<FileKind, Layout>> m = new EnumMap<>(LayoutGeneration.class);
        for (LayoutGeneration g : LayoutGeneration.values()) {
            Map<FileKind, Layout> byKind = new EnumMap<>(FileKind.class);
            for (FileKind k : FileKind.values()) {
                if (k.itemCount(g) > 0) {
                    byKind.put(k, layout(k, g));
                }
            }
            m.put(g, Collections.unmodifiableMap(byKind));
        }
        return Collections.unmodifiableMap(m);
    }

    private static Layout layout(FileKind kind, LayoutGeneration g) {
        return switch (kind) {
            case UPHOSOKU -> CarePlanLayouts.uphosoku(g);
            case UP1KYO -> CarePlanLayouts.up1kyo(g);
            case DLT1KYO -> CarePlanLayouts.dlt1kyo(g);
            case UP2KYO -> CarePlanLayouts.up2kyo(g);
            case UP3KYO -> CarePlanLayouts.up3kyo();
            case UPPLAN, UPJSK -> ServiceUseLayouts.sixthTable(kind, g);
            case DLTPLAN -> ServiceUseLayouts.dltplan(g);
            case DLTJSK -> ServiceUseLayouts.dltjsk(g);
            case UPSIKYU -> ServiceUseLayouts.upsikyu(g);
            case UPKIHON -> PreventiveLayouts.upkihon();
            case DLTKIHON -> PreventiveLayouts.dltkihon();
            case UPKIHON_SUB1 -> PreventiveLayouts.upkihonSub1();
            case UPKIHON_SUB2 -> PreventiveLayouts.upkihonSub2();
            case UPYOBO -> PreventiveLayouts.upyobo();
            case UPYOBO_SUB -> PreventiveLayouts.upyoboSub();
            case DLTYOBO -> PreventiveLayouts.dltyobo();
            case UPKIHON_IMAGE -> throw new IllegalArgumentException("UPKIHON_IMAGE is a JPEG, not CSV");
        };
    }

    private static List<Layout> flatten() {
        List<Layout> all = new ArrayList<>();
        CATALOGUE.values().forEach(byKind -> all.addAll(byKind.values()));
        return List.copyOf(all);
    }
}
