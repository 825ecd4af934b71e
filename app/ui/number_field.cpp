#include "number_field.h"

#include <imgui.h>

#include <array>
#include <cmath>
#include <map>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>

#include "engine/plan.h"
#include "present/field_number.h"
#include "present/format.h"

namespace roster::ui {
namespace {

// The text of a field being typed in: ImGui keeps its own copy while the field is active, but
// hands the typed text back through this buffer, which must outlive the frame. By field: a click
// into another field can activate that one before this one sees that it was left.
using Buffer = std::array<char, 96>;
std::map<ImGuiID, Buffer> g_editing;
std::vector<Message> g_notes;

// The field: `hint` (greyed) instead of a zero when given, `suffix` after the digits ("%").
bool edit_number(const char* label, double& value, int decimals, const char* hint, const char* suffix) {
    const ImGuiID id = ImGui::GetID(label);
    const bool blank = hint && value == 0.0;
    const std::string shown = blank ? "" : present::field_text(value, decimals) + suffix;
    const std::string said = blank ? std::string(hint) : shown;
    Buffer local{};
    std::snprintf(local.data(), local.size(), "%s", shown.c_str());
    const auto found = g_editing.find(id);
    char* buffer = found != g_editing.end() ? found->second.data() : local.data();
    // A click selects the whole number, so that typing replaces it, as in a spreadsheet's cell.
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_AutoSelectAll;
    if (hint) ImGui::InputTextWithHint(label, hint, buffer, local.size(), flags);
    else ImGui::InputText(label, buffer, local.size(), flags);
    if (ImGui::IsItemActivated() && found == g_editing.end()) g_editing[id] = local;
    if (!ImGui::IsItemDeactivated()) return false;
    const bool edited = ImGui::IsItemDeactivatedAfterEdit();
    const auto kept = g_editing.find(id);
    const std::string typed = kept != g_editing.end() ? kept->second.data() : local.data();
    if (kept != g_editing.end()) g_editing.erase(kept);
    if (!edited) return false;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        g_notes.push_back(Message(MessageId::EditCancelled).text("value", said));
        return false;
    }
    // An emptied field means zero (the fields' "0: none"); anything else must read as a number.
    const bool emptied = typed.find_first_not_of(" \t") == std::string::npos;
    const std::optional<double> number = emptied ? std::optional<double>(0.0) : present::parse_field_number(typed);
    if (!number) {
        g_notes.push_back(Message(MessageId::NumberUnread).text("text", typed).text("value", said));
        return false;
    }
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(*number * scale) / scale;
    if (rounded == value) return false;
    value = rounded;
    return true;
}

}  // namespace

bool number_field(const char* label, double& value, int decimals, const char* hint) {
    return edit_number(label, value, decimals, hint, "");
}

bool percent_field_with_default(const char* label, std::int32_t& ppm, const std::string& default_text) {
    double percent = ppm / 10'000.0;
    if (!edit_number(label, percent, 2, default_text.c_str(), present::display_language() == present::Language::French
                                                                   ? "\u202F%"
                                                                   : " %"))
        return false;
    ppm = ppm_from_fraction(percent / 100.0);
    return true;
}

bool grouped_money_field(const char* label, std::int64_t& cents) {
    double units = units_from_cents(cents);
    if (!number_field(label, units, 2)) return false;
    cents = cents_from_units(units);
    return true;
}

bool grouped_count_field(const char* label, long long& count) {
    double value = static_cast<double>(count);
    if (!number_field(label, value, 0)) return false;
    count = static_cast<long long>(std::llround(value));
    return true;
}

std::vector<Message> take_field_notes() { return std::exchange(g_notes, {}); }

}  // namespace roster::ui
