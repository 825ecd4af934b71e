// roster import PLAN SHEET [--sheet NAME] [--out NEW_PLAN] [--update] [--mapping FILE] [--save-mapping FILE]
//
// Reads the sheet as the app's preview does (document/sheet_import.h; an Excel workbook, .xlsx,
// through document/workbook_import.h, its first sheet or the one --sheet names), prints what was read, how
// each column is used, every note and refused row with its reason, and the counts; applies the
// import as the app's one edit would, and writes the plan to NEW_PLAN. Exit 1 when no row could
// be imported (or a file cannot be read), 2 on a usage mistake.
#include <cstdio>
#include <iostream>
#include <sstream>

#include "document/commands.h"
#include "document/sheet_import.h"
#include "document/workbook_import.h"
#include "present/message_render.h"
#include "command_input.h"
#include "sheet_commands.h"
#include "storage/plan_file.h"
#include "storage/sheet_mapping.h"

namespace roster::cli {
namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

void say(const Message& m, const char* indent = "") { std::cout << indent << present::render(m) << "\n"; }

// A workbook by its name (.xlsx, .xlsm, .xls) or by its first bytes (a zip file, or an old or
// password-protected workbook): the workbook reader then says what it is, rather than the CSV
// reader refusing binary bytes.
bool is_workbook(const std::string& path, const std::string& bytes) {
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    auto ends = [&lower](const char* tail) {
        const std::string t(tail);
        return lower.size() >= t.size() && lower.compare(lower.size() - t.size(), t.size(), t) == 0;
    };
    return ends(".xlsx") || ends(".xlsm") || ends(".xls") || storage::looks_like_workbook(bytes);
}

}  // namespace

int import_command(const std::vector<std::string>& args) {
    std::string plan_path, sheet_path, out_path, mapping_path, save_mapping_path, sheet_name;
    bool sheet_given = false;
    ImportMode mode = ImportMode::Add;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--update") {
            mode = ImportMode::Update;
        } else if (a == "--out" || a == "--mapping" || a == "--save-mapping" || a == "--sheet") {
            if (i + 1 >= args.size()) {
                complain(Message(MessageId::CliOptionNeedsValue).text("option", a));
                return kUsage;
            }
            if (a == "--sheet") sheet_given = true;
            (a == "--out" ? out_path : a == "--mapping" ? mapping_path : a == "--sheet" ? sheet_name : save_mapping_path) = args[++i];
        } else if (plan_path.empty()) {
            plan_path = a;
        } else if (sheet_path.empty()) {
            sheet_path = a;
        } else {
            complain(Message(MessageId::CliUnexpectedArgument).text("argument", a));
            std::cerr << present::render(Message(MessageId::CliUsage));
            return kUsage;
        }
    }
    if (plan_path.empty() || sheet_path.empty()) {
        std::cerr << present::render(Message(MessageId::CliUsage));
        return kUsage;
    }

    storage::LoadResult loaded;
    if (!load_plan_file(plan_path, loaded)) return kFailed;

    std::optional<storage::SavedMapping> saved;
    if (!mapping_path.empty()) {
        std::string mapping_text;
        if (!read_file_bytes(mapping_path, storage::kMaxMappingBytes, mapping_text)) {
            complain(Message(MessageId::CliCannotOpen).text("path", mapping_path));
            return kFailed;
        }
        storage::MappingLoad m = storage::load_mapping(mapping_text);
        if (!m.ok) {
            complain(Message(MessageId::CliAboutFile).text("path", mapping_path).nested("message", m.problem));
            return kFailed;
        }
        saved = std::move(m.mapping);
    }

    const storage::SheetReadOptions options;
    std::string bytes;
    if (!read_file_bytes(sheet_path, options.limits.max_bytes, bytes)) {
        complain(Message(MessageId::CliCannotOpen).text("path", sheet_path));
        return kFailed;
    }
    const bool workbook = is_workbook(sheet_path, bytes);
    if (sheet_given && !workbook) {
        complain(Message(MessageId::WorkbookSheetOptionForCsv));
        return kUsage;
    }
    WorkbookPreview book;
    if (workbook) {
        book = preview_workbook(bytes, sheet_name, loaded.plan, mode, saved ? &*saved : nullptr);
        if (!book.ok) {
            complain(Message(MessageId::CliAboutFile).text("path", sheet_path).nested("message", book.problem));
            return kFailed;
        }
    } else {
        book.preview = preview_sheet(bytes, loaded.plan, mode, saved ? &*saved : nullptr, options);
        if (!book.preview.ok) {
            complain(Message(MessageId::CliAboutFile).text("path", sheet_path).nested("message", book.preview.problem));
            return kFailed;
        }
    }
    const SheetPreview& preview = book.preview;
    say(workbook ? workbook_read_summary(book) : read_summary(preview.sheet));
    for (const Message& note : book.notes) say(note);
    for (std::size_t c = 0; c < preview.mapping.headers.size(); ++c) say(column_message(preview.mapping, c), "  ");
    if (!save_mapping_path.empty()) {
        if (!write_file_bytes(save_mapping_path, storage::save_mapping(preview.mapping))) {
            complain(Message(MessageId::CliCannotOpen).text("path", save_mapping_path));
            return kFailed;
        }
        say(Message(MessageId::CliMappingSaved).text("path", save_mapping_path));
    }
    const SheetImport& import = preview.import;
    if (import.problem) {
        complain(Message(MessageId::CliAboutFile).text("path", sheet_path).nested("message", *import.problem));
        return kFailed;
    }
    if (import.empty_rows > 0) say(Message(MessageId::SheetSkippedEmpty).count("n", static_cast<double>(import.empty_rows)));
    if (import.total_row) say(Message(MessageId::SheetSkippedTotal).integer("row", static_cast<double>(*import.total_row)));
    for (const SheetIssue& note : import.notes) say(note.message());
    for (const SheetIssue& refused : import.refused) say(refused.message());
    say(import.counts());
    if (import.nothing_to_import()) {
        complain(Message(MessageId::SheetNothingToImport));
        return kFailed;
    }
    Plan plan = loaded.plan;
    if (const ApplyResult r = roster::apply(plan, import.command()); !r.ok) {
        complain(Message(MessageId::CliAboutFile).text("path", sheet_path).nested("message", r.message));
        return kFailed;
    }
    if (out_path.empty()) {
        say(Message(MessageId::CliImportNotWritten));
        return kOk;
    }
    if (!write_file_bytes(out_path, storage::save_plan(plan))) {
        complain(Message(MessageId::CliCannotOpen).text("path", out_path));
        return kFailed;
    }
    say(Message(MessageId::CliImportWrote).text("path", out_path).count("creators", static_cast<double>(plan.creators.size())));
    return kOk;
}

}  // namespace roster::cli
