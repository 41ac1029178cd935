package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.Validator;

/** The validation step of an upload: the standard's validator and the file-name parse used for routing. */
public interface UploadValidation {

    /** File-level rules only. */
    FileReport validateFile(String name, byte[] content);

    /** Every file, then the sending units. {@code lastAcceptedSequence} may be null. */
    BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence);

    /** The parsed name when it fits a form of spec §2 (sender, recipient, kinds, SEQ); empty otherwise. */
    Optional<FileName> parseName(String fileName);

    /** The production step: the protocol {@link Validator}. */
    static UploadValidation standard() {
        return new ProtocolValidation(new Validator());
    }
}
