package jp.renkei.protocol.validate;

import java.util.function.Consumer;
import jp.renkei.protocol.csv.ProblemSink;
import jp.renkei.protocol.csv.RawRecord;

/**
 * Sees what the validator reads, as it reads it: every problem the byte scan and the lexer report, and every record
 * the lexer makes, in file order. Lets a caller that needs something of each record (a gateway reading the users of
 * a plan for its metering) have it from the validator's one pass instead of lexing the file again. A record is only
 * valid during the call; a tap copies what it keeps. A tap sees a record even where validation then stops.
 */
public interface RecordTap extends ProblemSink, Consumer<RawRecord> {
}
