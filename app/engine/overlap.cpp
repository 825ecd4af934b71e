#include "overlap.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "accumulation.h"

namespace roster {
namespace {

std::string folded(const std::string& s) {
    std::string out;
    for (unsigned char ch : s)
        if (!std::isspace(ch)) out.push_back(static_cast<char>(std::tolower(ch)));
    return out;
}

// What the estimate of a pair needs from one creator, computed once per creator: the matrix
// looks at every pair, and comparing names and profile keys as text per pair made the
// projection of a few hundred creators take tens of milliseconds.
struct PairProfile {
    int name = -1;  // folded name's id among the plan's names; -1: no name
    Platform platform = Platform::Instagram;
    double followers = 0.0;
    std::vector<std::pair<int, double>> interests;  // by key id, unit length (cosine = dot product)
    std::vector<std::pair<int, double>> countries;  // by key id, summing to 1; empty: not known
    bool operator==(const PairProfile& o) const {
        return name == o.name && platform == o.platform && followers == o.followers && interests == o.interests &&
               countries == o.countries;
    }
};

// Key ids shared by every profile of one plan.
class KeyIds {
public:
    int operator()(const std::string& key) { return ids_.emplace(key, static_cast<int>(ids_.size())).first->second; }
    std::size_t size() const { return ids_.size(); }

private:
    std::map<std::string, int> ids_;
};

// Merged by key and sorted by id; `unit` scales to length 1, otherwise to a sum of 1.
std::vector<std::pair<int, double>> weights(const std::vector<Share>& shares, KeyIds& ids, bool unit) {
    std::map<int, double> merged;
    for (const Share& s : shares)
        if (s.ppm > 0) merged[ids(s.key)] += static_cast<double>(s.ppm);
    double norm = 0.0;
    for (const auto& [id, w] : merged) norm += unit ? w * w : w;
    if (unit) norm = std::sqrt(norm);
    std::vector<std::pair<int, double>> out;
    if (!(norm > 0.0)) return out;
    for (const auto& [id, w] : merged) out.push_back({id, w / norm});
    return out;
}

// `names` numbers the folded names, `ids` the profile keys (two sets: a name is not a country).
PairProfile profile_of(const Creator& c, KeyIds& names, KeyIds& ids) {
    PairProfile p;
    const std::string name = folded(c.name);
    if (!name.empty()) p.name = names(name);
    p.platform = c.platform;
    p.followers = static_cast<double>(std::max<std::int64_t>(c.followers, 0));
    p.interests = weights(c.audience.interests, ids, true);
    p.countries = weights(c.audience.countries, ids, false);
    return p;
}

bool same_person(const PairProfile& a, const PairProfile& b) {
    return a.platform != b.platform && a.name >= 0 && a.name == b.name;
}

// Cosine similarity of two interest profiles (0 when either is unknown).
double similarity(const PairProfile& a, const PairProfile& b) {
    double dot = 0.0;
    auto i = a.interests.begin(), j = b.interests.begin();
    while (i != a.interests.end() && j != b.interests.end()) {
        if (i->first < j->first) ++i;
        else if (j->first < i->first) ++j;
        else dot += (i++)->second * (j++)->second;
    }
    return std::clamp(dot, 0.0, 1.0);
}

// How much two audiences live in the same countries: the overlap of the two distributions
// (1 identical, 0 disjoint), or 1 when either is unknown.
double shared_geography(const PairProfile& a, const PairProfile& b) {
    if (a.countries.empty() || b.countries.empty()) return 1.0;
    double common = 0.0;
    auto i = a.countries.begin(), j = b.countries.begin();
    while (i != a.countries.end() && j != b.countries.end()) {
        if (i->first < j->first) ++i;
        else if (j->first < i->first) ++j;
        else common += std::min((i++)->second, (j++)->second);
    }
    return std::clamp(common, 0.0, 1.0);
}

double estimate(const PairProfile& a, const PairProfile& b, double universe, double niche_affinity,
                double same_creator_share) {
    const double smaller = std::min(a.followers, b.followers);
    if (same_person(a, b)) return same_creator_share * smaller;
    if (!(universe > 0.0)) return 0.0;
    const double kappa = 1.0 + (niche_affinity - 1.0) * similarity(a, b);
    return std::min(kappa * shared_geography(a, b) * a.followers * b.followers / universe, smaller);
}

// The profiles laid out key by key across the roster, when the plan's keys are few (a few
// countries and interests, as plans have): a row of the matrix is then a handful of plain loops
// over the other creators, which the compiler may run two at a time, where comparing two sorted
// lists per pair was a third of the projection of 1,000 creators in WebAssembly. Zeros where a
// profile lacks a key add nothing, so the sums are the compared lists' to the bit.
class ProfileColumns {
public:
    static constexpr std::size_t kMostKeys = 32;

