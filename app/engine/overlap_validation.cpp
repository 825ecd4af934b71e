// Stated overlaps that cannot be true. Each message names the pair (or the three creators) and
// the bound broken, in followers, so the planner can see which figure to fix.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <utility>

#include "overlap.h"
#include "text.h"
#include "validation.h"

namespace roster {
namespace {

// Triangles are checked while the stated pairs form at most this many two-step paths, which
// keeps validation quick (a full matrix of 140 creators, or 1,000 creators with 50 stated
// pairs each); beyond that the engine still clamps the net reach into the pairwise bounds.
constexpr std::size_t kMaxPathsChecked = 3'000'000;

// A creator as messages name them: their name, or "#12" when they have none yet.
std::string name_of(const Creator& c) {
    const std::string_view name = trimmed(c.name);
    return name.empty() ? "#" + std::to_string(c.id) : std::string(name);
}

// Followers, whole and never negative.
double people(double v) { return std::max(0.0, std::round(v)); }

}  // namespace

std::vector<PlanProblem> check_overlaps(const Plan& plan) {
    std::vector<PlanProblem> out;
    auto add = [&](Message message) { out.push_back({0, "overlaps", std::move(message)}); };
    auto pair = [](MessageId id, const Creator& a, const Creator& b) {
        return Message(id).text("first", name_of(a)).text("second", name_of(b));
    };
    std::map<CreatorId, std::size_t> index;
    for (std::size_t i = 0; i < plan.creators.size(); ++i) index.emplace(plan.creators[i].id, i);

    // Stated followers shared, by pair of roster positions (smaller first).
    std::map<std::pair<std::size_t, std::size_t>, double> shared;
    for (const Overlap& o : plan.overlaps) {
        const auto a = index.find(o.first), b = index.find(o.second);
        if (a == index.end() || b == index.end()) {
            const CreatorId missing = a == index.end() ? o.first : o.second;
            add(Message(MessageId::OverlapUnknownCreator).text("id", std::to_string(missing)));  // a label: "#1234"
            continue;
        }
        const Creator& first = plan.creators[a->second];
        const Creator& second = plan.creators[b->second];
        if (a->second == b->second) {
            add(Message(MessageId::OverlapWithSelf).text("creator", name_of(first)));
            continue;
        }
        const auto key = std::minmax(a->second, b->second);
        if (shared.count(key)) {
            add(pair(MessageId::OverlapTwice, first, second));
            continue;
        }
        if (o.value < 0) {
            add(pair(MessageId::OverlapNegative, first, second));
            continue;
        }
        const double f1 = static_cast<double>(std::max<std::int64_t>(first.followers, 0));
        const double f2 = static_cast<double>(std::max<std::int64_t>(second.followers, 0));
        if (o.basis != OverlapBasis::SharedCount && o.value > kPpmWhole) {
            add(pair(o.basis == OverlapBasis::ShareOfFirst ? MessageId::OverlapAboveFirst : MessageId::OverlapAboveSmaller,
                     first, second)
                    .percent("share", static_cast<double>(o.value) / kPpmWhole));
            continue;
        }
        const double s = shared_followers(o, f1, f2);
        const bool second_smaller = f2 < f1;
        const double smaller = std::min(f1, f2);
        // Shares are stored to the millionth, so allow that much rounding.
        if (s > smaller + 1e-6 * std::max(f1, f2) + 0.5) {
            const Creator& small = second_smaller ? second : first;
            add(pair(MessageId::OverlapAboveAudience, first, second)
                    .integer("shared", people(s))
                    .text("smaller", name_of(small))
                    .integer("has", people(smaller)));
            continue;
        }
        shared.emplace(key, s);
    }

    // Three stated pairs around A: followers of A who follow B or C number s_AB + s_AC - (those
    // following both), and those following both are at most s_BC; so s_AB + s_AC - s_BC <= F_A.
    std::vector<std::vector<std::pair<std::size_t, double>>> around(plan.creators.size());
    for (const auto& [key, s] : shared) {
        around[key.first].push_back({key.second, s});
        around[key.second].push_back({key.first, s});
    }
    std::unordered_map<std::uint64_t, double> by_key;
    by_key.reserve(shared.size());
    const auto pair_key = [](std::size_t i, std::size_t j) {
        return (static_cast<std::uint64_t>(std::min(i, j)) << 32) | static_cast<std::uint64_t>(std::max(i, j));
    };
    for (const auto& [key, s] : shared) by_key.emplace(pair_key(key.first, key.second), s);
    std::size_t paths = 0;
    for (const auto& list : around) paths += list.size() * list.size();
    if (paths > kMaxPathsChecked) return out;
    for (std::size_t a = 0; a < around.size(); ++a) {
        const double fa = static_cast<double>(std::max<std::int64_t>(plan.creators[a].followers, 0));
        const auto& list = around[a];
        for (std::size_t x = 0; x < list.size(); ++x) {
            for (std::size_t y = x + 1; y < list.size(); ++y) {
                const auto bc = by_key.find(pair_key(list[x].first, list[y].first));
                if (bc == by_key.end()) continue;
                const double least = list[x].second + list[y].second - bc->second;
                if (least <= fa + 1e-6 * (list[x].second + list[y].second) + 0.5) continue;
                const Creator& ca = plan.creators[a];
                const Creator& cb = plan.creators[list[x].first];
                const Creator& cc = plan.creators[list[y].first];
                add(Message(MessageId::OverlapsCannotHold)
                        .text("a", name_of(ca))
                        .text("b", name_of(cb))
                        .text("c", name_of(cc))
                        .integer("ab", people(list[x].second))
                        .integer("ac", people(list[y].second))
                        .integer("bc", people(bc->second))
                        .integer("least", people(least))
                        .integer("has", people(fa)));
                return out;  // one contradiction is enough to act on; the rest may vanish with it
            }
        }
    }
    return out;
}

}  // namespace roster
