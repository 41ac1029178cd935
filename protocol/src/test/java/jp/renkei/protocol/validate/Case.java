package jp.renkei.protocol.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.renkei.protocol.FileKind;

/**
 * One row of the rule table: a rule, whether the input must break it or must not, and the input — one file or a
 * batch, built from valid fixtures with one mutation.
 */
record Case(Rule rule, boolean breaks, String why, Function<Validator, BatchReport> input) {

    static Case breaks(Rule rule, String why, Function<Validator, BatchReport> input) {
        return new Case(rule, true, why, input);
    }

    static Case passes(Rule rule, String why, Function<Validator, BatchReport> input) {
        return new Case(rule, false, why, input);
    }

    /** Every finding of the batch: the files' and the units'. */
    List<Finding> findings(Validator validator) {
        BatchReport report = input.apply(validator);
        List<Finding> all = new ArrayList<>();
        report.files().forEach(f -> all.addAll(f.findings()));
        report.units().forEach(u -> all.addAll(u.findings()));
        return all;
    }

    @Override
    public String toString() {
        return rule.id() + (breaks ? " broken by " : " kept by ") + why;
    }

    static Function<Validator, BatchReport> file(Fixture f) {
        return v -> v.validateBatch(List.of(f.named()), null);
    }

    static Function<Validator, BatchReport> text(Fixture f, Function<String, String> mutation) {
        return raw(f.name(), mutation.apply(f.text()).getBytes(Fixture.MS932));
    }

    static Function<Validator, BatchReport> bytes(Fixture f, Function<byte[], byte[]> mutation) {
        return raw(f.name(), mutation.apply(f.bytes()));
    }

    static Function<Validator, BatchReport> raw(String name, byte[] content) {
        return v -> v.validateBatch(List.of(new Validator.Named(name, content)), null);
    }

    static Function<Validator, BatchReport> utf8(Fixture f, Function<String, String> mutation) {
        return raw(f.name(), mutation.apply(f.text()).getBytes(StandardCharsets.UTF_8));
    }

    static Function<Validator, BatchReport> unit(Fixture... files) {
        return v -> v.validateBatch(Arrays.stream(files).map(Fixture::named).toList(), null);
    }

    static Function<Validator, BatchReport> unit(List<Validator.Named> files, String lastAccepted) {
        return v -> v.validateBatch(files, lastAccepted);
    }

    /** 第1表 plan set U1: UP1KYO, UP2KYO, UP3KYO and UPHOSOKU with MONTH 000000. */
    static Fixture[] planSet() {
        return new Fixture[] {Fixture.of(FileKind.UP1KYO), Fixture.of(FileKind.UP2KYO), Fixture.of(FileKind.UP3KYO),
            Fixture.of(FileKind.UPHOSOKU).month("000000")};
    }

    /** 利用票 set U2: UPPLAN, UPSIKYU, UPHOSOKU of month 202505. */
    static Fixture[] serviceUseSet() {
        return new Fixture[] {Fixture.of(FileKind.UPPLAN), Fixture.of(FileKind.UPSIKYU), Fixture.of(FileKind.UPHOSOKU)};
    }

    /** 利用者基本情報 U7: UPKIHON, SUB1, SUB2. */
    static Fixture[] basicInfoSet() {
        return new Fixture[] {Fixture.of(FileKind.UPKIHON), Fixture.of(FileKind.UPKIHON_SUB1),
            Fixture.of(FileKind.UPKIHON_SUB2)};
    }

    /** A set with one member replaced (same kind) or added. */
    static Fixture[] with(Fixture[] set, Fixture member) {
        List<Fixture> list = new ArrayList<>(Stream.of(set).filter(f -> f.kind() != member.kind()).toList());
        list.add(member);
        return list.toArray(new Fixture[0]);
    }

    static Fixture[] without(Fixture[] set, FileKind kind) {
        return Stream.of(set).filter(f -> f.kind() != kind).toArray(Fixture[]::new);
    }
}
