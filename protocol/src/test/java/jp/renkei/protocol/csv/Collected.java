package jp.renkei.protocol.csv;

import java.util.ArrayList;
import java.util.List;
import jp.renkei.protocol.validate.Rule;

/** What a scan or a lex reported: every problem and every record, in order. */
final class Collected implements ProblemSink {

    record Problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
    }

    final List<Problem> problems = new ArrayList<>();
    final List<RawRecord> records = new ArrayList<>();

    @Override
    public void problem(Rule rule, int record, long line, long byteOffset, String message, String messageJa) {
        problems.add(new Problem(rule, record, line, byteOffset, message, messageJa));
    }

    List<Rule> rules() {
        return problems.stream().map(Problem::rule).toList();
    }

    Problem only(Rule rule) {
        List<Problem> matching = problems.stream().filter(p -> p.rule() == rule).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + rule + " in " + problems);
        }
        return matching.get(0);
    }
}
