#include "currency_combo.h"

#include <imgui.h>

#include <cstdio>
#include <string>

#include "document/currency_change.h"
#include "engine/currency.h"
#include "present/currency_names.h"
#include "present/format.h"
#include "present/message_render.h"
#include "present/translation.h"

namespace roster::ui {
using namespace roster::present;
namespace {

// One currency choice is open at a time: what is typed to find a currency, and the currency
// waiting for the planner to say what becomes of the typed amounts.
char g_filter[64] = "";
std::string g_pending;

void change(ViewContext& ctx, const std::string& code, bool convert) {
    const SetCurrency command{code, convert};
    for (Message& note : currency_change_notes(ctx.plan, command)) ctx.notes.push_back(std::move(note));
    ctx.commands.push_back(command);
}

const char* kAskTitle = "###currency-change";

void ask(ViewContext& ctx) {
    const std::string title = std::string(tr("Change the currency")) + kAskTitle;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    const CurrencyChangeSummary s = currency_change_summary(ctx.plan, g_pending);
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28);
    ImGui::TextWrapped(tr("From %s to %s. The money defaults (CPMs, EMV rates) follow on their own. The %d amounts you "
                          "typed (fees, budget cap, order value, products, usage rights, amplification, money "
                          "assumptions you set):"),
                       s.from.c_str(), s.to.c_str(), static_cast<int>(s.amounts()));
    ImGui::PopTextWrapPos();
    if (ImGui::Button(tr("Keep the numbers"))) {
        change(ctx, g_pending, false);
        ImGui::CloseCurrentPopup();
    }
    ctx.mark("currency-keep");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr("For a plan typed in the wrong currency: 1,000 stays 1,000, now in the new currency."));
    ImGui::SameLine();
    if (s.rate) {
        char rate[32];
        std::snprintf(rate, sizeof rate, "%.6g", shown_rate(*s.rate));
        if (display_language() == Language::French)
            for (char* c = rate; *c; ++c)
                if (*c == '.') *c = ',';
        const std::string convert = trf("Convert at 1 %s = %s %s (ECB, %s)",
                                        {s.from, std::string(rate), s.to, std::string(kRatesDate)});
        if (ImGui::Button(convert.c_str())) {
            change(ctx, g_pending, true);
            ImGui::CloseCurrentPopup();
        }
        ctx.mark("currency-convert");
    } else {
        ImGui::BeginDisabled();
        ImGui::Button(tr("Convert (no dated rate)"));
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel")) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void currency_combo(ViewContext& ctx, const char* label, float width) {
    const std::string& current = ctx.plan.campaign.currency;
    ImGui::PushID("currency");
    ImGui::SetNextItemWidth(width);
    bool open_ask = false;
    if (ImGui::BeginCombo(label, currency_choice_label(current).c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) {
            g_filter[0] = '\0';
            ImGui::SetKeyboardFocusHere();
        }
        ImGui::SetNextItemWidth(-FLT_MIN);
        const bool enter = ImGui::InputTextWithHint("##find", tr("Code or name"), g_filter, sizeof g_filter,
                                                    ImGuiInputTextFlags_EnterReturnsTrue);
        const auto found = matching_currencies(g_filter);
        std::string chosen;
        for (std::string_view code : found) {
            const bool selected = code == current;
            if (ImGui::Selectable(currency_choice_label(code).c_str(), selected)) chosen = std::string(code);
            if (selected && ImGui::IsWindowAppearing()) ImGui::SetItemDefaultFocus();
        }
        if (found.empty()) ImGui::TextDisabled("%s", tr("No ISO 4217 currency matches."));
        // Enter in the search takes the only match, or the code typed in full.
        if (enter && chosen.empty()) {
            if (found.size() == 1) chosen = std::string(found.front());
            else if (is_iso_currency(normalised_currency(g_filter))) chosen = normalised_currency(g_filter);
        }
        if (!chosen.empty()) {
            ImGui::CloseCurrentPopup();
            if (chosen != current) {
                if (currency_change_summary(ctx.plan, chosen).amounts() == 0) {
                    change(ctx, chosen, false);
                } else {
                    g_pending = chosen;
                    open_ask = true;
                }
            }
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", render(money_defaults(current).note).c_str());
    ctx.mark("campaign-currency");
    if (open_ask) ImGui::OpenPopup((std::string(tr("Change the currency")) + kAskTitle).c_str());
    ask(ctx);
    ImGui::PopID();
}

}  // namespace roster::ui