    ProfileColumns() = default;
    ProfileColumns(const std::vector<PairProfile>& profiles, std::size_t keys)
        : keys_(keys), followers_(profiles.size()), known_(profiles.size()),
          interests_(keys * profiles.size(), 0.0), countries_(keys * profiles.size(), 0.0),
          similar_(profiles.size()), common_(profiles.size()) {
        const std::size_t n = profiles.size();
        for (std::size_t j = 0; j < n; ++j) {
            followers_[j] = profiles[j].followers;
            known_[j] = profiles[j].countries.empty() ? 0.0 : 1.0;
            for (const auto& [id, w] : profiles[j].interests) interests_[static_cast<std::size_t>(id) * n + j] = w;
            for (const auto& [id, w] : profiles[j].countries) countries_[static_cast<std::size_t>(id) * n + j] = w;
        }
    }
    bool empty() const { return followers_.empty(); }

    // estimate() of the pairs (i, j), j > i, held under the smaller audience, into out[j]; pairs
    // of one person on two platforms are the caller's.
    void estimate_row(std::size_t i, double universe, double niche_affinity, double* out) {
        const std::size_t n = followers_.size();
        if (i + 1 >= n) return;
        std::fill(similar_.begin() + static_cast<std::ptrdiff_t>(i + 1), similar_.end(), 0.0);
        std::fill(common_.begin() + static_cast<std::ptrdiff_t>(i + 1), common_.end(), 0.0);
        for (std::size_t k = 0; k < keys_; ++k) {
            const double* interest = interests_.data() + k * n;
            if (const double x = interest[i]; x != 0.0)
                for (std::size_t j = i + 1; j < n; ++j) similar_[j] += x * interest[j];
            const double* country = countries_.data() + k * n;
            if (const double c = country[i]; c != 0.0)
                for (std::size_t j = i + 1; j < n; ++j) common_[j] += std::min(c, country[j]);
        }
        const double fi = followers_[i], known_i = known_[i];
        for (std::size_t j = i + 1; j < n; ++j) {
            const double smaller = std::min(fi, followers_[j]);
            const double kappa = 1.0 + (niche_affinity - 1.0) * std::clamp(similar_[j], 0.0, 1.0);
            const double geography = known_i * known_[j] > 0.0 ? std::clamp(common_[j], 0.0, 1.0) : 1.0;
            out[j] = universe > 0.0 ? std::min(kappa * geography * fi * followers_[j] / universe, smaller) : 0.0;
        }
    }

private:
    std::size_t keys_ = 0;
    std::vector<double> followers_, known_;
    std::vector<double> interests_, countries_;  // key-major: [k * n + j]
    std::vector<double> similar_, common_;       // one row's sums
};

// Distribution of exposures 0, 1, ... 9, 10+ (11 values), the last absorbing.
using Exposures = std::array<double, kFrequencyBins + 1>;

Exposures line_exposures(double rate, double concentration, int posts) {
    Exposures e{};
    const double s = std::max(concentration, 1e-9);
    const double r = std::clamp(rate, 0.0, 1.0);
    if (posts <= 0 || r <= 0.0) {
        e[0] = 1.0;
        return e;
    }
    if (r >= 1.0) {
        e[static_cast<std::size_t>(std::min(posts, kFrequencyBins))] = 1.0;
        return e;
    }
    const std::vector<double> p = beta_binomial_distribution(r * s, (1.0 - r) * s, posts);
    for (std::size_t k = 0; k < p.size(); ++k) e[std::min<std::size_t>(k, kFrequencyBins)] += p[k];
    return e;
}

Exposures combine(const Exposures& a, const Exposures& b) {
    Exposures out{};
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = 0; j < b.size(); ++j) out[std::min<std::size_t>(i + j, kFrequencyBins)] += a[i] * b[j];
    return out;
}

}  // namespace

