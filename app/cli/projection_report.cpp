#include "projection_report.h"

#include "storage/rapidjson_config.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "engine/vocabulary.h"
#include "present/format.h"

namespace roster::cli {
namespace {

// Display width of UTF-8 text: one column per character.
std::size_t columns(const std::string& s) {
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string pad(const std::string& s, std::size_t width, bool right) {
    const std::size_t n = columns(s);
    const std::string fill(width > n ? width - n : 0, ' ');
    return right ? fill + s : s + fill;
}

}  // namespace

std::string projection_table(const Plan& plan, const Projection& projection) {
    using present::format_count;
    using present::format_money;
    std::vector<std::vector<std::string>> rows = {
        {"Creator", "Platform", "Tier", "Followers", "Posts", "Reach rate", "Impressions", "Reach", "Cost", "CPM"}};
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        rows.push_back({c.name, std::string(platform_label(c.platform)), std::string(tier_label(p.tier)),
                        format_count(static_cast<double>(c.followers)), std::to_string(c.posts),
                        present::format_percent(p.reach_rate) + (p.reach_rate_is_estimate ? "*" : ""),
                        format_count(p.impressions), format_count(p.reach), format_money(p.cost, plan.currency),
                        p.impressions > 0 ? format_money(p.cpm, plan.currency) : "-"});
    }
    const ProjectionTotals& t = projection.totals;
    rows.push_back({"Total", "", "", format_count(static_cast<double>(t.followers)), "", "",
                    format_count(t.impressions), format_count(t.gross_reach), format_money(t.cost, plan.currency),
                    t.impressions > 0 ? format_money(t.cpm, plan.currency) : "-"});

    std::vector<std::size_t> width(rows[0].size(), 0);
    for (const auto& r : rows)
        for (std::size_t k = 0; k < r.size(); ++k) width[k] = std::max(width[k], columns(r[k]));
    std::string out = "Plan: " + plan.name + " (" + plan.currency + ")\n";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i + 1 == rows.size()) {
            std::size_t total = 0;
            for (std::size_t w : width) total += w + 2;
            out += std::string(total - 2, '-') + "\n";
        }
        for (std::size_t k = 0; k < rows[i].size(); ++k) {
            out += pad(rows[i][k], width[k], k >= 3);
            out += k + 1 < rows[i].size() ? "  " : "\n";
        }
    }
    out += "Reach: people reached at least once by a creator's posts. The total is gross: people who follow\n"
           "several creators are counted once per creator. * = benchmark estimate (see docs/MODEL.md).\n";
    return out;
}

std::string projection_json(const Plan& plan, const Projection& projection) {
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("plan");
    w.String(plan.name.c_str(), static_cast<rapidjson::SizeType>(plan.name.size()));
    w.Key("currency");
    w.String(plan.currency.c_str());
    w.Key("creators");
    w.StartArray();
    for (std::size_t i = 0; i < plan.creators.size(); ++i) {
        const Creator& c = plan.creators[i];
        const CreatorProjection& p = projection.creators[i];
        w.StartObject();
        w.Key("id"); w.Uint(c.id);
        w.Key("name"); w.String(c.name.c_str(), static_cast<rapidjson::SizeType>(c.name.size()));
        w.Key("platform"); w.String(std::string(platform_key(c.platform)).c_str());
        w.Key("tier"); w.String(std::string(tier_key(p.tier)).c_str());
        w.Key("reach_rate"); w.Double(p.reach_rate);
        w.Key("reach_rate_is_estimate"); w.Bool(p.reach_rate_is_estimate);
        w.Key("impressions"); w.Double(p.impressions);
        w.Key("reach"); w.Double(p.reach);
        w.Key("frequency"); w.Double(p.frequency);
        w.Key("cost"); w.Double(p.cost);
        w.Key("cpm"); w.Double(p.cpm);
        w.EndObject();
    }
    w.EndArray();
    const ProjectionTotals& t = projection.totals;
    w.Key("totals");
    w.StartObject();
    w.Key("creators"); w.Int(t.creators);
    w.Key("followers"); w.Int64(t.followers);
    w.Key("cost"); w.Double(t.cost);
    w.Key("impressions"); w.Double(t.impressions);
    w.Key("gross_reach"); w.Double(t.gross_reach);
    w.Key("cpm"); w.Double(t.cpm);
    w.EndObject();
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace roster::cli
