package jp.renkei.protocol.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import jp.renkei.protocol.FileKind;
import jp.renkei.protocol.LayoutGeneration;
import jp.renkei.protocol.layout.Item;
import jp.renkei.protocol.layout.Layout;
import jp.renkei.protocol.layout.Layouts;
import org.junit.jupiter.api.Test;

class CareplanRecordTest {

    @Test
    void everyLayoutReadsIntoItsRecordAndWritesBackTheSameFields() {
        for (Layout layout : Layouts.all()) {
            List<String> fields = distinctValues(layout.size());
            CareplanRecord record = CareplanRecord.of(layout.kind(), fields, layout.generation());
            assertThat(record.kind()).isEqualTo(layout.kind());
            assertThat(record.fields(layout.generation())).as(layout.kind() + " " + layout.generation())
                    .isEqualTo(fields);
            for (Item item : layout.items()) {
                assertThat(record.field(item.key())).isEqualTo(fields.get(item.no() - 1));
            }
        }
    }

    @Test
    void recordComponentsAreTheCatalogueKeysInV4Order() throws ReflectiveOperationException {
        for (Layout layout : Layouts.all()) {
            if (layout.generation() != LayoutGeneration.V4) {
                continue;
            }
            CareplanRecord record =
                    CareplanRecord.of(layout.kind(), distinctValues(layout.size()), layout.generation());
            RecordComponent[] components = record.getClass().getRecordComponents();
            assertThat(Arrays.stream(components).map(RecordComponent::getName).toList())
                    .isEqualTo(layout.items().stream().map(Item::key).toList());
            for (RecordComponent c : components) {
                assertThat(c.getAccessor().invoke(record)).isEqualTo(record.field(c.getName()));
            }
        }
    }

    @Test
    void v3RecordsHaveEmptyValuesForItemsAddedInV4() {
        List<String> fields = distinctValues(22);
        UpPlan plan = (UpPlan) CareplanRecord.of(FileKind.UPPLAN, fields, LayoutGeneration.V3);
        assertThat(plan.taisCode()).isEmpty();
        assertThat(plan.equipmentNotificationCode()).isEmpty();
        assertThat(plan.equipmentName()).isEmpty();
        assertThat(plan.detailNo()).isEqualTo("v16");
        assertThat(plan.identifier()).isEqualTo("v22");
        assertThat(plan.v4Fields()).hasSize(25);

        UpSikyu sikyu = (UpSikyu) CareplanRecord.of(FileKind.UPSIKYU, distinctValues(34), LayoutGeneration.V3);
        assertThat(sikyu.usedDaysToLastMonth()).isEqualTo("v27");
        assertThat(sikyu.taisCode()).isEmpty();
    }

    @Test
    void valuesAreKeptExactlyAsReadWithoutTrimming() {
        List<String> fields = new ArrayList<>(distinctValues(4));
        fields.set(3, " 202505 ");
        DltPlan record = (DltPlan) CareplanRecord.of(FileKind.DLTPLAN, fields, LayoutGeneration.V4);
        assertThat(record.deletionMonth()).isEqualTo(" 202505 ");
    }

    @Test
    void writingAsV3RefusesToDropANonEmptyV4OnlyItem() {
        CareplanRecord v4 = CareplanRecord.of(FileKind.UPPLAN, distinctValues(25), LayoutGeneration.V4);
        assertThatThrownBy(() -> v4.fields(LayoutGeneration.V3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No.16");
    }

    @Test
    void v4OnlyKindsHaveNoV3Fields() {
        CareplanRecord v4 = CareplanRecord.of(FileKind.UP3KYO, distinctValues(13), LayoutGeneration.V4);
        assertThatThrownBy(() -> v4.fields(LayoutGeneration.V3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CareplanRecord.of(FileKind.UP3KYO, distinctValues(13), LayoutGeneration.V3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAWrongFieldCountAndTheImageKind() {
        assertThatThrownBy(() -> CareplanRecord.of(FileKind.UPPLAN, distinctValues(25), LayoutGeneration.V3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("22");
        assertThatThrownBy(() -> CareplanRecord.of(FileKind.UPKIHON_IMAGE, List.of(), LayoutGeneration.V4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownKeysAndNullValuesAreRefused() {
        CareplanRecord record = CareplanRecord.of(FileKind.DLTJSK, distinctValues(6), LayoutGeneration.V4);
        assertThatThrownBy(() -> record.field("taisCode")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DltPlan("202407", "131001", null, "202505"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("No.3");
    }

    @Test
    void sameValuesMakeEqualRecords() {
        List<String> fields = distinctValues(37);
        assertThat(CareplanRecord.of(FileKind.UPSIKYU, fields, LayoutGeneration.V4))
                .isEqualTo(CareplanRecord.of(FileKind.UPSIKYU, new ArrayList<>(fields), LayoutGeneration.V4));
    }

    private static List<String> distinctValues(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "v" + i).toList();
    }
}