double shared_followers(const Overlap& o, double first, double second) {
    const double v = static_cast<double>(o.value);
    switch (o.basis) {
        case OverlapBasis::ShareOfFirst: return v / kPpmWhole * first;
        case OverlapBasis::ShareOfSmaller: return v / kPpmWhole * std::min(first, second);
        case OverlapBasis::SharedCount: return v;
    }
    return 0.0;
}

double overlap_universe(const Plan& plan, const Assumptions& a) {
    // Followers come from the people on the platforms in the campaign's market, not from the
    // target audience: a target of 100,000 people is a part of that market, and reading every
    // follower as one of them made unrelated creators share most of their audiences. The target
    // is inside the market, so a target larger than the assumed market raises it.
    return std::max(a[assumption::kOverlapUniverse],
                    static_cast<double>(std::max<std::int64_t>(plan.campaign.target_universe, 0)));
}

bool same_creator(const Creator& a, const Creator& b) {
    KeyIds names, ids;
    return same_person(profile_of(a, names, ids), profile_of(b, names, ids));
}

double estimated_shared(const Creator& a, const Creator& b, double universe, const Assumptions& as) {
    KeyIds names, ids;
    return estimate(profile_of(a, names, ids), profile_of(b, names, ids), universe, as[assumption::kNicheAffinity],
                    as[assumption::kSameCreatorShare]);
}

OverlapEvidence overlap_evidence(const Creator& a, const Creator& b) {
    KeyIds names, ids;
    const PairProfile pa = profile_of(a, names, ids), pb = profile_of(b, names, ids);
    if (same_person(pa, pb)) return OverlapEvidence::SameCreator;
    const bool interests = !pa.interests.empty() && !pb.interests.empty();
    const bool countries = !pa.countries.empty() && !pb.countries.empty();
    if (interests && countries) return OverlapEvidence::Profiles;
    if (interests) return OverlapEvidence::Interests;
    if (countries) return OverlapEvidence::Countries;
    return OverlapEvidence::Chance;
}

Message overlap_estimate_note(const Creator& a, const Creator& b, double universe, const Assumptions& as) {
    KeyIds names, ids;
    const PairProfile pa = profile_of(a, names, ids), pb = profile_of(b, names, ids);
    const double affinity = as[assumption::kNicheAffinity];
    switch (overlap_evidence(a, b)) {
        case OverlapEvidence::SameCreator:
            return Message(MessageId::OverlapEstimateSameCreator).percent("share", as[assumption::kSameCreatorShare]);
        case OverlapEvidence::Profiles:
            return Message(MessageId::OverlapEstimateProfiles)
                .count("universe", universe)
                .percent("alike", similarity(pa, pb))
                .decimal("affinity", affinity)
                .percent("common", shared_geography(pa, pb));
        case OverlapEvidence::Interests:
            return Message(MessageId::OverlapEstimateInterests)
                .count("universe", universe)
                .percent("alike", similarity(pa, pb))
                .decimal("affinity", affinity);
        case OverlapEvidence::Countries:
            return Message(MessageId::OverlapEstimateCountries)
                .count("universe", universe)
                .percent("common", shared_geography(pa, pb));
        case OverlapEvidence::Chance: break;
    }
    return Message(MessageId::OverlapEstimateChance).count("universe", universe);
}

struct OverlapInputs {
    struct Stated {
        std::size_t i, j;
        double shared;
        bool operator==(const Stated& o) const { return i == o.i && j == o.j && shared == o.shared; }
    };
    std::vector<PairProfile> profiles;  // in roster order
    std::vector<Stated> given;          // the plan's pairs, in the plan's order
    double universe = 0.0, affinity = 0.0, same_share = 0.0;

    bool operator==(const OverlapInputs& o) const {
        return universe == o.universe && affinity == o.affinity && same_share == o.same_share &&
               profiles == o.profiles && given == o.given;
    }
};

// The matrix between steps: the constructor reads the plan (profiles, stated pairs and their
// universe, all linear in the roster); each step estimates the next rows' unstated pairs.
struct OverlapMatrixRun::Work {
    OverlapMatrix m;
    std::shared_ptr<OverlapInputs> in = std::make_shared<OverlapInputs>();
    std::size_t keys = 0;    // distinct countries and interests
    ProfileColumns columns;  // when the plan's keys are few
    std::vector<double> estimates;                      // one row, from `columns`
    std::vector<std::vector<std::size_t>> same_person_after;  // for each i, the j > i who are the same person
    std::size_t next = 0;

