// The browser's storage for tests: a map with a quota, and keys that refuse or garble writes.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "document/plan_slots.h"

namespace roster::test {

class FakeStore final : public KeyValueStore {
public:
    std::map<std::string, std::string, std::less<>> data;
    std::size_t quota = 1'000'000;     // bytes, all keys together
    std::string refuse_key;            // writes to this key fail as unavailable
    std::string garble_key;            // writes to this key keep only half the text

    std::optional<std::string> load(std::string_view key) override {
        const auto it = data.find(key);
        if (it == data.end()) return std::nullopt;
        return it->second;
    }
    Status store(std::string_view key, std::string_view value) override {
        if (key == refuse_key) return Status::Unavailable;
        std::size_t used = value.size();
        for (const auto& [k, v] : data)
            if (k != key) used += v.size();
        if (used > quota) return Status::Full;
        data[std::string(key)] = key == garble_key ? std::string(value.substr(0, value.size() / 2)) : std::string(value);
        return Status::Ok;
    }
    void remove(std::string_view key) override {
        const auto it = data.find(key);
        if (it != data.end()) data.erase(it);
    }
};

}  // namespace roster::test
