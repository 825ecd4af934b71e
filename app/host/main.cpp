// Roster's window: SDL2 + OpenGL (WebGL2 in the browser), Dear ImGui, and the workspace.
// The same file builds the browser app and its native twin; the few differences (GL version,
// who drives the loop) are the #ifdef blocks below.
#include <SDL.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl.h>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

#include <cstdio>

#include "frame_pacing.h"
#include "host.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/workspace.h"

namespace {

struct App {
    SDL_Window* window = nullptr;
    SDL_GLContext gl = nullptr;
    roster::ui::Workspace* workspace = nullptr;
    roster::host::FramePacing pacing;
    float pixel_ratio = 0.0f;
    int drawable_w = 0, drawable_h = 0;
    bool first_frame_reported = false;
    bool quit = false;
};

double seconds_now() { return static_cast<double>(SDL_GetTicks64()) / 1000.0; }

// Device pixels per window (CSS) pixel: 2 on most laptops' screens, 1 on plain monitors.
float current_pixel_ratio(SDL_Window* window) {
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    return w > 0 && dw > 0 ? static_cast<float>(dw) / static_cast<float>(w) : 1.0f;
}

void frame(void* arg) {
    App& app = *static_cast<App*>(arg);
    bool had_input = false;
    SDL_Event event;
    while (SDL_PollEvent(&event)) {
        ImGui_ImplSDL2_ProcessEvent(&event);
        had_input = true;
        if (event.type == SDL_QUIT) app.quit = true;
        if (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE) app.quit = true;
    }

    int dw = 0, dh = 0;
    SDL_GL_GetDrawableSize(app.window, &dw, &dh);
    const bool resized = dw != app.drawable_w || dh != app.drawable_h;
    app.drawable_w = dw;
    app.drawable_h = dh;
    const float ratio = current_pixel_ratio(app.window);
    if (ratio != app.pixel_ratio) {
        app.pixel_ratio = ratio;
        roster::ui::load_fonts(ratio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    const bool status_changed = app.workspace->tick(seconds_now());
    if (!app.pacing.next_frame(had_input || status_changed, resized, false)) return;

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    app.workspace->frame(seconds_now());
    ImGui::Render();

    glViewport(0, 0, dw, dh);
    glClearColor(0.93f, 0.94f, 0.96f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(app.window);

    if (!app.first_frame_reported) {
        app.first_frame_reported = true;
        roster::host::this_host().first_frame_drawn();
        // The analysis workers load once the first frame is on screen, so they do not compete
        // with it; until one is ready the ranges are drawn between frames as before.
        app.workspace->use_draw_workers(roster::host::draw_workers());
    }
}

}  // namespace

int main(int, char**) {
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        std::fprintf(stderr, "Roster could not start its window: %s\n", SDL_GetError());
        return 1;
    }
#ifdef __EMSCRIPTEN__
    // WebGL2 = OpenGL ES 3.0.
    const char* glsl_version = "#version 300 es";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#else
    const char* glsl_version = "#version 130";
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
#endif
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 0);
    SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

    static App app;
    const auto flags = static_cast<SDL_WindowFlags>(SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    app.window = SDL_CreateWindow("Roster", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 1280, 760, flags);
    if (!app.window) {
        std::fprintf(stderr, "Roster could not open its window: %s\n", SDL_GetError());
        return 1;
    }
    app.gl = SDL_GL_CreateContext(app.window);
    if (!app.gl) {
        std::fprintf(stderr, "Roster needs OpenGL 3 (WebGL2 in a browser): %s\n", SDL_GetError());
        return 1;
    }
    SDL_GL_MakeCurrent(app.window, app.gl);
    SDL_GL_SetSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout goes to the host's storage, not a file
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    roster::ui::apply_theme();
    ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
    ImGui_ImplOpenGL3_Init(glsl_version);

    static roster::ui::Workspace workspace(roster::host::this_host());
    app.workspace = &workspace;
    workspace.start(seconds_now());

#ifdef __EMSCRIPTEN__
    // fps 0: the browser's frame callback (requestAnimationFrame) drives the loop; main's
    // stack stays alive and nothing after this line runs.
    emscripten_set_main_loop_arg(frame, &app, 0, true);
#else
    while (!app.quit) {
        frame(&app);
        if (app.pacing.frames_left == 0) SDL_WaitEventTimeout(nullptr, 250);  // idle: sleep until input
    }
    workspace.save_now();
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    SDL_GL_DeleteContext(app.gl);
    SDL_DestroyWindow(app.window);
    SDL_Quit();
#endif
    return 0;
}
