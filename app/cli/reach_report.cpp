#include "reach_report.h"

#include "storage/rapidjson_config.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>

#include "engine/vocabulary.h"
#include "present/format.h"
#include "present/translation.h"
#include "text_table.h"

namespace roster::cli {
namespace {

using present::format_count;
using present::format_percent;
using present::tr;
using present::trf;

// A count of creators or pairs: ungrouped in English as it always was, grouped by thousands in French.
std::string whole(std::size_t n) {
    return present::display_language() == present::Language::French ? format_count(static_cast<double>(n))
                                                                     : std::to_string(n);
}

// The matrix is printed as a table only while it still fits a terminal; JSON always has it.
constexpr std::size_t kMatrixColumns = 12;

std::string bin_label(int k) { return k + 1 < kFrequencyBins ? std::to_string(k + 1) : std::to_string(k + 1) + "+"; }

double creator_reach(const AudienceCreator& c) { return c.followers * c.reached_share + c.other_reach; }

// Share of row i's followers who also follow column j.
double duplication(const OverlapMatrix& m, std::size_t i, std::size_t j) {
    const double followers = m.at(i, i);
    return followers > 0.0 ? std::min(1.0, m.at(i, j) / followers) : 0.0;
}

std::size_t stated_pairs(const OverlapMatrix& m) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < m.n; ++i)
        for (std::size_t j = i + 1; j < m.n; ++j) n += m.is_stated(i, j);
    return n;
}

std::string curve_text(const std::vector<CurvePoint>& curve, const Plan& plan, const std::vector<std::size_t>* order) {
    Table t = {{tr("Creators"), tr("Last added"), tr("Gross reach"), tr("Net reach"), tr("Net / gross")}};
    // At most a dozen rows: the first few, then evenly to the end.
    const std::size_t rows = std::min<std::size_t>(curve.size(), 12);
    for (std::size_t r = 0; r < rows; ++r) {
        const std::size_t k = rows > 1 ? r * (curve.size() - 1) / (rows - 1) : 0;
        const CurvePoint& p = curve[k];
        const std::size_t last = order ? (*order)[p.creators - 1] : p.creators - 1;
        t.push_back({whole(p.creators), plan.creators[last].name, format_count(p.gross), format_count(p.net),
                     p.gross > 0 ? format_percent(p.net / p.gross) : "-"});
    }
    return render(t, 2, false);
}

}  // namespace

std::string reach_table(const Plan& plan, const PlanAudience& audience) {
    const NetReach& r = audience.reach;
    const OverlapMatrix& m = audience.overlap;
    std::string out = trf("Plan: %s, scenario %s", {plan.name, plan.scenario}) + "\n";
    if (plan.creators.empty()) return out + tr("No creators yet") + ".\n";
    const std::size_t pairs = m.n * (m.n - 1) / 2;
    // The people the audiences live in: the market (an assumption), the target universe when it
    // is larger, or the largest audience when even that is larger (docs/MODEL.md §13).
    const auto target = static_cast<double>(plan.campaign.target_universe);
    out += (r.universe > m.universe
                ? trf("Universe %s people (the largest audience: more than the campaign's market).",
                      {format_count(r.universe)})
                : target > 0 && target >= m.universe
                      ? trf("Universe %s people (the campaign's target universe, larger than the assumed market).",
                            {format_count(r.universe)})
                      : trf("Universe %s people on social media in the campaign's market (assumption overlap.universe).",
                            {format_count(r.universe)})) +
           " " + trf("Overlap stated for %s of %s pairs; the others are estimated.", {whole(stated_pairs(m)), whole(pairs)}) +
           "\n\n";

    Table head = {{"", tr("Added up"), tr("Net"), tr("Lowest possible"), tr("Highest possible")}};
    head.push_back({tr("Followers"), format_count(r.gross_followers), format_count(r.net_followers),
                    format_count(r.follower_bounds.low), format_count(r.follower_bounds.high)});
    head.push_back({tr("People reached"), format_count(r.gross_reach), format_count(r.net_reach),
                    format_count(r.reach_bounds.low), format_count(r.reach_bounds.high)});
    out += render(head, 1, false);
    out += std::string(tr("Lowest and highest: what the pairwise overlaps allow (Dawson-Sankoff, Hunter; docs/MODEL.md 13).")) +
           "\n";
    if (r.clamped) out += std::string(tr("The estimate fell outside those bounds and was moved to the nearest one.")) + "\n";
    const std::string frequency = r.net_reach > 0 ? present::format_ratio(r.average_frequency()) : "-";
    out += trf("Exposures %s, average frequency %s.", {format_count(r.exposures), frequency}) + " ";
    out += (r.net_reach > 0 ? trf("Effective reach (%s+ exposures): %s (%s of people reached).",
                                  {std::to_string(r.effective_k), format_count(r.effective_reach),
                                   format_percent(r.effective_reach / r.net_reach)})
                            : trf("Effective reach (%s+ exposures): %s.",
                                  {std::to_string(r.effective_k), format_count(r.effective_reach)})) +
           "\n\n";

    Table freq = {{tr("Exposures"), tr("People"), tr("Share")}};
    for (int k = 0; k < kFrequencyBins; ++k)
        freq.push_back({bin_label(k), format_count(r.frequency[static_cast<std::size_t>(k)]),
                        r.net_reach > 0 ? format_percent(r.frequency[static_cast<std::size_t>(k)] / r.net_reach) : "-"});
    out += render(freq, 1, false) + "\n";

    Table creators = {{tr("Creator"), tr("Platform"), tr("Followers"), tr("Reach"), tr("Incremental"),
                       tr("Exclusive followers")}};
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        creators.push_back({c.name, std::string(platform_label(c.platform)), format_count(audience.creators[i].followers),
                            format_count(creator_reach(audience.creators[i])), format_count(r.incremental[i]),
                            format_count(r.exclusive_followers[i])});
    }
    out += render(creators, 2, false);
    out += std::string(tr("Incremental: people the plan would no longer reach without the creator. Exclusive followers: followers\n"
                          "of no other creator in the plan.")) +
           "\n\n";

    if (!r.buildup_roster.empty()) {
        out += std::string(tr("Build-up in roster order")) + "\n" + curve_text(r.buildup_roster, plan, nullptr) + "\n";
        out += std::string(tr("Build-up, each step adding the creator who brings the most new people")) + "\n" +
               curve_text(r.buildup_best, plan, &r.best_order) + "\n";
    }

    if (m.n <= kMatrixColumns) {
        Table dup = {{tr("Share of row's followers who follow column")}};
        for (std::size_t j = 0; j < m.n; ++j) dup[0].push_back(std::to_string(j + 1));
        for (std::size_t i = 0; i < m.n; ++i) {
            std::vector<std::string> row = {std::to_string(i + 1) + " " + plan.creators[i].name};
            for (std::size_t j = 0; j < m.n; ++j)
                row.push_back(i == j ? "-" : format_percent(duplication(m, i, j)) + (m.is_stated(i, j) ? "" : "*"));
            dup.push_back(std::move(row));
        }
        out += render(dup, 1, false) + tr("* = estimated from the audience profiles (docs/MODEL.md 13).") + "\n";
    } else {
        out += trf("The duplication matrix has %s columns: see `roster reach --json`.", {whole(m.n)}) + "\n";
    }
    return out;
}

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void key_number(Writer& w, const char* key, double v) {
    w.Key(key);
    w.Double(v);
}

