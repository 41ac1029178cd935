package jp.renkei.gateway.mailbox;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.renkei.protocol.layout.ServiceKinds;
import jp.renkei.protocol.name.FileName;
import jp.renkei.protocol.name.FileNames;
import jp.renkei.protocol.validate.BatchReport;
import jp.renkei.protocol.validate.FileReport;
import jp.renkei.protocol.validate.RecordTap;
import jp.renkei.protocol.validate.Validator;

/** Validation by the protocol's {@link Validator}; names are parsed by {@link FileNames} for routing. */
final class ProtocolValidation implements UploadValidation {

    private final Validator validator;
    private final ServiceKinds kinds = ServiceKinds.defaults();

    ProtocolValidation(Validator validator) {
        this.validator = validator;
    }

    @Override
    public FileReport validateFile(String name, byte[] content, RecordTap tap) {
        return validator.validateFile(name, content, tap);
    }

    @Override
    public BatchReport validateBatch(List<Validator.Named> files, String lastAcceptedSequence,
            Function<String, RecordTap> taps) {
        return validator.validateBatch(files, lastAcceptedSequence, taps);
    }

    @Override
    public Optional<FileName> parseName(String fileName) {
        return Optional.ofNullable(FileNames.parse(fileName, kinds).name());
    }
}
