package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.RecordTap;
import jp.renkei.protocol.validate.Validator;

/** The validation step of an upload: the standard's validator and the file-name parse used for routing. */
public interface UploadValidation {

    /** File-level rules only, showing {@code tap} (may be null) the file as it is read. */
    FileReport validateFile(String name, byte[] content, RecordTap tap);

    /**
     * Every file, then the sending units. {@code lastAcceptedSequence} may be null; {@code taps} gives each file's
     * tap by name (null: none).
     */
    BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence,
            Function<String, RecordTap> taps);

    /** The parsed name when it fits a form of spec §2 (sender, recipient, kinds, SEQ); empty otherwise. */
    Optional<FileName> parseName(String fileName);

    /** The production step: the protocol {@link Validator}. */
    static UploadValidation standard() {
        return new ProtocolValidation(new Validator());
    }
}