void write_curve(Writer& w, const char* key, const std::vector<CurvePoint>& curve) {
    w.Key(key);
    w.StartArray();
    for (const CurvePoint& p : curve) {
        w.StartObject();
        w.Key("creators");
        w.Uint64(p.creators);
        key_number(w, "gross", p.gross);
        key_number(w, "net", p.net);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

std::string reach_json(const Plan& plan, const PlanAudience& audience) {
    const NetReach& r = audience.reach;
    const OverlapMatrix& m = audience.overlap;
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    key_number(w, "universe", r.universe);
    key_number(w, "gross_followers", r.gross_followers);
    key_number(w, "net_followers", r.net_followers);
    key_number(w, "net_followers_low", r.follower_bounds.low);
    key_number(w, "net_followers_high", r.follower_bounds.high);
    key_number(w, "gross_reach", r.gross_reach);
    key_number(w, "net_reach", r.net_reach);
    key_number(w, "net_reach_low", r.reach_bounds.low);
    key_number(w, "net_reach_high", r.reach_bounds.high);
    w.Key("clamped_to_bounds");
    w.Bool(r.clamped);
    key_number(w, "exposures", r.exposures);
    key_number(w, "average_frequency", r.average_frequency());
    w.Key("effective_frequency");
    w.Int(r.effective_k);
    key_number(w, "effective_reach", r.effective_reach);
    w.Key("frequency");  // people reached exactly 1, 2, ... 9 times, then 10 or more
    w.StartArray();
    for (double f : r.frequency) w.Double(f);
    w.EndArray();
    w.Key("creators");
    w.StartArray();
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        w.StartObject();
        w.Key("id");
        w.Uint(plan.creators[i].id);
        w.Key("name");
        w.String(plan.creators[i].name.c_str(), static_cast<rapidjson::SizeType>(plan.creators[i].name.size()));
        key_number(w, "followers", audience.creators[i].followers);
        key_number(w, "reach", creator_reach(audience.creators[i]));
        key_number(w, "incremental_reach", r.incremental[i]);
        key_number(w, "exclusive_followers", r.exclusive_followers[i]);
        w.EndObject();
    }
    w.EndArray();
    write_curve(w, "buildup_roster_order", r.buildup_roster);
    w.Key("best_order");  // creator ids, each adding the most new people
    w.StartArray();
    for (std::size_t i : r.best_order) w.Uint(plan.creators[i].id);
    w.EndArray();
    write_curve(w, "buildup_best_order", r.buildup_best);
    // Row i, column j: share of creator i's followers who also follow creator j (roster order).
    w.Key("duplication");
    w.StartArray();
    for (std::size_t i = 0; i < m.n; ++i) {
        w.StartArray();
        for (std::size_t j = 0; j < m.n; ++j) w.Double(i == j ? 1.0 : duplication(m, i, j));
        w.EndArray();
    }
    w.EndArray();
    w.Key("stated");  // true where the plan gives the pair, false where Roster estimated it
    w.StartArray();
    for (std::size_t i = 0; i < m.n; ++i) {
        w.StartArray();
        for (std::size_t j = 0; j < m.n; ++j) w.Bool(i != j && m.is_stated(i, j));
        w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace roster::cli
