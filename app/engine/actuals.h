// From forecast to actuals (issue 23): what was promised when the campaign went live (the locked
// forecast), what each post really did (actuals, each number with where it came from), and the
// calibration layer past campaigns put on the assumptions. Plain values kept in the Plan
// (plan.h) and saved with it (docs/FILE-FORMAT.md, format 5).
//
// This header is included by plan.h, so it declares the few plan types it names instead of
// including plan.h; the opaque enum declarations must match plan.h's exactly.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace roster {

enum class Platform : std::uint8_t;
enum class Format : std::uint8_t;
enum class Tier : std::uint8_t;
enum class Term : std::uint16_t;
using CreatorId = std::uint32_t;
struct Plan;
struct PlanProblem;

// The numbers an analytics export gives for one post. Money (revenue, cost actually paid) in
// hundredths of the plan's currency, like every amount of a plan.
enum class ActualFigure : std::uint8_t {
    Views, Reach, Impressions, Likes, Comments, Shares, Saves, Clicks, Conversions, Revenue, Cost
};
inline constexpr int kActualFigureCount = 11;

// Where a number comes from. A tool's estimate (a reach an export extrapolates, revenue
// attributed by a model) is marked so, never passed off as counted.
enum class Provenance : std::uint8_t { Platform, Estimate, Typed };
inline constexpr int kProvenanceCount = 3;

struct ActualValue {
    bool known = false;  // not every export gives every number; unknown is never zero
    std::int64_t value = 0;
    Provenance source = Provenance::Typed;
};

// One post of a deliverable line, as it really went: the `post`-th post of the creator's
// `format` (counted from 1), so that reordering the lines does not move the actuals.
struct Actual {
    CreatorId creator = 0;
    Format format{};
    std::int32_t post = 1;
    bool posted = true;
    std::string date;  // "2026-03-14", or "" when not known
    std::string url;   // the post's address, when an export or the planner gives it
    std::array<ActualValue, kActualFigureCount> figures{};

    const ActualValue& operator[](ActualFigure f) const { return figures[static_cast<std::size_t>(f)]; }
    ActualValue& operator[](ActualFigure f) { return figures[static_cast<std::size_t>(f)]; }
};

// The figures a forecast is locked for: counts of people or actions, money in hundredths.
enum class LockedFigure : std::uint8_t { Views, Reach, Engagements, Clicks, Conversions, Revenue, Cost };
inline constexpr int kLockedFigureCount = 7;

// The simulation's P10, median and P90 of one figure, rounded to whole units.
struct LockedBand {
    std::int64_t p10 = 0, p50 = 0, p90 = 0;
};
using LockedBands = std::array<LockedBand, kLockedFigureCount>;

struct LockedDeliverable {
    Format format{};
    std::int32_t count = 0;
    LockedBands bands{};  // the whole line (all its posts)
};

// A creator as the forecast saw them: name, size and what the numbers rested on are kept, so
// the comparison and the calibration still read the promise after the roster changes.
struct LockedCreator {
    CreatorId id = 0;
    std::string name, handle;
    Platform platform{};
    Tier tier{};
    std::int64_t followers = 0;
    bool measured = false;   // the creator's own figures, not the benchmark rates
    bool amplified = false;  // paid amplification added views
    std::int32_t posting_probability_ppm = 1'000'000;
    LockedBands bands{};
    std::vector<LockedDeliverable> deliverables;
};

struct LockedAssumption {
    std::string key;
    std::int64_t value_micros = 0;
};

// What was promised when the campaign went live: one scenario's projection with its ranges, the
// value of every assumption it used and the Roster that computed it. Later edits of the plan
// never change it; only unlocking removes it.
struct LockedForecast {
    std::string scenario;
    std::string date;            // "2026-03-14"
    std::string roster_version;  // "0.5.0"
    std::int32_t draws = 0;
    std::int64_t seed = 0;
    std::vector<LockedAssumption> assumptions;  // every assumption, sorted by key
    std::vector<LockedCreator> creators;        // in roster order at the lock
    LockedBands total{};                        // the plan's figures, reach net of overlap
};

// One assumption a calibration changed: what it is now, what it replaced, the multiplier
// with its 90% interval, and the posts behind it.
struct CalibratedValue {
    std::string key;
    std::int64_t value_micros = 0;
    std::int64_t replaced_micros = 0;
    bool replaced_override = false;  // the replaced value was the planner's own, not the default
    std::int64_t multiplier_micros = 1'000'000, low_micros = 1'000'000, high_micros = 1'000'000;
    std::int32_t posts = 0;
};

// The calibration layer applied to the open scenario's assumptions ("calibrated from N
// campaigns"); removing it puts back what it replaced.
struct Calibration {
    std::string scenario;
    std::string date;
    std::int32_t campaigns = 0;
    std::int32_t posts = 0;
    std::vector<CalibratedValue> values;
};

struct ActualsLimits {
    static constexpr std::size_t kMaxActuals = 100'000;
    static constexpr std::int64_t kMaxCount = 1'000'000'000'000;  // views, reach... of one post
    static constexpr std::int64_t kMaxMoneyCents = 10'000'000'000;
    static constexpr std::int32_t kMaxPost = 1000;
    static constexpr std::size_t kMaxAddress = 2000;
    static constexpr std::size_t kMaxText = 200;
    static constexpr std::size_t kMaxLockedEntries = 20'000;
};

bool operator==(const ActualValue& a, const ActualValue& b);
bool operator==(const Actual& a, const Actual& b);
bool operator==(const LockedBand& a, const LockedBand& b);
bool operator==(const LockedDeliverable& a, const LockedDeliverable& b);
bool operator==(const LockedCreator& a, const LockedCreator& b);
bool operator==(const LockedAssumption& a, const LockedAssumption& b);
bool operator==(const LockedForecast& a, const LockedForecast& b);
bool operator==(const CalibratedValue& a, const CalibratedValue& b);
bool operator==(const Calibration& a, const Calibration& b);

// Stable keys written in plan files ("views", "platform", "engagements").
std::string_view actual_figure_key(ActualFigure f);
std::optional<ActualFigure> actual_figure_from_key(std::string_view key);
std::string_view provenance_key(Provenance p);
std::optional<Provenance> provenance_from_key(std::string_view key);
std::string_view locked_figure_key(LockedFigure f);
Term actual_figure_term(ActualFigure f);
Term locked_figure_term(LockedFigure f);
Term provenance_term(Provenance p);
bool is_money(ActualFigure f);

// "2026-03-14" is a date of the calendar (leap years included).
bool is_iso_date(std::string_view date);

// The plan's actuals, locked forecast and calibration against ActualsLimits (validation.cpp
// calls it for every plan).
std::vector<PlanProblem> check_actuals(const Plan& plan);

// The actual of that post, or nullptr.
const Actual* find_actual(const Plan& plan, CreatorId creator, Format format, std::int32_t post);

// Sorted by creator, format and post: the order plan files keep.
void sort_actuals(std::vector<Actual>& actuals);

}  // namespace roster
