package jp.renkei.protocol.validate;

import static jp.renkei.protocol.FileKind.DLTPLAN;
import static jp.renkei.protocol.FileKind.UP1KYO;
import static jp.renkei.protocol.FileKind.UP2KYO;
import static jp.renkei.protocol.FileKind.UP3KYO;
import static jp.renkei.protocol.FileKind.UPHOSOKU;
import static jp.renkei.protocol.FileKind.UPKIHON;
import static jp.renkei.protocol.FileKind.UPKIHON_SUB1;
import static jp.renkei.protocol.FileKind.UPKIHON_SUB2;
import static jp.renkei.protocol.FileKind.UPPLAN;
import static jp.renkei.protocol.FileKind.UPSIKYU;
import static jp.renkei.protocol.FileKind.UPYOBO;
import static jp.renkei.protocol.FileKind.UPYOBO_SUB;
import static jp.renkei.protocol.validate.Case.basicInfoSet;
import static jp.renkei.protocol.validate.Case.breaks;
import static jp.renkei.protocol.validate.Case.passes;
import static jp.renkei.protocol.validate.Case.planSet;
import static jp.renkei.protocol.validate.Case.serviceUseSet;
import static jp.renkei.protocol.validate.Case.unit;
import static jp.renkei.protocol.validate.Case.with;
import static jp.renkei.protocol.validate.Case.without;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.renkei.protocol.name.FileName;

/** Rule table, part 3: sending units (spec §6.3.8), images and SEQ. */
final class UnitRuleTable {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    static final String IMAGE = FileName.image(Fixture.CARE, Fixture.CARE_KIND, Fixture.SERVICE, Fixture.SERVICE_KIND,
            Fixture.SEQ, "0001").format();

    private UnitRuleTable() {
    }

    static List<Validator.Named> named(Fixture[] set, Validator.Named... extra) {
        List<Validator.Named> files = new ArrayList<>(Arrays.stream(set).map(Fixture::named).toList());
        files.addAll(List.of(extra));
        return files;
    }

    static Fixture[] preventivePlanSet() {
        return new Fixture[] {Fixture.of(UPYOBO), Fixture.of(UPYOBO_SUB)};
    }