    // The n x n matrix with its diagonal and stated pairs, at the first step rather than at
    // construction (zeroing 8 MB for 1,000 creators is a step's worth of work, and a run whose
    // matrix is found unchanged takes no step).
    void lay_out() {
        const std::size_t n = m.n;
        const std::vector<PairProfile>& profiles = in->profiles;
        m.shared.assign(n * n, 0.0);
        m.stated.assign(n * n, 0);
        for (std::size_t i = 0; i < n; ++i) m.shared[i * n + i] = profiles[i].followers;
        for (const OverlapInputs::Stated& s : in->given) {
            m.shared[s.i * n + s.j] = m.shared[s.j * n + s.i] = s.shared;
            m.stated[s.i * n + s.j] = m.stated[s.j * n + s.i] = 1;
        }
        if (keys <= ProfileColumns::kMostKeys) {
            columns = ProfileColumns(profiles, keys);
            estimates.resize(n);
            // One person on two platforms, found once by name rather than for every pair.
            std::map<int, std::vector<std::size_t>> by_name;
            for (std::size_t i = 0; i < n; ++i)
                if (profiles[i].name >= 0) by_name[profiles[i].name].push_back(i);
            same_person_after.resize(n);
            for (const auto& [name, rows] : by_name)
                for (std::size_t a = 0; a < rows.size(); ++a)
                    for (std::size_t b = a + 1; b < rows.size(); ++b)
                        if (same_person(profiles[rows[a]], profiles[rows[b]])) same_person_after[rows[a]].push_back(rows[b]);
        }
    }

    void row(std::size_t i) {
        const std::size_t n = m.n;
        const std::vector<PairProfile>& profiles = in->profiles;
        const double affinity = in->affinity, same_share = in->same_share;
        const PairProfile& pa = profiles[i];
        double* across = m.shared.data() + i * n;
        const std::uint8_t* stated = m.stated.data() + i * n;
        if (!columns.empty()) {
            columns.estimate_row(i, m.universe, affinity, estimates.data());
            for (std::size_t j = i + 1; j < n; ++j) across[j] = stated[j] ? across[j] : estimates[j];
            for (std::size_t j : same_person_after[i])
                if (!stated[j])
                    across[j] = std::min(estimate(pa, profiles[j], m.universe, affinity, same_share),
                                         std::min(pa.followers, profiles[j].followers));
        } else {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (stated[j]) continue;
                const PairProfile& pb = profiles[j];
                across[j] = std::min(estimate(pa, pb, m.universe, affinity, same_share),
                                     std::min(pa.followers, pb.followers));
            }
        }
        for (std::size_t j = i + 1; j < n; ++j) m.shared[j * n + i] = across[j];  // the pair's mirror
    }
};

OverlapMatrixRun::OverlapMatrixRun(const Plan& plan, const Assumptions& as) : work_(std::make_unique<Work>()) {
    OverlapMatrix& m = work_->m;
    OverlapInputs& in = *work_->in;
    m.n = plan.creators.size();
    m.universe = in.universe = overlap_universe(plan, as);
    in.affinity = as[assumption::kNicheAffinity];
    in.same_share = as[assumption::kSameCreatorShare];
    KeyIds names, ids;
    std::vector<PairProfile>& profiles = in.profiles;
    profiles.reserve(m.n);
    for (const Creator& c : plan.creators) profiles.push_back(profile_of(c, names, ids));
    work_->keys = ids.size();
    std::map<CreatorId, std::size_t> index;
    for (std::size_t i = 0; i < m.n; ++i) index.emplace(plan.creators[i].id, i);

    // Stated pairs are taken as they are and say nothing about other pairs: rescaling every
    // estimate by the stated ones (as Roster did) made a lower stated overlap lower net reach and
    // a creator added with a stated pair rewrite the rest of the roster (docs/MODEL.md §13).
    for (const Overlap& o : plan.overlaps) {
        const auto a = index.find(o.first), b = index.find(o.second);
        if (a == index.end() || b == index.end() || a->second == b->second) continue;
        const std::size_t i = a->second, j = b->second;
        const PairProfile& pa = profiles[i];
        const PairProfile& pb = profiles[j];
        const double v = std::clamp(shared_followers(o, pa.followers, pb.followers), 0.0,
                                    std::min(pa.followers, pb.followers));
        in.given.push_back({i, j, v});
    }
    m.inputs = work_->in;
}

