// Random numbers for the Monte-Carlo path: fast, portable (identical natively and in
// WebAssembly, unlike std::normal_distribution whose algorithm is left to each library), and
// addressable, so draw d of creator c gets the same numbers whatever the slicing or roster order.
#pragma once

#include <cstdint>

namespace roster {

// SplitMix64 (Steele, Lea & Flood 2014): a 64-bit generator that passes BigCrush; also used
// to derive independent streams from (seed, draw, creator).
class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed) : state_(seed) {}
    // The antithetic twin of RandomStream(seed): the same sequence mirrored, every uniform u
    // given as 1 - u (to its last bit) and every normal z as exactly -z, for antithetic draws
    // (simulation.h).
    RandomStream(std::uint64_t seed, bool mirrored)
        : state_(seed), uniform_flip_(mirrored ? (1ull << 53) - 1 : 0), normal_sign_(mirrored ? -1.0 : 1.0) {}
    static RandomStream for_draw(std::uint64_t seed, std::uint64_t draw, std::uint64_t stream) {
        return RandomStream(draw_key(seed, draw) ^ stream_key(stream));
    }
    // for_draw in two halves, so a run over many streams of one draw (or many draws of one
    // stream) computes each half once: state = draw_key(seed, draw) ^ stream_key(stream).
    static std::uint64_t draw_key(std::uint64_t seed, std::uint64_t draw) {
        return mix(mix(seed + 0x9E3779B97F4A7C15ull) ^ mix(draw * 0xD1B54A32D192ED03ull + 1));
    }
    static std::uint64_t stream_key(std::uint64_t stream) { return mix(stream * 0xABC98388FB8FAC03ull + 2); }

    std::uint64_t next() { return mix(state_ += 0x9E3779B97F4A7C15ull); }
    // Uniform in (0, 1): never exactly 0, so log() is always finite.
    double uniform() { return to_uniform((next() >> 11) ^ uniform_flip_); }
    // Standard normal by the ziggurat method (Marsaglia & Tsang 2000), 128 layers. The common
    // case (97.2% of calls, from the layers' tables: inside a layer's rectangle) is inline, since
    // a call per number was a sixth of the Monte-Carlo path in WebAssembly; the wedges and the
    // tail are out of line.
    double normal() {
        const std::uint64_t bits = next();
        const ZigguratLayers& z = ziggurat_layers();
        // Layer and value come from different bits, avoiding the correlation of the original
        // 32-bit version (Doornik 2005).
        const auto layer = static_cast<unsigned>(bits & 127u);
        const auto value = static_cast<std::int32_t>(static_cast<std::uint32_t>(bits >> 32));
        const std::uint32_t magnitude = value < 0 ? static_cast<std::uint32_t>(-static_cast<std::int64_t>(value))
                                                  : static_cast<std::uint32_t>(value);
        if (magnitude < z.k[layer]) return normal_sign_ * (value * z.w[layer]);
        return normal_sign_ * normal_outside(bits);
    }

    // The 128 layers of equal area under the normal density.
    struct ZigguratLayers {
        ZigguratLayers();
        std::uint32_t k[128];  // a value below k[i] lies inside layer i's rectangle
        double w[128];         // value -> x
        double f[128];         // density at each layer's edge
    };

private:
    static const ZigguratLayers& ziggurat_layers() {
        static const ZigguratLayers layers;
        return layers;
    }
    // normal() for the bits that fell outside their rectangle, then for as many more as it takes.
    // Its acceptance tests take unmirrored uniforms, so a mirrored stream accepts the same
    // candidates and returns exactly the negated number.
    double normal_outside(std::uint64_t bits);
    double unmirrored_uniform() { return to_uniform(next() >> 11); }
    static double to_uniform(std::uint64_t bits53) {
        return (static_cast<double>(bits53) + 0.5) * (1.0 / 9007199254740992.0);
    }

    static std::uint64_t mix(std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint64_t state_;
    std::uint64_t uniform_flip_ = 0;  // (2^53 - 1) - bits = the mirrored uniform's bits
    double normal_sign_ = 1.0;
};

}  // namespace roster
