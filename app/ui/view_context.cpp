#include "view_context.h"

#include <imgui.h>

namespace roster::ui {

void ViewContext::mark(const std::string& id) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    landmarks[id] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

}  // namespace roster::ui
