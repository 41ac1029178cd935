package jp.renkei.protocol.name;

import static jp.renkei.protocol.name.NamePart.BRANCH;
import static jp.renkei.protocol.name.NamePart.MONTH;
import static jp.renkei.protocol.name.NamePart.RECIPIENT;
import static jp.renkei.protocol.name.NamePart.RECIPIENT_KIND;
import static jp.renkei.protocol.name.NamePart.SENDER;
import static jp.renkei.protocol.name.NamePart.SENDER_KIND;
import static jp.renkei.protocol.name.NamePart.SEQ;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.renkei.protocol.FileKind;

/** The sequence of parts between prefix and extension that a kind's name has in one form (spec §2.1). */
final class NameShape {

    private NameShape() {
    }

    /** The parts of {@code kind}'s name in {@code form}; the image has one shape, reported as V4. */
    static List<NamePart> parts(FileKind kind, NameForm form) {
        List<NamePart> parts = new ArrayList<>(7);
        if (kind.monthBearing()) {
            parts.add(MONTH);
        }
        parts.add(SENDER);
        if (form == NameForm.V4) {
            parts.add(SENDER_KIND);
        }
        parts.add(RECIPIENT);
        if (form == NameForm.V4) {
            parts.add(RECIPIENT_KIND);
        }
        parts.add(SEQ);
        if (kind.image()) {
            parts.add(BRANCH);
        }
        return List.copyOf(parts);
    }

    /** Whether the kind may be named in {@code form}: UP3KYO, the 介護予防 kinds and the image only in V4. */
    static boolean allowed(FileKind kind, NameForm form) {
        return form == NameForm.V4 || !kind.v4Only();
    }

    /** The parts written out for messages, e.g. {@code MONTH_FROM_FROMKIND_TO_TOKIND_SEQ}. */
    static String pattern(FileKind kind, NameForm form) {
        return parts(kind, form).stream().map(NameShape::token).collect(Collectors.joining("_"));
    }

    private static String token(NamePart part) {
        return switch (part) {
            case MONTH -> "MONTH";
            case SENDER -> "FROM";
            case SENDER_KIND -> "FROMKIND";
            case RECIPIENT -> "TO";
            case RECIPIENT_KIND -> "TOKIND";
            case SEQ -> "SEQ";
            case BRANCH -> "BRANCH";
        };
    }

    /** The canonical extension of the kind, without the dot. */
    static String canonicalExtension(FileKind kind) {
        return kind.image() ? "jpg" : "CSV";
    }

    /** Whether {@code ext} is acceptable for the kind at all (any case of CSV / JPG, ASCII only). */
    static boolean extensionFits(FileKind kind, String ext) {
        return ext.length() == 3 && ext.regionMatches(true, 0, canonicalExtension(kind), 0, 3)
                && ext.chars().allMatch(c -> c < 0x80);
    }
}
