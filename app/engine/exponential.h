// e^x for the Monte-Carlo path, inline and from plain IEEE arithmetic. std::exp is a call into
// the C library that WebAssembly cannot inline (a fifth of every draw there), and glibc's and
// musl's can differ in the last bit, so the same seed could give different draws natively and
// in the browser; this one gives the same bits everywhere.
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>

namespace roster {

// 2^(j/64), j = 0 .. 63, correctly rounded (computed to 60 digits with Python's decimal module).
inline constexpr double kTwoToSixtyFourths[64] = {
    0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0,
    0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0,
    0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
    0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0, 0x1.2d285a6e4030bp+0,
    0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
    0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
    0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0,
    0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0, 0x1.6247eb03a5585p+0, 0x1.6623882552225p+0,
    0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
    0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
    0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0,
    0x1.9c49182a3f090p+0, 0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
    0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0,
    0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0,
    0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
    0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0,
};

// Relative error below 1e-15 (tests/engine/exponential_test.cpp). Below e^-708 (about 3e-308,
// where doubles lose precision) it returns 0; above e^709.78, infinity; NaN stays NaN.
inline double exponential(double x) {
    if (!(x < 709.78)) return x != x ? x : std::numeric_limits<double>::infinity();
    if (!(x > -708.0)) return 0.0;
    // x = (64 m + j) ln2 / 64 + r with |r| <= ln2 / 128, so e^x = 2^m 2^(j/64) e^r. Adding
    // 1.5 * 2^52 rounds to the nearest integer; ln2 / 64 in two parts (fdlibm's ln2 split), the
    // first with trailing zero bits so that k times it is exact.
    constexpr double kSixtyFourOverLn2 = 92.332482616893656;
    constexpr double kLn2Hi = 6.93147180369123816490e-01 / 64, kLn2Lo = 1.90821492927058770002e-10 / 64;
    constexpr double kRound = 6755399441055744.0;
    const double kd = (x * kSixtyFourOverLn2 + kRound) - kRound;
    const double r = (x - kd * kLn2Hi) - kd * kLn2Lo;
    // e^r to r^5 (truncation below 4e-17), in Estrin's order: a short dependency chain.
    const double r2 = r * r;
    const double p = (1.0 + r) + r2 * ((0.5 + r * (1.0 / 6.0)) + r2 * (1.0 / 24.0 + r * (1.0 / 120.0)));
    const auto k = static_cast<std::int64_t>(kd);
    const std::int64_t j = k & 63;
    std::int64_t m = (k - j) / 64;
    double scaled = p * kTwoToSixtyFourths[j];
    if (m > 1023) {  // x above 709.43: 2^1024 has no exponent field, so 2 * 2^1023
        scaled *= 2.0;
        --m;
    }
    const auto bits = static_cast<std::uint64_t>(m + 1023) << 52;
    double power;
    std::memcpy(&power, &bits, sizeof power);
    return scaled * power;
}

}  // namespace roster
