package jp.renkei.protocol.validate;

import java.util.List;

/** The report on a batch of files (one upload): each file's report and each sending unit's verdict. */
public record BatchReport(List<FileReport> files, List<UnitReport> units) {

    public BatchReport {
        files = List.copyOf(files);
        units = List.copyOf(units);
    }

    /** Accepted when every unit is accepted (a unit is accepted or rejected as a whole). */
    public boolean accepted() {
        return units.stream().allMatch(UnitReport::accepted);
    }
}
