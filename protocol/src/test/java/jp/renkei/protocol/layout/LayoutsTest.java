package jp.renkei.protocol.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutsTest {

    /** Names a typed record cannot use as components (they clash with its methods). */
    private static final Set<String> RESERVED = Set.of("kind", "fields", "hashCode", "toString", "equals",
            "getClass", "notify", "notifyAll", "wait", "of", "clone", "finalize");

    @ParameterizedTest
    @EnumSource(LayoutGeneration.class)
    void everyCsvKindHasTheItemCountOfItsGeneration(LayoutGeneration g) {
        for (FileKind kind : FileKind.values()) {
            int expected = kind.itemCount(g);
            if (expected == 0) {
                assertThat(Layouts.find(kind, g)).as(kind + " " + g).isEmpty();
                assertThatThrownBy(() -> Layouts.of(kind, g)).isInstanceOf(IllegalArgumentException.class);
            } else {
                Layout layout = Layouts.of(kind, g);
                assertThat(layout.size()).as(kind + " " + g).isEqualTo(expected);
                assertThat(layout.kind()).isEqualTo(kind);
                assertThat(layout.generation()).isEqualTo(g);
            }
        }
    }

    @Test
    void allListsSeventeenV4AndNineV3Layouts() {
        assertThat(Layouts.all().stream().map(l -> l.kind() + " " + l.generation()).toList()).hasSize(17 + 9);
        assertThat(Layouts.all().stream().filter(l -> l.generation() == LayoutGeneration.V3))
                .extracting(Layout::kind)
                .containsExactly(FileKind.UPHOSOKU, FileKind.UP1KYO, FileKind.DLT1KYO, FileKind.UP2KYO,
                        FileKind.UPPLAN, FileKind.DLTPLAN, FileKind.UPJSK, FileKind.DLTJSK, FileKind.UPSIKYU);
    }

    @Test
    void itemsAreNumberedByPositionWithUniqueJavaIdentifierKeys() {
        for (Layout layout : Layouts.all()) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < layout.size(); i++) {
                Item item = layout.items().get(i);
                assertThat(item.no()).as(layout.kind() + " " + item).isEqualTo(i + 1);
                assertThat(keys.add(item.key())).as("duplicate key " + item.key()).isTrue();
                assertThat(item.key()).matches("[a-z][A-Za-z0-9]*").isNotIn(RESERVED);
                assertThat(layout.item(item.key())).isSameAs(item);
            }
        }
    }

    @Test
    void everyLayoutStartsWithVersionInsurerAndInsured() {
        for (Layout layout : Layouts.all()) {
            assertThat(layout.items().subList(0, 3)).extracting(Item::key, Item::name, Item::maxLength,
                    Item::requirement, Item::format).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("csvVersion", "CSVバージョン", 6, Requirement.REQUIRED,
                            Format.VER),
                    org.assertj.core.groups.Tuple.tuple("insurerNumber", "保険者番号", 6, Requirement.REQUIRED,
                            Format.INSURER),
                    org.assertj.core.groups.Tuple.tuple("insuredNumber", "被保険者番号", 10, Requirement.REQUIRED,
                            Format.INSURED));
        }
    }

    @Test
    void codedItemsAndOnlyThoseCarryACodeTable() {
        for (Layout layout : Layouts.all()) {
            for (Item item : layout.items()) {
                assertThat(item.codes() != null).as(layout.kind() + " " + item.key())
                        .isEqualTo(item.format() == Format.CODE);
                assertThat(item.freeText()).as(layout.kind() + " " + item.key())
                        .isEqualTo(item.format() == Format.TEXT);
            }
        }
    }

    @Test
    void everyV3ItemIsTheSameItemUnderTheSameKeyInV4() {
        for (Layout v3 : Layouts.all()) {
            if (v3.generation() != LayoutGeneration.V3) {
                continue;
            }
            Layout v4 = Layouts.of(v3.kind(), LayoutGeneration.V4);
            for (Item old : v3.items()) {
                Item now = v4.item(old.key());
                assertThat(now).as(v3.kind() + " " + old.key()).isNotNull();
                assertThat(now.name()).isEqualTo(old.name());
                assertThat(now.requirement()).isEqualTo(old.requirement());
                assertThat(now.format()).isEqualTo(old.format());
                assertThat(now.codes()).isEqualTo(old.codes());
                if (!old.key().equals("countOrDays")) {
                    assertThat(now.maxLength()).as(old.key()).isEqualTo(old.maxLength());
                }
            }
        }
    }

    @Test
    void layoutsUnchangedSinceV3AreIdenticalInBothGenerations() {
        for (FileKind kind : List.of(FileKind.UPHOSOKU, FileKind.UP1KYO, FileKind.DLT1KYO, FileKind.UP2KYO,
                FileKind.DLTPLAN, FileKind.DLTJSK)) {
            assertThat(Layouts.of(kind, LayoutGeneration.V3).items())
                    .isEqualTo(Layouts.of(kind, LayoutGeneration.V4).items());
        }
    }

    @Test
    void sixthTableV3LacksTheThreeEquipmentItemsAndShiftsTheRestByThree() {
        for (FileKind kind : List.of(FileKind.UPPLAN, FileKind.UPJSK)) {
            Layout v3 = Layouts.of(kind, LayoutGeneration.V3);
            Layout v4 = Layouts.of(kind, LayoutGeneration.V4);
            assertThat(v4KeysMissingFrom(v3, v4)).containsExactly("taisCode", "equipmentNotificationCode",
                    "equipmentName");
            for (int no = 1; no <= 22; no++) {
                int v4No = no <= 15 ? no : no + 3;
                assertThat(v4.item(v3.item(no).key()).no()).as("v3 No." + no).isEqualTo(v4No);
            }
            assertThat(v3.item(16).name()).isEqualTo("明細判別コード");
            assertThat(v3.item(22).name()).isEqualTo("識別子");
        }
    }

    @Test
    void seventhTableV3LacksTheEquipmentItemsAndHasTwoDigitCounts() {
        Layout v3 = Layouts.of(FileKind.UPSIKYU, LayoutGeneration.V3);
        Layout v4 = Layouts.of(FileKind.UPSIKYU, LayoutGeneration.V4);
        assertThat(v4KeysMissingFrom(v3, v4)).containsExactly("taisCode", "equipmentNotificationCode",
                "equipmentName");
        for (int no = 1; no <= 34; no++) {
            int v4No = no <= 9 ? no : no + 3;
            assertThat(v4.item(v3.item(no).key()).no()).as("v3 No." + no).isEqualTo(v4No);
        }
        assertThat(v3.item(13)).extracting(Item::name, Item::maxLength).containsExactly("回数／日数", 2);
        assertThat(v4.item(16)).extracting(Item::name, Item::maxLength).containsExactly("回数／日数", 3);
        assertThat(v3.item(27)).extracting(Item::name, Item::maxLength, Item::lengthUncertain)
                .containsExactly("前月までの利用日数", 5, true);
        assertThat(Arrays.asList(v3.item(30).name(), v3.item(31).name(), v3.item(32).name(), v3.item(33).name(),
                v3.item(34).name())).containsExactly("３０日超区分", "事業所コード", "入力者コード", "更新業者コード", "識別子");
    }

    @Test
    void daggerItemsOfUpkihonHaveUncertainLengthAndFormat() {
        Layout kihon = Layouts.of(FileKind.UPKIHON, LayoutGeneration.V4);
        for (Item item : kihon.items()) {
            boolean dagger = item.no() >= 11 && item.no() <= 20;
            assertThat(item.lengthUncertain()).as(item.key()).isEqualTo(dagger);
            assertThat(item.formatUncertain()).as(item.key()).isEqualTo(dagger);
        }
        assertThat(kihon.item(16)).extracting(Item::key, Item::format, Item::codes)
                .containsExactly("userSex", Format.CODE, CodeTable.SEX);
    }

    @Test
    void uncertainFlagsAreSetExactlyWhereSection64SaysSo() {
        Set<String> lengths = uncertain(true);
        Set<String> formats = uncertain(false);
        assertThat(lengths).containsExactlyInAnyOrder("UPPLAN V3 detailNo", "UPPLAN V4 detailNo",
                "UPJSK V3 detailNo", "UPJSK V4 detailNo", "UPSIKYU V3 serviceUnitAmount",
                "UPSIKYU V4 serviceUnitAmount", "UPSIKYU V3 usedDaysToLastMonth", "UPSIKYU V4 usedDaysToLastMonth");
        assertThat(formats).containsExactlyInAnyOrder("UPSIKYU V3 updaterCode", "UPSIKYU V4 updaterCode");
    }

    private static Set<String> uncertain(boolean length) {
        return Layouts.all().stream()
                .flatMap(l -> l.items().stream()
                        .filter(i -> length ? i.lengthUncertain() : i.formatUncertain())
                        .map(i -> l.kind() + " " + l.generation() + " " + i.key()))
                .filter(s -> !s.startsWith("UPKIHON "))
                .collect(Collectors.toSet());
    }

    private static List<String> v4KeysMissingFrom(Layout v3, Layout v4) {
        return v4.items().stream().map(Item::key).filter(k -> v3.item(k) == null).toList();
    }
}
