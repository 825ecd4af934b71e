#include "view_context.h"

#include <imgui.h>

#include "present/message_render.h"

namespace roster::ui {

std::string StatusMessage::text() const {
    std::string out;
    for (const roster::Message& m : parts) out += (out.empty() ? "" : " ") + present::render(m);
    return out;
}

void ViewContext::mark(const std::string& id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    landmarks[id] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

void ViewContext::copyable(present::ExportTable table) {
    // Over the item and not under another window (a popup, a window in front).
    if (ImGui::IsMouseHoveringRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows))
        table_under_mouse = table;
}

}  // namespace roster::ui
