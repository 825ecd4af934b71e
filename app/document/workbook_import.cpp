#include "workbook_import.h"

namespace roster {

WorkbookPreview preview_workbook(std::string_view bytes, std::string_view sheet_name, const Plan& plan, ImportMode mode,
                                 const storage::SavedMapping* remembered, const storage::WorkbookLimits& limits) {
    WorkbookPreview out;
    storage::WorkbookRead read = storage::read_workbook(bytes, sheet_name, limits);
    out.sheet_names = std::move(read.sheet_names);
    if (!read.ok) {
        out.problem = std::move(read.problem);
        return out;
    }
    out.sheet_name = std::move(read.sheet_name);
    out.notes = std::move(read.notes);
    // From here on, exactly what preview_sheet does with a CSV file's rows.
    SheetPreview& p = out.preview;
    p.sheet = std::move(read.sheet);
    const std::vector<std::string> headers = sheet_headers(p.sheet);
    p.mapping = remembered ? storage::apply_saved_mapping(headers, *remembered) : storage::automatic_mapping(headers);
    p.import = import_sheet(p.sheet, p.mapping, plan, mode);
    p.ok = true;
    out.ok = true;
    return out;
}

Message workbook_read_summary(const WorkbookPreview& preview) {
    const storage::Sheet& sheet = preview.preview.sheet;
    return Message(MessageId::WorkbookReadSummary)
        .count("rows", static_cast<double>(sheet.rows() > 0 ? sheet.rows() - 1 : 0))
        .count("columns", static_cast<double>(sheet.width()))
        .text("sheet", preview.sheet_name)
        .count("sheets", static_cast<double>(preview.sheet_names.size()));
}

}  // namespace roster
