// Part of the deduplication (deduplication.h), not for its callers: the one pass over a
// creator's row of the overlap matrix that every other part reads from. It is the
// deduplication's hot loop (run once per creator, over every other creator: n^2 in all), so it
// is written twice: with GCC's and Clang's vector extension, two creators per vector (SSE2
// natively, SIMD128 in WebAssembly, where the compiler kept the loop scalar when written with
// plain doubles), and in plain C++ for other compilers. Both add the same numbers in the same
// order, so they give the same bits (tests/engine/deduplication_bits_test.cpp compares them).
// Defining ROSTER_PORTABLE_DEDUP makes the deduplication use the plain one everywhere.
#pragma once

#include <cstddef>

#if (defined(__GNUC__) || defined(__clang__))
#define ROSTER_DEDUP_HAS_VECTOR_PATH 1
#else
#define ROSTER_DEDUP_HAS_VECTOR_PATH 0
#endif

namespace roster::dedup {

// Sums over the others j of one creator i's row, with o_ij = shared_ij / F_i (the share of i's
// followers who also follow j, within [0, 1]) and pi_ij = other_rate_j + o_ij gap_j (the
// chance that j reaches a follower of i: a follow is reached at rate_j, a non-follow at
// other_rate_j; gap_j = rate_j - other_rate_j). The first four are the mean and the spread of
// the number of others a person of i's audience follows and is reached by
// (reached_by_others.h); the last two are i's terms of S2 in the bounds (reach_bounds.h).
// Creator i itself is in every sum (its own row's diagonal): the caller takes it out.
struct OverlapRowSums {
    double follows = 0.0;             // sum of o_ij: other creators a follower of i follows, on average
    double follows_squared = 0.0;     // sum of o_ij^2: with the mean, the binomial's number of trials
    double reached_by = 0.0;          // sum of pi_ij: other creators reaching a follower of i, on average
    double reached_by_squared = 0.0;  // sum of pi_ij^2
    double shared_followers = 0.0;    // sum of shared_ij: i's part of the followers' S2
    double shared_reached = 0.0;      // sum of shared_ij rate_j: i's part of the exposed sets' S2, over rate_i
};

// The pass over `row`, creator i's row of the n x n matrix of shared followers.
// `inverse_followers` is 1 / F_i (0 when i has no followers); `other_rate`, `gap` and `rate`
// hold every creator's. Beside its sums it leaves, for the search of i's closest creators
// (closest_creators.h), `share[j]` = o_ij and `block_max[b]` = the largest share among creators
// 4b .. 4b + 3 (sized by the caller: n and (n + 3) / 4). The vector path unless
// ROSTER_PORTABLE_DEDUP is defined or the compiler has no vector extension.
OverlapRowSums sum_overlap_row(const double* row, std::size_t n, double inverse_followers, const double* other_rate,
                               const double* gap, const double* rate, double* share, double* block_max);

// The two paths, callable by name so that a test can hold them to the same bits.
OverlapRowSums sum_overlap_row_portable(const double* row, std::size_t n, double inverse_followers,
                                        const double* other_rate, const double* gap, const double* rate,
                                        double* share, double* block_max);
#if ROSTER_DEDUP_HAS_VECTOR_PATH
OverlapRowSums sum_overlap_row_vector(const double* row, std::size_t n, double inverse_followers,
                                      const double* other_rate, const double* gap, const double* rate, double* share,
                                      double* block_max);
#endif

}  // namespace roster::dedup
