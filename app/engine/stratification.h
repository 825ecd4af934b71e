// Latin-hypercube inputs for the campaign-wide draws (docs/MODEL.md §7, "Fewer draws for the same
// precision"). The draws are cut into blocks of kBlockDraws; within a block, each campaign-wide
// normal number (the views shock, click-through, conversion, engagement) falls exactly once in
// each of kBlockDraws equally likely slices of its distribution, in an order shuffled by (seed,
// block, input). A block is therefore a complete stratified sample of its own: the blocks are
// independent of one another, whoever computes them, which is what lets workers split a run by
// blocks and the standard error be measured from the spread between blocks (batch means).
//
// Both functions are written here rather than taken from a library: each is about thirty lines,
// must give the same bits natively and in WebAssembly, and no library the WebAssembly build
// already links offers them (std has no inverse normal distribution function).
#pragma once

#include <cstdint>

namespace roster {

// Draws per block: the unit of stratification, of a worker's share and of the batch means.
inline constexpr int kBlockDraws = 250;

// The standard normal's quantile function Φ⁻¹(p) for p in (0, 1), to about 1e-16 relative
// (Wichura's algorithm AS 241, PPND16 [S120]); ±infinity at 0 and 1, NaN outside.
double normal_quantile(double p);

// Position of `index` (0..length-1) in a random permutation of 0..length-1 chosen by `key`:
// a bijection computed without storing the permutation (Kensler's hashed permutation [S121]).
// length must be at least 1.
std::uint32_t shuffled_position(std::uint32_t index, std::uint32_t length, std::uint32_t key);

}  // namespace roster
