#include "random.h"

#include <cmath>

namespace roster {
namespace {

struct Ziggurat {
    static constexpr double kR = 3.442619855899;       // start of the tail
    static constexpr double kV = 9.91256303526217e-3;  // area of each layer
    std::uint32_t k[128];
    double w[128];
    double f[128];

    Ziggurat() {
        const double m = 2147483648.0;  // 2^31
        double d = kR, t = kR;
        const double q = kV / std::exp(-0.5 * d * d);
        k[0] = static_cast<std::uint32_t>((d / q) * m);
        k[1] = 0;
        w[0] = q / m;
        w[127] = d / m;
        f[0] = 1.0;
        f[127] = std::exp(-0.5 * d * d);
        for (int i = 126; i >= 1; --i) {
            d = std::sqrt(-2.0 * std::log(kV / d + std::exp(-0.5 * d * d)));
            k[i + 1] = static_cast<std::uint32_t>((d / t) * m);
            t = d;
            f[i] = std::exp(-0.5 * d * d);
            w[i] = d / m;
        }
    }
};

const Ziggurat& tables() {
    static const Ziggurat z;
    return z;
}

}  // namespace

double RandomStream::normal() {
    const Ziggurat& z = tables();
    for (;;) {
        // Layer and value come from different bits, avoiding the correlation of the original
        // 32-bit version (Doornik 2005).
        const std::uint64_t bits = next();
        const int layer = static_cast<int>(bits & 127u);
        const auto value = static_cast<std::int32_t>(static_cast<std::uint32_t>(bits >> 32));
        const std::uint32_t magnitude = value < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(value))
                                                  : static_cast<std::uint32_t>(value);
        const double x = value * z.w[layer];
        if (magnitude < z.k[layer]) return x;
        if (layer == 0) {  // the tail beyond R (Marsaglia 1964)
            double tx, ty;
            do {
                tx = -std::log(uniform()) / Ziggurat::kR;
                ty = -std::log(uniform());
            } while (ty + ty < tx * tx);
            return value > 0 ? Ziggurat::kR + tx : -Ziggurat::kR - tx;
        }
        if (z.f[layer] + uniform() * (z.f[layer - 1] - z.f[layer]) < std::exp(-0.5 * x * x)) return x;
    }
}

}  // namespace roster
