// Plans and creators for tests, in one line each.
#pragma once

#include <string>

#include "engine/plan.h"

namespace roster::test {

inline Creator creator(CreatorId id, std::string name, Platform platform, std::int64_t followers,
                       double fee_per_post, int posts) {
    Creator c;
    c.id = id;
    c.name = std::move(name);
    c.platform = platform;
    c.followers = followers;
    c.fee_per_post_cents = cents_from_units(fee_per_post);
    c.posts = posts;
    return c;
}

}  // namespace roster::test