    static List<Case> cases() {
        Fixture[] kihonWithImage = with(basicInfoSet(), Fixture.of(UPKIHON).set("familyImageFileName", IMAGE));
        return List.of(
            breaks(Rule.DEL_001, "DLTPLAN with UPPLAN", unit(Fixture.of(DLTPLAN), Fixture.of(UPPLAN))),
            passes(Rule.DEL_001, "DLTPLAN alone", unit(Fixture.of(DLTPLAN))),
            breaks(Rule.SET_001, "UP1KYO with UPPLAN", unit(Fixture.of(UP1KYO), Fixture.of(UPPLAN))),
            breaks(Rule.SET_001, "two UP2KYO files", unit(concat(planSet(), new Fixture[] {Fixture.of(UP2KYO)}))),
            breaks(Rule.SET_001, "a 利用票 UPHOSOKU in a plan set", unit(with(planSet(), Fixture.of(UPHOSOKU)))),
            breaks(Rule.SET_001, "U2 files of two months", unit(with(serviceUseSet(), Fixture.of(UPHOSOKU)
                    .month("202506")))),
            passes(Rule.SET_001, "a complete plan set", unit(planSet())),
            passes(Rule.SET_001, "U8 with U7 members", unit(concat(preventivePlanSet(), basicInfoSet()))),
            breaks(Rule.SET_002, "UP2KYO without UP1KYO", unit(Fixture.of(UP2KYO))),
            breaks(Rule.SET_002, "UPKIHON_SUB1 without UPKIHON", unit(Fixture.of(UPKIHON_SUB1))),
            passes(Rule.SET_002, "a complete 利用票 set", unit(serviceUseSet())),
            breaks(Rule.SET_003, "U2 without UPSIKYU", unit(without(serviceUseSet(), UPSIKYU))),
            breaks(Rule.SET_003, "U7 without SUB2", unit(without(basicInfoSet(), UPKIHON_SUB2))),
            breaks(Rule.SET_003, "U8 without UPYOBO_SUB", unit(Fixture.of(UPYOBO))),
            passes(Rule.SET_003, "a complete U7", unit(basicInfoSet())),
            breaks(Rule.SET_004, "UP2KYO as 202504", unit(with(planSet(), Fixture.of(UP2KYO).version("202504")))),
            passes(Rule.SET_004, "one version", unit(planSet())),
            breaks(Rule.SET_005, "a v4 plan set without UP3KYO", unit(without(planSet(), UP3KYO))),
            passes(Rule.SET_005, "a v3 plan set without UP3KYO", unit(Fixture.of(UP1KYO).v3(), Fixture.of(UP2KYO).v3(),
                    Fixture.of(UPHOSOKU).v3().month("000000"))),
            breaks(Rule.SET_010, "UP2KYO of another plan date", unit(with(planSet(), Fixture.of(UP2KYO)
                    .set("planDate", "20250402")))),
            breaks(Rule.SET_010, "plan-set UPHOSOKU of another user", unit(with(planSet(), Fixture.of(UPHOSOKU)
                    .month("000000").set("insuredNumber", "0000099999")))),
            passes(Rule.SET_010, "matching plan keys", unit(planSet())),
            breaks(Rule.SET_011, "UPSIKYU of another user", unit(with(serviceUseSet(), Fixture.of(UPSIKYU)
                    .set("insuredNumber", "0000099999")))),
            passes(Rule.SET_011, "matching user-months", unit(serviceUseSet())),
            breaks(Rule.SET_012, "a plan without 2表 records", unit(with(planSet(), Fixture.of(UP1KYO)
                    .add("planDate", "20250402")))),
            breaks(Rule.SET_012, "a user-month without UPSIKYU rows", unit(with(serviceUseSet(), Fixture.of(UPPLAN)
                    .add("insuredNumber", "0000099999")))),
            passes(Rule.SET_012, "every plan with children", unit(planSet())),
            breaks(Rule.SET_013, "SUB1 of another 相談日", unit(with(basicInfoSet(), Fixture.of(UPKIHON_SUB1)
                    .set("consultationDate", "20250402")))),
            breaks(Rule.SET_013, "UPYOBO_SUB of another plan", unit(with(preventivePlanSet(), Fixture.of(UPYOBO_SUB)
                    .set("planDate", "20250402")))),
            passes(Rule.SET_013, "matching 相談日", unit(basicInfoSet())),
            breaks(Rule.SET_014, "No.62 names a missing image", unit(kihonWithImage)),
            breaks(Rule.SET_014, "an image nobody names", unit(named(basicInfoSet(),
                    new Validator.Named(IMAGE, JPEG)), null)),
            passes(Rule.SET_014, "No.62 names the unit's image", unit(named(kihonWithImage,
                    new Validator.Named(IMAGE, JPEG)), null)),
            breaks(Rule.IMG_001, "an image that is a PNG", unit(named(kihonWithImage, new Validator.Named(IMAGE,
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'})), null)),
            breaks(Rule.IMG_001, "an empty image", unit(named(kihonWithImage, new Validator.Named(IMAGE,
                    new byte[0])), null)),
            passes(Rule.IMG_001, "a JPEG", unit(named(kihonWithImage, new Validator.Named(IMAGE, JPEG)), null)),
            breaks(Rule.SEQ_001, "a replayed SEQ", unit(named(planSet()), Fixture.SEQ)),
            breaks(Rule.SEQ_001, "an older SEQ", unit(named(planSet()), "20250501000000")),
            passes(Rule.SEQ_001, "a newer SEQ", unit(named(planSet()), "20250401000000")),
            passes(Rule.SEQ_001, "several units: SEQ-001 not evaluated", unit(named(planSet(),
                    Fixture.of(DLTPLAN).name(FileName.v4(DLTPLAN, "202505", Fixture.CARE, Fixture.CARE_KIND,
                    Fixture.SERVICE, Fixture.SERVICE_KIND, "20250420170502").format()).named()), "20250501000000")));
    }

    private static Fixture[] concat(Fixture[] a, Fixture[] b) {
        List<Fixture> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(new Fixture[0]);
    }
}
