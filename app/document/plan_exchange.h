// Plans leaving the app as files and coming back in (a file picked or dropped on the page; the
// same path will serve pasted text and share links). What comes in goes through the one load
// path of plan_file.h, and replaces the open plan only if it passed all of it; when the open
// plan holds work that exists nowhere else, the planner is asked first.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/message.h"
#include "engine/plan.h"

namespace roster {

// Plan files carry no more than this; larger ones are refused before they are read (the load
// path refuses them again, whatever route they took).
inline constexpr std::size_t kMaxPlanFileBytes = 64u * 1024u * 1024u;

// "Rentrée 2026 — micro-heavy.roster.json": the plan's name, with the characters Windows, macOS
// or Linux refuse in a file name replaced by "-", at most 100 characters, "plan" when empty.
std::string plan_file_name(const Plan& plan);

struct IncomingPlan {
    enum class Verdict {
        Refused,  // nothing changes; `message` says why, naming the file
        Replace,  // replace the open plan now (undoable)
        Confirm   // ask first: `message` is the question; on yes, replace as above
    };
    Verdict verdict = Verdict::Refused;
    Message message;              // why it was refused, or the question to ask
    Message opened;               // what to tell the planner once it replaced the plan
    std::vector<Message> notes;   // and what the load path noticed in it (ignored fields...)
    Plan plan;            // the plan that came in, when not refused
};

// `text` arrived from `source` (SourceFile, SourceShareLink or SourcePastedText). `current` is the open plan and
// `kept` the last version of it that exists outside the app (downloaded or opened from a
// file); the planner is asked before replacing a plan with creators that differs from it.
IncomingPlan receive_plan(std::string_view text, const Message& source, const Plan& current, const Plan& kept);

// Share links carry the plan in the address's fragment (#roster=1.DATA: link format 1 is the
// compact plan file, deflated and base64url-encoded by the browser). Past this length a link
// breaks in mail and chat tools, so the planner is offered the file instead.
inline constexpr std::size_t kMaxShareLinkCharacters = 8000;

enum class ShareLinkOutcome { Copied, TooLong, NotCopied, Unsupported };

// Why a link in the address could not be opened (the browser reads it before the app does).
enum class ShareLinkProblem { None, Damaged, FromNewerRoster, CannotOpenLinks };
Message share_link_problem_message(ShareLinkProblem problem);

// What the planner reads after asking for a link; `length` is the link's length in characters.
Message share_link_message(ShareLinkOutcome outcome, std::size_t length);

// What arrived from outside is a spreadsheet rather than a plan file: a file named .csv, .tsv
// or .txt; pasted text that is not a plan file (a plan starts with '{') and holds a tab or a line
// break, as cells copied from a sheet do.
bool is_sheet_file_name(std::string_view file_name);
bool is_pasted_cells(std::string_view pasted);

// What a paste puts into the text field being edited: its first line, at most 200 bytes, never
// cutting a character in half (a plan pasted into a name field must not become the name).
std::string text_for_field(std::string_view pasted);

}  // namespace roster
