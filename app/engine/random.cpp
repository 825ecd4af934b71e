#include "random.h"

#include <cmath>

namespace roster {
namespace {
constexpr double kR = 3.442619855899;       // start of the tail
constexpr double kV = 9.91256303526217e-3;  // area of each layer
}  // namespace

RandomStream::ZigguratLayers::ZigguratLayers() {
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

double RandomStream::normal_outside(std::uint64_t bits) {
    const ZigguratLayers& z = ziggurat_layers();
    for (;;) {
        const int layer = static_cast<int>(bits & 127u);
        const auto value = static_cast<std::int32_t>(static_cast<std::uint32_t>(bits >> 32));
        const std::uint32_t magnitude = value < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(value))
                                                  : static_cast<std::uint32_t>(value);
        const double x = value * z.w[layer];
        if (magnitude < z.k[layer]) return x;
        if (layer == 0) {  // the tail beyond R (Marsaglia 1964)
            double tx, ty;
            do {
                tx = -std::log(unmirrored_uniform()) / kR;
                ty = -std::log(unmirrored_uniform());
            } while (ty + ty < tx * tx);
            return value > 0 ? kR + tx : -kR - tx;
        }
        if (z.f[layer] + unmirrored_uniform() * (z.f[layer - 1] - z.f[layer]) < std::exp(-0.5 * x * x)) return x;
        bits = next();
    }
}

}  // namespace roster
