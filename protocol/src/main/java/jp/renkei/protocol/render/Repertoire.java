package jp.renkei.protocol.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The characters a document can print, known before drawing so that the font subset can be made first: every
 * character of the records and names, and those of the renderer's own labels. A character outside it is drawn as
 * {@code □} ({@link Canvas}), so a label added without updating {@link #LABELS} shows up in tests, never as a crash.
 */
final class Repertoire {

    /** Every non-ASCII character of the fixed labels, marks and reasons printed by this package. */
    static final String LABELS = "…※□　、。〉》「」』】〕ぁぃいぅぇぉかがきたっでなにのはまゃゅょらりァィイゥェォコサスッドビフャュョルレ・ー上不主了介以位作保入全内利前動午単収号名土変外夜始宅容居常年後成文日早時曜更月朝木枠欄正殿水注活深火生用画番目第終置者表被計記護足載週配金開間険項順！（），．／３：；？～";

    private Repertoire() {
    }

    static Set<Integer> of(List<List<String>> rows, Map<PlanKey, String> names, TextFit fit) {
        Set<Integer> codePoints = new TreeSet<>();
        for (int c = 0x20; c < 0x7f; c++) {
            codePoints.add(c);
        }
        LABELS.codePoints().forEach(codePoints::add);
        for (List<String> row : rows) {
            for (String value : row) {
                add(codePoints, value, fit);
            }
        }
        names.values().forEach(name -> add(codePoints, name, fit));
        return codePoints;
    }

    private static void add(Set<Integer> codePoints, String text, TextFit fit) {
        if (text != null) {
            fit.printable(text).codePoints().filter(cp -> cp != '\n').forEach(codePoints::add);
        }
    }
}