OverlapMatrixRun::~OverlapMatrixRun() = default;
OverlapMatrixRun::OverlapMatrixRun(OverlapMatrixRun&&) noexcept = default;
OverlapMatrixRun& OverlapMatrixRun::operator=(OverlapMatrixRun&&) noexcept = default;

bool OverlapMatrixRun::advance(std::size_t rows) {
    Work& w = *work_;
    if (w.next == 0 && w.m.shared.size() != w.m.n * w.m.n) w.lay_out();
    const std::size_t until = std::min(w.m.n, w.next + rows);
    for (; w.next < until; ++w.next) w.row(w.next);
    return w.next < w.m.n;
}

std::size_t OverlapMatrixRun::remaining() const { return work_->m.n - work_->next; }

OverlapMatrix OverlapMatrixRun::finish() {
    if (work_->m.n == 0) work_->lay_out();
    while (advance(work_->m.n)) {
    }
    return std::move(work_->m);
}

bool OverlapMatrixRun::would_make(const OverlapMatrix& made) const {
    return made.inputs && made.n == work_->m.n && *made.inputs == *work_->in;
}

OverlapMatrix overlap_matrix(const Plan& plan, const Assumptions& as) { return OverlapMatrixRun(plan, as).finish(); }

AudienceCreator audience_of(const CreatorBasis& b, double recommended_scale) {
    AudienceCreator a;
    a.followers = b.followers;
    a.posted = b.posting_probability;
    Exposures followers{};
    followers[0] = 1.0;
    for (const LineBasis& l : b.lines) {
        if (l.posts <= 0) continue;
        followers = combine(followers, line_exposures(l.follower_rate, b.concentration, l.posts));
    }
    a.reached_share = a.posted * (1.0 - followers[0]);
    for (int k = 0; k < kFrequencyBins; ++k) a.follower_frequency[k] = followers[static_cast<std::size_t>(k) + 1];
    a.followers_reached = b.followers * (1.0 - followers[0]);
    // Each recommendation finds new people; counted at the median of the posts' sum, as the
    // creator's own projection counts them (creator_model.h, SummedViews).
    const SummedViews sum = summed_views(b);
    a.recommended = sum.median() * sum.recommended_share;
    a.recommended_views = recommended_moments(b);
    a.paid_reach = b.amplified_reach;
    a.paid_impressions = b.amplified_impressions;
    a.paid_universe = b.universe;
    return at_views_scale(a, recommended_scale);
}

NetReach plan_reach(const Plan& plan, const Assumptions& as, bool curves) {
    std::vector<CreatorBasis> bases;
    bases.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) bases.push_back(creator_basis(c, plan, as));
    return plan_reach(plan, as, bases, curves);
}

namespace {

DeduplicationOptions options_of(const Assumptions& as, bool curves) {
    DeduplicationOptions options;
    options.effective_k = static_cast<int>(std::lround(as[assumption::kEffectiveFrequency]));
    options.curves = curves;
    return options;
}

}  // namespace

NetReach plan_reach(const Plan& plan, const Assumptions& as, const std::vector<CreatorBasis>& bases, bool curves) {
    std::vector<AudienceCreator> audiences;
    audiences.reserve(bases.size());
    const double scale = plan_recommended_scale(bases);
    for (const CreatorBasis& b : bases) audiences.push_back(audience_of(b, scale));
    const OverlapMatrix m = overlap_matrix(plan, as);
    return deduplicate(audiences, m.shared, m.universe, options_of(as, curves));
}

PlanAudience plan_audience(const Plan& plan, const Assumptions& as, bool curves) {
    PlanAudience out;
    out.creators.reserve(plan.creators.size());
    std::vector<CreatorBasis> bases;
    bases.reserve(plan.creators.size());
    for (const Creator& c : plan.creators) bases.push_back(creator_basis(c, plan, as));
    const double scale = plan_recommended_scale(bases);
    for (const CreatorBasis& b : bases) out.creators.push_back(audience_of(b, scale));
    out.overlap = overlap_matrix(plan, as);
    out.reach = deduplicate(out.creators, out.overlap.shared, out.overlap.universe, options_of(as, curves));
    return out;
}

}  // namespace roster
