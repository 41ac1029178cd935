package jp.renkei.protocol.generate;

import java.util.List;

/**
 * One generated sending unit (spec §7.1): the files that share sender, recipient and ファイル連番. The kind codes
 * are those of the v4 name form (also given for v3 units, whose names do not carry them).
 */
public record SendingUnit(UnitType type, String sender, String senderKind, String recipient, String recipientKind,
        String sequence, List<GeneratedFile> files) {

    public SendingUnit {
        files = List.copyOf(files);
    }
}
